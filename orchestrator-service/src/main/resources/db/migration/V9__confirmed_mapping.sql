-- A run that waits for its mapping to be confirmed: what the operator confirmed, as JSON.
ALTER TABLE run ADD COLUMN confirm_mapping BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE run ADD COLUMN confirmed_mapping TEXT;
