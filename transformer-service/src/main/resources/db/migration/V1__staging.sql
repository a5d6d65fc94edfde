-- Raw ticket, comment and work-hour records of a run, held until the run's extraction has ended and
-- every one of them is here: then each ticket and its history become one conversation command.
-- Keys make staging idempotent: a redelivered record changes nothing.
CREATE TABLE staged_record (
    run_id       VARCHAR(64)   NOT NULL,
    object_type  VARCHAR(32)   NOT NULL,
    source_id    VARCHAR(512)  NOT NULL,
    ticket_id    VARCHAR(255)  NOT NULL,
    source_file  VARCHAR(255)  NOT NULL,
    source_line  BIGINT        NOT NULL,
    fields       TEXT          NOT NULL,
    PRIMARY KEY (run_id, object_type, source_id)
);

CREATE INDEX staged_record_ticket ON staged_record (run_id, ticket_id);

-- How many records of each staged object the extractor published for a run, from its file events.
CREATE TABLE staging_expectation (
    run_id       VARCHAR(64)  NOT NULL,
    source_file  VARCHAR(255) NOT NULL,
    object_type  VARCHAR(32)  NOT NULL,
    published    BIGINT       NOT NULL,
    PRIMARY KEY (run_id, source_file)
);

-- Runs whose extraction has ended, and when their conversations were assembled.
CREATE TABLE staging_run (
    run_id        VARCHAR(64)  PRIMARY KEY,
    finished_at   TIMESTAMPTZ  NOT NULL,
    assembled_at  TIMESTAMPTZ
);
