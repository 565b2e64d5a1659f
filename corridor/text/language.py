"""Tell which language an article is in, so that non-English text is reported, not misread.

English is recognised cheaply by its function words; anything else goes to py3langid,
whose model ships inside the package (BSD-3-Clause; loaded once, never downloaded).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pycountry
from py3langid.langid import MODEL_FILE, LanguageIdentifier

_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(
    {"the", "and", "of", "to", "in", "a", "was", "were", "is", "are", "said", "for", "on",
     "from", "by", "with", "had", "have", "has", "that", "at", "as", "their", "they"}
)  # fmt: skip


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_of(text: str) -> str:
    """Return the ISO 639-1 code of the language ``text`` is written in ('' if unsure)."""
    sample = text[:4000]
    words = _WORD.findall(sample)
    if not words:
        return ""
    latin = sum(1 for w in words if unicodedata.name(w[0], "").startswith("LATIN"))
    english = sum(1 for w in words if w.lower() in _ENGLISH)
    if latin / len(words) > 0.8 and english / len(words) >= 0.12:
        return "en"
    code, probability = _identifier().classify(sample)
    if probability < 0.5:
        return "en" if latin / len(words) > 0.8 else ""
    return str(code)


def language_name(code: str) -> str:
    """Return the English name of a language code ("ar" -> "Arabic")."""
    language = pycountry.languages.get(alpha_2=code) if code else None
    return str(language.name) if language is not None else (code or "unknown language")
