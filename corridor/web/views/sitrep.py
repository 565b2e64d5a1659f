"""The daily situation report as a page and a PDF.

Coordinators and admins get the full report; everyone else allowed totals (observers, and
registrars, whose scope is their sites) gets the public variant: figures from the latest
protected snapshot, discrepancies counted, not listed, no free text.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from typing import Any

from starlette.responses import HTMLResponse, Response

from corridor.services.disclosure import current_snapshot
from corridor.services.sitrep import (
    last_active_day,
    make_sitrep,
    stored_forecast,
    stored_forecast_missing,
)
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
    headers = {**_headers(ctx), "Content-Security-Policy": style_policy(report.html)}
    return HTMLResponse(report.html, headers=headers)


def pdf(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The same report as a PDF (one or two A4 pages)."""
    report = _make(ctx, data, pdf=True)
    headers = _headers(ctx)
    name = f"sitrep-{ctx.op}-{report.sitrep.date}-{ctx.lang.code}.pdf"
    headers["Content-Disposition"] = f'inline; filename="{name}"'
    return Response(report.pdf, media_type="application/pdf", headers=headers)


def _make(ctx: Ctx, data: dict[str, Any], *, pdf: bool) -> Any:
    full = ctx.user is not None and ctx.user.can("coordinate")
    date = data.get("date") or last_active_day(store=ctx.store, op=ctx.op)
    public = data.get("public") == "1" or not full
    return make_sitrep(
        store=ctx.store,
        op=ctx.op,
        date=date,
        lang=ctx.lang.code,
        public=public,
        forecast=stored_forecast(store=ctx.store, op=ctx.op, date=date),
        forecast_missing=stored_forecast_missing(store=ctx.store, op=ctx.op, date=date),
        pdf=pdf,
        # The latest stored protected snapshot, never computed here (services/disclosure.py).
        snapshot=current_snapshot(store=ctx.store, clock=ctx.clock, op=ctx.op) if public else None,
    )


def _headers(ctx: Ctx) -> dict[str, str]:
    return {"Content-Language": ctx.lang.code, "Cache-Control": "no-store"}


def style_policy(page: str) -> str:
    """The app's CSP, letting through exactly this page's own inline styles (by hash).

    The report is one self-contained document (the PDF is made from the same HTML), so its
    styles are inline; the app's ``default-src 'self'`` alone would drop them all.
    """
    blocks = re.findall(r"<style>(.*?)</style>", page, re.S)
    attributes = [html.unescape(a) for a in re.findall(r' style="([^"]*)"', page)]
    digests = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
            for text in [*blocks, *attributes]
        }
    )
    return (
        f"default-src 'self'; style-src 'self' 'unsafe-hashes' {' '.join(digests)}; "
        "frame-ancestors 'none'; form-action 'self'"
    )
