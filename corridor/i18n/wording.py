"""System-made text in the reader's language: messages, numbers, times and month names.

A message (``corridor.domain.messages``) is a code with values; ``TEMPLATES`` there holds the
English sentence of each code, which is its gettext msgid, so the Arabic catalogue translates
it like any other string. What a value is follows from its key: counts become the reader's
digits, ``site`` and ``shelters`` the sites' names in the reader's language, ``status`` and
``new`` translated statuses, ``at`` and ``since`` times, a nested message its own sentence, and
any other text (a trip id, a token, a fact id) stays as written, isolated (U+2068..U+2069) so
a Latin id does not turn an Arabic sentence around.

Arabic text uses Arabic-Indic digits with the Arabic thousands separator (٣٬٥٠٠), the Arabic
comma (،) and semicolon (؛) as the Arabic report does; Levantine month names (كانون الأول)
are an option of the operation, besides the default ديسمبر.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date as Date
from datetime import datetime
from typing import Any

from babel.dates import format_date

from corridor.domain.localtime import local_text
from corridor.domain.messages import (
    ACTIONS,
    AUDIT_WORDS,
    CORRECTIONS,
    FACT_NAMES,
    LEGACY,
    PRECISE,
    QUALIFIERS,
    TEMPLATES,
    Message,
    decode,
    is_message,
)
from corridor.i18n import language, translations

SITE_KEYS = ("site", "origin", "shelters")
STATUS_KEYS = ("status", "new", "allowed", "role")  # codes with a msgid of their own
TIME_KEYS = ("at", "since")
ARABIC_DIGITS = str.maketrans("0123456789,.%", "٠١٢٣٤٥٦٧٨٩٬٫٪")
ISOLATE = ("\u2068", "\u2069")  # FSI .. PDI: an id keeps its own direction inside a sentence
MONTH_LOCALES = {"levantine": "ar_SY"}  # CLDR: كانون الثاني … كانون الأول


def digits(text: str, lang: str) -> str:
    """Text with its digits in the language's form (Arabic: ٠١٢…, ٬ and ٫ in numbers)."""
    return text.translate(ARABIC_DIGITS) if language(lang).code == "ar" else text


def number(value: float | None, lang: str) -> str:
    """A count or a measure in the reader's digits; ``None`` (a withheld figure) is ``x``."""
    if value is None:
        text = "x"
    elif isinstance(value, float):
        text = f"{value:,.1f}"
    else:
        text = f"{value:,}"
    return digits(text, lang)


def moment(iso: str | None, lang: str, time_zone: str | None = None) -> str:
    """A ledger time as people read it: ``2016-12-15 14:05``, local to the operation's zone
    (UTC without one; the page names the zone once), in the reader's digits."""
    if not iso:
        return digits("?", lang)
    return digits(local_text(iso, time_zone) if len(iso) >= 16 else iso, lang)


def date_locale(lang: str, months: str | None = None) -> str:
    """The Babel locale for dates: Arabic with Levantine month names when the operation
    asks for them (``months="levantine"``), else the language's own."""
    code = language(lang).code
    return MONTH_LOCALES.get(months or "", code) if code == "ar" else code


def short_day(when: Date | datetime, lang: str, months: str | None = None) -> str:
    """A short day: "22 Dec", "٢٢ ديسمبر", "٢٢ كانون الأول"."""
    day = when.date() if isinstance(when, datetime) else when
    width = "d MMM" if language(lang).code != "ar" else "d MMMM"
    return digits(str(format_date(day, width, locale=date_locale(lang, months))), lang)


def long_day(when: Date, lang: str, months: str | None = None) -> str:
    """A date written out (weekday, day, month, year) in the reader's language."""
    return digits(str(format_date(when, "full", locale=date_locale(lang, months))), lang)


def separator(lang: str) -> str:
    """Between the items of a list: ``, `` or the Arabic comma ``، ``."""
    return "، " if language(lang).code == "ar" else ", "


class Wording:
    """Renders messages for one reader: their language, and site names in it."""

    def __init__(
        self,
        lang: str,
        site_names: Mapping[str, str] | None = None,
        time_zone: str | None = None,
    ) -> None:
        self.lang = language(lang).code
        self.time_zone = time_zone  # the operation's zone: times are shown local
        self.gettext: Callable[[str], str] = translations(self.lang).gettext
        self.site_names = dict(site_names or {})

    def render(self, msg: Message) -> str:
        """One message as a sentence (an unknown code shows its code and values)."""
        code = str(msg.get("code"))
        if code == LEGACY:
            return str(msg.get("text", ""))
        template = TEMPLATES.get(code)
        params = {k: self.value(k, v) for k, v in msg.items() if k != "code"}
        if template is None:
            return " ".join([code, *(f"{k}={v}" for k, v in params.items())])
        try:
            return self.gettext(template) % params
        except (KeyError, TypeError, ValueError):  # a translation that lost a value
            return template % params

    def render_all(self, messages: Iterable[Message]) -> str:
        """Several messages in a row (one discrepancy row may hold a few)."""
        joiner = "؛ " if self.lang == "ar" else "; "
        return joiner.join(self.render(m) for m in messages)

    def detail(self, stored: str | None) -> str:
        """A derived table's message column (``discrepancies.detail``) as text."""
        return self.render_all(decode(stored))

    def value(self, key: str, value: Any) -> str:
        """One parameter, formatted by what its key says it is."""
        if is_message(value):
            return self.render(value)
        if isinstance(value, (list, tuple)):
            return separator(self.lang).join(self.value(key, v) for v in value)
        if isinstance(value, bool) or value is None:
            return self.isolate(str(value))
        if key == "share" and isinstance(value, (int, float)):
            return digits(f"{value:.1%}", self.lang)
        if isinstance(value, float) and key in PRECISE:
            return digits(f"{value:,.2f}", self.lang)
        if isinstance(value, (int, float)):
            return number(value, self.lang)
        text = str(value)
        if key in SITE_KEYS:
            return self.site_names.get(text) or self.isolate(text)
        if key in STATUS_KEYS:
            return self.gettext(text)
        if key == "action":
            return self.gettext(ACTIONS.get(text, text))
        if key in TIME_KEYS:
            return moment(text, self.lang, self.time_zone)
        return self.isolate(text)

    def action(self, text: str) -> str:
        """An audit log action ("refused trip.departed T1") in the reader's language: its
        first word and the fact types and corrections it names translated, ids as written."""
        word, _, rest = (text or "").partition(" ")
        out = [self.gettext(AUDIT_WORDS[word]) if word in AUDIT_WORDS else self.isolate(word)]
        for part in rest.split():
            inner = part.strip("()")
            if inner in FACT_NAMES:
                out.append(self.gettext(FACT_NAMES[inner]))
            elif inner in CORRECTIONS and part != inner:
                out.append(f"({self.gettext(CORRECTIONS[inner])})")
            else:
                out.append(self.isolate(part))
        return " ".join(out)

    def isolate(self, text: str) -> str:
        """An id or a name as written; in Arabic, isolated so its direction stays its own."""
        return f"{ISOLATE[0]}{text}{ISOLATE[1]}" if self.lang == "ar" else text

    def figure(
        self, value: int, qualifier: str | None, low: int | None = None, high: int | None = None
    ) -> str:
        """A reported figure with its qualifier: "about 3,000", "حوالي ٣٬٠٠٠", "some 5,000
        (4,000–6,000)". An unknown qualifier (free text) is shown before the number as typed.
        """
        n = number(value, self.lang)
        known = (qualifier or "").strip().lower()
        if known == "range":  # the range itself follows
            text = n
        elif known in QUALIFIERS:
            text = self.gettext(QUALIFIERS[known]) % {"n": n}
        elif known:
            text = f"{self.isolate(qualifier or '')} {n}"
        else:
            text = n
        if low is not None and high is not None:
            text += f" ({number(low, self.lang)}–{number(high, self.lang)})"
        return text


def wording(
    lang: str, site_names: Mapping[str, str] | None = None, time_zone: str | None = None
) -> Wording:
    """A renderer of messages for a reader of ``lang`` (times local to ``time_zone``)."""
    return Wording(lang, site_names, time_zone)
