"""The Store logic shared by the SQLite and PostgreSQL adapters.

Subclasses provide a write transaction that holds the database's single-writer lock (so
cursors and device sequences are assigned without races) and a read cursor.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from corridor.domain.events import Draft, Fact
from corridor.domain.keys import KEY_TYPES, KeyBook, KeyEvent, check_signatures, key_event
from corridor.domain.ledger import (
    GENESIS,
    Head,
    canonical_json,
    check_chain,
    check_correction,
    draft_of,
    hash_of,
    seal,
    unit_of,
)
from corridor.domain.merkle import root_of
from corridor.domain.personal import digest as personal_digest
from corridor.domain.signing import Signer, key_id
from corridor.domain.units import Unit
from corridor.errors import ConfigError, ConflictError, NotFound, ValidationError
from corridor.storage import derive
from corridor.storage.accounts import AccountsMixin
from corridor.storage.base import DERIVED_TABLES, AppendResult, Progress, VerifyReport
from corridor.storage.db import FACT_COLUMNS, FACT_SELECT, Db, fact_from_row
from corridor.storage.forecasts import ForecastsMixin
from corridor.storage.syncstate import SyncState
from corridor.storage.transparency import TransparencyMixin

T = TypeVar("T", Draft, Fact)
MIGRATIONS = Path(__file__).parent / "migrations"
REBUILD_MARK = "-- corridor: rebuild derived state"  # a migration that needs a rebuild says so
LEDGER_COLUMNS = (*FACT_COLUMNS, "unit", "target")
INSERT_FACT = (
    f"INSERT INTO ledger ({', '.join(LEDGER_COLUMNS)}) VALUES "
    f"({', '.join('?' * len(LEDGER_COLUMNS))})"
)


class SqlStore(SyncState, AccountsMixin, ForecastsMixin, TransparencyMixin):
    """Ledger and derived state over a DB-API connection (see :mod:`corridor.storage.base`)."""

    dialect = "sqlite"
    device: str
    url: str
    signer: Signer | None = None  # this device's key: set from its key file, never stored here

    def __init__(self, url: str, clock_now: Any) -> None:
        self.url = url
        self._now = clock_now

    # --- hooks for adapters -----------------------------------------------------------------
    def _write(self) -> contextlib.AbstractContextManager[Db]:
        raise NotImplementedError

    def _read(self) -> contextlib.AbstractContextManager[Db]:
        raise NotImplementedError

    def close(self) -> None:
        """Release the connection."""
        raise NotImplementedError

    # --- set-up -----------------------------------------------------------------------------
    def _migrate(self, device: str | None) -> None:
        """Apply pending migrations, each in one transaction with its record; fix the node id."""
        with self._write() as db:
            db.run(
                "CREATE TABLE IF NOT EXISTS _migrations "
                "(id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            done = {r[0] for r in db.rows("SELECT id FROM _migrations")}
        for path in sorted(MIGRATIONS.glob(f"*.{self.dialect}.sql")):
            name = path.name.split(".")[0]
            if name in done:
                continue
            text = path.read_text()
            with self._write() as db:
                for statement in _statements(text):
                    db.run(statement)
                if REBUILD_MARK in text:  # the derived tables changed shape or meaning
                    db.run(
                        "INSERT INTO meta (key, value) VALUES ('rebuild', ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (name,),
                    )
                db.run(
                    "INSERT INTO _migrations (id, applied_at) VALUES (?, ?)", (name, self._now())
                )
        with self._write() as db:
            # After every migration, so the fold runs on the tables it expects; the flag goes
            # with the rebuild's transaction, so an interrupted one is redone on the next open.
            if db.rows("SELECT value FROM meta WHERE key = 'rebuild'"):
                derive.rebuild(db)
                db.run("DELETE FROM meta WHERE key = 'rebuild'")
        with self._write() as db:
            found = db.rows("SELECT value FROM meta WHERE key = 'device'")
            if found:
                self.device = found[0][0]
            else:
                self.device = device or "node-" + _random_suffix()
                db.run("INSERT INTO meta (key, value) VALUES ('device', ?)", (self.device,))

    # --- writes -----------------------------------------------------------------------------
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
            book = KeyBook.of(self._key_events(db, [self.device]))
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
            self._store_personal(db, facts, personal or {})
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
            self._store_personal(db, facts, personal or {})
            return AppendResult(added=list(fresh), skipped=skipped)

    def _key_book(self, db: Db, facts: Sequence[Fact]) -> KeyBook:
        """The key events of the devices these facts are by or about."""
        devices = {f.device for f in facts} | {
            f.payload["device"] for f in facts if f.type in KEY_TYPES
        }
        return KeyBook.of(self._key_events(db, sorted(devices)))

    @staticmethod
    def _key_events(db: Db, devices: Sequence[str] | None = None) -> list[KeyEvent]:
        sql = "SELECT device, kind, public_key, from_seq, fact_id FROM device_keys"
        rows = (
            db.rows_in(sql + " WHERE device IN ({})", devices)
            if devices is not None
            else db.rows(sql)
        )
        return [KeyEvent(r[0], r[1], r[2], int(r[3]), r[4]) for r in rows]

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
            return self._key_events(db)

    def _store_personal(self, db: Db, facts: Sequence[Fact], blobs: Mapping[str, str]) -> None:
        rows = []
        for fact in facts:
            text = blobs.get(fact.id)
            if text is None:
                continue
            if fact.payload.get("personal_digest") != personal_digest(text):
                raise ConflictError(f"fact {fact.id}: personal details do not match its digest")
            rows.append((fact.id, fact.op, fact.payload["person_id"], text, self._now()))
        db.many(
            "INSERT INTO personal (fact_id, op, person_id, ciphertext, stored_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (fact_id) DO NOTHING",
            rows,
        )

    # --- personal details: every read and purge is logged in the same transaction -------
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
            limit = up_to if up_to is not None else self._max_pos(db)
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

    @staticmethod
    def _max_pos(db: Db) -> int:
        return int(db.rows("SELECT COALESCE(MAX(pos), 0) FROM ledger")[0][0])

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
        start = int(db.rows("SELECT COALESCE(MAX(pos), 0) FROM ledger")[0][0])
        targets = {f.payload["target"] for f in facts if f.type == "entry.corrected"}
        target_units = (
            {
                fid: Unit.decode(text)
                for fid, text in db.rows_in(
                    "SELECT id, unit FROM ledger WHERE id IN ({})", sorted(targets)
                )
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
        _insert_key_events(db, facts)
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

    # --- reads ------------------------------------------------------------------------------
    def read(self, since: int = 0, limit: int = 1000) -> list[tuple[int, Fact]]:
        """Facts after cursor ``since`` in append order, with their cursors."""
        with self._read() as db:
            rows = db.rows(FACT_SELECT + " WHERE pos > ? ORDER BY pos LIMIT ?", (since, limit))
        return [fact_from_row(r) for r in rows]

    def has_facts_after(self, moment: str) -> bool:
        """Whether any fact happened after a moment (a ledger time)."""
        with self._read() as db:
            return bool(db.rows("SELECT 1 FROM ledger WHERE occurred_at > ? LIMIT 1", (moment,)))

    def _memory_copy(self) -> SqlStore:
        """A new, empty in-memory store for :meth:`as_of` (the adapters make a SQLite one)."""
        raise NotImplementedError

    def as_of(self, moment: str, batch: int = 5000) -> SqlStore:
        """A new in-memory store of the facts that happened up to a moment, derived afresh.

        A report for a past day reads it, so facts recorded later change nothing in it. The
        facts are recorded again as drafts (same ids and payloads) under a device of its own;
        a correction is kept only with its target. The copy holds no personal details.
        """
        kept: set[str] = set()
        last_kept: dict[str, int] = {}  # device -> highest sequence number kept
        dropped_before: dict[str, int] = {}  # device -> lowest sequence number dropped
        for facts in self._batches(batch):
            for f in facts:
                if f.occurred_at <= moment:
                    kept.add(f.id)
                    last_kept[f.device] = max(last_kept.get(f.device, 0), f.seq)
                else:
                    low = dropped_before.get(f.device, f.seq)
                    dropped_before[f.device] = min(low, f.seq)
        # When every device's kept facts are the start of its chain, the copy holds the very
        # same sealed facts (devices, hashes); otherwise they are recorded again as drafts.
        sealed = all(last_kept[d] < dropped_before.get(d, last_kept[d] + 1) for d in last_kept)
        copy = self._memory_copy()
        for facts in self._batches(batch):
            mine = [
                f
                for f in facts
                if f.id in kept and (f.type != "entry.corrected" or f.payload["target"] in kept)
            ]
            if sealed:
                copy.append(mine)
            else:
                # Key facts speak for their own device only: not re-recorded under the copy's.
                copy.record([draft_of(f) for f in mine if f.type not in KEY_TYPES])
        return copy

    def _batches(self, batch: int) -> Iterator[list[Fact]]:
        """The whole ledger in append order, ``batch`` facts at a time."""
        since = 0
        while rows := self.read(since, batch):
            yield [f for _, f in rows]
            since = rows[-1][0]

    def position(self) -> int:
        """The cursor of the last fact appended."""
        with self._read() as db:
            return int(db.rows("SELECT COALESCE(MAX(pos), 0) FROM ledger")[0][0])

    def fact_ids_of_unit(self, unit: Unit) -> list[str]:
        """Ids of the facts folded into one unit of derived state, in append order."""
        with self._read() as db:
            rows = db.rows("SELECT id FROM ledger WHERE unit = ? ORDER BY pos", (unit.encode(),))
        return [r[0] for r in rows]

    def get(self, fact_id: str) -> Fact | None:
        """One fact by id."""
        with self._read() as db:
            rows = db.rows(FACT_SELECT + " WHERE id = ?", (fact_id,))
        return fact_from_row(rows[0])[1] if rows else None

    def query(self, table: str, *, op: str | None = None, **where: Any) -> list[dict[str, Any]]:
        """Rows of a derived table filtered by equality on its columns."""
        cols, sql, values = _select(table, op, where)
        with self._read() as db:
            rows = db.rows(sql + f" ORDER BY {', '.join(cols[:2])}", values)
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def latest(
        self, table: str, *, order_by: str, limit: int, op: str | None = None, **where: Any
    ) -> list[dict[str, Any]]:
        """The newest ``limit`` rows of a derived table by one column, filtered by equality."""
        if order_by not in DERIVED_TABLES.get(table, ()):
            raise ValidationError(f"cannot order '{table}' by '{order_by}'", field="order_by")
        cols, sql, values = _select(table, op, where)
        sql += f" ORDER BY {order_by} DESC, {cols[1]} DESC LIMIT ?"
        with self._read() as db:
            rows = db.rows(sql, [*values, int(limit)])
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def headcounts(self, op: str) -> dict[tuple[str, str, str, str], int]:
        """Current headcounts of an operation: (stage, site, dim, value) -> people."""
        with self._read() as db:
            rows = db.rows(
                "SELECT stage, site, dim, value, n FROM tally WHERE op = ? AND n <> 0", (op,)
            )
        return {(r[0], r[1], r[2], r[3]): int(r[4]) for r in rows}

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every derived table's rows, sorted (zero headcounts left out)."""
        out: dict[str, list[tuple[Any, ...]]] = {}
        with self._read() as db:
            for table, cols in DERIVED_TABLES.items():
                where = " WHERE n <> 0" if "n" in cols else ""
                out[table] = sorted(
                    (tuple(r) for r in db.rows(f"SELECT {', '.join(cols)} FROM {table}{where}")),
                    key=repr,
                )
        return out

    # --- integrity --------------------------------------------------------------------------
    def verify(self, progress: Progress | None = None) -> VerifyReport:
        """Recheck every fact's hash and link, each device's head, and the cursor sequence."""
        report = VerifyReport()
        with self._read() as db:
            heads = {
                r[0]: Head(int(r[1]), r[2])
                for r in db.rows("SELECT device, seq, hash FROM devices")
            }
            devices = sorted(
                set(heads) | {r[0] for r in db.rows("SELECT DISTINCT device FROM ledger")}
            )
            positions = db.rows(
                "SELECT COUNT(*), COALESCE(MIN(pos), 1), COALESCE(MAX(pos), 0) FROM ledger"
            )[0]
            book = KeyBook.of(self._key_events(db))
            for device in devices:
                self._verify_device(db, device, heads.get(device), report, progress, book)
        count, low, high = (int(x) for x in positions)
        if count and (low != 1 or high != count):
            report.problems.append(
                f"ledger cursors run {low}..{high} but {count} facts remain: {high - count} removed"
            )
        report.devices = len(devices)
        report.problems.extend(self.verify_tree())
        report.problems.extend(self._verify_checkpoints(int(high) if count else 0))
        return report

    def _verify_checkpoints(self, held: int) -> list[str]:
        """Each checkpoint this node signed must still match the ledger's first facts.

        Roots are recomputed from the facts themselves, not from the chunk cache.
        """
        problems: list[str] = []
        found = self.checkpoints(limit=20)
        if not found:
            return problems
        with self._read() as db:
            upto = min(held, max(e["checkpoint"]["tree_size"] for e in found))
            leaves = self._leaves(db, 0, upto)
        for entry in found:
            cp = entry["checkpoint"]
            size = cp["tree_size"]
            if size > held:
                problems.append(
                    f"checkpoint of {size} facts signed at {cp['timestamp']}, but the ledger "
                    f"holds {held}: facts removed"
                )
            elif root_of(leaves[:size]).hex() != cp["root_hash"]:
                problems.append(
                    f"the first {size} facts no longer match the checkpoint signed at "
                    f"{cp['timestamp']}: facts altered, removed or replaced"
                )
        return problems

    def _verify_device(
        self,
        db: Db,
        device: str,
        head: Head | None,
        report: VerifyReport,
        progress: Progress | None,
        book: KeyBook,
    ) -> None:
        last = Head()
        since = 0
        while True:
            rows = db.rows(
                FACT_SELECT + " WHERE device = ? AND seq > ? ORDER BY seq LIMIT 5000",
                (device, since),
            )
            for row in rows:
                _, fact = fact_from_row(row)
                report.facts += 1
                if fact.seq != last.seq + 1:
                    report.problems.append(
                        f"device {device}: facts {last.seq + 1}..{fact.seq - 1} missing"
                    )
                elif fact.prev_hash != last.hash:
                    report.problems.append(f"device {device} seq {fact.seq}: chain link broken")
                if hash_of(fact) != fact.hash:
                    report.problems.append(
                        f"device {device} seq {fact.seq} (fact {fact.id}): content altered"
                    )
                self._verify_signature(fact, book, report)
                last = Head(fact.seq, fact.hash)
            if progress:
                progress(len(rows))
            if len(rows) < 5000:
                break
            since = last.seq
        expected = head or Head(0, GENESIS)
        if (last.seq, last.hash) != (expected.seq, expected.hash):
            report.problems.append(
                f"device {device}: last fact is seq {last.seq} but the recorded head is seq "
                f"{expected.seq}: facts removed or head altered"
            )

    @staticmethod
    def _verify_signature(fact: Fact, book: KeyBook, report: VerifyReport) -> None:
        problem = book.problem(fact)
        if problem:
            report.problems.append(f"device {fact.device} seq {fact.seq}: {problem}")
        elif fact.sig:
            report.signed += 1
        else:
            report.unsigned[fact.device] = report.unsigned.get(fact.device, 0) + 1

    def rebuild(self, progress: Progress | None = None) -> None:
        """Recompute all derived state from the log, in one transaction."""
        with self._write() as db:
            derive.rebuild(db)
            db.run("DELETE FROM device_keys")
            since = 0
            while True:  # the key table is derived from the log too
                rows = db.rows(
                    FACT_SELECT + " WHERE pos > ? AND type IN (?, ?) ORDER BY pos LIMIT 5000",
                    (since, *KEY_TYPES),
                )
                _insert_key_events(db, [fact_from_row(r)[1] for r in rows])
                if len(rows) < 5000:
                    break
                since = int(rows[-1][0])
        if progress:
            progress(1)

    def derived_matches_log(self) -> bool:
        """True when a rebuild from the log would give exactly the current derived state."""
        before = self.snapshot()
        self.rebuild()
        return before == self.snapshot()


def _insert_key_events(db: Db, facts: Sequence[Fact]) -> None:
    events = [e for e in map(key_event, facts) if e is not None]
    db.insert(
        "device_keys",
        ("fact_id", "device", "kind", "public_key", "from_seq"),
        [(e.fact_id, e.device, e.kind, e.public_key, e.from_seq) for e in events],
    )


def _select(
    table: str, op: str | None, where: dict[str, Any]
) -> tuple[tuple[str, ...], str, list[Any]]:
    """Columns, ``SELECT ... WHERE`` text and values for equality filters on a derived table.

    :raises ValidationError: an unknown table or column (names come from a fixed list, never
        from input, so the SQL is built only from them).
    """
    cols = DERIVED_TABLES.get(table)
    if cols is None:
        raise ValidationError(f"no derived table '{table}'", field="table")
    filters = dict(where, **({"op": op} if op is not None else {}))
    for name in filters:
        if name not in cols:
            raise ValidationError(f"'{table}' has no column '{name}'", field=name)
    clause = " AND ".join(f"{c} = ?" for c in filters)
    sql = f"SELECT {', '.join(cols)} FROM {table}" + (f" WHERE {clause}" if clause else "")
    return cols, sql, list(filters.values())


def _statements(sql: str) -> Iterator[str]:
    text = "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
    for part in text.split(";"):
        if part.strip():
            yield part.strip()


def _random_suffix() -> str:
    import secrets

    return secrets.token_hex(4)
