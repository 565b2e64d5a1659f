"""The stored forecast: what is missing when data are thin, and its age and position."""

from __future__ import annotations

from corridor.clock import FrozenClock
from corridor.domain.messages import english
from corridor.services import operation
from corridor.services.common import Recorder
from corridor.services.forecasting import compute_forecast, current_forecast
from corridor.storage.base import Store


def test_it_says_what_is_missing_and_how_old_the_forecast_is(store: Store) -> None:
    """Should store a 'missing' reason instead of figures, then report its age and the facts
    added since; a closed operation has nothing left to forecast."""
    clock = FrozenClock("2016-12-15T10:00:00Z")
    kw = {"store": store, "clock": clock, "actor": "t", "op": "op1"}
    operation.define_operation(Recorder(**kw), operation.NewOperation(name="Op"))
    missing = current_forecast(store=store, clock=clock, op="op1")["missing"]
    assert "no forecast yet" in english(missing)
    operation.define_site(Recorder(**kw), operation.NewSite(site_id="a", name="A", kind="pickup"))
    body = compute_forecast(store=store, clock=clock, op="op1", time_limit=1, runs=5)
    assert body["missing"] == {"code": "plan_no_vehicles", "op": "op1"}  # said per language
    assert english(body["missing"]) == "operation op1 has no vehicles"
    operation.register_vehicle(
        Recorder(**kw), operation.NewVehicle(vehicle_id="bus-1", kind="bus", capacity=50)
    )
    clock.at = "2016-12-15T10:05:00Z"
    now = current_forecast(store=store, clock=clock, op="op1")
    assert (now["age_seconds"], now["facts_since"]) == (300, 1)
    operation.change_status(Recorder(**kw), status="closed")
    body = compute_forecast(store=store, clock=clock, op="op1", time_limit=1, runs=5)
    assert "closed" in english(body["missing"])
    assert current_forecast(store=store, clock=clock, op="op1")["facts_since"] == 0


def test_a_report_uses_the_stored_forecast_only_for_the_day_it_was_made_from(
    store: Store,
) -> None:
    """Should give the day's report the forecast and an earlier day's report none."""
    from corridor.services.sitrep import stored_forecast

    body = {"as_of": "2016-12-16T08:30:00Z", "p10_hours": 10.0, "p50_hours": 12.5}
    store.save_forecast(
        op="op1",
        position=7,
        computed_at="2016-12-16T09:00:00Z",
        body={**body, "p90_hours": 20.0, "assumptions": ["a"]},
    )
    today = stored_forecast(store=store, op="op1", date="2016-12-16")
    assert today is not None and today.p50_hours == 12.5 and today.as_of == "2016-12-16T09:00:00Z"
    assert stored_forecast(store=store, op="op1", date="2016-12-15") is None
    store.save_forecast(
        op="op1", position=8, computed_at="2016-12-16T10:00:00Z", body={"missing": "x"}
    )
    assert stored_forecast(store=store, op="op1", date="2016-12-16") is None
