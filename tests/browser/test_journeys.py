"""Browser journeys with Playwright driving Debian's /usr/bin/chromium against a real server.

Screenshots go to test-artifacts/. Run when CI=true (``scripts/install-browser`` installs
chromium); skipped locally when chromium is missing.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.web.harness import PASSWORD, PERSONAS, Web

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

if not os.path.exists(CHROMIUM) and os.environ.get("CI", "").lower() != "true":
    pytest.skip("no /usr/bin/chromium (run scripts/install-browser)", allow_module_level=True)


def _page(browser: object, web: Web, persona: str, width: int = 1200) -> object:
    context = browser.new_context(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(web.base + "/login")
    page.fill("input[name=username]", PERSONAS[persona][0])
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(re.compile(r".*/dashboard$"))
    return page


def _shot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_a_household_travels_and_the_dashboard_follows(browser: object, web: Web) -> None:
    """Should register and board a household, depart and arrive, and update the dashboard live."""
    watcher = _page(browser, web, "coordinator")
    left = watcher.locator('.fig[data-key="left"] b')
    before = left.inner_text()
    _shot(watcher, "dashboard-before")

    desk = _page(browser, web, "registrar")
    desk.goto(web.base + "/trips")
    desk.fill("#dispatch-form input[name=trip_id]", "TB1")
    desk.select_option("#dispatch-form select[name=origin]", "site-a")
    desk.select_option("#dispatch-form select[name=destination]", "recv")
    desk.click("#dispatch-form button")
    desk.goto(web.base + "/register")
    desk.fill("#household-form input[name=household_id]", "HB-1")
    for row, token in enumerate(("WB-1", "WB-2", "WB-3")):
        desk.fill(f"#household-form input[name=person_id_{row}]", token)
        desk.select_option(f"#household-form select[name=age_{row}]", "child" if row else "adult")
    desk.click("#household-submit")
    desk.wait_for_selector("text=3 people of household HB-1 registered")
    desk.select_option("#board-form select[name=trip_id]", "TB1")
    desk.fill("#board-form input[name=household_id]", "HB-1")
    desk.click("#board-form button[type=submit]")
    desk.wait_for_selector("p.ok")
    _shot(desk, "registration-desk")

    driver = _page(browser, web, "driver")
    driver.goto(web.base + "/trips")
    driver.click("#trip-TB1 button")  # depart
    driver.wait_for_selector("#trip-TB1 input[name=arrived]")
    driver.select_option("#trip-TB1 select[name=site_id]", "recv")
    driver.click("#trip-TB1 button")  # arrive
    driver.wait_for_selector("#trip-TB1 >> text=" + "arrived")
    _shot(driver, "trip-board")

    # The watcher's dashboard refreshes itself (no reload).
    watcher.wait_for_function(
        "b => document.querySelector('.fig[data-key=\"left\"] b').innerText !== b",
        arg=before,
        timeout=20_000,
    )
    assert left.inner_text() != before
    _shot(watcher, "dashboard-after")


def test_an_observer_sees_totals_but_no_names(browser: object, web: Web) -> None:
    """Should show an observer the figures but no tokens, and refuse the desk."""
    page = _page(browser, web, "observer")
    text = page.inner_text("body")
    assert "Dashboard" in text and page.locator(".fig").count() >= 5
    assert not re.search(r"\bW[B-]", text)
    response = page.goto(web.base + "/register")
    assert response is not None and response.status == 403
    page.goto(web.base + "/dashboard")
    _shot(page, "observer-dashboard")


def test_the_dashboard_in_arabic_and_on_a_phone(browser: object, web: Web) -> None:
    """Should lay the Arabic dashboard out right to left, and fit a 390px phone."""
    page = _page(browser, web, "coordinator")
    page.goto(web.base + "/dashboard?lang=ar")
    assert page.get_attribute("html", "dir") == "rtl"
    assert "لوحة المتابعة" in page.inner_text("nav")
    _shot(page, "dashboard-arabic")
    phone = _page(browser, web, "registrar", width=390)
    phone.goto(web.base + "/register")
    width = phone.evaluate("document.documentElement.scrollWidth")
    _shot(phone, "register-phone-390")
    assert width <= 400


def test_the_aleppo_demo_dashboard_in_both_languages(browser: object, tmp_path: Path) -> None:
    """Should draw the demo operation's dashboard with its chart, in English and in Arabic."""
    from corridor.clock import SystemClock
    from corridor.services import accounts
    from corridor.services.demo import load_demo
    from corridor.storage import open_store
    from tests.web.harness import running

    store = open_store(f"sqlite:///{tmp_path}/demo.db", clock=SystemClock())
    load_demo(store=store)
    accounts.add_user(
        store=store,
        clock=SystemClock(),
        username="cora",
        role="coordinator",
        sites=[],
        password=PASSWORD,
    )
    with running(store, op="aleppo-2016") as base:
        page = _page(browser, Web(base=base, store=store), "coordinator")
        # Left and arrived, each cut where the operation was suspended (16-18 December), shaded.
        assert page.locator("svg.chart polyline").count() == 4
        assert page.locator("svg.chart rect.suspended").count() == 1
        _shot(page, "demo-dashboard")
        page.goto(base + "/dashboard?lang=ar")
        assert page.get_attribute("html", "dir") == "rtl"
        assert "العامرية" in page.inner_text("main")  # sites by their Arabic names
        _shot(page, "demo-dashboard-arabic")
        page.goto(base + "/trips?lang=ar")
        _shot(page, "demo-trips-arabic")
    store.close()
