"""SQLite adapter: the embedded default, one file, zero set-up.

Concurrency decisions:
- WAL journal: readers never block the writer and see the last committed state.
- One writer: every append runs in ``BEGIN IMMEDIATE``, taking the write lock before it reads
  the cursor and device heads, so two processes cannot assign the same sequence numbers.
- ``synchronous=FULL``: a commit is on disk before we acknowledge it, so an acknowledged fact
  survives a power cut, not only a process crash.
- ``busy_timeout``: a second writer waits for the lock instead of failing at once.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

from corridor.errors import StorageError
from corridor.storage.db import Db
from corridor.storage.sql import SqlStore


class SQLiteStore(SqlStore):
    """A ledger in one SQLite file (or ``:memory:``)."""

    dialect = "sqlite"

    def __init__(self, path: str, *, clock_now: Any, device: str | None = None) -> None:
        super().__init__(f"sqlite:///{path}", clock_now)
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves.
            self._conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=30.0
            )
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            # Checkpoint the WAL every ~40 MB rather than 4 MB: fewer, larger copies back into
            # the main file, which keeps commit latency low under steady registration load.
            self._conn.execute("PRAGMA wal_autocheckpoint=10000")
            self._conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open SQLite database {path}: {exc}") from exc
        # One connection per store; the lock serialises threads sharing it (web workers).
        self._lock = threading.RLock()
        self._migrate(device)

    def _memory_copy(self) -> SqlStore:
        """The in-memory SQLite store :meth:`as_of` fills with a past day's facts."""
        return SQLiteStore(":memory:", clock_now=self._now, device="as-of")

    @contextlib.contextmanager
    def _write(self) -> Iterator[Db]:
        with self._lock:
            cur = self._conn.cursor()
            try:
                cur.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StorageError(f"cannot start a write: {exc}") from exc
            try:
                yield Db(cur)
            except sqlite3.Error as exc:  # e.g. SQLITE_FULL: the batch is rolled back whole
                self._conn.rollback()
                raise StorageError(f"write failed, nothing stored: {exc}") from exc
            except BaseException:
                self._conn.rollback()
                raise
            else:
                try:
                    cur.execute("COMMIT")
                except sqlite3.Error as exc:
                    self._conn.rollback()
                    raise StorageError(f"commit failed: {exc}") from exc
            finally:
                cur.close()

    @contextlib.contextmanager
    def _read(self) -> Iterator[Db]:
        with self._lock:
            cur = self._conn.cursor()
            try:
                # One read transaction: every query inside sees the same snapshot.
                cur.execute("BEGIN")
                yield Db(cur)
            finally:
                if self._conn.in_transaction:
                    cur.execute("COMMIT")
                cur.close()

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._conn.close()
