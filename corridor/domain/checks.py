"""Field checkers of fact payloads and envelopes.

Each checker takes the raw value and returns the normalised value, or raises ValueError with a
reason (the caller names the field).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from corridor.domain.needs import FIGURES
from corridor.domain.tokens import token_problem
from corridor.domain.vocabulary import DIMENSIONS, MAX_COUNT
from corridor.errors import ValidationError

# An id (of a fact, person, trip, site, device, ...): the one pattern, also for ids in URLs.
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:@-]{0,79}$")
_KEY = re.compile(r"^[A-Za-z0-9+/]{43}=$")  # base64 of 32 bytes
_SIG = re.compile(r"^[A-Za-z0-9+/]{86}==$")  # base64 of 64 bytes

Checker = Callable[[Any], Any]


# Arabic-Indic (٠-٩) and Persian (۰-۹) digits, as a Syrian keyboard or scanner may type them,
# mean the same token as ASCII digits: ids are stored with ASCII digits only.
LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def latin_digits(text: str) -> str:
    """The text with Arabic-Indic and Persian digits written as ASCII digits."""
    return text.translate(LATIN_DIGITS)


def ident(value: Any) -> str:
    """An id (``ID_PATTERN``), with Arabic-Indic and Persian digits made ASCII."""
    if isinstance(value, str):
        value = latin_digits(value)
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise ValueError("must be an identifier: 1-80 letters, digits or . _ : @ -")
    return value


def token(value: Any) -> str:
    """A person's or household's token: an identifier whose check character, when it has the
    wristband form ``W-000123-Q``, matches (see corridor.domain.tokens)."""
    token = ident(value)
    problem = token_problem(token)
    if problem:
        raise ValueError(problem)
    return token


def free_text(limit: int) -> Checker:
    """A checker of non-empty text of at most ``limit`` characters, without NUL."""

    def check(value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise ValueError("must be non-empty text")
        if len(value) > limit:
            raise ValueError(f"must be at most {limit} characters")
        if "\x00" in value:
            raise ValueError("must not contain NUL characters")
        check_unicode(value)
        return value.strip()

    return check


# Bidirectional embedding, override and isolate controls: invisible, they can make a text read
# differently from what it holds ("Trojan Source", CVE-2021-42574). Refused in new free text.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def check_no_bidi(value: Any, field: str = "payload") -> None:
    """Refuse bidirectional control characters anywhere in a text or nested payload.

    :raises ValidationError: one was found; the field is named.
    """
    if isinstance(value, str):
        if any(c in BIDI_CONTROLS for c in value):
            raise ValidationError(
                "must not contain bidirectional control characters (U+202A-U+202E, U+2066-U+2069)",
                field=field,
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            check_no_bidi(item, key if field == "payload" else field)
    elif isinstance(value, list):
        for item in value:
            check_no_bidi(item, field)


def check_unicode(value: str) -> None:
    """Refuse text that cannot be stored as UTF-8 (a lone surrogate)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (it holds a lone surrogate)") from None


def one_of(choices: tuple[str, ...]) -> Checker:
    """A checker of one of ``choices``."""

    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}")
        return str(value)

    return check


def count(value: Any) -> int:
    """A whole number of people or items, from 0 to ``MAX_COUNT``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be a whole number")
    if value < 0 or value > MAX_COUNT:
        raise ValueError(f"must be between 0 and {MAX_COUNT}")
    return value


def adm_level(value: Any) -> int:
    """An administrative level from 1 to 5 (a digit string is accepted)."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValueError("must be an administrative level from 1 to 5")
    return value


_DEGREES = re.compile(r"^-?[0-9]{1,3}(\.[0-9]{1,7})?$")


def degrees(limit: int) -> Checker:
    """Decimal degrees kept as text (payloads hold no floats): at most 7 decimals (~1 cm)."""

    def check(value: Any) -> str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = format(value, ".7f").rstrip("0").rstrip(".")
        if not isinstance(value, str) or not _DEGREES.match(value.strip()):
            raise ValueError("must be decimal degrees, e.g. 36.2021 (at most 7 decimals)")
        if abs(float(value)) > limit:
            raise ValueError(f"must be between -{limit} and {limit}")
        return value.strip()

    return check


def positive(value: Any) -> int:
    """A ``count`` above 0."""
    number = count(value)
    if number == 0:
        raise ValueError("must be greater than 0")
    return number


def parse_time(value: Any) -> str:
    """Normalise an ISO 8601 time to ``YYYY-MM-DDTHH:MM:SSZ`` (UTC); naive means UTC."""
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        raise ValueError("must be an ISO 8601 date-time, e.g. 2016-12-15T08:30:00Z")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValueError("must be an ISO 8601 date-time, e.g. 2016-12-15T08:30:00Z") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if not 1900 <= moment.year <= 2200:
        raise ValueError("year must be between 1900 and 2200")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_date(value: Any) -> str:
    """A date ``YYYY-MM-DD`` (the date of a time is accepted)."""
    if not isinstance(value, str):
        raise ValueError("must be a date YYYY-MM-DD")
    try:
        return (
            date.fromisoformat(value[:10]).isoformat()
            if len(value) == 10
            else parse_time(value)[:10]
        )
    except ValueError:
        raise ValueError("must be a date YYYY-MM-DD") from None


def list_of(item: Checker, limit: int = 50) -> Checker:
    """A checker of a list of at most ``limit`` items, each checked by ``item``."""

    def check(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise ValueError("must be a list")
        if len(value) > limit:
            raise ValueError(f"must have at most {limit} items")
        return [item(v) for v in value]

    return check


def breakdown(value: Any) -> dict[str, dict[str, int]]:
    """A count's categories: dimension -> {value: count}, with known dimensions and values."""
    if not isinstance(value, dict):
        raise ValueError("must be an object of dimension -> {value: count}")
    result: dict[str, dict[str, int]] = {}
    for dim, counts in value.items():
        if dim not in DIMENSIONS:
            raise ValueError(f"unknown dimension '{dim}' (use {', '.join(DIMENSIONS)})")
        if not isinstance(counts, dict):
            raise ValueError(f"'{dim}' must map values to counts")
        inner: dict[str, int] = {}
        for key, n in counts.items():
            if key not in DIMENSIONS[dim]:
                raise ValueError(f"'{dim}' value '{key}' must be one of {DIMENSIONS[dim]}")
            inner[key] = count(n)
        result[dim] = inner
    return result


def cargo_sent(value: Any) -> list[dict[str, Any]]:
    """Items loaded on a trip: ``[{"item": id, "quantity": n}]``, each item once."""
    return _items(value, {"quantity": positive}, ())


def cargo_received(value: Any) -> list[dict[str, Any]]:
    """How each item of a trip's cargo is accounted for on arrival."""
    return _items(value, {"delivered": count}, ("lost", "diverted"))


def _items(
    value: Any, required: dict[str, Checker], optional: tuple[str, ...]
) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not value:
        raise ValueError("must be a non-empty list of items")
    if len(value) > 50:
        raise ValueError("must have at most 50 items")
    out: list[dict[str, Any]] = []
    for entry in value:
        if not isinstance(entry, dict):
            raise ValueError("each item must be an object")
        unknown = set(entry) - {"item", *required, *optional}
        if unknown:
            raise ValueError(f"unknown item field '{sorted(unknown)[0]}'")
        try:
            clean: dict[str, Any] = {"item": ident(entry.get("item"))}
            for name, check in required.items():
                clean[name] = check(entry.get(name))
            for name in optional:
                if entry.get(name) is not None:
                    clean[name] = count(entry[name])
        except ValueError as exc:
            raise ValueError(f"item {entry.get('item')!r}: {exc}") from None
        if any(o["item"] == clean["item"] for o in out):
            raise ValueError(f"item {clean['item']!r} is listed twice")
        out.append(clean)
    return out


_DECIMAL = re.compile(r"^[0-9]{1,7}(\.[0-9]{1,3})?$")


def figure_values(value: Any) -> dict[str, str]:
    """Planning figures by name, as decimal text (payloads hold no floats)."""
    if not isinstance(value, dict) or not value:
        raise ValueError("must be an object of figure name -> number")
    out: dict[str, str] = {}
    for name, number in value.items():
        if name not in FIGURES:
            raise ValueError(f"unknown figure '{name}' (use {', '.join(FIGURES)})")
        written = (
            str(number) if isinstance(number, int) and not isinstance(number, bool) else number
        )
        if not isinstance(written, str) or not _DECIMAL.match(written):
            raise ValueError(f"'{name}' must be a number such as 15 or 3.5")
        out[name] = written
    return out


def json_object(value: Any) -> dict[str, Any]:
    """Any JSON object."""
    if not isinstance(value, dict):
        raise ValueError("must be an object")
    return value


def public_key(value: Any) -> str:
    """An Ed25519 public key in base64."""
    if not isinstance(value, str) or not _KEY.match(value):
        raise ValueError("must be an Ed25519 public key: base64 of 32 bytes")
    return value


def signature(value: Any) -> str:
    """An Ed25519 signature in base64."""
    if not isinstance(value, str) or not _SIG.match(value):
        raise ValueError("must be an Ed25519 signature: base64 of 64 bytes")
    return value


def hex64(value: Any) -> str:
    """A SHA-256 digest as 64 lowercase hex characters."""
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise ValueError("must be 64 lowercase hex characters")
    return value
