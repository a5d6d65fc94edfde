-- The run's teammate queue: technicians no Intercom teammate matched by email, as the loaders reported
-- them, and how an operator resolved each (a teammate, admin_id, or the run's fallback teammate). The
-- run's conversations phase waits until every one is resolved.
CREATE TABLE unmatched_technician (
    run_id         VARCHAR(64)  NOT NULL REFERENCES run (id),
    technician_id  VARCHAR(255) NOT NULL,
    source_file    VARCHAR(255) NOT NULL,
    source_line    BIGINT       NOT NULL,
    email          TEXT,
    name           TEXT,
    active         BOOLEAN,
    reason         TEXT,
    admin_id       VARCHAR(64),
    to_fallback    BOOLEAN      NOT NULL DEFAULT FALSE,
    resolved_at    TIMESTAMPTZ,
    PRIMARY KEY (run_id, technician_id)
);
