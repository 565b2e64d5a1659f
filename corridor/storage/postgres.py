"""PostgreSQL adapter: the shared server (psycopg 3).

Concurrency decision: every append takes one transaction-scoped advisory lock, so appends are
serialised exactly as on SQLite. That makes cursors gapless and strictly increasing in commit
order: a reader resuming from its last cursor can never skip a fact committed late with a
smaller number (which plain sequences allow).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from corridor.domain.events import Fact
from corridor.errors import StorageError
from corridor.storage.db import Db
from corridor.storage.sql import SqlStore
from corridor.storage.sqlite import SQLiteStore

WRITE_LOCK = 7_202_016  # advisory lock key of the ledger's single writer
DISK_FULL = "53100"  # SQLSTATE of "could not extend file ...: No space left on device"
# Tables the append path looks up by key, whose planner statistics it depends on.
PLANNED_TABLES = "ledger, persons, trips, units, discrepancies"
SAMPLE_EVERY = 2000  # facts appended between checks of the ledger's statistics
GROWTH = 8  # sample again when the ledger has grown this many times since last sampled


class PostgresStore(SqlStore):
    """A ledger in a PostgreSQL database (optionally in its own schema)."""

    dialect = "postgres"

    def __init__(
        self, url: str, *, clock_now: Any, device: str | None = None, schema: str | None = None
    ) -> None:
        super().__init__(url, clock_now)
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - the dependency is in the base install
            raise StorageError(
                "PostgreSQL needs psycopg: pip install 'corridor[postgres]'"
            ) from exc
        try:
            self._conn = psycopg.connect(url, autocommit=False, connect_timeout=10)
            if schema:
                with self._conn.cursor() as cur:
                    cur.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
                    cur.execute(f'SET search_path TO "{schema}"')
                self._conn.commit()
        except psycopg.Error as exc:
            raise StorageError(f"cannot connect to PostgreSQL: {exc}") from exc
        self._psycopg = psycopg
        self._lock = threading.RLock()
        self._unsampled = 0
        self._migrate(device)

    def _insert(self, db: Db, facts: Sequence[Fact]) -> None:
        """Append, then refresh planner statistics when the ledger has grown since sampled.

        The append path looks facts and derived rows up by key. With no statistics (a fresh
        database) the planner takes a scan of the whole table for cheaper, and every append
        slows down as the log grows; autovacuum samples only after a delay, so a large import
        or sync would run on such plans throughout. Once sampled, the planner scales row
        counts by the table's current size itself, so sampling again is needed only rarely.
        """
        super()._insert(db, facts)
        self._unsampled += len(facts)
        if self._unsampled < SAMPLE_EVERY:
            return
        self._unsampled = 0
        sampled, size = db.rows(
            "SELECT c.reltuples, (SELECT COALESCE(MAX(pos), 0) FROM ledger) "
            "FROM pg_class c WHERE c.oid = 'ledger'::regclass"
        )[0]
        if size >= GROWTH * max(float(sampled), SAMPLE_EVERY / GROWTH):
            db.run(f"ANALYZE {PLANNED_TABLES}")

    def _memory_copy(self) -> SqlStore:
        """The in-memory SQLite store :meth:`as_of` fills with a past day's facts."""
        return SQLiteStore(":memory:", clock_now=self._now, device="as-of")

    @contextlib.contextmanager
    def _write(self) -> Iterator[Db]:
        with self._lock, self._conn.cursor() as cur:
            try:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                yield Db(cur, "%s")
            except self._psycopg.Error as exc:
                self._conn.rollback()
                raise StorageError(f"write failed, nothing stored: {_describe(exc)}") from exc
            except BaseException:
                self._conn.rollback()
                raise
            try:
                self._conn.commit()
            except self._psycopg.Error as exc:
                self._conn.rollback()
                raise StorageError(f"commit failed: {_describe(exc)}") from exc

    @contextlib.contextmanager
    def _read(self) -> Iterator[Db]:
        with self._lock, self._conn.cursor() as cur:
            try:
                cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                yield Db(cur, "%s")
            finally:
                self._conn.rollback()

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()


def _describe(exc: Exception) -> str:
    """PostgreSQL's message, led by a plain "disk is full" when that is the cause."""
    text = str(exc).strip()
    if getattr(exc, "sqlstate", None) == DISK_FULL:
        return f"the database disk is full ({text.splitlines()[0]})"
    return text
