"""The report as HTML (Jinja2 with the gettext i18n extension), in English or Arabic.

Arabic reports are laid out right to left and use Arabic-Indic digits (٠١٢٣…), as Syrian print
and broadcast media do; identifiers (trip and vehicle ids) keep their Latin form so they can be
matched against the ledger. Free text recorded in the field (reasons, incident descriptions)
is shown in the language it was written in, isolated with ``dir="auto"``.
"""

from __future__ import annotations

from datetime import date as Date
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from corridor.domain.localtime import clock_text, local_text, zone_label
from corridor.i18n import labels, language, translations
from corridor.i18n.wording import Wording, long_day, separator
from corridor.i18n.wording import digits as in_digits
from corridor.i18n.wording import number as _number
from corridor.sitrep.chart import COLOURS, SUSPENDED, number_text, render_chart
from corridor.sitrep.report import Sitrep


@cache
def _environment(lang: str) -> Environment:
    env = Environment(
        loader=PackageLoader("corridor.sitrep", "templates"),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    return env


def number(value: int | float | None, lang: str) -> str:
    """A count in the report's digits; ``None`` (a withheld figure) is ``x``."""
    return _number(value, lang)


def text_direction(text: object) -> str:
    """``rtl`` or ``ltr`` from the first letter of a free text (what ``dir="auto"`` does)."""
    for char in str(text or ""):
        if "\u0590" <= char <= "\u08ff" or "\ufb1d" <= char <= "\ufefc":
            return "rtl"
        if char.isalpha():
            return "ltr"
    return "ltr"


def long_date(iso: str, lang: str, months: str | None = None) -> str:
    """The report date written out (weekday, day, month, year) in the report's language;
    ``months="levantine"``: Arabic with كانون الأول rather than ديسمبر."""
    return long_day(Date.fromisoformat(iso), lang, months)


def render_html(
    sitrep: Sitrep,
    *,
    lang: str = "en",
    site_names: dict[str, dict[str, str]] | None = None,
    generated_at: str | None = None,
    shelter: dict[str, Any] | None = None,
    months: str | None = None,
    name_ar: str | None = None,
) -> str:
    """The report as a standalone HTML page (styles inline, chart inline SVG).

    :param shelter: the reception section (``services.shelter.shelter_section``), if any.

    :param site_names: site id -> {"en": name, "ar": name}, to name sites in either language.
    :param generated_at: when the report was made (shown in the footer).
    :param months: the operation's Arabic month names (``msa`` or ``levantine``).
    :param name_ar: the operation's Arabic name (the Arabic report's title).
    """
    lang = language(lang).code
    env = _environment(lang)
    gettext = translations(lang).gettext
    names = site_names or {}

    def label(code: str | None) -> str:
        return gettext(labels.label(code))

    def num(value: int | float | None) -> str:
        return number(value, lang)

    def site(site_id: str | None) -> str:
        entry = names.get(site_id or "", {})
        return entry.get(lang) or entry.get("en") or (site_id or "")

    said = Wording(lang, {k: site(k) for k in names}, time_zone=sitrep.time_zone)
    chart = render_chart(
        sitrep.series,
        date=sitrep.date,
        number=lambda n: number(n, lang),
        suspensions=sitrep.suspensions,
    )

    def digits(text: object) -> str:
        return number_text(str(text), lambda n: number(n, lang))

    def local(moment: str | None) -> str:
        """A ledger time in the operation's zone, with the zone named."""
        return digits(
            f"{local_text(moment, sitrep.time_zone)} {zone_label(sitrep.time_zone, moment)}"
        )

    context: dict[str, Any] = {
        "s": sitrep,
        "lang": lang,
        "dir": language(lang).direction,
        "label": label,
        "num": num,
        "site": site,
        "digits": digits,
        "clock": lambda moment: digits(clock_text(moment, sitrep.time_zone)),
        "local": local,
        "percent": lambda n: number(n, lang) + ("٪" if lang == "ar" else "%"),
        "suspended": SUSPENDED,
        "ltr": lambda text: Markup('<bdi dir="ltr">{}</bdi>').format(text),
        "long_date": long_date(sitrep.date, lang, months),
        "sep": separator(lang),
        "name": (lang == "ar" and name_ar) or sitrep.name,
        # system-made text (messages) and reported figures, in the report's language
        "said": lambda m: said.render(m) if not isinstance(m, str) else m,
        "detail": said.detail,
        "figure": lambda e: said.figure(e.value, e.qualifier, e.low, e.high),
        "chart": Markup(chart),  # built from numbers and escaped labels only  # noqa: S704
        "colours": COLOURS,
        "textdir": text_direction,
        "generated_at": generated_at,
        "shelter": shelter,
        # Days of cover: two decimals (a count's one decimal would show 0.02 as 0.0).
        "fixed": lambda value: in_digits(f"{value:,.2f}", lang),
    }
    return env.get_template("sitrep.html").render(context)
