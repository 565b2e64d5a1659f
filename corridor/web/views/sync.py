"""What sync has pending, both ways: counts, peers and nodes (no personal data)."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.services import sync
from corridor.web.context import Ctx


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The sync status page (refreshes itself every 15 seconds)."""
    return ctx.render("sync.html", **sync.status(ctx.store))


def api_status(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Sync status: this node's position, peers with facts to push and pull, nodes syncing here."""
    return sync.status(ctx.store)
