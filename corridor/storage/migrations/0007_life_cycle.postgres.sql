-- Person life cycle (issue 11): the trips a person rode, arrivals marked by token, and the
-- people missing from trips whose arrivals are marked. Derived state only: a rebuild fills it.
-- corridor: rebuild derived state
ALTER TABLE persons ADD COLUMN legs TEXT;
ALTER TABLE persons ADD COLUMN arrived_at TEXT;
ALTER TABLE persons ADD COLUMN arrival_site TEXT;
ALTER TABLE persons ADD COLUMN arrival_trip TEXT;
ALTER TABLE trips ADD COLUMN marked BIGINT;
ALTER TABLE trips ADD COLUMN unaccounted BIGINT;
CREATE TABLE boardings (
  unit TEXT NOT NULL, op TEXT NOT NULL, person_id TEXT NOT NULL, trip_id TEXT NOT NULL,
  boarded_at TEXT, accepted BIGINT NOT NULL,
  PRIMARY KEY (unit, trip_id)
);
CREATE INDEX boardings_trip ON boardings (op, trip_id);
CREATE TABLE missing (
  unit TEXT NOT NULL, op TEXT NOT NULL, trip_id TEXT NOT NULL, person_id TEXT NOT NULL,
  since TEXT,
  PRIMARY KEY (unit, person_id)
);
CREATE INDEX missing_op ON missing (op, since);
