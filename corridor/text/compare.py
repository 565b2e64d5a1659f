"""Group figures about the same quantity and judge whether the sources agree."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from corridor.text.model import Figure
from corridor.text.places import scope_of

SINGLE = "single source"
AGREE = "agree"
CONSISTENT = "consistent within stated approximations"
CONTRADICTION = "contradiction"
VAGUE_ONLY = "orders of magnitude only"
ONE_PRECISE = "one precise source; others vague"


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
    def vague(self) -> bool:
        """Return whether the claim is only an order of magnitude ("thousands")."""
        return self.low is not None and self.high is not None


@dataclass(slots=True)
class Group:
    """Figures about one quantity: same metric, same place, same date."""

    metric: str
    place: str
    as_of: date | None
    part: bool
    reports: list[Report] = field(default_factory=list)

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

    @property
    def status(self) -> str:
        """Return single source, agree, consistent or contradiction."""
        if len(self.sources) < 2:
            return SINGLE
        if all(r.vague for r in self.reports):
            return VAGUE_ONLY
        if len({r.source for r in self.reports if not r.vague}) < 2:
            return ONE_PRECISE
        by_source = [r for r in self.reports if not r.vague]
        contradiction = any(
            a.source != b.source and not _overlap(a.interval(), b.interval())
            for i, a in enumerate(by_source)
            for b in by_source[i + 1 :]
        )
        if contradiction:
            return CONTRADICTION
        return AGREE if len({r.value for r in self.precise}) == 1 else CONSISTENT


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def scope_key(figure: Figure) -> tuple[str, str, date | None, bool]:
    """Return what must match for two figures to be about the same quantity."""
    part = "part of a larger figure" in figure.note
    return figure.metric, scope_of(figure.place), figure.as_of, part


def _placeless_key(
    figure: Figure, scoped: dict[tuple[str, str, date | None, bool], list[Figure]]
) -> tuple[str, str, date | None, bool]:
    """Put a figure whose text names no place with the only placed group it can match."""
    metric, _, as_of, part = scope_key(figure)
    candidates = [k for k in scoped if (k[0], k[2], k[3]) == (metric, as_of, part) and k[1]]
    if len(candidates) == 1:
        return candidates[0]
    return metric, "", as_of, part


def group_figures(figures: list[Figure], origin_of: dict[tuple[str, int], int]) -> list[Group]:
    """Group figures by scope and fold repeats of one origin into one report.

    ``origin_of`` maps (doc_id, sentence index) to a near-duplicate origin id; the
    same source giving the same value for the same scope is also one report.
    """
    scoped: dict[tuple[str, str, date | None, bool], list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.place:
            scoped[scope_key(figure)].append(figure)
    for figure in figures:
        if not figure.place:
            scoped[_placeless_key(figure, scoped)].append(figure)
    groups: list[Group] = []
    for (metric, place, as_of, part), members in scoped.items():
        group = Group(metric, place, as_of, part)
        buckets: dict[tuple[object, ...], list[Figure]] = {}
        for figure in members:
            where = (figure.doc_id, figure.sentence_index)
            origin = origin_of[where] if where in origin_of else where
            keys = [("origin", origin, figure.value), ("claim", figure.source, figure.value)]
            bucket = next((buckets[k] for k in keys if k in buckets), None)
            if bucket is None:
                bucket = []
            bucket.append(figure)
            for key in keys:
                buckets[key] = bucket
        seen: set[int] = set()
        for bucket in buckets.values():
            if id(bucket) in seen:
                continue
            seen.add(id(bucket))
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
        groups.append(group)
    return sorted(groups, key=_order)


_METRIC_ORDER = {
    name: rank
    for rank, name in enumerate(
        ("evacuated", "remaining", "waiting", "killed", "wounded", "children", "fighters",
         "civilians", "buses", "ambulances", "other")
    )
}  # fmt: skip


def _order(group: Group) -> tuple[int, bool, str, date]:
    return (
        _METRIC_ORDER.get(group.metric, 99),
        group.part,
        group.place,
        group.as_of or date.min,
    )
