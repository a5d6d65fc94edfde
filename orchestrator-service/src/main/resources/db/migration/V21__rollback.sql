-- A run's rollback: how many orders the operator gave (each is numbered, so loaders re-reading the
-- control topic repeat nothing), how many ledger entries the loaders said it accounts for, and what
-- became of each entry (the latest order's word wins).
ALTER TABLE run ADD COLUMN rollback_order INTEGER NOT NULL DEFAULT 0;
ALTER TABLE run ADD COLUMN rollback_planned BIGINT;

CREATE TABLE rollback_entry (
    run_id          VARCHAR(64)  NOT NULL REFERENCES run (id),
    object_type     VARCHAR(32)  NOT NULL,
    source_id       VARCHAR(255) NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    intercom_id     VARCHAR(64),
    outcome         VARCHAR(16)  NOT NULL,
    reason          TEXT,
    rollback_order  INTEGER      NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, object_type, source_id)
);

-- A run being rolled back still holds its workspace; a rolled-back one no longer does.
DROP INDEX run_one_active_per_workspace;
CREATE UNIQUE INDEX run_one_active_per_workspace ON run (target_base_url, token_secret)
    WHERE state NOT IN ('COMPLETED', 'FAILED', 'CANCELLED', 'ROLLED_BACK', 'ROLLBACK_FAILED');
