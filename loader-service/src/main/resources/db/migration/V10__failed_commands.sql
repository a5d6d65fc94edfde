-- Every command that ended failed (Intercom kept refusing it, or answered nothing, through every
-- attempt), as it was consumed, so an operator can have it written again. generation is the run's
-- latest retry request the loader had heard of when the command failed: request n replays only
-- what failed before it.
CREATE TABLE failed_command (
    run_id      VARCHAR(64)  NOT NULL,
    topic       VARCHAR(255) NOT NULL,
    source_id   VARCHAR(255) NOT NULL,
    record_key  VARCHAR(255),
    message     BYTEA        NOT NULL,
    reason      TEXT,
    generation  INTEGER      NOT NULL,
    failed_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, topic, source_id)
);
