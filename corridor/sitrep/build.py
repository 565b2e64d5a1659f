"""Pure aggregation of derived rows into one day's situation report (no I/O).

A day is the operation's local calendar day (its time zone, ``domain/localtime.py``): the day's
figures are the hours that fall on the report date there, the cumulative figures every hour up
to the end of it. The legs are those of the summary
(``domain/legs.py``): people *left* from pickup sites and crossings (less those turned
back), *arrived* at reception (gathering points, hospitals), went *onward* to camps or relatives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from corridor.domain import disclosure
from corridor.domain.forecast import Forecast
from corridor.domain.legs import cumulative, flows, leg
from corridor.domain.localtime import DEFAULT_ZONE, zone_label
from corridor.domain.public_text import Marked
from corridor.sitrep.estimates import estimate_rows, latest_estimates
from corridor.sitrep.headline import headline
from corridor.sitrep.public import publish
from corridor.sitrep.report import CategoryRow, Figure, Row, Sitrep, SitrepRows
from corridor.sitrep.timeline import DayOf, at_of, parse_date, started, status_on, suspensions

FIGURES = ("left", "arrived", "onward", "returned", "died", "missing", "diverted")
CATEGORY_DIMS = ("group", "age", "sex", "triage")
MAX_LISTED = 8  # discrepancies and incidents listed in full; the rest are counted (1-2 pages)
_WAITING = ("registered", "registered_departed", "waiting_counted")


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
    day, total, per_hour = _count(rows, date, day_of)
    cell = disclosure.small if public else _plain  # replaced by protected cells (publish)
    ops_status = status_on(rows.status_history, date, day_of)
    disc = [d for d in rows.discrepancies if day_of(d["at"]) <= date]
    disc_day = sorted((d for d in disc if day_of(d["at"]) == date), key=at_of)
    incidents = sorted((i for i in rows.incidents if day_of(i["at"]) == date), key=at_of)
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
            dict(s) for s in sorted(rows.status_history, key=at_of) if day_of(s["at"]) == date
        ],
        linked=[
            {
                "op": o["op"],
                "name": o["name"],
                "name_ar": o.get("name_ar"),
                "status": status_on(h, date, day_of),
            }
            for o, h in rows.linked
        ],
        figures=[
            Figure(k, cell(day[(k, "total", "all")]), cell(total[(k, "total", "all")]))
            for k in FIGURES
        ],
        categories=_categories(day, total, cell),
        series=cumulative(per_hour),
        suspensions=suspensions(rows.status_history, date, day_of),
        trips=_trips(rows.trips, date, cell, day_of),
        vehicles_out=_vehicles_out(rows.trips, rows.vehicles, date, day_of),
        discrepancies_day=[dict(d) for d in listed_disc],
        discrepancies_by_kind=dict(sorted(Counter(d["kind"] for d in disc).items())),
        incidents=[_incident(i, cell) for i in incidents[:MAX_LISTED]],
        estimates=estimate_rows(rows, date, total, cell, day_of),
        forecast=forecast,
        headline=headline(
            total=total,
            incidents=rows.incidents,
            latest=latest_estimates(rows.estimates, date, day_of),
            date=date,
            day_of=day_of,
            cell=cell,
            started=started(rows.status_history, day_of),
            public=public,
        ),
        more={
            "discrepancies": len(disc_day) - len(listed_disc),
            "incidents": max(0, len(incidents) - MAX_LISTED),
        },
    )
    if public:
        publish(report, snapshot, marked or {})
    return report


Tally = Counter[tuple[str, str, str]]  # (figure or stage, dimension, value) -> people


def _count(
    rows: SitrepRows, date: str, day_of: DayOf
) -> tuple[Tally, Tally, dict[str, Counter[str]]]:
    """The figures of the report day, those up to its end (with the people still waiting), and
    each local hour's figures (for the cumulative series), from the hourly headcounts."""
    kinds = {s["site_id"]: s["kind"] for s in rows.sites}
    day: Tally = Counter()
    total: Tally = Counter()
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
    return day, total, per_hour


def _plain(n: int) -> int | None:
    return n


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
