-- When every record a phase writes had its outcome: the phase is done.
ALTER TABLE run_phase ADD COLUMN done_at TIMESTAMPTZ;
