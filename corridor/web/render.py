"""Jinja2 templates with the gettext i18n extension, one environment per language."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, pass_context, select_autoescape

from corridor.domain.access import Principal
from corridor.domain.localtime import local_text, to_local, zone_label
from corridor.domain.messages import N_
from corridor.i18n import LANGUAGES, Language, translations
from corridor.i18n.labels import label
from corridor.i18n.wording import digits, number, short_day

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
    env.filters["n"] = lambda value: _number(value, code)
    # a measure with two decimals (days of cover: 0.02 must not show as 0), in the reader's digits
    env.filters["fixed"] = lambda value: digits(f"{float(value):,.2f}", code)
    # `site|named`: a site's row by its name in the reader's language (works in macros too)
    env.filters["named"] = lambda row: (code == "ar" and row.get("name_ar")) or row.get("name")
    # `moment|day`, `moment|local`: local to the operation's zone, in the reader's digits
    env.filters["day"] = pass_context(
        lambda ctx, moment: _day(moment, code, ctx.get("time_zone"), ctx.get("months"))
    )
    env.filters["local"] = pass_context(
        lambda ctx, moment: _local(moment, code, ctx.get("time_zone"))
    )
    gettext = translations(code).gettext
    # `value|t`: a value from the data (a status, a category) in the reader's language.
    env.filters["t"] = lambda value: gettext(label(str(value)))
    return env


def _day(moment: Any, code: str, zone: str | None, months: str | None = None) -> str:
    """A ledger time as a short local day in the reader's language: "22 Dec", "٢٢ ديسمبر",
    or "٢٢ كانون الأول" for an operation that uses Levantine month names."""
    try:
        when = to_local(str(moment), zone)
    except ValueError:
        return str(moment)
    return short_day(when, code, months)


def _local(moment: Any, code: str, zone: str | None) -> str:
    """A ledger time in the operation's zone (``YYYY-MM-DD HH:MM``) in the reader's digits;
    other text as it is."""
    text = str(moment or "")
    return digits(local_text(text, zone), code) if len(text) >= 16 else text


def _number(value: Any, code: str) -> str:
    """A count for display in the reader's digits; None means a withheld figure (``x``: a
    small cell or one that would reveal a small cell, see corridor/domain/disclosure.py)."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return number(value, code)
    return str(value)


def render_page(
    template: str,
    values: dict[str, Any],
    *,
    user: Principal | None,
    lang: Language,
    csrf: str,
    path: str,
    error: str | None,
    op: str,
    time_zone: str | None = None,
) -> str:
    """Render a template with what every page needs (user, language, navigation, CSRF, and
    the operation's time zone, which the ``local`` and ``day`` filters read)."""
    nav = [(p, label) for p, label, perm in NAV if user and user.can(perm)]
    base = {
        "user": user,
        "lang": lang,
        "languages": LANGUAGES.values(),
        "csrf": csrf,
        "nav": nav,
        "path": path,
        "error": error,
        "op": op,
    }
    if time_zone:
        base["time_zone"] = time_zone
        base["zone_name"] = zone_label(time_zone)
    return environment(lang.code).get_template(template).render({**base, **values})
