-- The latest discovery of a run's source: what was asked, when it answered, and its report as JSON.
CREATE TABLE run_discovery (
    run_id         VARCHAR(64)  PRIMARY KEY REFERENCES run (id),
    requested_at   TIMESTAMPTZ  NOT NULL,
    discovered_at  TIMESTAMPTZ,
    report         TEXT,
    failure        TEXT
);
