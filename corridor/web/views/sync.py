"""What sync has pending, both ways: counts, peers and nodes (no personal data)."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.tokens import make_token
from corridor.services import sync
from corridor.web.context import Ctx


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The sync status page (refreshes itself every 15 seconds)."""
    ranges = ctx.store.token_ranges()
    for r in ranges:
        r["first_token"] = make_token(r["prefix"], r["first_number"])
        r["last_token"] = make_token(r["prefix"], r["last_number"])
    return ctx.render("sync.html", ranges=ranges, **sync.status(ctx.store))


def api_status(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Sync status: this node's position, peers with facts to push and pull, nodes syncing here."""
    return sync.status(ctx.store)
