"""Fuzzing scenario files: any JSON gives a Scenario or a ValidationError, and quickly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corridor.errors import ValidationError
from corridor.planning.scenario import MAX_VEHICLES, parse_scenario
from tests.fuzzing import json_objects, json_values, mutated

EXAMPLE = json.loads(
    (Path(__file__).resolve().parents[2] / "examples" / "aleppo-50k.json").read_text("utf-8")
)
SMALL = {
    "pickups": [{"name": "a", "waiting": 10, "wounded": 1}],
    "shelters": [{"name": "s", "capacity": 20}],
    "vehicles": [{"name": "bus", "count": 2, "capacity": 5, "start": "s", "medical": True}],
    "travel": [{"from": "s", "to": "a", "minutes": 10}],
    "uncertainty": {"travel_cv": 0.2, "pause_minutes": [30, 120], "pauses": [[10, 20]]},
}


@st.composite
def near_valid(draw: st.DrawFn) -> dict[str, Any]:
    """SMALL with one entry of one list (or the uncertainty) damaged."""
    data = json.loads(json.dumps(SMALL))
    key = draw(st.sampled_from(sorted(data)))
    if isinstance(data[key], list):
        data[key][0] = draw(mutated(data[key][0]))
    else:
        data[key] = draw(mutated(data[key]))
    return data


@settings(max_examples=150, deadline=2000)  # a hang fails the deadline
@given(data=json_values | json_objects | mutated(SMALL) | near_valid())
@example(data={**SMALL, "vehicles": [{**SMALL["vehicles"][0], "count": 10**12}]})  # was a hang
@example(data={**SMALL, "uncertainty": {"travel_cv": 10**400}})  # was OverflowError
@example(data={**SMALL, "uncertainty": {"pauses": [[1, 10**400]]}})  # was OverflowError
def test_any_json_gives_a_scenario_or_a_clear_error(data: Any) -> None:
    try:
        scenario = parse_scenario(data)
    except ValidationError as exc:
        assert str(exc)
        return
    assert 1 <= len(scenario.problem.vehicles) <= MAX_VEHICLES


def test_the_shipped_example_still_parses() -> None:
    assert len(parse_scenario(EXAMPLE).problem.vehicles) > 1
