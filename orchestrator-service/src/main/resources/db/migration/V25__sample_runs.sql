-- A sample run and its parent, the run awaiting confirmation it samples, may both be unfinished in one
-- workspace: at most one unfinished sample and one unfinished other run each (the service makes sure
-- a sample's only companion is its parent).
DROP INDEX run_one_active_per_workspace;
CREATE UNIQUE INDEX run_one_active_per_workspace ON run (target_base_url, token_secret)
    WHERE kind <> 'SAMPLE' AND state NOT IN ('COMPLETED', 'FAILED', 'CANCELLED', 'ROLLED_BACK', 'ROLLBACK_FAILED',
                        'VERIFYING', 'VERIFIED', 'COMPLETED_WITH_DIFFERENCES');
CREATE UNIQUE INDEX run_one_active_sample_per_workspace ON run (target_base_url, token_secret)
    WHERE kind = 'SAMPLE' AND state NOT IN ('COMPLETED', 'FAILED', 'CANCELLED', 'ROLLED_BACK', 'ROLLBACK_FAILED',
                        'VERIFYING', 'VERIFIED', 'COMPLETED_WITH_DIFFERENCES');

-- What a sample run's extraction chose and why (JSON of SampleChosen), for its sample report.
CREATE TABLE run_sample (
    run_id      VARCHAR(64) PRIMARY KEY REFERENCES run (id),
    chosen      TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
