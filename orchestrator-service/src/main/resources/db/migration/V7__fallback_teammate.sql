-- The teammate (an admin's email) who takes the tickets of technicians no Intercom teammate matches.
ALTER TABLE run ADD COLUMN fallback_teammate VARCHAR(320);
