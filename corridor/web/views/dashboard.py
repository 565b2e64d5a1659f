"""The live dashboard: totals by category and site, departures chart, trips, discrepancies."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.access import suppress, suppress_tree
from corridor.domain.events import DIMENSIONS
from corridor.services.forecasting import current_forecast
from corridor.services.reconcile import SITE_COLUMNS, departures_over_time, summarize
from corridor.services.remaining import remaining
from corridor.web.charts import departures_chart
from corridor.web.context import Ctx
from corridor.web.views.discrepancies import spoken

FIGURES = (
    "left",
    "arrived",
    "onward",
    "returned",
    "in_transit",
    "waiting_named",
    "waiting_counted",
    "died",
    "missing",
    "unaccounted",
)
# The by-site tables: where people leave from, are received, and settle, each with its own
# columns (a column another leg uses is added when one of its sites has a figure in it).
LEG_COLUMNS = {
    "origin": ("registered", "departed", "returned", "left", "waiting_counted"),
    "reception": ("arrived", "diverted", "died", "missing"),
    "onward": ("onward",),
}


def site_tables(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The by-site rows as one table per leg, each with a total row.

    Summed over the tables, every column's total is the headline figure of the same name.
    """
    tables = []
    for leg, base in LEG_COLUMNS.items():
        mine = [r for r in rows if r["leg"] == leg]
        if not mine:
            continue
        extra = [c for c in SITE_COLUMNS if c not in base and any(r[c] for r in mine)]
        columns = [c for c in SITE_COLUMNS if c in base or c in extra]
        totals = {c: sum(r[c] for r in mine) for c in columns}
        tables.append({"leg": leg, "columns": columns, "rows": mine, "totals": totals})
    return tables


ESTIMATE_KEYS = ("metric", "value", "low", "high", "qualifier", "source", "outlet", "as_of")


def visible_summary(ctx: Ctx) -> dict[str, Any]:
    """The summary as this user may see it: observers get totals with small cells suppressed."""
    data = summarize(store=ctx.store, op=ctx.op).as_dict()
    data["site_tables"] = site_tables(data["site_rows"])
    # A shared screen: discrepancies about one person (they name a token) stay off it.
    data["discrepancies"] = [d for d in data["discrepancies"] if not d["unit"].startswith("p|")]
    # Counted by kind, all of them: a count names nobody.
    data["open_discrepancies"] = sum(data["discrepancies_by_kind"].values())
    if ctx.user is not None and ctx.user.can("operate"):
        return data
    figures = {
        k: v
        for k, v in data.items()
        if isinstance(v, int) and not isinstance(v, bool) and k != "open_discrepancies"
    }
    return {
        "op": data["op"],
        "name": data["name"],
        "status": data["status"],
        "status_at": data["status_at"],
        **suppress_tree(figures),
        "linked": data["linked"],
        "by_category": suppress_tree(data["by_category"]),
        "by_site": suppress_tree(data["by_site"]),
        "site_rows": suppress_tree(data["site_rows"]),
        "site_tables": suppress_tree(data["site_tables"]),
        "departed_by_category": suppress_tree(data["departed_by_category"]),
        "trips_by_status": suppress_tree(data["trips_by_status"]),
        "in_flight": [],
        "discrepancies": [],
        "open_discrepancies": data["open_discrepancies"],
        "incidents": [],
        "estimates": [{k: e.get(k) for k in ESTIMATE_KEYS} for e in data["estimates"]],
    }


def _page_values(ctx: Ctx) -> dict[str, Any]:
    # Dashboards poll: share one computation among them for up to a second (see web/cache.py).
    full = ctx.user is not None and ctx.user.can("operate")
    summary, series, answer = ctx.recent.get(
        ("dashboard", ctx.op, full),
        ctx.store.position(),
        lambda: (
            visible_summary(ctx),
            departures_over_time(store=ctx.store, op=ctx.op),
            outlook(ctx),  # shared with the other polling dashboards like the figures
        ),
    )
    if not full:
        # Observers: no point of the chart may show a small cell (1 to 4 people).
        series = [p for p in series if suppress(p[1]) is not None and suppress(p[2]) is not None]
    arabic = ctx.lang.code == "ar"
    site_names = {
        s["site_id"]: (s["name_ar"] if arabic and s["name_ar"] else s["name"])
        for s in ctx.store.query("sites", op=ctx.op)
    }
    fc = answer["forecast"]
    return {
        "s": summary,
        "remaining": answer["remaining"],
        "forecast": fc,
        "forecast_age": round(fc["age_seconds"] / 60) if "age_seconds" in fc else None,
        "figures": FIGURES,
        "chart": departures_chart(series, ctx.lang.direction, ctx.lang.code),
        "site_names": site_names,
        "dims": tuple(DIMENSIONS),
        "incidents": list(reversed(summary["incidents"]))[:5],
    }


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The dashboard page (its live part refreshes itself every few seconds)."""
    return ctx.render("dashboard.html", **_page_values(ctx))


def live(ctx: Ctx, data: dict[str, Any]) -> Response:
    """Only the live part of the dashboard, for the page's polling script."""
    return ctx.render("_live.html", **_page_values(ctx))


def api_summary(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """The operation at a glance, how many remain and when it will be over (observers:
    suppressed totals, no personal data)."""
    data = {**visible_summary(ctx), **outlook(ctx)}
    spoken(ctx, data["discrepancies"] or [])  # detail in the reader's language, and as codes
    return data


def outlook(ctx: Ctx) -> dict[str, Any]:
    """How many remain (ledger and reported range) and the stored forecast with its age."""
    left = remaining(store=ctx.store, op=ctx.op).as_dict()
    if ctx.user is None or not ctx.user.can("operate"):
        left["waiting"] = suppress(left["waiting"])
        left["waiting_by_site"] = suppress_tree(left["waiting_by_site"])
    return {
        "remaining": left,
        "forecast": current_forecast(store=ctx.store, clock=ctx.clock, op=ctx.op),
    }


def api_timeseries(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Cumulative people who left and arrived, per hour."""
    rows = departures_over_time(store=ctx.store, op=ctx.op)
    points = [{"hour": h, "left": left, "arrived": arrived} for h, left, arrived in rows]
    if ctx.user is None or not ctx.user.can("operate"):
        points = suppress_tree(points)
    return {"op": ctx.op, "points": points}
