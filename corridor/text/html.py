"""Extract an article's main text and metadata from HTML (with trafilatura)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

from corridor.text.model import BriefError

_HTML_HINT = re.compile(r"<\s*(?:!doctype\s+html|html|body|article|p|div|head)\b", re.I)


@dataclass(frozen=True, slots=True)
class Extracted:
    """Main text and what the page says about itself."""

    text: str
    title: str
    outlet: str
    published: str
    url: str


def looks_like_html(text: str) -> bool:
    """Return whether ``text`` looks like an HTML page rather than plain text."""
    return bool(_HTML_HINT.search(text[:2000]))


def extract_html(markup: str) -> Extracted:
    """Return the main text of an HTML page; raise BriefError when there is none."""
    if not markup.strip():
        raise BriefError("empty HTML")
    try:
        result = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise BriefError(f"could not parse HTML: {exc}") from exc
    if result is None:
        raise BriefError("no main text found in HTML")
    data = result if isinstance(result, dict) else result.as_dict()
    text = str(data.get("text") or "").strip()
    if not text:
        raise BriefError("no main text found in HTML")
    return Extracted(
        text=text,
        title=str(data.get("title") or ""),
        outlet=str(data.get("sitename") or data.get("hostname") or ""),
        published=str(data.get("date") or ""),
        url=str(data.get("url") or ""),
    )
