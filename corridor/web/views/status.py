"""Operation status and its history."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.vocabulary import STATUSES
from corridor.services.operation import (
    change_status,
    next_statuses,
    set_time_zone,
    status_history,
    time_zone,
)
from corridor.services.public_text import marked
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field

STATUS_FIELDS = (
    ID,
    Field("status", "enum", required=True, choices=STATUSES),
    Field("reason"),
)
ZONE_FIELDS = (
    ID,
    Field("time_zone", required=True, help="IANA time zone name, e.g. Asia/Damascus or UTC."),
    Field("reason"),
)
HISTORY_KEYS = ("at", "status", "reason")


def history(ctx: Ctx) -> list[dict[str, Any]]:
    """Status changes, newest first (who made them only for those who operate)."""
    rows = list(reversed(status_history(store=ctx.store, op=ctx.op)))
    shown = marked(store=ctx.store, op=ctx.op)
    for r in rows:
        r["public"] = {"reason": shown.get((r["fact_id"], "reason"))}
    if ctx.user is None or not ctx.user.can("operate"):  # only the reason made public
        rows = [{**{k: r[k] for k in HISTORY_KEYS}, "reason": r["public"]["reason"]} for r in rows]
    return rows


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """Current status, the form to change it (coordinators) and the history."""
    ops = ctx.store.query("operations", op=ctx.op)
    allowed = next_statuses(store=ctx.store, op=ctx.op, principal=ctx.user) if ops else ()
    return ctx.render(
        "status.html",
        operation=ops[0] if ops else None,
        history=history(ctx),
        statuses=allowed,
        new_id=ctx.clock.new_id(),
        zone_id=ctx.clock.new_id(),
    )


def change(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Change the operation's status (refused when the change makes no sense)."""
    draft = change_status(**ctx.services(), fact_id=v.pop("id", None), **v)
    return {"id": draft.id, "status": v["status"], "duplicate": draft.duplicate, "next": "/status"}


def change_zone(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Show the operation's times in another time zone (stored times stay UTC)."""
    draft = set_time_zone(**ctx.services(), fact_id=v.pop("id", None), **v)
    return {
        "id": draft.id,
        "time_zone": v["time_zone"],
        "duplicate": draft.duplicate,
        "next": "/status",
    }


def api_status(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Current status, the statuses this user may move it to, and the history."""
    ops = ctx.store.query("operations", op=ctx.op)
    allowed: tuple[str, ...] = ()
    if ops and ctx.user is not None and ctx.user.can("coordinate"):
        allowed = next_statuses(store=ctx.store, op=ctx.op, principal=ctx.user)
    return {
        "status": ops[0]["status"] if ops else None,
        "time_zone": time_zone(ctx.store, ctx.op),
        "allowed": list(allowed),
        "history": history(ctx),
    }
