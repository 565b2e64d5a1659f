"""The report's opening, as an OCHA flash update opens: the cumulative figures, then caveats.

Pure: it reads the running totals the builder made and the derived rows. Everything it shows in
the public variant goes through the builder's ``cell`` (small-cell suppression), and a caveat or
a flag that would rest on a suppressed cell is left out of the public variant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

Row = Mapping[str, Any]
Cell = Callable[[int], int | None]
Totals = Counter[tuple[str, str, str]]
WOUNDED = ("critical", "serious", "walking")  # triage values of the wounded
CAVEAT_DIMS = ("sex", "age", "group", "triage")
CAVEAT_SHARE = 0.10  # an unknown share from 10% up is worth saying
DISAGREE = 2.0  # sources whose highest figure is at least twice the lowest disagree


@dataclass
class HeadlineFigure:
    """One cumulative figure. ``known`` False: nothing recorded to count it from."""

    key: str
    value: int | None  # None: a suppressed small cell
    known: bool = True


@dataclass
class Headline:
    """The cumulative figures since the start, the report number, caveats and flags."""

    number: int | None  # day N of the operation (None before it became active)
    started: str | None  # the local day it first became active
    figures: list[HeadlineFigure]
    waiting: int | None  # ledger: people registered or counted still at pickup points
    remaining_low: int | None  # lowest and highest "remaining" of the latest per source
    remaining_high: int | None
    remaining_sources: list[str] = field(default_factory=list)
    caveats: list[dict[str, Any]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)

    def figure(self, key: str) -> HeadlineFigure:
        """The figure with this key."""
        return next(f for f in self.figures if f.key == key)


def headline(
    *,
    total: Totals,
    incidents: Iterable[Row],
    latest: Mapping[tuple[str, str], Row],
    date: str,
    day_of: Callable[[str | None], str],
    cell: Cell,
    started: str | None,
    public: bool,
) -> Headline:
    """The report's headline as of the end of ``date``.

    :param total: running totals by (figure or stage, dimension, value) up to the end of the day.
    :param latest: the latest reported figure of each (metric, source) as of the day.
    :param started: the local day the operation first became active.
    """
    past = [i for i in incidents if day_of(i["at"]) <= date]
    wounded = sum(total[("left", "triage", v)] for v in WOUNDED)
    triaged = any(total[("left", "triage", v)] for v in (*WOUNDED, "none"))
    figures = [
        HeadlineFigure("left", cell(total[("left", "total", "all")])),
        HeadlineFigure("arrived", cell(total[("arrived", "total", "all")])),
        HeadlineFigure("wounded_evacuated", cell(wounded), known=bool(triaged)),
        HeadlineFigure("incident_killed", cell(sum(int(i["killed"] or 0) for i in past))),
        HeadlineFigure("incident_wounded", cell(sum(int(i["wounded"] or 0) for i in past))),
        HeadlineFigure("died", cell(total[("died", "total", "all")])),
        HeadlineFigure("missing", cell(total[("missing", "total", "all")])),
    ]
    waiting = (
        total[("registered", "total", "all")]
        - total[("registered_departed", "total", "all")]
        + total[("waiting_counted", "total", "all")]
    )
    reports = [r for (metric, _), r in sorted(latest.items()) if metric == "remaining"]
    lows = [int(r["low"] if r["low"] is not None else r["value"]) for r in reports]
    highs = [int(r["high"] if r["high"] is not None else r["value"]) for r in reports]
    return Headline(
        number=_number(started, date),
        started=started,
        figures=figures,
        waiting=cell(max(0, waiting)),
        remaining_low=min(lows) if lows else None,
        remaining_high=max(highs) if highs else None,
        remaining_sources=[str(r["source"]) for r in reports],
        caveats=_caveats(total, cell, public, lows, highs),
        flags=_flags(total, cell, public),
    )


def _number(started: str | None, date: str) -> int | None:
    if started is None or started > date:
        return None
    return (Date.fromisoformat(date) - Date.fromisoformat(started)).days + 1


def _caveats(
    total: Totals, cell: Cell, public: bool, lows: list[int], highs: list[int]
) -> list[dict[str, Any]]:
    """What the figures cannot tell, computed from the data (unknown shares, disagreement)."""
    out: list[dict[str, Any]] = []
    left = total[("left", "total", "all")]
    for dim in CAVEAT_DIMS:
        unknown = total[("left", dim, "unknown")]
        if left <= 0 or unknown / left < CAVEAT_SHARE:
            continue
        if public and (cell(unknown) is None or cell(left - unknown) is None):
            continue  # a share of a small cell would give the cell away
        out.append({"kind": "unknown", "dim": dim, "percent": round(100 * unknown / left)})
    if lows and min(lows) > 0 and max(highs) >= DISAGREE * min(lows):
        out.append({"kind": "disagree", "low": min(lows), "high": max(highs), "sources": len(lows)})
    return out


# Figures that cannot be larger than another: (larger one, the one it cannot exceed).
ORDER = (("onward", "arrived"), ("arrived", "left"))


def _flags(total: Totals, cell: Cell, public: bool) -> list[dict[str, Any]]:
    """Where figures do not fit together: a flag for each pair out of order."""
    out = []
    for more, less in ORDER:
        a, b = total[(more, "total", "all")], total[(less, "total", "all")]
        if a <= b:
            continue
        shown_a, shown_b = cell(a), cell(b)
        if public and (shown_a is None or shown_b is None):
            continue
        out.append({"kind": f"{more}_over_{less}", "a": shown_a, "b": shown_b})
    return out
