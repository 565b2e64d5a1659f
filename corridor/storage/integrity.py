"""Checking the ledger (chains, signatures, cursors, checkpoints) and rebuilding derived state."""

from __future__ import annotations

from typing import Any

from corridor.domain.events import Fact
from corridor.domain.keys import KEY_TYPES, KeyBook
from corridor.domain.ledger import GENESIS, Head, hash_of
from corridor.domain.merkle import root_of
from corridor.storage import derive
from corridor.storage.base.ledger import Progress, VerifyReport
from corridor.storage.base.tables import DERIVED_TABLES
from corridor.storage.db import FACT_SELECT, Db, fact_from_row
from corridor.storage.device_keys import insert_key_events, key_events
from corridor.storage.transparency import TransparencyMixin


class Integrity(TransparencyMixin):
    """``verify``, ``rebuild`` and the comparisons of derived state with the log."""

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
            book = KeyBook.of(key_events(db))
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
                insert_key_events(db, [fact_from_row(r)[1] for r in rows])
                if len(rows) < 5000:
                    break
                since = int(rows[-1][0])
        if progress:
            progress(1)

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

    def derived_matches_log(self) -> bool:
        """True when a rebuild from the log would give exactly the current derived state."""
        before = self.snapshot()
        self.rebuild()
        return before == self.snapshot()
