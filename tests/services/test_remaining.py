"""How many remain: the ledger's waiting people and the reported range, never averaged."""

from __future__ import annotations

from corridor.clock import FrozenClock
from corridor.services import operation, register
from corridor.services.common import Recorder
from corridor.services.count import Headcount, record_headcount
from corridor.services.remaining import remaining
from corridor.services.reports import Estimate, report_estimate
from corridor.storage.base import Store


def test_it_gives_waiting_by_site_and_the_range_of_the_latest_figure_per_source(
    store: Store,
) -> None:
    """Should count registered-and-waiting plus counted waiting per site, keep each source's
    latest figure, and span them from the lowest to the highest."""
    kw = {"store": store, "clock": FrozenClock(), "actor": "t", "op": "op1"}
    operation.define_operation(Recorder(**kw), operation.NewOperation(name="Op"))
    operation.define_site(Recorder(**kw), operation.NewSite(site_id="a", name="A", kind="pickup"))
    operation.define_site(Recorder(**kw), operation.NewSite(site_id="b", name="B", kind="pickup"))
    register.register_person(Recorder(**kw), register.NewPerson(person_id="W-1", site_id="a"))
    register.register_person(Recorder(**kw), register.NewPerson(person_id="W-2", site_id="a"))
    record_headcount(Recorder(**kw), Headcount(site_id="b", stage="waiting", total=2500))
    record_headcount(
        Recorder(**kw),
        Headcount(site_id="b", stage="waiting", total=2000),
        at="2016-12-15T09:00:00Z",
    )
    for source, value, as_of, low in (
        ("UN", 50000, "2016-12-14", None),
        ("UN", 40000, "2016-12-16", None),  # the UN's latest replaces its earlier figure
        ("ICRC", 4000, "2016-12-16", None),
        ("SOHR", 10000, "2016-12-16", 8000),
    ):
        report_estimate(
            Recorder(**kw),
            Estimate(metric="remaining", value=value, source=source, as_of=as_of, low=low),
        )
    report_estimate(
        Recorder(**kw), Estimate(metric="evacuated", value=8000, source="SANA", as_of="2016-12-16")
    )
    result = remaining(store=store, op="op1")
    assert result.waiting_by_site == {"a": 2, "b": 2000}
    assert result.waiting == 2002
    assert (result.low, result.high) == (4000, 40000)
    assert [(s["source"], s["value"]) for s in result.sources] == [
        ("ICRC", 4000),
        ("SOHR", 10000),
        ("UN", 40000),
    ]
