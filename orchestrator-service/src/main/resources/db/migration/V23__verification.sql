-- A run's verification: how many orders the operator gave (each is numbered, so loaders re-reading
-- the control topic repeat nothing), the latest order's sample (null: every record), how many records
-- the loaders said it reads back and of how many, and what each record read back holds (the latest
-- order's word wins; earlier orders' records are not counted).
ALTER TABLE run ADD COLUMN verification_order INTEGER NOT NULL DEFAULT 0;
ALTER TABLE run ADD COLUMN verification_sample BIGINT;
ALTER TABLE run ADD COLUMN verification_planned BIGINT;
ALTER TABLE run ADD COLUMN verification_total BIGINT;

CREATE TABLE verified_record (
    run_id              VARCHAR(64)  NOT NULL REFERENCES run (id),
    object_type         VARCHAR(32)  NOT NULL,
    source_id           VARCHAR(255) NOT NULL,
    kind                VARCHAR(32)  NOT NULL,
    intercom_id         VARCHAR(64),
    outcome             VARCHAR(16)  NOT NULL,
    differences         JSONB        NOT NULL DEFAULT '[]',
    reason              TEXT,
    verification_order  INTEGER      NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, object_type, source_id)
);
CREATE INDEX verified_record_order ON verified_record (run_id, verification_order, outcome);

-- A verification only reads: a run being verified, or verified, leaves its workspace free.
DROP INDEX run_one_active_per_workspace;
CREATE UNIQUE INDEX run_one_active_per_workspace ON run (target_base_url, token_secret)
    WHERE state NOT IN ('COMPLETED', 'FAILED', 'CANCELLED', 'ROLLED_BACK', 'ROLLBACK_FAILED',
                        'VERIFYING', 'VERIFIED', 'COMPLETED_WITH_DIFFERENCES');
