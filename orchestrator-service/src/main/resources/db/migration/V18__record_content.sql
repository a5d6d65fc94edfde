-- What the run's hand-off reports list of a row: the columns of an SLA policy, automation rule,
-- invoice or contract, the facts of a ticket (customer, technician, hours) or of a technician (email,
-- name, active). Keyed by the row, so a redelivered event rewrites the same content.
CREATE TABLE record_content (
    run_id       VARCHAR(64)  NOT NULL,
    source_file  VARCHAR(255) NOT NULL,
    source_line  BIGINT       NOT NULL,
    object_type  VARCHAR(64)  NOT NULL,
    source_id    VARCHAR(255),
    content      TEXT         NOT NULL,
    PRIMARY KEY (run_id, source_file, source_line)
);
CREATE INDEX record_content_of_object ON record_content (run_id, object_type);
