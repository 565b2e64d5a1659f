"""Reception over the JSON API: capacity declared, over capacity shown, aid handed out within
the stock; observers see none of it."""

from __future__ import annotations

import uuid

from corridor.clock import SystemClock
from corridor.domain.messages import english_detail
from corridor.services.common import Recorder
from corridor.services.count import Headcount, record_headcount
from corridor.services.operation import NewVehicle, register_vehicle
from tests.web.harness import OP, Web


def _id() -> str:
    return uuid.uuid4().hex


def test_capacity_occupancy_and_distribution(any_web: Web) -> None:
    store = any_web.store
    with any_web.client("coordinator") as c:
        declared = c.post("/api/capacities", json={"id": _id(), "site_id": "recv", "places": 20})
    assert declared.status_code == 201, declared.text
    record_headcount(
        Recorder(store=store, clock=SystemClock(), actor="t", op=OP),
        Headcount(site_id="recv", stage="arrived", total=26, method="walk_in"),
    )
    with any_web.client("coordinator") as c:
        seen = c.get("/api/reception").json()
        refused = c.post(
            "/api/distributions",
            json={"id": _id(), "site_id": "recv", "item": "water_l", "quantity": 5},
        )
    recv = next(r for r in seen["sites"] if r["site"] == "recv")
    assert (recv["occupancy"], recv["places"], recv["free"], recv["over"]) == (26, 20, -6, True)
    assert "site_over_capacity" in [d["kind"] for d in seen["discrepancies"]]
    assert refused.status_code == 409 and "holds 0 water_l" in refused.text
    with any_web.client("observer") as c:
        public = c.get("/api/reception").json()
        summary = c.get("/api/summary").json()
    # People at a site are not published to observers outside the disclosure module.
    assert public == {} and summary["reception"] == {}


def test_an_aid_convoy_over_the_api_is_reconciled_like_people(any_web: Web) -> None:
    store = any_web.store
    truck = "truck-" + _id()[:6]
    rec = Recorder(store=store, clock=SystemClock(), actor="t", op=OP)
    register_vehicle(rec, NewVehicle(vehicle_id=truck, kind="truck", capacity=2))
    trip = "AID-" + _id()[:6]
    cargo = [{"item": "food_ration", "quantity": 400}, {"item": "blanket", "quantity": 50}]
    with any_web.client("coordinator") as c:
        sent = c.post(
            "/api/trips",
            json={
                "id": _id(),
                "trip_id": trip,
                "vehicle_id": truck,
                "origin": "site-b",
                "destination": "recv",
                "cargo": cargo,
            },
        )
        c.post(f"/api/trips/{trip}/departure", json={"id": _id()})
        bad = c.post(
            f"/api/trips/{trip}/arrival",
            json={"id": _id(), "site_id": "recv", "arrived": 0, "cargo": [{"item": "tent"}]},
        )
        arrived = c.post(
            f"/api/trips/{trip}/arrival",
            json={
                "id": _id(),
                "site_id": "recv",
                "arrived": 0,
                "cargo": [
                    {"item": "food_ration", "delivered": 380, "lost": 20},
                    {"item": "blanket", "delivered": 40, "diverted": 5},
                ],
            },
        )
        handed = c.post(
            "/api/distributions",
            json={"id": _id(), "site_id": "recv", "item": "food_ration", "quantity": 80},
        )
        stocks = {s["item"]: s["quantity"] for s in c.get("/api/reception").json()["stocks"]}
    assert sent.status_code == 201, sent.text
    assert bad.status_code == 400 and "cargo" in bad.text
    assert arrived.status_code == 201 and handed.status_code == 201, handed.text
    assert stocks["food_ration"] == 300 and stocks["blanket"] == 40
    cargo_issues = [
        english_detail(d["detail"])
        for d in store.query("discrepancies", op=OP)
        if d["kind"] == "cargo_unreconciled" and trip in english_detail(d["detail"])
    ]
    assert len(cargo_issues) == 1 and "blanket sent 50 but delivered 40" in cargo_issues[0]
