"""Rendered PDF pages, rasterised: one or two pages, inked, a chart, Arabic right-aligned."""

from __future__ import annotations

import ctypes
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from fontTools.ttLib import TTFont

from corridor.clock import FrozenClock
from corridor.domain.forecast import Forecast
from corridor.services.demo import load_demo
from corridor.services.disclosure import compute_snapshot
from corridor.services.sitrep import Rendered, make_sitrep
from corridor.sitrep.chart import COLOURS
from tests.conftest import make_store

OP = "aleppo-2016"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "sitrep"


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Rendered]]:
    """The demo's busiest day in English and Arabic, with a forecast (PDF rendered once)."""
    store_iter = make_store("sqlite", tmp_path_factory.mktemp("demo"))
    store = next(store_iter)
    load_demo(store=store)
    forecast = Forecast(20.0, 31.0, 48.0, ("85 buses and 40 ambulances a day",))
    out = {
        lang: make_sitrep(store=store, op=OP, date="2016-12-16", lang=lang, forecast=forecast)
        for lang in ("en", "ar")
    }
    snap = compute_snapshot(store=store, clock=FrozenClock(), op=OP)
    for lang in ("en", "ar"):  # the public variant has a notice and more rows: still 1-2 pages
        out[f"{lang}-public"] = make_sitrep(
            store=store,
            op=OP,
            date="2016-12-16",
            lang=lang,
            forecast=forecast,
            public=True,
            snapshot=snap,
        )
    yield out
    store.close()


def _pages(pdf: bytes, name: str) -> list[np.ndarray]:
    """Each page as a greyscale array (also saved under test-artifacts/ for a person to look)."""
    doc = pdfium.PdfDocument(pdf)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = []
    for index in range(len(doc)):
        image = doc[index].render(scale=1.0).to_pil().convert("RGB")
        image.save(ARTIFACTS / f"{name}-{index + 1}.png")
        out.append(np.asarray(image))
    return out


def _flush_rows(page: np.ndarray) -> tuple[int, int]:
    """Text lines that start at the left margin, and lines that end at the right margin."""
    ink = page.mean(axis=2) < 110
    rows = [np.flatnonzero(r) for r in ink if r.any()]
    lefts, rights = [r[0] for r in rows], [r[-1] for r in rows]
    left_margin, right_margin = min(lefts), max(rights)
    flush_left = sum(
        1
        for a, b in zip(lefts, rights, strict=True)
        if a <= left_margin + 6 and b < right_margin - 40
    )
    flush_right = sum(
        1
        for a, b in zip(lefts, rights, strict=True)
        if b >= right_margin - 6 and a > left_margin + 40
    )
    return flush_left, flush_right


def _colour_pixels(page: np.ndarray, hex_colour: str) -> int:
    rgb = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(page.astype(int) - rgb).sum(axis=2) < 40).sum())


@pytest.mark.parametrize("lang", ["en", "ar", "en-public", "ar-public"])
def test_it_fits_one_or_two_inked_pages_with_the_chart(
    reports: dict[str, Rendered], lang: str
) -> None:
    pages = _pages(reports[lang].pdf or b"", f"sitrep-{lang}")
    assert 1 <= len(pages) <= 2
    # The public variant prints no free text and one chart point per day: less ink.
    public = lang.endswith("public")
    for page in pages:
        assert (page.mean(axis=2) < 200).mean() > (0.005 if public else 0.01)  # not blank
    first = pages[0]
    # Public: one point at the end of each local day (15 and 16 Dec here), most of 16 Dec shaded
    # as suspended: short lines, partly under each other where the two counts are close.
    lines = 40 if public else 300
    assert _colour_pixels(first, COLOURS["left"]) > lines  # both chart lines are drawn
    assert _colour_pixels(first, COLOURS["arrived"]) > lines


def test_it_aligns_arabic_to_the_right_and_english_to_the_left(
    reports: dict[str, Rendered],
) -> None:
    en_left, en_right = _flush_rows(_pages(reports["en"].pdf or b"", "sitrep-en")[0])
    ar_left, ar_right = _flush_rows(_pages(reports["ar"].pdf or b"", "sitrep-ar")[0])
    assert en_left > 2 * en_right, (en_left, en_right)
    assert ar_right > 2 * ar_left, (ar_left, ar_right)


def _font_file(family: str) -> str:
    return subprocess.run(
        ["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=True
    ).stdout


def test_it_draws_arabic_with_a_font_that_has_arabic_glyphs(
    reports: dict[str, Rendered],
) -> None:
    """Should embed a real Arabic font for Arabic letters (no empty boxes for missing glyphs)."""
    page = pdfium.PdfDocument(reports["ar"].pdf or b"")[0]
    text_page = page.get_textpage()
    text = text_page.get_text_range()
    assert "تقرير الوضع" in text.replace("\r\n", " ") or "الوضع" in text
    index = text.index("الوضع")
    buffer = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    pdfium_raw.FPDFText_GetFontInfo(text_page.raw, index, buffer, 256, ctypes.byref(flags))
    embedded = buffer.value.decode().split("+")[-1]  # "ABCDEF+Noto-Naskh-Arabic-Bold"
    family = embedded.replace("-Bold", "").replace("-Regular", "").replace("-", " ")
    cmap = TTFont(_font_file(family), fontNumber=0).getBestCmap()
    assert family.replace(" ", "").lower() in Path(_font_file(family)).name.lower()
    assert all(ord(c) in cmap for c in "الوضع"), embedded


def test_it_writes_the_forecast_and_the_reported_figures(reports: dict[str, Rendered]) -> None:
    en, ar = reports["en"].html, reports["ar"].html
    assert "Time to clear: 31.0 hours" in en and "SOHR" in en
    assert 'dir="rtl"' in ar and 'lang="ar"' in ar
    assert "تقرير الوضع" in ar and "٣١٫٠" in ar  # translated, Arabic-Indic digits
    assert "توقّع الانتهاء" in ar
