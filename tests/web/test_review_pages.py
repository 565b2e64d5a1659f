"""The trip board, the discrepancy list and reported figures over real HTTP: pages and filters."""

from __future__ import annotations

import uuid

import httpx

from corridor.clock import SystemClock
from corridor.services.common import Recorder
from corridor.services.operation import NewVehicle, register_vehicle
from tests import factories as f
from tests.web.harness import OP, Web


def _trips(web: Web, c: httpx.Client, n: int, origin: str = "site-b") -> list[str]:
    """Trips loading at a site, each with a vehicle of its own (one open trip per vehicle)."""
    made = []
    for _ in range(n):
        trip, vehicle = "TP" + uuid.uuid4().hex[:6], "bus-" + uuid.uuid4().hex[:6]
        register_vehicle(
            Recorder(store=web.store, clock=SystemClock(), actor="setup", op=OP),
            NewVehicle(vehicle_id=vehicle, kind="bus", capacity=60),
        )
        body = {"trip_id": trip, "vehicle_id": vehicle, "origin": origin, "destination": "recv"}
        assert c.post("/api/trips", json=body).status_code == 201
        made.append(trip)
    return made


def _follow(c: httpx.Client, url: str, name: str) -> tuple[list[dict[str, object]], int]:
    """Every row of a paged list by following ``links.next``; and how many pages it took."""
    rows, pages = [], 0
    while url:
        answer = c.get(url).json()
        rows += answer[name]
        pages += 1
        url = answer["links"]["next"]
    return rows, pages


def test_it_pages_the_trip_board_with_next_links(web: Web) -> None:
    """Should reach every trip of a site through links.next, three at a time, in HTML too."""
    with web.client("coordinator") as c:
        made = _trips(web, c, 7)
        first = c.get("/api/trips", params={"site": "site-b", "limit": 3}).json()
        rows, pages = _follow(c, "/api/trips?site=site-b&limit=3", "trips")
        html = c.get("/trips", params={"site": "site-b", "limit": 3, "page": 2}).text
        vehicle = c.get("/api/trips", params={"vehicle": "bus-9"}).json()
        bad = c.get("/api/trips", params={"page": 0})
    ids = [r["trip_id"] for r in rows]
    assert set(made) <= set(ids) and len(ids) == len(set(ids)) == first["total"]
    assert pages == first["pages"] == -(-first["total"] // 3) and first["links"]["prev"] is None
    keys = [(r["dispatched_at"], r["trip_id"]) for r in rows]
    assert keys == sorted(keys, reverse=True)  # newest first, the same order on every page
    assert html.count('<tr id="trip-') == 3 and 'rel="next"' in html and 'rel="prev"' in html
    assert f"4–6 of {first['total']}" in html
    assert (vehicle["trips"], vehicle["total"]) == ([], 0)
    assert bad.status_code == 400 and bad.json()["field"] == "page"


def test_it_lists_discrepancies_by_kind_with_a_way_to_correct(web: Web) -> None:
    """Should page and filter discrepancies, link each trip's to its row on the trip board, and
    keep those naming a person from registrars."""
    token = "W" + uuid.uuid4().hex[:8]
    # The same token at two desks, one offline (the desk refuses the second; sync keeps both).
    web.store.record(
        [
            f.person(token, site, op=OP, id=uuid.uuid4().hex, at=at)
            for site, at in (("site-a", "2016-12-15T09:00:00Z"), ("site-b", "2016-12-15T10:00:00Z"))
        ]
    )
    with web.client("coordinator") as c:
        trip = _trips(web, c, 1, origin="site-a")[0]
        c.post("/api/persons", json={"person_id": "W" + uuid.uuid4().hex[:8], "site_id": "site-a"})
        assert c.post(f"/api/trips/{trip}/departure", json={}).status_code == 201
        arrival = {"site_id": "recv", "arrived": 3}  # nobody boarded: unreconciled
        assert c.post(f"/api/trips/{trip}/arrival", json=arrival).status_code == 201
        mine = c.get("/api/discrepancies", params={"trip": trip}).json()
        every, _ = _follow(c, "/api/discrepancies?limit=1", "discrepancies")
        people = c.get("/api/discrepancies", params={"kind": "registered_twice"}).json()
        page = c.get("/discrepancies", params={"kind": "unreconciled"}).text
        dashboard = c.get("/dashboard").text
    with web.client("registrar") as c:
        theirs = c.get("/api/discrepancies", params={"kind": "registered_twice"}).json()
        board = c.get("/trips").text
    assert [(d["kind"], d["subject"], d["sites"]) for d in mine["discrepancies"]] == [
        ("unreconciled", "trip", ["site-a", "recv"])
    ]
    assert mine["discrepancies"][0]["trip"]["unaccounted"] == -3
    assert len(every) == len({(d["unit"], d["kind"]) for d in every}) >= 2
    assert [d["subject_id"] for d in people["discrepancies"]] == [token]
    assert theirs["total"] == 0
    assert f'href="/trips?trip={trip}#trip-{trip}"' in page
    assert 'href="/discrepancies?kind=unreconciled"' in dashboard
    assert 'href="/discrepancies?kind=registered_twice"' in dashboard and token not in dashboard
    assert 'href="/discrepancies' not in board  # registrars may not open the list


def test_it_sets_our_count_as_of_the_estimates_date(web: Web) -> None:
    """Should compare a figure reported for a past day with the ledger on that day."""
    with web.client("registrar") as c:
        walk_out = {"site_id": "site-a", "stage": "departed", "total": 9, "method": "walk_in"}
        assert c.post("/api/headcounts", json=walk_out).status_code == 201
    with web.client("coordinator") as c:
        for as_of in ("2016-12-15", "2099-01-01"):
            body = {"metric": "evacuated", "value": 100, "source": "Agency", "as_of": as_of}
            assert c.post("/api/estimates", json=body).status_code == 201
        rows = {r["as_of"]: r["ours"] for r in c.get("/api/estimates").json()["estimates"]}
        left = c.get("/api/summary").json()["left"]
    assert rows["2016-12-15"] == 0 and rows["2099-01-01"] == left >= 9


def test_it_documents_pages_in_openapi(web: Web) -> None:
    with web.client() as c:
        paths = c.get("/openapi.json").json()["paths"]
    for path in ("/api/trips", "/api/discrepancies"):
        op = paths[path]["get"]
        params = {p["name"]: p["schema"] for p in op["parameters"]}
        assert params["page"]["minimum"] == 1 and params["limit"]["maximum"] == 500
        answer = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert {"total", "page", "limit", "pages", "links"} <= set(answer["required"])
