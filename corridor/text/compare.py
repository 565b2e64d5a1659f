"""Group figures about the same quantity and judge whether the sources agree.

Figures are grouped by crisis, place, who is counted (by class: "residents" beside
"people"), metric, period and as-of day, so that related counts are shown side by side.
Two reports disagree only when every part of their scope was read from the text, not
guessed, and is the same: crisis (country and year), exact place, who is counted, a
metric that counts people, the period, and the day (a figure's as-of window is its day;
a place's standing size, "a city of 60,000", holds whatever the day); and when their
values cannot both be true given their qualifiers ("at least", "about", ranges) and
their nouns: only two counts of one noun are set against each other ("tens of thousands of
civilians" beside "4,500 people" is two populations, even where a part looks larger than its
whole, as issue 14 asks: a contradiction needs the same population). Planned against
actual, 24 hours against cumulative, Americans against all evacuees are different
quantities and are never set against each other. A source's differing values, or copies
of one wire sentence with different values, are updates (a dated series), not a disagreement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import accumulate

from corridor.text.model import Figure
from corridor.text.places import scope_of
from corridor.text.population import CLASSES

SINGLE = "single source"
AGREE = "agree"
CONSISTENT = "consistent within stated approximations"
CONTRADICTION = "contradiction"
VAGUE_ONLY = "orders of magnitude only"
ONE_PRECISE = "one precise source; others vague"
ONE_SOURCE = "one source, several figures"
SCOPE_UNCLEAR = "values differ; period or who is counted not stated"

# Metrics whose figures are never set against each other, even loosely: a plan is not a
# count, and "other" mixes unlike things.
NOT_COMPARED = frozenset({"planned", "other"})
# Metrics that count people and can disagree; a flow (people who left, arrived, died or
# were hurt) is counted over a period, which must be stated.
COMPARED = frozenset(
    {"evacuated", "arrived", "remaining", "waiting", "killed", "wounded", "missing", "present"}
)
FLOWS = frozenset({"evacuated", "arrived", "killed", "wounded"})
# Notes that mark part of a figure's scope as guessed, or the figure as no count of its own.
_GUESSED = (
    "period assumed", "who inferred", "place inferred", "an increment", "hedged",
    "planned or hoped for", "part of a larger figure",
)  # fmt: skip
_CRISIS = re.compile(r"^[A-Z]{2} \d{4}$")  # a country and a year: "LB 2006"
_GENERAL = frozenset(
    {"people", "person", "persons", "individuals", "residents", "inhabitants", "refugees",
     "evacuees", "displaced", "arrivals", "lives", "civilians", "others", "population"}
)  # fmt: skip

# Words that, for the people living in a place (metric "present"), name the same people:
# "a town of 60,000 people", "its 80,000 residents", "a population of 70,000".
RESIDENT_WORDS = frozenset(
    {"people", "person", "individual", "resident", "inhabitant", "population"}
)

# The note of a count of the people who live in a place ("a city of 60,000 people"): its
# standing size, the same whatever the day of the report.
STANDING = "a place's people"

Key = tuple[str, str, str, str, str, date | None, bool, str]
# What two reports must share to disagree: crisis, metric, exact place, who is counted
# (nationality and class, and the noun itself), period (" rate" added for a rate) and day
# (none for a place's standing size).
Scope = tuple[str, str, str, str, str, str, date | None]


@dataclass(frozen=True, slots=True)
class Report:
    """One origin's claim: a source, its wording, and the documents that carry it."""

    source: str
    value: int
    low: int | None
    high: int | None
    qualifier: str
    doc_ids: tuple[str, ...]
    figures: tuple[Figure, ...]
    # (origin, rank in its sentence, sentence) of each copy: two reports with the same
    # origin and rank in different sentences are one wire sentence carried with two values.
    copies: frozenset[tuple[object, int, tuple[str, int]]] = frozenset()
    scope: Scope | None = field(init=False)

    def __post_init__(self) -> None:
        # The claim's scope when every copy of it states one and the same full scope
        # (``stated_scope``); None when any part was guessed or the copies differ. A figure
        # with no place joins the only group that matches it otherwise: a guess good enough
        # to show it beside the others, not to call it a disagreement. Nor can two figures
        # of unknown day be told to be about the same day.
        scopes = {stated_scope(f) for f in self.figures}
        object.__setattr__(self, "scope", scopes.pop() if len(scopes) == 1 else None)

    def interval(self) -> tuple[float, float]:
        """Return the range of values the claim allows."""
        return self.figures[0].interval()

    @property
    def vague(self) -> bool:
        """Return whether the claim is only an order of magnitude ("thousands")."""
        return self.low is not None and self.high is not None and self.qualifier != "range"


def cited_docs(reports: list[Report]) -> tuple[str, ...]:
    """Return the documents that carry some reports, each once, in order of first citation."""
    return tuple(dict.fromkeys(d for r in reports for d in r.doc_ids))


@dataclass(slots=True)
class Group:
    """Figures about one quantity: same crisis, place, population, metric, period, day."""

    metric: str
    place: str
    as_of: date | None
    part: bool
    reports: list[Report] = field(default_factory=list)
    crisis: str = ""
    population: str = ""
    period: str = ""

    @property
    def precise(self) -> list[Report]:
        """Return the reports that give a number rather than an order of magnitude."""
        return [r for r in self.reports if not r.vague] or self.reports

    @property
    def sources(self) -> list[str]:
        """Return the distinct sources, in order of first appearance."""
        return list(dict.fromkeys(r.source for r in self.reports))

    @property
    def low(self) -> int:
        """Return the smallest reported value."""
        return min(r.value for r in self.precise)

    @property
    def high(self) -> int:
        """Return the largest reported value."""
        return max(r.value for r in self.precise)

    def conflicts(self, stated_only: bool = True) -> list[tuple[Report, Report]]:
        """Return pairs of reports from different sources whose values cannot both hold.

        With ``stated_only`` (a contradiction) both reports must state one full scope
        (``Report.scope``): an analyst does not call two figures a disagreement when the
        period, place, day or who is counted was guessed, or when "residents" are set
        against "people" (the people may include others). Without it, any two differing
        reports of the group are returned: values that differ, their scope unclear.

        A vague amount ("tens of thousands") conflicts with a number only below half its
        least value.
        """
        if self.metric in NOT_COMPARED or self.part:
            return []
        cells: dict[Scope | None, list[Report]] = defaultdict(list)
        for report in self.reports:
            if not stated_only:
                cells[None].append(report)
            elif report.scope is not None:
                cells[report.scope].append(report)
        pairs: list[tuple[Report, Report]] = []
        for cell in cells.values():
            by_source: dict[str, list[Report]] = defaultdict(list)
            for report in cell:
                by_source[_name(report.source)].append(report)
            names = list(by_source)
            for i, one in enumerate(names):
                for other in names[i + 1 :]:
                    mine, theirs = by_source[one], by_source[other]
                    if not _reconciled(mine, theirs):
                        pairs.extend(_differing(mine, theirs))
        return pairs

    @property
    def status(self) -> str:
        """Return single source, agree, consistent or contradiction."""
        if len(self.sources) < 2:
            return ONE_SOURCE if len({r.value for r in self.reports}) > 1 else SINGLE
        if self.conflicts():
            return CONTRADICTION
        if self.conflicts(stated_only=False):
            return SCOPE_UNCLEAR
        if all(r.vague for r in self.reports):
            return VAGUE_ONLY
        if len({r.source for r in self.reports if not r.vague}) < 2:
            return ONE_PRECISE
        return AGREE if len({r.value for r in self.precise}) == 1 else CONSISTENT


@dataclass(frozen=True, slots=True)
class Series:
    """One source's figures for one quantity on successive days (a rising toll, say)."""

    source: str
    metric: str
    place: str
    population: str
    period: str
    crisis: str
    points: tuple[tuple[date, int, str, tuple[str, ...]], ...]  # day, value, qualifier, docs


def stated_scope(figure: Figure) -> Scope | None:
    """Return a figure's scope when all of it was read from its report, else None.

    Stated means: a crisis with country and year, a place, a day, a noun for who is
    counted (two counts disagree only in one noun: "refugees" may be part of "people",
    "Syrian Kurds" of "Kurds"; but a place's people, residents and population are one), a
    metric that counts people, a period for a flow, and no note saying a part was guessed or
    the figure is a plan, a hedge, an increment or part of a larger figure.
    """
    head = _head(figure.population)
    if figure.metric == "present" and head in RESIDENT_WORDS:
        head = "people"  # a place's population: its people, residents, inhabitants are one
    if figure.metric not in COMPARED or figure.as_of is None or not figure.place or not head:
        return None
    if not _CRISIS.match(figure.crisis) or (figure.metric in FLOWS and not figure.period):
        return None
    if any(words in figure.note for words in _GUESSED):
        return None
    rate = " rate" if "rate per" in figure.note else ""
    return (
        figure.crisis, figure.metric, figure.place, population_key(figure), head,
        figure.period + rate, _day(figure),
    )  # fmt: skip


def _day(figure: Figure) -> date | None:
    """Return the day a figure's count is compared on: none for a place's standing size
    ("a city of 60,000", "its 80,000 residents"), which no day of the crisis changes."""
    return None if figure.metric == "present" and STANDING in figure.note else figure.as_of


def _head(population: str) -> str:
    """Return the noun that names who is counted, singular ("Syrian Kurds" -> "kurd")."""
    words = population.lower().split()
    return words[-1].removesuffix("s") if words else ""


def _differ(a: Report, b: Report) -> bool:
    """Return whether two reports are two sources' values that cannot both be true.

    Copies of one wire sentence that carry different values are one source's update, and
    two vague amounts ("hundreds", "thousands") are never set against each other.
    """
    return (
        _name(a.source) != _name(b.source)
        and not _copied(a, b)
        and not (a.vague and b.vague)
        and not _compatible(a, b)
    )


def _copied(a: Report, b: Report) -> bool:
    """Return whether two reports are one slot of one wire sentence in two copies."""
    return any(x[:2] == y[:2] and x[2] != y[2] for x in a.copies for y in b.copies)


def _name(source: str) -> str:
    return " ".join(source.lower().split())


def _reconciled(mine: list[Report], theirs: list[Report]) -> bool:
    """Return whether two sources also give values that agree: a minister who says the
    toll "has risen to 446 from 417" agrees with an outlet's 446; the 417 is his earlier
    count, not a disagreement.

    Sorted by their least values, one source's precise claims are swept once for each of the
    other's, so that many claims of two sources cost n log n, not n squared.
    """
    ours = sorted((r.interval() for r in mine if not r.vague), key=lambda i: i[0])
    if not ours:
        return False
    lows = [low for low, _ in ours]
    reach = list(accumulate((high for _, high in ours), max))  # highest end so far
    for report in theirs:
        if report.vague:
            continue
        low, high = report.interval()
        last = bisect_right(lows, high) - 1  # claims of ours that start at or below its end
        if last >= 0 and reach[last] >= low:
            return True
    return False


def _differing(mine: list[Report], theirs: list[Report]) -> list[tuple[Report, Report]]:
    """Return, for each claim of either source, one claim of the other it cannot hold with
    (if any): which claims disagree, without listing every pair of them.

    Each claim is tried against a few claims of the other source only: the first precise
    ones (a wire copy of the same slot is no disagreement, so more than one), the precise one
    with the least top (the one a vague amount can exceed), and the vague one with the
    highest floor (the one a number can fall short of). The cost is linear in the claims.
    """
    pairs: list[tuple[Report, Report]] = []
    for one, other, flip in ((mine, theirs, False), (theirs, mine, True)):
        candidates = _candidates(other)
        for a in one:
            b = next((c for c in candidates if _differ(a, c)), None)
            if b is not None:
                pairs.append((b, a) if flip else (a, b))
    return list(dict.fromkeys(pairs))


def _candidates(reports: list[Report]) -> list[Report]:
    """Return the claims of one source that others are tried against (see _differing)."""
    precise = [r for r in reports if not r.vague]
    vague = [r for r in reports if r.vague]
    chosen = precise[:3]
    if precise:
        chosen.append(min(precise, key=lambda r: r.interval()[1]))
    if vague:
        chosen.append(max(vague, key=lambda r: r.interval()[0]))
    return list(dict.fromkeys(chosen))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _compatible(a: Report, b: Report) -> bool:
    """Return whether two claims can both hold. A vague amount is read as a loose lower
    bound: "thousands" fits 50,000 (people say thousands of many thousands), but "tens of
    thousands" does not fit 4,500 (below half its least value).

    Claims with different nouns for who is counted are never compared: their scopes differ,
    so ``Group.conflicts`` keeps them in different cells ("tens of thousands of civilians"
    beside "4,500 people" are two populations; judging a part larger than its whole a
    disagreement was tried in stop 16 and mixed populations on held-back reports).
    """
    low_a, high_a = a.interval()
    low_b, high_b = b.interval()
    if a.vague:
        low_a, high_a = low_a / 2, float("inf")
    if b.vague:
        low_b, high_b = low_b / 2, float("inf")
    return _overlap((low_a, high_a), (low_b, high_b))


def population_key(figure: Figure) -> str:
    """Return who a figure counts, as compared: nationality plus class ("american nationals").

    General words for people (people, residents, refugees, evacuees) compare as one;
    a nationality, or a specific group (students, soldiers, children), is kept apart.
    """
    words = figure.population.split() or [figure.subject or "people"]
    head = words[-1]
    nationality = " ".join(w.lower() for w in words[:-1] if w[:1].isupper())
    lower = head.lower()
    if head[:1].isupper():
        nationality, lower = (nationality + " " + lower).strip(), "nationals"
    elif lower in ("citizens", "nationals", "citizen", "national", "passport", "holders"):
        lower = "nationals"
    elif lower in _GENERAL:
        lower = "people"
    else:
        lower = CLASSES.get(lower, lower)
    return f"{nationality} {lower}".strip()


def scope_key(figure: Figure) -> Key:
    """Return what must match for two figures to be about the same quantity."""
    part = "part of a larger figure" in figure.note
    rate = " rate" if "rate per" in figure.note else ""  # "4,000 a day" is no day's count
    # Two counts whose days are unknown are no count of one day: "27 dead" in a report of
    # Thursday and "39 dead" in one of Saturday, both undated, stay apart (one report's
    # undated counts may still be one quantity).
    undated = figure.doc_id if figure.as_of is None else ""
    return (
        figure.crisis, figure.metric, scope_of(figure.place), population_key(figure),
        figure.period + rate, _day(figure), part, undated,
    )  # fmt: skip


def group_figures(figures: list[Figure], origin_of: dict[tuple[str, int], int]) -> list[Group]:
    """Group figures by scope and fold repeats of one origin into one report.

    ``origin_of`` maps (doc_id, sentence index) to a near-duplicate origin id; the
    same source giving the same value for the same scope is also one report. Reports
    that disagree are set apart in a group of their own scope, so that a contradiction
    shows only the reports that state exactly that quantity.
    """
    scoped: dict[Key, list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.place:
            scoped[scope_key(figure)].append(figure)
    placed: dict[Key, list[Key]] = defaultdict(list)
    for key in scoped:
        placed[key[:2] + ("",) + key[3:]].append(key)
    for figure in figures:
        if not figure.place:
            key = scope_key(figure)
            matches = placed.get(key, [])
            scoped[matches[0] if len(matches) == 1 else key].append(figure)
    slots = _slots(figures)
    groups = [
        part
        for key, members in scoped.items()
        for part in _split(_group(key, members, origin_of, slots))
    ]
    return sorted(groups, key=_order)


def _slots(figures: list[Figure]) -> dict[int, int]:
    """Map each figure (by id) to its rank among the figures of its sentence."""
    by_sentence: dict[tuple[str, int], list[Figure]] = defaultdict(list)
    for figure in figures:
        by_sentence[(figure.doc_id, figure.sentence_index)].append(figure)
    return {
        id(f): rank
        for members in by_sentence.values()
        for rank, f in enumerate(sorted(members, key=lambda f: f.span.start))
    }


def _split(group: Group) -> list[Group]:
    """Return the group, less each set of reports of one stated scope that disagree, and
    those sets as groups of their own (placed at the exact place they state)."""
    disputed = list(dict.fromkeys(a.scope for a, _ in group.conflicts()))
    if not disputed:
        return [group]
    parts = [
        replace(group, place=scope[2], reports=[r for r in group.reports if r.scope == scope])
        for scope in disputed
        if scope is not None
    ]
    rest = [r for r in group.reports if r.scope not in disputed]
    return parts + ([replace(group, reports=rest)] if rest else [])


def _group(
    key: Key,
    members: list[Figure],
    origin_of: dict[tuple[str, int], int],
    slots: dict[int, int],
) -> Group:
    crisis, metric, place, population, period, as_of, part, _ = key
    # a place's standing size is shown as of the first day a report gave it
    as_of = as_of or min((f.as_of for f in members if f.as_of is not None), default=None)
    group = Group(metric, place, as_of, part, crisis=crisis, population=population, period=period)
    buckets: dict[tuple[object, ...], list[Figure]] = {}
    order: list[list[Figure]] = []
    for figure in members:
        where = (figure.doc_id, figure.sentence_index)
        origin = origin_of.get(where, where)
        keys = [("origin", origin, figure.value), ("claim", figure.source, figure.value)]
        bucket = next((buckets[k] for k in keys if k in buckets), None)
        if bucket is None:
            bucket = []
            order.append(bucket)
        bucket.append(figure)
        for k in keys:
            buckets[k] = bucket
    for bucket in order:
        first = bucket[0]
        group.reports.append(
            Report(
                source=first.source,
                value=first.value,
                low=first.low,
                high=first.high,
                qualifier=first.qualifier,
                doc_ids=tuple(dict.fromkeys(f.doc_id for f in bucket)),
                figures=tuple(bucket),
                copies=frozenset(
                    (
                        origin_of.get(where, where),
                        slots.get(id(f), 0),
                        where,
                    )
                    for f in bucket
                    for where in [(f.doc_id, f.sentence_index)]
                ),
            )
        )
    return group


def find_series(groups: list[Group]) -> list[Series]:
    """Return each source's figures for one quantity on two or more different days.

    One source's several values on one day are not shown as a series: they are as often
    two parts of one story ("17,000 went north, 35,000 south") as an update.
    """
    by_quantity: dict[tuple[str, ...], dict[date, Report]] = defaultdict(dict)
    for group in groups:
        if group.as_of is None or group.part:
            continue
        for report in group.reports:
            if report.vague:
                continue
            key = (group.crisis, group.metric, scope_of(group.place), group.population,
                   group.period, report.source)  # fmt: skip
            by_quantity[key].setdefault(group.as_of, report)
    series = []
    for (crisis, metric, place, population, period, source), points in by_quantity.items():
        if len(points) < 2:
            continue
        series.append(
            Series(
                source,
                metric,
                place,
                population,
                period,
                crisis,
                tuple((day, r.value, r.qualifier, r.doc_ids) for day, r in sorted(points.items())),
            )  # fmt: skip
        )
    return series


_METRIC_ORDER = {
    name: rank
    for rank, name in enumerate(
        ("evacuated", "arrived", "remaining", "waiting", "killed", "wounded", "missing",
         "children", "fighters", "civilians", "present", "planned", "buses", "ambulances",
         "vehicles", "other")
    )
}  # fmt: skip


def _order(group: Group) -> tuple[str, int, bool, str, str, date]:
    return (
        group.crisis,
        _METRIC_ORDER.get(group.metric, 99),
        group.part,
        group.place,
        group.population,
        group.as_of or date.min,
    )
