"""Wristband tokens and their check character (ISO/IEC 7064 MOD 37,36).

A token printed on a wristband reads ``W-000123-K``: a prefix (1-8 capitals or digits), a
six-digit number and a check character. The check character is ISO/IEC 7064 MOD 37,36 (the
hybrid system for alphanumeric strings, computed by ``python-stdnum``) over the prefix and the
number without the dashes; it is one of 0-9 and A-Z, so it reads and scans like the rest. It
catches every single mistyped character and almost every swap of two neighbours.

Tokens issued before check characters (``W-000123``) stay valid: ledger ids are opaque and an
old ledger must still replay and sync. So a token is checked when it *has* the wristband form
with a check character, and any other identifier is left alone.
"""

from __future__ import annotations

import re

from stdnum.iso7064 import mod_37_36

WRISTBAND = re.compile(r"^([A-Z0-9]{1,8})-([0-9A-Z]{6,9})-([0-9A-Z])$")
_ANY_CASE = re.compile(WRISTBAND.pattern, re.IGNORECASE)


def check_character(prefix: str, number: int) -> str:
    """The check character of a prefix and number."""
    return str(mod_37_36.calc_check_digit(f"{prefix}{number:06d}"))


def make_token(prefix: str, number: int) -> str:
    """The printed form of a wristband token, e.g. ``W-000123-Q``."""
    return f"{prefix}-{number:06d}-{check_character(prefix, number)}"


def normal_token(text: str) -> str:
    """A typed token as it is stored: trimmed, and in capitals when it has the wristband form
    (the edges apply this, so ``w-000123-q`` typed on a phone is ``W-000123-Q``)."""
    text = text.strip()
    return text.upper() if _ANY_CASE.match(text) else text


def token_problem(token: str) -> str | None:
    """Why a wristband token with a check character is wrong, or None when it is fine (or is
    not of that form: an older token or another identifier)."""
    if _ANY_CASE.match(token) and not WRISTBAND.match(token):
        return f"write token {token} in capitals: {token.upper()}"
    found = WRISTBAND.match(token)
    if found is None:
        return None
    prefix, digits, check = found.groups()
    if mod_37_36.is_valid(prefix + digits + check):
        return None
    return f"token {token} fails its check character: mistyped or misread? scan or type it again"
