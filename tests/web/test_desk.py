"""The desk over real HTTP: a household in one form, the triage prompt (page and API), labels."""

from __future__ import annotations

from typing import Any

import pypdfium2
import zxingcpp

from corridor.clock import SystemClock
from corridor.domain.tokens import make_token
from corridor.services.common import Recorder
from corridor.services.count import Headcount
from corridor.services.dispatch import NewTrip, dispatch_trip
from corridor.services.operation import NewVehicle, register_vehicle
from tests.web.harness import OP, Web


def _ctx(web: Web) -> dict[str, Any]:
    return {"store": web.store, "clock": SystemClock(), "actor": "setup", "op": OP}


def _trip(web: Web, trip: str, kind: str = "bus") -> None:
    register_vehicle(
        Recorder(**_ctx(web)), NewVehicle(vehicle_id="v-" + trip, kind=kind, capacity=50)
    )
    dispatch_trip(
        Recorder(**_ctx(web)),
        NewTrip(trip_id=trip, vehicle_id="v-" + trip, origin="site-a", destination="recv"),
    )


def test_a_household_form_registers_and_boards_in_one_submit(web: Web) -> None:
    _trip(web, "TD1")
    tokens = [make_token("D", n) for n in range(1, 5)]
    client, csrf = web.login("registrar")
    form = {"csrf": csrf, "id": "hh-d1", "site_id": "site-a", "trip_id": "TD1"}
    for i, token in enumerate(tokens):
        form |= {f"person_id_{i}": token, f"age_{i}": "adult" if i == 0 else "child"}
    form["person_id_3"] = tokens[3].lower()  # typed in small letters on a phone
    form["triage_3"] = "walking"
    before = web.store.position()
    try:
        r = client.post("/household", data=form)
        assert r.status_code == 303, r.text[:500]
        page = client.get(r.headers["location"]).text
    finally:
        client.close()
    assert f"4 people of household {tokens[0]} registered and boarded TD1" in page
    assert web.store.position() == before + 8
    rows = web.store.query("persons", op=OP, household_id=tokens[0])
    assert {r["trip_id"] for r in rows} == {"TD1"} and len(rows) == 4
    # The trip and the site stay chosen for the next household (sticky defaults).
    assert 'value="TD1" selected' in page


def test_a_mistyped_token_is_caught_and_nothing_is_written(web: Web) -> None:
    client, csrf = web.login("registrar")
    good = make_token("D", 50)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    before = web.store.position()
    try:
        r = client.post(
            "/household",
            data={"csrf": csrf, "site_id": "site-a", "person_id_0": good, "person_id_1": bad},
        )
    finally:
        client.close()
    assert r.status_code == 400 and "check character" in r.text
    assert web.store.position() == before


def test_the_triage_prompt_on_the_page_and_in_the_api(web: Web) -> None:
    _trip(web, "TD2")
    _trip(web, "AMB2", kind="ambulance")
    hurt = make_token("D", 100)
    client, csrf = web.login("registrar")
    form = {"csrf": csrf, "id": "hh-d2", "site_id": "site-a", "trip_id": "TD2"}
    form |= {"person_id_0": hurt, "triage_0": "critical", "person_id_1": make_token("D", 101)}
    before = web.store.position()
    try:
        r = client.post("/household", data=form)
        assert r.status_code == 409 and 'id="confirm-form"' in r.text
        assert "ambulance trip AMB2 is loading" in r.text
        assert web.store.position() == before
        # The prompt sends the same household again, with confirm=1.
        again = dict(form, confirm="1")
        r = client.post("/household", data=again)
        assert r.status_code == 303
    finally:
        client.close()
    assert web.store.position() == before + 4

    api = web.client("registrar")
    body = {
        "id": "hh-d3",
        "site_id": "site-a",
        "trip_id": "TD2",
        "members": [{"person_id": make_token("D", 102), "triage": "serious", "age": "child"}],
    }
    with api:
        r = api.post("/api/households", json=body)
        assert r.status_code == 409 and r.json()["needs_confirmation"] is True
        r = api.post("/api/households", json={**body, "confirm": "1"})
        assert r.status_code == 201 and r.json()["boarded"] == [make_token("D", 102)]
        r = api.post("/api/households", json={**body, "confirm": "1"})
        assert r.status_code == 200 and r.json()["duplicate"] is True
        # One person, by token, with the API: the same prompt.
        r = api.post(
            "/api/persons",
            json={"person_id": make_token("D", 103), "site_id": "site-a", "triage": "critical"},
        )
        assert r.status_code == 201
        board = {"id": "b-d4", "trip_id": "TD2", "person_id": make_token("D", 103)}
        r = api.post("/api/boardings", json=board)
        assert r.status_code == 409 and r.json()["needs_confirmation"] is True
        assert api.post("/api/boardings", json={**board, "confirm": "1"}).status_code == 201
    with web.client("coordinator") as c:
        trips = c.get("/trips?trip=TD2").text
    assert "Wounded on board" in trips
    # Two critical and one serious person went on TD2 after confirming.
    assert '<td class="wounded bad">3</td>' in trips


def test_coordinators_print_labels_from_the_web(web: Web) -> None:
    got = web.store.reserve_token_range("L", 21, "desk-9")
    first, last = got["first_number"], got["last_number"]
    with web.client("coordinator") as c:
        sync = c.get("/sync/status").text
        assert "Print labels" in sync and make_token("L", first) in sync
        r = c.get(f"/tokens/labels.pdf?prefix=L&first={first}&last={last}&layout=a4")
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
        outside = c.get(f"/tokens/labels.pdf?prefix=L&first={last}&last={last + 1}")
        assert outside.status_code == 404
    pages = pypdfium2.PdfDocument(r.content)
    assert len(pages) == 1
    found = [x.text for x in zxingcpp.read_barcodes(pages[0].render(scale=2).to_pil())]
    assert sorted(found) == [make_token("L", n) for n in range(first, last + 1)]
    with web.client("registrar") as c:
        assert "Print labels" not in c.get("/sync/status").text


def test_reception_shows_the_waiting_count_a_tally_replaces(web: Web) -> None:
    from corridor.services.count import record_headcount

    record_headcount(
        Recorder(**_ctx(web)),
        Headcount(site_id="site-b", stage="waiting", total=2500),
        at="2016-12-15T10:12:00Z",
    )
    with web.client("coordinator") as c:
        page = c.get("/reception").text
    assert "SITE-B: 2,500 waiting, counted at 2016-12-15 10:12" in page
    assert 'name="tokens"' in page and "data-scan" in page
