-- A run migrates everything (FULL), a sample of a run awaiting confirmation (SAMPLE: parent_run_id is
-- that run, sample_size the records of each object), or what changed since earlier runs (DELTA:
-- parent_run_id is its base). A dry run writes nothing to Intercom. Runs made before are full runs.
ALTER TABLE run ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'FULL';
ALTER TABLE run ADD COLUMN parent_run_id VARCHAR(64) REFERENCES run (id);
ALTER TABLE run ADD COLUMN sample_size INTEGER;
ALTER TABLE run ADD COLUMN dry_run BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX run_parent ON run (parent_run_id);
