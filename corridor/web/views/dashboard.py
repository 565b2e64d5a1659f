"""The live dashboard: totals by category and site, departures chart, trips, discrepancies."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain import legs
from corridor.domain.steps import suspended
from corridor.domain.units import Kind, Unit
from corridor.domain.vocabulary import DIMENSIONS
from corridor.errors import NotFound
from corridor.services.forecasting import current_forecast
from corridor.services.operation import status_history
from corridor.services.public_text import marked
from corridor.services.remaining import remaining, reported_range
from corridor.services.summary import (
    SITE_COLUMNS,
    departures_over_time,
    linked_status,
    summarize,
)
from corridor.web import public
from corridor.web.charts import departures_chart
from corridor.web.context import Ctx
from corridor.web.views.discrepancies import spoken
from corridor.web.views.shelter import shelter_view

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


def visible_summary(ctx: Ctx) -> dict[str, Any]:
    """The summary as this user may see it: observers get the protected snapshot's figures."""
    if ctx.user is None or not ctx.user.can("operate"):
        return observer_summary(ctx)
    data = summarize(store=ctx.store, op=ctx.op).as_dict()
    data["site_tables"] = site_tables(data["site_rows"])
    # A shared screen: discrepancies about one person (they name a token) stay off it.
    data["discrepancies"] = [
        d for d in data["discrepancies"] if Unit.decode(d["unit"]).kind is not Kind.PERSON
    ]
    # Counted by kind, all of them: a count names nobody.
    data["open_discrepancies"] = sum(data["discrepancies_by_kind"].values())
    return data


def observer_summary(ctx: Ctx) -> dict[str, Any]:
    """What an observer sees: the latest protected snapshot only, never the live tables, and
    nothing computed from them in the request (web/public.py).

    :raises NotFound: no such operation.
    """
    ops = ctx.store.query("operations", op=ctx.op)
    if not ops:
        raise NotFound(f"no operation '{ctx.op}'")
    snap = public.snapshot(ctx)
    sites = {s["site_id"]: legs.leg(s["kind"]) for s in ctx.store.query("sites", op=ctx.op)}
    data = {
        "op": ctx.op,
        "name": ops[0]["name"],
        "status": ops[0]["status"],
        "status_at": ops[0]["status_at"],
        "linked": linked_status(ctx.store, ops[0]["conditioned_on"]),
        # Counted, all of them: a count names nobody.
        "open_discrepancies": len(ctx.store.query("discrepancies", op=ctx.op)),
        "estimates": sorted(ctx.store.query("estimates", op=ctx.op), key=lambda e: e["at"]),
    }
    return {
        "op": data["op"],
        "name": data["name"],
        "status": data["status"],
        "status_at": data["status_at"],
        "linked": data["linked"],
        **public.figures(snap, sites),
        "in_flight": [],
        "discrepancies": [],
        "open_discrepancies": data["open_discrepancies"],
        "incidents": [],
        "estimates": public.estimates(data["estimates"], marked(store=ctx.store, op=ctx.op)),
        "protected": public.about(snap),
        "_series": public.series(snap),
        "_waiting": public.waiting(snap, sites),
    }


def _page_values(ctx: Ctx) -> dict[str, Any]:
    # Dashboards poll: share one computation among them for up to a second (see web/cache.py).
    full = ctx.user is not None and ctx.user.can("operate")
    summary, series, answer, paused = ctx.recent.get(
        ("dashboard", ctx.op, full),
        ctx.store.position(),
        lambda: (
            visible_summary(ctx),
            departures_over_time(store=ctx.store, op=ctx.op) if full else [],
            outlook(ctx),  # shared with the other polling dashboards like the figures
            # The chart draws nothing across a suspension (the status is public).
            suspended(status_history(store=ctx.store, op=ctx.op)),
        ),
    )
    if not full:
        # Observers: the snapshot's days, and no point with a withheld figure.
        series = [
            (day, left, arrived)
            for day, left, arrived in summary["_series"]
            if left is not None and arrived is not None
        ]
    arabic = ctx.lang.code == "ar"
    site_names = {
        s["site_id"]: (s["name_ar"] if arabic and s["name_ar"] else s["name"])
        for s in ctx.store.query("sites", op=ctx.op)
    }
    fc = answer["forecast"]
    left = answer["remaining"] if full else {**answer["remaining"], **summary["_waiting"]}
    return {
        "s": summary,
        "remaining": left,
        "forecast": fc,
        "forecast_age": round(fc["age_seconds"] / 60) if "age_seconds" in fc else None,
        "figures": FIGURES,
        "chart": departures_chart(series, ctx.lang.direction, ctx.lang.code, paused),
        "site_names": site_names,
        "dims": tuple(DIMENSIONS),
        "incidents": list(reversed(summary["incidents"]))[:5],
        "shelter": shelter_view(ctx),
    }


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The dashboard page (its live part refreshes itself every few seconds)."""
    return ctx.render("dashboard.html", **_page_values(ctx))


def live(ctx: Ctx, data: dict[str, Any]) -> Response:
    """Only the live part of the dashboard, for the page's polling script."""
    return ctx.render("_live.html", **_page_values(ctx))


def api_summary(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """The operation at a glance, how many remain and when it will be over (observers:
    the protected snapshot's figures, no personal data, no free text)."""
    summary = visible_summary(ctx)
    waiting = summary.pop("_waiting", None)
    summary.pop("_series", None)
    out = {**summary, **outlook(ctx), "reception": shelter_view(ctx)}
    if waiting is not None:
        out["remaining"] |= waiting
    spoken(ctx, out.get("discrepancies") or [])  # detail in the reader's language, and as codes
    return out


def outlook(ctx: Ctx) -> dict[str, Any]:
    """How many remain (ledger and reported range) and the stored forecast with its age.

    Observers: the ledger's waiting figures come from the protected snapshot (the caller adds
    them); the reported range keeps its figures but not its sources' words.
    """
    if ctx.user is None or not ctx.user.can("operate"):
        left = {
            "waiting": None,
            "waiting_by_site": {},
            **reported_range(store=ctx.store, op=ctx.op),
        }
        left["sources"] = public.estimates(left["sources"], marked(store=ctx.store, op=ctx.op))
    else:
        left = remaining(store=ctx.store, op=ctx.op).as_dict()
    return {
        "remaining": left,
        "forecast": current_forecast(store=ctx.store, clock=ctx.clock, op=ctx.op),
    }


def api_timeseries(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Cumulative people who left and arrived, per hour."""
    if ctx.user is None or not ctx.user.can("operate"):
        # Observers: cumulative figures at the end of each day, from the protected snapshot.
        rows = public.series(public.snapshot(ctx))
    else:
        rows = departures_over_time(store=ctx.store, op=ctx.op)  # type: ignore[assignment]
    points = [{"hour": h, "left": left, "arrived": arrived} for h, left, arrived in rows]
    return {"op": ctx.op, "points": points}
