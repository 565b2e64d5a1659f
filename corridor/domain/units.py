"""Units of derived state: what a fact folds into, typed, and its one text form for storage.

A unit is a kind (a person, a trip, a site's waiting count, ...), the operation, and a key
within it (a person's token, a trip's id, a fact id; none for an operation). The ledger's
``unit`` column and the derived tables hold it as text, ``"<kind>|<op>|<key>"`` (``"o|<op>"``
without a key): :meth:`Unit.encode` writes that text and :meth:`Unit.decode` reads it, and
nothing else builds or parses it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Kind(StrEnum):
    """What a unit is about; the value is its letter in the stored text."""

    OPERATION = "o"
    SITE = "s"
    VEHICLE = "v"
    PERSON = "p"
    TRIP = "t"
    TALLY = "h"  # a departed or arrived headcount without a trip
    WAITING = "w"  # a site's waiting count (the latest wins)
    INCIDENT = "i"
    ESTIMATE = "e"
    DISTRIBUTION = "d"
    TEXT = "x"  # an operation's made public texts (no derived table)


class Unit(NamedTuple):
    """One unit of derived state: its kind, operation and key ("" for an operation)."""

    kind: Kind
    op: str
    key: str = ""

    def encode(self) -> str:
        """The unit's text in the ``unit`` columns."""
        kind, op, key = self  # a Kind is its letter (a str): no ``.value`` look-up per fact
        return f"{kind}|{op}|{key}" if key else f"{kind}|{op}"

    @classmethod
    def decode(cls, text: str) -> Unit:
        """The unit of a stored text (as written by :meth:`encode`).

        :raises ValueError: text that is no unit.
        """
        kind, _, rest = text.partition("|")
        op, _, key = rest.partition("|")
        return cls(Kind(kind), op, key)
