"""Pure aggregation of derived rows into one day's situation report (no I/O).

A day is the operation's local calendar day (its time zone, ``domain/localtime.py``): the day's
figures are the hours that fall on the report date there, the cumulative figures every hour up
to the end of it. The legs are those of the summary
(``domain/legs.py``): people *left* from pickup sites and crossings (less those turned
back), *arrived* at reception (gathering points, hospitals), went *onward* to camps or relatives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from corridor.domain import disclosure
from corridor.domain.forecast import Forecast
from corridor.domain.legs import flows, leg
from corridor.domain.localtime import DEFAULT_ZONE, local_day, local_text, zone_label
from corridor.domain.messages import Message
from corridor.domain.public_text import Marked, shown
from corridor.errors import ValidationError
from corridor.sitrep.headline import ORDER, WOUNDED, Headline, headline

Row = Mapping[str, Any]
FIGURES = ("left", "arrived", "onward", "returned", "died", "missing", "diverted")
CATEGORY_DIMS = ("group", "age", "sex", "triage")
MAX_LISTED = 8  # discrepancies and incidents listed in full; the rest are counted (1-2 pages)


@dataclass(frozen=True)
class SitrepRows:
    """Everything the builder reads: rows of derived tables (``Store.query``) for one operation."""

    operation: Row
    sites: Sequence[Row]
    vehicles: Sequence[Row]
    hourly: Sequence[Row]  # tally_hourly
    trips: Sequence[Row]
    discrepancies: Sequence[Row]
    status_history: Sequence[Row]
    incidents: Sequence[Row]
    estimates: Sequence[Row]
    linked: Sequence[tuple[Row, Sequence[Row]]] = ()  # (operation, its status history)


@dataclass
class Figure:
    """One headline figure: people on the report day and since the start. None = suppressed."""

    key: str
    day: int | None
    total: int | None


@dataclass
class CategoryRow:
    """People who left and arrived in one category (e.g. age = child)."""

    dim: str
    value: str
    left_day: int | None
    left_total: int | None
    arrived_day: int | None
    arrived_total: int | None


@dataclass
class EstimateRow:
    """A figure reported by someone else, beside the ledger's own count of the same thing."""

    metric: str
    value: int
    qualifier: str | None
    low: int | None
    high: int | None
    source: str
    as_of: str
    place: str | None
    ledger: int | None  # None: suppressed, or not comparable
    comparable: bool  # whether the ledger counts the same thing
    fact_id: str = ""  # the estimate.reported fact (to find its public wording)


@dataclass
class Sitrep:
    """One day's situation report for one operation."""

    op: str
    name: str
    date: str
    public: bool
    time_zone: str
    zone: str  # the zone as people read it, with its offset on the report day
    status: str
    status_changes: list[dict[str, Any]]
    linked: list[dict[str, Any]]
    figures: list[Figure]
    categories: list[CategoryRow]
    series: list[tuple[str, int, int]]  # (local hour, cumulative left, cumulative arrived)
    suspensions: list[tuple[str, str | None]]  # local (from, until) the operation was suspended
    trips: dict[str, int | None]
    vehicles_out: dict[str, int]  # trips that left on the day, by vehicle kind
    discrepancies_day: list[dict[str, Any]]
    discrepancies_by_kind: dict[str, int]
    incidents: list[dict[str, Any]]
    estimates: list[EstimateRow]
    forecast: Forecast | None
    headline: Headline
    more: dict[str, int] = field(default_factory=dict)  # items not listed, to keep 1-2 pages
    forecast_missing: Message | None = None  # why there is no forecast (a message), if known
    protected_at: str | None = None  # public variant: when its figures were protected

    def figure(self, key: str) -> Figure:
        """The headline figure with this key."""
        return next(f for f in self.figures if f.key == key)


def parse_date(text: str) -> str:
    """Check a report date ``YYYY-MM-DD``.

    :raises ValidationError: not a calendar date.
    """
    try:
        if len(text) == 10:
            return Date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise ValidationError(f"'{text}' is not a date YYYY-MM-DD", field="date")


class DayOf:
    """The operation's local day of a ledger time or hour bucket, remembered per text."""

    def __init__(self, time_zone: str) -> None:
        self.time_zone = time_zone
        self._days: dict[str, str] = {}

    def __call__(self, moment: str | None) -> str:
        if not moment:
            return ""
        day = self._days.get(moment)
        if day is None:
            day = self._days[moment] = local_day(moment, self.time_zone)
        return day

    def hour(self, bucket: str) -> str:
        """A UTC hour bucket as the local hour (``YYYY-MM-DDTHH``)."""
        return local_text(bucket, self.time_zone)[:13].replace(" ", "T")


def build_sitrep(
    rows: SitrepRows,
    *,
    date: str,
    forecast: Forecast | None = None,
    public: bool = False,
    snapshot: Mapping[str, Any] | None = None,
    marked: Marked | None = None,
) -> Sitrep:
    """Aggregate one day's report from derived rows.

    :param public: the observer/public variant: every count of people comes from the protected
        ``snapshot`` (``services/disclosure.py``; withheld cells are ``None``, all of them when
        there is no snapshot yet), discrepancies are counted by kind, not listed, and no free
        text is printed (status reasons, incident descriptions, estimate sources and places)
        but the reviewed wording of what a coordinator made public (``marked``,
        ``corridor/domain/public_text.py``).
    :raises ValidationError: a bad date.
    """
    date = parse_date(date)
    time_zone = str(rows.operation.get("time_zone") or DEFAULT_ZONE)
    day_of = DayOf(time_zone)
    kinds = {s["site_id"]: s["kind"] for s in rows.sites}
    day: Counter[tuple[str, str, str]] = Counter()
    total: Counter[tuple[str, str, str]] = Counter()
    per_hour: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows.hourly:
        on = day_of(r["hour"])
        if on > date:
            continue
        stage = r["stage"]
        if stage in _WAITING:  # people still at the pickup points, for the headline
            total[(stage, r["dim"], r["value"])] += int(r["n"])
        for key, sign in flows(stage, leg(kinds.get(r["site"], "other"))):
            n = sign * int(r["n"])
            total[(key, r["dim"], r["value"])] += n
            if on == date:
                day[(key, r["dim"], r["value"])] += n
            if r["dim"] == "total":
                per_hour[day_of.hour(r["hour"])][key] += n
    cell = disclosure.small if public else _plain  # replaced by protected cells (_publish)
    ops_status = _status_on(rows.status_history, date, day_of)
    disc = [d for d in rows.discrepancies if day_of(d["at"]) <= date]
    disc_day = sorted((d for d in disc if day_of(d["at"]) == date), key=_at)
    incidents = sorted((i for i in rows.incidents if day_of(i["at"]) == date), key=_at)
    listed_disc = [] if public else disc_day[:MAX_LISTED]
    report = Sitrep(
        op=rows.operation["op"],
        name=rows.operation["name"],
        date=date,
        public=public,
        time_zone=time_zone,
        zone=zone_label(time_zone, f"{date}T12:00:00Z"),
        status=ops_status,
        status_changes=[
            dict(s) for s in sorted(rows.status_history, key=_at) if day_of(s["at"]) == date
        ],
        linked=[
            {
                "op": o["op"],
                "name": o["name"],
                "name_ar": o.get("name_ar"),
                "status": _status_on(h, date, day_of),
            }
            for o, h in rows.linked
        ],
        figures=[
            Figure(k, cell(day[(k, "total", "all")]), cell(total[(k, "total", "all")]))
            for k in FIGURES
        ],
        categories=_categories(day, total, cell),
        series=_series(per_hour),
        suspensions=_suspensions(rows.status_history, date, day_of),
        trips=_trips(rows.trips, date, cell, day_of),
        vehicles_out=_vehicles_out(rows.trips, rows.vehicles, date, day_of),
        discrepancies_day=[dict(d) for d in listed_disc],
        discrepancies_by_kind=dict(sorted(Counter(d["kind"] for d in disc).items())),
        incidents=[_incident(i, cell) for i in incidents[:MAX_LISTED]],
        estimates=_estimates(rows, date, total, cell, day_of),
        forecast=forecast,
        headline=headline(
            total=total,
            incidents=rows.incidents,
            latest=latest_estimates(rows.estimates, date, day_of),
            date=date,
            day_of=day_of,
            cell=cell,
            started=_started(rows.status_history, day_of),
            public=public,
        ),
        more={
            "discrepancies": len(disc_day) - len(listed_disc),
            "incidents": max(0, len(incidents) - MAX_LISTED),
        },
    )
    if public:
        _publish(report, snapshot, marked or {})
    return report


def _publish(report: Sitrep, snapshot: Mapping[str, Any] | None, marked: Marked) -> None:
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
        if e.comparable and e.metric in _LEDGER_FOR:
            fig, dim, value = _LEDGER_FOR[e.metric]
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


_WAITING = ("registered", "registered_departed", "waiting_counted")


def _started(history: Iterable[Row], day_of: DayOf) -> str | None:
    """The local day the operation first became active (day 1 of its reports)."""
    active = sorted(_at(h) for h in history if h["status"] == "active")
    return day_of(active[0]) if active else None


def _suspensions(history: Iterable[Row], date: str, day_of: DayOf) -> list[tuple[str, str | None]]:
    """Local (from, until) of each suspension up to the end of the day (until None: still)."""
    out: list[tuple[str, str | None]] = []
    since: str | None = None
    for h in sorted((h for h in history if day_of(h["at"]) <= date), key=_at):
        if h["status"] == "suspended" and since is None:
            since = _at(h)
        elif h["status"] != "suspended" and since is not None:
            out.append((_local(since, day_of), _local(_at(h), day_of)))
            since = None
    if since is not None:
        out.append((_local(since, day_of), None))
    return out


def _local(moment: str, day_of: DayOf) -> str:
    return local_text(moment, day_of.time_zone).replace(" ", "T")


def _plain(n: int) -> int | None:
    return n


def _at(row: Row) -> str:
    return str(row["at"] or "")


def _status_on(history: Iterable[Row], date: str, day_of: DayOf) -> str:
    """The status in force at the end of the day (``planned`` before the first change)."""
    past = sorted((h for h in history if day_of(_at(h)) <= date), key=_at)
    return str(past[-1]["status"]) if past else "planned"


def _incident(row: Row, cell: Any) -> dict[str, Any]:
    """An incident; in the public variant, 1-4 killed or wounded are withheld too."""
    out = dict(row)
    for key in ("killed", "wounded"):
        out[f"{key}_shown"] = bool(row[key])
        out[key] = cell(row[key]) if row[key] else row[key]
    return out


def _categories(
    day: Counter[tuple[str, str, str]], total: Counter[tuple[str, str, str]], cell: Any
) -> list[CategoryRow]:
    out = []
    for dim in CATEGORY_DIMS:
        values = sorted({v for (k, d, v) in total if d == dim and k in ("left", "arrived")})
        for value in values:
            if not (total[("left", dim, value)] or total[("arrived", dim, value)]):
                continue
            out.append(
                CategoryRow(
                    dim,
                    value,
                    cell(day[("left", dim, value)]),
                    cell(total[("left", dim, value)]),
                    cell(day[("arrived", dim, value)]),
                    cell(total[("arrived", dim, value)]),
                )
            )
    return out


def _series(per_hour: Mapping[str, Counter[str]]) -> list[tuple[str, int, int]]:
    out, left, arrived = [], 0, 0
    for hour in sorted(per_hour):
        left += per_hour[hour]["left"]
        arrived += per_hour[hour]["arrived"]
        out.append((hour, left, arrived))
    return out


def _trips(trips: Sequence[Row], date: str, cell: Any, day_of: DayOf) -> dict[str, int | None]:
    left = [t for t in trips if day_of(t["departed_at"]) == date]
    ended = [t for t in trips if day_of(t["arrived_at"]) == date]
    flying = [
        t
        for t in trips
        if t["departed_at"]
        and day_of(t["departed_at"]) <= date
        and (not t["arrived_at"] or day_of(t["arrived_at"]) > date)
    ]
    return {
        "departed": len(left),
        "arrived": len(ended),
        "in_flight": len(flying),
        "boarded": cell(sum(int(t["boarded"] or 0) for t in left)),
        "delivered": cell(sum(int(t["arrived"] or 0) for t in ended)),
        "total_departed": sum(
            1 for t in trips if t["departed_at"] and day_of(t["departed_at"]) <= date
        ),
    }


def _vehicles_out(
    trips: Sequence[Row], vehicles: Sequence[Row], date: str, day_of: DayOf
) -> dict[str, int]:
    kind = {v["vehicle_id"]: v["kind"] for v in vehicles}
    left = (t for t in trips if day_of(t["departed_at"]) == date)
    return dict(sorted(Counter(kind.get(t["vehicle_id"], "other") for t in left).items()))


# What the ledger counts for each reported metric: (figure or category, dimension, value).
_LEDGER_FOR = {
    "evacuated": ("left", "total", "all"),
    "children": ("left", "age", "child"),
    "fighters": ("left", "group", "fighter"),
    "civilians": ("left", "group", "civilian"),
    "killed": ("died", "total", "all"),
}
_VEHICLE_FOR = {"buses": "bus", "ambulances": "ambulance"}  # compared with trips that left


def _estimates(
    rows: SitrepRows, date: str, total: Counter[tuple[str, str, str]], cell: Any, day_of: DayOf
) -> list[EstimateRow]:
    """The latest figure from each source for each metric, as of the report date."""
    latest = latest_estimates(rows.estimates, date, day_of)
    trips_by_kind = _trip_kinds_until(rows, date, day_of)
    out = []
    for (metric, _), e in sorted(latest.items(), key=lambda kv: kv[0]):
        if metric in _LEDGER_FOR:
            ledger: int | None = cell(total[_LEDGER_FOR[metric]])
        elif metric in _VEHICLE_FOR:
            ledger = trips_by_kind[_VEHICLE_FOR[metric]]
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
                comparable=metric in _LEDGER_FOR or metric in _VEHICLE_FOR,
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
