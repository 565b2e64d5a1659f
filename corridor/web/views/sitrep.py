"""The daily situation report as a page and a PDF.

Coordinators and admins get the full report; everyone else allowed totals (observers, and
registrars, whose scope is their sites) gets the public variant: cells under 5 suppressed and
discrepancies counted, not listed.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import HTMLResponse, Response

from corridor.services.sitrep import last_active_day, make_sitrep
from corridor.web.context import Ctx
from corridor.web.forms import Field

SITREP_FIELDS = (
    Field("date", help="Day of the report, YYYY-MM-DD (default: the last day with movement)."),
    Field(
        "public", "enum", choices=("0", "1"), help="1: the public variant even when allowed more."
    ),
)


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The report for a day (default: the last day with movement), in the page's language."""
    report = _make(ctx, data, pdf=False)
    return HTMLResponse(report.html, headers=_headers(ctx))


def pdf(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The same report as a PDF (one or two A4 pages)."""
    report = _make(ctx, data, pdf=True)
    headers = _headers(ctx)
    name = f"sitrep-{ctx.op}-{report.sitrep.date}-{ctx.lang.code}.pdf"
    headers["Content-Disposition"] = f'inline; filename="{name}"'
    return Response(report.pdf, media_type="application/pdf", headers=headers)


def _make(ctx: Ctx, data: dict[str, Any], *, pdf: bool) -> Any:
    full = ctx.user is not None and ctx.user.can("coordinate")
    return make_sitrep(
        store=ctx.store,
        op=ctx.op,
        date=data.get("date") or last_active_day(store=ctx.store, op=ctx.op),
        lang=ctx.lang.code,
        public=data.get("public") == "1" or not full,
        forecast=None,
        pdf=pdf,
    )


def _headers(ctx: Ctx) -> dict[str, str]:
    return {"Content-Language": ctx.lang.code, "Cache-Control": "no-store"}
