"""Read where and when a plain-text report was published from its opening lines.

Three common shapes are read: header lines (``Outlet:``, ``Date:``, ``Published:``,
``URL:``, ``Title:``, ``SOURCE: <url> | DATE: <date>``), a wire dateline
("NICOSIA, July 21, 2006 (AFP) –", "BEIRUT (Reuters) -") and, failing an outlet, the
host name of the report's URL. Header lines are blanked in the text (same length, so
offsets hold) and are never read as figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from corridor.text.dates import DATE_RE, find_dates

_KEYS = {
    "outlet": "outlet", "source": "source", "publisher": "outlet", "date": "date",
    "published": "date", "updated": "date", "posted": "date", "url": "url", "link": "url", "title": "title", "headline": "title",
}  # fmt: skip
_FIELD = re.compile(rf"^\s*(?P<key>{'|'.join(_KEYS)})\s*:\s*(?P<value>.*?)\s*$", re.I)
_DATELINE = re.compile(
    r"^(?P<head>[A-Z][A-Za-z.'’/ -]{1,40}(?:[,;]\s*[^()\n:–—]{1,40}?)?)\s*"
    r"(?:\((?P<paren>[^()\n]{2,80})\)\s*(?:--|[-–—:])?|\s*(?:--|[-–—:]))\s"
)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the opening lines say about a report; '' or None when they say nothing."""

    outlet: str = ""
    published: date | None = None
    day_without_year: bool = False
    url: str = ""
    title: str = ""


def header_fields(text: str) -> dict[str, str]:
    """Return ``key: value`` metadata (outlet, date, url, title) from a report's opening lines.

    A line may hold several fields separated by ``|``; the header ends at the first line
    that is not a field (blank lines after it are skipped).
    """
    fields: dict[str, str] = {}
    for line in text.splitlines()[:8]:
        if not line.strip():
            if fields:
                break
            continue
        parts = [_FIELD.match(part) for part in line.split(" | ")]
        if not all(parts):
            break
        for match in parts:
            assert match is not None
            key = _KEYS[match.group("key").lower()]
            value = match.group("value")
            if key == "source":
                key = "url" if re.match(r"(?:https?://|www\.)", value) else "outlet"
            fields.setdefault(key, value)
    return fields


def blank_header(text: str) -> str:
    """Return ``text`` with its header lines replaced by spaces (offsets unchanged)."""
    lines = text.split("\n")
    for index, line in enumerate(lines[:8]):
        if not line.strip():
            continue
        if all(_FIELD.match(part) for part in line.split(" | ")):
            lines[index] = " " * len(line)
        else:
            break
    return "\n".join(lines)


def outlet_from_url(url: str) -> str:
    """Return the host name of a URL without ``www.`` ("www.cbsnews.com" -> "cbsnews.com")."""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def dateline(text: str) -> Metadata:
    """Return the outlet and date a wire dateline gives, from the first line of body text."""
    first = next((line for line in text.split("\n") if line.strip()), "").strip()
    match = _DATELINE.match(first)
    if match is None:
        return Metadata()
    head, paren = match.group("head"), match.group("paren") or ""
    date_text = DATE_RE.search(head) or DATE_RE.search(paren)
    if paren == "" and date_text is None:
        return Metadata()
    if len(head.split()) > 7:
        return Metadata()
    outlet = paren
    if date_text is not None and date_text.re is DATE_RE and date_text.string == paren:
        outlet = (paren[: date_text.start()] + paren[date_text.end() :]).strip(" -–—,/")
    outlet = re.sub(r"\s*[-–—,]\s*\d{1,2}(?:st|nd|rd|th)?\s*$", "", outlet).strip()
    published = None
    without_year = False
    for where in (head, paren):
        found = find_dates(where, None)
        if found:
            published = found[0].day
            break
        if DATE_RE.search(where) and re.search(r"\b\d{1,2}\b", where):
            without_year = True
    return Metadata(outlet=outlet, published=published, day_without_year=without_year)


def dateline_end(text: str) -> int:
    """Return the offset where a wire dateline at the start of the body ends (0 if none)."""
    offset = len(text) - len(text.lstrip())
    first = text[offset:].split("\n", 1)[0]
    match = _DATELINE.match(first)
    if match is None or (not match.group("paren") and DATE_RE.search(match.group("head")) is None):
        return 0
    if len(match.group("head").split()) > 7:
        return 0
    return offset + match.end()
