"""The HTTP side of sync: push, pull, info and token ranges.

Every ``/sync/v1/*`` route needs a node token (``Authorization: Bearer crd_...``). Bodies are
read with a size limit and checked in full before anything is stored; errors come back as
``{"error": "..."}`` with 400 (malformed), 401 (no or bad token), 409 (hash/chain/id clash),
413 (too large) or 503 (storage failure). The store work runs in a worker thread, each thread
with its own store connection.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from corridor.errors import ConflictError, CorridorError, NotFound, StorageError, ValidationError
from corridor.services import nodes, sync, sync_wire
from corridor.storage.base import Store

MAX_BODY = 32 * 1024 * 1024  # bytes: a 2,000-fact batch with ciphertexts is well under this

StoreFactory = Callable[[], Store]
Handler = Callable[[Request, Any, Store, str], Any]


class TooLarge(Exception):
    """The request body is over the limit."""


def thread_stores(open_store: StoreFactory) -> StoreFactory:
    """A factory giving each worker thread its own store (connections are not shared)."""
    local = threading.local()

    def get() -> Store:
        store: Store | None = getattr(local, "store", None)
        if store is None:
            store = open_store()
            local.store = store
        return store

    return get


def sync_routes(store_factory: StoreFactory, *, max_body: int = MAX_BODY) -> list[BaseRoute]:
    """The sync routes, over stores from ``store_factory`` (called in worker threads)."""

    def guarded(handler: Handler, *, body: bool = False) -> Callable[[Request], Awaitable[Any]]:
        async def endpoint(request: Request) -> Response:
            # Authenticate before reading a body, so strangers cannot make us read 32 MB.
            try:
                node = await run_in_threadpool(_authenticate, request, store_factory)
            except CorridorError as exc:
                return _error(503, str(exc))
            if node is None:
                return _error(401, "a valid node token is needed (corridor node add NAME)")
            try:
                raw = await _json_body(request, max_body) if body else None
            except TooLarge:
                return _error(413, f"body over {max_body} bytes")
            except ValidationError as exc:
                return _error(400, str(exc))
            return await run_in_threadpool(_run, handler, request, raw, node, store_factory)

        return endpoint

    return [
        Route("/sync/v1/info", guarded(_info), methods=["GET"]),
        Route("/sync/v1/push", guarded(_push, body=True), methods=["POST"]),
        Route("/sync/v1/pull", guarded(_pull), methods=["GET"]),
        Route("/sync/v1/ranges", guarded(_ranges, body=True), methods=["POST"]),
    ]


def make_sync_app(store_factory: StoreFactory, extra: list[BaseRoute] | None = None) -> Starlette:
    """A Starlette app serving the sync routes (and any extra routes)."""
    return Starlette(routes=[*sync_routes(store_factory), *(extra or [])])


async def _json_body(request: Request, limit: int) -> Any:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"the body is not JSON ({exc})") from None


def _authenticate(request: Request, store_factory: StoreFactory) -> str | None:
    return nodes.authenticate(store_factory(), request.headers.get("authorization"))


def _run(
    handler: Handler, request: Request, raw: Any, node: str, store_factory: StoreFactory
) -> Response:
    try:
        return JSONResponse(handler(request, raw, store_factory(), node))
    except ValidationError as exc:
        return _error(400, str(exc))
    except ConflictError as exc:
        return _error(409, str(exc))
    except NotFound as exc:
        return _error(404, str(exc))
    except (StorageError, CorridorError) as exc:
        return _error(503, str(exc))


def _info(request: Request, raw: Any, store: Store, node: str) -> dict[str, Any]:
    store.note_sync_node(
        node,
        position=_query_int(request, "position", None),
        pushed=_query_int(request, "pushed", None),
    )
    return sync_wire.info_to_wire(sync.describe(store))


def _push(request: Request, raw: Any, store: Store, node: str) -> dict[str, Any]:
    facts, personal = sync_wire.parse_push(raw)
    return sync_wire.ack_to_wire(sync.accept_push(store, facts, personal, node=node))


def _pull(request: Request, raw: Any, store: Store, node: str) -> dict[str, Any]:
    exclude = request.query_params.get("exclude", "")
    batch = sync.serve_pull(
        store,
        since=_query_int(request, "since", 0) or 0,
        limit=_query_int(request, "limit", sync.BATCH) or sync.BATCH,
        exclude=sync_wire.parse_device(exclude) if exclude else "",
        personal=request.query_params.get("personal") == "1",
        node=node,
    )
    return sync_wire.batch_to_wire(batch)


def _ranges(request: Request, raw: Any, store: Store, node: str) -> dict[str, Any]:
    return nodes.allocate_range(store, raw)


def _query_int(request: Request, name: str, default: int | None) -> int | None:
    text = request.query_params.get(name)
    if text is None:
        return default
    if not text.isdigit() or len(text) > 18:
        raise ValidationError("must be a whole number of at least 0", field=name)
    return int(text)


def _error(code: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=code)
