"""What an observer (or anyone without the ``operate`` permission) sees: the protected snapshot.

Figures come only from the latest stored snapshot (``services/disclosure.py``), read here and
never computed in the request; before the first one, no figure is shown at all. No free text:
estimates keep their figures and dates, not their source's words.
"""

from __future__ import annotations

from typing import Any

from corridor.domain.disclosure import DIMS, HXL_NAMES, STAGES, lookup, public_qualifier
from corridor.domain.public_text import Marked, shown
from corridor.domain.vocabulary import PUBLIC_TEXT
from corridor.services.disclosure import NO_SNAPSHOT, current_snapshot
from corridor.services.summary import SITE_COLUMNS
from corridor.web.context import Ctx

HEADLINES = (
    *("left", "arrived", "onward", "returned", "waiting_named", "waiting_counted"),
    *("died", "missing", "diverted"),
)
LEGS = {
    "origin": ("registered", "departed", "returned", "left", "waiting_counted"),
    "reception": ("arrived", "diverted", "died", "missing"),
    "onward": ("onward",),
}
COLUMN = {"departed": "departed_origin"}  # the site tables' departures: pickup sites only
ESTIMATE_KEYS = ("metric", "value", "low", "high", "qualifier", "as_of", "at")  # no free text


def snapshot(ctx: Ctx) -> dict[str, Any] | None:
    """The latest protected snapshot of the operation (None before the first)."""
    return current_snapshot(store=ctx.store, clock=ctx.clock, op=ctx.op)


def about(snap: dict[str, Any] | None) -> dict[str, Any]:
    """When the figures shown were protected, from which ledger position, by which method."""
    if snap is None:
        return {"missing": NO_SNAPSHOT}
    keys = ("computed_at", "age_seconds", "position", "facts_since", "method")
    return {k: snap[k] for k in keys}


def figures(snap: dict[str, Any] | None, sites: dict[str, str]) -> dict[str, Any]:
    """Every figure of the summary an observer may see, read from the snapshot.

    :param sites: site id -> leg.
    """
    if snap is None or not snap["days"]:
        empty: dict[str, Any] = dict.fromkeys((*HEADLINES, "in_transit", "unaccounted"))
        return empty | {
            "by_category": {}, "departed_by_category": {}, "by_site": {}, "site_rows": [],
            "site_tables": [], "trips_by_status": {} if snap is None else snap["trips_by_status"],
        }  # fmt: skip
    cells, last = snap["cells"], snap["days"][-1]

    def total(*parts: str) -> int | None:
        return lookup(cells, *parts, "total", "all")

    out: dict[str, Any] = {k: total("all", "upto", last, k) for k in HEADLINES}
    out["in_transit"] = snap["in_transit"]
    out["unaccounted"] = None  # from trips, outside the protected model: withheld
    out["by_category"] = {
        ("arrived" if name == "arrived_any" else name): {
            dim: {v: lookup(cells, "all", "upto", last, name, dim, v) for v in values}
            for dim, values in DIMS.items()
        }
        for name in HXL_NAMES
    }
    out["departed_by_category"] = {  # from pickup sites and crossings only
        dim: {v: lookup(cells, "all", "upto", last, "departed_origin", dim, v) for v in values}
        for dim, values in DIMS.items()
    }
    out["by_site"] = {  # raw stage totals per site
        site: {
            stage: total("site", "upto", last, site, "arrived_any" if stage == "arrived" else stage)
            for stage in STAGES
        }
        for site in sorted(sites)
    }
    rows = []
    for site, leg in sorted(sites.items()):
        # A figure a site's leg does not have (left at a camp) is no key: 0.
        row = {c: total("site", "upto", last, site, COLUMN.get(c, c)) for c in SITE_COLUMNS}
        if any(v != 0 for v in row.values()):
            rows.append({"site": site, "leg": leg, **row})
    out["site_rows"] = rows
    out["site_tables"] = _tables(rows, cells, last)
    out["trips_by_status"] = snap["trips_by_status"]
    return out


def _tables(rows: list[dict[str, Any]], cells: dict[str, Any], last: str) -> list[dict[str, Any]]:
    """One table per leg with its total row (the totals are published cells too)."""
    tables = []
    for leg, base in LEGS.items():
        mine = [r for r in rows if r["leg"] == leg]
        if not mine:
            continue
        extra = [c for c in SITE_COLUMNS if c not in base and any(r[c] != 0 for r in mine)]
        columns = [c for c in SITE_COLUMNS if c in base or c in extra]
        totals = {
            c: lookup(cells, "leg", "upto", last, leg, COLUMN.get(c, c), "total", "all")
            for c in columns
        }
        tables.append({"leg": leg, "columns": columns, "rows": mine, "totals": totals})
    return tables


def waiting(snap: dict[str, Any] | None, sites: dict[str, str]) -> dict[str, Any]:
    """People waiting, in all and by site, from the snapshot (None before the first)."""
    if snap is None or not snap["days"]:
        return {"waiting": None, "waiting_by_site": {}}
    cells, last = snap["cells"], snap["days"][-1]
    by_site = {
        s: lookup(cells, "site", "upto", last, s, "waiting", "total", "all") for s in sorted(sites)
    }
    return {
        "waiting": lookup(cells, "all", "upto", last, "waiting", "total", "all"),
        "waiting_by_site": {s: n for s, n in by_site.items() if n != 0},
    }


def series(snap: dict[str, Any] | None) -> list[tuple[str, int | None, int | None]]:
    """Cumulative left and arrived at the end of each day (observers see no hourly figure):
    each point is labelled with the day's last hour."""
    if snap is None:
        return []
    cells = snap["cells"]
    return [
        (
            f"{day}T23",
            lookup(cells, "all", "upto", day, "left", "total", "all"),
            lookup(cells, "all", "upto", day, "arrived", "total", "all"),
        )
        for day in snap["days"]
    ]


def estimates(rows: list[dict[str, Any]], marked: Marked | None = None) -> list[dict[str, Any]]:
    """Estimates without their free text (source, outlet, note; a qualifier only from the
    public vocabulary), but the wording a coordinator made public (``marked``)."""
    out = []
    for row in rows:
        e = {k: row.get(k) for k in ESTIMATE_KEYS if k in row}
        e["qualifier"] = public_qualifier(e.get("qualifier"))
        for name in PUBLIC_TEXT["estimate.reported"]:
            words = shown(marked or {}, str(row.get("fact_id")), name)
            if words is not None:
                e[name] = words
        out.append(e)
    return out
