"""The app `corridor serve` runs: the minimal status page and JSON summary, plus sync routes.

The full web app (issue #3) will take these routes over; until then this keeps one server
process answering both people and peers.
"""

from __future__ import annotations

import json

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from corridor.errors import CorridorError, NotFound
from corridor.services.reconcile import Summary, summarize
from corridor.web.minimal import render
from corridor.web.sync_api import StoreFactory, sync_routes


def create_node_app(store_factory: StoreFactory, op: str) -> Starlette:
    """Status page (/), JSON summary (/api/summary) and the sync routes.

    :param op: the operation to show; empty for the first one in the store at each request.
    """

    def current() -> Summary:
        # With no operation given, show the first one, which may have arrived by sync.
        store = store_factory()
        ops = [op] if op else sorted(o["op"] for o in store.query("operations"))
        if not ops:
            raise NotFound("no operation yet: define one, or sync with a node that has one")
        return summarize(store=store, op=ops[0])

    async def page(request: Request) -> Response:
        try:
            summary = await run_in_threadpool(current)
        except CorridorError as exc:
            return PlainTextResponse(str(exc), status_code=404)
        if request.url.path == "/":
            return HTMLResponse(render(summary))
        body = json.dumps(summary.as_dict(), default=str)
        return Response(body, media_type="application/json")

    return Starlette(
        routes=[
            Route("/", page, methods=["GET"]),
            Route("/api/summary", page, methods=["GET"]),
            *sync_routes(store_factory),
        ]
    )
