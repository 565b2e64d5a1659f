"""Layout checks on the Aleppo demo in chromium: nothing cut at 1280px or 390px, in both languages.

Screenshots go to test-artifacts/layout-*.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import ARGS, CHROMIUM
from tests.browser.test_journeys import ARTIFACTS, _page, _shot
from tests.web.harness import PASSWORD, Web, running

pytestmark = pytest.mark.browser

# Cells of the dashboard's "By site" table (those drawn) outside their section's box.
CELLS_OUTSIDE = """() => {
  const box = document.querySelector('#by-site').closest('section').getBoundingClientRect();
  return [...document.querySelectorAll('table.figures th, table.figures td')]
    .map(c => c.getBoundingClientRect())
    .filter(r => r.width > 0)
    .filter(r => r.left < box.left - 1 || r.right > box.right + 1)
    .map(r => [r.left, r.right, box.left, box.right].map(Math.round));
}"""
# The right edge of the text (not the cell) of a heading and the cells under it.
TEXT_RIGHT = """(sel) => [...document.querySelectorAll(sel)].map(c => {
  const r = document.createRange(); r.selectNodeContents(c);
  return Math.round(r.getBoundingClientRect().right);
})"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's chromium, headless (as in test_journeys)."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    """The December 2016 Aleppo demo (long site names, seven columns) served on loopback."""
    from corridor.clock import SystemClock
    from corridor.services import accounts
    from corridor.services.demo import load_demo
    from corridor.storage import open_store

    path: Path = tmp_path_factory.mktemp("layout") / "demo.db"
    store = open_store(f"sqlite:///{path}", clock=SystemClock())
    load_demo(store=store)
    for name, role, sites in (("cora", "coordinator", []), ("rami", "registrar", ["ameriyah"])):
        accounts.add_user(
            store=store,
            clock=SystemClock(),
            username=name,
            role=role,
            sites=sites,
            password=PASSWORD,
        )
    with running(store, op="aleppo-2016") as base:
        yield Web(base=base, store=store)
    store.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("width", [1280, 390])
def test_the_by_site_table_is_never_cut(browser: object, demo: Web, width: int, lang: str) -> None:
    """Should keep every column of "By site" inside its section, and the page inside the window."""
    page = _page(browser, demo, "coordinator", width=width)
    page.goto(f"{demo.base}/dashboard?lang={lang}")  # type: ignore[attr-defined]
    _shot(page, f"layout-dashboard-{lang}-{width}")
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # type: ignore[attr-defined]
    assert page.evaluate(CELLS_OUTSIDE) == []  # type: ignore[attr-defined]
    for scroll in page.locator("#by-site ~ .scroll").all():  # type: ignore[attr-defined]
        assert scroll.evaluate("e => e.scrollWidth <= e.clientWidth"), "a table needs scrolling"
    # Every site and its last figure are on screen (the last column used to be cut), in one
    # table per leg: 5 pickup sites and crossings, 2 reception sites, 2 onward destinations.
    assert page.locator("table.figures[data-leg] tbody tr").count() == 9  # type: ignore[attr-defined]
    assert page.locator("table.figures td:last-child").first.is_visible()  # type: ignore[attr-defined]


def test_arabic_figures_line_up_under_their_headings(browser: object, demo: Web) -> None:
    """Should right-align numbers in Arabic like their headings (not push them to the left)."""
    page = _page(browser, demo, "coordinator", width=1280)
    page.goto(demo.base + "/dashboard?lang=ar")  # type: ignore[attr-defined]
    table = "table.figures[data-leg=origin]"
    heading = page.evaluate(TEXT_RIGHT, f"{table} thead th:nth-child(2)")  # type: ignore[attr-defined]
    cells = page.evaluate(TEXT_RIGHT, f"{table} tbody td:nth-child(2)")  # type: ignore[attr-defined]
    assert len(cells) == 5 and all(abs(c - heading[0]) <= 1 for c in cells), (heading, cells)


def test_the_desk_buttons_keep_their_height_and_ids_do_not_break(
    browser: object, demo: Web
) -> None:
    """Should not stretch the short "Board" form to the register form's height; on a phone a
    trip id stays on one line."""
    page = _page(browser, demo, "coordinator", width=1280)
    page.goto(demo.base + "/register?lang=ar")  # type: ignore[attr-defined]
    board = page.locator("#board-form button[type=submit]").bounding_box()  # type: ignore[attr-defined]
    form = page.locator("#board-form").bounding_box()  # type: ignore[attr-defined]
    # One line of text, not the height of the household form beside it.
    assert board and form and board["height"] <= 48 and form["height"] < 600
    _shot(page, "layout-register-ar-1280")
    phone = _page(browser, demo, "coordinator", width=390)
    phone.goto(demo.base + "/trips?lang=ar")  # type: ignore[attr-defined]
    lines = phone.evaluate(  # type: ignore[attr-defined]
        "() => [...document.querySelectorAll('tr[id^=trip-] td:first-child bdi')]"
        ".slice(0, 20).map(b => b.getClientRects().length)"
    )
    assert lines and set(lines) == {1}, lines
    _shot(phone, "layout-trips-ar-390")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_sitrep_page_is_styled_and_fits_a_phone(browser: object, demo: Web, lang: str) -> None:
    """Should apply the report's own styles (allowed by hash in the CSP) and fit 390px."""
    phone = _page(browser, demo, "coordinator", width=390)
    phone.goto(f"{demo.base}/sitrep?lang={lang}")  # type: ignore[attr-defined]
    rules = phone.evaluate(  # type: ignore[attr-defined]
        "() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)"
    )
    assert rules > 10
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # type: ignore[attr-defined]
    _shot(phone, f"layout-sitrep-{lang}-390")


@pytest.mark.parametrize("width", [1280, 390])
def test_the_brief_page_never_scrolls_sideways(browser: object, tmp_path: Path, width: int) -> None:
    """Should keep brief.html (ten columns of figures, a URL as outlet) inside a phone's width,
    with every cell's label shown when the rows are drawn as cards."""
    from corridor.text.brief import build_brief
    from corridor.text.model import Document
    from corridor.text.render_html import to_html

    url = "https://www.example-news-agency.org/world/middle-east/2016/12/16/evacuation-update"
    text = (
        "Aid workers said on Thursday that some 700 people had left eastern Aleppo by bus.\n"
        "The UN said perhaps 9,000 people remained in eastern Aleppo, and 2,500 were waiting.\n"
        "The Syrian Arab Red Crescent said 1,200 wounded people had been evacuated since Monday."
    )
    documents = [Document(doc_id=f"r{i}.txt", title="Update", outlet=url, published=None,
                          text=text) for i in range(2)]  # fmt: skip
    page_file = tmp_path / "brief.html"
    page_file.write_text(to_html(build_brief(documents)), encoding="utf-8")
    context = browser.new_context(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(page_file.as_uri())
    _shot(page, f"layout-brief-{width}")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    labels = page.evaluate(
        "[...document.querySelectorAll('table.figures td')].map("
        "c => getComputedStyle(c, '::before').content)"
    )
    shown = {label for label in labels if label not in ("none", "normal")}
    assert (len(shown) == 10) == (width < 640)
    context.close()
