-- What each written record should hold in Intercom, as the loader wrote it (field → normalised value,
-- JSON), for a verification to compare Intercom's answer with; null for records written before.
-- verified_order: the latest verification order that read the entry back, so a resumed order
-- repeats nothing and a finished one is not carried out again.
ALTER TABLE ledger_entry ADD COLUMN expected TEXT;
ALTER TABLE ledger_entry ADD COLUMN verified_order INTEGER;
