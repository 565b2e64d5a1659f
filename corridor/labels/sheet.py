"""Lay tokens out as wristbands or an A4 label sheet, each with a QR code and the token in large
type, and print them to PDF with WeasyPrint.

The QR codes are made by segno (ISO/IEC 18004, error correction level M: a label stays readable
with some of it scuffed) and inlined as SVG, so the page is self-contained and nothing is fetched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import segno

from corridor.sitrep.pdf import html_to_pdf


@dataclass(frozen=True)
class Layout:
    """A label stock: page size, labels across and down, one label's size and the QR's size."""

    name: str
    help: str
    page: str  # CSS @page size
    margin: str  # CSS @page margin
    across: int
    down: int
    width_mm: float
    height_mm: float
    qr_mm: float
    type_pt: int
    gap_mm: float = 0.0


LAYOUTS = {
    layout.name: layout
    for layout in (
        # A thermal wristband (Zebra Z-Band style, 25 x 279 mm): one band per page, the code
        # and the token near the clasp end, read when the band is on a wrist.
        Layout(
            "wristband",
            "thermal wristband 25 x 279 mm, one per page",
            "25mm 279mm",
            "0",
            1,
            1,
            25,
            279,
            21,
            10,
        ),
        # A4 sheet of 21 labels, 63.5 x 38.1 mm (Avery L7160 and compatible sheets).
        Layout(
            "a4",
            "A4 sheet of 21 labels, 63.5 x 38.1 mm (L7160)",
            "A4",
            "15.15mm 7.25mm",
            3,
            7,
            63.5,
            38.1,
            28,
            12,
            2.5,
        ),
    )
}


def _qr_svg(token: str, size_mm: float) -> str:
    qr = segno.make(token, error="m", micro=False)
    svg = qr.svg_inline(scale=1, border=2, dark="#000", light="#fff", omitsize=True)
    return f'<div class="qr" style="width:{size_mm}mm;height:{size_mm}mm">{svg}</div>'


def sheet_html(tokens: Sequence[str], layout: Layout) -> str:
    """The labels as one self-contained HTML page."""
    per_page = layout.across * layout.down
    pages = [tokens[i : i + per_page] for i in range(0, len(tokens), per_page)]
    band = layout.name == "wristband"
    cells = []
    for page in pages:
        labels = "".join(
            f'<div class="label">{_qr_svg(t, layout.qr_mm)}'
            f'<div class="token">{escape(t)}</div></div>'
            for t in page
        )
        cells.append(f'<section class="sheet">{labels}</section>')
    flow = "column" if band else "row"
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: {layout.page}; margin: {layout.margin}; }}
body {{ margin: 0; font-family: "DejaVu Sans Mono", monospace; }}
.sheet {{ display: grid; grid-template-columns: repeat({layout.across}, {layout.width_mm}mm);
  grid-auto-rows: {layout.height_mm}mm; column-gap: {layout.gap_mm}mm; break-after: page; }}
.sheet:last-child {{ break-after: auto; }}
.label {{ display: flex; flex-direction: {flow}; align-items: center;
  justify-content: {"flex-start" if band else "center"}; gap: 2mm; overflow: hidden;
  {"padding-top: 12mm;" if band else ""} }}
.qr svg {{ width: 100%; height: 100%; display: block; }}
.token {{ font-size: {layout.type_pt}pt; font-weight: bold; letter-spacing: 0.5pt;
  white-space: nowrap; {"margin-top: 3mm;" if band else ""} }}
</style></head><body>{"".join(cells)}</body></html>"""


def label_pdf(tokens: Sequence[str], layout: str = "a4") -> bytes:
    """The labels for some tokens as PDF bytes.

    :raises KeyError: an unknown layout (callers check against ``LAYOUTS``).
    :raises ConfigError: WeasyPrint or Pango is missing.
    """
    return html_to_pdf(sheet_html(tokens, LAYOUTS[layout]))
