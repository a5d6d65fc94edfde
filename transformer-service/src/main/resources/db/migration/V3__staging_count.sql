-- How many records of each object a run has staged, kept as they are staged: the assembly asks every
-- second whether everything announced is in, and counting millions of staged rows each time would
-- cost the database more than the staging itself.
CREATE TABLE staging_count (
    run_id       VARCHAR(64)  NOT NULL,
    object_type  VARCHAR(32)  NOT NULL,
    staged       BIGINT       NOT NULL,
    PRIMARY KEY (run_id, object_type)
);

INSERT INTO staging_count (run_id, object_type, staged)
SELECT run_id, object_type, count(*) FROM staged_record GROUP BY run_id, object_type;
