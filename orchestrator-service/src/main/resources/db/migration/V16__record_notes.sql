-- What a person should look at about a row that still migrates: the transformer's warnings (a
-- ticket priority Atera does not know, kept as written) and links to files hosted by Atera, which
-- stop working once the Atera account is closed. Keyed by the row and the note, so redelivery adds nothing.
CREATE TABLE record_note (
    run_id       VARCHAR(64)  NOT NULL,
    source_file  VARCHAR(255) NOT NULL,
    source_line  BIGINT       NOT NULL,
    object_type  VARCHAR(64)  NOT NULL,
    source_id    VARCHAR(255),
    kind         VARCHAR(16)  NOT NULL,
    note         TEXT         NOT NULL,
    PRIMARY KEY (run_id, source_file, source_line, kind, note)
);
