"""Sitrep pages for the web app: ``GET /sitrep`` (HTML) and ``GET /sitrep.pdf``.

The app mounts ``sitrep_routes(...)`` and decides who sees what: ``full_access(request)``
returns True for users allowed the full report; everyone else (observers, the public) gets the
variant with small cells suppressed and discrepancies counted, not listed. Query parameters:
``date=YYYY-MM-DD`` (default: the last day with any movement), ``lang=en|ar`` (default: from
``Accept-Language``), ``public=1`` (ask for the public variant even when allowed more).
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from corridor.errors import NotFound, ValidationError
from corridor.i18n import negotiate
from corridor.services.sitrep import Forecast, last_active_day, make_sitrep
from corridor.storage.base import Store


def sitrep_routes(
    *,
    store: Store,
    op: str,
    full_access: Callable[[Request], bool] = lambda request: False,
    forecast: Callable[[], Forecast | None] = lambda: None,
) -> list[Route]:
    """Routes serving one operation's report as HTML and PDF.

    :param full_access: whether this request may see the full report (default: nobody).
    :param forecast: the planner's current forecast, or None (shown as "not available").
    """

    def _render(request: Request, pdf: bool) -> Response:
        params = request.query_params
        lang = negotiate(request.headers.get("accept-language"), params.get("lang")).code
        public = params.get("public") == "1" or not full_access(request)
        try:
            report = make_sitrep(
                store=store,
                op=op,
                date=params.get("date") or last_active_day(store=store, op=op),
                lang=lang,
                public=public,
                forecast=forecast(),
                pdf=pdf,
            )
        except ValidationError as exc:
            return PlainTextResponse(str(exc), status_code=400)
        except NotFound as exc:
            return PlainTextResponse(str(exc), status_code=404)
        headers = {"Content-Language": lang, "Cache-Control": "no-store"}
        if pdf:
            name = f"sitrep-{op}-{report.sitrep.date}-{lang}.pdf"
            headers["Content-Disposition"] = f'inline; filename="{name}"'
            return Response(report.pdf, media_type="application/pdf", headers=headers)
        return HTMLResponse(report.html, headers=headers)

    def page(request: Request) -> Response:
        return _render(request, pdf=False)

    def pdf(request: Request) -> Response:
        return _render(request, pdf=True)

    return [Route("/sitrep", page, methods=["GET"]), Route("/sitrep.pdf", pdf, methods=["GET"])]
