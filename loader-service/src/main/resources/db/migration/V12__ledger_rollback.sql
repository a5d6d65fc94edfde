-- What a rollback did with each entry the run created: REMOVED, ARCHIVED (Intercom only archives it)
-- or FAILED (with Intercom's reason), under which rollback order. A resumed or repeated rollback
-- takes only the entries not yet removed or archived, and a failure again only under a later order.
ALTER TABLE ledger_entry ADD COLUMN rollback_outcome VARCHAR(16);
ALTER TABLE ledger_entry ADD COLUMN rollback_reason TEXT;
ALTER TABLE ledger_entry ADD COLUMN rollback_order INTEGER;
ALTER TABLE ledger_entry ADD COLUMN rolled_back_at TIMESTAMPTZ;

CREATE INDEX ledger_entry_run_object ON ledger_entry (run_id, object_type, id);
