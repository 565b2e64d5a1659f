"""Home, health check and the OpenAPI document."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, RedirectResponse, Response

from corridor.web.context import Ctx


def home(ctx: Ctx, data: dict[str, Any]) -> Response:
    """Go to the dashboard (or sign in first)."""
    return RedirectResponse("/dashboard" if ctx.user else "/login", status_code=303)


def health(ctx: Ctx, data: dict[str, Any]) -> Response:
    """Liveness for anyone; the ledger position only for a signed-in account."""
    position = ctx.store.position()  # asked even when not shown: liveness means the store answers
    return JSONResponse({"ok": True, "position": position} if ctx.user else {"ok": True})


def openapi(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The OpenAPI document of the JSON API (the app holds its builder: it reads the routes)."""
    return JSONResponse(ctx.request.app.state.openapi())
