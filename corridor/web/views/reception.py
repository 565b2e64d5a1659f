"""Reception: arrivals, and unnamed tallies (private vehicles, walk-ins, buses counted)."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.vocabulary import HEADCOUNT_METHODS, HEADCOUNT_STAGES
from corridor.services.count import Headcount, record_headcount, waiting_counts
from corridor.services.summary import summarize
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field

HEADCOUNT_FIELDS = (
    ID,
    Field("site_id", required=True),
    Field("stage", "enum", required=True, choices=HEADCOUNT_STAGES),
    Field("total", "int", required=True),
    Field("method", "enum", choices=HEADCOUNT_METHODS),
    Field("trip_id"),
)


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """Arrived trips and counts by site, and the tally form."""
    arrived = ctx.store.trips(ctx.op, status="arrived")
    arrived.sort(key=lambda t: t.arrived_at or "", reverse=True)
    sites = ctx.store.query("sites", op=ctx.op)
    waiting = waiting_counts(store=ctx.store, op=ctx.op, site_ids=[s["site_id"] for s in sites])
    return ctx.render(
        "reception.html",
        arrived=arrived[:100],
        by_site=summarize(store=ctx.store, op=ctx.op).by_site,
        sites=sites,
        waiting=waiting,
        methods=HEADCOUNT_METHODS,
        stages=HEADCOUNT_STAGES,
        marked=ctx.request.query_params.get("marked", ""),
        refused=ctx.request.query_params.get("refused", ""),
        new_id=ctx.clock.new_id(),
    )


def headcount(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Record an unnamed tally at a site (site-scoped)."""
    fact_id = v.pop("id", None)
    draft = record_headcount(ctx.recorder(), Headcount(**v), fact_id=fact_id)
    return {"id": draft.id, "duplicate": draft.duplicate, "next": "/reception"}
