-- What a delta run did with a record against its base runs, or a dry run would do: CREATE, UPDATE or
-- SKIP (unchanged); null in a run with no base. A dry run's records are PLANNED (nothing written).
ALTER TABLE record_outcome ADD COLUMN change VARCHAR(8);
CREATE INDEX record_outcome_change ON record_outcome (run_id, change) WHERE change IS NOT NULL;
