"""Reception: capacity and occupancy, aid cargo reconciled like people, stocks and cover.

Each figure is checked against a value worked out by hand from the facts recorded.
"""

from __future__ import annotations

from typing import Any

import pytest

from corridor.clock import FrozenClock
from corridor.domain.messages import english_detail
from corridor.errors import ConflictError, ValidationError
from corridor.services import dispatch, operation, reception, shelter
from corridor.services.count import record_headcount
from corridor.storage.base import Store

OP = "op1"


@pytest.fixture
def env(store: Store) -> dict[str, Any]:
    """An active operation: a pickup site, a gathering point of 50 places, a bus, a truck."""
    clock = FrozenClock("2016-12-15T09:00:00Z")
    kw: dict[str, Any] = {"store": store, "clock": clock, "actor": "setup", "op": OP}
    operation.define_operation(**kw, name="Test")
    for site, kind in (("site-a", "pickup"), ("khan", "gathering"), ("depot", "other")):
        operation.define_site(**kw, site_id=site, name=site, kind=kind)
    operation.register_vehicle(**kw, vehicle_id="bus-1", kind="bus", capacity=75)
    operation.register_vehicle(**kw, vehicle_id="bus-2", kind="bus", capacity=75)
    operation.register_vehicle(**kw, vehicle_id="truck-1", kind="truck", capacity=2)
    operation.change_status(**kw, status="active")
    reception.declare_capacity(**kw, site_id="khan", places=50, tents=10)
    return kw


def _bus(env: dict[str, Any], trip: str, bus: str, people: int, *, arrive: bool = True) -> None:
    dispatch.dispatch_trip(**env, trip_id=trip, vehicle_id=bus, origin="site-a", destination="khan")
    record_headcount(
        **env, site_id="site-a", stage="departed", total=people, trip_id=trip, method="bus"
    )
    dispatch.depart_trip(**env, trip_id=trip)
    if arrive:
        dispatch.arrive_trip(**env, trip_id=trip, site_id="khan", arrived=people)


def _kinds(env: dict[str, Any]) -> list[str]:
    return [d["kind"] for d in shelter.reception(store=env["store"], op=OP)["discrepancies"]]


def test_an_arrival_over_capacity_raises_a_discrepancy(env: dict[str, Any]) -> None:
    """Should count 40 then 70 people for 50 places, and flag the site and a bus sent to it."""
    _bus(env, "T1", "bus-1", 40)
    first = shelter.reception(store=env["store"], op=OP)["sites"]
    khan = next(r for r in first if r["site"] == "khan")
    assert (khan["occupancy"], khan["places"], khan["free"], khan["over"]) == (40, 50, 10, False)
    assert _kinds(env) == []
    _bus(env, "T2", "bus-2", 30)
    khan = next(r for r in shelter.reception(store=env["store"], op=OP)["sites"])
    assert (khan["occupancy"], khan["free"], khan["over"]) == (70, -20, True)
    assert _kinds(env) == ["site_over_capacity"]
    _bus(env, "T3", "bus-1", 10, arrive=False)  # on its way to a full site
    assert _kinds(env) == ["site_over_capacity", "sent_to_full_site"]
    # 20 go on to a camp: 50 people, 50 places, no longer over capacity (the bus is still sent).
    record_headcount(**env, site_id="khan", stage="departed", total=20, method="other")
    assert _kinds(env) == ["sent_to_full_site"]


def test_a_capacity_changes_over_time_and_the_latest_holds(env: dict[str, Any]) -> None:
    reception.declare_capacity(**env, site_id="khan", places=80, note="a hangar opened")
    row = env["store"].query("sites", op=OP, site_id="khan")[0]
    assert (row["places"], row["tents"]) == (80, None)


def _aid(env: dict[str, Any], cargo: list[dict[str, Any]]) -> None:
    dispatch.dispatch_trip(
        **env,
        trip_id="AID-1",
        vehicle_id="truck-1",
        origin="depot",
        destination="khan",
        cargo=[{"item": "water_l", "quantity": 3000}, {"item": "food_ration", "quantity": 400}],
    )
    dispatch.depart_trip(**env, trip_id="AID-1")
    dispatch.arrive_trip(**env, trip_id="AID-1", site_id="khan", arrived=0, cargo=cargo)


def test_lost_and_diverted_cargo_reconciles_and_builds_the_stock(env: dict[str, Any]) -> None:
    """Should accept sent = delivered + lost + diverted and hold what was delivered."""
    _bus(env, "T1", "bus-1", 40)
    _aid(
        env,
        [
            {"item": "water_l", "delivered": 2500, "lost": 300, "diverted": 200},
            {"item": "food_ration", "delivered": 400},
        ],
    )
    store = env["store"]
    assert not [d for d in store.query("discrepancies", op=OP) if d["kind"].startswith("cargo")]
    reception.distribute(**env, site_id="khan", item="water_l", quantity=700)
    assert shelter.stocks(store, OP)[("khan", "water_l")] == 1800
    r = shelter.reception(store=store, op=OP)
    cover = {c["item"]: c for c in r["cover"]}
    # 40 people, none wounded: water 40 * 15 = 600 l a day; 1,800 l last 3 days.
    assert cover["water_l"]["per_day"] == 600.0
    assert cover["water_l"]["days_low"] == cover["water_l"]["days_high"] == 3.0
    # Food: 40 * 2,100 kcal + 2 pregnant women (4% of 40 = 1.6 -> 2) * 285 = 84,570 kcal a day
    # = 40.27 rations; 400 rations last 9.93 days.
    assert cover["food_ration"]["per_day"] == 40.3
    assert cover["food_ration"]["days_low"] == 9.93


def test_unreconciled_cargo_is_a_discrepancy_like_people(env: dict[str, Any]) -> None:
    _aid(env, [{"item": "water_l", "delivered": 2500}, {"item": "food_ration", "delivered": 400}])
    found = [d for d in env["store"].query("discrepancies", op=OP) if d["kind"].startswith("cargo")]
    assert [d["kind"] for d in found] == ["cargo_unreconciled"]
    detail = english_detail(found[0]["detail"])
    assert "water_l sent 3,000 but delivered 2,500 + lost 0 + diverted 0 = 2,500" in detail


def test_bad_aid_records_are_refused_and_change_nothing(env: dict[str, Any]) -> None:
    store = env["store"]
    _aid(env, [{"item": "water_l", "delivered": 3000}, {"item": "food_ration", "delivered": 400}])
    before = store.position()
    with pytest.raises(ConflictError, match="khan holds 3,000 water_l"):
        reception.distribute(**env, site_id="khan", item="water_l", quantity=3001)
    with pytest.raises(ValidationError, match="listed twice"):
        dispatch.dispatch_trip(
            **env,
            trip_id="AID-2",
            vehicle_id="truck-1",
            origin="depot",
            destination="khan",
            cargo=[{"item": "tent", "quantity": 1}, {"item": "tent", "quantity": 2}],
        )
    dispatch.dispatch_trip(
        **env,
        trip_id="AID-2",
        vehicle_id="truck-1",
        origin="depot",
        destination="khan",
        cargo=[{"item": "tent", "quantity": 5}],
    )
    dispatch.depart_trip(**env, trip_id="AID-2")
    middle = store.position()
    with pytest.raises(ValidationError, match="carried no blanket"):
        dispatch.arrive_trip(
            **env,
            trip_id="AID-2",
            site_id="khan",
            arrived=0,
            cargo=[{"item": "blanket", "delivered": 5}],
        )
    with pytest.raises(ValidationError, match="unknown figure"):
        reception.set_figures(**env, figures={"beer_l": "2"})
    assert middle == before + 2 and store.position() == middle


def test_an_operation_sets_its_own_figures(env: dict[str, Any]) -> None:
    _bus(env, "T1", "bus-1", 40)
    reception.set_figures(**env, figures={"water_l": "20", "space_m2": "4.5"}, reason="winter")
    r = shelter.reception(store=env["store"], op=OP)
    khan = r["sites"][0]
    assert khan["needs"]["water_l"] == 800.0 and khan["needs"]["space_m2"] == 180.0
    shown = {f["name"]: (f["value"], f["default"]) for f in r["figures"]}
    assert shown["water_l"] == ("20", False) and shown["food_kcal"] == ("2100", True)


def test_a_rebuild_gives_the_same_reception_state(env: dict[str, Any]) -> None:
    _bus(env, "T1", "bus-1", 40)
    _aid(env, [{"item": "water_l", "delivered": 2000, "lost": 1000}])
    reception.distribute(**env, site_id="khan", item="water_l", quantity=500)
    reception.set_figures(**env, figures={"water_l": "20"})
    store = env["store"]
    before = store.snapshot()
    store.rebuild()
    assert store.snapshot() == before
    assert before["cargo"] and before["distributions"]


def _water_at_khan(env: dict[str, Any], people: int) -> None:
    """`people` at khan and 1,800 l of water in stock there."""
    _bus(env, "T1", "bus-1", people)
    _aid(env, [{"item": "water_l", "delivered": 2500, "lost": 500}])
    reception.distribute(**env, site_id="khan", item="water_l", quantity=700)


def test_days_of_cover_count_the_arrivals_the_forecast_expects(env: dict[str, Any]) -> None:
    """Should add 100 people arriving over 1 day (P10) or 2 days (P90) to the 40 there."""
    _water_at_khan(env, 40)
    store = env["store"]
    body = {"p10_hours": 24.0, "p50_hours": 36.0, "p90_hours": 48.0, "remaining": 100}
    store.save_forecast(
        op=OP, position=store.position(), computed_at="2016-12-15T09:00:00Z", body=body
    )
    cover = next(c for c in shelter.reception(store=store, op=OP)["cover"])
    # Low: 600 l a day now, +1,500 l a day per day for 1 day: 1,350 l used by then, the last
    # 450 l at 2,100 l a day = 0.214 more: 1.21 days.
    # High: +750 l a day per day: 375 t² + 600 t = 1,800 gives t = 1.53 days (within 2).
    assert (cover["days_low"], cover["days_high"]) == (1.21, 1.53)
