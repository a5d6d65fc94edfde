-- How many times an operator ordered the run's failed records retried: each order is numbered, so a
-- loader re-reading the control topic never repeats an old one.
ALTER TABLE run ADD COLUMN retry_generation INTEGER NOT NULL DEFAULT 0;
