"""Migration 0011: a store made before sites had p-codes and coordinates gets them on upgrade."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from corridor.clock import FrozenClock
from corridor.storage import open_store
from tests import factories as f
from tests.conftest import PG_URL, postgres_available

PLACE = {"pcode": "SY0200", "adm_level": 2, "lat": "36.16", "lon": "37.14"}
_BEFORE_0011 = [
    *(f"ALTER TABLE sites DROP COLUMN {column}" for column in PLACE),
    "DELETE FROM _migrations WHERE id = '0011_site_places'",
]


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_it_fills_site_places_when_a_store_is_upgraded(kind: str, tmp_path: Path) -> None:
    """Should add the columns and rebuild them from the site.defined facts already stored."""
    if kind == "postgres" and not postgres_available():
        pytest.skip("PostgreSQL not available (set CORRIDOR_TEST_POSTGRES_URL)")
    url = f"sqlite:///{tmp_path}/old.db" if kind == "sqlite" else PG_URL
    schema = f"t_{uuid.uuid4().hex[:12]}" if kind == "postgres" else None
    store = open_store(url, clock=FrozenClock(), device="desk-1", schema=schema)
    try:
        store.record([f.site("ramouseh", kind="crossing", **PLACE), f.site("khan-al-aasal")])
        expected = store.snapshot()
        with store._write() as db:  # the schema as before migration 0011
            for statement in _BEFORE_0011:
                db.run(statement)
        store.close()
        store = open_store(url, clock=FrozenClock(), device="desk-1", schema=schema)
        assert store.snapshot() == expected
        sites = {s["site_id"]: s for s in store.query("sites", op=f.OP)}
        assert {k: sites["ramouseh"][k] for k in PLACE} == PLACE
        assert sites["khan-al-aasal"]["pcode"] is None
    finally:
        store.close()
        if schema:
            import psycopg

            with psycopg.connect(PG_URL, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
