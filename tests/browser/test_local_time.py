"""Local time on the pages (issue 12): the status page shows the history in the operation's
zone, names the zone, and offers coordinators the form to change it, at 1280 and 390 px, in
English and Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest

from corridor.clock import SystemClock
from corridor.i18n.wording import digits
from corridor.services import accounts
from corridor.services.demo import load_demo
from corridor.storage import open_store
from tests.browser.test_journeys import _page, _shot
from tests.web.harness import PASSWORD, Web, running

pytestmark = pytest.mark.browser


def test_the_status_page_reads_in_damascus_time(browser: object, tmp_path: Path) -> None:
    clock = SystemClock()
    store = open_store(f"sqlite:///{tmp_path}/mid.db", clock=clock)
    load_demo(store=store, until="2016-12-15T00:00:00Z")
    accounts.add_user(
        store=store, clock=clock, username="cora", role="coordinator", sites=[], password=PASSWORD
    )
    try:
        with running(store, op="aleppo-2016") as base:
            for width, height in ((1280, 800), (390, 844)):
                page = _page(browser, Web(base=base, store=store), "coordinator", width=width)
                page.set_viewport_size({"width": width, "height": height})  # type: ignore[attr-defined]
                for lang in ("en", "ar"):
                    page.goto(f"{base}/status?lang={lang}")  # type: ignore[attr-defined]
                    first = page.locator("time[datetime='2016-12-13T19:00:00Z']")  # type: ignore[attr-defined]
                    # UTC+2, in the reader's digits (٢٠١٦-١٢-١٣ ٢١:٠٠ in Arabic)
                    assert first.inner_text() == digits("2016-12-13 21:00", lang)
                    form = page.locator("form[action='/status/time-zone']")  # type: ignore[attr-defined]
                    box = form.bounding_box()
                    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
                    assert page.locator("input[name=time_zone]").input_value() == "Asia/Damascus"  # type: ignore[attr-defined]
                    assert "Asia/Damascus" in page.locator("footer.zone").inner_text()  # type: ignore[attr-defined]
                    _shot(page, f"status-zone-{lang}-{width}")
    finally:
        store.close()
