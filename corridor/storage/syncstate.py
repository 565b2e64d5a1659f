"""What sync keeps beside the ledger: node tokens, peer cursors, token ranges.

Mixed into :class:`~corridor.storage.sql.SqlStore`; every method is one short transaction. None of
these tables is hashed or derived: they are bookkeeping, and losing them costs at most a resend
(which the ledger ignores by fact id), never a fact.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from corridor.errors import ConflictError, NotFound, ValidationError
from corridor.storage.connected import Connected

PEER_COLUMNS = (
    *("peer", "pushed", "pulled", "peer_position"),
    *("last_ok_at", "last_error", "last_error_at"),
)
NODE_COLUMNS = (
    *("name", "created_at", "revoked_at"),
    *("last_seen_at", "reported_position", "reported_pushed"),
)
RANGE_COLUMNS = ("prefix", "first_number", "last_number", "device", "reserved_at", "issued")


class SyncState(Connected):
    """Sync bookkeeping over the adapter's transactions."""

    # --- what the ledger holds, for a peer ---------------------------------------------------
    def device_heads(self) -> dict[str, int]:
        """The last sequence number held of every device's chain."""
        with self._read() as db:
            return {r[0]: int(r[1]) for r in db.rows("SELECT device, seq FROM devices")}

    def copy_personal(self, fact_ids: Sequence[str], *, actor: str, peer: str) -> dict[str, str]:
        """Ciphertexts of personal details to send to a peer (never decrypted); logged once."""
        with self._write() as db:
            found = dict(
                db.rows_in(
                    "SELECT fact_id, ciphertext FROM personal WHERE fact_id IN ({})", fact_ids
                )
            )
            if found:
                db.run(
                    "INSERT INTO personal_access (at, actor, action, fact_id, purpose) "
                    "VALUES (?, ?, 'copy', NULL, ?)",
                    (self._now(), actor, f"{len(found)} encrypted records sent to {peer}"),
                )
        return found

    # --- node tokens (on the node that others sync with) -------------------------------------
    def add_sync_node(self, name: str, token_hash: str) -> None:
        """Allow a node to sync with this one under a token (only its hash is kept).

        :raises ConflictError: the name is taken.
        """
        with self._write() as db:
            if db.rows("SELECT 1 FROM sync_nodes WHERE name = ?", (name,)):
                raise ConflictError(f"node '{name}' already exists (revoke it or pick a name)")
            db.run(
                "INSERT INTO sync_nodes (name, token_hash, created_at) VALUES (?, ?, ?)",
                (name, token_hash, self._now()),
            )

    def bind_node_key(self, name: str, *, device: str, public_key: str) -> None:
        """Bind a node's token to a device id and the public key of its first key.

        :raises NotFound: no such node.
        """
        with self._write() as db:
            if not db.rows("SELECT 1 FROM sync_nodes WHERE name = ?", (name,)):
                raise NotFound(f"no node '{name}'")
            db.run(
                "UPDATE sync_nodes SET device = ?, public_key = ? WHERE name = ?",
                (device, public_key, name),
            )

    def bound_key(self, device: str) -> str | None:
        """The public key a live node token binds to this device, if any."""
        with self._read() as db:
            rows = db.rows(
                "SELECT public_key FROM sync_nodes WHERE device = ? AND public_key IS NOT NULL "
                "AND revoked_at IS NULL",
                (device,),
            )
        return str(rows[0][0]) if rows else None

    def sync_node_by_hash(self, token_hash: str) -> str | None:
        """The name of the live node holding this token hash, if any."""
        with self._read() as db:
            rows = db.rows(
                "SELECT name FROM sync_nodes WHERE token_hash = ? AND revoked_at IS NULL",
                (token_hash,),
            )
        return str(rows[0][0]) if rows else None

    def revoke_sync_node(self, name: str) -> None:
        """Stop a node's token from working.

        :raises NotFound: no such node.
        """
        with self._write() as db:
            if not db.rows("SELECT 1 FROM sync_nodes WHERE name = ?", (name,)):
                raise NotFound(f"no node '{name}'")
            db.run("UPDATE sync_nodes SET revoked_at = ? WHERE name = ?", (self._now(), name))

    def note_sync_node(self, name: str, *, position: int | None, pushed: int | None) -> None:
        """Remember when a node last called, and what it said it holds and has pushed."""
        with self._write() as db:
            db.run(
                "UPDATE sync_nodes SET last_seen_at = ?, "
                "reported_position = COALESCE(?, reported_position), "
                "reported_pushed = COALESCE(?, reported_pushed) WHERE name = ?",
                (self._now(), position, pushed, name),
            )

    def sync_nodes(self) -> list[dict[str, Any]]:
        """Every node allowed to sync here (without token hashes)."""
        with self._read() as db:
            rows = db.rows(f"SELECT {', '.join(NODE_COLUMNS)} FROM sync_nodes ORDER BY name")
        return [dict(zip(NODE_COLUMNS, r, strict=True)) for r in rows]

    # --- peers (on the node that syncs) ------------------------------------------------------
    def sync_peer(self, peer: str) -> dict[str, Any]:
        """A peer's cursors and known chain heads (zeros for a new peer)."""
        with self._read() as db:
            rows = db.rows(
                f"SELECT {', '.join(PEER_COLUMNS)} FROM sync_peers WHERE peer = ?", (peer,)
            )
            heads = db.rows("SELECT device, seq FROM sync_peer_heads WHERE peer = ?", (peer,))
        state: dict[str, Any] = (
            dict(zip(PEER_COLUMNS, rows[0], strict=True))
            if rows
            else dict.fromkeys(PEER_COLUMNS) | {"peer": peer, "pushed": 0, "pulled": 0}
        )
        state["peer_position"] = state["peer_position"] or 0
        state["heads"] = {r[0]: int(r[1]) for r in heads}
        return state

    def sync_peers(self) -> list[dict[str, Any]]:
        """Every peer this node has synced with."""
        with self._read() as db:
            names = [r[0] for r in db.rows("SELECT peer FROM sync_peers ORDER BY peer")]
        return [self.sync_peer(n) for n in names]

    def save_sync_peer(
        self,
        peer: str,
        *,
        pushed: int | None = None,
        pulled: int | None = None,
        peer_position: int | None = None,
        heads: Mapping[str, int] | None = None,
        error: str | None = None,
    ) -> None:
        """Advance a peer's cursors (never backwards) and heads; record success or an error."""
        now = self._now()
        with self._write() as db:
            db.run(
                "INSERT INTO sync_peers (peer, pushed, pulled, peer_position) VALUES (?, 0, 0, 0) "
                "ON CONFLICT (peer) DO NOTHING",
                (peer,),
            )
            for column, value in (
                ("pushed", pushed),
                ("pulled", pulled),
                ("peer_position", peer_position),
            ):
                if value is not None:
                    db.run(
                        f"UPDATE sync_peers SET {column} = ? WHERE peer = ? AND {column} < ?",
                        (value, peer, value),
                    )
            if error is None:
                db.run("UPDATE sync_peers SET last_ok_at = ? WHERE peer = ?", (now, peer))
            else:
                db.run(
                    "UPDATE sync_peers SET last_error = ?, last_error_at = ? WHERE peer = ?",
                    (error[:500], now, peer),
                )
            db.many(
                "INSERT INTO sync_peer_heads (peer, device, seq) VALUES (?, ?, ?) "
                "ON CONFLICT (peer, device) DO UPDATE SET seq = excluded.seq "
                "WHERE sync_peer_heads.seq < excluded.seq",
                [(peer, d, s) for d, s in sorted((heads or {}).items())],
            )

    # --- wristband token ranges -----------------------------------------------------------
    def reserve_token_range(self, prefix: str, count: int, device: str) -> dict[str, Any]:
        """Allocate the next ``count`` numbers of a prefix to a device (on the allocator).

        :raises ValidationError: a count out of range.
        """
        if not 1 <= count <= 1_000_000:
            raise ValidationError("must be between 1 and 1000000", field="count")
        with self._write() as db:  # the write lock makes concurrent reservations disjoint
            top = db.rows(
                "SELECT COALESCE(MAX(last_number), 0) FROM token_ranges WHERE prefix = ?",
                (prefix,),
            )[0][0]
            first = int(top) + 1
            row = (prefix, first, first + count - 1, device, self._now(), 0)
            db.run(
                f"INSERT INTO token_ranges ({', '.join(RANGE_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
                row,
            )
        return dict(zip(RANGE_COLUMNS, row, strict=True))

    def keep_token_range(self, prefix: str, first: int, last: int, device: str) -> None:
        """Store a range another node allocated to this one (a repeat is a no-op).

        :raises ConflictError: it overlaps a different range held here.
        """
        with self._write() as db:
            clash = db.rows(
                "SELECT first_number, last_number, device FROM token_ranges WHERE prefix = ? "
                "AND first_number <= ? AND last_number >= ?",
                (prefix, last, first),
            )
            if clash and tuple(clash[0]) == (first, last, device) and len(clash) == 1:
                return
            if clash:
                raise ConflictError(f"range {prefix} {first}-{last} overlaps one held here")
            db.run(
                f"INSERT INTO token_ranges ({', '.join(RANGE_COLUMNS)}) VALUES (?, ?, ?, ?, ?, 0)",
                (prefix, first, last, device, self._now()),
            )

    def issue_tokens(self, prefix: str, count: int) -> list[int]:
        """Hand out the next unused numbers of this device's ranges for a prefix.

        :raises NotFound: not enough numbers left (reserve another range first).
        """
        with self._write() as db:
            ranges = db.rows(
                "SELECT first_number, last_number, issued FROM token_ranges "
                "WHERE prefix = ? AND device = ? AND first_number + issued <= last_number "
                "ORDER BY first_number",
                (prefix, self.device),
            )
            left = sum(int(hi) - int(lo) + 1 - int(done) for lo, hi, done in ranges)
            if left < count:
                raise NotFound(
                    f"only {left} {prefix} tokens left on this device: reserve a range "
                    "(corridor tokens reserve)"
                )
            numbers: list[int] = []
            for lo, hi, done in ranges:
                take = min(count - len(numbers), int(hi) - int(lo) + 1 - int(done))
                numbers.extend(range(int(lo) + int(done), int(lo) + int(done) + take))
                db.run(
                    "UPDATE token_ranges SET issued = issued + ? WHERE prefix = ? "
                    "AND first_number = ?",
                    (take, prefix, lo),
                )
                if len(numbers) == count:
                    break
        return numbers

    def token_ranges(self) -> list[dict[str, Any]]:
        """Every range known here, by prefix and first number."""
        with self._read() as db:
            rows = db.rows(
                f"SELECT {', '.join(RANGE_COLUMNS)} FROM token_ranges ORDER BY prefix, first_number"
            )
        return [dict(zip(RANGE_COLUMNS, r, strict=True)) for r in rows]
