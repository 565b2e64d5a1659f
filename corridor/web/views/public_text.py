"""Coordinators mark a fact's free text public (in reviewed words) or private again."""

from __future__ import annotations

from typing import Any

from corridor.domain.vocabulary import PUBLIC_TEXT_FIELDS
from corridor.services.public_text import make_private, make_public
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field

BACK = ("incidents", "status", "estimates")  # the page the control sits on
MARK_FIELDS = (
    ID,
    Field("target", required=True, help="Id of the fact whose text is marked."),
    Field("field", "enum", required=True, choices=PUBLIC_TEXT_FIELDS),
    Field("public", "enum", required=True, choices=("1", "0"), help="1: public, 0: private."),
    Field("wording", help="Reviewed words to publish (default: the field's text as it is)."),
    Field("back", "enum", choices=BACK, help="Page to return to (the web form)."),
)


def mark(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Make a fact's free-text field public in reviewed words (public=1), or private (0)."""
    back = v.pop("back", None) or "status"
    fact_id, public = v.pop("id", None), v.pop("public") == "1"
    if public:
        draft = make_public(**ctx.services(), fact_id=fact_id, **v)
    else:
        v.pop("wording", None)
        draft = make_private(**ctx.services(), fact_id=fact_id, **v)
    return {
        "id": draft.id,
        "target": v["target"],
        "field": v["field"],
        "public": public,
        "wording": draft.payload.get("wording"),
        "duplicate": draft.duplicate,
        "next": f"/{back}",
    }
