"""Step lines cut at suspensions, and the suspensions of a status history."""

from __future__ import annotations

from datetime import datetime

from corridor.domain.steps import corners, runs_outside, suspended


def test_it_reads_each_suspension_from_a_status_history() -> None:
    """Should pair each suspension with the next other status, whatever the rows' order, and
    leave the last one open while the operation is still suspended."""
    history = [
        {"status": "active", "at": "2016-12-15T05:00:00Z"},
        {"status": "suspended", "at": "2016-12-16T09:00:00Z"},
        {"status": "suspended", "at": "2016-12-16T10:00:00Z"},  # said twice: one suspension
        {"status": "active", "at": "2016-12-18T06:00:00Z"},
        {"status": "suspended", "at": "2016-12-19T20:00:00Z"},
    ]
    assert suspended(reversed(history)) == [
        ("2016-12-16T09:00:00Z", "2016-12-18T06:00:00Z"),
        ("2016-12-19T20:00:00Z", None),
    ]
    assert suspended(history[:1]) == []


def test_a_step_line_stops_at_a_suspension_and_starts_again_at_the_value_reached() -> None:
    def h(hour: int) -> datetime:
        return datetime(2016, 12, 15, hour)

    steps = corners([(h(0), 0), (h(7), 50), (h(21), 90)], h(22))
    assert steps == [(h(0), 0), (h(7), 0), (h(7), 50), (h(21), 50), (h(21), 90), (h(22), 90)]
    before, after = runs_outside(steps, [(h(10), h(18))])
    assert before[0] == (h(0), 0) and before[-1] == (h(10), 50)  # level up to the suspension
    assert after[0] == (h(18), 50) and after[-1] == (h(22), 90)  # again from its end
    assert not [m for m, _ in before + after if h(10) < m < h(18)]
