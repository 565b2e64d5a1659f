"""Trip board: dispatch, depart, arrive, and per-trip reconciliation."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.services.correct import Accounted, reconcile_trip
from corridor.services.dispatch import Arrival, NewTrip, arrive_trip, depart_trip, dispatch_trip
from corridor.services.register import wounded_on_board
from corridor.services.review import Page, TripFilter, discrepancy_counts, trip_page
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field
from corridor.web.paging import PAGING_FIELDS, as_json, links, paging
from corridor.web.views.registrations import my_sites

DISPATCH_FIELDS = (
    ID,
    Field("trip_id", required=True),
    Field("vehicle_id", required=True),
    Field("origin", required=True),
    Field("destination", required=True),
    Field("convoy"),
    Field(
        "cargo",
        "items",
        choices=("quantity",),
        help="An aid trip's cargo: [{item, quantity}] (form: water_l=20000, food_ration=400).",
    ),
)
DEPART_FIELDS = (ID,)
ARRIVE_FIELDS = (
    ID,
    Field("site_id", required=True),
    Field("arrived", "int", required=True),
    Field("diverted", "int"),
    Field("died", "int"),
    Field("missing", "int"),
    Field(
        "cargo",
        "items",
        choices=("delivered", "lost", "diverted"),
        help="How the cargo is accounted for: [{item, delivered, lost, diverted}].",
    ),
)


STATUSES = ("loading", "en_route", "arrived", "diverted")
TRIPS_QUERY = (
    Field("status", "enum", choices=STATUSES, help="Only trips in this status."),
    Field("site", help="Only trips from, to or arrived at this site."),
    Field("vehicle", help="Only trips of this vehicle."),
    Field("trip", help="Only this trip."),
    *PAGING_FIELDS,
)


def _board(ctx: Ctx, data: dict[str, Any]) -> Page:
    """The page of trips a request asks for (newest first, with their balances)."""
    return trip_page(
        store=ctx.store,
        op=ctx.op,
        where=TripFilter(
            status=data.get("status"),
            site=data.get("site"),
            vehicle=data.get("vehicle"),
            trip=data.get("trip"),
        ),
        **paging(data),
    )


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The trip board, filtered by status, site, vehicle or trip, one page at a time."""
    board = _board(ctx, data)
    wounded = wounded_on_board(ctx.store, ctx.op, [t["trip_id"] for t in board.rows])
    sites = ctx.store.query("sites", op=ctx.op)
    vehicles = ctx.store.query("vehicles", op=ctx.op)
    return ctx.render(
        "trips.html",
        trips=board.rows,
        wounded=wounded,
        board=board,
        links=links(ctx, board),
        status_choices=[(s, s) for s in STATUSES],
        site_choices=sorted(ctx.wording().site_names.items()),  # in the reader's language
        vehicle_choices=[(v["vehicle_id"], v["vehicle_id"]) for v in vehicles],
        chosen=data,
        sites=sites,
        origins=my_sites(ctx),
        vehicles=vehicles,
        open_discrepancies=discrepancy_counts(
            store=ctx.store, op=ctx.op, personal=ctx.user is not None and ctx.user.can("coordinate")
        ),
        new_id=ctx.clock.new_id(),
    )


def dispatch(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Dispatch a vehicle on a trip from a site (scope and rules in the service)."""
    fact_id = v.pop("id", None)
    draft = dispatch_trip(ctx.recorder(), NewTrip(**v), fact_id=fact_id)
    return {"id": draft.id, "trip_id": v["trip_id"], "duplicate": draft.duplicate, "next": "/trips"}


def depart(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Record a trip's departure (scoped by the trip's origin)."""
    draft = depart_trip(ctx.recorder(), trip_id=v["trip_id"], fact_id=v.get("id"))
    return {"id": draft.id, "trip_id": v["trip_id"], "duplicate": draft.duplicate, "next": "/trips"}


def arrive(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Record a trip's arrival (reception at its destination, or a coordinator)."""
    fact_id = v.pop("id", None)
    draft = arrive_trip(ctx.recorder(), Arrival(**v), fact_id=fact_id)
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
    fact_id = v.pop("id", None)
    accounted = Accounted(**{k: v[k] for k in ("arrived", "diverted", "died", "missing") if k in v})
    draft = reconcile_trip(
        ctx.recorder(),
        trip_id=v["trip_id"],
        accounted=accounted,
        reason=v["reason"],
        fact_id=fact_id,
    )
    return {"id": draft.id, "trip_id": v["trip_id"], "duplicate": draft.duplicate, "next": "/trips"}


def api_trips(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Trips with their counts, status and balance, newest first, filtered and paged."""
    return as_json(ctx, "trips", _board(ctx, data))


def api_sites(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Sites and vehicles of the operation."""
    return {
        "sites": ctx.store.query("sites", op=ctx.op),
        "vehicles": ctx.store.query("vehicles", op=ctx.op),
    }
