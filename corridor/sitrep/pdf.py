"""HTML to PDF with WeasyPrint (Pango shapes Arabic and lays out right-to-left runs).

The only module of ``corridor.sitrep`` that touches the system: WeasyPrint needs Pango and a
font with Arabic glyphs (``scripts/system-deps.sh`` installs ``fonts-dejavu-core`` and Pango on
Debian). No network: the report is self-contained (inline styles and SVG), and a URL fetcher
that refuses everything makes sure no resource is ever downloaded.
"""

from __future__ import annotations

from typing import Any, NoReturn

from corridor.errors import ConfigError, MissingExtra


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> NoReturn:
    raise ValueError(f"the report must be self-contained; refusing to fetch {url}")


def html_to_pdf(html: str) -> bytes:
    """Render a self-contained HTML page as PDF bytes.

    :raises MissingExtra: WeasyPrint (``corridor[pdf]``) is not installed.
    :raises ConfigError: its system libraries (Pango) are missing.
    """
    try:
        from weasyprint import HTML
    except ImportError as exc:
        raise MissingExtra("pdf", "PDF", exc) from None
    except OSError as exc:  # Pango not found by cffi
        raise ConfigError(f"PDF needs Pango ({exc}); run scripts/system-deps.sh") from None
    pdf = HTML(string=html, url_fetcher=_no_fetch).write_pdf()
    assert isinstance(pdf, bytes)
    return pdf
