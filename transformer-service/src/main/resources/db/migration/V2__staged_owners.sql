-- Staging also keeps what a run says about its records beyond their own rows (custom field
-- definitions and values, contracts, SLA policies, tags) and the ids of its customers and contacts,
-- so each of them can be joined to the record it belongs to. A staged row is owned by one record:
-- a ticket's comment by its ticket, a custom value or tag by the record its ObjectType and ObjectID
-- name, a contract by its customer.
ALTER TABLE staged_record RENAME COLUMN ticket_id TO owner_id;
ALTER TABLE staged_record ADD COLUMN owner_type VARCHAR(32) NOT NULL DEFAULT 'ticket';
DROP INDEX staged_record_ticket;
CREATE INDEX staged_record_owner ON staged_record (run_id, owner_type, owner_id);
