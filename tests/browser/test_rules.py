"""The life-cycle and scope rules as people meet them in the browser (issue 11).

A registrar of another site, a coordinator re-boarding someone who arrived, and a closed
operation: each is refused on the page with a message that names the state, and nothing moves.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from corridor.clock import SystemClock
from corridor.services.common import Recorder
from corridor.services.dispatch import Arrival, NewTrip, arrive_trip, depart_trip, dispatch_trip
from corridor.services.operation import NewVehicle, register_vehicle
from corridor.services.register import NewPerson, board_person, register_person
from corridor.storage.base import Store
from tests.browser.test_journeys import _page, _shot
from tests.web.harness import OP, Web

pytestmark = pytest.mark.browser


def _ctx(store: Store) -> dict[str, Any]:
    return {"store": store, "clock": SystemClock(), "actor": "setup", "op": OP}


def _trip(store: Store, origin: str, trip_id: str) -> str:
    bus = "bus-" + uuid.uuid4().hex[:8]
    register_vehicle(Recorder(**_ctx(store)), NewVehicle(vehicle_id=bus, kind="bus", capacity=60))
    dispatch_trip(
        Recorder(**_ctx(store)),
        NewTrip(trip_id=trip_id, vehicle_id=bus, origin=origin, destination="recv"),
    )
    return trip_id


def _refused(store: Store) -> int:
    return sum(str(e["action"]).startswith("refused") for e in store.personal_log())


def test_a_registrar_of_another_site_is_refused_without_learning_anything(
    browser: object, web: Web
) -> None:
    """Should refuse site B's registrar boarding site A's person, as if the token did not exist."""
    store = web.store
    register_person(Recorder(**_ctx(store)), NewPerson(person_id="RA-1", site_id="site-a"))
    _trip(store, "site-b", "TRB1")
    before, refused = store.position(), _refused(store)
    page = _page(browser, web, "registrar_b", width=390)
    page.goto(web.base + "/register")  # type: ignore[attr-defined]
    page.select_option("#board-form select[name=trip_id]", "TRB1")  # type: ignore[attr-defined]
    page.fill("#board-form input[name=person_id]", "RA-1")  # type: ignore[attr-defined]
    page.click("#board-form button[type=submit]")  # type: ignore[attr-defined]
    alert = page.locator("p.error")  # type: ignore[attr-defined]
    alert.wait_for()
    assert alert.inner_text() == "no registered person with token RA-1 at your sites"
    _shot(page, "rules-other-site-registrar")
    assert store.position() == before
    assert _refused(store) == refused + 1


def test_a_coordinator_cannot_board_someone_who_arrived(browser: object, web: Web) -> None:
    """Should say where and when the person arrived, and leave the arrived trip reconciled."""
    store = web.store
    register_person(Recorder(**_ctx(store)), NewPerson(person_id="RC-1", site_id="site-a"))
    _trip(store, "site-a", "TRC1")
    board_person(Recorder(**_ctx(store)), person_id="RC-1", trip_id="TRC1")
    depart_trip(Recorder(**_ctx(store)), trip_id="TRC1")
    arrive_trip(
        Recorder(**_ctx(store)),
        Arrival(trip_id="TRC1", site_id="recv", arrived=1),
        at="2016-12-15T14:05:00Z",
    )
    _trip(store, "site-a", "TRC2")
    before = store.position()
    page = _page(browser, web, "coordinator")
    page.goto(web.base + "/register")  # type: ignore[attr-defined]
    page.select_option("#board-form select[name=trip_id]", "TRC2")  # type: ignore[attr-defined]
    page.fill("#board-form input[name=person_id]", "RC-1")  # type: ignore[attr-defined]
    page.click("#board-form button[type=submit]")  # type: ignore[attr-defined]
    alert = page.locator("p.error")  # type: ignore[attr-defined]
    alert.wait_for()
    # the refusal names the site by its name in the reader's language (RECV), not its id
    assert alert.inner_text() == "RC-1 arrived at RECV on trip TRC1 at 2016-12-15 14:05"
    _shot(page, "rules-coordinator-reboard")
    assert store.position() == before
    trip = store.query("trips", op=OP, trip_id="TRC1")[0]
    assert (trip["boarded"], trip["arrived"]) == (1, 1)


def test_a_closed_operation_offers_only_reopening_and_refuses_work(
    browser: object, web: Web
) -> None:
    """Should offer only allowed transitions, refuse registration once closed, and let only
    an admin reopen (with a reason)."""
    coordinator = _page(browser, web, "coordinator")
    coordinator.goto(web.base + "/status")  # type: ignore[attr-defined]
    options = coordinator.locator("select[name=status] option").all_inner_texts()  # type: ignore[attr-defined]
    assert "closed" in " ".join(options).lower() and "planned" not in " ".join(options).lower()
    coordinator.select_option("select[name=status]", "closed")  # type: ignore[attr-defined]
    coordinator.fill("input[name=reason]", "everyone out")  # type: ignore[attr-defined]
    coordinator.click("form.card button")  # type: ignore[attr-defined]
    coordinator.wait_for_selector("text=only an admin can reopen it")  # type: ignore[attr-defined]
    assert coordinator.locator("select[name=status]").count() == 0  # type: ignore[attr-defined]
    _shot(coordinator, "rules-closed-status")

    desk = _page(browser, web, "registrar")
    desk.goto(web.base + "/register")  # type: ignore[attr-defined]
    desk.fill("#household-form input[name=person_id_0]", "RX-1")  # type: ignore[attr-defined]
    desk.click("#household-submit")  # type: ignore[attr-defined]
    alert = desk.locator("p.error")  # type: ignore[attr-defined]
    alert.wait_for()
    assert alert.inner_text() == "operation is closed: registrations are refused"
    assert not web.store.query("persons", op=OP, person_id="RX-1")

    admin = _page(browser, web, "admin")
    admin.goto(web.base + "/status")  # type: ignore[attr-defined]
    values = admin.locator("select[name=status] option").evaluate_all("os => os.map(o => o.value)")  # type: ignore[attr-defined]
    assert values == ["active"]
    admin.fill("input[name=reason]", "a second convoy was agreed")  # type: ignore[attr-defined]
    admin.click("form.card button")  # type: ignore[attr-defined]
    admin.wait_for_selector("strong >> text=active")  # type: ignore[attr-defined]
