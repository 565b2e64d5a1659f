"""The desk on a phone (issue 17): a household registered and boarded by scans, the triage
prompt, the path without JavaScript, and screenshots in English and Arabic at 390 and 1280 px.

A keyboard-wedge scanner types the token and presses Enter, which is what these tests do.
"""

from __future__ import annotations

import io
import os
import re
import uuid
from pathlib import Path
from typing import Any

import pytest

from corridor.clock import SystemClock
from corridor.domain.tokens import make_token
from corridor.services.common import Recorder
from corridor.services.dispatch import NewTrip, dispatch_trip
from corridor.services.operation import NewVehicle, register_vehicle
from corridor.storage.base import Store
from tests.browser.test_journeys import _shot
from tests.web.harness import OP, PASSWORD, PERSONAS, Web

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def _ctx(store: Store) -> dict[str, Any]:
    return {"store": store, "clock": SystemClock(), "actor": "setup", "op": OP}


def _trip(store: Store, kind: str = "bus") -> str:
    trip_id = "T" + uuid.uuid4().hex[:6].upper()
    register_vehicle(
        Recorder(**_ctx(store)), NewVehicle(vehicle_id="v" + trip_id, kind=kind, capacity=60)
    )
    dispatch_trip(
        Recorder(**_ctx(store)),
        NewTrip(trip_id=trip_id, vehicle_id="v" + trip_id, origin="site-a", destination="recv"),
    )
    return trip_id


def _tokens(n: int) -> list[str]:
    prefix = "B" + uuid.uuid4().hex[:4].upper()
    return [make_token(prefix, i) for i in range(1, n + 1)]


def _desk(browser: Any, web: Web, viewport: dict[str, int] = PHONE, js: bool = True) -> Any:
    context = browser.new_context(viewport=viewport, java_script_enabled=js)
    page = context.new_page()
    page.goto(web.base + "/login")
    page.fill("input[name=username]", PERSONAS["registrar"][0])
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(re.compile(r".*/dashboard$"))
    page.goto(web.base + "/register")
    return page


def _scan(page: Any, row: int, token: str) -> None:
    """What a keyboard-wedge scanner does: type the code, press Enter."""
    field = page.locator(f"input[name=person_id_{row}]")
    field.type(token, delay=5)
    field.press("Enter")


def test_a_household_registered_and_boarded_by_scans_on_a_phone(browser: Any, web: Web) -> None:
    trip = _trip(web.store)
    tokens = _tokens(5)
    page = _desk(browser, web)
    # The primary action is on screen before anything is scrolled.
    box = page.locator("#household-submit").bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.select_option("#household-form select[name=trip_id]", trip)
    page.locator("input[name=person_id_0]").focus()
    for row, token in enumerate(tokens):
        _scan(page, row, token)
        # The scan moved on to the next member instead of submitting the form.
        assert page.url.endswith("/register")
    assert page.locator("#household-count").get_attribute("data-n") == "5"
    assert page.evaluate("document.activeElement.name") == "person_id_5"
    page.select_option("select[name=triage_2]", "walking")
    box = page.locator("#household-submit").bounding_box()
    assert box and 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"]
    page.click("#household-submit")
    done = page.locator("#desk-done")
    done.wait_for()
    assert done.inner_text() == (f"5 people of household {tokens[0]} registered and boarded {trip}")
    rows = web.store.query("persons", op=OP, household_id=tokens[0])
    assert sorted(r["person_id"] for r in rows) == tokens
    assert {r["trip_id"] for r in rows} == {trip}
    # Sticky: the trip stays chosen for the next household.
    assert page.input_value("#household-form select[name=trip_id]") == trip
    _shot(page, "desk-household-boarded-390")


def test_a_mistyped_token_is_refused_on_the_page(browser: Any, web: Web) -> None:
    tokens = _tokens(2)
    wrong = tokens[1][:-1] + ("0" if tokens[1][-1] != "0" else "1")
    page = _desk(browser, web)
    before = web.store.position()
    _scan(page, 0, tokens[0])
    _scan(page, 1, wrong)
    page.click("#household-submit")
    alert = page.locator("p.error")
    alert.wait_for()
    assert "check character" in alert.inner_text()
    assert web.store.position() == before


def test_the_triage_prompt_asks_before_the_wounded_go_by_bus(browser: Any, web: Web) -> None:
    bus = _trip(web.store)
    ambulance = _trip(web.store, kind="ambulance")
    tokens = _tokens(2)
    page = _desk(browser, web)
    page.select_option("#household-form select[name=trip_id]", bus)
    page.locator("input[name=person_id_0]").focus()
    _scan(page, 0, tokens[0])
    page.select_option("select[name=triage_0]", "critical")
    _scan(page, 1, tokens[1])
    before = web.store.position()
    page.click("#household-submit")
    prompt = page.locator("#confirm-form")
    prompt.wait_for()
    text = page.locator("p.error").inner_text()
    assert f"ambulance trip {ambulance} is loading" in text and f"{tokens[0]} (critical)" in text
    assert web.store.position() == before
    _shot(page, "desk-triage-prompt-390")
    page.click("#confirm-yes")
    done = page.locator("#desk-done")
    done.wait_for()
    assert done.inner_text() == f"2 people of household {tokens[0]} registered and boarded {bus}"
    coordinator = browser.new_context(viewport=PHONE).new_page()
    coordinator.goto(web.base + "/login")
    coordinator.fill("input[name=username]", PERSONAS["coordinator"][0])
    coordinator.fill("input[name=password]", PASSWORD)
    coordinator.press("input[name=password]", "Enter")
    coordinator.wait_for_url(re.compile(r".*/dashboard$"))
    coordinator.goto(web.base + f"/trips?trip={bus}")
    assert coordinator.locator(f"#trip-{bus} td.wounded").inner_text() == "1"


def test_the_desk_works_without_javascript(browser: Any, web: Web) -> None:
    trip = _trip(web.store)
    tokens = _tokens(3)
    page = _desk(browser, web, js=False)
    assert page.locator(".scan-button").count() == 0
    assert page.locator("fieldset.member:visible").count() == 6
    page.select_option("#household-form select[name=trip_id]", trip)
    for row, token in enumerate(tokens):
        page.fill(f"input[name=person_id_{row}]", token.lower())
    page.click("#household-submit")
    done = page.locator("#desk-done")
    done.wait_for()
    assert done.inner_text() == f"3 people of household {tokens[0]} registered and boarded {trip}"


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("width", [390, 1280])
def test_desk_and_reception_screenshots(browser: Any, web: Web, lang: str, width: int) -> None:
    page = _desk(browser, web, viewport={"width": width, "height": 900})
    page.goto(web.base + f"/register?lang={lang}")
    assert page.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.locator(".scan-button").count() >= 2  # the household's first token, boarding
    _shot(page, f"desk-register-{lang}-{width}")
    page.goto(web.base + f"/reception?lang={lang}")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    _shot(page, f"desk-reception-{lang}-{width}")


VENDOR = Path(__file__).resolve().parents[2] / "corridor" / "web" / "static" / "vendor"


def _y4m(path: Path, token: str) -> None:
    """A camera's view of a wristband: a still QR code as a YUV 4:2:0 video chromium can play
    as its fake camera (--use-file-for-fake-video-capture)."""
    import segno
    from PIL import Image

    buffer = io.BytesIO()
    segno.make(token, error="m").save(buffer, kind="png", scale=8, border=4)
    code = Image.open(buffer).convert("RGB")
    frame = Image.new("RGB", (640, 480), "white")
    frame.paste(code, ((640 - code.width) // 2, (480 - code.height) // 2))
    y, cb, cr = frame.convert("YCbCr").split()
    half = (320, 240)
    planes = y.tobytes() + cb.resize(half).tobytes() + cr.resize(half).tobytes()
    with path.open("wb") as out:
        out.write(b"YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n")
        for _ in range(10):
            out.write(b"FRAME\n" + planes)


def test_a_wristband_is_read_by_the_phone_camera(browser: Any, web: Web, tmp_path: Path) -> None:
    """Should read the QR code from the camera (chromium's fake camera plays a wristband) with
    the browser's BarcodeDetector or the installed decoder, fill the token and move on."""
    from tests.browser.conftest import ARGS, CHROMIUM

    if not (VENDOR / "barcode-detector.js").exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("camera decoder missing: run scripts/install-scanner")
        pytest.skip("camera decoder not installed (scripts/install-scanner)")
    token = _tokens(1)[0]
    video = tmp_path / "wristband.y4m"
    _y4m(video, token)
    camera = [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-video-capture={video}",
    ]
    # A second chromium with a fake camera, from the same Playwright as the shared browser.
    chromium = browser.browser_type.launch(
        executable_path=CHROMIUM, args=ARGS + camera, headless=True
    )
    try:
        page = _desk(chromium, web)
        page.locator("fieldset.member[data-row='0'] .scan-button").click()
        page.wait_for_function(
            "t => document.querySelector('input[name=person_id_0]').value === t",
            arg=token,
            timeout=30_000,
        )
        # The scanner stays open for the next member, whose row is now shown.
        assert page.locator("fieldset.member[data-row='1']").is_visible()
        assert page.locator(".scanner").count() == 1
        _shot(page, "desk-camera-scan-390")
        page.locator(".scanner button").click()
        assert page.locator(".scanner").count() == 0
    finally:
        chromium.close()
