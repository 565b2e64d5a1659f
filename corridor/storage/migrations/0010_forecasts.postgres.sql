-- The latest completion forecast of each operation, made in the background by `corridor serve`
-- (issue 12): its JSON body with its assumptions, the ledger position it was computed at, and when.
CREATE TABLE forecasts (
  op TEXT PRIMARY KEY,
  position BIGINT NOT NULL,
  computed_at TEXT NOT NULL,
  body TEXT NOT NULL
);
