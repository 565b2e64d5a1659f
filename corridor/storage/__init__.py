"""Storage adapters behind one interface; ``open_store`` picks one from a URL."""

from __future__ import annotations

from corridor.clock import Clock, SystemClock
from corridor.errors import ConfigError
from corridor.storage.base import Store
from corridor.storage.keyfile import default_key_file, load_signer
from corridor.storage.sql import SqlStore

__all__ = ["SqlStore", "Store", "open_store"]


def open_store(
    url: str,
    *,
    clock: Clock | None = None,
    device: str | None = None,
    schema: str | None = None,
    key_file: str | None = None,
) -> Store:
    """Open (and migrate) a store, with this device's signing key when its file exists.

    :param url: ``sqlite:///path.db``, a bare path, ``memory:`` or ``postgresql://...``.
    :param device: this node's device id, fixed the first time the store is created.
    :param schema: PostgreSQL schema to use (tests isolate themselves this way).
    :param key_file: the device key file (default: beside a SQLite file, none otherwise).
    :raises ConfigError: an unknown URL scheme, or an unreadable key file.
    """
    store = _open(url, clock=clock, device=device, schema=schema)
    path = key_file or default_key_file(url)
    store.signer = load_signer(path) if path else None
    return store


def _open(url: str, *, clock: Clock | None, device: str | None, schema: str | None) -> SqlStore:
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
