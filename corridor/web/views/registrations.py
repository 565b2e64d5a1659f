"""Registration desk: register people and households under wristband tokens, board them."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.events import AGES, DESTINATIONS, GROUPS, SEXES, TRIAGE
from corridor.domain.messages import message
from corridor.errors import NotFound, ValidationError
from corridor.services.register import board_household, board_person, register_person
from corridor.web.context import Ctx, Forbidden
from corridor.web.forms import ID, Field

REGISTER_FIELDS = (
    ID,
    Field("person_id", required=True, help="Wristband or QR token."),
    Field("site_id", required=True),
    Field("household_id", help="Token shared by a household."),
    Field("group", "enum", choices=GROUPS),
    Field("age", "enum", choices=AGES),
    Field("sex", "enum", choices=SEXES),
    Field("triage", "enum", choices=TRIAGE),
    Field("vulnerabilities", "list", help="e.g. unaccompanied, disability."),
    Field("destination", "enum", choices=DESTINATIONS),
)
BOARD_FIELDS = (
    ID,
    Field("trip_id", required=True),
    Field("person_id", help="One person's token."),
    Field("household_id", help="Board every registered member of a household."),
)
PERSONS_FIELDS = (Field("site_id", required=True),)
ROW_KEYS = ("person_id", "site_id", "household_id", "grp", "age", "sex", "triage", "destination")


def my_sites(ctx: Ctx) -> list[dict[str, Any]]:
    """Sites where this user may register people."""
    sites = ctx.store.query("sites", op=ctx.op)
    return [s for s in sites if ctx.user and ctx.user.can_at("register", s["site_id"])]


def recent(ctx: Ctx, site_ids: list[str], limit: int = 20) -> list[dict[str, Any]]:
    """Latest registrations at some sites; logged as a read of per-person rows."""
    rows: list[dict[str, Any]] = []
    for site in site_ids:
        rows.extend(
            ctx.store.latest(
                "persons", order_by="registered_at", limit=limit, op=ctx.op, site_id=site
            )
        )
    rows.sort(key=lambda r: (r["registered_at"] or "", r["person_id"]), reverse=True)
    shown = rows[:limit]
    if shown:
        ctx.log_personal_read(message("read_person_rows", n=len(shown), site=list(site_ids)))
    return shown


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The desk: a short form (household and site stay filled in) and the latest people."""
    sites = my_sites(ctx)
    q = ctx.request.query_params
    trips = [t for t in ctx.store.query("trips", op=ctx.op) if t["status"] == "loading"]
    trips = [t for t in trips if ctx.user and ctx.user.can_at("register", t["origin"])]
    return ctx.render(
        "register.html",
        sites=sites,
        trips=trips,
        fields={f.name: f for f in REGISTER_FIELDS},
        site=q.get("site", sites[0]["site_id"] if sites else ""),
        household=q.get("household", ""),
        done=q.get("done", ""),
        boarded=q.get("boarded", ""),
        boarded_trip=q.get("trip", ""),
        new_id=ctx.clock.new_id(),
        rows=recent(ctx, [s["site_id"] for s in sites]),
    )


def register(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Register one person (idempotent by ``id``; scope and rules in the service)."""
    draft = register_person(**ctx.services(), fact_id=v.pop("id", None), **v)
    return {
        "id": draft.id,
        "person_id": draft.payload["person_id"],
        "duplicate": draft.duplicate,
        "next": f"/register?site={v['site_id']}&household={v.get('household_id', '')}"
        f"&done={draft.payload['person_id']}",
    }


def board(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Board one person, or every waiting member of a household, onto a loading trip."""
    if "person_id" in v:
        done = [
            board_person(
                **ctx.services(),
                person_id=v["person_id"],
                trip_id=v["trip_id"],
                fact_id=v.get("id"),
            )
        ]
    elif "household_id" in v:
        done = board_household(
            **ctx.services(),
            household_id=v["household_id"],
            trip_id=v["trip_id"],
            fact_id=v.get("id"),
        )
    else:
        raise ValidationError("give a person_id or a household_id", field="person_id")
    tokens = [d.payload["person_id"] for d in done]
    return {
        "id": done[0].id,
        "ids": [d.id for d in done],
        "boarded": tokens,
        "duplicate": all(d.duplicate for d in done),
        "next": f"/register?boarded={len(tokens)}&trip={v['trip_id']}",
    }


def api_persons(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Registered people at one site: tokens and categories (logged as a personal-data read)."""
    if not ctx.store.query("sites", op=ctx.op, site_id=v["site_id"]):
        raise NotFound(f"no site '{v['site_id']}'")
    if ctx.user is None or not ctx.user.can_at("personal", v["site_id"]):
        raise Forbidden(f"you may not read people at site '{v['site_id']}'")
    rows = recent(ctx, [v["site_id"]], limit=10_000)
    return {"persons": [{k: r[k] for k in ROW_KEYS} for r in rows]}
