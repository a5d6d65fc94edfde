-- A run reads either an export directory or Atera's API. The API key is never stored: only the name
-- of the extractor's secret that holds it. Runs created before this migration read a directory.
ALTER TABLE run ADD COLUMN source_kind VARCHAR(32) NOT NULL DEFAULT 'export-directory';
ALTER TABLE run ADD COLUMN atera_base_url TEXT;
ALTER TABLE run ADD COLUMN atera_key_secret VARCHAR(255);
ALTER TABLE run ADD COLUMN modified_since VARCHAR(32);
ALTER TABLE run ALTER COLUMN source_directory DROP NOT NULL;
