-- What the loader decided about a row beyond its outcome (e.g. "same email as EndUserID 2001"),
-- listed for the operator's contact reconciliation.
ALTER TABLE record_outcome ADD COLUMN detail TEXT;
