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
        published=_not_copyright(str(data.get("date") or ""), markup),
        url=str(data.get("url") or "") or _saved_from(markup),
    )


# "© 2024 Example News", "Copyright 2019-2024": the year a site's footer claims.
_COPYRIGHT = re.compile(r"(?:©|&copy;|&#169;|\bcopyright\b)\s*(?:\d{4}\s*[-–]\s*)?(\d{4})", re.I)


def _not_copyright(published: str, markup: str) -> str:
    """Return the page's day, or '' when it is only the 1 January of a year the page
    names as its copyright ("© 2024"): a footer's year is no publication day."""
    if not re.fullmatch(r"\d{4}-01-01", published):
        return published
    year = published[:4]
    claimed = any(found.group(1) == year for found in _COPYRIGHT.finditer(markup))
    return "" if claimed and f"{year}-01-01" not in markup else published


# A page saved by a browser names the address it came from: "<!-- saved from url=(0061)https://...".
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(?P<url>\S+?)\s*-->", re.I)


def _saved_from(markup: str) -> str:
    """Return the address a browser's "saved from" comment gives, or ''."""
    match = _SAVED_FROM.search(markup[:2000])
    return match.group("url") if match is not None else ""
