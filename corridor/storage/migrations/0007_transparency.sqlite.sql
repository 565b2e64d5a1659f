-- Device signatures and the transparency log (issue 15).
-- A fact's Ed25519 signature of its hash, by its device's key ('' for facts recorded before the
-- device had a key). Outside the hash, so older facts keep their hashes.
ALTER TABLE ledger ADD COLUMN sig TEXT NOT NULL DEFAULT '';
-- Key facts (device.key_registered / device.key_revoked) by device, kept in the append's
-- transaction so every append can check signatures without scanning the ledger.
CREATE TABLE device_keys (
  fact_id TEXT PRIMARY KEY, device TEXT NOT NULL, kind TEXT NOT NULL, public_key TEXT NOT NULL,
  from_seq INTEGER NOT NULL
);
CREATE INDEX device_keys_device ON device_keys (device);
-- The public key a node's token is bound to: the first key of that device must be this one.
ALTER TABLE sync_nodes ADD COLUMN device TEXT;
ALTER TABLE sync_nodes ADD COLUMN public_key TEXT;
-- Hashes of complete chunks of 1,024 Merkle leaves (cursor chunk*1024+1 .. +1024), a cache that
-- makes roots and proofs of a large ledger cheap; recomputed from the ledger when missing.
CREATE TABLE merkle_chunks (idx INTEGER PRIMARY KEY, hash TEXT NOT NULL);
-- Signed checkpoints this node made, with the totals published with each.
CREATE TABLE checkpoints (
  id INTEGER PRIMARY KEY, origin TEXT NOT NULL, tree_size INTEGER NOT NULL, root TEXT NOT NULL, at TEXT NOT NULL,
  totals TEXT NOT NULL, totals_digest TEXT NOT NULL, public_key TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE INDEX checkpoints_size ON checkpoints (tree_size);
