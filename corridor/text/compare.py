"""Group figures about the same quantity and judge whether the sources agree.

Two figures are about the same quantity only when crisis, place, who is counted, metric,
period and as-of day all match (and neither is a part of a larger figure). Planned
against actual, 24 hours against cumulative, Americans against all evacuees are
different quantities and are never set against each other. Updates from one source on
different days form a dated series, not a disagreement.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

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

# Metrics whose figures are never set against each other: a plan is not a count, and
# "other" mixes unlike things.
NOT_COMPARED = frozenset({"planned", "other"})
_GENERAL = frozenset(
    {"people", "person", "persons", "individuals", "residents", "inhabitants", "refugees",
     "evacuees", "displaced", "arrivals", "lives", "civilians", "others", "population"}
)  # fmt: skip

Key = tuple[str, str, str, str, str, date | None, bool]


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

    def interval(self) -> tuple[float, float]:
        """Return the range of values the claim allows."""
        return self.figures[0].interval()

    @property
    def inferred(self) -> bool:
        """Return whether the claim's period, day, place or who it counts was inferred, not
        stated.

        A figure with no place joins the only group that matches it otherwise: a guess
        good enough to show it beside the others, not to call it a disagreement. Nor can
        two figures of unknown day be told to be about the same day.
        """
        note = self.figures[0].note
        unplaced = not any(f.place for f in self.figures)
        undated = all(f.as_of is None for f in self.figures)
        return (
            unplaced
            or undated
            or any(w in note for w in ("period assumed", "who inferred", "an increment", "hedged"))
        )

    @property
    def vague(self) -> bool:
        """Return whether the claim is only an order of magnitude ("thousands")."""
        return self.low is not None and self.high is not None and self.qualifier != "range"


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
        """Return pairs of reports from different sources whose ranges cannot both hold.

        A vague amount ("tens of thousands") conflicts with a number only below half its
        least value. With ``stated_only``, a
        report whose period or population was inferred rather than stated is left out:
        its scope is a guess, and a careful analyst would not call it a disagreement.
        """
        if self.metric in NOT_COMPARED or self.part:
            return []
        reports = [r for r in self.reports if not (stated_only and r.inferred)]
        return [
            (a, b)
            for i, a in enumerate(reports)
            for b in reports[i + 1 :]
            if a.source != b.source
            and not (a.vague and b.vague)
            and not _compatible(a, b)
            and not self._reconciled(a.source, b.source)
            and (not stated_only or _same_words(a, b))
        ]

    def _reconciled(self, one: str, other: str) -> bool:
        """Return whether two sources also give values that agree: a minister who says
        the toll "has risen to 446 from 417" agrees with an outlet's 446; the 417 is his
        earlier count, not a disagreement."""
        mine = [r for r in self.reports if r.source == one]
        theirs = [r for r in self.reports if r.source == other]
        return any(_compatible(a, b) for a in mine for b in theirs if not (a.vague or b.vague))

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


def _same_words(a: Report, b: Report) -> bool:
    """Return whether two claims name who they count with the same noun.

    Grouping puts "Kenyans" and "Kenyan nationals", or "residents" and "people", together so
    that they are shown side by side; an analyst calls two values a disagreement only when both
    reports count the same people in the same words.
    """
    return _head(a.figures[0].population) == _head(b.figures[0].population)


def _head(population: str) -> str:
    words = population.lower().split()
    return words[-1].removesuffix("s") if words else ""


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _compatible(a: Report, b: Report) -> bool:
    """Return whether two claims can both hold. A vague amount is read as a loose lower
    bound: "thousands" fits 50,000 (people say thousands of many thousands), but "tens of
    thousands" does not fit 4,500 (below half its least value)."""
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
    return (
        figure.crisis, figure.metric, scope_of(figure.place), population_key(figure),
        figure.period + rate, figure.as_of, part,
    )  # fmt: skip


def group_figures(figures: list[Figure], origin_of: dict[tuple[str, int], int]) -> list[Group]:
    """Group figures by scope and fold repeats of one origin into one report.

    ``origin_of`` maps (doc_id, sentence index) to a near-duplicate origin id; the
    same source giving the same value for the same scope is also one report.
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
    groups = [_group(key, members, origin_of) for key, members in scoped.items()]
    return sorted(groups, key=_order)


def _group(key: Key, members: list[Figure], origin_of: dict[tuple[str, int], int]) -> Group:
    crisis, metric, place, population, period, as_of, part = key
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
            )
        )
    return group


def find_series(groups: list[Group]) -> list[Series]:
    """Return each source's figures for one quantity on two or more different days."""
    by_quantity: dict[tuple[str, ...], dict[date, Report]] = defaultdict(dict)
    for group in groups:
        if group.as_of is None or group.part:
            continue
        for report in group.reports:
            if report.vague:
                continue
            key = (group.crisis, group.metric, group.place, group.population, group.period,
                   report.source)  # fmt: skip
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
