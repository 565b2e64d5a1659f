"""The replay properties on PostgreSQL, whose append path batches its SQL differently.

PostgreSQL writes ledger and derived rows with COPY, upserts headcounts from arrays and looks
keys up with ``= ANY(array)``; SQLite uses executemany and ``IN (...)``. The same facts in any
order, with resends, must still give one state, equal to a rebuild from the log.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tests.storage.test_replay_properties as replay
from corridor.clock import FrozenClock
from corridor.storage import SqlStore, open_store
from tests.conftest import PG_URL, postgres_available

pytestmark = pytest.mark.postgres


@contextmanager
def _pg_store(schema: str = "") -> Iterator[SqlStore]:
    schema = schema or f"t_{uuid.uuid4().hex[:12]}"
    store = open_store(PG_URL, clock=FrozenClock(), device="server", schema=schema)
    try:
        yield store
    finally:
        store.close()
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(autouse=True)
def _needs_postgres() -> None:
    if not postgres_available():
        pytest.skip("PostgreSQL not available (set CORRIDOR_TEST_POSTGRES_URL)")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=st.lists(replay.action, min_size=1, max_size=40), seed=st.integers(0, 10_000))
def test_it_gives_the_same_state_whatever_the_order_on_postgres(
    actions: list[tuple[Any, ...]], seed: int
) -> None:
    """Should give SQLite's state, whatever the order and resends, and rebuild to it."""
    rng = random.Random(seed)
    chains = replay._seal_on_devices(replay._drafts(actions), rng)
    with _pg_store() as first, _pg_store() as second:
        reference = replay._fresh()
        replay._append_in_batches(reference, replay._interleave(chains, rng, resend=False), rng)
        replay._append_in_batches(first, replay._interleave(chains, rng, resend=False), rng)
        replay._append_in_batches(second, replay._interleave(chains, rng, resend=True), rng)
        state = first.snapshot()
        assert second.snapshot() == state
        assert reference.snapshot() == state
        assert first.derived_matches_log() and second.derived_matches_log()
        assert first.verify().ok and second.verify().ok
        reference.close()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=replay.life_steps, seed=st.integers(0, 10_000))
def test_it_keeps_the_life_cycle_whatever_the_order_on_postgres(
    steps: list[tuple[tuple[Any, ...], int]], seed: int
) -> None:
    """Should give SQLite's state for contradictory boardings, turn-backs and marks."""
    rng = random.Random(seed)
    chains = replay._seal_on_devices(replay.life_drafts(steps), rng)
    with _pg_store() as first, _pg_store() as second:
        reference = replay._fresh()
        replay._append_in_batches(reference, replay._interleave(chains, rng, resend=False), rng)
        replay._append_in_batches(first, replay._interleave(chains, rng, resend=False), rng)
        replay._append_in_batches(second, replay._interleave(chains, rng, resend=True), rng)
        state = first.snapshot()
        assert second.snapshot() == state
        assert reference.snapshot() == state
        replay.check_life_cycle(first, [fact for chain in chains for fact in chain])
        assert first.derived_matches_log()
        replay.check_late_boardings_move_nobody(first)
        reference.close()


def test_it_samples_statistics_as_the_ledger_grows() -> None:
    """Should leave PostgreSQL statistics of the ledger after an import into a fresh store."""
    import psycopg

    from tests import factories as f

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with _pg_store(schema) as store:
        people = [f.person(f"P{i}", "ramouseh", id=f"r{i:05d}") for i in range(2500)]
        for start in range(0, len(people), 500):
            store.record(people[start : start + 500])
        assert len(store.query("persons")) == 2500
        with psycopg.connect(PG_URL) as conn:
            sampled = conn.execute(
                "SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relname = 'ledger' AND n.nspname = %s",
                (schema,),
            ).fetchone()
        assert sampled is not None and sampled[0] >= 1000


def test_it_copies_text_with_tabs_newlines_and_backslashes_byte_for_byte() -> None:
    """Should store (by COPY) and read back awkward text exactly, so the chain still verifies."""
    from corridor.domain.events import validate_draft

    description = 'Shelling near\tالراموسة\n"gate" \\ N\\A \\N\r\nend'
    raw = {
        "id": "inc-1",
        "type": "incident.reported",
        "op": "aleppo",
        "actor": "desk\tone",
        "occurred_at": "2016-12-15T08:00:00Z",
        "payload": {"kind": "shelling", "severity": "high", "description": description},
    }
    with _pg_store() as store:
        added = store.record([validate_draft(raw)]).added[0]
        stored = store.get("inc-1")
        assert stored is not None
        assert stored.payload_json == added.payload_json
        assert stored.payload["description"] == description.strip()
        assert stored.actor == "desk\tone"
        assert store.verify().ok
        assert store.query("incidents")[0]["description"] == description.strip()
