"""Appending to the ledger: seal drafts or check sealed facts, refuse conflicts, insert, and
update derived state, all in one transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from corridor.domain.events import Draft, Fact
from corridor.domain.keys import KEY_TYPES, KeyBook, KeyEvent, check_signatures
from corridor.domain.ledger import (
    Head,
    canonical_json,
    check_chain,
    check_correction,
    seal,
    unit_of,
)
from corridor.domain.signing import Signer, key_id
from corridor.domain.units import Unit
from corridor.errors import ConfigError, ConflictError, NotFound
from corridor.storage import derive
from corridor.storage.base.ledger import AppendResult
from corridor.storage.connected import Connected
from corridor.storage.db import FACT_COLUMNS, FACT_SELECT, Db, fact_from_row, last_pos
from corridor.storage.device_keys import insert_key_events, key_events
from corridor.storage.personal import store_personal

T = TypeVar("T", Draft, Fact)
LEDGER_COLUMNS = (*FACT_COLUMNS, "unit", "target")
# The unit a correction's target folds into; a correction of a correction (withdrawing it)
# refolds the unit of that correction's own target.
_TARGET_UNITS = (
    "SELECT c.id, COALESCE(c.unit, t.unit) FROM ledger c LEFT JOIN ledger t ON t.id = c.target"
    " WHERE c.id IN ({})"
)
INSERT_FACT = (
    f"INSERT INTO ledger ({', '.join(LEDGER_COLUMNS)}) VALUES "
    f"({', '.join('?' * len(LEDGER_COLUMNS))})"
)


class Appending(Connected):
    """``record`` and ``append`` (see :mod:`corridor.storage.base`)."""

    signer: Signer | None = None  # this device's key: set from its key file, never stored here

    def record(
        self, drafts: Sequence[Draft], personal: Mapping[str, str] | None = None
    ) -> AppendResult:
        """Seal drafts into this node's chain and append them (idempotent by id).

        :param personal: encrypted personal details by fact id, stored beside the ledger in
            the same transaction; each must match its fact's ``personal_digest``.
        """
        with self._write() as db:
            fresh, skipped = self._dedupe(db, drafts)
            self._check_corrections(db, fresh)
            head = self._heads(db, [self.device]).get(self.device, Head())
            book = KeyBook.of(key_events(db, [self.device]))
            self._check_own_key(book, head.seq + 1)
            # Sign once this device has a key, or when this batch registers its first one; a
            # key file whose key was never registered signs nothing (`corridor key init`).
            registers = any(
                d.type == "device.key_registered" and d.payload["device"] == self.device
                for d in fresh
            )
            signing = book.key_for(self.device, head.seq + 1) is not None or registers
            sign = self.signer.sign_fact if self.signer and signing else None
            facts = seal(fresh, device=self.device, head=head, recorded_at=self._now(), sign=sign)
            if any(f.type in KEY_TYPES for f in facts):
                # Key facts change which key must sign: check them as any peer would. Other
                # facts were just signed by the key in force (checked above): no need to verify.
                check_signatures(facts, book)
            self._insert(db, facts)
            store_personal(db, facts, personal or {}, self._now())
            return AppendResult(added=facts, skipped=skipped)

    def append(
        self, facts: Sequence[Fact], personal: Mapping[str, str] | None = None
    ) -> AppendResult:
        """Append facts sealed elsewhere, checking hashes and chains (idempotent by id)."""
        with self._write() as db:
            fresh, skipped = self._dedupe(db, facts)
            self._check_corrections(db, fresh)
            heads = self._heads(db, sorted({f.device for f in fresh}))
            check_chain(fresh, heads)
            check_signatures(fresh, self._key_book(db, fresh))
            self._insert(db, fresh)
            # Skipped facts equal what is stored (checked above), so their personal details
            # are kept too: a resend after a lost reply still delivers them.
            store_personal(db, facts, personal or {}, self._now())
            return AppendResult(added=list(fresh), skipped=skipped)

    def _key_book(self, db: Db, facts: Sequence[Fact]) -> KeyBook:
        """The key events of the devices these facts are by or about."""
        devices = {f.device for f in facts} | {
            f.payload["device"] for f in facts if f.type in KEY_TYPES
        }
        return KeyBook.of(key_events(db, sorted(devices)))

    def _check_own_key(self, book: KeyBook, seq: int) -> None:
        """Refuse to record when this device must sign and its key is missing or another."""
        expected = book.key_for(self.device, seq)
        if expected is None:
            return
        have = self.signer.public_key if self.signer else None
        if expected != have:
            shown = "revoked" if expected == "revoked" else f"key {key_id(expected)}"
            raise ConfigError(
                f"device {self.device} signs its facts ({shown}), but its key file is "
                f"{'missing' if have is None else 'another key'}: set CORRIDOR_DEVICE_KEY_FILE "
                "to the key made by `corridor init`"
            )

    def key_events(self) -> list[KeyEvent]:
        """Every key registration and revocation in the ledger."""
        with self._read() as db:
            return key_events(db)

    def _dedupe(self, db: Db, items: Sequence[T]) -> tuple[list[T], list[str]]:
        """Drop items the ledger (or this batch) already holds; an id reused is a conflict."""
        known = {
            r[0]: r
            for r in db.rows_in(
                "SELECT id, type, op, occurred_at, payload, hash FROM ledger WHERE id IN ({})",
                sorted({i.id for i in items}),
            )
        }
        fresh: list[T] = []
        seen: dict[str, T] = {}
        skipped: list[str] = []
        for item in items:
            if item.id in known or item.id in seen:
                self._same_or_conflict(item, known.get(item.id), seen.get(item.id))
                skipped.append(item.id)
                continue
            seen[item.id] = item
            fresh.append(item)
        return fresh, skipped

    @staticmethod
    def _same_or_conflict(
        item: Draft | Fact, stored: tuple[Any, ...] | None, earlier: Draft | Fact | None
    ) -> None:
        if stored is not None:
            same = (stored[1], stored[2], stored[3], stored[4]) == (
                item.type,
                item.op,
                item.occurred_at,
                canonical_json(item.payload),
            )
            if isinstance(item, Fact):
                same = same and stored[5] == item.hash
        else:
            assert earlier is not None
            same = (earlier.type, earlier.op, earlier.occurred_at, earlier.payload) == (
                item.type,
                item.op,
                item.occurred_at,
                item.payload,
            )
        if not same:
            raise ConflictError(f"fact id {item.id} is already used for different content")

    def _check_corrections(self, db: Db, items: Sequence[Draft | Fact]) -> None:
        """A correction whose target is known must fit it; unknown targets wait (sync order)."""
        corrections = [i for i in items if i.type == "entry.corrected"]
        if not corrections:
            return
        targets = {
            f.id: f
            for _, f in map(
                fact_from_row,
                db.rows_in(
                    FACT_SELECT + " WHERE id IN ({})",
                    sorted({c.payload["target"] for c in corrections}),
                ),
            )
        }
        in_batch = {i.id: i for i in items}
        for index, corr in enumerate(corrections):
            target = targets.get(corr.payload["target"])
            if (
                target is None
                and isinstance(corr, Draft)
                and corr.payload["target"] not in in_batch
            ):
                raise NotFound(f"correction #{index}: no fact {corr.payload['target']} to correct")
            if target is not None:
                check_correction(corr, target)

    def _heads(self, db: Db, devices: Sequence[str]) -> dict[str, Head]:
        rows = db.rows_in("SELECT device, seq, hash FROM devices WHERE device IN ({})", devices)
        return {r[0]: Head(int(r[1]), r[2]) for r in rows}

    def _insert(self, db: Db, facts: Sequence[Fact]) -> None:
        if not facts:
            return
        start = last_pos(db)
        targets = {f.payload["target"] for f in facts if f.type == "entry.corrected"}
        target_units = (
            {
                fid: Unit.decode(text)
                for fid, text in db.rows_in(_TARGET_UNITS, sorted(targets))
                if text
            }
            if targets
            else {}
        )
        rows: list[tuple[Any, ...]] = []
        dirty: set[Unit] = set()
        placed: list[tuple[Unit | None, Fact]] = []
        for offset, fact in enumerate(facts, start=1):
            unit = unit_of(fact.id, fact.type, fact.op, fact.payload)
            target = fact.payload["target"] if fact.type == "entry.corrected" else None
            rows.append(
                (
                    start + offset,
                    fact.id,
                    fact.type,
                    fact.op,
                    fact.actor,
                    fact.occurred_at,
                    fact.payload_json or canonical_json(fact.payload),
                    fact.device,
                    fact.seq,
                    fact.recorded_at,
                    fact.prev_hash,
                    fact.hash,
                    fact.sig,
                    unit.encode() if unit else None,
                    target,
                )
            )
            placed.append((unit, fact))
            if unit:
                target_units[fact.id] = unit
                dirty.add(unit)
        for target in targets:
            if target in target_units:
                dirty.add(target_units[target])
        db.insert("ledger", LEDGER_COLUMNS, rows)
        insert_key_events(db, facts)
        heads: dict[str, Fact] = {}
        for fact in facts:
            heads[fact.device] = fact
        db.insert(
            "devices",
            ("device", "seq", "hash"),
            [(d, f.seq, f.hash) for d, f in sorted(heads.items())],
            "ON CONFLICT (device) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
        )
        derive.refresh(db, dirty, derive.Batch(start, placed))
