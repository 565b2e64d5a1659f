"""The sitrep service reads the day's and cumulative figures from every adapter."""

from __future__ import annotations

import pytest

from corridor.clock import FrozenClock
from corridor.domain.forecast import Forecast
from corridor.errors import NotFound, ValidationError
from corridor.services.disclosure import compute_snapshot
from corridor.services.sitrep import make_sitrep, read_rows
from corridor.services.summary import summarize
from corridor.sitrep.build import build_sitrep
from corridor.storage import SqlStore
from tests import factories as f
from tests.sitrep.scenario import D1, D2, two_days


def test_it_counts_the_day_apart_from_the_running_total(store: SqlStore) -> None:
    store.record(two_days())
    day1 = make_sitrep(store=store, op=f.OP, date=D1, pdf=False).sitrep
    day2 = make_sitrep(store=store, op=f.OP, date=D2, pdf=False).sitrep
    assert (day1.figure("left").day, day1.figure("left").total) == (50, 50)
    assert (day1.figure("arrived").day, day1.figure("died").day) == (48, 2)
    assert (day2.figure("left").day, day2.figure("left").total) == (43, 93)
    assert (day2.figure("arrived").day, day2.figure("arrived").total) == (40, 88)
    assert day1.trips["departed"] == 1 and day2.trips["in_flight"] == 1
    assert day2.trips["boarded"] == 43 and day2.trips["total_departed"] == 3
    children = next(c for c in day2.categories if (c.dim, c.value) == ("age", "child"))
    assert (children.left_day, children.left_total) == (0, 20)
    assert [i["kind"] for i in day1.incidents] == ["gunfire"] and day2.incidents == []
    assert [c["status"] for c in day1.status_changes] == ["active"]
    assert day2.status_changes == [] and day2.status == "active"
    (estimate,) = day2.estimates
    assert (estimate.source, estimate.value, estimate.ledger) == ("SOHR", 100, 93)
    assert day1.estimates == []  # not yet reported on day 1


def test_it_ends_at_the_summary_totals(store: SqlStore) -> None:
    """Should count the legs as the summary does (same day boundary as the whole ledger)."""
    store.record(two_days())
    last = make_sitrep(store=store, op=f.OP, date=D2, pdf=False).sitrep
    summary = summarize(store=store, op=f.OP)
    assert (last.figure("left").total, last.figure("arrived").total) == (
        summary.left,
        summary.arrived,
    )
    assert last.series[-1][1:] == (summary.left, summary.arrived)


def test_it_suppresses_small_cells_in_the_public_variant(store: SqlStore) -> None:
    store.record(two_days())
    snap = compute_snapshot(store=store, clock=FrozenClock(), op=f.OP)
    public = make_sitrep(store=store, op=f.OP, date=D1, public=True, pdf=False, snapshot=snap)
    assert public.sitrep.figure("died").day is None  # 2 people
    assert public.sitrep.figure("left").day == snap["cells"][f"all|day|{D1}|left|total|all"]
    assert public.sitrep.discrepancies_day == []
    assert public.sitrep.incidents[0]["killed"] is None  # 2 killed in the gunfire
    assert ">x<" in public.html and "Public version" in public.html
    private = make_sitrep(store=store, op=f.OP, date=D1, pdf=False)
    assert private.sitrep.figure("died").day == 2 and ">x<" not in private.html


def test_the_public_variant_shows_no_figure_before_the_first_snapshot(store: SqlStore) -> None:
    store.record(two_days())
    public = make_sitrep(store=store, op=f.OP, date=D1, public=True, pdf=False)
    assert all(fig.day is None and fig.total is None for fig in public.sitrep.figures)
    assert "No public figures yet" in public.html


def test_it_shows_the_forecast_only_when_given(sqlite_store: SqlStore) -> None:
    sqlite_store.record(two_days())
    rows = read_rows(store=sqlite_store, op=f.OP)
    forecast = Forecast(30.0, 41.5, 60.0, ("20 buses a day", "no new suspension"))
    with_it = build_sitrep(rows, date=D2, forecast=forecast)
    assert with_it.forecast == forecast
    html = make_sitrep(store=sqlite_store, op=f.OP, date=D2, pdf=False).html
    assert "Forecast not available" in html


def test_it_refuses_a_bad_date_or_an_unknown_operation(sqlite_store: SqlStore) -> None:
    sqlite_store.record(two_days())
    with pytest.raises(ValidationError, match="not a date"):
        make_sitrep(store=sqlite_store, op=f.OP, date="2016-12-32", pdf=False)
    with pytest.raises(NotFound):
        make_sitrep(store=sqlite_store, op="nowhere", date=D1, pdf=False)
