"""Step lines of cumulative counts, cut where the operation was suspended (pure).

A count rises at the end of the hour it was made in and stays level until the next one, so no
slope suggests departures that were not counted; while the operation was suspended nothing is
drawn at all. The sitrep's chart and the dashboard's share these rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any


def corners(points: list[tuple[datetime, int]], end: datetime) -> list[tuple[datetime, int]]:
    """The corners of a step line through (moment, value) points, held level up to ``end``."""
    out: list[tuple[datetime, int]] = []
    for moment, value in points:
        if out:
            out.append((moment, out[-1][1]))
        out.append((moment, value))
    if out and out[-1][0] < end:
        out.append((end, out[-1][1]))
    return out


def runs_outside(
    steps: list[tuple[datetime, int]], gaps: Sequence[tuple[datetime, datetime]]
) -> list[list[tuple[datetime, int]]]:
    """The step line cut into the pieces outside the suspensions (nothing drawn inside).

    A piece stops level where a suspension begins and starts again, at the value then
    reached, where it ends.
    """
    runs: list[list[tuple[datetime, int]]] = [[]]
    for (m0, v0), (m1, v1) in zip(steps, steps[1:], strict=False):
        segment = [(m0, v0), (m1, v1)]
        for a, b in gaps:
            if m1 <= a or m0 >= b or m0 == m1 and not a < m0 < b:
                continue
            if m0 < a:  # runs into the suspension: stop at its start
                runs[-1] += [(m0, v0), (a, v0)]
            runs.append([])
            segment = [(max(b, m0), v1), (m1, v1)] if m1 > b else []
            break
        if segment:
            if runs[-1] and runs[-1][-1] == segment[0]:
                runs[-1].append(segment[1])
            else:
                runs[-1] += segment
    return [r for r in runs if len(r) > 1]


def suspended(history: Iterable[Mapping[str, Any]]) -> list[tuple[str, str | None]]:
    """(from, until) of each suspension in a status history (rows with ``status`` and ``at``;
    until None: still suspended), in the history's own times."""
    out: list[tuple[str, str | None]] = []
    since: str | None = None
    for row in sorted(history, key=lambda r: str(r["at"] or "")):
        if row["status"] == "suspended" and since is None:
            since = str(row["at"])
        elif row["status"] != "suspended" and since is not None:
            out.append((since, str(row["at"])))
            since = None
    if since is not None:
        out.append((since, None))
    return out
