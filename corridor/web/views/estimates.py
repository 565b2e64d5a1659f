"""Figures reported by others (news, agencies), beside the ledger's own counts."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.events import METRICS
from corridor.services.reports import report_estimate
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field
from corridor.web.views.dashboard import ESTIMATE_KEYS, visible_summary

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
# Which of our own figures a reported metric is compared with.
OURS = {"evacuated": "left", "waiting": "waiting_counted", "killed": "died"}


def rows(ctx: Ctx) -> list[dict[str, Any]]:
    """Reported figures, newest first, each with our own figure for the same metric."""
    summary = visible_summary(ctx)
    out = []
    for e in sorted(summary["estimates"], key=lambda e: e.get("as_of") or "", reverse=True):
        row = {k: e.get(k) for k in ESTIMATE_KEYS}
        key = OURS.get(row["metric"])
        row["ours"] = summary.get(key) if key else None
        row["has_ours"] = key is not None
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
