"""The Arabic dashboard, discrepancies and audit pages of the Aleppo demo, in a browser.

At 1280 and 390 px: right to left, no page wider than the screen, and nothing the system wrote
left in English (ids, the language switcher and what people typed aside). Screenshots go to
test-artifacts/arabic-*.png; the Arabic report's PDF pages are rasterised by
tests/sitrep/test_pdf.py into test-artifacts/sitrep/.
"""

from __future__ import annotations

import pytest

from tests.browser.test_journeys import _page, _shot
from tests.browser.test_layout import browser, demo  # noqa: F401  (the same demo server)
from tests.i18n.test_generated_text import english_left, system_text
from tests.web.harness import Web

pytestmark = pytest.mark.browser
CHROME = {"English", "cora"}  # the other language's name, the signed-in user


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("path", ["/dashboard", "/discrepancies", "/audit"])
def test_the_arabic_pages_read_right_to_left_in_arabic(
    browser: object,  # noqa: F811
    demo: Web,  # noqa: F811
    path: str,
    width: int,
) -> None:
    """Should lay the page out right to left within the screen, with no system-made English."""
    page = _page(browser, demo, "coordinator", width=width)
    page.goto(f"{demo.base}{path}?lang=ar")  # type: ignore[attr-defined]
    assert page.get_attribute("html", "dir") == "rtl"  # type: ignore[attr-defined]
    scroll = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
    assert scroll <= width + 10
    html = page.content()  # type: ignore[attr-defined]
    assert [w for w in english_left(system_text(html)) if w not in CHROME] == []
    if path == "/dashboard":
        assert "كانون الأول" in html and "إخلاء شرق حلب" in html
    if path == "/discrepancies":
        assert "وسعة المركبة" in html
    _shot(page, f"arabic{path.replace('/', '-')}-{width}")
