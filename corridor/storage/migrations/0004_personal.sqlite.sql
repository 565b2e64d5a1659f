-- Personal details, encrypted, outside the hashed ledger (a fact holds only their digest), and a
-- log of every read or purge of them.
CREATE TABLE personal (
  fact_id TEXT PRIMARY KEY, op TEXT NOT NULL, person_id TEXT NOT NULL,
  ciphertext TEXT NOT NULL, stored_at TEXT NOT NULL
);
CREATE INDEX personal_person ON personal (op, person_id);
CREATE TABLE personal_access (
  at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, fact_id TEXT,
  purpose TEXT
);
