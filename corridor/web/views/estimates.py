"""Figures reported by others (news, agencies), beside the ledger's own counts."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.disclosure import lookup, public_qualifier
from corridor.domain.legs import COMPARABLE
from corridor.domain.localtime import local_day
from corridor.domain.vocabulary import METRICS
from corridor.services.operation import time_zone
from corridor.services.public_text import marked
from corridor.services.reports import report_estimate
from corridor.services.summary import figures_as_of
from corridor.web import public
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field

ESTIMATE_KEYS = (
    "fact_id", "metric", "value", "low", "high", "qualifier", "source", "outlet", "as_of"
)  # fmt: skip

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
    snap = None if full else public.snapshot(ctx)
    shown = marked(store=ctx.store, op=ctx.op)
    out = []
    for e in sorted(found, key=lambda e: (e["as_of"], e["at"]), reverse=True):
        row = {k: e.get(k) for k in ESTIMATE_KEYS}
        figure = ours[(e["metric"], e["as_of"])]
        row["has_ours"] = figure is not None
        words = {k: shown.get((e["fact_id"], k)) for k in ("source", "outlet")}
        row["public"] = words
        if not full:  # observers: the protected figure, and only the text made public
            row["source"], row["outlet"] = words["source"], words["outlet"]
            row["qualifier"] = public_qualifier(row["qualifier"])
            row["ours"] = _protected(snap, e["metric"], e["as_of"]) if figure is not None else None
        else:
            row["ours"] = figure
        out.append(row)
    return out


def _protected(snap: dict[str, Any] | None, metric: str, date: str) -> int | None:
    """The ledger's figure for a metric at a day's end, from the protected snapshot."""
    days = [d for d in (snap or {}).get("days", []) if d <= date]
    if snap is None:
        return None
    if not days:
        return 0
    fig, dim, value = COMPARABLE[metric]
    return lookup(snap["cells"], "all", "upto", days[-1], fig, dim, value)


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
