from __future__ import annotations

import pytest

from corridor.errors import ValidationError
from corridor.planning.forecast import Uncertainty, coefficient_of_variation, forecast
from corridor.planning.solve import solve
from tests.planning.cases import mixed_fleet_problem


@pytest.fixture(scope="module")
def planned() -> tuple:
    problem = mixed_fleet_problem()
    return problem, solve(problem, 1).plan


def test_without_noise_or_pauses_the_forecast_is_the_plan(planned: tuple) -> None:
    problem, plan = planned
    f = forecast(problem, plan, Uncertainty(travel_cv=0, handling_cv=0), runs=5)
    assert f.p10 == f.p50 == f.p90 == plan.makespan


def test_it_is_seeded_and_ordered(planned: tuple) -> None:
    problem, plan = planned
    a = forecast(problem, plan, runs=60, seed=7)
    b = forecast(problem, plan, runs=60, seed=7)
    c = forecast(problem, plan, runs=60, seed=8)
    assert a == b
    assert a.samples != c.samples
    assert a.p10 <= a.p50 <= a.p90
    assert a.p10 < a.p90  # noise spreads the outcome
    assert a.wounded_p50 is not None and a.wounded_p50 <= a.p90


def test_more_suspension_never_clears_sooner(planned: tuple) -> None:
    problem, plan = planned
    calm = forecast(problem, plan, Uncertainty(), runs=40, seed=3)
    one = forecast(problem, plan, Uncertainty(pauses=((20, 80),)), runs=40, seed=3)
    two = forecast(problem, plan, Uncertainty(pauses=((20, 80), (150, 400))), runs=40, seed=3)
    rand = forecast(problem, plan, Uncertainty(pause_rate_per_day=24), runs=40, seed=3)
    for x, y, z, r in zip(calm.samples, one.samples, two.samples, rand.samples, strict=True):
        assert x <= y <= z
        assert x <= r
    assert one.p50 > calm.p50 and rand.p90 > calm.p90


def test_it_rejects_bad_settings(planned: tuple) -> None:
    problem, plan = planned
    with pytest.raises(ValidationError):
        Uncertainty(travel_cv=-1)
    with pytest.raises(ValidationError):
        Uncertainty(pauses=((50, 10),))
    with pytest.raises(ValidationError):
        forecast(problem, plan, runs=0)


def test_coefficient_of_variation_of_observed_cycle_times() -> None:
    assert coefficient_of_variation([60.0]) is None
    assert coefficient_of_variation([60.0, 60.0]) == 0
    assert coefficient_of_variation([50.0, 70.0]) == pytest.approx(14.142 / 60, rel=1e-3)
