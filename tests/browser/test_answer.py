"""The answer at a glance (issue 12): how many left, how many remain, when it will be over, above
the fold on a laptop and on a phone, in English and in Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest

from corridor.clock import SystemClock
from corridor.services import accounts
from corridor.services.demo import load_demo
from corridor.services.forecasting import compute_forecast
from corridor.storage import open_store
from tests.browser.test_journeys import _page, _shot
from tests.web.harness import PASSWORD, Web, running

pytestmark = pytest.mark.browser


def test_the_one_line_answer_is_above_the_fold(browser: object, tmp_path: Path) -> None:
    """Should show left, waiting, the reported range and the forecast's dates in one line that
    fits the first screen at 1280 and 390 px, in both languages."""
    clock = SystemClock()
    store = open_store(f"sqlite:///{tmp_path}/mid.db", clock=clock)
    load_demo(store=store, until="2016-12-16T10:00:00Z")
    body = compute_forecast(store=store, clock=clock, op="aleppo-2016", time_limit=2, runs=20)
    assert "p50" in body, body
    accounts.add_user(
        store=store, clock=clock, username="cora", role="coordinator", sites=[], password=PASSWORD
    )
    try:
        with running(store, op="aleppo-2016") as base:
            for width, height in ((1280, 800), (390, 844)):
                page = _page(browser, Web(base=base, store=store), "coordinator", width=width)
                page.set_viewport_size({"width": width, "height": height})  # type: ignore[attr-defined]
                for lang in ("en", "ar"):
                    page.goto(f"{base}/dashboard?lang={lang}")  # type: ignore[attr-defined]
                    answer = page.locator("#answer")  # type: ignore[attr-defined]
                    box = answer.bounding_box()
                    assert box is not None and box["y"] + box["height"] <= height, (width, lang)
                    assert box["x"] >= 0 and box["x"] + box["width"] <= width
                    text = answer.inner_text()
                    if lang == "en":
                        assert "left" in text and "remain (1 sources)" in text
                        assert "done by" in text and "Dec" in text
                    else:
                        # the demo asks for Levantine month names (كانون الأول, not ديسمبر)
                        assert "ينتهي بحلول" in text and "كانون الأول" in text
                    _shot(page, f"answer-{lang}-{width}")
    finally:
        store.close()
