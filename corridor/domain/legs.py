"""The legs of the journey, by site kind, and the summary figures a headcount adds to.

People *leave* from pickup sites and crossings, are *received* at gathering points, hospitals and
other sites, and go *onward* to camps and relatives (a second leg, never added to "left"). The
summary (``services/summary.py``), the situation report (``sitrep/build.py``) and the
dashboard's site tables all read these functions, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping

LEGS = ("origin", "reception", "onward")
# Which of the ledger's figures a reported metric is set beside: (figure, dimension, value).
COMPARABLE = {
    "evacuated": ("left", "total", "all"),
    "children": ("left", "age", "child"),
    "fighters": ("left", "group", "fighter"),
    "civilians": ("left", "group", "civilian"),
    "killed": ("died", "total", "all"),
    "waiting": ("waiting_counted", "total", "all"),
}
_LEG_OF_KIND = {"pickup": "origin", "crossing": "origin", "camp": "onward", "relatives": "onward"}


def leg(kind: str) -> str:
    """Which leg a site's kind stands for: where people leave from, are received, or settle."""
    return _LEG_OF_KIND.get(kind, "reception")


def flows(stage: str, site_leg: str) -> list[tuple[str, int]]:
    """The figures one headcount row (a tally stage at a site of a leg) adds to, with their sign.

    Departures from the origin leg are "left"; an arrival back at the origin leg takes one off
    "left" and counts as "returned"; arrivals elsewhere are "arrived" (reception) or "onward".
    Deaths, missing and diverted people count as themselves wherever they are recorded.
    """
    if stage == "departed" and site_leg == "origin":
        return [("left", 1)]
    if stage == "arrived":
        if site_leg == "origin":
            return [("left", -1), ("returned", 1)]
        return [("arrived" if site_leg == "reception" else "onward", 1)]
    if stage in ("died", "missing", "diverted"):
        return [(stage, 1)]
    return []


def cumulative(per_hour: Mapping[str, Mapping[str, int]]) -> list[tuple[str, int, int]]:
    """People who had left and who had arrived at reception by the end of each hour, from the
    hour's ``left`` and ``arrived`` figures (:func:`flows`): ``(hour, left, arrived)``, in order."""
    out, left, arrived = [], 0, 0
    for hour in sorted(per_hour):
        left += per_hour[hour].get("left", 0)
        arrived += per_hour[hour].get("arrived", 0)
        out.append((hour, left, arrived))
    return out
