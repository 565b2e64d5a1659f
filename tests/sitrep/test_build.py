"""Fuzzing forecast JSON for the sitrep: a Forecast or a ValidationError naming 'forecast'."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corridor.domain.forecast import forecast_from
from corridor.errors import ValidationError
from tests.fuzzing import json_objects, json_values, mutated

VALID = {"p10_hours": 10.0, "p50_hours": 14.5, "p90_hours": 20.0, "assumptions": ["no pauses"]}


@settings(max_examples=150, deadline=None)
@given(
    data=json_objects
    | mutated(VALID)
    | st.builds(lambda v, k: {**VALID, k: v}, json_values, st.sampled_from(sorted(VALID)))
)
@example(data={**VALID, "p90_hours": 10**400})  # was OverflowError
@example(data={**VALID, "assumptions": 5})  # was TypeError (not iterable)
@example(data={**VALID, "assumptions": {"a": 1}})  # keys of an object were taken as texts
@example(data={**VALID, "p90_hours": "inf"})  # an infinite forecast was accepted
def test_any_object_gives_a_forecast_or_a_clear_error(data: dict[str, Any]) -> None:
    try:
        forecast = forecast_from(data)
    except ValidationError as exc:
        assert exc.field == "forecast"
        return
    assert 0 <= forecast.p10_hours <= forecast.p50_hours <= forecast.p90_hours
    assert math.isfinite(forecast.p90_hours)
    assert all(isinstance(a, str) for a in forecast.assumptions)
