"""Shared fixtures: a `store` over every adapter, a frozen clock, readable fact builders."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from corridor.clock import FrozenClock
from corridor.storage import SqlStore, open_store

PG_URL = os.environ.get("CORRIDOR_TEST_POSTGRES_URL", "")
IN_CI = os.environ.get("CI", "").lower() == "true"


def postgres_available() -> bool:
    """Whether the PostgreSQL test server answers; in CI its absence is a failure."""
    if not PG_URL:
        if IN_CI:
            raise RuntimeError("CI=true but CORRIDOR_TEST_POSTGRES_URL is not set")
        return False
    try:
        import psycopg

        psycopg.connect(PG_URL, connect_timeout=5).close()
        return True
    except Exception as exc:
        if IN_CI:
            raise RuntimeError(f"CI=true but PostgreSQL is unreachable: {exc}") from exc
        return False


@pytest.fixture
def clock() -> FrozenClock:
    """A frozen clock with deterministic ids."""
    return FrozenClock("2016-12-15T08:00:00Z")


def make_store(kind: str, tmp_path: object, device: str = "desk-1") -> Iterator[SqlStore]:
    """Open a fresh store of one kind; PostgreSQL gets its own schema, dropped afterwards."""
    clock = FrozenClock("2016-12-15T08:00:00Z")
    if kind == "sqlite":
        store = open_store(f"sqlite:///{tmp_path}/{device}.db", clock=clock, device=device)
        yield store
        store.close()
    elif kind == "memory":
        store = open_store("memory:", clock=clock, device=device)
        yield store
        store.close()
    else:
        if not postgres_available():
            pytest.skip("PostgreSQL not available (set CORRIDOR_TEST_POSTGRES_URL)")
        schema = f"t_{uuid.uuid4().hex[:12]}"
        store = open_store(PG_URL, clock=clock, device=device, schema=schema)
        yield store
        store.close()
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


ADAPTERS = ["sqlite", "memory", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=ADAPTERS)
def store(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[SqlStore]:
    """A fresh, migrated store: SQLite file, SQLite in memory, and PostgreSQL."""
    yield from make_store(request.param, tmp_path)


@pytest.fixture
def sqlite_store(tmp_path: object) -> Iterator[SqlStore]:
    """A fresh SQLite file store."""
    yield from make_store("sqlite", tmp_path)
