"""A live scenario from observed rows alone (no store): the planner's view of the ledger."""

from __future__ import annotations

from typing import Any

import pytest

from corridor.domain.messages import english
from corridor.errors import ValidationError
from corridor.planning.observed import Observed, observed_scenario


def _trip(i: int, vehicle: str, origin: str, minutes: int) -> dict[str, Any]:
    hour = 8 + 2 * i
    return {
        "trip_id": f"T{i}",
        "vehicle_id": vehicle,
        "origin": origin,
        "arrival_site": "khan",
        "boarded": 40,
        "dispatched_at": f"2016-12-15T{hour:02d}:00:00Z",
        "departed_at": f"2016-12-15T{hour:02d}:10:00Z",
        "arrived_at": f"2016-12-15T{hour:02d}:{10 + minutes:02d}:00Z",
    }


SITES = [
    {"site_id": "ramouseh", "kind": "pickup"},
    {"site_id": "sukkari", "kind": "pickup"},
    {"site_id": "khan", "kind": "gathering"},
]
VEHICLES = [
    {"vehicle_id": "bus-1", "kind": "bus", "capacity": 50},
    {"vehicle_id": "amb-1", "kind": "ambulance", "capacity": 4},
]
TRIPS = [_trip(0, "bus-1", "ramouseh", 30), _trip(1, "bus-1", "sukkari", 40)]
TRIPS.append(_trip(2, "amb-1", "ramouseh", 30))
ESTIMATE = {"metric": "remaining", "value": 1000, "at": "2016-12-15T09:00:00Z", "source": "un"}


def _ledger(**kw: Any) -> Observed:
    rows = {"sites": SITES, "vehicles": VEHICLES, "trips": TRIPS, "estimates": [ESTIMATE]}
    return Observed(op="op", **(rows | kw))


def test_it_times_the_legs_and_splits_the_people_left() -> None:
    """Should take 1000 less the 80 boarded after the estimate, split over both pickups."""
    scenario, notes = observed_scenario(_ledger())
    problem = scenario.problem
    assert [s.name for s in problem.shelters] == ["khan"]
    assert sum(p.waiting for p in problem.pickups) == 920
    assert problem.travel[("ramouseh", "khan")] == 30
    assert [v.medical for v in problem.vehicles] == [True, False]
    assert any("920" in english(n) for n in notes)


def test_a_number_given_replaces_the_estimate() -> None:
    scenario, notes = observed_scenario(_ledger(estimates=[]), remaining=100, wounded=0)
    assert sum(p.waiting for p in scenario.problem.pickups) == 100
    assert "given by the caller" in " ".join(english(n) for n in notes)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"sites": SITES[2:]}, "op"),
        ({"vehicles": []}, "op"),
        ({"trips": []}, "op"),
        ({"estimates": []}, "remaining"),
    ],
)
def test_it_says_what_is_missing(change: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as error:
        observed_scenario(_ledger(**change))
    assert error.value.field == field
