"""Life-cycle rules, scope and operation status, as every edge meets them through the services.

Each refused write names the state it contradicts, writes nothing, and is in the audit log.
"""

from __future__ import annotations

from typing import Any

import pytest

from corridor.clock import FrozenClock
from corridor.domain.access import Principal
from corridor.errors import ConflictError, Forbidden, NotFound, ValidationError
from corridor.services import correct, dispatch, operation, register
from corridor.services.count import record_headcount
from corridor.storage.base import Store

OP = "op1"
A = Principal("reg-a", "registrar", frozenset({"site-a"}))
B = Principal("reg-b", "registrar", frozenset({"site-b"}))
KHAN = Principal("reg-khan", "registrar", frozenset({"khan"}))
COORD = Principal("cora", "coordinator")
ADMIN = Principal("ada", "admin")


@pytest.fixture
def env(store: Store) -> dict[str, Any]:
    """An active operation with two pickup sites, a gathering point and three buses."""
    clock = FrozenClock("2016-12-15T09:00:00Z")
    kw: dict[str, Any] = {"store": store, "clock": clock, "actor": "setup", "op": OP}
    operation.define_operation(**kw, name="Test")
    for site, kind in (("site-a", "pickup"), ("site-b", "pickup"), ("khan", "gathering")):
        operation.define_site(**kw, site_id=site, name=site, kind=kind)
    for bus in ("bus-1", "bus-2", "bus-3"):
        operation.register_vehicle(**kw, vehicle_id=bus, kind="bus", capacity=50)
    operation.change_status(**kw, status="active")
    return kw


def _count(store: Store) -> int:
    return int(store.position())


def _refused(store: Store) -> list[dict[str, Any]]:
    return [r for r in store.personal_log() if str(r["action"]).startswith("refused")]


def _trip_done(env: dict[str, Any], trip: str, people: list[str], bus: str = "bus-1") -> None:
    dispatch.dispatch_trip(**env, trip_id=trip, vehicle_id=bus, origin="site-a", destination="khan")
    for token in people:
        register.board_person(**env, person_id=token, trip_id=trip)
    dispatch.depart_trip(**env, trip_id=trip)
    dispatch.arrive_trip(**env, trip_id=trip, site_id="khan", arrived=len(people))


def test_it_refuses_to_board_a_person_who_arrived(env: dict[str, Any]) -> None:
    """Should name where the person arrived, write nothing and keep the figures."""
    store = env["store"]
    register.register_person(**env, person_id="W-1", site_id="site-a")
    _trip_done(env, "T1", ["W-1"])
    dispatch.dispatch_trip(
        **env, trip_id="T2", vehicle_id="bus-1", origin="site-a", destination="khan"
    )
    before = _count(store)
    with pytest.raises(ConflictError, match=r"W-1 arrived at khan on trip T1 at 2016-12-15 09:00"):
        register.board_person(**env, person_id="W-1", trip_id="T2")
    assert _count(store) == before
    trip = store.query("trips", op=OP, trip_id="T1")[0]
    assert (trip["boarded"], trip["arrived"]) == (1, 1)
    assert any("W-1" in r["action"] for r in _refused(store))


def test_it_refuses_a_second_boarding_while_loading_or_in_transit(env: dict[str, Any]) -> None:
    """Should keep a person on one open trip at a time."""
    register.register_person(**env, person_id="W-1", site_id="site-a")
    dispatch.dispatch_trip(
        **env, trip_id="T1", vehicle_id="bus-1", origin="site-a", destination="khan"
    )
    dispatch.dispatch_trip(
        **env, trip_id="T2", vehicle_id="bus-2", origin="site-a", destination="khan"
    )
    register.board_person(**env, person_id="W-1", trip_id="T1")
    with pytest.raises(ConflictError, match="already boarded on trip T1"):
        register.board_person(**env, person_id="W-1", trip_id="T2")
    dispatch.depart_trip(**env, trip_id="T1")
    with pytest.raises(ConflictError, match="on trip T1, which left site-a"):
        register.board_person(**env, person_id="W-1", trip_id="T2")


def test_it_lets_people_of_a_trip_that_turned_back_board_again(env: dict[str, Any]) -> None:
    """Should treat a trip that arrived back at a pickup site as turned back: waiting again."""
    register.register_person(**env, person_id="W-1", site_id="site-a")
    dispatch.dispatch_trip(
        **env, trip_id="T1", vehicle_id="bus-1", origin="site-a", destination="khan"
    )
    register.board_person(**env, person_id="W-1", trip_id="T1")
    dispatch.depart_trip(**env, trip_id="T1")
    dispatch.arrive_trip(**env, trip_id="T1", site_id="site-a", arrived=1)
    dispatch.dispatch_trip(
        **env, trip_id="T2", vehicle_id="bus-2", origin="site-a", destination="khan"
    )
    assert register.board_person(**env, person_id="W-1", trip_id="T2").duplicate is False


def test_it_enforces_the_trip_life_cycle(env: dict[str, Any]) -> None:
    """Should depart and arrive once each, in order, and refuse self-trips and busy vehicles."""
    d = dispatch
    with pytest.raises(ValidationError, match="somewhere else"):
        d.dispatch_trip(
            **env, trip_id="T0", vehicle_id="bus-1", origin="site-a", destination="site-a"
        )
    d.dispatch_trip(**env, trip_id="T1", vehicle_id="bus-1", origin="site-a", destination="khan")
    with pytest.raises(ConflictError, match="vehicle bus-1 is on trip T1"):
        d.dispatch_trip(
            **env, trip_id="T2", vehicle_id="bus-1", origin="site-b", destination="khan"
        )
    with pytest.raises(ConflictError, match="trip T1 already exists"):
        d.dispatch_trip(
            **env, trip_id="T1", vehicle_id="bus-2", origin="site-a", destination="khan"
        )
    with pytest.raises(ConflictError, match="has not left yet"):
        d.arrive_trip(**env, trip_id="T1", site_id="khan", arrived=0)
    d.depart_trip(**env, trip_id="T1")
    with pytest.raises(ConflictError, match="has already left"):
        d.depart_trip(**env, trip_id="T1")
    d.arrive_trip(**env, trip_id="T1", site_id="khan", arrived=0)
    with pytest.raises(ConflictError, match="already arrived at khan"):
        d.arrive_trip(**env, trip_id="T1", site_id="khan", arrived=0)
    # The vehicle is free again once its trip arrived.
    d.dispatch_trip(**env, trip_id="T2", vehicle_id="bus-1", origin="site-b", destination="khan")


def test_the_same_id_is_a_no_op_with_the_same_content_and_a_conflict_otherwise(
    env: dict[str, Any],
) -> None:
    """Should answer a resend after a lost reply as done, even though the state moved on."""
    store = env["store"]
    register.register_person(**env, person_id="W-1", site_id="site-a")
    d = dispatch
    d.dispatch_trip(**env, trip_id="T1", vehicle_id="bus-1", origin="site-a", destination="khan")
    first = register.board_person(**env, person_id="W-1", trip_id="T1", fact_id="b-1")
    again = register.board_person(**env, person_id="W-1", trip_id="T1", fact_id="b-1")
    assert (first.duplicate, again.duplicate) == (False, True)
    dep = d.depart_trip(**env, trip_id="T1", fact_id="dep-1")
    assert d.depart_trip(**env, trip_id="T1", fact_id="dep-1").duplicate
    before = _count(store)
    with pytest.raises(ConflictError, match="already used by a different fact"):
        d.depart_trip(**env, trip_id="T9", fact_id=dep.id)
    with pytest.raises(ConflictError, match="already used by a different fact"):
        register.register_person(**env, person_id="W-2", site_id="site-a", fact_id="b-1")
    assert _count(store) == before


def test_a_registrar_writes_only_for_their_sites_objects(env: dict[str, Any]) -> None:
    """Should scope by the person's and the trip's site, not the form's, and audit refusals."""
    store = env["store"]
    register.register_person(**env, person_id="B-1", site_id="site-b")
    register.register_person(**env, person_id="A-1", site_id="site-a")
    d = dispatch
    d.dispatch_trip(**env, trip_id="TA", vehicle_id="bus-1", origin="site-a", destination="khan")
    d.dispatch_trip(**env, trip_id="TB", vehicle_id="bus-2", origin="site-b", destination="khan")
    before = _count(store)
    # Another site's person on my site's trip: refused as if the token did not exist.
    with pytest.raises(NotFound) as hidden:
        register.board_person(**env, principal=A, person_id="B-1", trip_id="TA")
    with pytest.raises(NotFound) as absent:
        register.board_person(**env, principal=A, person_id="NOBODY", trip_id="TA")
    assert str(hidden.value).replace("B-1", "X") == str(absent.value).replace("NOBODY", "X")
    # My person on another site's trip.
    with pytest.raises(Forbidden):
        register.board_person(**env, principal=A, person_id="A-1", trip_id="TB")
    with pytest.raises(Forbidden):
        register.register_person(**env, principal=A, person_id="A-9", site_id="site-b")
    with pytest.raises(Forbidden):
        d.depart_trip(**env, principal=A, trip_id="TB")
    with pytest.raises(Forbidden):
        record_headcount(**env, principal=A, site_id="site-b", stage="waiting", total=10)
    d.depart_trip(**env, trip_id="TB")
    # Site A may not record the arrival of site B's trip while it is on the road...
    with pytest.raises(Forbidden):
        d.arrive_trip(**env, principal=A, trip_id="TB", site_id="site-a", arrived=0)
    assert _count(store) == before + 1
    assert len(_refused(store)) == 7
    # ...reception at the destination may, and so may a coordinator.
    d.arrive_trip(**env, principal=KHAN, trip_id="TB", site_id="khan", arrived=0)
    register.board_person(**env, principal=A, person_id="A-1", trip_id="TA")
    # A coordinator may write for any site (still onto a trip loading where the person waits).
    d.dispatch_trip(**env, trip_id="TB2", vehicle_id="bus-3", origin="site-b", destination="khan")
    register.board_person(**env, principal=COORD, person_id="B-1", trip_id="TB2")


def test_boarding_a_household_is_all_or_nothing(env: dict[str, Any]) -> None:
    """Should board every waiting member in one transaction, or nobody, naming who is not."""
    store = env["store"]
    for token in ("H-1", "H-2", "H-3"):
        register.register_person(**env, person_id=token, site_id="site-a", household_id="HH-1")
    d = dispatch
    d.dispatch_trip(**env, trip_id="T1", vehicle_id="bus-1", origin="site-a", destination="khan")
    d.dispatch_trip(**env, trip_id="T2", vehicle_id="bus-2", origin="site-a", destination="khan")
    register.board_person(**env, person_id="H-2", trip_id="T1")
    before = _count(store)
    with pytest.raises(ConflictError, match="nobody boarded: H-2 is already boarded on trip T1"):
        register.board_household(**env, household_id="HH-1", trip_id="T2")
    assert _count(store) == before
    done = register.board_household(**env, household_id="HH-1", trip_id="T1", fact_id="hh")
    assert [r.payload["person_id"] for r in done] == ["H-1", "H-3"]
    again = register.board_household(**env, household_id="HH-1", trip_id="T1", fact_id="hh")
    assert [r.id for r in again] == ["hh.0", "hh.1"] and all(r.duplicate for r in again)
    assert store.query("trips", op=OP, trip_id="T1")[0]["named"] == 3


def test_operation_status_is_one_state_machine(env: dict[str, Any]) -> None:
    """Should refuse departures while suspended, everything operational when closed, and let
    only an admin reopen with a reason."""
    store = env["store"]
    register.register_person(**env, person_id="W-1", site_id="site-a")
    dispatch.dispatch_trip(
        **env, trip_id="T1", vehicle_id="bus-1", origin="site-a", destination="khan"
    )
    operation.change_status(**env, status="suspended", reason="new conditions")
    register.register_person(**env, person_id="W-2", site_id="site-a")
    register.board_person(**env, person_id="W-1", trip_id="T1")
    with pytest.raises(ConflictError, match="operation is suspended: departures are refused"):
        dispatch.depart_trip(**env, trip_id="T1")
    with pytest.raises(ConflictError, match="it can become resumed, closed"):
        operation.change_status(**env, status="active")
    operation.change_status(**env, status="closed")
    before = _count(store)
    with pytest.raises(ConflictError, match="operation is closed: registrations are refused"):
        register.register_person(**env, person_id="W-3", site_id="site-a")
    with pytest.raises(ConflictError, match="closed"):
        dispatch.dispatch_trip(
            **env, trip_id="T2", vehicle_id="bus-2", origin="site-a", destination="khan"
        )
    with pytest.raises(ConflictError, match="only an admin can reopen"):
        operation.change_status(**env, principal=COORD, status="active", reason="more people")
    with pytest.raises(ValidationError, match="needs a reason"):
        operation.change_status(**env, principal=ADMIN, status="active")
    assert _count(store) == before
    assert operation.next_statuses(store=store, op=OP, principal=COORD) == ()
    assert operation.next_statuses(store=store, op=OP, principal=ADMIN) == ("active",)
    operation.change_status(**env, principal=ADMIN, status="active", reason="more people")
    register.register_person(**env, person_id="W-3", site_id="site-a")
    assert not store.query("discrepancies", op=OP, kind="illegal_status_change")


def test_a_coordinator_corrects_history_with_a_reason(env: dict[str, Any]) -> None:
    """Should reconcile an arrived trip by a correction that keeps the arrival in the ledger."""
    store = env["store"]
    for token in ("W-1", "W-2"):
        register.register_person(**env, person_id=token, site_id="site-a")
    dispatch.dispatch_trip(
        **env, trip_id="T1", vehicle_id="bus-1", origin="site-a", destination="khan"
    )
    register.board_person(**env, person_id="W-1", trip_id="T1")
    register.board_person(**env, person_id="W-2", trip_id="T1")
    dispatch.depart_trip(**env, trip_id="T1")
    dispatch.arrive_trip(**env, trip_id="T1", site_id="khan", arrived=1)
    assert store.query("discrepancies", op=OP, kind="unreconciled")
    correct.reconcile_trip(
        **env, trip_id="T1", arrived=1, missing=1, reason="one left at checkpoint"
    )
    assert not store.query("discrepancies", op=OP, kind="unreconciled")
    assert store.query("trips", op=OP, trip_id="T1")[0]["missing"] == 1


def test_imports_of_new_facts_respect_the_operation_status(env: dict[str, Any]) -> None:
    """Should refuse a file of new registrations (ledger import or ODK) for a closed operation."""
    import json

    from corridor.services import odk_import, transfer

    store = env["store"]
    operation.change_status(**env, status="closed", reason="done")
    line = json.dumps(
        {
            "id": "imp-1",
            "type": "person.registered",
            "op": OP,
            "actor": "desk",
            "occurred_at": "2016-12-16T10:00:00Z",
            "payload": {
                "person_id": "W-9",
                "site_id": "site-a",
                "group": "civilian",
                "age": "adult",
                "sex": "female",
                "triage": "none",
            },
        }
    )
    before = _count(store)
    with pytest.raises(ConflictError, match="operation op1: operation is closed"):
        transfer.import_items(store=store, items=transfer.parse("jsonl", [line]))
    odk = json.dumps([{"instanceID": "uuid:1", "token": "W-8", "site_id": "site-a"}])
    with pytest.raises(ConflictError, match="closed"):
        odk_import.import_submissions(
            store=store, clock=env["clock"], op=OP, fmt="json", data=odk.encode()
        )
    assert _count(store) == before


def test_reception_marks_arrivals_by_token_and_the_missing_are_named(
    env: dict[str, Any],
) -> None:
    """Should mark scanned tokens one by one (refusing the wrong ones with a reason), name the
    one person not marked once the trip arrived, and close the case with a late mark."""
    from corridor.services.arrivals import mark_many, missing_people

    store = env["store"]
    for token in ("M-1", "M-2", "M-3"):
        register.register_person(**env, person_id=token, site_id="site-a")
    register.register_person(**env, person_id="M-9", site_id="site-a")
    _go = dispatch
    _go.dispatch_trip(**env, trip_id="T1", vehicle_id="bus-1", origin="site-a", destination="khan")
    for token in ("M-1", "M-2", "M-3"):
        register.board_person(**env, person_id=token, trip_id="T1")
    _go.depart_trip(**env, trip_id="T1")
    marks = mark_many(
        **env, principal=KHAN, tokens=["M-1", "M-2", "M-1", "M-9", "NOPE"], site_id="khan"
    )
    assert [r.payload["person_id"] for r in marks.recorded] == ["M-1", "M-2"]
    refused = dict(marks.refused)
    assert set(refused) == {"M-9", "NOPE"}
    # Reception sees only the people of trips coming to it: M-9 is as unknown as NOPE.
    assert refused["M-9"] == "no registered person with token M-9 at your sites"
    by_coordinator = mark_many(**env, principal=COORD, tokens=["M-9"], site_id="khan")
    assert "M-9 is not on any trip" in by_coordinator.refused[0][1]
    with pytest.raises(Forbidden):
        mark_many(**env, principal=A, tokens=["M-3"], site_id="khan")
    _go.arrive_trip(**env, principal=KHAN, trip_id="T1", site_id="khan", arrived=2, missing=1)
    assert [(m["trip_id"], m["person_id"]) for m in missing_people(store=store, op=OP)] == [
        ("T1", "M-3")
    ]
    again = mark_many(**env, principal=KHAN, tokens=["M-1"], site_id="khan")
    assert "was marked arrived at khan" in again.refused[0][1]
    found = mark_many(**env, principal=COORD, tokens=["M-3"], site_id="khan")
    assert found.recorded and missing_people(store=store, op=OP) == []


def test_status_changes_of_one_second_fold_in_the_order_they_were_recorded(
    env: dict[str, Any],
) -> None:
    """Should take a device's own order within a second, whatever ids a client chose: a
    suspension with a high id followed, in the same second, by a resumption with a low id
    leaves the operation resumed (folded by id it would read as still suspended)."""
    store = env["store"]
    operation.change_status(**env, status="suspended", reason="shelling", fact_id="zz-suspend")
    operation.change_status(**env, status="resumed", fact_id="aa-resume")
    assert operation.current_status(store, OP) == "resumed"
    # The status machine reads the same order: resuming again is refused, suspending is not.
    with pytest.raises(ConflictError):
        operation.change_status(**env, status="resumed", fact_id="ab-resume")
    operation.change_status(**env, status="suspended", reason="again", fact_id="ac-suspend")
    assert operation.current_status(store, OP) == "suspended"
    assert store.derived_matches_log()


def test_it_refuses_to_board_a_person_onto_a_trip_loading_at_another_site(
    env: dict[str, Any],
) -> None:
    """Should refuse, even for a user of both sites, to put a person waiting at one pickup site
    on a trip loading at another, naming both sites, and write nothing; a person whose trip
    turned back waits at that trip's origin and may board there."""
    store = env["store"]
    both = Principal("reg-ab", "registrar", frozenset({"site-a", "site-b"}))
    register.register_person(**env, person_id="W-1", site_id="site-a")
    dispatch.dispatch_trip(
        **env, trip_id="T-B", vehicle_id="bus-2", origin="site-b", destination="khan"
    )
    before = _count(store)
    with pytest.raises(ConflictError, match="W-1 waits at site-a, but trip T-B is loading at"):
        register.board_person(**env, person_id="W-1", trip_id="T-B", principal=both)
    assert _count(store) == before
    # Boarding at the person's own site goes through.
    dispatch.dispatch_trip(
        **env, trip_id="T-A", vehicle_id="bus-3", origin="site-a", destination="khan"
    )
    register.board_person(**env, person_id="W-1", trip_id="T-A", principal=both)
