from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corridor.errors import ValidationError
from corridor.planning.bep import parse_bep
from corridor.planning.checker import check_plan
from corridor.planning.solve import solve
from tests.fuzzing import damaged_text

# Written for this test in the published layout (same numbers as tests/planning/cases.py).
TEXT = """2 1
1 2
2 4 3 1
2 11 8 3

1 1 10

1 6 2
2 9 5
"""


DATA = Path(__file__).parent / "data"


def test_it_parses_the_published_layout() -> None:
    problem = parse_bep(TEXT)
    assert [p.waiting for p in problem.pickups] == [3, 1]
    assert [s.capacity for s in problem.shelters] == [8, 3]
    assert [(v.start, v.capacity) for v in problem.vehicles] == [("Y1", 1), ("Y1", 1)]
    assert problem.time("Y1", "P2") == 10
    assert problem.time("S2", "P2") == problem.time("P2", "S2") == 5
    assert problem.full_trips
    assert solve(problem, 5).plan.makespan == 13


def test_it_reads_depots_and_bus_capacity_like_the_valparaiso_instances() -> None:
    """Should read line 1 as (buses, capacity) and line 2 as (depots, buses at each depot)."""
    problem = parse_bep((DATA / "bep-two-depots.txt").read_text(), "two-depots")
    assert [(v.name, v.start, v.capacity) for v in problem.vehicles] == [
        ("B1", "Y1", 10),
        ("B2", "Y1", 10),
        ("B3", "Y2", 10),
    ]
    assert [p.waiting for p in problem.pickups] == [20, 10, 30]  # people, not loads
    assert [s.capacity for s in problem.shelters] == [40, 30]
    assert [problem.time("Y2", p) for p in ("P1", "P2", "P3")] == [11, 4, 7]
    assert problem.time("S2", "P3") == problem.time("P3", "S2") == 4
    result = solve(problem, 5)
    assert check_plan(problem, result.plan).ok
    trips = [t for r in result.plan.routes for t in r.trips]
    assert all(t.people == 10 for t in trips)  # full 10-seat loads
    per_point = Counter(t.pickup for t in trips)
    assert all(per_point[p.name] * 10 >= p.waiting for p in problem.pickups)


GOOD = (DATA / "bep-two-depots.txt").read_text().splitlines()


def _with(line: int, text: str) -> str:
    """The two-depot file with its `line`-th line (1-based) replaced."""
    lines = list(GOOD)
    lines[line - 1] = text
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_with(1, "3"), "line 1: expected bus count and bus capacity"),
        (_with(1, "3 0"), "line 1: bus capacity 0"),
        (_with(2, "2 2 2"), "line 2: buses at the depots add up to 4, line 1 says 3"),
        (_with(2, "3 2 1"), "line 2: depot count is 3 but 2 buses at each depot follow"),
        (_with(3, "3 61 20 10 30"), r"line 3: field 2 \(total demand\) is 61"),
        (_with(3, "4 60 20 10 30"), r"line 3: field 1 \(point count\) is 4"),
        (_with(4, "2 70 40 -30"), r"line 4: field 4 \(capacity\) is -30"),
        (_with(7, "2 11 4"), "line 7: depot 2 has 2 times, expected one per point"),
        (_with(6, "2 5 12 9"), r"line 6: field 1 \(depot id\) is 2, expected 1"),
        (_with(10, "2 3 x"), "line 10, field 3: 'x' is not a whole number"),
        (_with(10, "2 3 8.5"), "line 10, field 3: '8.5' is not a whole number"),
        ("\n".join(GOOD[:10]) + "\n", "ends after line 10; expected the row of point 3"),
        ("\n".join(GOOD) + "\n4 1 1\n", "line 12: unexpected data after the last point row"),
        (_with(4, "2 50 20 30"), "shelters cannot take"),
        ("2 1\n1 2\n2 5 3 1\n2 11 8 3\n1 1 10\n1 6 2\n2 9 5\n", "line 3: field 2"),
        ("x y\n", "line 1, field 1: 'x' is not a whole number"),
        ("2 1\n", "ends after line 1; expected depot count"),
    ],
)
def test_it_rejects_malformed_instances_naming_line_and_field(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_bep(text)


# --- fuzzing: arbitrary text gives a Problem or a clear error, never a hang --------------------
@settings(max_examples=150, deadline=2000)  # a hang fails the deadline
@given(
    text=st.text(alphabet="0123456789 -\n", max_size=120)
    | st.text(max_size=80)
    | damaged_text(TEXT)
    | st.lists(st.integers(-3, 10**13).map(str), max_size=30).map(" \n".join)
)
@example(text="1000000000000 1\n1 1000000000000\n1 1 1\n1 1 1\n1 5\n1 5\n")  # was a hang
@example(text="0 2\n1 -5\n2 5\n1 1 1\n1 1 1\n1 5\n2 5\n1 5\n")  # a negative bus count
@example(text="2 1\n1 2\n" + "9" * 5000 + "\n")  # int() digit limit: a clear error
def test_any_text_gives_a_problem_or_a_clear_error(text: str) -> None:
    try:
        problem = parse_bep(text, "fuzz")
    except ValidationError as exc:
        assert str(exc).startswith("fuzz")
        return
    assert problem.full_trips and all(v.capacity >= 1 for v in problem.vehicles)
