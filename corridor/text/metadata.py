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
    "published": "date", "updated": "date", "posted": "date", "url": "url", "link": "url",
    "title": "title", "headline": "title",
}  # fmt: skip
_FIELD = re.compile(rf"^\s*(?P<key>{'|'.join(_KEYS)})\s*:\s*(?P<value>.*?)\s*$", re.I)
_DATELINE = re.compile(
    r"^(?P<head>[A-Z][A-Za-z0-9.'’/ -]{1,40}(?:[,;]\s*[^()\n:–—]{1,40}?)?)\s*"
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
    skipped = ""
    for line in text.splitlines()[:8]:
        if not line.strip():
            if fields:
                break
            continue
        parts = [_FIELD.match(part) for part in line.split(" | ")]
        if not all(parts):
            if fields or skipped or not _TITLE_LINE.match(line):
                break
            skipped = line.strip()  # a title line above the header ("Title\nPublished: ...")
            continue
        for match in parts:
            assert match is not None
            key = _KEYS[match.group("key").lower()]
            value = match.group("value")
            if key == "source":
                key = "url" if re.match(r"(?:https?://|www\.)", value) else "outlet"
            fields.setdefault(key, value)
    if fields and skipped:
        fields.setdefault("title", skipped)
    return fields


def blank_header(text: str) -> str:
    """Return ``text`` with its header lines replaced by spaces (offsets unchanged)."""
    lines = text.split("\n")
    seen = skipped = False
    for index, line in enumerate(lines[:8]):
        if not line.strip():
            continue
        if all(_FIELD.match(part) for part in line.split(" | ")):
            lines[index] = " " * len(line)
            seen = True
        elif seen or skipped or not _TITLE_LINE.match(line):
            break
        else:
            skipped = True
    return "\n".join(lines)


# A title line: short, no sentence end, not a field.
_TITLE_LINE = re.compile(r"^\s*[A-Z0-9][^.!?\n]{0,150}\s*$")
# "10-02-2009 News Release 34/09", "12.08.2014": a numeric day, read day first.
_NUMERIC_DAY = re.compile(r"^\s*(\d{1,2})[-./](\d{1,2})[-./]((?:19|20)\d\d)\b")


def opening_date(text: str) -> date | None:
    """Return the publication day a short line near the top gives ("12 August 2014",
    "10-02-2009 News Release 34/09", "April 26, 2015 03:12 am | Updated ...",
    "Situation Report No. 4\n28 May 2021"), or None.

    Only the first six lines are read, a line of prose ends the search, and only short
    parts that carry a year count; an "Updated" date is not the publication day.
    """
    lines = [line for line in text.split("\n")[:12] if line.strip()][:6]
    updated: date | None = None
    for line in lines:
        if len(line.split()) > 40:
            break  # the body has started
        for part in line.split(" | "):
            part = part.strip()
            if len(part.split()) > 8:
                continue
            if re.match(r"(?i)(?:updated|modified|last)\b", part):
                found = find_dates(part, None)
                updated = updated or (found[0].day if found else None)
                continue
            numeric = _NUMERIC_DAY.match(part)
            if numeric is not None:
                first, second, year = (int(g) for g in numeric.groups())
                day, month = (first, second) if second <= 12 else (second, first)
                try:
                    return date(year, month, day)
                except ValueError:
                    continue
            found = find_dates(part, None)
            if found:
                return found[0].day
    return updated  # an "Updated" day only when the report gives no other


def outlet_from_url(url: str) -> str:
    """Return the host name of a URL without ``www.`` ("www.cbsnews.com" -> "cbsnews.com")."""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _find_dateline(text: str) -> tuple[re.Match[str], int] | None:
    """Return the dateline and the offset of its line: the first of the opening lines
    (at most four, so a title and a date line may stand above it) that opens with a
    place and an agency in brackets or a date."""
    offset = 0
    lines = 0
    for line in text.split("\n"):
        start = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        if not line.strip():
            continue
        lines += 1
        if lines > 4:
            return None
        match = _DATELINE.match(line.strip())
        if match is not None and len(match.group("head").split()) <= 7:
            day = DATE_RE.search(match.group("head"))
            if match.group("paren") or (day is not None and re.search(r"\d", day.group(0))):
                return match, start
        if re.search(r"[.!?][\"”]?\s*$", line.strip()):
            return None  # prose has started: a dateline opens the body or is not there
    return None


def dateline(text: str) -> Metadata:
    """Return the outlet and date a wire dateline gives, from the opening lines."""
    found = _find_dateline(text)
    if found is None:
        return Metadata()
    match = found[0]
    head, paren = match.group("head"), match.group("paren") or ""
    date_text = DATE_RE.search(head) or DATE_RE.search(paren)
    outlet = paren
    if date_text is not None and date_text.re is DATE_RE and date_text.string == paren:
        outlet = (paren[: date_text.start()] + paren[date_text.end() :]).strip(" -–—,/")
    outlet = re.sub(r"\s*[-–—,]\s*\d{1,2}(?:st|nd|rd|th)?\s*$", "", outlet).strip()
    published = None
    without_year = False
    for where in (head, paren):
        days = find_dates(where, None)
        if days:
            published = days[0].day
            break
        if DATE_RE.search(where) and re.search(r"\b\d{1,2}\b", where):
            without_year = True
    return Metadata(outlet=outlet, published=published, day_without_year=without_year)


def dateline_span(text: str) -> tuple[int, int]:
    """Return where a wire dateline in the opening lines starts and ends ((0, 0) if none)."""
    found = _find_dateline(text)
    return (0, 0) if found is None else (found[1], found[1] + found[0].end())


def dateline_end(text: str) -> int:
    """Return the offset where a wire dateline at the start of the body ends (0 if none)."""
    found = _find_dateline(text)
    return 0 if found is None else found[1] + found[0].end()
