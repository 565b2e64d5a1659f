"""Read where and when a plain-text report was published from its opening lines.

Header lines (``Outlet:``, ``Date:``, ``Published:``, ``Updated:``, ``URL:``, ``Title:``,
``SOURCE: <url> | DATE: <date>``, a bare URL line), a wire dateline ("NICOSIA, July 21,
2006 (AFP) –", "BEIRUT (Reuters) -", "Geneva, 3 May 2019 –"), short date lines near the
top ("Friday, May 3, 2019", "May 3, 2019 / 10:31 AM / Updated ...", "Posted\n3 May 2019"),
and, for an undated report, the day it says its briefing or statement was given. A first
published day wins over a posted one, and that over an update; an all-digit day whose
order of day and month the report does not settle ("03/05/2019") is not guessed. Failing
an outlet, the host name of the report's URL is used. Header lines are blanked in the
text (same length, so offsets hold) and are never read as figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from corridor.text.dates import DATE_RE, DateMention, find_dates, named_months, numeric_date
from corridor.text.gazetteer import index as gazetteer

_KEYS = {
    "outlet": "outlet", "source": "source", "publisher": "outlet", "url": "url", "link": "url",
    "title": "title", "headline": "title",
    # an email's header: its sender is the outlet, its subject the title
    "from": "outlet", "subject": "title", "to": "", "cc": "", "bcc": "",
}  # fmt: skip
# Date keys, ranked: the day a report first appeared, then its stated date, then a revision.
_DATE_KEYS = {
    "first published": 0, "originally published": 0, "first posted": 0, "date": 1,
    "published": 1, "published on": 1, "date published": 1, "publication date": 1,
    "date of publication": 1, "posted": 1, "posted on": 1, "released": 1, "issued": 1,
    "dated": 1, "sent": 1, "updated": 2, "last updated": 2, "modified": 2, "last modified": 2,
}  # fmt: skip
_KEY_RE = "|".join(sorted([*_KEYS, *_DATE_KEYS], key=len, reverse=True)).replace(" ", r"\s+")
_FIELD = re.compile(rf"^\s*(?P<key>{_KEY_RE})\s*:\s*(?P<value>.*?)\s*$", re.I)
_DATELINE = re.compile(
    r"^(?P<head>[A-Z0-9][A-Za-z0-9.'’/ -]{1,40}(?:[,;]\s*[^()\n:–—]{1,40}?)?)\s*"
    r"(?:\((?P<paren>[^()\n]{2,80})\)\s*(?:--|[-–—:])?|\s*(?:--|[-–—:]))\s"
)


# "BISHKEK, September 16. /TASS/. Kyrgyzstan's ...": an agency between slashes, as TASS
# and some national agencies write their datelines; read as "BISHKEK, September 16 (TASS) -"
# (the same length, so offsets hold).
_SLASHED = re.compile(r"\.\s/(?P<agency>[A-Z][\w .&-]{1,30}?)/\.(?=\s)")


def _slashed(line: str) -> str:
    """Return a dateline line with an agency between slashes put in brackets."""
    return _SLASHED.sub(lambda m: " (" + m.group("agency") + ") -", line, count=1)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the opening lines say about a report; '' or None when they say nothing."""

    outlet: str = ""
    published: date | None = None
    day_without_year: bool = False
    url: str = ""
    title: str = ""


# A line that is only the report's address, as a copied page often opens.
_BARE_URL = re.compile(r"^\s*(?P<value>(?:https?://|www\.)\S+)\s*$", re.I)


def _field(part: str) -> tuple[str, str] | None:
    """Return a header field's key and value ("Date: 3 May 2019", a bare URL), or None."""
    match = _FIELD.match(part)
    if match is not None:
        return " ".join(match.group("key").lower().split()), match.group("value")
    bare = _BARE_URL.match(part)
    return ("url", bare.group("value")) if bare is not None else None


def header_fields(text: str) -> dict[str, str]:
    """Return ``key: value`` metadata (outlet, date, url, title) from a report's opening lines.

    A line may hold several fields separated by ``|``; the header ends at the first line
    that is not a field (blank lines after it are skipped).
    """
    fields: dict[str, str] = {}
    date_rank = len(_DATE_KEYS)
    skipped = ""
    for line in text.splitlines()[:8]:
        if not line.strip():
            if fields:
                break
            continue
        parts = [_field(part) for part in line.split(" | ")]
        if not all(parts):
            if fields or skipped or not _TITLE_LINE.match(line):
                break
            skipped = line.strip()  # a title line above the header ("Title\nPublished: ...")
            continue
        for part in parts:
            assert part is not None
            name, value = part
            if name in _DATE_KEYS:
                if value and _DATE_KEYS[name] < date_rank:
                    fields["date"], date_rank = value, _DATE_KEYS[name]
                continue
            key = _KEYS[name]
            if not key:
                continue  # an email's addressees
            if name == "from":
                value = re.sub(r"\s*<[^<>]*>\s*$", "", value).strip('" ')  # "Desk <d@x.org>"
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
        if all(_field(part) for part in line.split(" | ")):
            lines[index] = " " * len(line)
            seen = True
        elif seen or skipped or not _TITLE_LINE.match(line):
            break
        else:
            skipped = True
    return "\n".join(lines)


def blank_date_lines(text: str) -> str:
    """Return ``text`` with the date fields among its opening lines replaced by spaces
    (offsets unchanged), also below a title and standfirst ("Updated: Jul 15, 2024, 16:01
    PM IST"): a page's stamp is never prose, and its digits are never figures."""
    lines = text.split("\n")
    opening = [index for index, line in enumerate(lines[:24]) if line.strip()][:12]
    for index in opening:
        parts = [_field(part) for part in lines[index].split(" | ")]
        fields = all(parts) and any(part[0] in _DATE_KEYS for part in parts if part is not None)
        # "Page last updated at 19:57 GMT, Monday, 11 August 2008 20:57 UK", and beside
        # a stamp, parts of its words alone: "August 5, 2024 · 4 min read"
        marks = [(part, find_dates(part, None)) for part in _PARTS.split(_unglue(lines[index]))]
        stamps = any(found for _, found in marks) and all(
            _stamp_line(part, found) or (not found and _stamp_words(part)) for part, found in marks
        )
        if fields or stamps:
            lines[index] = " " * len(lines[index])
    return "\n".join(lines)


# A year run into the time after it, as a copied page's stamp often is: "August 5,
# 20208:03 AM GMT+5:30Updated 3 years ago".
_GLUED = re.compile(r"(?<=[\dA-Za-z.])(,?\s(?:19|20)\d\d)(?=\d{1,2}:\d\d)")
_GLUED_WORD = re.compile(r"(?<=[\dAPMTapmt])(?=(?:Updated|Published|Posted)\b)")


def _unglue(line: str) -> str:
    """Return a date line with a space between a year and the time run into it, and
    before a label run into the time ("GMT+5:30Updated"): for reading, never for offsets."""
    return _GLUED_WORD.sub(" ", _GLUED.sub(r"\1 ", line))


# A title line: short, no sentence end, not a field.
_TITLE_LINE = re.compile(r"^\s*[A-Z0-9][^.!?\n]{0,150}\s*$")
# Parts of a date line: "May 3, 2019 / 10:31 AM | Updated ...", "10:31 AM · May 3, 2019".
_PARTS = re.compile(r"\s+[|/·•—–]\s+")  # "Security Alert — 3 May 2019"
_FIRST = re.compile(r"(?i)^\s*(?:first|originally)\s+(?:published|posted)\b")
_REVISED = re.compile(r"(?i)(?:updated|modified|last)\b")
_LABEL = re.compile(r"(?i)^[a-z ]{3,30}:?$")  # "Posted", "Originally published"
_PROSE_END = re.compile(r"[a-z0-9][.!?][\"”’]?\s*$")


def opening_date(text: str) -> date | None:
    """Return the publication day a short line near the top gives ("12 August 2014",
    "10-02-2009 News Release 34/09", "April 26, 2015 03:12 am | Updated ...",
    "Situation Report No. 4\n28 May 2021", "2019/05/03"), or None.

    Only the first six lines are read, a line of prose ends the search, and only short
    parts that carry a year count. A "First published" day wins over the day a line gives
    first, and an "Updated" day counts only when the report gives no other. A numeric day
    whose day-month order the report does not settle is not guessed.
    """
    lines = [_unglue(line.strip()) for line in text.split("\n")[:24] if line.strip()][:12]
    months = named_months(text)
    best: tuple[tuple[int, int], date] | None = None
    label = ""
    for number, line in enumerate(lines):
        if len(line.split()) > 40 or (number >= 6 and len(line.split()) > 8):
            break  # the body has started; past six lines only a label-and-value block
        if _prose(line):
            continue  # a sentence, not a date line ("The dam burst on 17 January 2002.")
        for part in _PARTS.split(line):
            found = find_dates(part, None)
            if len(part.split()) > 10 and not _stamp_line(part, found):
                # "Source Relief Aid Posted 13 Oct 2013 Originally published 12 Oct 2013",
                # "Fact Sheet #2, Fiscal Year 2022 (May 3, 2022)"
                part = _labelled_day(part, found) or _title_day(part)
                found = find_dates(part, None)
                if not found:
                    continue
            # "Sun 30 Jan 2011 21.55 GMT First published on Sun 30 Jan 2011 18.12 GMT"
            first = _FIRST_WITHIN.search(part)
            found = [d for d in found if d.span.start > first.end()] or found if first else found
            day = found[0].day if found else numeric_date(part, months)
            if day is None:
                continue
            named = f"{label} {part}".strip()  # "Originally published\n2 May 2019"
            revised = _REVISED.match(named) or _REVISED.match(part.strip())  # below a title
            rank = 0 if _FIRST.search(named) else 2 if revised else 1
            # a page's own time stamp ("July 15, 2024 8:00 PM") over a site's banner with
            # the day it was copied ("Tuesday, October 1, 2024"), if no earlier day is stamped
            key = (rank, 0 if _stamped(part, found) else 1)
            if best is None or key < best[0]:
                best = (key, day)
        label = line if _LABEL.match(line) else ""
    return best[1] if best else None


def _prose(line: str) -> bool:
    """Return whether an opening line is a sentence, not a date line: more than four words
    ending in a stop, and not a stamp ("The dam burst on 17 January 2002.", "Maria struck
    on 20 September 2017."; not "Published on Friday, 22 September 2017.")."""
    if len(line.split()) <= 4 or not _PROSE_END.search(line):
        return False
    return not _stamp_line(line.rstrip('.!?"”’ '), find_dates(line, None))


# A day a label gives inside a long line of a copied page's fields: "Posted 13 Oct 2013",
# "Originally published 12 Oct 2013", "Published: 12 October 2013".
_DAY_LABEL = re.compile(
    r"\b(?:(?:first|originally)\s+)?(?:published|posted|released|issued)(?:\s+on)?\s*:?\s*$", re.I
)


def _labelled_day(part: str, found: list[DateMention]) -> str:
    """Return the labelled day in a long line, the first published one before others
    (the stamp it makes is read as a date line), or ''."""
    labelled = [
        (label.start(), d)
        for d in found
        if (label := _DAY_LABEL.search(part[: d.span.start])) is not None
    ]
    if not labelled:
        return ""
    start, day = min(
        labelled, key=lambda p: 0 if _FIRST_WITHIN.search(part[: p[1].span.start][-30:]) else 1
    )
    return part[start : day.span.end]


# What sets a long title's closing day apart from its words: "Flash Update II (15 August
# 2022)", "Flash Update No. 2, as of 6 August 2020", "Sitrep 4 – 3 May 2019".
_BEFORE_TITLE_DAY = re.compile(r"(?:[(,:–—-]|\bas\s+(?:of|at))\s*$", re.I)


def _title_day(part: str) -> str:
    """Return the day a long title line closes on, set apart by a bracket, a comma, a dash
    or "as of", or '' (the title's other words may name a year or a month the report
    covers, or an event's day: "Storm hits coast on 3 May 2019" is no date line)."""
    found = find_dates(part, None)
    if not found or not re.fullmatch(r"\s*\)?\s*", part[found[-1].span.end :]):
        return ""
    last = found[-1]
    if not _BEFORE_TITLE_DAY.search(part[: last.span.start]):
        return ""
    return part[last.span.start : last.span.end]


# A time of day right after a date: "July 15, 2024 8:00 PM", "15 July 2024, 02:23 PM IST".
_STAMP = re.compile(
    r"^,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?!\w)", re.I
)
# The time a count or a report's period stands at, not the time a page was posted.
_COUNT_TIME = re.compile(r"\b(?:as (?:of|at|on)|up to|until|by|period|covering|from)\b", re.I)


def _stamped(part: str, found: list[DateMention]) -> bool:
    """Return whether a date line's day carries the time of day it was posted."""
    return (
        bool(found)
        and _STAMP.match(part[found[0].span.end :]) is not None
        and not _COUNT_TIME.search(part[: found[0].span.start])
    )


# "First published on ..." inside a longer stamp line.
_FIRST_WITHIN = re.compile(r"(?i)\b(?:first|originally)\s+(?:published|posted)\b")
# The words a long date stamp is made of besides its day and time: "Page last updated at
# 16:03 GMT, Tuesday, 12 August 2008 17:03 UK".
_STAMP_WORDS = frozenset(
    "page first last originally published posted updated update modified on at am pm gmt utc"
    " bst cet cest edt est cdt cst pdt pst ist aest aedt sast eat wat uk local time mon tue"
    " tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday"
    " sunday ago year years month months week weeks day days hour hours hr hrs minute minutes"
    " min mins read".split()  # "Updated 3 years ago", "4 min read"
)


def _stamp_line(part: str, found: list[DateMention]) -> bool:
    """Return whether a long part of a line is only a date stamp (days, times, zones and
    the words "published", "updated" ...), not a sentence that names a day."""
    if not found:
        return False
    rest = part
    for mention in reversed(found):
        rest = rest[: mention.span.start] + " " + rest[mention.span.end :]
    return _stamp_words(rest)


def _stamp_words(rest: str) -> bool:
    """Return whether a part of a line holds only a stamp's words, times and numbers."""
    words = re.findall(r"[A-Za-z]+", re.sub(r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?", " ", rest))
    return sum(word.lower() not in _STAMP_WORDS for word in words) == 0


def closing_date(text: str) -> date | None:
    """Return the day a short line among a report's last six lines gives ("Published 3 May
    2019", "Posted: 2019-05-03"), or None: a clipping may carry its date at the foot."""
    lines = [line for line in text[-3000:].split("\n") if line.strip()][-6:]
    return opening_date("\n".join(lines)) if lines else None


# The day a report says its own statement was made: "at the press briefing, on 10 October
# 2014", "in a statement dated 3 May 2019", "the agency said on 3 May 2019".
_STATED = re.compile(
    r"\b(?:briefing|statement|conference|release|speech|remarks|report|update|bulletin|said"
    r"|announced|published|issued|released|dated)\b[^.;\n]{0,30}?\W(?:on|of|dated)\s+"
    r"(?:\w+day,?\s+)?$",
    re.I,
)


# A body that opens by dating its news: "On Monday, 5 June 2023, officials said ...".
_OPENS_ON = re.compile(r"^\s*On\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?=\S)")


def stated_date(text: str) -> date | None:
    """Return the day the opening of a report says its statement was given ("at the press
    briefing, on 10 October 2014"), or the day with its year that the body's first
    sentence opens on ("On Monday, 5 June 2023, ..."), or None: the last resort for an
    undated report."""
    head = text[:1500]
    for found in find_dates(head, None):
        if _STATED.search(head[max(0, found.span.start - 80) : found.span.start]):
            return found.day
    return _opening_day(head)


def _opening_day(head: str) -> date | None:
    """Return the day with its year that one of the first three lines opens on ("On
    Monday, 5 June 2023, ..."), or None. Above a wire dateline such a line is a standfirst
    on an event, and the body starts at the dateline: None."""
    if _find_dateline(head) is not None:
        return None
    for line in [line for line in head.split("\n") if line.strip()][:3]:
        opens = _OPENS_ON.match(line)
        found = find_dates(line, None) if opens else []
        if opens and found and found[0].span.start == opens.end():
            return found[0].day
    return None


def outlet_from_url(url: str) -> str:
    """Return the host name of a URL without ``www.`` ("www.cbsnews.com" -> "cbsnews.com")."""
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


# A byline ("By Ana Ruiz and Tom Bell") or a summary bullet ("* Storm kills at least 15"):
# a wire story stacks them between its title and its dateline.
_ABOVE_BODY = re.compile(r"^\s*(?:[*•·-]\s+\S|By\s+[A-Z][^.!?]{0,80}$)")


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
        if _ABOVE_BODY.match(line):
            continue  # a byline or a summary bullet between the title and the dateline
        lines += 1
        if lines > 4:
            return None
        match = _DATELINE.match(_slashed(line.strip()))
        if (
            match is not None
            and len(match.group("head").split()) <= 7
            and (not match.group("head")[0].isdigit() or find_dates(match.group("head"), None))
            and not _subject(match.group("head"))
            # "Figures as of 14 July 2024:" dates a count, not a report
            and not re.search(r"\bas (?:of|at|on)\b", match.group("head"), re.I)
            # a count is no dateline: "Some 5,000 people (1,200 families) were moved"
            and not re.search(r"\d\s+[a-z]", match.group("head"))
        ):
            days = list(DATE_RE.finditer(match.group("head")))
            # "NAIROBI, Monday July 15 2024 -": a weekday may stand before a dated year
            dated = bool(days) and (
                bool(re.search(r"\d", days[0].group(0)))
                or any(re.search(r"\d{4}", d.group(0)) for d in days)
            )
            paren = match.group("paren")
            if (paren is None or _bracket_fits(match.group("head"), paren)) and (paren or dated):
                return match, start
        if re.search(r"[.!?][\"”]?\s*$", line.strip()):
            return None  # prose has started: a dateline opens the body or is not there
    return None


# "The Department of Foreign Affairs (DFA) said ...": a sentence's subject, not a place
_SUBJECT = re.compile(r"(?:The|A|An|This|These|Those|Its|Their|Our|His|Her|Some)\s", re.I)


def _subject(head: str) -> bool:
    """Return whether a dateline's head is the subject of a sentence ("The ministry"), not a
    place ("The Hague" is one)."""
    return bool(_SUBJECT.match(head)) and head.split(",")[0].strip().lower() not in gazetteer()


_WEEKDAY_OR_TIME = re.compile(
    r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?"
    r"|\b(?:gmt|utc|local time|[ap]\.?m\.?)\b"
)


def _credit(paren: str) -> bool:
    """Return whether a dateline's brackets can hold its agency ("(Reuters)", "(AFP, 3 May)"):
    a count in brackets ("3,400 families (about 17,000 people)") is the body's."""
    digits = re.sub(r"\d{1,2}:\d\d", "", DATE_RE.sub("", paren))
    return not re.search(r"\d", digits)


def _bracket_fits(head: str, paren: str) -> bool:
    """Return whether a dateline's brackets fit its head: an agency ("(Reuters)"), or a bare
    day after a place ("GENEVA (3 May 2019) -"); a bare day after a clause is the body's
    ("Russia announced Friday (Dec 16) it was ...")."""
    if not _credit(paren):
        return False
    rest = _WEEKDAY_OR_TIME.sub("", re.sub(r"\d{1,2}:\d\d", "", DATE_RE.sub("", paren)))
    return bool(re.search(r"[A-Za-z]{2}", rest)) or not re.search(r"\b[a-z]{4,}\b", head)


def dateline(text: str, near: date | None = None) -> Metadata:
    """Return the outlet and date a wire dateline gives, from the opening lines.

    A day without a year ("BEIRUT, April 15 (AFP) –") is read as the one closest before
    ``near`` (the last day of a month the report's URL names), if given.
    """
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
        days = find_dates(where, near)
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
