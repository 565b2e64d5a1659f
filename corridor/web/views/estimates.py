"""Figures reported by others (news, agencies), beside the ledger's own counts."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.access import suppress
from corridor.domain.events import METRICS
from corridor.domain.localtime import local_day
from corridor.services.operation import time_zone
from corridor.services.reconcile import figures_as_of
from corridor.services.reports import report_estimate
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field
from corridor.web.views.dashboard import ESTIMATE_KEYS

ESTIMATE_FIELDS = (
    ID,
    Field("metric", "enum", required=True, choices=METRICS),
    Field("value", "int", required=True),
    Field("source", required=True),
    Field("qualifier"),
    Field("outlet"),
    Field("url"),
    Field("as_of", help="Date the figure refers to, YYYY-MM-DD."),
    Field("note"),
)


def rows(ctx: Ctx) -> list[dict[str, Any]]:
    """Reported figures, newest first, each with our own figure as it stood on the same date."""
    found = ctx.store.query("estimates", op=ctx.op)
    zone = time_zone(ctx.store, ctx.op)
    for e in found:
        e["as_of"] = e["as_of"] or local_day(e["at"], zone)  # undated: the day it was recorded
    ours = figures_as_of(
        store=ctx.store, op=ctx.op, wanted=[(e["metric"], e["as_of"]) for e in found]
    )
    full = ctx.user is not None and ctx.user.can("operate")
    out = []
    for e in sorted(found, key=lambda e: (e["as_of"], e["at"]), reverse=True):
        row = {k: e.get(k) for k in ESTIMATE_KEYS}
        figure = ours[(e["metric"], e["as_of"])]
        row["has_ours"] = figure is not None
        row["ours"] = figure if full or figure is None else suppress(figure)
        out.append(row)
    return out


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """Reported estimates beside the ledger's counts, and (coordinators) the form."""
    return ctx.render("estimates.html", rows=rows(ctx), metrics=METRICS, new_id=ctx.clock.new_id())


def report(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Record a figure someone else reported."""
    draft = report_estimate(**ctx.services(), fact_id=v.pop("id", None), **v)
    return {"id": draft.id, "duplicate": draft.duplicate, "next": "/estimates"}


def api_estimates(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Reported figures with our own beside them."""
    return {"estimates": rows(ctx)}
