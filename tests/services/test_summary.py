"""The summary and the time series agree with each other and count each leg once."""

from __future__ import annotations

from corridor.services.demo import load_demo
from corridor.services.summary import departures_over_time, summarize
from corridor.storage import SqlStore
from tests import factories as f


def test_it_ends_the_time_series_at_the_summary_totals(sqlite_store: SqlStore) -> None:
    load_demo(store=sqlite_store)
    summary = summarize(store=sqlite_store, op="aleppo-2016")
    series = departures_over_time(store=sqlite_store, op="aleppo-2016")
    assert series[-1][1:] == (summary.left, summary.arrived)
    assert [h for h, _, _ in series] == sorted(h for h, _, _ in series)


def test_it_counts_onward_moves_and_returns_apart_from_departures(store: SqlStore) -> None:
    store.record(
        [
            f.draft("operation.defined", {"name": "Test"}),
            f.site("ramouseh"),
            f.site("khan-al-aasal", kind="gathering"),
            f.site("camp", kind="camp"),
            f.dispatch("T1"),
            f.count("ramouseh", 50, trip="T1"),
            f.depart("T1"),
            f.arrive("T1", 50),
            f.dispatch("T2"),
            f.count("ramouseh", 40, trip="T2"),
            f.depart("T2"),
            f.arrive("T2", 40, site_id="ramouseh"),  # turned back
            f.count("camp", 30, stage="arrived"),
        ]
    )
    s = summarize(store=store, op=f.OP)
    assert (s.left, s.arrived, s.onward, s.returned) == (50, 50, 30, 40)
