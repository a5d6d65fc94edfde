-- The source ids of a conversation's parts written so far (JSON array), so a delta of a later export
-- writes only the parts its base runs did not. Origins UPDATED and UNCHANGED name a base run's object
-- a delta changed or found as it was. A delta looks a record up in its base runs by object and source id.
ALTER TABLE ledger_entry ADD COLUMN written_parts TEXT;
CREATE INDEX ledger_entry_record_across_runs ON ledger_entry (object_type, source_id);
