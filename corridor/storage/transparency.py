"""The Merkle tree over the ledger, its cached chunks, and the checkpoints this node signed.

Leaf ``i`` of the tree is the fact at cursor ``i + 1`` (cursors are gapless and assigned in
append order under the write lock), so the tree of size ``n`` is fixed by the first ``n`` facts.
Hashes of complete aligned chunks of ``CHUNK`` leaves are kept in ``merkle_chunks``: a root or
proof over a million facts then reads about a thousand chunk hashes and at most a few
thousand leaves, instead of every fact.

The cache is only a cache: ``verify_tree`` recomputes every chunk from the ledger, so an
insider who edits a fact cannot hide behind it.
"""

from __future__ import annotations

import json
from typing import Any

from corridor.domain.merkle import (
    Subtree,
    leaf_data,
    leaf_hash,
    node_hash,
    published_totals,
    root_of,
    split,
)
from corridor.errors import NotFound, StorageError
from corridor.storage.connected import Connected
from corridor.storage.db import Db, last_pos

CHUNK = 1024
CHECKPOINT_COLUMNS = (
    "id",
    "origin",
    "tree_size",
    "root",
    "at",
    "totals",
    "totals_digest",
    "public_key",
    "signature",
)
TOTALS_SQL = (
    "SELECT op, stage, SUM(n) FROM tally WHERE dim = 'total' AND value = 'all' GROUP BY op, stage"
)


class TransparencyMixin(Connected):
    """Merkle roots, proofs and checkpoints for :class:`~corridor.storage.sql.SqlStore`."""

    # --- the tree ---------------------------------------------------------------------------
    @staticmethod
    def _leaves(db: Db, lo: int, hi: int) -> list[bytes]:
        rows = db.rows(
            "SELECT hash, sig FROM ledger WHERE pos > ? AND pos <= ? ORDER BY pos", (lo, hi)
        )
        if len(rows) != hi - lo:
            raise StorageError(f"the ledger lacks facts between cursors {lo + 1} and {hi}")
        return [leaf_hash(leaf_data(h, s or "")) for h, s in rows]

    def _subtree(self, db: Db, size: int) -> Subtree:
        """The subtree function of the tree of ``size`` leaves, over cached chunks."""
        chunks = {
            int(i): bytes.fromhex(h)
            for i, h in db.rows(
                "SELECT idx, hash FROM merkle_chunks WHERE idx < ?", (size // CHUNK,)
            )
        }

        def chunk(i: int) -> bytes:
            if i not in chunks:
                chunks[i] = root_of(self._leaves(db, i * CHUNK, (i + 1) * CHUNK))
            return chunks[i]

        def subtree(lo: int, hi: int) -> bytes:
            n = hi - lo
            if n >= CHUNK and n & (n - 1) == 0 and lo % CHUNK == 0:
                return root_of([chunk(i) for i in range(lo // CHUNK, hi // CHUNK)])
            if n <= CHUNK:
                return root_of(self._leaves(db, lo, hi))
            k = split(n)
            return node_hash(subtree(lo, lo + k), subtree(lo + k, hi))

        return subtree

    def fill_merkle_chunks(self) -> int:
        """Compute and keep the hashes of complete chunks not cached yet; return how many."""
        with self._write() as db:
            size = last_pos(db)
            have = {int(r[0]) for r in db.rows("SELECT idx FROM merkle_chunks")}
            todo = [i for i in range(size // CHUNK) if i not in have]
            rows = [(i, root_of(self._leaves(db, i * CHUNK, (i + 1) * CHUNK)).hex()) for i in todo]
            db.insert("merkle_chunks", ("idx", "hash"), rows)
        return len(rows)

    def tree_head(self) -> dict[str, Any]:
        """The current tree size and root, and the published totals of the same facts.

        One read snapshot: the totals are computed from exactly the facts the root covers.
        """
        with self._read() as db:
            size = last_pos(db)
            root = self._subtree(db, size)(0, size) if size else root_of([])
            rows = [(r[0], r[1], int(r[2])) for r in db.rows(TOTALS_SQL)]
        return {"size": size, "root": root.hex(), "totals": published_totals(rows)}

    def tree_root(self, size: int) -> str:
        """The root (hex) of the tree of the first ``size`` facts.

        :raises NotFound: the ledger holds fewer facts.
        """
        with self._read() as db:
            self._check_size(db, size)
            return (self._subtree(db, size)(0, size) if size else root_of([])).hex()

    def _check_size(self, db: Db, size: int) -> None:
        held = last_pos(db)
        if not 0 <= size <= held:
            raise NotFound(f"no tree of size {size}: the ledger holds {held} facts")

    def inclusion(self, fact_id: str, size: int) -> dict[str, Any]:
        """Where a fact sits in the tree of ``size`` leaves, its leaf hash and audit path.

        :raises NotFound: no such fact, or it is not among the first ``size`` facts.
        """
        from corridor.domain.merkle import inclusion_proof

        with self._read() as db:
            self._check_size(db, size)
            found = db.rows("SELECT pos, hash, sig FROM ledger WHERE id = ?", (fact_id,))
            if not found or int(found[0][0]) > size:
                raise NotFound(f"fact {fact_id} is not in the tree of size {size}")
            index = int(found[0][0]) - 1
            proof = inclusion_proof(index, size, self._subtree(db, size))
        leaf = leaf_hash(leaf_data(found[0][1], found[0][2] or ""))
        return {
            "leaf_index": index,
            "tree_size": size,
            "leaf_hash": leaf.hex(),
            "proof": [p.hex() for p in proof],
        }

    def consistency(self, first: int, second: int) -> list[str]:
        """The consistency proof between the trees of ``first`` and ``second`` leaves (hex).

        :raises NotFound: a size beyond the ledger; :raises ValueError: first > second or 0.
        """
        from corridor.domain.merkle import consistency_proof

        with self._read() as db:
            self._check_size(db, second)
            return [p.hex() for p in consistency_proof(first, second, self._subtree(db, second))]

    def verify_tree(self) -> list[str]:
        """Recompute every cached chunk from the ledger; the chunks that differ (tampering)."""
        problems = []
        with self._read() as db:
            for idx, cached in db.rows("SELECT idx, hash FROM merkle_chunks ORDER BY idx"):
                lo = int(idx) * CHUNK
                try:
                    actual = root_of(self._leaves(db, lo, lo + CHUNK)).hex()
                except StorageError as exc:
                    problems.append(f"Merkle chunk {idx}: {exc}")
                    continue
                if actual != cached:
                    problems.append(
                        f"facts {lo + 1}..{lo + CHUNK} differ from when they were first hashed "
                        "into the transparency log: facts altered or replaced"
                    )
        return problems

    # --- checkpoints ------------------------------------------------------------------------
    def save_checkpoint(self, checkpoint: dict[str, Any], totals: Any) -> None:
        """Keep a checkpoint this node signed, with the totals published with it."""
        with self._write() as db:
            next_id = int(db.rows("SELECT COALESCE(MAX(id), 0) + 1 FROM checkpoints")[0][0])
            db.run(
                f"INSERT INTO checkpoints ({', '.join(CHECKPOINT_COLUMNS)}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    next_id,
                    checkpoint["origin"],
                    checkpoint["tree_size"],
                    checkpoint["root_hash"],
                    checkpoint["timestamp"],
                    json.dumps(totals, sort_keys=True),
                    checkpoint["totals_digest"],
                    checkpoint["public_key"],
                    checkpoint["signature"],
                ),
            )

    def checkpoints(self, limit: int = 100) -> list[dict[str, Any]]:
        """The latest checkpoints this node signed, newest first."""
        with self._read() as db:
            rows = db.rows(
                f"SELECT {', '.join(CHECKPOINT_COLUMNS)} FROM checkpoints ORDER BY id DESC LIMIT ?",
                (limit,),
            )
        return [_checkpoint_row(r) for r in rows]


def _checkpoint_row(row: Any) -> dict[str, Any]:
    values = dict(zip(CHECKPOINT_COLUMNS, row, strict=True))
    return {
        "checkpoint": {
            "origin": values["origin"],
            "tree_size": int(values["tree_size"]),
            "root_hash": values["root"],
            "timestamp": values["at"],
            "totals_digest": values["totals_digest"],
            "public_key": values["public_key"],
            "signature": values["signature"],
        },
        "totals": json.loads(values["totals"]),
    }
