"""Accounts and API tokens (admins), sign-in and sign-out (everyone)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from corridor.domain.access import ROLES
from corridor.services.accounts import add_token, add_user, login, logout
from corridor.web.context import Ctx, Forbidden
from corridor.web.forms import Field

USER_FIELDS = (
    Field("username", required=True),
    Field("role", "enum", required=True, choices=ROLES),
    Field("sites", "list", help="Sites of a registrar."),
    Field("password", required=True, help="At least 10 characters."),
)
TOKEN_FIELDS = (Field("username", required=True), Field("label", required=True))
LOGIN_FIELDS = (
    Field("username", required=True),
    Field("password", required=True),
    Field("next", help="Where to go after signing in: a path on this site."),
)
SESSION_COOKIE = "corridor_session"


def page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """Accounts list and form."""
    users = [{k: a[k] for k in ("username", "role", "sites")} for a in ctx.store.list_accounts()]
    return ctx.render("users.html", users=users, roles=ROLES)


def create_user(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Create or update an account."""
    add_user(
        store=ctx.store,
        clock=ctx.clock,
        username=v["username"],
        role=v["role"],
        sites=v.get("sites") or [],
        password=v["password"],
    )
    return {"username": v["username"], "next": "/admin/users"}


def api_users(ctx: Ctx, data: dict[str, Any]) -> dict[str, Any]:
    """Accounts (never their hashes)."""
    keys = ("username", "role", "sites", "created_at")
    return {"users": [{k: a[k] for k in keys} for a in ctx.store.list_accounts()]}


def create_token(ctx: Ctx, v: dict[str, Any]) -> dict[str, Any]:
    """Issue an API token (shown once)."""
    token = add_token(store=ctx.store, clock=ctx.clock, username=v["username"], label=v["label"])
    return {"username": v["username"], "token": token}


def login_page(ctx: Ctx, data: dict[str, Any]) -> Response:
    """The sign-in form."""
    wanted = ctx.request.query_params.get("next")
    return ctx.render("login.html", next=same_site_path(wanted))


def same_site_path(wanted: str | None) -> str:
    """``wanted`` when it is a path on this site, else the dashboard (no open redirect).

    ``//host``, ``/\\host``, schemes and control characters would let a link sign someone in
    and send them elsewhere.
    """
    text = wanted or ""
    if (
        not text.startswith("/")
        or text.startswith(("//", "/\\"))
        or "\\" in text
        or any(ord(c) < 32 or ord(c) == 127 for c in text)
        or len(text) > 500
    ):
        return "/dashboard"
    return text


def check_same_origin(request: Request) -> None:
    """Refuse a sign-in posted from another site (login CSRF).

    Browsers send ``Origin`` (or at least ``Referer``) with a form POST; a client that sends
    neither (curl, a script) is not a browser that another site could drive.

    :raises Forbidden: the request came from a page of another origin.
    """
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    origin = request.headers.get("origin")
    if origin is not None:
        if origin != own:
            raise Forbidden("sign-in from another site refused")
        return
    referer = request.headers.get("referer")
    if referer is not None and referer != own and not referer.startswith(own + "/"):
        raise Forbidden("sign-in from another site refused")


def do_login(ctx: Ctx, v: dict[str, Any]) -> Response:
    """Check the password, set the session cookie, go where ``next`` says (on this site)."""
    check_same_origin(ctx.request)
    client = ctx.request.client.host if ctx.request.client else "unknown"
    session, _csrf = login(
        store=ctx.store,
        clock=ctx.clock,
        username=v["username"],
        password=v["password"],
        client=client,
    )
    response = RedirectResponse(same_site_path(v.get("next")), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        session,
        httponly=True,
        samesite="lax",
        max_age=12 * 3600,
        secure=ctx.request.url.scheme == "https",  # behind TLS the cookie never travels in clear
    )
    return response


def do_logout(ctx: Ctx, v: dict[str, Any]) -> Response:
    """End the session."""
    session = ctx.request.cookies.get(SESSION_COOKIE)
    if session:
        logout(store=ctx.store, session=session)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
