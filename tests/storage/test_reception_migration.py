"""Migration 0019: a store made before reception gets capacities, cargo and distributions on
upgrade, rebuilt from the facts already stored."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from corridor.clock import FrozenClock
from corridor.services.demo import load_demo
from corridor.storage import open_store
from tests.conftest import PG_URL, postgres_available

_BEFORE_0019 = [
    *(f"ALTER TABLE sites DROP COLUMN {c}" for c in ("places", "tents", "beds", "capacity_at")),
    "ALTER TABLE operations DROP COLUMN figures",
    "DROP TABLE cargo",
    "DROP TABLE distributions",
    "DELETE FROM _migrations WHERE id = '0019_reception'",
]


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_it_fills_reception_state_when_a_store_is_upgraded(kind: str, tmp_path: Path) -> None:
    if kind == "postgres" and not postgres_available():
        pytest.skip("PostgreSQL not available (set CORRIDOR_TEST_POSTGRES_URL)")
    url = f"sqlite:///{tmp_path}/old.db" if kind == "sqlite" else PG_URL
    schema = f"t_{uuid.uuid4().hex[:12]}" if kind == "postgres" else None
    store = open_store(url, clock=FrozenClock(), device="desk-1", schema=schema)
    try:
        load_demo(store=store)
        expected = store.snapshot()
        assert expected["cargo"] and expected["distributions"]
        with store._write() as db:  # the schema as before migration 0019
            for statement in _BEFORE_0019:
                db.run(statement)
        store.close()
        store = open_store(url, clock=FrozenClock(), device="desk-1", schema=schema)
        assert store.snapshot() == expected
    finally:
        store.close()
        if schema:
            import psycopg

            with psycopg.connect(PG_URL, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
