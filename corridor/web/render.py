"""Jinja2 templates with the gettext i18n extension, one environment per language."""

from __future__ import annotations

from functools import cache
from typing import Any

from babel.dates import format_date
from jinja2 import Environment, PackageLoader, pass_context, select_autoescape

from corridor.domain.localtime import local_text, to_local, zone_label
from corridor.i18n import LANGUAGES, translations
from corridor.services.operation import time_zone
from corridor.web.context import Ctx
from corridor.web.labels import DISPLAY, N_

NAV = (
    # (path, label, permission): labels are translated in the template.
    ("/dashboard", N_("Dashboard"), "totals"),
    ("/register", N_("Registration"), "register"),
    ("/trips", N_("Trips"), "operate"),
    ("/discrepancies", N_("Discrepancies"), "coordinate"),
    ("/reception", N_("Reception"), "operate"),
    ("/missing", N_("Missing people"), "coordinate"),
    ("/incidents", N_("Incidents"), "operate"),
    ("/estimates", N_("Reported figures"), "totals"),
    ("/status", N_("Operation status"), "totals"),
    ("/sync/status", N_("Sync"), "operate"),
    ("/audit", N_("Audit log"), "coordinate"),
    ("/admin/users", N_("Accounts"), "admin"),
)


@cache
def environment(code: str) -> Environment:
    """The template environment of a language (translations installed once)."""
    env = Environment(
        loader=PackageLoader("corridor.web", "templates"),
        autoescape=select_autoescape(default=True),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(code), newstyle=True)  # type: ignore[attr-defined]
    env.filters["n"] = _number
    env.filters["day"] = pass_context(lambda ctx, moment: _day(moment, code, ctx.get("time_zone")))
    env.filters["local"] = pass_context(lambda ctx, moment: _local(moment, ctx.get("time_zone")))
    gettext = translations(code).gettext
    # `value|t`: a value from the data (a status, a category) in the reader's language.
    env.filters["t"] = lambda value: gettext(DISPLAY.get(str(value), str(value)))
    return env


def _day(moment: Any, code: str, zone: str | None) -> str:
    """A ledger time as a short local day in the reader's language: "22 Dec", "22 ديسمبر"."""
    try:
        when = to_local(str(moment), zone)
    except ValueError:
        return str(moment)
    return str(format_date(when.date(), "d MMM", locale=code))


def _local(moment: Any, zone: str | None) -> str:
    """A ledger time in the operation's zone (``YYYY-MM-DD HH:MM``); other text as it is."""
    text = str(moment or "")
    return local_text(text, zone) if len(text) >= 16 else text


def _number(value: Any) -> str:
    """A count for display; None means a suppressed small cell."""
    if value is None:
        return "<5"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def render_page(ctx: Ctx, template: str, values: dict[str, Any]) -> str:
    """Render a template with what every page needs (user, language, navigation, CSRF)."""
    nav = [(p, label) for p, label, perm in NAV if ctx.user and ctx.user.can(perm)]
    base = {
        "user": ctx.user,
        "lang": ctx.lang,
        "languages": LANGUAGES.values(),
        "csrf": ctx.csrf,
        "nav": nav,
        "path": ctx.request.url.path,
        "error": ctx.error,
        "op": ctx.op,
    }
    if ctx.op:
        zone = time_zone(ctx.store, ctx.op)
        base["time_zone"] = zone
        base["zone_name"] = zone_label(zone)
    return environment(ctx.lang.code).get_template(template).render({**base, **values})
