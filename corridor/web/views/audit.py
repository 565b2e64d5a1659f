"""The audit log: every read of personal data (pages, API, reveals) and every purge."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.messages import decode
from corridor.web.context import Ctx


def entries(ctx: Ctx, limit: int = 500) -> list[dict[str, Any]]:
    """Newest entries first."""
    return list(reversed(ctx.store.personal_log()))[:limit]


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The audit log page."""
    return ctx.render("audit.html", entries=entries(ctx))


def api_audit(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """The audit log as JSON: ``purpose`` in the reader's language when the system worded it
    (with ``messages``, its codes and values); a reason a person typed as it was typed."""
    rows = entries(ctx, 10_000)
    for e in rows:
        e["messages"] = decode(e["purpose"])
        e["purpose"] = ctx.wording().render_all(e["messages"])
    return {"entries": rows}
