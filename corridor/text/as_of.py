"""The day a figure refers to (its as-of date), from the dates its sentence names.

A figure is as of the day its own clause gives it ("9,000 on Monday", "as of 3 May", "UN
data in September" for the month's last day, "by the end of 2017" for the year's), else a
day the sentence or the one before names, else the day its source is said to speak, else
the last day of the period a situation report says it covers, else the report's
publication. A day that starts a period ("since 3 March", "the war, which began in 2011")
or a span ("between Monday and ...", "on Sunday and Monday") is never an as-of date; a
past perfect ("had fled") does not take the day the sentence before named, a source that
speaks in the present ("officials say") speaks on the report's day, and a time no day can
be told from ("earlier this week", "last week") leaves a flow's as-of empty.

A source speaks on a day also "late Friday", "as saying on Sunday" or through a medium ("in
a statement on its website on Sunday"); a total read from a record of a day ("Sunday's
figures", "its update of 14 July") or raised by one day's event ("rose to 34 when two died
on Sunday") is as of that day; a figure's own day beats its source's ("Police said on
Monday that 12 were killed on Sunday"). A day in a relative clause on the counted people
("who fled on Sunday") describes them, and a stock told in the present ("are now in
camps") is as of the report's day unless a day is given for it or its source.

A day that modifies another event's noun ("the September 1 storm") dates no total or stock;
the parts after a colon share the day of the total before it ("to 50 on Sunday: 42 died in
A and eight in B"); the people of a place ("a city of 20,000") stand as of the report unless
the sentence opens on a day; a plan is known on the day it was ordered ("were ordered on
Friday to evacuate"); a source's appeal on a day ("on Sunday appealed for help for 700,000")
dates its total; a day opening a clause after a semicolon dates that clause.

People told in the passive ("were told on Wednesday evening to get out by Friday") are
counted on the day they were told, not the deadline; a total the event just told brings to
its number ("... 1,633 on Sunday. This brought the total to 5,015") is as of that event's
day; a capacity ("its 1,000-person capacity", "can hold 5,000") is told of the scene its
sentence dates; a past perfect in a relative clause on the people ("who had been
separated") does not keep one day's count from its paragraph's day.

A count in a trailing clause that stands "now" (", with officials saying 40,000 have now
left") is as of the day the report speaks, not the day of the event before it; "officials
said yesterday" leaves a report's undated figures on its own day (only "said Monday" in a
paper of Tuesday tells news written the day before); a fact sheet's figure over a credit
line ("GPH – January 2022") is as of the day or the month's end that line gives; a total
quoted with no day of its own is of the day the sentence before said its source spoke;
a citation in brackets after a figure ("(IOM, 2 July 2024)", "(June 2024)") dates it; a
report whose title names the months it covers ("January - June 2022") is of the last's end.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, datetime

from corridor.text.dates import DateMention, find_dates
from corridor.text.model import Document, Sentence


@dataclass(frozen=True, slots=True)
class Setting:
    """What a sentence's figures are dated by besides the dates the sentence names."""

    published: date | None
    news_day: date | None = None  # the day the report says its sources spoke
    posted: date | None = None  # the day of the post the sentence belongs to
    previous_day: date | None = None  # the day the paragraph last named
    previous_vague: bool = False  # the paragraph last named a time with no day ("last week")
    body_start: int = 0  # where the text after a dateline starts, in sentence offsets
    spoke_on: date | None = None  # the day the paragraph before said the source spoke


# A day that starts a period, not the day a figure refers to: "since 3 March", "from the
# 5th", "since the uprising erupted in mid-February", "the war, which began in 2011, has".
_SINCE = re.compile(
    r"\b(?:since|from|starting|beginning)\s+(?:the\s+)?$|\bsince\b[^,.;:\d]{0,90}$"
    r"|\b(?:began|begun|started|erupted|broke out)\s+(?:on\s+(?:the\s+)?)?$",
    re.I,
)


# A count that an outbreak caused on its day, in a clause of result after it: "a fire broke
# out on Sunday, forcing 2,000 to flee", "clashes erupted on Thursday in the valley, killing
# 24 and displacing 9,000": the day is the count's own, not the start of a period.
_RESULT = re.compile(
    r"^(?:\s+(?:night|morning|evening|afternoon))?(?:\s+(?:in|near|at|along)\s+[^,;:.]{1,40})?"
    r",\s+(?:\w+ing)\s+(?:[^,;:.]{0,60}?\band\s+\w+ing\s+)?"
    r"(?:(?:at least|more than|nearly|almost|about|around|some|over|up to)\s+)?$",
    re.I,
)


def starts_period(before: str) -> bool:
    """Return whether a date after ``before`` starts a period ("since 3 March")."""
    return _SINCE.search(before) is not None


# A day a plan is due by or starts on, not the day it was made: "to leave by noon on Friday",
# "mourning starting on Wednesday".
_DEADLINE = re.compile(
    r"\b(?:by|until|till|before|from|since|after|starting|beginning)\b[^,;.]{0,14}$", re.I
)


_SAID_DAY = re.compile(
    r"\b(?:said|says|say|stated|announced|reported|declared|confirmed|added|noted|wrote"
    r"|told (?!(?:on|in|at|last|this|late|early|yesterday|today|tonight)\b)[\w.]+"
    r"(?: [\w.]+)?)\b[^,;.]{0,16}$",
    re.I,
)
_TO_COME = re.compile(r"\b(?:to|will|would|shall|be)\s+\w+", re.I)


def _given_on(
    text: str, position: int, dates: list[DateMention], setting: Setting, known: date | None
) -> date | None:
    """Return the day before ``known`` a plan's clause says it was given on, or None."""
    if known is None:
        return None
    head, tail = clause_bounds(text, position)
    given = [
        d
        for d in dates
        if head <= d.span.start < tail
        and d.span.start >= setting.body_start
        and not d.vague
        and not d.whole_month
        and d.day < known
        and not _DEADLINE.search(text[max(0, d.span.start - 24) : d.span.start])
        # the day it was said on is the day of the report ("said on Wednesday that 2,500
        # would return"); "were told on Wednesday to leave" is the order's
        and not _SAID_DAY.search(text[max(0, d.span.start - 40) : d.span.start])
        # nor "At a press conference yesterday, the governor estimated that 300,000 would"
        and not _SPOKE_AFTER.match(text[d.span.end : position])
        # the day of the move planned ("expect 2,000 to arrive on Sunday") is to come
        and not _TO_COME.search(text[position : d.span.start])
    ]
    return min(given, key=lambda d: abs(d.span.start - position)).day if given else None


def as_of_day(
    text: str,
    position: int,
    dates: list[DateMention],
    setting: Setting,
    period: str = "",
    metric: str = "",
) -> date | None:
    """Return the day the figure at ``position`` of sentence ``text`` refers to.

    A day its own clause names comes first ("9,000 on Monday", "as of 3 May"; for a running
    total only a day it is given on or up to), then a day opening the sentence, for one
    day's count a day named earlier or in the sentence before, then the day of the post
    or the day a source is said to speak, and last the report's news day or publication.
    The size of a place ("a city of 20,000") is known on the day of the report.
    A plan is known on the day it is reported, whatever day it names, unless its clause
    names an earlier day, the day it was given ("were told on Wednesday to leave by Friday").
    """
    published = setting.published
    if metric == "planned" and _is_capacity(text, position):
        scene = [  # "On Sunday night, 7,000 slept at the point, beyond its 1,000 capacity"
            d
            for d in dates
            if not d.vague
            and not d.ahead
            and d.day <= (published or d.day)
            and d.span.start >= setting.body_start
            and not starts_period(text[: d.span.start])
        ]
        if scene:
            return min(scene, key=lambda d: abs(d.span.start - position)).day
        return setting.posted or setting.news_day or published
    if metric == "planned":
        head, tail = clause_bounds(text, position)
        stated = [  # "As of Monday, 5,000 are due to leave": a plan known on a given day
            d  # "5,000 were told on Sunday to leave by Monday": the day it was ordered
            for d in dates
            if head <= d.span.start < tail
            and not d.vague
            and (
                re.search(r"\bas (?:of|at|on)\s+$", text[: d.span.start], re.I)
                or (d.span.start > position and _ORDERED_ON.search(text[position : d.span.start]))
            )
        ]
        if stated:
            return stated[0].day
        known = setting.posted or setting.news_day or published
        return _given_on(text, position, dates, setting, known) or known
    if (
        period == ""
        and _PLACE_OF.search(text[max(0, position - 40) : position])
        and not any(_OPENING.match(text[: d.span.start]) for d in dates)
    ):  # "a town of 20,000": the people of a place, a standing fact, unless dated first
        return setting.posted or setting.news_day or published
    usable = [
        d
        for d in dates
        if (d.day <= (published or d.day) or d.ahead)
        and (
            not starts_period(text[: d.span.start])
            or _DAY_RANGE.search(d.text)
            or (period != "" and not d.vague and _RESULT.match(text[d.span.end : position]))
        )
        and (not _BETWEEN.search(text[: d.span.start]) or _DAY_RANGE.search(d.text))
        and d.span.start >= setting.body_start
        and not (d.span.start > position and _EARLIER_VALUE.search(text[position : d.span.start]))
        and not (period == "" and _YEAR_ALONE.search(d.text))  # "the camp, opened in 2002, now"
        and not (period == "" and d.vague)  # a stock is not of "the orders issued last week"
        and not (  # "50 deaths caused by the July 1 storm": the day of another event
            period in ("", "cumulative")
            and _DETERMINER.search(text[: d.span.start])
            and _EVENT_NOUN.match(text[d.span.end :])
        )
    ]
    head, tail = clause_bounds(text, position)
    in_clause = [
        d
        for d in usable
        if head <= d.span.start < tail
        and not (  # "A week after the quake struck on 25 April, 2.8 million remain"
            d.span.end < position
            and _OTHER_EVENT.search(text[head : d.span.start])
            and "," in text[d.span.end : position]
        )
    ]
    described = [  # "42 passengers, who had boarded on Sunday, landed on Monday"
        d
        for d in in_clause
        if d.span.start > position and _describes(text[position : d.span.start])
    ]
    if period in ("", "cumulative"):  # only before a main verb in the present or perfect
        described = [d for d in described if _MAIN_NOW.match(text[d.span.end : tail])]
    elif len(described) == len(in_clause):
        described = []  # one day's count keeps a day it has no other for
    in_clause = [d for d in in_clause if d not in described]
    now = _stock_now(text, head, position, tail) if period == "" else None
    if now is not None:
        # "Some 4,200 people, who fled on Sunday, are now in camps": a stock in the present
        # is as of the day the report speaks, unless a day is given for it or its source
        in_clause = [
            d
            for d in in_clause
            if _AS_OF.search(text[: d.span.start])
            or _SAID_ON.search(text[: d.span.start])
            or _SAID_AFTER.match(text[d.span.end :])
            or _RECORD_OF.search(text[: d.span.start])
            or _RECORDS_DAY.match(text[d.span.end :])
            or _CITED.search(text[: d.span.start])
            or (  # "4,200 people are in camps on Sunday night", not "who fled on Sunday"
                d.span.start > now  # nor "4,200 people displaced in June are in camps"
                and _OWN_DAY.match(text[position : d.span.start])
                and not _RELATIVE.search(text[position : d.span.start])
            )
        ]
    if period == "cumulative":
        in_clause = [
            d
            for d in in_clause
            if _AS_OF.search(text[: d.span.start])
            or _SAID_ON.search(text[: d.span.start])
            or _SAID_AFTER.match(text[d.span.end :])
            or _RECORD_OF.search(text[: d.span.start])
            or _RECORDS_DAY.match(text[d.span.end :])
            or _CITED.search(text[: d.span.start])
            or _OWN_DAY.match(text[position : d.span.start])
            or (  # "the toll rose to 34 when two died on Sunday": as of the day that raised it
                not d.vague  # not "has risen to 208, after the storm struck late last week"
                and _RISEN_TO.search(text[head:position])
                and _RAISED_BY.match(text[position : d.span.start])
            )
            or _RANGE_END.search(text[: d.span.start])
            or _DAY_RANGE.search(d.text)
            or d.ends_span
            or (
                "weekend" in d.text.lower()
                and not _OTHER_EVENT.search(text[position : d.span.start])
            )
            or d.whole_month  # "UN data in September showed": as of the month's end
            or (  # "..., bringing the toll to 31", unless it is "so far"
                _BRINGING.match(text[d.span.end : position])
                and not _SO_FAR.search(text[position:tail])
            )
        ]
    own = [  # "Police said on Monday that 12 were killed on Sunday": the deaths' day
        d
        for d in in_clause
        if not (
            (_SAID_ON.search(text[: d.span.start]) and not _TOLD_TO.search(text[: d.span.start]))
            or _SAID_AFTER.match(text[d.span.end :])
        )
        # not the day of another event: "88,000 displaced ... after Tuesday's evacuation"
        and not (d.span.start > position and _OTHER_EVENT.search(text[position : d.span.start]))
    ]
    if own:
        in_clause = own
    if in_clause:
        nearest = min(in_clause, key=lambda d: abs(d.span.start - position))
        return None if nearest.vague else nearest.day  # "earlier this week": no day to tell
    if text[:head].rstrip().endswith(":"):
        # "revised the toll to 50 on Sunday: 42 died in A and eight in B": the total's day
        before, _ = clause_bounds(text, len(text[:head].rstrip()) - 1)
        total = [d for d in usable if before <= d.span.start < head]
        if total:
            return None if total[-1].vague else total[-1].day
    opening = [
        d
        for d in usable
        if _OPENING.match(text[: d.span.start])
        # "...; on Friday, it doubled its estimate, from 1,000 to 2,000": a clause's own opening
        or (text[:head].rstrip().endswith(";") and _OPENING.match(text[head : d.span.start]))
    ]
    if opening and opening[0].span.start < position:
        return None if opening[0].vague else opening[0].day  # "On September 27, ...: 192"
    if (
        period == "cumulative"
        and setting.previous_day is not None
        and not setting.previous_vague
        and not any(d.span.start < position for d in usable)
        and _BROUGHT_BY_BEFORE.match(text)
    ):  # "... a further 1,633 on Sunday. This brought the total to 5,015.": that event's day
        return setting.previous_day
    if period in ("daily", "24h"):
        # no day in the number's clause: a day named earlier in the sentence ("There was
        # no let-up yesterday: 6,000 arrived"), else the day the paragraph last named
        # (not a day before "but": "averaging 1,500 ten days ago but have risen to 4,000"
        # sets the earlier value's day against this one's)
        earlier = [
            d
            for d in usable
            if d.span.start < position and not re.search(r"\bbut\b", text[d.span.end : position])
        ]
        if earlier:
            return None if earlier[-1].vague else earlier[-1].day
        if (
            not dates
            and setting.previous_day is not None
            and not _count_in_past_perfect(text[head:tail])
        ):
            # "had travelled" is before the story's day, not on it; "last week" names no day
            return None if setting.previous_vague else setting.previous_day
    if (
        period in ("cumulative", "")
        and setting.spoke_on is not None
        and _quoted(text, position)
        and not any(not d.vague for d in usable)
    ):  # 'The government said in a statement on Monday ... "It has displaced 300,000," it said'
        return setting.spoke_on
    if setting.posted is not None:
        return setting.posted
    said = [
        d
        for d in usable
        if not d.vague
        and _SAID_ON.search(text[: d.span.start])
        or _SAID_AFTER.match(text[d.span.end :])
    ]
    if said and period in ("cumulative", ""):
        # a count or a stock is as of the day it was given ('..." he told reporters on Monday')
        return said[0].day
    if _SAYS_NOW.search(text):
        return published  # "officials say": as the report speaks, not as its sources spoke
    return setting.news_day or published


def _quoted(text: str, position: int) -> bool:
    """Return whether ``position`` is inside a quotation (an odd number of quote marks
    before it)."""
    return len(re.findall(r"[\"“”]", text[:position])) % 2 == 1


def _count_in_past_perfect(clause: str) -> bool:
    """Return whether a past perfect in ``clause`` tells the count ("had travelled"), not
    the people in a relative clause ("63 children who had been separated")."""
    return any(
        not _RELATIVE_BEFORE.search(clause[: m.start()]) for m in _PAST_PERFECT.finditer(clause)
    )


def _is_capacity(text: str, position: int) -> bool:
    """Return whether the figure at ``position`` is what a place holds ("its 1,000-person
    capacity", "a capacity of 500", "can hold 5,000", "built to accommodate 1,000")."""
    return bool(
        _CAPACITY_BEFORE.search(text[max(0, position - 40) : position])
        or _CAPACITY_AFTER.match(text[position : position + 40])
    )


def news_day(document: Document, sentences: list[Sentence]) -> date | None:
    """Return the day the report's figures stand as of when it says nothing else: the last
    day of the period a situation report says it covers ("It covers the period from 26 to
    27 May"), else the day, publication or the day before, on which the report says a
    source spoke ("the agency said Thursday" in a report of Friday), or None."""
    for s in sentences[:_TITLE_LINES]:
        span = _MONTH_SPAN.search(s.text)  # "Facts and Figures January - June 2022"
        if span is not None:
            month = datetime.strptime(f"{span.group('end')} {span.group('year')}", "%B %Y")
            end = month.date().replace(day=monthrange(month.year, month.month)[1])
            return min(end, document.published) if document.published else end
    for s in sentences[:_COVER_LINES]:
        if _COVERS.search(s.text):
            covered = [d.day for d in find_dates(s.text, document.published)]
            covered = [d for d in covered if document.published is None or d <= document.published]
            if covered:
                return covered[-1]
    days = [
        day
        for s in sentences
        if (day := _said_day(s.text, _named_days(s.text, document.published), _SAID_PLAIN))
        is not None
        and document.published is not None
        and 0 <= (document.published - day).days <= 1
    ]
    return max(days, default=None)


# The months by their full names, as credit lines and titles write them.
_MONTHS_ALONE = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# A fact sheet's credit line under a figure: "3.1 MILLION People Displaced" over "GPH –
# January 2022" or "UNHCR – 14 March 2022": the source and the day or month it gave it.
_CREDIT_LINE = re.compile(
    r"^\s*[A-Z][\w/.,&'()]*(?:\s+[\w/.,&'()]+){0,5}?\s+[–—-]\s+"
    rf"(?P<date>(?:\d{{1,2}}\s+)?(?:{_MONTHS_ALONE})\s+\d{{4}})\s*$"
)


def credited_days(sentences: list[Sentence], published: date | None) -> dict[int, date]:
    """Return, by sentence index, the day a credit line right after a sentence gives its
    figures ("GPH – January 2022": the month's last day, not after the report's day)."""
    credited: dict[int, date] = {}
    for sentence, credit in zip(sentences, sentences[1:], strict=False):
        line = _CREDIT_LINE.match(credit.text)
        if line is None:
            continue
        named = " ".join(line.group("date").split())
        if named[0].isdigit():
            day = datetime.strptime(named, "%d %B %Y").date()
        else:
            month = datetime.strptime(named, "%B %Y").date()
            day = month.replace(day=monthrange(month.year, month.month)[1])
        credited[sentence.index] = min(day, published) if published else day
    return credited


_DEICTIC = re.compile(r"^(?:today|yesterday|tonight|this morning|last night)$", re.I)


def _named_days(text: str, published: date | None) -> list[DateMention]:
    """Return the days ``text`` names by weekday or date, not by "yesterday" or "today".

    "The agency said Thursday" in a paper dated Friday tells news written the day before
    its date; "officials said yesterday" is written on the report's own day, which stays
    the day its undated figures stand as of."""
    return [d for d in find_dates(text, published) if not _DEICTIC.match(d.text)]


def spoken_days(
    text: str, dates: list[DateMention], published: date | None, spoke_on: date | None = None
) -> list[DateMention]:
    """Return ``dates`` with "today" or "yesterday" inside a quotation counted from the day
    the quote was spoken ('"As of today, 60,000 have crossed," he said on Saturday'), or, for
    a quotation that names no such day, ``spoke_on``: the day its paragraph said the source
    spoke ('... the ministry said on Sunday. "We received 8,000 last night," it said.')."""
    said = _said_day(text, dates) or spoke_on
    if said is None or published is None:
        return dates
    return [
        replace(d, day=said - (published - d.day))
        if _DEICTIC.match(d.text) and len(re.findall(r"[\"“”]", text[: d.span.start])) % 2
        else d
        for d in dates
    ]


def said_day(text: str, dates: list[DateMention]) -> date | None:
    """Return the day a sentence says its source spoke ("the ministry said on Sunday")."""
    return _said_day(text, dates)


def _said_day(
    text: str, dates: list[DateMention], said_on: re.Pattern[str] | None = None
) -> date | None:
    """Return the day a sentence says its source spoke ("the agency said Thursday"), or None."""
    said_on = said_on or _SAID_ON
    for d in dates:
        if d.vague:
            continue
        if said_on.search(text[: d.span.start]) or _SAID_AFTER.match(text[d.span.end :]):
            return d.day
    return None


# A situation report's statement of the period it covers, near its top: "This report covers
# the period from 26 to 27 May", "Reporting period: 1-3 May", "information current as of".
_COVERS = re.compile(
    r"\b(?:covers|covering|covered)\b[^.;]{0,40}\b(?:period|days?|hours|until|up to|to|through)\b"
    r"|\breporting period\b"
    r"|\b(?:current|valid|correct|accurate|up to date)\s+(?:as of|as at|up to|until)\b",
    re.I,
)
_COVER_LINES = 12
# A report's title naming the months it covers: "Ethiopia: Facts and Figures January - June
# 2022", "Operational Update, July-September 2023": as of the last month's end.
_MONTH_SPAN = re.compile(
    rf"(?-i:\b(?:{_MONTHS_ALONE}))\s*(?:-|–|—|to)\s*(?-i:(?P<end>{_MONTHS_ALONE}))"
    r",?\s+(?P<year>(?:19|20)\d\d)\b"
)
_TITLE_LINES = 2

# A running total is as of the day it was given: "the ministry said on Sunday that 4,000
# had crossed", "officials said Tuesday", "9,000 on Monday".
# The verbs of speaking, with the participle of "quoted the ministry as saying on Sunday",
# and the part of the day a source may be said to speak at ("said late Friday").
_SPEECH = (
    r"(?:said|says|saying|reported|announced|confirmed|estimated|stated|added|declared|noted"
    r"|tweeted|told \w+)"
)
_PART_OF_DAY = r"(?:(?:late|early)\s+)?"
# What may stand between the verb and the day: "said in a statement on its website on
# Sunday", "told a news conference in Moscow on Sunday", "wrote on Twitter on Sunday".
_ADJUNCT = (
    r"(?:(?:in|at|on|to|during|via|through|from|with|a|an|the|its|his|her|their|reporters"
    r"|journalists)\s+(?:[A-Za-z][\w'-]*\s+){0,5}?)?"
)
_SAID_ON = re.compile(
    rf"\b(?:{_SPEECH}|told|released|published|issued|wrote|posted|speaking|writing)\s+"
    rf"{_ADJUNCT}{_PART_OF_DAY}(?:on\s+)?$",
    re.I,
)
# The day before a speaker and a verb of speaking: "yesterday, Governor Ana Ruiz said".
_SPOKE_AFTER = re.compile(rf"^,?\s*(?:[\w.'-]+\s+){{0,4}}?{_SPEECH}\b", re.I)
# The plainest form only ("said Thursday", "told reporters on Thursday") dates a whole report;
# "announced late Friday" in a report of Saturday is news the report has moved on from.
_SAID_PLAIN = re.compile(rf"\b{_SPEECH}\s+(?:on\s+)?$", re.I)
# A verb of speaking in the present tense: the figure is given as of the report's own day.
_SAYS_NOW = re.compile(
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bdid )(?<!\bmay )\b(?:says|say)\b", re.I
)
# "had fled", "had already been moved" (not "had to leave", "had no food"): a past perfect
# sets its event before the time of the story, so it does not take the day the sentence
# before named.
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:already\s+|not\s+|been\s+)*"
    r"(?!(?:to|no|a|an|the|some|nothing|little|few|many|more|its|their|his|her)\b)[a-z]+\b",
    re.I,
)
# "The ministry on Sunday said", "Figures on Sunday showed", "The bulletin on Sunday put the
# toll at 34": a verb of speaking or of giving a figure right after the day.
_SAID_AFTER = re.compile(
    r"^,?\s*(?:said|saying|reported|announced|confirmed|estimated|stated|added|declared|told"
    r"|put|puts|revised|raised|lowered|updated|gave|showed|shows|show|indicated|recorded"
    r"|appealed|pleaded|made (?:a|an) (?:[\w-]+\s+){0,2}?(?:appeal|plea))\b",
    re.I,
)
# The day of the document a total is read from: "according to the latest update on Sunday",
# "in its bulletin of 14 July", "figures from Sunday", and "Sunday's figures", "Monday's toll".
_RECORD = (
    r"(?:figures?|data|numbers|statistics|update|bulletin|report|sitrep|statement|briefing"
    r"|count|tally|estimates?|toll|death toll|release)"
)
_RECORD_OF = re.compile(rf"\b{_RECORD}\s+(?:of|on|from|dated)\s+(?:the\s+)?$", re.I)
_RECORDS_DAY = re.compile(  # "Sunday's figures", "a Sunday statement"
    rf"^(?:['’]s)?\s+(?:(?:latest|official|updated|new|revised|provisional)\s+)*{_RECORD}\b",
    re.I,
)
# A citation's date in brackets after a figure: "hosts 285,654 IDPs, according to the
# Government's latest figure (April 2022)", "(IOM, 8 October 2014)": the day of the record.
_CITED = re.compile(r"\((?:[^()\d]{1,40},?\s+)?$")
# "between 1 and 3 February", "from 26 to 27 May": a span of days, as of its last day
# (also two days named together: "on 26 and 27 April", as of the 27th)
_RANGE_END = re.compile(
    r"\b(?:between|from|on)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|&|to|-|–)\s*$", re.I
)
# "between Monday and Wednesday": a span of days is as of its last, never its first.
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_DAY_RANGE = re.compile(r"\d\s*(?:-|–|and|to)\s*\d")  # "from May 3 to 9": as of the 9th
# A time of day before the day it is on: "as of 6 a.m. on 29 September", "by 16:00 on Friday".
_CLOCK = (
    r"(?:(?:\d{1,2}(?:[:.]\d\d)?|\d{4}(?=\s*(?:hrs|hours|h)\b)"
    r"|noon|midnight|dawn|dusk|nightfall|press time"
    r"|(?:the )?time of writing|(?:the )?(?:close|end) of (?:business|play|(?:the )?day))"
    r"(?:\s*(?:a\.m\.|p\.m\.|am|pm|hrs|hours|H|GMT|UTC|local time))*(?:\s+on|,)?\s+)?"
)
# "On Thursday, ...", "Late Thursday, ...", "By noon on Friday, ...", "In its latest update
# on Thursday, the agency said ...": a day that opens the sentence.
_OPENING = re.compile(
    r"^\s*(?:(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){1,3}?(?=on\s)"
    r"|(?:[\w-]+\s+){1,2}(?=as (?:of|at|on)\s))?"  # "Figures as of 14 July: ..."
    rf"(?:(?:late|early)(?:\s+on)?|on|(?:by|as of|as at|as on|upto|up to)\s+{_CLOCK})?\s*$",
    re.I,
)
# "40,000 people had fled the valley on Wednesday": the day the number's own verb names,
# not one of an event in a clause of its own ("... following the quake on Saturday").
_OWN_DAY = re.compile(
    r"^(?:\d[\d,.]*\s+|(?!(?:after|before|following|when|since)\b|from\s+\d)[^\s,;]+\s+){1,8}?"
    r"(?:(?:on|as of|by)\s+)?$",
    re.I,
)
# "The death toll rose to 34 when two people died on Sunday", "climbed to 410 after six
# bodies were found on Monday": a total a verb of rising brings to its number, with the
# event that raised it in a clause of "when", "after" or "as", is as of that event's day.
_RISEN_TO = re.compile(
    r"\b(?:(?:rose|risen|rising|climbed|jumped|increased|grew|grown|soared|surged|went up"
    r"|gone up)\s+to|reached|hit|topped|passed)\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more than|at least)\s+)?$",
    re.I,
)
_RAISED_BY = re.compile(r"^\d[\d,.]*\s+(?:[^\s,;]+\s+){0,2}?(?:when|after|as)\s[^,;:]*$", re.I)
# "... after a storm tore through over the weekend": a day of another event, in a clause of
# its own, is not the day of a running total.
# "were told on Sunday evening to leave", "ordered Friday to evacuate": the day a plan was
# made known to the people it moves.
_ORDERED_ON = re.compile(
    r"^[^,;:]{0,40}?\b(?:told|ordered|asked|instructed|directed|urged|advised|warned)"
    r"\s+(?:on\s+)?$",
    re.I,
)
# "This brought the total to 5,015", "That brings the toll to 34", "which took the number to":
# a total that the event just told brings to its number.
_BROUGHT_BY_BEFORE = re.compile(
    r"^\W*(?:this|that|these|those|it|which)\s+(?:has\s+|have\s+)?(?:brought|brings|bring"
    r"|took|takes|take|raised|raises|raise|pushed|pushes|push|put|puts)\b",
    re.I,
)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\s+(?:\w+\s+)?$", re.I)
# A capacity: what a place holds, told of the scene its sentence dates, not a plan.
_CAPACITY_BEFORE = re.compile(
    r"\b(?:capacity\s+(?:of|for)|accommodate|accommodating|hold|holds|house|houses|fit|fits"
    r"|seat|seats|sleep|sleeps|(?:built|designed|meant|intended|equipped)\s+for)\s+"
    r"(?:(?:up to|some|about|around|roughly|only|just|at most|a maximum of)\s+)?$",
    re.I,
)
_CAPACITY_AFTER = re.compile(
    r"^[\d,.]+(?:[- ](?:people|persons?|beds?|places?|seats?))?"
    r"[- ]capacity\b",
    re.I,
)
# "4,000 residents were told on Sunday to get out by Tuesday": people told in the passive are
# told to act; the day they were told is theirs, not the day a source spoke.
_TOLD_TO = re.compile(
    r"\b(?:was|were|been|being|be|is|are)\s+(?:told|ordered|asked|instructed|directed|urged"
    r"|advised|warned)\s+(?:on\s+)?$",
    re.I,
)
# "a town of 20,000", "the city of 20,000 people", "home to 3,500": the people of a place.
_PLACE_OF = re.compile(
    r"\b(?:(?:city|town|village|hamlet|county|district|province|region|state|country|nation"
    r"|island|territory|municipality|community|settlement|neighbou?rhood|suburb|capital"
    r"|borough|parish|commune|enclave)\s+of|home\s+to|population\s+of)\s+"
    r"(?:(?:some|about|around|nearly|almost|roughly|over|more than|fewer than|less than)\s+)?$",
    re.I,
)
# "the July 1 storm", "the Sunday landslide": a day that modifies the noun of another event.
_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|last)\s+$", re.I)
_EVENT_NOUN = re.compile(
    r"^\s+(?!(?:and|or|to|through|until|till|at|in|on|of|when|as|by|for|with|from|morning"
    rf"|night|evening|afternoon|noon|midnight|was|were|is|are|has|had|have|{_RECORD})\b)"
    r"[a-z][a-z-]+",
)
_OTHER_EVENT = re.compile(r"\b(?:after|before|following|when|since|because)\b", re.I)
_AS_OF = re.compile(
    rf"\b(?:until|till|by|as of|as at|as on|up to|upto|through)\s+"
    rf"(?:the\s+(?:end|close)\s+of\s+(?:the\s+day\s+(?:on\s+)?)?|{_CLOCK}|\w+\s+)$"
    rf"|\b(?:days?|weeks?|hours|months?|period|fortnight)\s+(?:to|ending|ended)\s+{_CLOCK}$",
    re.I,
)
# "Four died on Tuesday, bringing the toll to 31": a total a participle adds the day's
# count to is as of that day.
_BRINGING = re.compile(
    r"^[^.;:]*?,\s*(?:bringing|taking|raising|pushing|lifting|putting|with)\b[^.;:]*$", re.I
)
# "..., with figures suggesting 100,000 have now fled": a count of its own clause, as the
# report speaks, not a total the day before it brings up.
_SO_FAR = re.compile(r"\b(?:so far|to date|thus far|now|currently)\b", re.I)
# "4,300 are in shelters, up from 2,900 on Saturday": a day after an earlier value is that
# value's day, not the day of the figure it is compared with
_EARLIER_VALUE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased"
    r"|(?:rise|increase|decline|drop|fall|decrease|jump)s?) from|compared (?:with|to))"
    r"\s+(?:[a-z]+\s+){0,2}?\d",
    re.I,
)
_YEAR_ALONE = re.compile(r"\b(?:in|during|by|until|through|end of) \d{4}$", re.I)
# Clause breaks. A full stop inside a sentence ends a clause unless it ends an abbreviation:
# "p.m.", a title or a month ("Mr.", "Gov.", "Sept."), an initialism ("U.N."), as in "At a
# press conference yesterday, Mr. Kozak estimated that there were 400,000". (The full stop
# is looked for first, so that the abbreviations are only read before one.)
_BREAK = re.compile(
    r"[;:]|\bbut\b|\bwhile\b|, (?:and|as|where) |\band (?:a|an|the|another)\b"
    r"|(?=\. )(?<![ap]\.m)(?<!\b[A-Z])(?<!\b(?:Mr|Dr|Ms|St|Jr|Sr|Lt|Mt|Ft))"
    r"(?<!\b(?:Mrs|Gov|Sen|Rep|Col|Gen|Maj|Sgt|Rev|Adm|Jan|Feb|Mar|Apr|Aug|Oct|Nov|Dec))"
    r"(?<!\b(?:Sept|Capt|Prof|Supt|Cmdr))\. "
)


# A stock in the present tense: the first verb of being or staying after the number is in
# the present ("4,200 people, who fled on Sunday, are now in camps", "1,200 remain"), or a
# verb of holding has the number for its object ("the camp now houses 1,200", "there are").
_STOCK_VERB = re.compile(
    r"\b(?P<now>are|is|remain|remains|stay|live|spend|spends)\b"  # not "shelters", a noun too
    r"(?!\s+(?:expected|due|set|to|being)\b)"
    r"|\b(?:were|was|remained|stayed|lived|sheltered|slept|spent|had|have|has|will|would)\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.I)
# A day in a relative clause on the counted people ("38,000 people who fled on Sunday have
# been registered", "42 passengers, who had boarded on Sunday, landed on Monday") describes
# them, not the figure: it is a total's or a stock's as-of never, a count's only if alone.
# The clause runs from "who" to a comma or the main clause's own verb ("... were moved").
_WHO = re.compile(r"^(?:[^,;:]|(?<=\d),(?=\d))*?,?\s*\b(?:who|whom|whose|which|that)\s", re.I)
_OWN_VERB = re.compile(r"[,;:]|\b(?:are|is|were|was|have|has|had|will|would)\b", re.I)
_OWN_AUX = re.compile(r"^(?:(?:had|have|has|were|was|are|is)\s+)?(?:been\s+)?", re.I)


# "38,000 people who fled on Sunday have been registered", "... are in camps" (not "the
# 1,800 who were told to be at the port Wednesday would not lose their place").
_MAIN_NOW = re.compile(
    r"^(?:[^,;:]|(?<=\d),(?=\d))*?\b(?:are|is|remain|remains|have|has|live|lives|stay|stays)\b",
    re.I,
)


def _describes(between: str) -> bool:
    """Return whether a day after the number, ``between`` them, is in a relative clause."""
    who = _WHO.match(between)
    if who is None:
        return False
    rest = between[who.end() :]
    aux = _OWN_AUX.match(rest)  # "who had boarded": the clause's own auxiliary
    return _OWN_VERB.search(rest[aux.end() if aux else 0 :]) is None


_NOW_HAS = re.compile(
    r"\b(?:there (?:are|is)|(?:now |currently |still )?(?:houses|hosts|shelters|accommodates"
    r"|holds))\s+(?:(?:some|about|around|nearly|almost|over|more than|at least)\s+)?$",
    re.I,
)


def _stock_now(text: str, head: int, position: int, tail: int) -> int | None:
    """Return where the present-tense verb of the stock at ``position`` ends, if it is told
    in the present tense ("4,200 are in camps", "the camp houses 1,200"), else None."""
    verb = _STOCK_VERB.search(text, position, tail)
    if verb is not None and verb.group("now"):
        return verb.end()
    return position if _NOW_HAS.search(text[head:position]) else None


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """Return the clause around ``position`` as (start, end) offsets in ``text``."""
    start, end = 0, len(text)
    for match in _BREAK.finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() > position:
            end = match.start()
            break
    return start, end


def day_in_clause(text: str, position: int, dates: list[DateMention]) -> bool:
    """Return whether the number's clause names one day ("on Wednesday, forces killed 82")."""
    head, tail = clause_bounds(text, position)
    return any(
        head <= d.span.start < tail and not d.vague and not _RANGE_END.search(text[: d.span.start])
        for d in dates
    )
