-- Sync: tokens of the nodes allowed to sync with this one (only a SHA-256 of each is kept),
-- what each peer has acknowledged, and wristband token ranges reserved per device.
CREATE TABLE sync_nodes (
  name TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL,
  revoked_at TEXT, last_seen_at TEXT, reported_position BIGINT, reported_pushed BIGINT
);
CREATE TABLE sync_peers (
  peer TEXT PRIMARY KEY,
  pushed BIGINT NOT NULL,             -- local cursor: every fact up to it is held by the peer
  pulled BIGINT NOT NULL,             -- peer cursor: every peer fact up to it is held here
  peer_position BIGINT NOT NULL,      -- the peer's cursor at last contact
  last_ok_at TEXT, last_error TEXT, last_error_at TEXT
);
CREATE TABLE sync_peer_heads (
  peer TEXT NOT NULL, device TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (peer, device)
);
CREATE TABLE token_ranges (
  prefix TEXT NOT NULL, first_number BIGINT NOT NULL, last_number BIGINT NOT NULL, device TEXT NOT NULL,
  reserved_at TEXT NOT NULL,
  issued BIGINT NOT NULL,             -- numbers handed out so far from this range (on its device)
  PRIMARY KEY (prefix, first_number)
);
