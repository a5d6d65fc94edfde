-- An entry is written as an intent (no Intercom id yet) before a create, so a create that Intercom
-- applied but whose answer was lost is recognised on retry rather than taken for someone else's record.
-- origin says whether the run created the object or adopted one that already existed: rollback
-- removes only what the run created.
ALTER TABLE ledger_entry ALTER COLUMN intercom_id DROP NOT NULL;
ALTER TABLE ledger_entry ALTER COLUMN content_hash DROP NOT NULL;
ALTER TABLE ledger_entry ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'created';
