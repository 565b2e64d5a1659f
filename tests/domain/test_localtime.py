"""Local time: ledger times (UTC) read as days and clock times in the operation's zone."""

from __future__ import annotations

import pytest

from corridor.domain.fact_types import validate_payload
from corridor.domain.localtime import (
    check_zone,
    clock_text,
    day_end_utc,
    local_day,
    local_text,
    zone,
    zone_label,
)
from corridor.errors import ValidationError

DAMASCUS = "Asia/Damascus"


def test_a_late_evening_in_utc_is_the_next_day_in_damascus() -> None:
    """Should put 23:30 UTC on 15 December 2016 on 16 December in Damascus (UTC+2 then)."""
    assert local_day("2016-12-15T23:30:00Z", DAMASCUS) == "2016-12-16"
    assert local_day("2016-12-15T23:30:00Z", "UTC") == "2016-12-15"
    assert local_day("2016-12-15T21:59:59Z", DAMASCUS) == "2016-12-15"
    assert local_day("2016-12-15T22", DAMASCUS) == "2016-12-16"  # an hour bucket
    assert local_day(None, DAMASCUS) == ""


def test_the_end_of_a_local_day_is_utc_midnight_less_the_offset() -> None:
    assert day_end_utc("2016-12-15", DAMASCUS) == "2016-12-15T21:59:59Z"
    assert day_end_utc("2016-12-15", "UTC") == "2016-12-15T23:59:59Z"
    assert day_end_utc("2016-12-15", None) == "2016-12-15T23:59:59Z"


def test_it_shows_local_clock_times_and_names_the_zone_with_its_offset_then() -> None:
    assert local_text("2016-12-15T23:30:00Z", DAMASCUS) == "2016-12-16 01:30"
    assert clock_text("2016-12-15T08:05:00Z", DAMASCUS) == "10:05"
    assert zone_label(DAMASCUS, "2016-12-15T12:00:00Z") == "Asia/Damascus (UTC+02:00)"
    assert zone_label("UTC", "2016-12-15T12:00:00Z") == "UTC"
    assert zone_label(DAMASCUS) == DAMASCUS  # no moment: no offset to name
    assert local_text("not a time", DAMASCUS) == "not a time"


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd", "/etc/localtime", "x" * 80])
def test_it_refuses_a_name_that_is_no_time_zone(name: str) -> None:
    with pytest.raises(ValidationError, match="time zone"):
        zone(name or "   ")
    with pytest.raises(ValueError):
        check_zone(name or "   ")


def test_an_operation_fact_checks_its_zone() -> None:
    payload = validate_payload("operation.defined", {"name": "x", "time_zone": DAMASCUS})
    assert payload["time_zone"] == DAMASCUS
    with pytest.raises(ValidationError, match="time_zone"):
        validate_payload("operation.time_zone_set", {"time_zone": "Mars/Olympus"})
