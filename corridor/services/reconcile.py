"""Read-side answers: who has left, who is waiting, trips in flight, what does not add up."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from corridor.errors import NotFound
from corridor.storage.base import Store


@dataclass
class Summary:
    """The operation at a glance, all derived from the ledger."""

    op: str
    name: str
    status: str
    status_at: str | None
    left: int  # departed from pickup sites and crossings, less those who were turned back
    arrived: int  # reached a gathering point, hospital or other reception
    onward: int  # counted arriving at camps or with relatives (second leg)
    returned: int  # turned back to a pickup site
    in_transit: int
    waiting_named: int
    waiting_counted: int
    diverted: int
    died: int
    missing: int
    linked: list[dict[str, Any]] = field(default_factory=list)  # operations this one is tied to
    by_category: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    by_site: dict[str, dict[str, int]] = field(default_factory=dict)
    trips_by_status: dict[str, int] = field(default_factory=dict)
    in_flight: list[dict[str, Any]] = field(default_factory=list)
    discrepancies: list[dict[str, Any]] = field(default_factory=list)
    estimates: list[dict[str, Any]] = field(default_factory=list)
    incidents: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return dict(self.__dict__)


def summarize(*, store: Store, op: str) -> Summary:
    """Headcounts by stage, category and site, trip states and open discrepancies.

    :raises NotFound: no such operation.
    """
    ops = store.query("operations", op=op)
    if not ops:
        raise NotFound(f"no operation '{op}'")
    counts = store.headcounts(op)
    kinds = {s["site_id"]: s["kind"] for s in store.query("sites", op=op)}
    by_leg: Counter[str] = Counter()
    for (stage, site, dim, _value), n in counts.items():
        if dim == "total" and stage in ("departed", "arrived"):
            by_leg[f"{stage}:{_leg(kinds.get(site, 'other'))}"] += n
    stage_total: Counter[str] = Counter()
    by_category: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    by_site: dict[str, dict[str, int]] = defaultdict(dict)
    for (stage, site, dim, value), n in counts.items():
        if dim == "total":
            stage_total[stage] += n
            by_site[site][stage] = by_site[site].get(stage, 0) + n
        else:
            by_category[stage][dim][value] = by_category[stage][dim].get(value, 0) + n
    trips = store.query("trips", op=op)
    in_flight = sorted(
        (t for t in trips if t["status"] == "en_route"), key=lambda t: t["departed_at"] or ""
    )
    return Summary(
        op=op,
        name=ops[0]["name"],
        status=ops[0]["status"],
        status_at=ops[0]["status_at"],
        left=by_leg["departed:origin"] - by_leg["arrived:origin"],
        arrived=by_leg["arrived:reception"],
        onward=by_leg["arrived:onward"],
        returned=by_leg["arrived:origin"],
        in_transit=sum(t["boarded"] for t in in_flight),
        waiting_named=stage_total["registered"] - stage_total["registered_departed"],
        waiting_counted=stage_total["waiting_counted"],
        diverted=stage_total["diverted"],
        died=stage_total["died"],
        missing=stage_total["missing"],
        linked=_linked(store, ops[0]["conditioned_on"]),
        by_category={k: dict(v) for k, v in by_category.items()},
        by_site=dict(by_site),
        trips_by_status=dict(Counter(t["status"] for t in trips)),
        in_flight=in_flight,
        discrepancies=sorted(store.query("discrepancies", op=op), key=lambda d: d["at"] or ""),
        estimates=sorted(store.query("estimates", op=op), key=lambda e: e["at"]),
        incidents=sorted(store.query("incidents", op=op), key=lambda i: i["at"]),
    )


def _linked(store: Store, conditioned_on: str | None) -> list[dict[str, Any]]:
    """Status of each operation this one is conditioned on (e.g. Foua and Kefraya)."""
    out = []
    for other in filter(None, (conditioned_on or "").split(",")):
        rows = store.query("operations", op=other)
        out.append(
            {
                "op": other,
                "name": rows[0]["name"] if rows else None,
                "status": rows[0]["status"] if rows else "unknown",
            }
        )
    return out


def _leg(kind: str) -> str:
    """Which leg a site's kind stands for: where people leave from, are received, or settle."""
    if kind in ("pickup", "crossing"):
        return "origin"
    if kind in ("camp", "relatives"):
        return "onward"
    return "reception"


def departures_over_time(*, store: Store, op: str) -> list[tuple[str, int, int]]:
    """Cumulative people who left and who arrived at reception, per hour.

    Same legs as the summary: departures from pickup sites and crossings less those turned
    back, arrivals at gathering points and hospitals. Returns (hour, left, arrived).
    """
    kinds = {s["site_id"]: s["kind"] for s in store.query("sites", op=op)}
    per_hour: dict[str, Counter[str]] = defaultdict(Counter)
    for row in store.query("tally_hourly", op=op, dim="total"):
        leg = _leg(kinds.get(row["site"], "other"))
        if row["stage"] == "departed" and leg == "origin":
            per_hour[row["hour"]]["left"] += row["n"]
        elif row["stage"] == "arrived" and leg == "origin":
            per_hour[row["hour"]]["left"] -= row["n"]
        elif row["stage"] == "arrived" and leg == "reception":
            per_hour[row["hour"]]["arrived"] += row["n"]
    out, left, arrived = [], 0, 0
    for hour in sorted(per_hour):
        left += per_hour[hour]["left"]
        arrived += per_hour[hour]["arrived"]
        out.append((hour, left, arrived))
    return out
