"""The JSON API and pages over real HTTP: idempotency, clear errors, privacy, audit, CSRF."""

from __future__ import annotations

import uuid
from contextlib import closing

from corridor.clock import SystemClock
from corridor.services.common import Recorder
from corridor.services.disclosure import compute_snapshot
from corridor.services.operation import NewVehicle
from corridor.web.openapi import document
from corridor.web.routes import ROUTES
from tests.web.harness import OP, PASSWORD, PERSONAS, Web


def _reg(**kw: object) -> dict[str, object]:
    return {
        "id": uuid.uuid4().hex,
        "person_id": "W" + uuid.uuid4().hex[:8],
        "site_id": "site-a",
        **kw,
    }


def test_it_treats_a_resent_registration_as_a_no_op(any_web: Web) -> None:
    body = _reg(age="child", triage="serious", vulnerabilities=["unaccompanied"])
    with any_web.client("registrar") as c:
        first = c.post("/api/persons", json=body)
        again = c.post("/api/persons", json=body)
        persons = c.get("/api/persons", params={"site_id": "site-a"}).json()["persons"]
    assert first.status_code == 201 and first.json()["id"] == body["id"]
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert [p["person_id"] for p in persons] == [body["person_id"]]
    with any_web.client("registrar") as c:
        other = c.post("/api/persons", json={**body, "person_id": "W-someone-else"})
        as_incident = c.post(
            "/api/incidents",
            json={
                "id": body["id"],
                "kind": "other",
                "severity": "low",
                "description": "x",
                "site_id": "site-a",
            },
        )
    assert other.status_code == 409 and as_incident.status_code == 409
    assert persons[0]["age"] == "child" and persons[0]["triage"] == "serious"


def test_it_refuses_bad_input_clearly_and_writes_nothing(any_web: Web) -> None:
    before = any_web.store.position()
    with any_web.client("registrar") as c:
        cases = {
            "missing": c.post("/api/persons", json={"site_id": "site-a"}),
            "type": c.post("/api/trips/x/arrival", json={"site_id": "recv", "arrived": "many"}),
            "enum": c.post("/api/persons", json=_reg(age="elderly")),
            "unknown": c.post("/api/persons", json=_reg(colour="red")),
            "json": c.post("/api/persons", content=b"{not json"),
            "array": c.post("/api/persons", json=[1, 2]),
            "nosite": c.post("/api/persons", json=_reg(site_id="nowhere")),
            "notrip": c.post("/api/trips/nope/departure", json={}),
        }
    codes = {k: r.status_code for k, r in cases.items()}
    assert codes == {
        "missing": 400,
        "type": 400,
        "enum": 400,
        "unknown": 400,
        "json": 400,
        "array": 400,
        "nosite": 403,  # a registrar may not write at a site they do not hold
        "notrip": 404,
    }
    assert cases["missing"].json()["field"] == "person_id"
    assert "age" in cases["enum"].json()["error"]
    assert any_web.store.position() == before


def test_it_refuses_a_second_registration_of_a_token(any_web: Web) -> None:
    body = _reg()
    with any_web.client("registrar") as c:
        assert c.post("/api/persons", json=body).status_code == 201
        again = c.post("/api/persons", json={**body, "id": uuid.uuid4().hex})
    assert again.status_code == 409 and "already registered" in again.json()["error"]


def _bus(web: Web) -> str:
    """A vehicle of its own: a vehicle is on one open trip at a time."""
    from corridor.clock import SystemClock
    from corridor.services.operation import register_vehicle

    bus = "bus-" + uuid.uuid4().hex[:8]
    register_vehicle(
        Recorder(store=web.store, clock=SystemClock(), actor="setup", op="op1"),
        NewVehicle(vehicle_id=bus, kind="bus", capacity=60),
    )
    return bus


def test_it_boards_a_household_and_reconciles_the_trip(web: Web) -> None:
    household = "H" + uuid.uuid4().hex[:6]
    trip = "T" + uuid.uuid4().hex[:6]
    bus = _bus(web)
    with web.client("registrar") as c:
        for _ in range(3):
            assert c.post("/api/persons", json=_reg(household_id=household)).status_code == 201
        dispatched = c.post(
            "/api/trips",
            json={
                "trip_id": trip,
                "vehicle_id": bus,
                "origin": "site-a",
                "destination": "recv",
            },
        )
        assert dispatched.status_code == 201
        boarded = c.post("/api/boardings", json={"trip_id": trip, "household_id": household})
        assert len(boarded.json()["boarded"]) == 3
    with web.client("driver") as c:
        assert c.post(f"/api/trips/{trip}/departure", json={}).status_code == 201
        arrived = c.post(f"/api/trips/{trip}/arrival", json={"site_id": "recv", "arrived": 2})
        assert arrived.status_code == 201
        trips = {t["trip_id"]: t for t in c.get("/api/trips").json()["trips"]}
        kinds = {d["kind"] for d in c.get("/api/discrepancies").json()["discrepancies"]}
    assert trips[trip]["boarded"] == 3 and trips[trip]["unaccounted"] == 1
    assert "unreconciled" in kinds
    with web.client("coordinator") as c:
        fixed = c.post(
            f"/api/trips/{trip}/reconciliation",
            json={"arrived": 2, "died": 1, "reason": "one died on the way, found at reception"},
        )
        assert fixed.status_code == 201
        trips = {t["trip_id"]: t for t in c.get("/api/trips").json()["trips"]}
        units = {d["unit"] for d in c.get("/api/discrepancies").json()["discrepancies"]}
    assert trips[trip]["unaccounted"] == 0 and trips[trip]["died"] == 1
    assert f"t|op1|{trip}" not in units


def test_it_shows_observers_suppressed_totals_and_no_personal_data(any_web: Web) -> None:
    with any_web.client("registrar") as c:
        for _ in range(3):
            c.post("/api/persons", json=_reg(age="child"))
        c.post(
            "/api/incidents",
            json={
                "kind": "other",
                "severity": "low",
                "description": "Abu Ahmad hurt",
                "site_id": "site-a",
            },
        )
        walk_out = {"site_id": "site-a", "stage": "departed", "total": 2, "method": "walk_in"}
        assert c.post("/api/headcounts", json=walk_out).status_code == 201
    with any_web.client("observer") as c:
        before = c.get("/api/summary").json()
    # Before the first protected snapshot an observer sees no figure at all, and why.
    assert before["left"] is None and before["by_site"] == {}
    assert "no protected figures yet" in before["protected"]["missing"]
    compute_snapshot(store=any_web.store, clock=SystemClock(), op=OP)
    with any_web.client("observer") as c:
        summary = c.get("/api/summary").json()
        page = c.get("/dashboard").text
        denied = [
            c.get("/api/persons", params={"site_id": "site-a"}).status_code,
            c.get("/api/incidents").status_code,
            c.get("/register").status_code,
        ]
    assert summary["waiting_named"] is None  # 3 people: a small cell
    assert summary["by_site"]["site-a"]["registered"] is None
    assert summary["incidents"] == [] and summary["in_flight"] == []
    assert summary["protected"]["facts_since"] == 0 and summary["left"] is None  # 2 people
    assert "Abu Ahmad" not in page and "<b>x</b>" in page
    assert "<polyline" not in page  # every point of the chart would be a small cell
    assert denied == [403, 403, 403]
    with any_web.client("coordinator") as c:
        assert c.get("/api/summary").json()["waiting_named"] == 3
        assert "<polyline" in c.get("/dashboard").text  # the chart is there for others


def test_it_logs_every_read_of_personal_rows_for_coordinators(any_web: Web) -> None:
    with any_web.client("registrar") as c:
        c.post("/api/persons", json=_reg())
        c.get("/api/persons", params={"site_id": "site-a"})
        c.get("/register")
    with any_web.client("coordinator") as c:
        entries = c.get("/api/audit").json()["entries"]
        page = c.get("/audit").text
    mine = [e for e in entries if e["actor"] == "rami" and e["action"] == "view"]
    assert len(mine) == 2
    assert any("/api/persons" in e["purpose"] for e in mine)
    assert "rami" in page


def test_it_needs_the_csrf_token_with_a_cookie_session(web: Web) -> None:
    client, csrf = web.login("registrar")
    with closing(client):
        form = {"person_id": "W" + uuid.uuid4().hex[:8], "site_id": "site-a"}
        without = client.post("/register", data=form)
        wrong = client.post("/register", data={**form, "csrf": "forged"})
        right = client.post("/register", data={**form, "csrf": csrf})
        api = client.post("/api/persons", json=_reg(), headers={"X-CSRF-Token": csrf})
    assert without.status_code == 403 and wrong.status_code == 403
    assert right.status_code == 303 and form["person_id"] in right.headers["location"]
    assert api.status_code == 201


def test_it_limits_failed_sign_ins(any_web: Web) -> None:
    name = PERSONAS["observer"][0]
    with any_web.client() as c:
        codes = [
            c.post("/login", data={"username": name, "password": "wrong"}).status_code
            for _ in range(3)
        ]
        after = c.post("/login", data={"username": name, "password": PASSWORD})
    assert codes == [400] * 3
    assert after.status_code == 429
    assert 1 <= int(after.headers["retry-after"]) <= 5
    assert after.headers["content-security-policy"].startswith("default-src 'self'")
    pair = f"pair:{name}|127.0.0.1"
    assert any_web.store.login_failures(pair, "2000-01-01T00:00:00Z") == 3


def test_it_shows_a_form_error_on_the_page_and_keeps_the_ledger(web: Web) -> None:
    client, csrf = web.login("registrar")
    before = web.store.position()
    with closing(client):
        r = client.post(
            "/register", data={"csrf": csrf, "person_id": "bad token!", "site_id": "site-a"}
        )
    assert r.status_code == 400 and 'role="alert"' in r.text and "person_id" in r.text
    assert web.store.position() == before


def test_it_speaks_arabic_right_to_left_when_asked(web: Web) -> None:
    with web.client("coordinator") as c:
        r = c.get("/dashboard?lang=ar")
        again = c.get("/dashboard")  # the cookie set by ?lang= is kept
    with web.client("coordinator") as c:
        header = c.get("/dashboard", headers={"Accept-Language": "ar-SY,ar;q=0.9"})
    assert '<html lang="ar" dir="rtl">' in r.text and "لوحة" in r.text
    assert r.cookies.get("corridor_lang") == "ar"
    assert 'dir="rtl"' in again.text and 'dir="rtl"' in header.text


def test_it_publishes_every_api_route_in_openapi(web: Web) -> None:
    with web.client() as c:
        published = c.get("/openapi.json").json()
    assert published == document()
    listed = {f"{m.upper()} {p}" for p, ops in published["paths"].items() for m in ops}
    assert listed == {e.key for e in ROUTES if e.kind == "api"}


def test_it_keeps_person_discrepancies_from_registrars_and_logs_coordinators(web: Web) -> None:
    token = "W" + uuid.uuid4().hex[:8]
    with web.client("registrar") as c:
        c.post("/api/persons", json=_reg(person_id=token))
    # The same token registered again elsewhere (a second desk, synced later): a discrepancy.
    # A desk refuses that now; it arrives as a fact already recorded on another node.
    from tests import factories

    web.store.record([factories.person(token, "site-b", op="op1", actor="desk-2")])
    with web.client("registrar") as c:
        seen_by_registrar = c.get("/api/discrepancies").json()["discrepancies"]
        dashboard = c.get("/api/summary").json()["discrepancies"]
    with web.client("coordinator") as c:
        seen_by_coordinator = c.get("/api/discrepancies").json()["discrepancies"]
        log = c.get("/api/audit").json()["entries"]
    assert not any(token in d["detail"] for d in seen_by_registrar + dashboard)
    assert any(token in d["detail"] for d in seen_by_coordinator)
    assert any(e["actor"] == "cora" and "person discrepancies" in e["purpose"] for e in log)


def test_it_sends_security_headers_and_compresses(web: Web) -> None:
    with web.client("coordinator") as c:
        r = c.get("/login")
        big = c.get("/trips", headers={"Accept-Encoding": "gzip"})
    assert big.headers["content-encoding"] == "gzip" and "Trip board" in big.text
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"


def test_it_filters_the_trip_board_by_status(web: Web) -> None:
    with web.client("registrar") as c:
        for trip in ("TF-load", "TF-gone"):
            body = {
                "trip_id": trip,
                "vehicle_id": _bus(web),
                "origin": "site-a",
                "destination": "recv",
            }
            assert c.post("/api/trips", json=body).status_code == 201
        assert c.post("/api/trips/TF-gone/departure", json={}).status_code == 201
        api = c.get("/api/trips", params={"status": "en_route"}).json()["trips"]
        bad = c.get("/api/trips", params={"status": "flying"})
        loading = c.get("/trips?status=loading").text
        en_route = c.get("/trips?status=en_route").text
    assert 'id="trip-TF-load"' in loading and 'id="trip-TF-gone"' not in loading
    assert 'id="trip-TF-gone"' in en_route and 'id="trip-TF-load"' not in en_route
    assert "TF-gone" in {t["trip_id"] for t in api} and {t["status"] for t in api} == {"en_route"}
    assert bad.status_code == 400 and bad.json()["field"] == "status"
