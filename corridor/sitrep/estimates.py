"""Figures others reported, each beside the ledger's own count of the same thing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from corridor.domain.legs import COMPARABLE
from corridor.sitrep.report import EstimateRow, Row, SitrepRows
from corridor.sitrep.timeline import DayOf

# What the ledger counts for each reported metric (``domain/legs.COMPARABLE``); people reported
# waiting are set beside the ledger's in the headline's "remaining", not in the table.
LEDGER_FOR = {m: figure for m, figure in COMPARABLE.items() if m != "waiting"}
VEHICLE_FOR = {"buses": "bus", "ambulances": "ambulance"}  # compared with trips that left


def estimate_rows(
    rows: SitrepRows, date: str, total: Counter[tuple[str, str, str]], cell: Any, day_of: DayOf
) -> list[EstimateRow]:
    """The latest figure from each source for each metric, as of the report date."""
    latest = latest_estimates(rows.estimates, date, day_of)
    trips_by_kind = _trip_kinds_until(rows, date, day_of)
    out = []
    for (metric, _), e in sorted(latest.items(), key=lambda kv: kv[0]):
        if metric in LEDGER_FOR:
            ledger: int | None = cell(total[LEDGER_FOR[metric]])
        elif metric in VEHICLE_FOR:
            ledger = trips_by_kind[VEHICLE_FOR[metric]]
        else:
            ledger = None
        out.append(
            EstimateRow(
                metric=metric,
                value=int(e["value"]),
                qualifier=e["qualifier"],
                low=e["low"],
                high=e["high"],
                source=e["source"],
                as_of=e["as_of"] or day_of(e["at"]),
                place=e["place"],
                ledger=ledger,
                comparable=metric in LEDGER_FOR or metric in VEHICLE_FOR,
                fact_id=str(e["fact_id"]),
            )
        )
    return out


def latest_estimates(
    estimates: Iterable[Row], date: str, day_of: DayOf
) -> dict[tuple[str, str], Row]:
    """The latest figure of each (metric, source) as of the report date (undated: the local
    day it was recorded)."""
    latest: dict[tuple[str, str], Row] = {}
    for e in sorted(estimates, key=lambda e: (e["as_of"] or day_of(e["at"]), e["at"])):
        if (e["as_of"] or day_of(e["at"])) <= date:
            latest[(e["metric"], e["source"])] = e
    return latest


def _trip_kinds_until(rows: SitrepRows, date: str, day_of: DayOf) -> Counter[str]:
    """Trips that had left by the end of the day, by vehicle kind (to set beside 'buses')."""
    kind = {v["vehicle_id"]: v["kind"] for v in rows.vehicles}
    return Counter(
        kind.get(t["vehicle_id"], "other")
        for t in rows.trips
        if t["departed_at"] and day_of(t["departed_at"]) <= date
    )
