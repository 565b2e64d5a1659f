-- Reception (issue 19): site capacities, the planning figures of an operation, aid cargo on
-- trips and distributions at sites. Derived state only: a rebuild fills it.
-- corridor: rebuild derived state
ALTER TABLE sites ADD COLUMN places INTEGER;
ALTER TABLE sites ADD COLUMN tents INTEGER;
ALTER TABLE sites ADD COLUMN beds INTEGER;
ALTER TABLE sites ADD COLUMN capacity_at TEXT;
ALTER TABLE operations ADD COLUMN figures TEXT;
CREATE TABLE cargo (
  unit TEXT NOT NULL, op TEXT NOT NULL, trip_id TEXT NOT NULL, item TEXT NOT NULL,
  sent BIGINT NOT NULL, delivered BIGINT NOT NULL, lost BIGINT NOT NULL, diverted BIGINT NOT NULL,
  site TEXT, arrived INTEGER NOT NULL,
  PRIMARY KEY (unit, item)
);
CREATE INDEX cargo_op ON cargo (op, site);
CREATE TABLE distributions (
  unit TEXT PRIMARY KEY, op TEXT NOT NULL, fact_id TEXT NOT NULL, at TEXT, site_id TEXT,
  item TEXT, quantity BIGINT
);
CREATE INDEX distributions_op ON distributions (op, site_id);
