"""The operation's local days, and its status over time as a report reads it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date as Date

from corridor.domain.localtime import local_day, local_text
from corridor.domain.steps import suspended
from corridor.errors import ValidationError
from corridor.sitrep.report import Row


def parse_date(text: str) -> str:
    """Check a report date ``YYYY-MM-DD``.

    :raises ValidationError: not a calendar date.
    """
    try:
        if len(text) == 10:
            return Date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise ValidationError(f"'{text}' is not a date YYYY-MM-DD", field="date")


class DayOf:
    """The operation's local day of a ledger time or hour bucket, remembered per text."""

    def __init__(self, time_zone: str) -> None:
        self.time_zone = time_zone
        self._days: dict[str, str] = {}

    def __call__(self, moment: str | None) -> str:
        if not moment:
            return ""
        day = self._days.get(moment)
        if day is None:
            day = self._days[moment] = local_day(moment, self.time_zone)
        return day

    def hour(self, bucket: str) -> str:
        """A UTC hour bucket as the local hour (``YYYY-MM-DDTHH``)."""
        return local_text(bucket, self.time_zone)[:13].replace(" ", "T")


def started(history: Iterable[Row], day_of: DayOf) -> str | None:
    """The local day the operation first became active (day 1 of its reports)."""
    active = sorted(at_of(h) for h in history if h["status"] == "active")
    return day_of(active[0]) if active else None


def suspensions(history: Iterable[Row], date: str, day_of: DayOf) -> list[tuple[str, str | None]]:
    """Local (from, until) of each suspension up to the end of the day (until None: still)."""
    known = [h for h in history if day_of(h["at"]) <= date]
    return [
        (_local(a, day_of), _local(b, day_of) if b is not None else None)
        for a, b in suspended(known)
    ]


def _local(moment: str, day_of: DayOf) -> str:
    return local_text(moment, day_of.time_zone).replace(" ", "T")


def at_of(row: Row) -> str:
    """When a row happened (its ``at``; empty when unknown)."""
    return str(row["at"] or "")


def status_on(history: Iterable[Row], date: str, day_of: DayOf) -> str:
    """The status in force at the end of the day (``planned`` before the first change)."""
    past = sorted((h for h in history if day_of(at_of(h)) <= date), key=at_of)
    return str(past[-1]["status"]) if past else "planned"
