"""What does not add up: open discrepancies by kind, site and trip, with a way to correct each."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from corridor.domain.messages import decode, message
from corridor.domain.units import Unit
from corridor.services.review import DiscrepancyFilter, Page, discrepancy_counts, discrepancy_page
from corridor.web.context import Ctx
from corridor.web.forms import Field
from corridor.web.paging import PAGING_FIELDS, as_json, links, paging

QUERY = (
    Field("kind", help="Only discrepancies of this kind (e.g. unreconciled)."),
    Field("site", help="Only those about a trip or person at this site."),
    Field("trip", help="Only those about this trip."),
    *PAGING_FIELDS,
)


def _listed(ctx: Ctx, data: dict[str, Any]) -> Page:
    """The page asked for, as this user may see it.

    Discrepancies about one person name their token: registrars do not see them, and a
    coordinator's read of them is logged like any read of per-person rows.
    """
    personal = ctx.user is not None and ctx.user.can("coordinate")
    where = DiscrepancyFilter(
        kind=data.get("kind"), site=data.get("site"), trip=data.get("trip"), personal=personal
    )
    found = discrepancy_page(store=ctx.store, op=ctx.op, where=where, **paging(data))
    named = sum(1 for d in found.rows if d["subject"] == "person")
    if named:
        ctx.log_personal_read(message("read_person_discrepancies", n=named))
    return found


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """Open discrepancies, filtered and paged, each with a link to correct it."""
    found = _listed(ctx, data)
    for d in found.rows:
        if d["subject"] != "trip":  # no form for these yet: name the fact to correct
            d["fact"] = (ctx.store.fact_ids_of_unit(Unit.decode(d["unit"])) or [""])[-1]
    counts = discrepancy_counts(store=ctx.store, op=ctx.op)
    return ctx.render(
        "discrepancies.html",
        found=found,
        links=links(ctx, found),
        chosen=data,
        kinds=sorted(counts),
        counts=counts,
        kind_choices=[(k, k) for k in sorted(counts)],
        site_choices=sorted(ctx.wording().site_names.items()),  # in the reader's language
    )


def api_discrepancies(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """What does not add up, for a person to resolve, filtered and paged."""
    found = _listed(ctx, data)
    spoken(ctx, found.rows)
    return as_json(ctx, "discrepancies", found)


def spoken(ctx: Ctx, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows whose ``detail`` is messages: ``messages`` (codes with values) for programs, and
    ``detail`` as text in the reader's language (``?lang=``, ``Accept-Language``)."""
    for d in rows:
        d["messages"] = decode(d["detail"])
        d["detail"] = ctx.wording().render_all(d["messages"])
    return rows
