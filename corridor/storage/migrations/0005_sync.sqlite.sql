-- Sync: tokens of the nodes allowed to sync with this one (only a SHA-256 of each is kept),
-- what each peer has acknowledged, and wristband token ranges reserved per device.
CREATE TABLE sync_nodes (
  name TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL,
  revoked_at TEXT, last_seen_at TEXT, reported_position INTEGER, reported_pushed INTEGER
);
CREATE TABLE sync_peers (
  peer TEXT PRIMARY KEY,
  pushed INTEGER NOT NULL,             -- local cursor: every fact up to it is held by the peer
  pulled INTEGER NOT NULL,             -- peer cursor: every peer fact up to it is held here
  peer_position INTEGER NOT NULL,      -- the peer's cursor at last contact
  last_ok_at TEXT, last_error TEXT, last_error_at TEXT
);
CREATE TABLE sync_peer_heads (
  peer TEXT NOT NULL, device TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (peer, device)
);
CREATE TABLE token_ranges (
  prefix TEXT NOT NULL, first_number INTEGER NOT NULL, last_number INTEGER NOT NULL, device TEXT NOT NULL,
  reserved_at TEXT NOT NULL,
  issued INTEGER NOT NULL,             -- numbers handed out so far from this range (on its device)
  PRIMARY KEY (prefix, first_number)
);
