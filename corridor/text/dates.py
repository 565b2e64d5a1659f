"""Resolve relative and absolute date expressions against a publication date."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from corridor.text.model import BriefError, Span
from corridor.text.word_start import word_start

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_WEEK_COUNTS = ("a", "one", "two", "three", "four")
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# A month named alone must be capitalised ("in May", not "may have") and follow a
# preposition that makes it a time ("in September", "by the end of March").
_MONTH_ALONE = "|".join(
    sorted((n.capitalize() for n in _MONTHS if len(n) > 3 or n == "may"), key=len, reverse=True)
)
# "on November 19 and 20, when": a range of days ends before a word that is no noun, and
# not on the first digits of a thousands number ("since July 7 to 5,015")
_AFTER_RANGE = r"(?:when|as|in|at|on|and|the|to|with|for|after|before|while|from|that)\b"
_PART = {"early": 5, "mid": 15, "late": 25}
# "on the 13th, when": a day of the month named alone ends before a word that is no noun
_NTH_AFTER = r"(?:when|as|after|before|while|at|in|and|amid)\b"

_DATE = (
    rf"\b(?:(?:the\s+)?first\s+(?:(?P<first_days>\d{{1,2}}|{'|'.join(_COUNTS)})\s+days"
    rf"|(?:(?P<first_weeks>a|one|two|three|four|\d)\s+)?weeks?)\s+of"
    rf"\s+(?P<first_month>{_MONTH_RE})\b\.?(?:,?\s+(?P<first_year>\d{{4}}))?"
    rf"|(?P<week_end>(?:the\s+)?end\s+of\s+last\s+week)"
    rf"|(?P<md_month>{_MONTH_RE})\.?\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?(?![,.]\d)"
    rf"(?:\s*(?:-|–|and|to)\s*(?P<md_end>\d{{1,2}})(?![,.]\d)(?=\s*(?:[,.;:)]|$|{_AFTER_RANGE})))?"
    rf"(?:,?\s+(?P<md_year>\d{{4}}))?(?!\d)"
    rf"|(?P<dm_day>\d{{1,2}})(?:(?:st|nd|rd|th)\s+of)?(?:st|nd|rd|th)?"
    rf"\s+(?P<dm_month>{_MONTH_RE})\.?(?:,?\s+(?P<dm_year>\d{{4}}))?"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?<![\d/.-])(?P<slashed>\d{{1,2}}(?P<sep>[/.-])\d{{1,2}}(?P=sep)(?:19|20)\d\d)(?![\d/.-]\d)"
    rf"|(?P<mid>mid|early|late)[- ](?P<mid_month>{_MONTH_RE})"
    rf"|(?:in|during|by|until|through|(?:the )?end of|last) (?-i:(?P<alone>{_MONTH_ALONE}))"
    rf"(?:,?\s+(?P<alone_year>\d{{4}}))?(?!\s*\d)"
    rf"|(?:(?<=\()|(?<=, ))(?-i:(?P<cited>{_MONTH_ALONE}))\s+(?P<cited_year>(?:19|20)\d\d)(?=\))"
    rf"|(?:in|during|by|until|through|(?:the )?end of) (?P<year>(?:19|20)\d\d)"
    rf"(?![\d,.]\d|\s*[-–/]\s*\d)"
    rf"|(?:(?P<last_part>early|mid|late)[- ])?(?P<last_month>last month)"
    rf"|(?:(?P<direction>last|next)\s+)?(?P<weekday>{'|'.join(_WEEKDAYS)})"
    rf"|(?<=\bthe )(?P<nth>\d{{1,2}})(?:st|nd|rd|th)(?:\s+inst(?:ant)?)?"
    rf"(?=\s*(?:[,.;:)]|$|{_NTH_AFTER}))"
    rf"|(?P<inst>\d{{1,2}})(?:st|nd|rd|th)?\s+inst(?:ant)?"
    rf"|(?P<vague>(?:earlier|later)\s+(?:this|last|that|in the) week"
    rf"|(?:last|that|the previous) week"
    rf"|(?:a few|several) days ago)"
    rf"|(?P<weekend>(?:over|during|this|last|at|on) (?:the )?(?:past )?weekend"
    rf"|end of (?:a|the) weekend)"
    rf"|(?P<ago>(?:{'|'.join(_COUNTS)}|\d{{1,2}}) days ago)"
    rf"|(?P<hours_ago>(?:24|48|72|96) hours ago)"  # whole days back, never a part of one
    rf"|(?P<shift>(?:a|one|{'|'.join(_COUNTS)}|\d{{1,2}}) (?:days?|weeks?) (?:earlier|later))"
    rf"(?! (?:this|that|in the) week)"
    rf"|(?P<weeks_ago>(?:a|one|two|three|four|\d) weeks? ago|a fortnight ago)"
    rf"|(?P<relative>(?:the )?day before yesterday|today|yesterday|tonight|overnight"
    rf"|last night|this morning|a day earlier(?! (?:this|that|in the) week)"
    rf"|the day before(?!\s+(?:yesterday|the|a|an|its|his|her|their)\b)"
    rf"|the (?:previous|prior|next|following) (?:day|morning|afternoon|evening|night)))\b"
)
DATE_RE = re.compile(word_start(_DATE), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression and the calendar day it names (a month's or year's last day for a
    month or year named alone, or the day of "early/mid/late <month>": ``whole_month``,
    a stretch of time named rather than one day)."""

    span: Span
    day: date
    text: str
    whole_month: bool = False
    ends_span: bool = False  # the last day of a span ("Sunday and Monday")
    vague: bool = False  # a time no day can be told from ("earlier this week")
    ahead: bool = False  # a local day one ahead of the report's ("Saturday, local time")


def _year_for(month: int, day: int, published: date) -> int:
    """Return the year that puts month/day closest before (or on) publication."""
    candidate = date(published.year, month, day)
    if candidate > published + timedelta(days=31):
        return published.year - 1
    return published.year


def resolve(match: re.Match[str], published: date) -> date:
    """Return the calendar day a matched date expression names."""
    groups = match.groupdict()
    if groups["iso"]:
        return date.fromisoformat(groups["iso"])
    if groups["slashed"]:  # "31/10/2023", "10/31/2023": read only when one order is possible
        first, second, year = (int(part) for part in re.split(r"[/.-]", groups["slashed"]))
        readings = {(d, m) for d, m in ((first, second), (second, first)) if m <= 12 and d >= 1}
        if len(readings) != 1:
            raise ValueError(f"day and month in either order: {groups['slashed']}")
        ((day, month),) = readings
        return date(year, month, day)
    if groups["first_month"]:  # "the first 14 days of September": as of the 14th
        month = _MONTHS[groups["first_month"].lower()]
        days = groups["first_days"] or ""
        weeks = (groups["first_weeks"] or "one").lower()
        if days:
            upto = int(days) if days.isdigit() else _COUNTS.index(days.lower()) + 2
        else:
            upto = 7 * (int(weeks) if weeks.isdigit() else max(_WEEK_COUNTS.index(weeks), 1))
        upto = min(upto, 28)
        year = int(groups["first_year"] or _year_for(month, upto, published))
        return date(year, month, upto)
    if groups["week_end"]:  # "by the end of last week": that week's Sunday
        return published - timedelta(days=published.weekday() + 1)
    if groups["weekday"]:
        target = _WEEKDAYS.index(groups["weekday"].lower())
        back = (published.weekday() - target) % 7
        direction = (groups["direction"] or "").lower()
        if direction == "next":  # "next Monday" is to come, never the day of publication
            return published + timedelta(days=(target - published.weekday()) % 7 or 7)
        return published - timedelta(days=back or (7 if direction == "last" else 0))
    if groups["relative"]:
        word = groups["relative"].lower().removeprefix("the ")
        word = re.sub(r"^(previous|prior|next|following) \w+$", r"\1 day", word)  # "next morning"
        back = {"yesterday": 1, "last night": 1, "a day earlier": 1, "previous day": 1,
                "next day": -1, "following day": -1, "day before": 1,
                "prior day": 1, "day before yesterday": 2}.get(word, 0)  # fmt: skip
        return published - timedelta(days=back)
    if groups["nth"] or groups["inst"]:  # "on the 13th", "the 14th instant": the last such
        # day of a month up to publication
        nth, month_start = int(groups["nth"] or groups["inst"]), published.replace(day=1)
        while (
            nth > monthrange(month_start.year, month_start.month)[1]
            or month_start.replace(day=nth) > published
        ):
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        return month_start.replace(day=nth)
    if groups["vague"]:  # "earlier this week": no day anyone can tell; publication stands in
        return published
    if groups["weekend"]:  # a weekend is counted up to its Sunday
        return published - timedelta(days=(published.weekday() - 6) % 7)
    if groups["shift"]:  # "a week earlier", counted from the report's day when nothing before
        return published - _shift(groups["shift"])
    if groups["ago"]:
        count = groups["ago"].split()[0].lower()
        back = int(count) if count.isdigit() else _COUNTS.index(count) + 2
        return published - timedelta(days=back)
    if groups["hours_ago"]:  # "48 hours ago": two days before the report's day
        return published - timedelta(days=int(groups["hours_ago"].split()[0]) // 24)
    if groups["weeks_ago"]:
        count = groups["weeks_ago"].split()[0].lower()
        if "fortnight" in groups["weeks_ago"].lower():
            return published - timedelta(weeks=2)
        weeks = int(count) if count.isdigit() else ("a", "one", "two", "three", "four").index(count)
        return published - timedelta(weeks=max(weeks, 1))
    if groups["mid_month"]:
        month = _MONTHS[groups["mid_month"].lower()]
        day = _PART[groups["mid"].lower()]
        return date(_year_for(month, day, published), month, day)
    if groups["year"]:  # a year given alone is as of its last day, or publication
        year = int(groups["year"])
        return min(date(year, 12, 31), max(published, date(year, 1, 1)))
    if groups["alone"] or groups["cited"]:  # a month alone: as of its last day, or publication
        # ("in May", "(Government, April 2022)": a citation's month and year)
        month = _MONTHS[(groups["alone"] or groups["cited"]).lower()]
        year = int(groups["alone_year"] or groups["cited_year"] or _year_for(month, 1, published))
        return min(
            date(year, month, monthrange(year, month)[1]), max(published, date(year, month, 1))
        )
    if groups["last_month"]:
        end = published.replace(day=1) - timedelta(days=1)
        return end.replace(day=_PART[groups["last_part"].lower()]) if groups["last_part"] else end
    month_name = groups["md_month"] or groups["dm_month"]
    day_text = groups["md_end"] or groups["md_day"] or groups["dm_day"]
    year_text = groups["md_year"] or groups["dm_year"]
    month = _MONTHS[month_name.lower()]
    day = int(day_text)
    try:
        year = int(year_text) if year_text else _year_for(month, day, published)
        return date(year, month, day)
    except ValueError as exc:
        raise BriefError(f"not a calendar date: {match.group(0)!r}") from exc


def find_dates(
    text: str, published: date | None, vague: bool = False, anchor: date | None = None
) -> list[DateMention]:
    """Return date expressions in ``text`` resolved against ``published``.

    Without a publication date only absolute dates with a year can be resolved. "A day
    earlier" and "the previous day" count back from the day named before them, if any,
    "the next morning" forward; ``anchor`` is a day named before the text ("A ship docked
    on Sunday. The following morning, ..."), used when the text names none before.
    With ``vague``, times no day can be told from ("earlier this week", "last week") are
    returned too, flagged ``vague``; otherwise they are left out.
    """
    return list(_find_dates(text, published, vague, anchor))


@lru_cache(maxsize=4096)
def _find_dates(
    text: str, published: date | None, vague: bool, anchor: date | None
) -> tuple[DateMention, ...]:
    """``find_dates``, kept for the next call with the same text: a sentence is read by the
    figures, the as-of day and the timeline."""
    found: list[DateMention] = []
    for match in DATE_RE.finditer(text):
        if match.group("vague") and not vague:
            continue
        reference = published
        if reference is None:
            if not any(
                match.group(g)
                for g in ("md_year", "dm_year", "iso", "alone_year", "cited_year", "slashed")
            ):
                continue
            reference = date(1970, 1, 1)
        try:
            day = resolve(match, reference)
        except (BriefError, ValueError):
            continue
        span = Span(match.start(), match.end())
        month = bool(
            match.group("alone")
            or match.group("cited")
            or match.group("year")
            or match.group("mid")
            or (match.group("last_month") and not match.group("last_part"))
        )
        if (
            published is not None
            and _LAST_YEAR.match(text[match.end() :])
            and any(match.group(g) for g in ("md_month", "dm_month", "alone"))
            and not any(match.group(g) for g in ("md_year", "dm_year", "alone_year"))
        ):  # "3 June last year", "in August last year"
            year = published.year - 1
            day = date(year, day.month, monthrange(year, day.month)[1] if month else day.day)
        base = found[-1].day if found else anchor
        if match.group("shift"):  # "30,000 on Sunday, up from 20,000 a week earlier"
            if base is None and match.group("shift").lower().endswith("later"):
                continue  # "two days later" after no day: of a day the text does not name
            if base is not None:
                day = base - _shift(match.group("shift"))
        if _ANCHORED.fullmatch(match.group(0)) and base is not None:
            day = base - timedelta(days=1)  # "84 on Thursday, from 62 a day earlier"
        if _FORWARD.fullmatch(match.group(0)):
            if base is None:
                continue  # "the next day" after no day: of a day the text does not name
            day = base + timedelta(days=1)  # "struck on Monday and the next day"
        ahead = bool(
            published is not None
            and match.group("weekday")
            and not match.group("direction")
            and (_WEEKDAYS.index(match.group("weekday").lower()) - published.weekday()) % 7 == 1
            and (
                _LOCAL_AFTER.match(text[match.end() :])
                or _LOCAL_BEFORE.search(text[: match.start()])
            )
        )
        if (
            published is not None
            and match.group("weekday")
            and not match.group("direction")
            and _FUTURE.search(text[: match.start()])
        ):  # "flights will run on Saturday": the coming one, not the last
            day = day + timedelta(days=7) if day < published else day
        elif (
            published is not None
            and match.group("weekday")
            and not match.group("direction")
            and (published - day).days == 6
            and not ahead
            and _FUTURE_PAST.search(text[: match.start()])
        ):  # "told they would have to come back Friday" in a report of Thursday: tomorrow
            day = day + timedelta(days=7)
        if ahead:  # a report dated in a time zone behind the place it reports on
            day = day + timedelta(days=7)
        gap = text[found[-1].span.end : match.start()] if found else ""
        named = any(match.group(g) for g in ("weekday", "md_month", "dm_month", "iso"))
        ends = bool(found) and named and _SPAN_JOIN.fullmatch(gap)
        first = bool(match.group("first_month"))  # "the first 14 days of May": a span's end
        if found and found[-1].text.lower() == "overnight" and _OVERNIGHT_JOIN.fullmatch(gap):
            found.pop()  # "overnight Sunday" is Sunday's night, "overnight into Monday" ends on it
        if ends:  # "on Sunday and Monday": a span of days is as of its last
            day = max(day, found.pop().day)  # "on both Sunday and Saturday": Sunday
        found.append(
            DateMention(
                span,
                day,
                match.group(0),
                month,
                bool(ends) or first,
                bool(match.group("vague")),
                ahead,
            )
        )
    return tuple(found)


# "overnight Sunday", "overnight on Sunday", "overnight into Monday": the night is the day's.
_OVERNIGHT_JOIN = re.compile(r"(?i)\s+(?:on\s+|into\s+|to\s+)?")

# Two days joined into a span ("Sunday and Monday", "Monday through Wednesday"): the first
# starts it, the second is the day it is as of.
_SPAN_JOIN = re.compile(r"(?i)\s*(?:-|–|and|to|through|thru|until|till)\s+(?:on\s+)?")


# "Saturday, local time", "at 2 a.m. local time on Saturday": the day where it happened.
_LOCAL_AFTER = re.compile(r"(?i),?\s*(?:\(\s*)?(?:morning|evening|night|afternoon)?\s*local time")
_LOCAL_BEFORE = re.compile(r"(?i)local time\)?,?\s+(?:on\s+)?$")

# "3 June last year", "in August of last year": the month of the year before the report's.
_LAST_YEAR = re.compile(r"(?i),?\s+(?:of\s+)?last\s+year\b")

# A verb of the future before a weekday in its clause ("will operate extra flights on
# Saturday", "are due to leave on Friday", "will be moved on Sunday"), with no verb of
# the past between them ("will review the cases of people moved on Sunday").
_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|(?:is|are) (?:due|expected|scheduled|set|planned|slated) (?:to|for))\s"
    r"(?:(?!\b(?:was|were|had|has|have|fled|left|said|arrived)\b|(?<!\bbe )\b[a-z]+ed\b)"
    r"[^.;:!?])*$"
)


# A day counted back from the day named before it in the same text, not from publication.
def _shift(text: str) -> timedelta:
    """Return how far back "a week earlier" or "two days later" (negative) counts."""
    count, unit, direction = text.lower().split()
    number = (
        1
        if count in ("a", "one")
        else int(count)
        if count.isdigit()
        else (_COUNTS.index(count) + 2)
    )
    days = number * (7 if unit.startswith("week") else 1)
    return timedelta(days=days if direction == "earlier" else -days)


_ANCHORED = re.compile(
    r"(?i)a day earlier|the day before"
    r"|the (?:previous|prior) (?:day|morning|afternoon|evening|night)"
)
_FORWARD = re.compile(r"(?i)the (?:next|following) (?:day|morning|afternoon|evening|night)")

# A future told in the past ("told they would have to come back Friday", "the last bus was
# to leave Friday"): the coming day only when that is the day after the report's.
_FUTURE_PAST = re.compile(
    r"(?i)\b(?:would|(?:was|were) (?:due|expected|scheduled|set|planned|slated|going) (?:to|for)"
    r"|(?:was|were) to)\s[^.;:!?]*$"
)


def header_date(text: str, months: frozenset[int] = frozenset()) -> date | None:
    """Return the day a header line gives ("2019-06-12", "12 June 2019", "2019/06/12",
    "Wed, June 12, 2019 10:31 GMT"), or None when it names no day with a year.

    A numeric day with day and month both 12 or less ("03/05/2019") is read only when
    one reading's month is among ``months`` (the months the report names) and the other's
    is not; otherwise it is ambiguous and not guessed.
    """
    try:
        return parse_date(text)
    except BriefError:
        pass
    found = find_dates(text, None)
    if found:
        return found[0].day
    return numeric_date(text, months)


# A day, a month's name and a year joined by hyphens or slashes: "03-May-2019".
_JOINED_DAY = re.compile(rf"(?i)(?<![\d/.-])(\d{{1,2}})[-/]({_MONTH_RE})\.?[-/]((?:19|20)\d\d)\b")


# "2019/06/12", "2019.06.12", "20190612": the year first, never ambiguous.
_YEAR_FIRST = re.compile(
    r"(?<![\d/.-])((?:19|20)\d\d)(?:([/.-])(\d{1,2})\2(\d{1,2})|(\d\d)(\d\d))(?![\d/.])"
)
# "12/06/2019", "12-06-2019", "12.06.2019": day and month in an order the text must settle.
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-])")


def numeric_date(text: str, months: frozenset[int] = frozenset()) -> date | None:
    """Return the first all-digit day in ``text`` ("2019/06/12", "28/05/2021"), or a day
    joined to its month's name by hyphens ("03-May-2019"), or None.

    Day-month order is read from the values when one exceeds 12, else from ``months``
    (a reading whose month, or the month before it, the report names), else from dots:
    "12.06.2022" is written day first wherever dots part a day (a month-first day is
    written with slashes); a slashed or hyphened one is never guessed.
    """
    joined = _JOINED_DAY.search(text)
    if joined is not None:  # "03-May-2019": the month named, never ambiguous
        day, month, year = joined.groups()
        try:
            return date(int(year), _MONTHS[month.lower()], int(day))
        except ValueError:
            return None
    year_first = _YEAR_FIRST.search(text)
    if year_first is not None:
        year, _, month, day, compact_month, compact_day = year_first.groups()
        try:
            return date(int(year), int(month or compact_month), int(day or compact_day))
        except ValueError:
            return None
    match = _NUMERIC.search(text)
    if match is None:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    readings = {(first, second), (second, first)}  # (day, month)
    readings = {(d, m) for d, m in readings if m <= 12}
    if len(readings) > 1:
        readings = {(d, m) for d, m in readings if m in months or (m - 2) % 12 + 1 in months}
        if len(readings) != 1 and match.group(2) == ".":
            readings = {(first, second)}
    if len(readings) != 1:
        return None
    ((day, month),) = readings
    try:
        return date(year, month, day)
    except ValueError:
        return None


def named_months(text: str) -> frozenset[int]:
    """Return the months the opening of ``text`` (its first 20,000 characters, so the cost
    does not grow with a long report) names with a day ("on 4 February", "May 3")."""
    months = set()
    for match in DATE_RE.finditer(text[:20_000]):
        name = match.group("md_month") or match.group("dm_month")
        if name:
            months.add(_MONTHS[name.lower()])
    return frozenset(months)


# A day in a URL's path: "/2022/03/07/", "/2019-06-12-", "/2019/jun/12/", "-20190612",
# "/a-13-2019-06-12-x/".
_URL_DAY = re.compile(
    rf"/((?:19|20)\d\d)[/-](\d{{1,2}}|{_MONTH_RE})[/-](\d{{1,2}})(?=[/-])"
    r"|(?<=[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    # in a slug: "/a-13-2008-09-03-voa54/", with a two-digit month and day
    r"|(?<=[_-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)",
    re.I,
)


def url_date(url: str) -> date | None:
    """Return the day a report's URL gives in its path, or None (never a figure)."""
    try:
        path = urlsplit(url if "//" in url else f"//{url}").path
    except ValueError:
        return None
    for match in _URL_DAY.finditer(path):
        year, month, day = (g for g in match.groups() if g is not None)
        number = int(month) if month.isdigit() else _MONTHS[month.lower()]
        try:
            return date(int(year), number, int(day))
        except ValueError:
            continue
    return None


# A month in a URL's path ("/2019/03/cyclone-toll"): the page is of that month.
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/")


def url_month_end(url: str) -> date | None:
    """Return the last day of the month a report's URL path names ("/2019/03/"), or None."""
    match = _URL_MONTH.search(url)
    if match is None:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return date(year, month, monthrange(year, month)[1])


def parse_date(text: str) -> date:
    """Parse a publication date given as YYYY-MM-DD (or an ISO timestamp)."""
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError as exc:
        raise BriefError(f"expected a date as YYYY-MM-DD, got {text!r}") from exc
