"""Encrypted personal details kept beside the ledger; every read and purge is logged in the
same transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from corridor.domain.events import Fact
from corridor.domain.personal import digest as personal_digest
from corridor.errors import ConflictError
from corridor.storage.connected import Connected
from corridor.storage.db import Db, last_pos


def store_personal(db: Db, facts: Sequence[Fact], blobs: Mapping[str, str], stored_at: str) -> None:
    """Keep encrypted personal details beside their facts; each must match its digest."""
    rows = []
    for fact in facts:
        text = blobs.get(fact.id)
        if text is None:
            continue
        if fact.payload.get("personal_digest") != personal_digest(text):
            raise ConflictError(f"fact {fact.id}: personal details do not match its digest")
        rows.append((fact.id, fact.op, fact.payload["person_id"], text, stored_at))
    db.many(
        "INSERT INTO personal (fact_id, op, person_id, ciphertext, stored_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (fact_id) DO NOTHING",
        rows,
    )


class PersonalMixin(Connected):
    """Reads and purges of personal details, each logged (``personal_access``)."""

    def read_personal(self, fact_ids: Sequence[str], *, actor: str, purpose: str) -> dict[str, str]:
        """Encrypted details of the given facts; the read is logged before it is returned."""
        with self._write() as db:
            found = dict(
                db.rows_in(
                    "SELECT fact_id, ciphertext FROM personal WHERE fact_id IN ({})", fact_ids
                )
            )
            db.many(
                "INSERT INTO personal_access (at, actor, action, fact_id, purpose) "
                "VALUES (?, ?, ?, ?, ?)",
                [(self._now(), actor, "read", f, purpose) for f in fact_ids],
            )
        return found

    def purge_personal(self, *, actor: str, up_to: int | None = None) -> int:
        """Delete personal details of facts up to a cursor (all by default); return how many."""
        with self._write() as db:
            limit = up_to if up_to is not None else last_pos(db)
            gone = db.rows(
                "SELECT p.fact_id FROM personal p JOIN ledger l ON l.id = p.fact_id "
                "WHERE l.pos <= ?",
                (limit,),
            )
            db.run_in("DELETE FROM personal WHERE fact_id IN ({})", [r[0] for r in gone])
            db.run(
                "INSERT INTO personal_access (at, actor, action, fact_id, purpose) "
                "VALUES (?, ?, 'purge', NULL, ?)",
                (self._now(), actor, f"{len(gone)} records up to cursor {limit}"),
            )
        return len(gone)

    def personal_log(self) -> list[dict[str, Any]]:
        """Every read and purge of personal details, oldest first."""
        with self._read() as db:
            rows = db.rows("SELECT at, actor, action, fact_id, purpose FROM personal_access")
        keys = ("at", "actor", "action", "fact_id", "purpose")
        return [dict(zip(keys, r, strict=True)) for r in rows]
