"""Authorisation matrix: every route x every persona, allowed or denied, over real HTTP.

Personas: anonymous, observer, registrar of site A writing at site A (``reg_a``) and at site B
(``reg_b``), coordinator, admin. A route added to ``corridor.web.routes.ROUTES`` without an
entry in ``EXPECTED`` and ``PROBES`` fails ``test_it_has_an_entry_for_every_route``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from corridor.clock import SystemClock
from corridor.domain.lifecycle import TRANSITIONS
from corridor.services.dispatch import arrive_trip, depart_trip, dispatch_trip
from corridor.services.operation import change_status, register_vehicle
from corridor.services.register import board_person, register_person
from corridor.services.reports import report_incident
from corridor.services.transparency import make_checkpoint
from corridor.storage.base import Store
from corridor.web.routes import ROUTES
from tests.web.harness import OP, PASSWORD, Web

ALL = {"anonymous", "observer", "reg_a", "reg_b", "coordinator", "admin"}
SIGNED_IN = ALL - {"anonymous"}
OPERATE = {"reg_a", "reg_b", "coordinator", "admin"}
AT_SITE = {"reg_a", "coordinator", "admin"}
COORD = {"coordinator", "admin"}
ADMIN = {"admin"}

EXPECTED: dict[str, set[str]] = {
    "GET /": ALL,
    "GET /healthz": ALL,
    "GET /openapi.json": ALL,
    "GET /login": ALL,
    "POST /login": ALL,
    "POST /logout": SIGNED_IN,
    "GET /dashboard": SIGNED_IN,
    "GET /dashboard/live": SIGNED_IN,
    "GET /register": OPERATE,
    "POST /register": AT_SITE,
    "POST /board": AT_SITE,
    "POST /household": AT_SITE,
    "GET /trips": OPERATE,
    "POST /trips": AT_SITE,
    "POST /trips/{trip_id}/depart": AT_SITE,
    "POST /trips/{trip_id}/arrive": AT_SITE,
    "POST /trips/{trip_id}/reconcile": COORD,
    "GET /discrepancies": COORD,
    "GET /reception": OPERATE,
    "POST /reception": AT_SITE,
    "POST /reception/arrivals": AT_SITE,
    "GET /missing": COORD,
    "GET /incidents": OPERATE,
    "POST /incidents": AT_SITE,
    "GET /estimates": SIGNED_IN,
    "POST /estimates": COORD,
    "GET /status": SIGNED_IN,
    "POST /status": COORD,
    "POST /status/time-zone": COORD,
    "POST /public-text": COORD,
    "GET /audit": COORD,
    "GET /sitrep": SIGNED_IN,
    "GET /sitrep.pdf": SIGNED_IN,
    "GET /sync/status": OPERATE,
    "GET /tokens/labels.pdf": COORD,
    "GET /admin/users": ADMIN,
    "POST /admin/users": ADMIN,
    "GET /api/summary": SIGNED_IN,
    "GET /api/timeseries": SIGNED_IN,
    "GET /api/sites": OPERATE,
    "GET /api/persons": AT_SITE,
    "POST /api/persons": AT_SITE,
    "POST /api/boardings": AT_SITE,
    "POST /api/households": AT_SITE,
    "GET /api/trips": OPERATE,
    "POST /api/trips": AT_SITE,
    "POST /api/trips/{trip_id}/departure": AT_SITE,
    "POST /api/trips/{trip_id}/arrival": AT_SITE,
    "POST /api/trips/{trip_id}/reconciliation": COORD,
    "GET /api/discrepancies": OPERATE,
    "POST /api/headcounts": AT_SITE,
    "POST /api/arrivals": AT_SITE,
    "GET /api/missing": COORD,
    "GET /api/reception": SIGNED_IN,
    "POST /api/capacities": COORD,
    "POST /api/distributions": AT_SITE,
    "GET /api/incidents": OPERATE,
    "POST /api/incidents": AT_SITE,
    "GET /api/estimates": SIGNED_IN,
    "POST /api/estimates": COORD,
    "GET /api/status": SIGNED_IN,
    "POST /api/status": COORD,
    "POST /api/time-zone": COORD,
    "POST /api/public-text": COORD,
    "GET /api/audit": COORD,
    "GET /api/sync": OPERATE,
    "GET /api/users": ADMIN,
    "POST /api/users": ADMIN,
    "POST /api/tokens": ADMIN,
    "GET /transparency/v1/checkpoint": ALL,
    "GET /transparency/v1/consistency": ALL,
    "GET /transparency/v1/inclusion": ALL,
    "POST /api/checkpoints": COORD,
}

# A probe builds a valid request for a route at a site: (path, form or None, json or None).
Probe = Callable[[Store, str], tuple[str, dict[str, Any] | None, dict[str, Any] | None]]


def _uid() -> str:
    return uuid.uuid4().hex[:12]


def _ctx(store: Store) -> dict[str, Any]:
    return {"store": store, "clock": SystemClock(), "actor": "setup", "op": OP}


def _vehicle(store: Store) -> str:
    """A vehicle of its own for each trip: a vehicle is on one open trip at a time."""
    vehicle_id = "bus-" + _uid()
    register_vehicle(**_ctx(store), vehicle_id=vehicle_id, kind="bus", capacity=60)
    return vehicle_id


def _running(store: Store) -> None:
    """The status probes suspend the operation; trips need it running again."""
    if store.query("operations", op=OP)[0]["status"] == "suspended":
        change_status(**_ctx(store), status="resumed", reason="probe")


def _trip(store: Store, site: str, *, departed: bool = False) -> str:
    _running(store)
    trip_id = "T" + _uid()
    vehicle = _vehicle(store)
    dispatch_trip(
        **_ctx(store), trip_id=trip_id, vehicle_id=vehicle, origin=site, destination="recv"
    )
    if departed:
        depart_trip(**_ctx(store), trip_id=trip_id)
    return trip_id


def _stocked(store: Store, site: str) -> dict[str, Any]:
    """Ten litres of water delivered to ``site`` by an aid trip: one may be handed out."""
    _running(store)
    trip_id = "AID" + _uid()
    dispatch_trip(
        **_ctx(store),
        trip_id=trip_id,
        vehicle_id=_vehicle(store),
        origin="recv",
        destination=site,
        cargo=[{"item": "water_l", "quantity": 10}],
    )
    depart_trip(**_ctx(store), trip_id=trip_id)
    cargo = [{"item": "water_l", "delivered": 10}]
    arrive_trip(**_ctx(store), trip_id=trip_id, site_id=site, arrived=0, cargo=cargo)
    return {"id": _uid(), "site_id": site, "item": "water_l", "quantity": 1}


def _arrived_short(store: Store, site: str) -> str:
    """A trip with one person boarded and none arrived: unreconciled."""
    trip_id = _trip(store, site)
    board_person(**_ctx(store), person_id=_person(store, site), trip_id=trip_id)
    depart_trip(**_ctx(store), trip_id=trip_id)
    arrive_trip(**_ctx(store), trip_id=trip_id, site_id="recv", arrived=0)
    return trip_id


def _fix(store: Store, site: str) -> dict[str, Any]:
    return {"id": _uid(), "arrived": 1, "reason": "recounted at reception"}


def _person(store: Store, site: str) -> str:
    token = "W" + _uid()
    register_person(**_ctx(store), person_id=token, site_id=site)
    return token


def _next_status(store: Store) -> str:
    current = store.query("operations", op=OP)[0]["status"]
    return next(s for s in TRANSITIONS[current] if s != "closed")


def _register(store: Store, site: str) -> dict[str, Any]:
    return {"id": _uid(), "person_id": "W" + _uid(), "site_id": site, "age": "child"}


def _board(store: Store, site: str) -> dict[str, Any]:
    return {"id": _uid(), "trip_id": _trip(store, site), "person_id": _person(store, site)}


def _household_form(store: Store, site: str) -> dict[str, Any]:
    return {"id": _uid(), "site_id": site, "person_id_0": "W" + _uid(), "person_id_1": "W" + _uid()}


def _household(store: Store, site: str) -> dict[str, Any]:
    members = [{"person_id": "W" + _uid(), "age": "adult"}, {"person_id": "W" + _uid()}]
    return {"id": _uid(), "site_id": site, "trip_id": _trip(store, site), "members": members}


def _dispatch(store: Store, site: str) -> dict[str, Any]:
    return {
        "id": _uid(),
        "trip_id": "T" + _uid(),
        "vehicle_id": _vehicle(store),
        "origin": site,
        "destination": "recv",
    }


def _arrival(store: Store, site: str) -> dict[str, Any]:
    # Back at its own origin (turned back): the one arrival a registrar of the origin records.
    return {"id": _uid(), "site_id": site, "arrived": 0}


def _count(store: Store, site: str) -> dict[str, Any]:
    return {"id": _uid(), "site_id": site, "stage": "arrived", "total": 3, "method": "walk_in"}


def _marks(store: Store, site: str) -> dict[str, Any]:
    """A person on a trip from ``site`` that turned back to it: reception there marks them."""
    trip_id = _trip(store, site)
    token = _person(store, site)
    board_person(**_ctx(store), person_id=token, trip_id=trip_id)
    depart_trip(**_ctx(store), trip_id=trip_id)
    return {"id": _uid(), "site_id": site, "tokens": token}


def _incident(store: Store, site: str) -> dict[str, Any]:
    return {"id": _uid(), "kind": "other", "severity": "low", "description": "x", "site_id": site}


def _estimate(store: Store, site: str) -> dict[str, Any]:
    return {"id": _uid(), "metric": "evacuated", "value": 100, "source": "Agency"}


def _mark(store: Store, site: str) -> dict[str, Any]:
    """An incident at ``site`` whose description is made public in reviewed words."""
    fields = {k: v for k, v in _incident(store, site).items() if k != "id"}
    target = report_incident(**_ctx(store), **fields).id
    return {"target": target, "field": "description", "public": "1", "wording": "Gunfire"}


def _user(store: Store, site: str) -> dict[str, Any]:
    return {"username": "u" + _uid(), "role": "observer", "password": PASSWORD}


def _form(path: str, body: Callable[[Store, str], dict[str, Any]]) -> Probe:
    return lambda store, site: (path, body(store, site), None)


def _json(path: str, body: Callable[[Store, str], dict[str, Any]]) -> Probe:
    return lambda store, site: (path, None, body(store, site))


def _get(path: str) -> Probe:
    return lambda store, site: (path.format(site=site), None, None)


def _with_trip(path: str, body: Callable[[Store, str], dict[str, Any]], **kw: Any) -> Probe:
    def probe(store: Store, site: str) -> tuple[str, Any, Any]:
        trip = _trip(store, site, **kw)
        return path.format(trip=trip), body(store, site) if "{" not in path[:1] else None, None

    return probe


PROBES: dict[str, Probe] = {
    "GET /": _get("/"),
    "GET /healthz": _get("/healthz"),
    "GET /openapi.json": _get("/openapi.json"),
    "GET /login": _get("/login"),
    "POST /login": _form("/login", lambda s, _: {"username": "cora", "password": PASSWORD}),
    "POST /logout": _form("/logout", lambda s, _: {}),
    "GET /dashboard": _get("/dashboard"),
    "GET /dashboard/live": _get("/dashboard/live"),
    "GET /register": _get("/register"),
    "POST /register": _form("/register", _register),
    "POST /board": _form("/board", _board),
    "POST /household": _form("/household", _household_form),
    "GET /trips": _get("/trips"),
    "POST /trips": _form("/trips", _dispatch),
    "POST /trips/{trip_id}/depart": _with_trip("/trips/{trip}/depart", lambda s, _: {"id": _uid()}),
    "POST /trips/{trip_id}/arrive": _with_trip("/trips/{trip}/arrive", _arrival, departed=True),
    "POST /trips/{trip_id}/reconcile": lambda store, site: (
        f"/trips/{_arrived_short(store, site)}/reconcile",
        _fix(store, site),
        None,
    ),
    "GET /discrepancies": _get("/discrepancies?kind=unreconciled&page=1"),
    "GET /reception": _get("/reception"),
    "POST /reception": _form("/reception", _count),
    "POST /reception/arrivals": _form("/reception/arrivals", lambda s, site: _marks(s, site)),
    "GET /missing": _get("/missing"),
    "GET /incidents": _get("/incidents"),
    "POST /incidents": _form("/incidents", _incident),
    "GET /estimates": _get("/estimates"),
    "POST /estimates": _form("/estimates", _estimate),
    "GET /status": _get("/status"),
    "POST /status": _form("/status", lambda s, _: {"id": _uid(), "status": _next_status(s)}),
    "POST /status/time-zone": _form(
        "/status/time-zone", lambda s, _: {"id": _uid(), "time_zone": "Asia/Damascus"}
    ),
    "POST /public-text": _form("/public-text", _mark),
    "GET /audit": _get("/audit"),
    "GET /sitrep": _get("/sitrep?date=2016-12-15"),
    "GET /sitrep.pdf": _get("/sitrep.pdf?date=2016-12-15"),
    "GET /sync/status": _get("/sync/status"),
    "GET /tokens/labels.pdf": lambda store, site: (_reserved(store), None, None),
    "GET /admin/users": _get("/admin/users"),
    "POST /admin/users": _form("/admin/users", _user),
    "GET /api/summary": _get("/api/summary"),
    "GET /api/timeseries": _get("/api/timeseries"),
    "GET /api/sites": _get("/api/sites"),
    "GET /api/persons": _get("/api/persons?site_id={site}"),
    "POST /api/persons": _json("/api/persons", _register),
    "POST /api/boardings": _json("/api/boardings", _board),
    "POST /api/households": _json("/api/households", _household),
    "GET /api/trips": _get("/api/trips"),
    "POST /api/trips": _json("/api/trips", _dispatch),
    "POST /api/trips/{trip_id}/departure": lambda store, site: (
        f"/api/trips/{_trip(store, site)}/departure",
        None,
        {"id": _uid()},
    ),
    "POST /api/trips/{trip_id}/arrival": lambda store, site: (
        f"/api/trips/{_trip(store, site, departed=True)}/arrival",
        None,
        _arrival(store, site),
    ),
    "POST /api/trips/{trip_id}/reconciliation": lambda store, site: (
        f"/api/trips/{_arrived_short(store, site)}/reconciliation",
        None,
        _fix(store, site),
    ),
    "GET /api/discrepancies": _get("/api/discrepancies"),
    "POST /api/headcounts": _json("/api/headcounts", _count),
    "POST /api/arrivals": _json("/api/arrivals", lambda s, site: _marks(s, site)),
    "GET /api/missing": _get("/api/missing"),
    "GET /api/reception": _get("/api/reception"),
    "POST /api/capacities": _json(
        "/api/capacities", lambda s, site: {"id": _uid(), "site_id": site, "places": 100}
    ),
    "POST /api/distributions": _json("/api/distributions", lambda s, site: _stocked(s, site)),
    "GET /api/incidents": _get("/api/incidents"),
    "POST /api/incidents": _json("/api/incidents", _incident),
    "GET /api/estimates": _get("/api/estimates"),
    "POST /api/estimates": _json("/api/estimates", _estimate),
    "GET /api/status": _get("/api/status"),
    "POST /api/time-zone": _json(
        "/api/time-zone", lambda s, _: {"id": _uid(), "time_zone": "Europe/Istanbul"}
    ),
    "POST /api/public-text": _json("/api/public-text", _mark),
    "POST /api/status": _json(
        "/api/status", lambda s, _: {"id": _uid(), "status": _next_status(s)}
    ),
    "GET /api/audit": _get("/api/audit"),
    "GET /api/sync": _get("/api/sync"),
    "GET /api/users": _get("/api/users"),
    "POST /api/users": _json("/api/users", _user),
    "POST /api/tokens": _json("/api/tokens", lambda s, _: {"username": "olga", "label": "x"}),
    "GET /transparency/v1/checkpoint": lambda store, site: (
        _checkpointed(store, "/transparency/v1/checkpoint"),
        None,
        None,
    ),
    "GET /transparency/v1/consistency": _get("/transparency/v1/consistency?first=1&second=2"),
    "GET /transparency/v1/inclusion": lambda store, site: (
        f"/transparency/v1/inclusion?fact_id={store.read(0, 1)[0][1].id}&tree_size=1",
        None,
        None,
    ),
    "POST /api/checkpoints": _json("/api/checkpoints", lambda s, _: {}),
}


def _reserved(store: Store) -> str:
    got = store.reserve_token_range("W", 2, store.device)
    return f"/tokens/labels.pdf?prefix=W&first={got['first_number']}&last={got['last_number']}"


def _checkpointed(store: Store, path: str) -> str:
    make_checkpoint(store=store, clock=SystemClock())
    return path


PERSONA_OF = {
    "anonymous": (None, "site-a"),
    "observer": ("observer", "site-a"),
    "reg_a": ("registrar", "site-a"),
    "reg_b": ("registrar", "site-b"),
    "coordinator": ("coordinator", "site-a"),
    "admin": ("admin", "site-a"),
}


def test_it_has_an_entry_for_every_route() -> None:
    """Should fail when a route is added (or removed) without its expected allow/deny."""
    keys = {e.key for e in ROUTES}
    assert keys == set(EXPECTED)
    assert keys == set(PROBES)
    assert len(keys) == len(ROUTES), "two routes share a method and path"


@pytest.mark.parametrize("persona", sorted(PERSONA_OF))
@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_it_allows_or_denies(web: Web, key: str, persona: str) -> None:
    """Should answer allowed personas with success and deny the others (401/403)."""
    account, site = PERSONA_OF[persona]
    path, form, body = PROBES[key](web.store, site)
    method = key.split(" ", 1)[0]
    with web.client(account) as client:
        if method == "GET":
            r = client.get(path)
        elif form is not None:
            r = client.post(path, data=form)
        else:
            r = client.post(path, json=body or {})
    to_login = r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    if persona in EXPECTED[key]:
        assert r.status_code in (200, 201, 303) and not to_login, (r.status_code, r.text[:300])
    else:
        assert r.status_code in (401, 403) or (persona == "anonymous" and to_login), (
            r.status_code,
            r.text[:300],
        )


def _other_site_attempts(store: Store) -> dict[str, tuple[str, dict[str, Any]]]:
    """Writes a registrar of site A tries on site B's objects (and A's objects on B's trips)."""
    b_person, a_person = _person(store, "site-b"), _person(store, "site-a")
    a_trip, b_trip = _trip(store, "site-a"), _trip(store, "site-b")
    b_road = _trip(store, "site-b", departed=True)
    return {
        "B's person on A's trip": ("/api/boardings", {"trip_id": a_trip, "person_id": b_person}),
        "A's person on B's trip": ("/api/boardings", {"trip_id": b_trip, "person_id": a_person}),
        "B's trip departs": (f"/api/trips/{b_trip}/departure", {}),
        "B's trip arrives at A": (
            f"/api/trips/{b_road}/arrival",
            {"site_id": "site-a", "arrived": 0},
        ),
        "B's trip arrives at B": (
            f"/api/trips/{b_road}/arrival",
            {"site_id": "recv", "arrived": 0},
        ),
    }


def test_scope_is_the_objects_site_not_the_forms(web: Web) -> None:
    """Should refuse a registrar of A every write on B's people and trips, over real HTTP,
    reveal nothing about B's tokens, write nothing, and audit each refusal."""
    attempts = _other_site_attempts(web.store)
    before = web.store.position()
    logged = len(web.store.personal_log())
    with web.client("registrar") as client:
        answers = {name: client.post(path, json=body) for name, (path, body) in attempts.items()}
        unknown = client.post(
            "/api/boardings",
            json={"trip_id": attempts["B's person on A's trip"][1]["trip_id"], "person_id": "NOPE"},
        )
    codes = {name: r.status_code for name, r in answers.items()}
    assert codes == {
        "B's person on A's trip": 404,
        "A's person on B's trip": 403,
        "B's trip departs": 403,
        "B's trip arrives at A": 403,
        "B's trip arrives at B": 403,
    }
    token = attempts["B's person on A's trip"][1]["person_id"]
    hidden = answers["B's person on A's trip"].json()["error"].replace(token, "X")
    assert hidden == unknown.json()["error"].replace("NOPE", "X")
    assert web.store.position() == before
    refused = web.store.personal_log()[logged:]
    assert all(str(e["action"]).startswith("refused") for e in refused)
    assert len(refused) == len(attempts) + 1
    assert all(e["actor"] == "rami" for e in refused)
