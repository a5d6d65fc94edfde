-- A migration run. The Intercom token is never stored: only the name of the secret that holds it.
CREATE TABLE run (
    id                 VARCHAR(64)  PRIMARY KEY,
    state              VARCHAR(32)  NOT NULL,
    source_directory   TEXT         NOT NULL,
    target_base_url    TEXT         NOT NULL,
    token_secret       VARCHAR(255) NOT NULL,
    account_time_zone  VARCHAR(64)  NOT NULL,
    failure            TEXT,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL
);

CREATE INDEX run_state ON run (state);

-- One export file as the extractor read it: the figures every reconciliation balances against.
CREATE TABLE run_file (
    run_id          VARCHAR(64)  NOT NULL REFERENCES run (id),
    file            VARCHAR(255) NOT NULL,
    object_type     VARCHAR(32)  NOT NULL,
    rows_read       BIGINT       NOT NULL,
    rows_published  BIGINT       NOT NULL,
    rows_rejected   BIGINT       NOT NULL,
    checksum        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (run_id, file)
);

-- Where each source row stands, keyed by its place in the export (ids may be missing or duplicated).
-- outcome_rank keeps a late or redelivered message from moving a row backwards.
CREATE TABLE record_outcome (
    run_id        VARCHAR(64)  NOT NULL REFERENCES run (id),
    source_file   VARCHAR(255) NOT NULL,
    source_line   BIGINT       NOT NULL,
    object_type   VARCHAR(32)  NOT NULL,
    source_id     VARCHAR(255),
    transformed   BOOLEAN      NOT NULL DEFAULT FALSE,
    outcome       VARCHAR(16)  NOT NULL,
    outcome_rank  INTEGER      NOT NULL,
    stage         VARCHAR(16),
    rule          VARCHAR(64),
    reason        TEXT,
    intercom_id   VARCHAR(64),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, source_file, source_line)
);

CREATE INDEX record_outcome_counts ON record_outcome (run_id, object_type, outcome);
