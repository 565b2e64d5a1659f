"""The trip board and the discrepancy list: every row reachable by page, filters, balances."""

from __future__ import annotations

import pytest

from corridor.errors import ValidationError
from corridor.services.review import (
    DiscrepancyFilter,
    TripFilter,
    discrepancy_counts,
    discrepancy_page,
    subject_of,
    trip_page,
)
from corridor.services.summary import figures_as_of, summarize
from corridor.storage import SqlStore
from tests import factories as f


def _operation(store: SqlStore, trips: int = 0) -> None:
    store.record(
        [
            f.draft("operation.defined", {"name": "Test"}),
            f.site("ramouseh", kind="crossing"),
            f.site("sukkari"),
            f.site("khan-al-aasal", kind="gathering"),
            f.site("camp", kind="camp"),
            f.vehicle("bus-1"),
            f.vehicle("bus-2", capacity=10),
        ]
    )
    for i in range(trips):
        at = f"2016-12-15T{8 + i // 60:02d}:{i % 60:02d}:00Z"
        origin, vehicle = ("sukkari", "bus-2") if i % 3 == 0 else ("ramouseh", "bus-1")
        store.record([f.dispatch(f"T{i:03d}", vehicle, origin, at=at)])


def test_it_pages_through_every_trip_once(store: SqlStore) -> None:
    """Should reach all 230 trips in pages of 50 (no cap at 200), newest first, none twice."""
    _operation(store, trips=230)
    seen = []
    page = trip_page(store=store, op=f.OP, page=1, limit=50)
    while True:
        seen += [t["trip_id"] for t in page.rows]
        if not page.has_next:
            break
        page = trip_page(store=store, op=f.OP, page=page.page + 1, limit=50)
    assert (page.total, page.pages, page.page) == (230, 5, 5)
    assert seen == [f"T{i:03d}" for i in reversed(range(230))]
    beyond = trip_page(store=store, op=f.OP, page=6, limit=50)
    assert (beyond.rows, beyond.total, beyond.first) == ([], 230, 0)


def test_it_filters_trips_by_status_site_and_vehicle(store: SqlStore) -> None:
    _operation(store, trips=9)
    store.record([f.depart("T000"), f.arrive("T000", 0), f.depart("T001")])
    assert trip_page(store=store, op=f.OP, where=TripFilter(vehicle="bus-2")).total == 3
    assert trip_page(store=store, op=f.OP, where=TripFilter(site="sukkari")).total == 3
    assert trip_page(store=store, op=f.OP, where=TripFilter(site="khan-al-aasal")).total == 9
    assert [
        t["trip_id"]
        for t in trip_page(store=store, op=f.OP, where=TripFilter(status="en_route")).rows
    ] == ["T001"]
    arrived = trip_page(
        store=store, op=f.OP, where=TripFilter(status="arrived", site="sukkari")
    ).rows
    assert [(t["trip_id"], t["unaccounted"]) for t in arrived] == [("T000", 0)]
    assert (
        trip_page(store=store, op=f.OP, where=TripFilter(trip="T004")).rows[0]["unaccounted"]
        is None
    )


@pytest.mark.parametrize(("page", "limit"), [(0, 50), (1, 0), (1, 501)])
def test_it_refuses_a_page_outside_the_list(store: SqlStore, page: int, limit: int) -> None:
    _operation(store)
    with pytest.raises(ValidationError):
        trip_page(store=store, op=f.OP, page=page, limit=limit)


def test_it_totals_unaccounted_without_netting_an_overcount(store: SqlStore) -> None:
    """Should count 6 people unaccounted on T1 and not let T2's extra person cancel one."""
    _operation(store)
    store.record(
        [
            f.dispatch("T1"),
            f.count("ramouseh", 40, trip="T1"),
            f.depart("T1"),
            f.arrive("T1", 32, died=1, missing=1),
            f.dispatch("T2"),
            f.count("ramouseh", 10, trip="T2"),
            f.depart("T2"),
            f.arrive("T2", 11),
        ]
    )
    rows = {t["trip_id"]: t["unaccounted"] for t in trip_page(store=store, op=f.OP).rows}
    assert rows == {"T1": 6, "T2": -1}
    assert summarize(store=store, op=f.OP).unaccounted == 6


def test_it_lists_discrepancies_by_kind_site_and_trip(store: SqlStore) -> None:
    """Should filter by kind, site (of the trip or the person) and trip, and keep people's
    discrepancies out when asked."""
    _operation(store)
    store.record(
        [
            f.dispatch("T1", "bus-2", "sukkari"),
            f.count("sukkari", 12, trip="T1"),  # over capacity (10)
            f.depart("T1"),
            f.arrive("T1", 11),  # unreconciled
            f.dispatch("T2"),
            f.depart("T2"),
            f.depart("T2", at="2016-12-15T10:00:00Z"),  # departed twice
            f.person("W-1", "sukkari"),
            f.person("W-1", "sukkari", at="2016-12-15T11:00:00Z"),  # registered twice
        ]
    )
    counts = discrepancy_counts(store=store, op=f.OP)
    assert counts == {
        "departed_twice": 1,
        "over_capacity": 1,
        "registered_twice": 1,
        "unreconciled": 1,
    }
    assert "registered_twice" not in discrepancy_counts(store=store, op=f.OP, personal=False)

    def listed(**where: object) -> list[tuple[str, str]]:
        page = discrepancy_page(store=store, op=f.OP, where=DiscrepancyFilter(**where))  # type: ignore[arg-type]
        return sorted((d["kind"], d["subject_id"]) for d in page.rows)

    assert listed(site="sukkari") == [
        ("over_capacity", "T1"),
        ("registered_twice", "W-1"),
        ("unreconciled", "T1"),
    ]
    assert listed(site="sukkari", personal=False) == [
        ("over_capacity", "T1"),
        ("unreconciled", "T1"),
    ]
    assert listed(trip="T2") == [("departed_twice", "T2")]
    assert listed(kind="unreconciled") == [("unreconciled", "T1")]
    row = discrepancy_page(store=store, op=f.OP, where=DiscrepancyFilter(kind="unreconciled")).rows[
        0
    ]
    assert (row["subject"], row["trip"]["unaccounted"], row["sites"]) == (
        "trip",
        1,
        ["sukkari", "khan-al-aasal"],
    )
    first = discrepancy_page(store=store, op=f.OP, limit=3)
    second = discrepancy_page(store=store, op=f.OP, page=2, limit=3)
    assert (first.total, len(first.rows), len(second.rows)) == (4, 3, 1)


def test_it_reads_the_subject_of_a_unit() -> None:
    assert subject_of("t|op|T-1") == ("trip", "T-1")
    assert subject_of("p|op|W-000123") == ("person", "W-000123")
    assert subject_of("o|op") == ("operation", "")


def test_it_compares_an_estimate_with_the_ledger_on_its_date(store: SqlStore) -> None:
    """Should give the figure at the end of the estimate's day, not today's total."""
    _operation(store)
    day1, day2 = "2016-12-15T10:00:00Z", "2016-12-16T10:00:00Z"
    store.record(
        [
            f.count("ramouseh", 30, breakdown={"age": {"child": 12}}, at=day1),
            f.count("sukkari", 5, stage="waiting", at=day1),
            f.count("ramouseh", 50, at=day2),
            f.count("sukkari", 3, stage="arrived", at=day2),  # turned back
            f.count("ramouseh", 7, stage="waiting", at=day2),
        ]
    )
    wanted = [
        (m, d)
        for m in ("evacuated", "children", "waiting", "wounded")
        for d in ("2016-12-14", "2016-12-15", "2016-12-16")
    ]
    ours = figures_as_of(store=store, op=f.OP, wanted=wanted)
    assert [ours[("evacuated", d)] for d in ("2016-12-14", "2016-12-15", "2016-12-16")] == [
        0,
        30,
        77,
    ]
    assert ours[("children", "2016-12-15")] == 12
    # Only each site's latest waiting count is kept: before the last one, the figure is unknown.
    assert [ours[("waiting", d)] for d in ("2016-12-15", "2016-12-16")] == [None, 12]
    assert ours[("wounded", "2016-12-16")] is None
    assert ours[("evacuated", "2016-12-16")] == summarize(store=store, op=f.OP).left
