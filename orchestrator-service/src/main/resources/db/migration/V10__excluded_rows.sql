-- The out-of-scope RMM files the extraction counted (file → rows, as JSON): reported, never migrated.
ALTER TABLE run ADD COLUMN excluded_rows TEXT;
