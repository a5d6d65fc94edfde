-- What the loaders told of each run's use of Intercom's rate limit (RateLimitUsed on migration.events):
-- one row per report, keyed by the replica that sent it and its number, so a report delivered twice
-- is added once and the reports of several replicas add up. The quota is the app's as that replica
-- last saw it (null while the limit was not known); window_end is in epoch milliseconds.
CREATE TABLE rate_limit_use (
    run_id         VARCHAR(64)  NOT NULL REFERENCES run (id),
    replica        VARCHAR(64)  NOT NULL,
    sequence       BIGINT       NOT NULL,
    calls          BIGINT       NOT NULL,
    rate_limited   BIGINT       NOT NULL,
    window_limit   INTEGER,
    allowance      INTEGER,
    window_seconds INTEGER,
    window_end     BIGINT,
    window_used    INTEGER,
    received_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, replica, sequence)
);
CREATE INDEX rate_limit_use_by_time ON rate_limit_use (run_id, received_at);
