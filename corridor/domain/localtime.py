"""An operation's local time: the ledger stores UTC; people read times and days in the zone.

A zone is an IANA name (``Asia/Damascus``); the default is ``UTC``. A report's day D is the
operation's local calendar day: it ends at local midnight, which in Damascus in December 2016
(UTC+2) is 22:00 UTC on D. Hourly tallies are bucketed by UTC hour, so a zone whose offset is
not a whole number of hours (``Asia/Kolkata``) puts a bucket that straddles local midnight on
the day it starts.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from corridor.errors import ValidationError

DEFAULT_ZONE = "UTC"


@cache
def zone(name: str | None) -> ZoneInfo:
    """The zone of this IANA name (``None`` or empty: UTC).

    :raises ValidationError: no such zone.
    """
    text = (name or DEFAULT_ZONE).strip()
    if not text or len(text) > 64 or text.startswith(("/", ".")) or ".." in text:
        raise ValidationError(f"'{name}' is not a time zone name", field="time_zone")
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            f"'{name}' is not a time zone name (e.g. Asia/Damascus, Europe/Istanbul, UTC)",
            field="time_zone",
        ) from None


def check_zone(name: object) -> str:
    """An IANA zone name, checked (the payload checker of ``time_zone`` fields).

    :raises ValueError: not a known zone.
    """
    if not isinstance(name, str):
        raise ValueError("must be a time zone name, e.g. Asia/Damascus")
    try:
        zone(name)
    except ValidationError as exc:
        raise ValueError(exc.message) from None
    return name.strip()


def _utc(moment: str) -> datetime:
    """A ledger time (``...Z``), or an hour bucket ``YYYY-MM-DDTHH``, as an aware UTC time."""
    text = moment.replace("Z", "+00:00")
    if len(text) == 13:  # an hour bucket
        text += ":00"
    when = datetime.fromisoformat(text)
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def to_local(moment: str, zone_name: str | None) -> datetime:
    """A ledger time in the operation's zone."""
    return _utc(moment).astimezone(zone(zone_name))


def local_day(moment: str | None, zone_name: str | None) -> str:
    """The operation's local calendar day (``YYYY-MM-DD``) of a ledger time; '' for none."""
    if not moment:
        return ""
    return to_local(moment, zone_name).date().isoformat()


def local_text(moment: str | None, zone_name: str | None, *, seconds: bool = False) -> str:
    """A ledger time as local ``YYYY-MM-DD HH:MM`` (no zone name: say it once nearby)."""
    if not moment:
        return ""
    try:
        when = to_local(moment, zone_name)
    except ValueError:
        return moment
    return when.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def clock_text(moment: str | None, zone_name: str | None) -> str:
    """Only the local ``HH:MM`` of a ledger time."""
    return local_text(moment, zone_name)[11:16]


def day_start_utc(day: str, zone_name: str | None) -> datetime:
    """When the local day begins, in UTC."""
    start = datetime.combine(date.fromisoformat(day), time(0), tzinfo=zone(zone_name))
    return start.astimezone(UTC)


def day_end_utc(day: str, zone_name: str | None) -> str:
    """The last second of a local day as a ledger time (what an as-of report reads up to)."""
    nxt = day_start_utc((date.fromisoformat(day) + timedelta(days=1)).isoformat(), zone_name)
    return (nxt - timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


def zone_label(zone_name: str | None, moment: str | None = None) -> str:
    """The zone as people read it: ``Asia/Damascus (UTC+02:00)``, the offset at ``moment``."""
    name = zone_name or DEFAULT_ZONE
    if name == "UTC" or not moment:
        return name
    try:
        offset = _utc(moment).astimezone(zone(name)).utcoffset() or timedelta(0)
    except ValueError:  # not a time: the name alone
        return name
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{name} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
