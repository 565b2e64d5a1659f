"""Languages and translation catalogues (gettext ``.po`` files, read at start, no build step).

Catalogues live in ``corridor/locale/<lang>/LC_MESSAGES/corridor.po``. Translators edit the
``.po`` file with any gettext tool (Poedit, Weblate); a new language is a new folder plus a line in
``LANGUAGES``. English is the source language, so it needs no catalogue. The ``.po`` file is
compiled in memory with Babel when first used, which keeps compiled ``.mo`` files out of the
repository and away from a build step.
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

DOMAIN = "corridor"


@dataclass(frozen=True)
class Language:
    """A language the interface and the reports are offered in."""

    code: str
    name: str  # in the language itself, as a person looking for it would read it
    direction: str  # "ltr" or "rtl"


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", "ltr"),
    "ar": Language("ar", "العربية", "rtl"),
}
DEFAULT = "en"


def language(code: str | None) -> Language:
    """The language for a code, falling back to the default for unknown or empty codes."""
    return LANGUAGES.get((code or "").split("-")[0].lower(), LANGUAGES[DEFAULT])


def negotiate(accept_language: str | None, chosen: str | None = None) -> Language:
    """Pick a language: an explicit choice (cookie, ``?lang=``) first, then ``Accept-Language``.

    :param accept_language: the raw header, e.g. ``"ar-SY,ar;q=0.9,en;q=0.5"``.
    :param chosen: a code the user picked; ignored when not offered.
    """
    if chosen and chosen.split("-")[0].lower() in LANGUAGES:
        return language(chosen)
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        code, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, position, code.strip()))
    for _, _, code in sorted(ranked):
        if code.split("-")[0].lower() in LANGUAGES and not code.startswith("*"):
            return language(code)
    return LANGUAGES[DEFAULT]


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The gettext translations of a language (English and unknown codes: identity)."""
    lang = language(code)
    if lang.code == DEFAULT:
        return gettext.NullTranslations()
    catalog = read_po(io.BytesIO(catalogue_path(lang.code).read_bytes()), locale=lang.code)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def catalogue_path(code: str) -> resources.abc.Traversable:
    """Where a language's ``.po`` catalogue is kept inside the package."""
    return resources.files("corridor") / "locale" / code / "LC_MESSAGES" / f"{DOMAIN}.po"
