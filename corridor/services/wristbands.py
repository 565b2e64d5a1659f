"""Wristbands and label sheets for a reserved token range (``corridor tokens print``, the web)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corridor.domain.tokens import make_token
from corridor.errors import NotFound, ValidationError
from corridor.labels.sheet import LAYOUTS, label_pdf

__all__ = ["LAYOUTS", "TokenRange", "checked_range", "parse_range", "print_labels"]
from corridor.services.nodes import check_prefix
from corridor.storage.base import Store

MAX_LABELS = 5000  # one PDF; a bigger run is printed in several ranges
_RANGE = re.compile(r"^([A-Z0-9]{1,8}):(\d{1,9})-(\d{1,9})$")


@dataclass(frozen=True)
class TokenRange:
    """Some numbers of a prefix, first to last inclusive."""

    prefix: str
    first: int
    last: int

    def tokens(self) -> list[str]:
        """The printed tokens, check characters included."""
        return [make_token(self.prefix, n) for n in range(self.first, self.last + 1)]


def parse_range(text: str) -> TokenRange:
    """``W:1-500`` (prefix, first and last number).

    :raises ValidationError: another form, or more than MAX_LABELS numbers.
    """
    found = _RANGE.match(text.strip())
    if not found:
        raise ValidationError("write a range as PREFIX:FIRST-LAST, e.g. W:1-500", field="range")
    prefix, first, last = check_prefix(found[1]), int(found[2]), int(found[3])
    return checked_range(prefix, first, last)


def checked_range(prefix: str, first: int, last: int) -> TokenRange:
    """A range from its parts.

    :raises ValidationError: first after last, below 1, or too many labels.
    """
    check_prefix(prefix)
    if not 1 <= first <= last:
        raise ValidationError("first must be at least 1 and not after last", field="range")
    if last - first + 1 > MAX_LABELS:
        raise ValidationError(f"at most {MAX_LABELS} labels at a time", field="range")
    return TokenRange(prefix, first, last)


def print_labels(*, store: Store, wanted: TokenRange, layout: str = "a4") -> bytes:
    """A PDF of wristbands or labels for numbers that lie in one range reserved here (for any
    device), so no printed token can collide with another device's.

    :raises ValidationError: an unknown layout.
    :raises NotFound: the numbers are not inside one reserved range.
    """
    if layout not in LAYOUTS:
        raise ValidationError(f"one of {', '.join(LAYOUTS)}", field="layout")
    held = [
        r
        for r in store.token_ranges()
        if r["prefix"] == wanted.prefix
        and r["first_number"] <= wanted.first
        and wanted.last <= r["last_number"]
    ]
    if not held:
        raise NotFound(
            f"{wanted.prefix}:{wanted.first}-{wanted.last} is not inside a reserved range: "
            "reserve one first (corridor tokens reserve)"
        )
    return label_pdf(wanted.tokens(), layout)
