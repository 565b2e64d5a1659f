"""Incidents on the way: attacks, blockades, deaths."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.vocabulary import INCIDENT_KINDS, SEVERITIES
from corridor.services.public_text import marked
from corridor.services.reports import report_incident
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field

INCIDENT_FIELDS = (
    ID,
    Field("kind", "enum", required=True, choices=INCIDENT_KINDS),
    Field("severity", "enum", required=True, choices=SEVERITIES),
    Field("description", required=True),
    Field("site_id", help="Registrars must name one of their sites."),
    Field("trip_id"),
    Field("killed", "int"),
    Field("wounded", "int"),
)


def incidents(ctx: Ctx) -> list[dict[str, Any]]:
    """Every incident, newest first."""
    rows = ctx.store.query("incidents", op=ctx.op)
    return sorted(rows, key=lambda r: r["at"], reverse=True)


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The incident list and form."""
    shown = marked(store=ctx.store, op=ctx.op)
    rows = incidents(ctx)[:200]
    for r in rows:
        r["public"] = {"description": shown.get((r["fact_id"], "description"))}
    return ctx.render(
        "incidents.html",
        incidents=rows,
        kinds=INCIDENT_KINDS,
        severities=SEVERITIES,
        sites=ctx.store.query("sites", op=ctx.op),
        new_id=ctx.clock.new_id(),
    )


def report(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Record an incident (registrars: at one of their sites)."""
    draft = report_incident(**ctx.services(), fact_id=v.pop("id", None), **v)
    return {"id": draft.id, "duplicate": draft.duplicate, "next": "/incidents"}


def api_incidents(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Every incident, newest first."""
    return {"incidents": incidents(ctx)}
