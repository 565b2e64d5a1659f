"""The dashboard's reception section: occupancy against capacity and days of cover."""

from __future__ import annotations

from typing import Any

from corridor.services.reception import public_view, reception
from corridor.web.context import Ctx


def shelter_view(ctx: Ctx) -> dict[str, Any]:
    """Reception figures as this user may see them (observers: small cells hidden, no detail)."""
    full = ctx.user is not None and ctx.user.can("operate")
    found: dict[str, Any] = ctx.recent.get(
        ("shelter", ctx.op, full),
        ctx.store.position(),
        lambda: reception(store=ctx.store, op=ctx.op),
    )
    return found if full else public_view(found)
