"""A household registered (and boarded) in one transaction, and the triage prompt."""

from __future__ import annotations

from typing import Any

import pytest

from corridor.clock import FrozenClock
from corridor.domain.access import Principal
from corridor.domain.tokens import make_token
from corridor.errors import ConflictError, Forbidden, NeedsConfirmation, ValidationError
from corridor.services import dispatch, operation, register
from corridor.services.common import Recorder
from corridor.services.household import NewHousehold, register_household
from corridor.storage.base import Store

OP = "op1"
A = Principal("reg-a", "registrar", frozenset({"site-a"}))
T = [make_token("W", n) for n in range(1, 10)]


@pytest.fixture
def env(store: Store) -> dict[str, Any]:
    """An active operation, two pickup sites, a bus trip and an ambulance trip loading at A."""
    clock = FrozenClock("2016-12-15T09:00:00Z")
    kw: dict[str, Any] = {"store": store, "clock": clock, "actor": "setup", "op": OP}
    operation.define_operation(Recorder(**kw), operation.NewOperation(name="Test"))
    for site in ("site-a", "site-b"):
        operation.define_site(
            Recorder(**kw), operation.NewSite(site_id=site, name=site, kind="pickup")
        )
    operation.define_site(
        Recorder(**kw), operation.NewSite(site_id="khan", name="khan", kind="gathering")
    )
    operation.register_vehicle(
        Recorder(**kw), operation.NewVehicle(vehicle_id="bus-1", kind="bus", capacity=50)
    )
    operation.register_vehicle(
        Recorder(**kw), operation.NewVehicle(vehicle_id="amb-1", kind="ambulance", capacity=4)
    )
    operation.change_status(Recorder(**kw), status="active")
    dispatch.dispatch_trip(
        Recorder(**kw),
        dispatch.NewTrip(trip_id="T17", vehicle_id="bus-1", origin="site-a", destination="khan"),
    )
    return kw


def _members(n: int, **first: str) -> list[dict[str, Any]]:
    people: list[dict[str, Any]] = [
        {"person_id": T[i], "age": "adult" if i == 0 else "child", "sex": "female"}
        for i in range(n)
    ]
    people[0].update(first)
    return people


def test_a_household_is_registered_and_boarded_in_one_transaction(env: dict[str, Any]) -> None:
    store = env["store"]
    done = register_household(
        Recorder(**env, principal=A),
        NewHousehold(site_id="site-a", members=_members(4), trip_id="T17"),
        fact_id="hh1",
    )
    assert done.household_id == T[0] and done.boarded == T[:4] and not done.duplicate
    rows = store.query("persons", op=OP, household_id=T[0])
    assert sorted(r["person_id"] for r in rows) == T[:4]
    assert {r["trip_id"] for r in rows} == {"T17"}
    assert [r["age"] for r in sorted(rows, key=lambda r: r["person_id"])][:2] == ["adult", "child"]
    assert store.query("trips", op=OP, trip_id="T17")[0]["boarded"] == 4
    before = store.position()
    again = register_household(
        Recorder(**env, principal=A),
        NewHousehold(site_id="site-a", members=_members(4), trip_id="T17"),
        fact_id="hh1",
    )
    assert again.duplicate and store.position() == before


def test_one_bad_member_records_nobody(env: dict[str, Any]) -> None:
    store = env["store"]
    register.register_person(Recorder(**env), register.NewPerson(person_id=T[2], site_id="site-a"))
    before = store.position()
    with pytest.raises(ConflictError, match=f"{T[2]} already registered"):
        register_household(
            Recorder(**env), NewHousehold(site_id="site-a", members=_members(4), trip_id="T17")
        )
    bad = _members(3)
    bad[1]["person_id"] = T[1][:-1] + ("0" if T[1][-1] != "0" else "1")
    with pytest.raises(ValidationError, match="check character"):
        register_household(Recorder(**env), NewHousehold(site_id="site-a", members=bad))
    with pytest.raises(ValidationError, match="given twice"):
        register_household(
            Recorder(**env), NewHousehold(site_id="site-a", members=_members(2) + _members(1))
        )
    with pytest.raises(Forbidden):
        register_household(
            Recorder(**env, principal=A), NewHousehold(site_id="site-b", members=_members(2))
        )
    with pytest.raises(ConflictError, match="loads at site-a"):
        register_household(
            Recorder(**env), NewHousehold(site_id="site-b", members=_members(2), trip_id="T17")
        )
    assert store.position() == before


def test_boarding_the_wounded_on_a_bus_asks_when_an_ambulance_is_loading(
    env: dict[str, Any],
) -> None:
    store = env["store"]
    # No ambulance loading yet: no prompt.
    register_household(
        Recorder(**env),
        NewHousehold(site_id="site-a", members=_members(1, triage="serious"), trip_id="T17"),
    )
    dispatch.dispatch_trip(
        Recorder(**env),
        dispatch.NewTrip(trip_id="A1", vehicle_id="amb-1", origin="site-a", destination="khan"),
    )
    before = store.position()
    members = [{"person_id": T[5], "triage": "critical"}, {"person_id": T[6]}]
    with pytest.raises(NeedsConfirmation, match=rf"ambulance trip A1 .* {T[5]} \(critical\)"):
        register_household(
            Recorder(**env), NewHousehold(site_id="site-a", members=members, trip_id="T17")
        )
    assert store.position() == before
    # Walking people board without a prompt; the ambulance itself never prompts.
    register.register_person(
        Recorder(**env), register.NewPerson(person_id=T[7], site_id="site-a", triage="critical")
    )
    with pytest.raises(NeedsConfirmation):
        register.board_person(Recorder(**env), person_id=T[7], trip_id="T17")
    register.board_person(Recorder(**env), person_id=T[7], trip_id="A1")
    register.register_person(
        Recorder(**env), register.NewPerson(person_id=T[8], site_id="site-a", triage="serious")
    )
    register.board_person(Recorder(**env), person_id=T[8], trip_id="T17", confirm=True)
    done = register_household(
        Recorder(**env),
        NewHousehold(site_id="site-a", members=members, trip_id="T17"),
        confirm=True,
    )
    assert done.boarded == [T[5], T[6]]


def test_a_household_board_prompts_for_its_wounded(env: dict[str, Any]) -> None:
    register_household(
        Recorder(**env), NewHousehold(site_id="site-a", members=_members(3, triage="critical"))
    )
    dispatch.dispatch_trip(
        Recorder(**env),
        dispatch.NewTrip(trip_id="A1", vehicle_id="amb-1", origin="site-a", destination="khan"),
    )
    with pytest.raises(NeedsConfirmation, match=T[0]):
        register.board_household(Recorder(**env), household_id=T[0], trip_id="T17")
    assert (
        len(
            register.board_household(
                Recorder(**env), household_id=T[0], trip_id="T17", confirm=True
            )
        )
        == 3
    )
