from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from corridor.errors import ValidationError
from corridor.planning.bep import parse_bep
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


def test_it_parses_the_published_layout() -> None:
    problem = parse_bep(TEXT)
    assert [p.waiting for p in problem.pickups] == [3, 1]
    assert [s.capacity for s in problem.shelters] == [8, 3]
    assert [v.start for v in problem.vehicles] == ["Y1", "Y1"]
    assert problem.time("Y1", "P2") == 10
    assert problem.time("S2", "P2") == problem.time("P2", "S2") == 5
    assert problem.full_trips
    assert solve(problem, 5).plan.makespan == 13


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2 1\n1 2\n2 5 3 1\n2 11 8 3\n1 1 10\n1 6 2\n2 9 5\n", "demands do not match"),
        ("2 1\n1 2\n2 4 3 1\n2 11 8 3\n1 1 10\n1 6 2\n", "fleet or point rows"),
        ("2 1\n1 2\n2 4 3 1\n2 11 8 3\n1 1 10\n1 6 2\n2 9\n", "wrong length"),
        ("x y\n", "not a BEP instance"),
        ("2 1\n", "truncated"),
    ],
)
def test_it_rejects_malformed_instances(text: str, message: str) -> None:
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
    assert problem.full_trips and all(v.capacity == 1 for v in problem.vehicles)
