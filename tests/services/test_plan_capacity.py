"""The live planner takes shelter capacities from the ledger (issue 19)."""

from __future__ import annotations

from corridor.clock import FrozenClock
from corridor.domain.messages import english
from corridor.services.common import make_draft
from corridor.services.demo import load_demo
from corridor.services.plan import live_scenario
from corridor.storage.sql import SqlStore

OP = "aleppo-2016"


def test_shelters_take_at_most_their_places_left(sqlite_store: SqlStore) -> None:
    """Khan al-Aasal declares 6,000 places and holds no one at the end of the demo."""
    load_demo(store=sqlite_store)
    scenario, notes = live_scenario(store=sqlite_store, op=OP, remaining=5000)
    assert [(s.name, s.capacity) for s in scenario.problem.shelters] == [("khan-al-aasal", 6000)]
    assert scenario.problem.demand == 5000
    assert any(
        "left out of the fleet: 4 vehicles that only carried aid" in english(n) for n in notes
    )
    # The demo operation is closed (the desk refuses new records): a fact synced from a node.
    draft = make_draft(
        clock=FrozenClock("2016-12-22T17:00:00Z"),
        actor="t",
        op=OP,
        type_="site.capacity_declared",
        payload={"site_id": "khan-al-aasal", "places": 2000},
    )
    sqlite_store.record([draft])
    scenario, notes = live_scenario(store=sqlite_store, op=OP, remaining=5000)
    assert [s.capacity for s in scenario.problem.shelters] == [2000]
    assert scenario.problem.demand == 2000
    assert any("room for 2,000 of the 5,000 left" in english(n) for n in notes)
