"""Trip board: dispatch, depart, arrive, and per-trip reconciliation."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.services.correct import reconcile_trip
from corridor.services.dispatch import arrive_trip, depart_trip, dispatch_trip
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field
from corridor.web.views.registrations import my_sites

DISPATCH_FIELDS = (
    ID,
    Field("trip_id", required=True),
    Field("vehicle_id", required=True),
    Field("origin", required=True),
    Field("destination", required=True),
    Field("convoy"),
)
DEPART_FIELDS = (ID,)
ARRIVE_FIELDS = (
    ID,
    Field("site_id", required=True),
    Field("arrived", "int", required=True),
    Field("diverted", "int"),
    Field("died", "int"),
    Field("missing", "int"),
)


def trips(ctx: Ctx) -> list[dict[str, Any]]:
    """Every trip, newest first, with its reconciliation balance."""
    rows = ctx.store.query("trips", op=ctx.op)
    for t in rows:
        accounted = (t["arrived"] or 0) + (t["diverted"] or 0) + (t["died"] or 0)
        t["unaccounted"] = t["boarded"] - accounted - (t["missing"] or 0)
    return sorted(rows, key=lambda t: (t["dispatched_at"] or "", t["trip_id"]), reverse=True)


STATUSES = ("loading", "en_route", "arrived")


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The trip board (``?status=`` shows trips in one status)."""
    chosen = ctx.request.query_params.get("status", "")
    rows = [t for t in trips(ctx) if not chosen or t["status"] == chosen]
    return ctx.render(
        "trips.html",
        trips=rows[:200],
        statuses=STATUSES,
        chosen=chosen,
        sites=ctx.store.query("sites", op=ctx.op),
        origins=my_sites(ctx),
        vehicles=ctx.store.query("vehicles", op=ctx.op),
        discrepancies=discrepancies(ctx)[:100],
        new_id=ctx.clock.new_id(),
    )


def dispatch(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Dispatch a vehicle on a trip from a site (scope and rules in the service)."""
    draft = dispatch_trip(**ctx.services(), fact_id=v.pop("id", None), **v)
    return {"id": draft.id, "trip_id": v["trip_id"], "duplicate": draft.duplicate, "next": "/trips"}


def depart(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Record a trip's departure (scoped by the trip's origin)."""
    draft = depart_trip(**ctx.services(), trip_id=v["trip_id"], fact_id=v.get("id"))
    return {"id": draft.id, "trip_id": v["trip_id"], "duplicate": draft.duplicate, "next": "/trips"}


def arrive(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Record a trip's arrival (reception at its destination, or a coordinator)."""
    draft = arrive_trip(**ctx.services(), fact_id=v.pop("id", None), **v)
    return {"id": draft.id, "trip_id": v["trip_id"], "duplicate": draft.duplicate, "next": "/trips"}


RECONCILE_FIELDS = (
    ID,
    Field("arrived", "int", required=True),
    Field("diverted", "int"),
    Field("died", "int"),
    Field("missing", "int"),
    Field("reason", required=True, help="Why the arrival figures change (kept in the ledger)."),
)


def reconcile(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Correct an arrived trip's figures so everyone boarded is accounted for (a new fact)."""
    draft = reconcile_trip(
        store=ctx.store,
        clock=ctx.clock,
        actor=ctx.actor,
        op=ctx.op,
        fact_id=v.pop("id", None),
        **v,
    )
    return {"id": draft.id, "trip_id": v["trip_id"], "duplicate": draft.duplicate, "next": "/trips"}


TRIPS_QUERY = (Field("status", "enum", choices=STATUSES, help="Only trips in this status."),)


def api_trips(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Trips with their counts and status, newest first (optionally in one status)."""
    return {"trips": [t for t in trips(ctx) if data.get("status") in (None, t["status"])]}


def discrepancies(ctx: Ctx) -> list[dict[str, Any]]:
    """Open discrepancies as this user may see them.

    Those about one person name their token: registrars do not see them, and a coordinator's
    read of them is logged like any read of per-person rows.
    """
    rows = ctx.store.query("discrepancies", op=ctx.op)
    personal = [d for d in rows if d["unit"].startswith("p|")]
    if ctx.user is None or not ctx.user.can("coordinate"):
        return [d for d in rows if not d["unit"].startswith("p|")]
    if personal:
        ctx.log_personal_read(f"{len(personal)} person discrepancies")
    return rows


def api_discrepancies(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """What does not add up, for a person to resolve."""
    return {"discrepancies": discrepancies(ctx)}


def api_sites(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Sites and vehicles of the operation."""
    return {
        "sites": ctx.store.query("sites", op=ctx.op),
        "vehicles": ctx.store.query("vehicles", op=ctx.op),
    }
