"""The coordinator reaches everything that does not add up: dashboard counts link to a paged list.

On the Aleppo demo (17 open discrepancies of two kinds), at 1280 and 390 px, in English and
Arabic. Screenshots go to test-artifacts/discrepancies-*.png.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.test_journeys import _page, _shot
from tests.browser.test_layout import browser, demo  # noqa: F401  (the same demo server)
from tests.web.harness import Web

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("width", "lang"), [(1280, "en"), (390, "ar"), (390, "en"), (1280, "ar")])
def test_the_dashboard_counts_lead_to_a_paged_list(
    browser: object,  # noqa: F811
    demo: Web,  # noqa: F811
    width: int,
    lang: str,
) -> None:
    """Should link each kind's count to its list, page through it, and correct from a row."""
    page = _page(browser, demo, "coordinator", width=width)
    page.goto(f"{demo.base}/dashboard?lang={lang}")  # type: ignore[attr-defined]
    counts = page.locator("#open-discrepancies td[data-kind=over_capacity]")  # type: ignore[attr-defined]
    # Arabic pages write counts in Arabic-Indic digits (١٣): read them back as numbers.
    assert int(counts.inner_text()) == 13
    total = page.locator("#open-discrepancies td[data-kind=total]").inner_text()  # type: ignore[attr-defined]
    assert int(total) == 17
    _shot(page, f"discrepancies-dashboard-{lang}-{width}")
    page.locator("#open-discrepancies a[href='/discrepancies?kind=over_capacity']").click()  # type: ignore[attr-defined]
    page.wait_for_url(re.compile(r".*/discrepancies\?kind=over_capacity$"))  # type: ignore[attr-defined]
    assert page.locator("table.rows tbody tr").count() == 13  # type: ignore[attr-defined]
    page.goto(f"{demo.base}/discrepancies?kind=over_capacity&limit=5")  # type: ignore[attr-defined]
    seen: list[str] = []
    for expected in (5, 5, 3):
        rows = page.locator("table.rows tbody tr")  # type: ignore[attr-defined]
        assert rows.count() == expected
        seen += [rows.nth(i).locator("td").first.inner_text() for i in range(expected)]
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # type: ignore[attr-defined]
        if len(seen) < 13:
            page.locator("a[rel=next]").first.click()  # type: ignore[attr-defined]
            page.wait_for_load_state()  # type: ignore[attr-defined]
    assert len(set(seen)) == 13, seen  # every trip once, none skipped
    assert page.locator("a[rel=next]").count() == 0  # type: ignore[attr-defined]
    _shot(page, f"discrepancies-last-page-{lang}-{width}")
    page.locator("table.rows tbody tr a").first.click()  # type: ignore[attr-defined]
    page.wait_for_url(re.compile(r".*/trips\?trip=.*"))  # type: ignore[attr-defined]
    assert page.locator("tr[id^=trip-]").count() == 1  # type: ignore[attr-defined]


def test_the_unreconciled_trip_is_corrected_from_its_row(browser: object, demo: Web) -> None:  # noqa: F811
    """Should open an unreconciled trip with its correction form from the list."""
    page = _page(browser, demo, "coordinator", width=390)
    page.goto(f"{demo.base}/discrepancies?kind=unreconciled&lang=ar")  # type: ignore[attr-defined]
    assert page.locator("table.rows tbody tr").count() == 4  # type: ignore[attr-defined]
    page.locator("table.rows tbody tr a").first.click()  # type: ignore[attr-defined]
    page.wait_for_url(re.compile(r".*/trips\?trip=.*"))  # type: ignore[attr-defined]
    assert page.locator("#reconcile-form").is_visible()  # type: ignore[attr-defined]
    assert page.locator("form[action$='/reconcile']").count() == 1  # type: ignore[attr-defined]
    _shot(page, "discrepancies-correct-ar-390")
