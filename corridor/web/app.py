"""The web application: every route of ``routes.ROUTES`` behind one guard.

The guard resolves the user (session cookie or API token), checks the route's permission and,
for cookie sessions, the CSRF token; parses input with the route's fields; turns a resent fact id
into a no-op; and maps Corridor errors to clear 4xx answers. Views stay thin.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from corridor.clock import Clock, SystemClock
from corridor.config import Settings
from corridor.domain import messages
from corridor.domain.access import Principal
from corridor.domain.checks import ID_PATTERN
from corridor.domain.operations import default_operation
from corridor.errors import (
    ConflictError,
    CorridorError,
    Forbidden,
    NeedsConfirmation,
    NotFound,
    StorageError,
    ValidationError,
)
from corridor.i18n import LANGUAGES, negotiate
from corridor.services import accounts
from corridor.storage import open_store
from corridor.storage.base import Store
from corridor.web.cache import Recent
from corridor.web.context import Ctx
from corridor.web.forms import parse
from corridor.web.openapi import document
from corridor.web.routes import PUBLIC, ROUTES, SIGNED_IN, Entry
from corridor.web.sync_api import sync_routes
from corridor.web.views.accounts import SESSION_COOKIE, login_page

LANG_COOKIE = "corridor_lang"
MAX_BODY = 64 * 1024
# Pages load nothing from elsewhere and run no inline script; nobody may frame them.
SECURITY_HEADERS = {
    # 'wasm-unsafe-eval' lets the camera scanner's WebAssembly decoder (served from /static)
    # compile; it allows no eval of JavaScript.
    "Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
    "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
STATUS = {
    ValidationError: 400,
    accounts.RateLimited: 429,
    Forbidden: 403,
    NotFound: 404,
    ConflictError: 409,
    StorageError: 503,
}


class SecurityHeaders:
    """ASGI middleware: add the security headers to every answer that lacks them.

    Pages get them from their endpoint (a view may set a stricter-fitted CSP, which is kept);
    this catches what no endpoint makes: static files, 404 and 405 answers, sync routes.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode("latin-1") not in present:
                        headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass
class Deps:
    """What every request shares."""

    store: Store
    clock: Clock
    op: str
    recent: Recent = field(default_factory=Recent)

    def current_op(self) -> str:
        """The configured operation; without one, the first in the store (it may arrive by sync)."""
        return default_operation(self.op, lambda: (o["op"] for o in self.store.query("operations")))


def _status(exc: CorridorError) -> int:
    for kind, code in STATUS.items():
        if isinstance(exc, kind):
            return code
    return 400


def _user(request: Request, deps: Deps) -> tuple[Principal | None, str, bool]:
    """(user, csrf token, whether by cookie session)."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return accounts.token_user(store=deps.store, token=auth[7:].strip()), "", False
    session = request.cookies.get(SESSION_COOKIE)
    if session:
        found = accounts.session_user(store=deps.store, clock=deps.clock, session=session)
        if found:
            return found[0], found[1], True
    return None, "", False


def _allowed(entry: Entry, user: Principal | None) -> bool:
    if entry.permission == PUBLIC:
        return True
    if user is None:
        return False
    return entry.permission == SIGNED_IN or user.can(entry.permission)


async def _body(request: Request, entry: Entry) -> tuple[dict[str, Any], str | None]:
    """Raw input and the CSRF token the client sent (form field or header)."""
    sent = request.headers.get("x-csrf-token")
    if request.method == "GET":
        return dict(request.query_params), sent
    if entry.kind == "api":
        raw = await request.body()
        if len(raw) > MAX_BODY:
            raise ValidationError("request body too large")
        if not raw.strip():
            return {}, sent
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise ValidationError("body must be a JSON object") from None
        if not isinstance(data, dict):
            raise ValidationError("body must be a JSON object")
        return data, sent
    form = await request.form(max_files=0, max_fields=100)
    data = {k: v for k, v in form.items() if isinstance(v, str)}
    return data, sent or data.pop("csrf", None)


def _run(entry: Entry, ctx: Ctx, raw: dict[str, Any]) -> Response:
    """Parse, dedupe, call the view, shape the answer."""
    from_form = entry.kind != "api" or entry.method == "GET"
    values = parse(entry.fields, raw, from_form=from_form)
    for name, value in ctx.request.path_params.items():
        if not isinstance(value, str) or not ID_PATTERN.match(value):  # ids as in the ledger
            raise NotFound(f"no {name.removesuffix('_id')} '{value}'")
        values[name] = value
    if entry.kind in ("page", "raw"):
        result: Any = entry.view(ctx, values)
        return result  # type: ignore[no-any-return]
    # The same-id rule, the life-cycle rules and scope live in the services: a resent id comes
    # back marked ``duplicate`` and is answered 200 instead of 201.
    result = entry.view(ctx, values)
    if entry.kind == "form":
        return RedirectResponse(result.get("next") or entry.page, status_code=303)
    result.pop("next", None)
    created = entry.method == "POST" and not result.get("duplicate")
    return JSONResponse(result, status_code=201 if created else 200)


def _error(entry: Entry, ctx: Ctx, exc: CorridorError) -> Response:
    code = _status(exc)
    if entry.kind == "form" and code != 429:
        ctx.error = ctx.say(exc)  # in the reader's language when the system made the text
        page = next(e for e in ROUTES if e.kind == "page" and e.path == entry.page)
        response = page.view(ctx, {})
        response.status_code = code
        return response  # type: ignore[no-any-return]
    if entry.kind in ("page", "raw") and entry.path == "/login":
        ctx.error = str(exc)
        response = login_page(ctx, {})
        response.status_code = code
        return response
    if entry.kind == "page":
        return ctx.render("error.html", status=code, message=ctx.say(exc))
    body = {"error": str(exc), "field": getattr(exc, "field", None)}
    if isinstance(exc, NeedsConfirmation):
        body["needs_confirmation"] = True  # send again with "confirm": "1" to go ahead
    return JSONResponse(body, status_code=code)


def _language(request: Request) -> tuple[Any, str | None]:
    chosen = request.query_params.get("lang")
    picked = chosen if chosen in LANGUAGES else None
    lang = negotiate(
        request.headers.get("accept-language"), picked or request.cookies.get(LANG_COOKIE)
    )
    return lang, picked


def _endpoint(entry: Entry, deps: Deps) -> Any:
    async def handle(request: Request) -> Response:
        user, csrf, by_cookie = await run_in_threadpool(_user, request, deps)
        lang, picked = _language(request)
        op = await run_in_threadpool(deps.current_op)
        ctx = Ctx(request, deps.store, deps.clock, op, user, lang, csrf, deps.recent)
        try:
            response = await _guarded(entry, ctx, request, by_cookie)
        except CorridorError as exc:
            response = await run_in_threadpool(_error, entry, ctx, exc)
            if isinstance(exc, accounts.RateLimited):
                response.headers["Retry-After"] = str(exc.retry_after)
        if picked:
            response.set_cookie(LANG_COOKIE, picked, max_age=365 * 86400, samesite="lax")
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)  # a view may set a stricter-fitted CSP
        return response

    return handle


async def _guarded(entry: Entry, ctx: Ctx, request: Request, by_cookie: bool) -> Response:
    if not _allowed(entry, ctx.user):
        if ctx.user is None and entry.kind == "page":
            return RedirectResponse("/login?next=" + quote(request.url.path), status_code=303)
        if ctx.user is None:
            return JSONResponse({"error": "sign in first", "field": None}, status_code=401)
        said = messages.message("role_refused", role=ctx.user.role, route=entry.key)
        if request.method == "POST":
            await run_in_threadpool(_audit_refusal, ctx, entry, messages.encode([said]))
        raise messages.refusal(Forbidden, said)
    raw, sent = await _body(request, entry)
    if request.method == "POST" and by_cookie and sent != ctx.csrf:
        raise Forbidden("missing or wrong CSRF token: reload the page and try again")
    return await run_in_threadpool(_run, entry, ctx, raw)


def _audit_refusal(ctx: Ctx, entry: Entry, message: str) -> None:
    """A write refused before it reached a service is in the audit log too."""
    ctx.store.log_access(
        actor=ctx.actor, action=f"refused {entry.key}", purpose=message, at=ctx.clock.now()
    )


def create_app(
    settings: Settings,
    store: Store | None = None,
    clock: Clock | None = None,
    *,
    store_factory: Callable[[], Store] | None = None,
) -> Starlette:
    """The web application over a store (opened from ``settings.db`` when not given).

    :param store_factory: stores for the sync routes, called in worker threads (``corridor
        serve`` gives each thread its own connection); by default the app's one store.
    """
    clock = clock or SystemClock()
    store = store or open_store(
        settings.db,
        clock=clock,
        device=settings.device or None,
        key_file=settings.device_key_file or None,
    )
    deps = Deps(store=store, clock=clock, op=settings.op)
    routes: list[Any] = [
        Route(e.path, _endpoint(e, deps), methods=[e.method], name=e.key) for e in ROUTES
    ]
    # Peers authenticate with node tokens, not accounts: these routes carry their own guard.
    routes.extend(sync_routes(store_factory or (lambda: store)))
    routes.append(
        Mount("/static", StaticFiles(packages=[("corridor.web", "static")]), name="static")
    )
    # Slow links: compress answers over 1 kB (the trip board shrinks about eightfold). Every
    # answer (static files, 404s, sync routes too) gets the security headers.
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(GZipMiddleware, minimum_size=1000),
        ],
    )
    app.state.deps = deps
    app.state.openapi = document  # called by the /openapi.json view, which routes.py lists
    return app
