"""Reception marks arrivals token by token; coordinators follow the missing-person list."""

from __future__ import annotations

import re
from typing import Any

from starlette.responses import Response

from corridor.domain.messages import message
from corridor.domain.tokens import normal_token
from corridor.errors import ValidationError
from corridor.services.arrivals import mark_many, missing_people
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field

ARRIVAL_FIELDS = (
    ID,
    Field("site_id", required=True, help="Where they arrived."),
    Field("tokens", required=True, help="Tokens scanned or typed: spaces, commas or new lines."),
)
_SPLIT = re.compile(r"[\s,;]+")
MAX_TOKENS = 200


def mark(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Mark people arrived by token; each token is recorded or refused on its own."""
    tokens = [normal_token(t) for t in _SPLIT.split(v["tokens"]) if t]
    if len(tokens) > MAX_TOKENS:
        raise ValidationError(f"at most {MAX_TOKENS} tokens at a time", field="tokens")
    marks = mark_many(ctx.recorder(), tokens=tokens, site_id=v["site_id"], fact_id=v.get("id"))
    marked = [r.payload["person_id"] for r in marks.recorded]
    refused = [{"token": t, "error": why} for t, why in marks.refused]
    return {
        "id": marks.recorded[0].id if marks.recorded else v.get("id", ""),
        "marked": marked,
        "refused": refused,
        "duplicate": bool(marks.recorded) and all(r.duplicate for r in marks.recorded),
        "next": f"/reception?marked={len(marked)}&refused={len(refused)}",
    }


def missing(ctx: Ctx) -> list[dict[str, Any]]:
    """Open missing-person cases; showing their tokens is an audited read."""
    rows = missing_people(store=ctx.store, op=ctx.op)
    if rows:
        ctx.log_personal_read(message("read_missing", n=len(rows)))
    return rows


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The missing-person list: each case until a mark finds the person."""
    return ctx.render("missing.html", cases=missing(ctx))


def api_missing(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Open missing-person cases (token, trip, since), oldest first."""
    return {"missing": missing(ctx)}
