-- How far the writing of a many-step object (a conversation and its parts) got: a restart resumes
-- at the next step, so no part is written twice and none is missed.
ALTER TABLE ledger_entry ADD COLUMN step INTEGER NOT NULL DEFAULT 0;
