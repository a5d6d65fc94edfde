-- Every Intercom object a run wrote, so a redelivered or resumed record is never written twice
-- and a rollback knows exactly what to remove.
CREATE TABLE ledger_entry (
    id            BIGSERIAL    PRIMARY KEY,
    run_id        VARCHAR(64)  NOT NULL,
    object_type   VARCHAR(32)  NOT NULL,
    source_id     VARCHAR(255) NOT NULL,
    intercom_id   VARCHAR(64)  NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT ledger_entry_record UNIQUE (run_id, object_type, source_id)
);

CREATE INDEX ledger_entry_intercom_id ON ledger_entry (intercom_id);
