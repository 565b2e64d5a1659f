"""The public variant of a report: protected counts, and only the free text made public."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from corridor.domain import disclosure
from corridor.domain.public_text import Marked, shown
from corridor.sitrep.estimates import LEDGER_FOR
from corridor.sitrep.headline import ORDER, WOUNDED, Headline
from corridor.sitrep.report import CategoryRow, Figure, Sitrep


def publish(report: Sitrep, snapshot: Mapping[str, Any] | None, marked: Marked) -> None:
    """Replace every count of people by the protected snapshot's, and free text by the wording
    a coordinator made public (none when not marked)."""
    cells: Mapping[str, int | None] = snapshot["cells"] if snapshot else {}
    days = [d for d in (snapshot["days"] if snapshot else []) if d <= report.date]
    upto = days[-1] if days else None

    def get(window: str, name: str, dim: str = "total", value: str = "all") -> int | None:
        if snapshot is None:
            return None
        if window == "day":
            return disclosure.lookup(cells, "all", "day", report.date, name, dim, value)
        return disclosure.lookup(cells, "all", "upto", upto, name, dim, value) if upto else 0

    report.protected_at = snapshot.get("computed_at") if snapshot else None
    report.figures = [Figure(f.key, get("day", f.key), get("upto", f.key)) for f in report.figures]
    report.categories = [
        CategoryRow(
            c.dim,
            c.value,
            get("day", "left", c.dim, c.value),
            get("upto", "left", c.dim, c.value),
            get("day", "arrived", c.dim, c.value),
            get("upto", "arrived", c.dim, c.value),
        )
        for c in report.categories
    ]
    report.series = [  # observers see no hourly figure: the end of each day's hour
        (f"{d}T23", left, arrived)
        for d in days
        if (left := disclosure.lookup(cells, "all", "upto", d, "left", "total", "all")) is not None
        and (arrived := disclosure.lookup(cells, "all", "upto", d, "arrived", "total", "all"))
        is not None
    ]
    report.trips["boarded"] = report.trips["delivered"] = None  # people on trips: not modelled
    for e in report.estimates:
        if e.comparable and e.metric in LEDGER_FOR:
            fig, dim, value = LEDGER_FOR[e.metric]
            e.ledger = get("upto", fig, dim, value)
        e.source = shown(marked, e.fact_id, "source") or ""
        e.place = shown(marked, e.fact_id, "place")
        e.qualifier = disclosure.public_qualifier(e.qualifier)
    for c in report.status_changes:
        c["reason"] = shown(marked, str(c["fact_id"]), "reason")
    for i in report.incidents:
        i["description"] = shown(marked, str(i["fact_id"]), "description") or ""
    _publish_headline(report.headline, get)


def _publish_headline(h: Headline, get: Any) -> None:
    """The headline from the protected cells too; what they do not cover is withheld (x), and
    caveats and flags are worked out again from the published figures only."""
    for f in h.figures:
        if f.key in ("left", "arrived", "died", "missing"):
            f.value = get("upto", f.key)
        elif f.key == "wounded_evacuated":
            parts = [get("upto", "left", "triage", v) for v in WOUNDED]
            f.value = None if any(p is None for p in parts) else sum(parts)
        else:  # killed and injured in incidents: not among the protected cells
            f.value = None
    h.waiting = None
    left = get("upto", "left")
    caveats = []
    for c in h.caveats:
        if c["kind"] == "unknown":
            unknown = get("upto", "left", c["dim"], "unknown")
            if unknown is None or not left:
                continue
            c = {**c, "percent": round(100 * unknown / left)}
        caveats.append(c)
    h.caveats = caveats
    h.flags = []
    for more, less in ORDER:
        a, b = get("upto", more), get("upto", less)
        if a is not None and b is not None and a > b:
            h.flags.append({"kind": f"{more}_over_{less}", "a": a, "b": b})
