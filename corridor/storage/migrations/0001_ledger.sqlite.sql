-- The append-only ledger, device chain heads, and the derived tracking state.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE ledger (
  pos INTEGER PRIMARY KEY,            -- cursor: assigned max+1 under the write lock, gapless
  id TEXT NOT NULL UNIQUE,            -- made by the recording device: a resend is a no-op
  type TEXT NOT NULL,
  op TEXT NOT NULL,
  actor TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  payload TEXT NOT NULL,              -- canonical JSON, hashed as stored
  device TEXT NOT NULL,
  seq INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  unit TEXT,                          -- derived-state unit the fact folds into
  target TEXT,                        -- for corrections: the fact corrected
  UNIQUE (device, seq)
);
CREATE INDEX ledger_unit ON ledger (unit);
CREATE INDEX ledger_target ON ledger (target) WHERE target IS NOT NULL;
CREATE TABLE devices (device TEXT PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL);
CREATE TABLE units (unit TEXT PRIMARY KEY, contrib TEXT NOT NULL);
CREATE TABLE tally (
  op TEXT NOT NULL, stage TEXT NOT NULL, site TEXT NOT NULL, dim TEXT NOT NULL,
  value TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (op, stage, site, dim, value)
);
CREATE TABLE tally_hourly (
  op TEXT NOT NULL, hour TEXT NOT NULL, stage TEXT NOT NULL, site TEXT NOT NULL,
  dim TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (op, hour, stage, site, dim, value)
);
CREATE TABLE persons (
  unit TEXT PRIMARY KEY, op TEXT NOT NULL, person_id TEXT NOT NULL, site_id TEXT,
  grp TEXT, age TEXT, sex TEXT, triage TEXT, household_id TEXT, destination TEXT,
  registered_at TEXT, trip_id TEXT, boarded_at TEXT
);
CREATE INDEX persons_trip ON persons (op, trip_id) WHERE trip_id IS NOT NULL;
CREATE INDEX persons_site ON persons (op, site_id);
CREATE TABLE trips (
  unit TEXT PRIMARY KEY, op TEXT NOT NULL, trip_id TEXT NOT NULL, vehicle_id TEXT,
  origin TEXT, destination TEXT, convoy TEXT, named INTEGER, counted INTEGER, boarded INTEGER,
  status TEXT, dispatched_at TEXT, departed_at TEXT, arrived_at TEXT, arrival_site TEXT,
  arrived INTEGER, diverted INTEGER, died INTEGER, missing INTEGER
);
CREATE INDEX trips_op ON trips (op, status);
CREATE TABLE discrepancies (
  unit TEXT NOT NULL, kind TEXT NOT NULL, op TEXT NOT NULL, at TEXT, detail TEXT,
  PRIMARY KEY (unit, kind)
);
CREATE TABLE operations (
  unit TEXT PRIMARY KEY, op TEXT NOT NULL, name TEXT, conditioned_on TEXT, description TEXT,
  status TEXT, status_at TEXT
);
CREATE TABLE status_history (
  fact_id TEXT PRIMARY KEY, unit TEXT NOT NULL, op TEXT NOT NULL, at TEXT, status TEXT,
  reason TEXT, actor TEXT
);
CREATE INDEX status_history_unit ON status_history (unit);
CREATE TABLE sites (
  unit TEXT PRIMARY KEY, op TEXT NOT NULL, site_id TEXT NOT NULL, name TEXT, kind TEXT,
  name_ar TEXT
);
CREATE TABLE vehicles (
  unit TEXT PRIMARY KEY, op TEXT NOT NULL, vehicle_id TEXT NOT NULL, kind TEXT,
  capacity INTEGER, agency TEXT
);
CREATE TABLE incidents (
  unit TEXT PRIMARY KEY, op TEXT NOT NULL, fact_id TEXT NOT NULL, at TEXT, source_device TEXT,
  kind TEXT, severity TEXT, description TEXT, site_id TEXT, trip_id TEXT, killed INTEGER,
  wounded INTEGER
);
CREATE TABLE estimates (
  unit TEXT PRIMARY KEY, op TEXT NOT NULL, fact_id TEXT NOT NULL, at TEXT, source_device TEXT,
  metric TEXT, value INTEGER, low INTEGER, high INTEGER, qualifier TEXT, source TEXT,
  outlet TEXT, url TEXT, place TEXT, as_of TEXT, note TEXT
);
