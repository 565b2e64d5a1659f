"""Storage adapters behind one interface; ``open_store`` picks one from a URL."""

from __future__ import annotations

from corridor.clock import Clock, SystemClock
from corridor.errors import ConfigError
from corridor.storage.base import AppendResult, Store, VerifyReport
from corridor.storage.sql import SqlStore

__all__ = ["AppendResult", "SqlStore", "Store", "VerifyReport", "open_store"]


def open_store(
    url: str, *, clock: Clock | None = None, device: str | None = None, schema: str | None = None
) -> SqlStore:
    """Open (and migrate) a store.

    :param url: ``sqlite:///path.db``, a bare path, ``memory:`` or ``postgresql://...``.
    :param device: this node's device id, fixed the first time the store is created.
    :param schema: PostgreSQL schema to use (tests isolate themselves this way).
    :raises ConfigError: an unknown URL scheme.
    """
    now = (clock or SystemClock()).now
    if url.startswith(("postgresql://", "postgres://")):
        from corridor.storage.postgres import PostgresStore

        return PostgresStore(url, clock_now=now, device=device, schema=schema)
    if url == "memory:":
        from corridor.storage.sqlite import SQLiteStore

        return SQLiteStore(":memory:", clock_now=now, device=device)
    if url.startswith("sqlite:///") or "://" not in url:
        from corridor.storage.sqlite import SQLiteStore

        return SQLiteStore(url.removeprefix("sqlite:///"), clock_now=now, device=device)
    raise ConfigError(f"unknown store URL '{url}': use sqlite:///FILE, memory: or postgresql://")
