"""Reception: shelter capacity and aid handed out (API), and the dashboard's section on them."""

from __future__ import annotations

from typing import Any

from corridor.services.reception import declare_capacity, distribute
from corridor.services.shelter import reception
from corridor.web.context import Ctx
from corridor.web.forms import ID, Field

CAPACITY_FIELDS = (
    ID,
    Field("site_id", required=True),
    Field("places", "int", required=True, help="People the site can shelter from now on."),
    Field("tents", "int"),
    Field("beds", "int"),
    Field("note", help="Source or condition of the figure."),
)
DISTRIBUTION_FIELDS = (
    ID,
    Field("site_id", required=True, help="Registrars must name one of their sites."),
    Field("item", required=True, help="e.g. water_l, food_ration, blanket."),
    Field("quantity", "int", required=True, minimum=1),
    Field("note"),
)


def shelter_view(ctx: Ctx) -> dict[str, Any]:
    """Reception figures for those who operate; observers get none (``{}``): people at a site
    are not published until the disclosure module protects them with the other totals."""
    if ctx.user is None or not ctx.user.can("operate"):
        return {}
    found: dict[str, Any] = ctx.recent.get(
        ("shelter", ctx.op), ctx.store.position(), lambda: reception(store=ctx.store, op=ctx.op)
    )
    return found


def api_reception(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Occupancy against capacity per reception site and camp, daily needs, stocks and days of
    cover, with their assumptions (observers: none, ``{}``)."""
    return shelter_view(ctx)


def capacity(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Declare how many people a site can shelter from now on (coordinators)."""
    d = declare_capacity(**ctx.services(), fact_id=v.pop("id", None), **v)
    return {"id": d.id, "duplicate": d.duplicate}


def distribution(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Record aid handed out at a site; refused when more than the site holds."""
    d = distribute(**ctx.services(), fact_id=v.pop("id", None), **v)
    return {"id": d.id, "duplicate": d.duplicate}
