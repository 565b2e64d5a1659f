"""`verify` must notice any edited or removed fact, on every adapter."""

from __future__ import annotations

from corridor.storage import SqlStore
from tests import factories as f


def _seed(store: SqlStore) -> None:
    store.record([f.site("ramouseh"), f.person("P1"), f.person("P2"), f.person("P3")])


def _sql(store: SqlStore, sql: str) -> None:
    with store._write() as db:  # tampering from outside, as an attacker with the file would
        db.run(sql)


def test_it_detects_an_edited_payload(store: SqlStore) -> None:
    _seed(store)
    _sql(store, "UPDATE ledger SET payload = REPLACE(payload, 'adult', 'child') WHERE pos = 2")
    report = store.verify()
    assert not report.ok
    assert any("content altered" in p for p in report.problems)


def test_it_detects_an_edited_time_or_actor(store: SqlStore) -> None:
    _seed(store)
    _sql(store, "UPDATE ledger SET actor = 'someone-else' WHERE pos = 3")
    assert any("content altered" in p for p in store.verify().problems)


def test_it_detects_a_removed_fact_in_the_middle(store: SqlStore) -> None:
    _seed(store)
    _sql(store, "DELETE FROM ledger WHERE pos = 2")
    problems = store.verify().problems
    assert any("missing" in p for p in problems)
    assert any("removed" in p for p in problems)


def test_it_detects_a_removed_last_fact(store: SqlStore) -> None:
    _seed(store)
    _sql(store, "DELETE FROM ledger WHERE pos = 4")
    assert any("recorded head" in p for p in store.verify().problems)


def test_it_detects_a_rewritten_chain_link(store: SqlStore) -> None:
    _seed(store)
    _sql(store, "UPDATE ledger SET prev_hash = hash WHERE pos = 3")
    assert not store.verify().ok


def test_it_passes_an_untouched_ledger(store: SqlStore) -> None:
    _seed(store)
    report = store.verify()
    assert report.ok and report.facts == 4
