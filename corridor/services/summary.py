"""The summary: who has left, who is waiting, trips in flight, what does not add up (read-side)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from corridor.domain.legs import COMPARABLE, cumulative, flows, leg
from corridor.domain.localtime import local_day
from corridor.errors import NotFound
from corridor.services.operation import time_zone
from corridor.services.review import total_unaccounted
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
    unaccounted: int = 0  # boarded on arrived trips and not accounted for (services.review)
    linked: list[dict[str, Any]] = field(default_factory=list)  # operations this one is tied to
    by_category: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    # Departures from pickup sites and crossings by category: each dimension sums to
    # left + returned (the people turned back are shown beside it, not hidden).
    departed_by_category: dict[str, dict[str, int]] = field(default_factory=dict)
    by_site: dict[str, dict[str, int]] = field(default_factory=dict)  # raw stage totals
    # One row per site, grouped by leg (origin, reception, onward); columns sum to headlines.
    site_rows: list[dict[str, Any]] = field(default_factory=list)
    discrepancies_by_kind: dict[str, int] = field(default_factory=dict)
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

    The headline figures are the totals of the by-site rows, so the two always agree.

    :raises NotFound: no such operation.
    """
    ops = store.query("operations", op=op)
    if not ops:
        raise NotFound(f"no operation '{op}'")
    counts = store.headcounts(op)
    kinds = {s["site_id"]: s["kind"] for s in store.query("sites", op=op)}
    site_rows = _site_rows(counts, kinds)
    total = Counter({c: sum(r[c] for r in site_rows) for c in SITE_COLUMNS})
    stage_total: Counter[str] = Counter()
    by_category: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    departed_by_category: dict[str, Counter[str]] = defaultdict(Counter)
    by_site: dict[str, dict[str, int]] = defaultdict(dict)
    for (stage, site, dim, value), n in counts.items():
        if dim == "total":
            stage_total[stage] += n
            by_site[site][stage] = by_site[site].get(stage, 0) + n
        else:
            by_category[stage][dim][value] = by_category[stage][dim].get(value, 0) + n
            if stage == "departed" and leg(kinds.get(site, "other")) == "origin":
                departed_by_category[dim][value] += n
    trips = store.trips(op)
    discrepancies = sorted(store.query("discrepancies", op=op), key=lambda d: d["at"] or "")
    in_flight = sorted(
        (t for t in trips if t.status == "en_route"), key=lambda t: t.departed_at or ""
    )
    return Summary(
        op=op,
        name=ops[0]["name"],
        status=ops[0]["status"],
        status_at=ops[0]["status_at"],
        left=total["left"],
        arrived=total["arrived"],
        onward=total["onward"],
        returned=total["returned"],
        in_transit=sum(t.boarded for t in in_flight),
        waiting_named=stage_total["registered"] - stage_total["registered_departed"],
        waiting_counted=total["waiting_counted"],
        diverted=total["diverted"],
        died=total["died"],
        missing=total["missing"],
        unaccounted=total_unaccounted(trips),
        linked=linked_status(store, ops[0]["conditioned_on"]),
        by_category={k: dict(v) for k, v in by_category.items()},
        departed_by_category={d: dict(sorted(v.items())) for d, v in departed_by_category.items()},
        by_site=dict(by_site),
        site_rows=site_rows,
        discrepancies_by_kind=dict(sorted(Counter(d["kind"] for d in discrepancies).items())),
        trips_by_status=dict(Counter(t.status for t in trips)),
        in_flight=[t.as_dict() for t in in_flight],
        discrepancies=discrepancies,
        estimates=sorted(store.query("estimates", op=op), key=lambda e: e["at"]),
        incidents=sorted(store.query("incidents", op=op), key=lambda i: i["at"]),
    )


# The by-site table: each column's total is the headline figure of the same name.
SITE_COLUMNS = (
    "registered",
    "departed",  # from pickup sites and crossings only: departed - returned = left
    "returned",
    "left",
    "waiting_counted",
    "arrived",  # at reception (gathering points, hospitals)
    "onward",  # at camps and with relatives
    "diverted",
    "died",
    "missing",
)


def _site_rows(
    counts: dict[tuple[str, str, str, str], int], kinds: dict[str, str]
) -> list[dict[str, Any]]:
    """One row per site with its leg and the figures it adds to (sites adding nothing left out)."""
    per_site: dict[str, Counter[str]] = defaultdict(Counter)
    for (stage, site, dim, _value), n in counts.items():
        if dim != "total":
            continue
        site_leg = leg(kinds.get(site, "other"))
        row = per_site[site]
        if stage == "registered" or (stage == "departed" and site_leg == "origin"):
            row[stage] += n
        for key, sign in _flows(stage, site_leg):
            row[key] += sign * n
    return [
        {"site": site, "leg": leg(kinds.get(site, "other")), **{c: row[c] for c in SITE_COLUMNS}}
        for site, row in sorted(per_site.items())
        if any(row[c] for c in SITE_COLUMNS)
    ]


def linked_status(store: Store, conditioned_on: str | None) -> list[dict[str, Any]]:
    """Status of each operation this one is conditioned on (e.g. Foua and Kefraya)."""
    out = []
    for other in filter(None, (conditioned_on or "").split(",")):
        rows = store.query("operations", op=other)
        out.append(
            {
                "op": other,
                "name": rows[0]["name"] if rows else None,
                "name_ar": rows[0]["name_ar"] if rows else None,
                "status": rows[0]["status"] if rows else "unknown",
            }
        )
    return out


def departures_over_time(*, store: Store, op: str) -> list[tuple[str, int, int]]:
    """Cumulative people who left and who arrived at reception, per hour.

    Same legs as the summary: departures from pickup sites and crossings less those turned
    back, arrivals at gathering points and hospitals. Returns (hour, left, arrived).
    """
    kinds = {s["site_id"]: s["kind"] for s in store.query("sites", op=op)}
    per_hour: dict[str, Counter[str]] = defaultdict(Counter)
    for row in store.query("tally_hourly", op=op, dim="total"):
        for key, sign in flows(row["stage"], leg(kinds.get(row["site"], "other"))):
            if key in ("left", "arrived"):
                per_hour[row["hour"]][key] += sign * row["n"]
    return cumulative(per_hour)


def _flows(stage: str, site_leg: str) -> list[tuple[str, int]]:
    """The summary figures one headcount row adds to: the legs' flows and the waiting count."""
    if stage == "waiting_counted":
        return [(stage, 1)]
    return flows(stage, site_leg)


def figures_as_of(
    *, store: Store, op: str, wanted: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], int | None]:
    """The ledger's own figure for each (reported metric, date), as it stood at that date's end.

    Dates are the operation's local days (YYYY-MM-DD), as in the situation report; the
    figures are summed from the hourly headcounts up to the end of the day, not today's totals.
    A metric the ledger has no figure for gives None. So does "waiting" on a day before some
    site's latest waiting count: only the latest count of each site is kept, so the count that
    stood then is not known.
    """
    wanted = sorted(set(wanted), key=lambda w: w[1])
    kinds = {s["site_id"]: s["kind"] for s in store.query("sites", op=op)}
    # Only the dimensions asked about: the hourly table holds every category of every hour.
    dims = {"total"} | {COMPARABLE[m][1] for m, _ in wanted if m in COMPARABLE}
    found = [r for d in sorted(dims) for r in store.query("tally_hourly", op=op, dim=d)]
    rows = sorted(found, key=lambda r: str(r["hour"]))
    zone = time_zone(store, op)
    day = {h: local_day(h, zone) for h in {str(r["hour"]) for r in rows}}
    snapshot_days = [day[str(r["hour"])] for r in rows if r["stage"] == "waiting_counted"]
    running: Counter[tuple[str, str, str]] = Counter()
    out: dict[tuple[str, str], int | None] = {}
    i = 0
    for metric, date in wanted:
        while i < len(rows) and day[str(rows[i]["hour"])] <= date:
            r = rows[i]
            for key, sign in _flows(r["stage"], leg(kinds.get(r["site"], "other"))):
                running[(key, r["dim"], r["value"])] += sign * int(r["n"])
            i += 1
        figure = COMPARABLE.get(metric)
        if figure is None or (
            figure[0] == "waiting_counted" and max(snapshot_days, default="") > date
        ):
            out[(metric, date)] = None
        else:
            out[(metric, date)] = running[figure]
    return out
