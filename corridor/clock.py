"""Time and id generation behind one seam, so tests can freeze time."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Something that tells the time and mints fact ids."""

    def now(self) -> str:
        """Current UTC time as ``YYYY-MM-DDTHH:MM:SSZ``."""
        ...

    def new_id(self) -> str:
        """A new globally unique, roughly time-ordered id."""
        ...


def format_time(moment: datetime) -> str:
    """Render a datetime as the ledger's canonical UTC text form."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SystemClock:
    """The real clock: wall time and random ids."""

    def now(self) -> str:
        """Current UTC time."""
        return format_time(datetime.now(UTC))

    def new_id(self) -> str:
        """32 hex characters: 12 of milliseconds (sortable) then 20 random."""
        millis = int(datetime.now(UTC).timestamp() * 1000)
        return f"{millis:012x}{secrets.token_hex(10)}"


class FrozenClock:
    """A clock for tests and demos: fixed time, counter-based ids."""

    def __init__(self, at: str = "2016-12-15T08:00:00Z", prefix: str = "f") -> None:
        self.at = at
        self.prefix = prefix
        self._n = 0

    def now(self) -> str:
        """The frozen time."""
        return self.at

    def new_id(self) -> str:
        """Deterministic ids: prefix plus a counter."""
        self._n += 1
        return f"{self.prefix}{self._n:08d}"
