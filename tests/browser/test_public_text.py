"""A coordinator makes an incident's description public in reviewed words from the Incidents
page, and an observer then reads those words, and only those, in the public sitrep; the controls
fit a laptop and a phone, in English and Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest

from corridor.clock import SystemClock
from corridor.services import accounts
from corridor.storage import open_store
from tests import factories as f
from tests.browser.test_journeys import _page, _shot
from tests.services.test_public_free_text import INCIDENT, SECRETS, _seeded
from tests.sitrep.scenario import D1
from tests.web.harness import PASSWORD, Web, running

pytestmark = pytest.mark.browser
WORDS = "Gunfire near Ramouseh, one person wounded"


def test_a_coordinator_makes_a_description_public_in_reviewed_words(
    browser: object, tmp_path: Path
) -> None:
    clock = SystemClock()
    store = open_store(f"sqlite:///{tmp_path}/text.db", clock=clock)
    _seeded(store)  # type: ignore[arg-type]
    for name, role in (("cora", "coordinator"), ("olga", "observer")):
        accounts.add_user(
            store=store, clock=clock, username=name, role=role, sites=[], password=PASSWORD
        )
    try:
        with running(store, op=f.OP) as base:
            web = Web(base=base, store=store)
            page = _page(browser, web, "coordinator")
            page.goto(f"{base}/incidents")  # type: ignore[attr-defined]
            form = page.locator(f"form.public-text:has(input[value='{INCIDENT}'])")  # type: ignore[attr-defined]
            form.locator("input[name=wording]").fill(WORDS)
            form.locator("button").click()
            page.wait_for_url(f"{base}/incidents")  # type: ignore[attr-defined]
            assert "Make private" in page.locator("main").inner_text()  # type: ignore[attr-defined]
            for width in (1280, 390):
                page.set_viewport_size({"width": width, "height": 900})  # type: ignore[attr-defined]
                for lang in ("en", "ar"):
                    for path in ("incidents", "status", "estimates"):
                        page.goto(f"{base}/{path}?lang={lang}")  # type: ignore[attr-defined]
                        scroll = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
                        assert scroll <= width + 1, (path, lang, width, scroll)
                        _shot(page, f"public-text-{path}-{lang}-{width}")
            observer = _page(browser, web, "observer")
            observer.goto(f"{base}/sitrep?date={D1}")  # type: ignore[attr-defined]
            text = observer.locator("body").inner_text()  # type: ignore[attr-defined]
            assert WORDS in text and not [s for s in SECRETS if s in text]
            _shot(observer, "public-text-sitrep-observer")
    finally:
        store.close()
