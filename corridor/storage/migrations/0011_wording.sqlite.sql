-- Arabic everywhere (issue 13): a discrepancy's detail becomes messages (a code with values,
-- JSON) rendered in the reader's language; an operation gains an Arabic name and the month
-- names its Arabic pages use. Derived state only: a rebuild fills it.
-- corridor: rebuild derived state
ALTER TABLE operations ADD COLUMN name_ar TEXT;
ALTER TABLE operations ADD COLUMN months TEXT;
