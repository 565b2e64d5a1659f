-- The latest protected snapshot of each operation's public figures (issue 13): every published
-- cell with small and complementary cells hidden, made in the background by `corridor serve`,
-- with the ledger position it was computed at and when. Public pages serve only this.
CREATE TABLE public_snapshots (
  op TEXT PRIMARY KEY,
  position BIGINT NOT NULL,
  computed_at TEXT NOT NULL,
  body TEXT NOT NULL
);
