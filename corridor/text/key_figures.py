"""The brief's key figures: per crisis and people-counting metric, the latest value.

A coordinator reading on a phone wants one line per quantity ("killed: 1,355 as of
7 September, NDMA"), not the full table of every group. For each crisis, metric and period
(a daily count and a running total are different quantities) the group of the latest as-of
day is kept; on one day, the group more sources give, then the larger one (a whole rather
than one of its places). Groups that are part of another figure are left out, and an undated
group is kept only when no group of its quantity is dated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from corridor.text.compare import CONTRADICTION, Group, Report, cited_docs

# The metrics that count people, in the order a coordinator reads them.
KEY_METRICS = ("evacuated", "arrived", "remaining", "waiting", "killed", "wounded", "missing")


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """The latest value of one quantity, with where it comes from."""

    crisis: str
    metric: str
    period: str
    population: str
    place: str
    as_of: date | None
    low: int
    high: int
    sources: tuple[str, ...]
    doc_ids: tuple[str, ...]
    disputed: bool  # the sources of that day disagree (a contradiction)
    example: Report  # a report giving the value, to word it as written ("thousands")


def _rank(group: Group) -> tuple[date, int, int]:
    return (group.as_of or date.min, len(group.sources), group.high)


def key_figures(groups: list[Group]) -> list[KeyFigure]:
    """Return one key figure per crisis, metric and period, in crisis then metric order."""
    best: dict[tuple[str, str, str], Group] = {}
    for group in groups:
        if group.metric not in KEY_METRICS or group.part:
            continue
        key = (group.crisis, group.metric, group.period)
        if key not in best or _rank(group) > _rank(best[key]):
            best[key] = group
    order = {metric: rank for rank, metric in enumerate(KEY_METRICS)}
    chosen = sorted(best.items(), key=lambda item: (item[0][0], order[item[0][1]], item[0][2]))
    return [
        KeyFigure(
            crisis=group.crisis,
            metric=group.metric,
            period=group.period,
            population=group.population,
            place=group.place,
            as_of=group.as_of,
            low=group.low,
            high=group.high,
            sources=tuple(group.sources),
            doc_ids=cited_docs(group.reports),
            disputed=group.status == CONTRADICTION,
            example=group.precise[0],
        )
        for _, group in chosen
    ]


def minor(group: Group) -> bool:
    """Return whether a group is of little use at a glance: one source, metric ``other``."""
    return group.metric == "other" and len(group.sources) < 2
