"""Coordinators print wristbands or label sheets for a reserved token range (a PDF)."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.services import wristbands
from corridor.web.context import Ctx
from corridor.web.forms import Field

LABEL_FIELDS = (
    Field("prefix", required=True, help="Token prefix, e.g. W."),
    Field("first", "int", required=True, minimum=1, maximum=999_999_999),
    Field("last", "int", required=True, minimum=1, maximum=999_999_999),
    Field("layout", "enum", choices=tuple(sorted(wristbands.LAYOUTS)), help="a4 or wristband."),
)


def pdf(ctx: Ctx, data: dict[str, Any]) -> Response:
    """Labels (QR code and token) for numbers inside a reserved range, as a PDF."""
    wanted = wristbands.checked_range(data["prefix"], data["first"], data["last"])
    layout = data.get("layout") or "a4"
    body = wristbands.print_labels(store=ctx.store, wanted=wanted, layout=layout)
    name = f"wristbands-{wanted.prefix}-{wanted.first}-{wanted.last}-{layout}.pdf"
    headers = {"Content-Disposition": f'inline; filename="{name}"', "Cache-Control": "no-store"}
    return Response(body, media_type="application/pdf", headers=headers)
