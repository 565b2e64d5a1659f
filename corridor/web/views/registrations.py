"""Registration desk: register people and households under wristband tokens, board them."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.responses import Response

from corridor.domain.messages import message
from corridor.domain.vocabulary import AGES, DESTINATIONS, GROUPS, SEXES, TRIAGE
from corridor.errors import NeedsConfirmation, NotFound, ValidationError
from corridor.services.household import MEMBER_KEYS, NewHousehold, register_household
from corridor.services.register import (
    NewPerson,
    board_household,
    board_person,
    register_person,
)
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
CONFIRM = Field(
    "confirm",
    "enum",
    choices=("0", "1"),
    help="1: go ahead after a 409 answer with needs_confirmation (the triage prompt).",
)
BOARD_FIELDS = (
    ID,
    Field("trip_id", required=True),
    Field("person_id", help="One person's token."),
    Field("household_id", help="Board every registered member of a household."),
    CONFIRM,
)
ROWS = 12  # member rows the HTML household form can send (JavaScript shows them as needed)
SHOWN_ROWS = 6  # rows shown without JavaScript
HOUSEHOLD_SHARED = (
    ID,
    Field("site_id", required=True),
    Field("household_id", help="Household id (default: the head's token)."),
    Field("group", "enum", choices=GROUPS),
    Field("destination", "enum", choices=DESTINATIONS),
    Field("trip_id", help="Board the household on this loading trip in the same transaction."),
    CONFIRM,
)
MEMBER_FIELDS = tuple(
    field
    for i in range(ROWS)
    for field in (
        Field(f"person_id_{i}"),
        Field(f"age_{i}", "enum", choices=AGES),
        Field(f"sex_{i}", "enum", choices=SEXES),
        Field(f"triage_{i}", "enum", choices=TRIAGE),
        Field(f"vulnerabilities_{i}", "list"),
    )
)
HOUSEHOLD_FORM_FIELDS = HOUSEHOLD_SHARED + MEMBER_FIELDS
HOUSEHOLD_API_FIELDS = (
    *HOUSEHOLD_SHARED,
    Field(
        "members",
        "objects",
        required=True,
        choices=MEMBER_KEYS,
        help="The head first: person_id (token), age, sex, triage, vulnerabilities (list).",
    ),
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
    """The desk: one household form (site, trip and shared fields stay as they were: sticky
    defaults), boarding by token or household, and the latest people."""
    sites = my_sites(ctx)
    q = ctx.request.query_params
    loading = ctx.store.trips(ctx.op, status="loading")
    kinds = {v["vehicle_id"]: v["kind"] for v in ctx.store.query("vehicles", op=ctx.op)}
    trips = [
        {**t.as_dict(), "kind": kinds.get(t.vehicle_id, "")}
        for t in loading
        if ctx.user and ctx.user.can_at("register", t.origin)
    ]
    n = q.get("n", "")
    return ctx.render(
        "register.html",
        sites=sites,
        trips=trips,
        fields={f.name: f for f in REGISTER_FIELDS},
        site=q.get("site", sites[0]["site_id"] if sites else ""),
        trip=q.get("trip", ""),
        group=q.get("group", "civilian"),
        destination=q.get("destination", ""),
        household=q.get("household", ""),
        people=int(n) if n.isdigit() else 0,
        done=q.get("done", ""),
        boarded=q.get("boarded", ""),
        boarded_trip=q.get("on", ""),
        confirm=ctx.extra.get("confirm"),
        rows_shown=SHOWN_ROWS,
        rows_max=ROWS,
        new_id=ctx.clock.new_id(),
        rows=recent(ctx, [s["site_id"] for s in sites]),
    )


def _confirming(ctx: Ctx, action: str, values: dict[str, Any]) -> None:
    """Keep what was sent, so the page can ask to confirm and send it again with confirm=1."""
    flat = {
        k: ", ".join(v) if isinstance(v, list) else str(v)
        for k, v in values.items()
        if v not in (None, "") and k != "confirm"
    }
    ctx.extra["confirm"] = {"action": action, "values": flat}


def household_form(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Register a household from the desk form (rows without a token are skipped)."""
    sent = dict(v)
    members = []
    for i in range(ROWS):
        token = v.pop(f"person_id_{i}", None)
        row = {k: v.pop(f"{k}_{i}", None) for k in ("age", "sex", "triage", "vulnerabilities")}
        if token:
            members.append({"person_id": token, **{k: x for k, x in row.items() if x}})
    try:
        return _household(ctx, v, members)
    except NeedsConfirmation:
        _confirming(ctx, "/household", sent)
        raise


def household_api(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Register a household (head first) in one transaction, and board it with ``trip_id``.

    A critical or serious member put on a bus while an ambulance trip is loading at the site
    is answered 409 with ``needs_confirmation``: send again with ``confirm`` = "1" to go ahead.
    """
    return _household(ctx, v, v.pop("members"))


def _household(ctx: Ctx, v: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
    fact_id, confirm = v.pop("id", None), v.pop("confirm", "0") == "1"
    done = register_household(
        ctx.recorder(), NewHousehold(members=members, **v), confirm=confirm, fact_id=fact_id
    )
    sticky: dict[str, Any] = {k: v[k] for k in ("group", "destination") if k in v}
    after: dict[str, Any] = {"site": v["site_id"], "trip": v.get("trip_id", ""), **sticky}
    after |= {"household": done.household_id, "n": len(done.registered)}
    if done.trip_id:
        after["on"] = done.trip_id
    return {
        "household_id": done.household_id,
        "registered": done.registered,
        "boarded": done.boarded,
        "trip_id": done.trip_id,
        "duplicate": done.duplicate,
        "next": "/register?" + urlencode(after),
    }


def register(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Register one person (idempotent by ``id``; scope and rules in the service)."""
    fact_id = v.pop("id", None)
    draft = register_person(ctx.recorder(), NewPerson(**v), fact_id=fact_id)
    return {
        "id": draft.id,
        "person_id": draft.payload["person_id"],
        "duplicate": draft.duplicate,
        "next": f"/register?site={v['site_id']}&household={v.get('household_id', '')}"
        f"&done={draft.payload['person_id']}",
    }


def board(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Board one person, or every waiting member of a household, onto a loading trip.

    A critical or serious person put on a bus while an ambulance trip is loading at the site is
    answered 409 with ``needs_confirmation``: send again with ``confirm`` = "1" to go ahead.
    """
    try:
        return _board(ctx, v)
    except NeedsConfirmation:
        _confirming(ctx, "/board", v)
        raise


def _board(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    confirm = v.get("confirm") == "1"
    if "person_id" in v:
        done = [
            board_person(
                ctx.recorder(),
                person_id=v["person_id"],
                trip_id=v["trip_id"],
                fact_id=v.get("id"),
                confirm=confirm,
            )
        ]
    elif "household_id" in v:
        done = board_household(
            ctx.recorder(),
            household_id=v["household_id"],
            trip_id=v["trip_id"],
            fact_id=v.get("id"),
            confirm=confirm,
        )
    else:
        raise ValidationError("give a person_id or a household_id", field="person_id")
    tokens = [d.payload["person_id"] for d in done]
    return {
        "id": done[0].id,
        "ids": [d.id for d in done],
        "boarded": tokens,
        "duplicate": all(d.duplicate for d in done),
        "next": "/register?"
        + urlencode(
            {
                "boarded": len(tokens),
                "on": v["trip_id"],
                "trip": v["trip_id"],
                "household": v.get("household_id", ""),
            }
        ),
    }


def api_persons(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Registered people at one site: tokens and categories (logged as a personal-data read)."""
    if not ctx.store.query("sites", op=ctx.op, site_id=v["site_id"]):
        raise NotFound(f"no site '{v['site_id']}'")
    if ctx.user is None or not ctx.user.can_at("personal", v["site_id"]):
        raise Forbidden(f"you may not read people at site '{v['site_id']}'")
    rows = recent(ctx, [v["site_id"]], limit=10_000)
    return {"persons": [{k: r[k] for k in ROW_KEYS} for r in rows]}
