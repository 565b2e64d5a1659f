"""The observer's checks, in process, against a real SQLite store as the source."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corridor.clock import FrozenClock
from corridor.domain.signing import Signer
from corridor.services import keys, observe, transparency
from corridor.storage import SqlStore, open_store
from tests.factories import count, site


def _server(sqlite_store: SqlStore, clock: FrozenClock) -> SqlStore:
    sqlite_store.signer = Signer.generate()
    keys.register_own_key(store=sqlite_store, clock=clock, actor="t")
    sqlite_store.record([site("s1"), count("s1", 120), count("s1", 3, stage="arrived")])
    transparency.make_checkpoint(store=sqlite_store, clock=clock)
    return sqlite_store


def _run(seen: Path, source: Any, **kw: Any) -> observe.Observation:
    return observe.observe(
        seen=observe.SeenDir(seen), source=source, now="2016-12-15T10:00:00Z", **kw
    )


def test_it_pins_the_key_then_accepts_a_log_that_only_grew(
    sqlite_store: SqlStore, clock: FrozenClock, tmp_path: Path
) -> None:
    store = _server(sqlite_store, clock)
    source = observe.StoreSource(store)
    first = _run(tmp_path, source)
    assert first.ok, first.problems
    assert (tmp_path / "key.pub").read_text().strip() == store.signer.public_key  # type: ignore[union-attr]
    assert first.checkpoint is not None and first.checkpoint["tree_size"] == 4
    store.record([count("s1", 40)])
    transparency.make_checkpoint(store=store, clock=clock)
    second = _run(tmp_path, source)
    assert second.ok, second.problems
    assert "extends the checkpoint of 4 facts seen before" in second.checked
    assert len(list((tmp_path / "checkpoints").glob("*.json"))) == 2


def test_it_recounts_the_totals_from_the_checkpoints_facts(
    sqlite_store: SqlStore, clock: FrozenClock, tmp_path: Path
) -> None:
    store = _server(sqlite_store, clock)
    served = transparency.latest_checkpoint(store=store)
    assert served["totals"] == {"aleppo-2016": {"arrived": None, "departed": 120}}
    facts = [f for _, f in store.read(0, 1000)]

    def recount(cp: Any) -> dict[str, Any]:
        return observe.recount(facts, cp, open_store("memory:"))

    report = _run(tmp_path, observe.StoreSource(store), recount=recount)
    assert report.ok and "totals recounted from the 4 facts match" in report.checked

    def recount_without_one(cp: Any) -> dict[str, Any]:
        return observe.recount(facts[:-1], cp, open_store("memory:"))

    short = _run(tmp_path / "other", observe.StoreSource(store), recount=recount_without_one)
    assert not short.ok and "holds 3 facts" in short.problems[0]


class _Lying:
    """A source that serves a good checkpoint with other totals, or under another key."""

    def __init__(self, store: SqlStore, totals: Any = None, resign: bool = False) -> None:
        self.inner, self.name = observe.StoreSource(store), "liar"
        self.totals, self.resign = totals, resign

    def checkpoint(self) -> dict[str, Any]:
        served = self.inner.checkpoint()
        if self.totals is not None:
            served = {**served, "totals": self.totals}
        if self.resign:
            served = {**served, "checkpoint": {**served["checkpoint"], "root_hash": "0" * 64}}
        return served

    def consistency(self, first: int, second: int) -> list[str]:
        return self.inner.consistency(first, second)


def test_it_refuses_totals_or_roots_the_checkpoint_did_not_sign(
    sqlite_store: SqlStore, clock: FrozenClock, tmp_path: Path
) -> None:
    store = _server(sqlite_store, clock)
    inflated = _run(tmp_path / "a", _Lying(store, totals={"aleppo-2016": {"departed": 5000}}))
    assert inflated.problems == ["the totals served are not those the checkpoint signed"]
    changed = _run(tmp_path / "b", _Lying(store, resign=True))
    assert not changed.ok and "signature" in changed.problems[0]
    other_key = _run(
        tmp_path / "c", observe.StoreSource(store), public_key=Signer.generate().public_key
    )
    assert not other_key.ok and "not by the pinned server key" in other_key.problems[0]
    assert not list((tmp_path / "a" / "checkpoints").glob("*.json"))  # nothing unsound kept


def test_a_recount_checks_every_total_shown_and_lets_a_withheld_one_be() -> None:
    """Should accept a total withheld to protect another figure (what is withheld depends on
    earlier releases, not on the facts alone) and refuse any shown total the facts disagree with."""
    counted = {"op": {"departed": 10, "arrived": 11, "died": None}}
    assert observe.agrees({"op": {"departed": None, "arrived": 11, "died": None}}, counted)
    assert not observe.agrees({"op": {"departed": 12, "arrived": 11, "died": None}}, counted)
    assert not observe.agrees({"op": {"departed": 10, "arrived": 11, "died": 2}}, counted)
    assert not observe.agrees({"op": {"departed": 10, "arrived": 11}}, counted)
    assert not observe.agrees({}, counted)
