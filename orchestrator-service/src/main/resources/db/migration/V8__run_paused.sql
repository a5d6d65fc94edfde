-- An operator paused the run: loaders write nothing more of it until it is resumed.
ALTER TABLE run ADD COLUMN paused BOOLEAN NOT NULL DEFAULT false;
