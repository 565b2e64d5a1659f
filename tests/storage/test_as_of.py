"""`Store.as_of`: a copy of the ledger up to a moment, derived afresh, on every adapter."""

from __future__ import annotations

from corridor.domain.events import Draft
from corridor.storage.base import Store
from tests import factories as f


def _trip_facts() -> list[Draft]:
    return [
        f.site("ramouseh"),
        f.site("khan-al-aasal", "gathering"),
        f.vehicle("bus-1"),
        f.person("W-1", at="2016-12-15T08:00:00Z"),
        f.dispatch("T1", at="2016-12-15T08:30:00Z"),
        f.board("W-1", "T1", at="2016-12-15T08:40:00Z"),
        f.depart("T1", at="2016-12-15T09:00:00Z"),
        f.arrive("T1", arrived=1, at="2016-12-16T10:00:00Z"),
    ]


def test_it_copies_the_facts_up_to_a_moment(store: Store) -> None:
    """Should hold the trip en route at the end of the 15th, and the same sealed facts."""
    store.record(_trip_facts())
    past = store.as_of("2016-12-15T23:59:59Z")
    try:
        assert store.has_facts_after("2016-12-15T23:59:59Z")
        assert not past.has_facts_after("2016-12-15T23:59:59Z")
        (trip,) = past.query("trips", trip_id="T1")
        assert trip["status"] == "en_route" and trip["arrived"] == 0
        assert past.position() == store.position() - 1
        assert past.verify().ok
        assert past.get("x-none") is None
    finally:
        past.close()


def test_a_backdated_fact_is_copied_as_a_draft(store: Store) -> None:
    """Should still copy facts up to the moment when a later-recorded fact happened earlier."""
    store.record(_trip_facts())
    store.record([f.count("ramouseh", 40, stage="waiting", at="2016-12-15T12:00:00Z")])
    past = store.as_of("2016-12-16T00:00:00Z")
    try:
        (trip,) = past.query("trips", trip_id="T1")
        assert trip["status"] == "en_route"
        assert past.headcounts(f.OP)[("waiting_counted", "ramouseh", "total", "all")] == 40
    finally:
        past.close()
