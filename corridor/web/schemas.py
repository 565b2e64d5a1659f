"""Response shapes of the JSON API, for the OpenAPI document (checked by schemathesis)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from corridor.web.views import (
    accounts,
    arrivals,
    audit,
    dashboard,
    discrepancies,
    estimates,
    incidents,
    public_text,
    reception,
    registrations,
    shelter,
    status,
    sync,
    transparency,
    trips,
)

STR: dict[str, Any] = {"type": "string"}
COUNT: dict[str, Any] = {"type": "integer", "nullable": True}  # null: suppressed small cell
ROWS: dict[str, Any] = {"type": "array", "items": {"type": "object"}}


def obj(required: dict[str, Any], **optional: Any) -> dict[str, Any]:
    """An object schema with required and optional properties."""
    return {
        "type": "object",
        "required": sorted(required),
        "properties": {**required, **optional},
    }


def rows_of(name: str, **item: Any) -> dict[str, Any]:
    """``{name: [objects]}``, each object having the given required properties."""
    items = obj(item) if item else {"type": "object"}
    return obj({name: {"type": "array", "items": items}})


def paged(name: str, **item: Any) -> dict[str, Any]:
    """One page of a list: its rows, the whole list's size, and links to the next and previous
    pages (null at either end; follow ``links.next`` until it is null to read every row)."""
    link = {"type": "string", "nullable": True}
    return obj(
        {
            name: {"type": "array", "items": obj(item)},
            "total": {"type": "integer"},
            "page": {"type": "integer"},
            "limit": {"type": "integer"},
            "pages": {"type": "integer"},
            "links": obj({"next": link, "prev": link}),
        }
    )


FACT = obj({"id": STR})
INT: dict[str, Any] = {"type": "integer"}
CHECKPOINT = obj(
    {
        "checkpoint": obj(
            {
                "origin": STR,
                "tree_size": INT,
                "root_hash": STR,
                "timestamp": STR,
                "totals_digest": STR,
                "public_key": STR,
                "signature": STR,
            }
        ),
        "totals": {"type": "object"},
    }
)
TRIP_FACT = obj({"id": STR, "trip_id": STR})
DUPLICATE = obj({"id": STR, "duplicate": {"type": "boolean", "enum": [True]}})

RESPONSES: dict[Callable[..., Any], dict[str, Any]] = {
    dashboard.api_summary: obj(
        {
            "op": STR,
            "name": STR,
            "status": STR,
            **dict.fromkeys(("left", "arrived", "in_transit", "died", "missing"), COUNT),
            "by_site": {"type": "object"},
            "by_category": {"type": "object"},
            "in_flight": ROWS,
            "discrepancies": ROWS,
            "incidents": ROWS,
            "estimates": ROWS,
            "remaining": {"type": "object"},
            "forecast": {"type": "object"},
            "reception": {"type": "object"},  # shelter occupancy, needs, stocks, cover
        }
    ),
    dashboard.api_timeseries: obj(
        {
            "op": STR,
            "points": {
                "type": "array",
                "items": obj({"hour": STR, "left": COUNT, "arrived": COUNT}),
            },
        }
    ),
    trips.api_sites: obj({"sites": ROWS, "vehicles": ROWS}),
    registrations.api_persons: rows_of("persons", person_id=STR, site_id=STR),
    registrations.register: obj({"id": STR, "person_id": STR}),
    registrations.board: obj(
        {"ids": {"type": "array", "items": STR}, "boarded": ROWS | {"items": STR}}
    ),
    registrations.household_api: obj(
        {
            "household_id": STR,
            "registered": {"type": "array", "items": STR},
            "boarded": {"type": "array", "items": STR},
            "trip_id": {"type": "string", "nullable": True},
            "duplicate": {"type": "boolean"},
        }
    ),
    trips.api_trips: paged(
        "trips", trip_id=STR, status=STR, boarded={"type": "integer"}, unaccounted=COUNT
    ),
    trips.dispatch: TRIP_FACT,
    trips.depart: TRIP_FACT,
    trips.arrive: TRIP_FACT,
    trips.reconcile: TRIP_FACT,
    discrepancies.api_discrepancies: paged(
        "discrepancies",
        unit=STR,
        kind=STR,
        subject=STR,
        subject_id=STR,
        sites={"type": "array", "items": STR},
        detail=STR,  # in the reader's language
        messages=ROWS,  # the same as codes with values (docs/web.md)
    ),
    reception.headcount: FACT,
    arrivals.mark: obj(
        {
            "id": STR,
            "marked": {"type": "array", "items": STR},
            "refused": {"type": "array", "items": obj({"token": STR, "error": STR})},
        }
    ),
    arrivals.api_missing: rows_of("missing", person_id=STR, trip_id=STR),
    # Empty for observers (people at a site are not published outside the disclosure module).
    shelter.api_reception: obj(
        {},
        sites=ROWS,
        cover=ROWS,
        stocks=ROWS,
        discrepancies=ROWS,
        assumptions={"type": "array", "items": STR},
    ),
    shelter.capacity: FACT,
    shelter.distribution: FACT,
    incidents.api_incidents: rows_of("incidents", kind=STR, severity=STR),
    incidents.report: FACT,
    estimates.api_estimates: rows_of("estimates", metric=STR, source=STR),
    estimates.report: FACT,
    status.api_status: obj(
        {
            "status": STR | {"nullable": True},
            "time_zone": STR,
            "allowed": {"type": "array", "items": STR},
            "history": ROWS,
        }
    ),
    status.change: obj({"id": STR, "status": STR}),
    status.change_zone: obj({"id": STR, "time_zone": STR}),
    public_text.mark: obj(
        {"id": STR, "target": STR, "field": STR, "public": {"type": "boolean"}},
        wording=STR | {"nullable": True},
    ),
    audit.api_audit: rows_of("entries", at=STR, actor=STR, action=STR),
    sync.api_status: obj(
        {"device": STR, "position": {"type": "integer"}, "peers": ROWS, "nodes": ROWS}
    ),
    accounts.api_users: rows_of("users", username=STR, role=STR),
    accounts.create_user: obj({"username": STR}),
    accounts.create_token: obj({"username": STR, "token": STR}),
    transparency.api_checkpoint: CHECKPOINT,
    transparency.make_checkpoint: CHECKPOINT,
    transparency.api_consistency: obj(
        {"first": INT, "second": INT, "proof": {"type": "array", "items": STR}}
    ),
    transparency.api_inclusion: obj(
        {
            "leaf_index": INT,
            "tree_size": INT,
            "leaf_hash": STR,
            "proof": {"type": "array", "items": STR},
        }
    ),
}
