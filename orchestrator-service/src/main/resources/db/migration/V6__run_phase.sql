-- The loading phases a run has opened, and when: a phase opens once, and the loaders learn it on migration.control.
CREATE TABLE run_phase (
    run_id     VARCHAR(64)  NOT NULL REFERENCES run (id),
    phase      VARCHAR(32)  NOT NULL,
    opened_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (run_id, phase)
);
