-- A contact whose email another contact of the run already has becomes that contact (origin MERGED,
-- the same Intercom id); detail says why, e.g. "same email as EndUserID 2001" or "created from
-- ticket 5003's end-user fields", so a resumed or redelivered record reports it again.
ALTER TABLE ledger_entry ADD COLUMN detail TEXT;

-- Every contact command the loader settled without writing it (held or failed), with the reason:
-- a ticket of such a contact is held with that reason, never opened by a second contact made from
-- the ticket's end-user fields.
CREATE TABLE unwritten_contact (
    run_id     VARCHAR(64)  NOT NULL,
    source_id  VARCHAR(255) NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    reason     TEXT         NOT NULL,
    PRIMARY KEY (run_id, source_id)
);
