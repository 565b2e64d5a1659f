"""Exports keep UTC as stored and give the operation's local time and day beside it."""

from __future__ import annotations

from corridor.services import exports
from corridor.storage.base import Store
from tests import factories as f
from tests.sitrep.scenario import D2, two_days


def test_exports_give_local_times_and_days_and_name_the_zone(sqlite_store: Store) -> None:
    """Should put T3 (23:00 UTC on the 16th) on the 17th in the HXL file and give each fact's
    local time and zone in the ledger table, leaving occurred_at in UTC."""
    sqlite_store.record(two_days())
    utc_days = {r[0] for r in exports.hxl_rows(store=sqlite_store, op=f.OP)[2:]}
    sqlite_store.record(
        [f.draft("operation.time_zone_set", {"time_zone": "Asia/Damascus"}, at=f"{D2}T23:30:00Z")]
    )
    rows = exports.hxl_rows(store=sqlite_store, op=f.OP)
    assert rows[0][0] == "Date (Asia/Damascus)" and rows[1][0] == "#date"
    departed = {(r[0], r[5]): r[6] for r in rows[2:]}
    assert departed[("2016-12-17", "departed")] == ""  # 3 people: suppressed, on the 17th
    assert departed[("2016-12-16", "departed")] == "40"
    assert "2016-12-17" not in utc_days
    records = {r["id"]: r for r in exports.ledger_records(store=sqlite_store)}
    t3 = next(r for r in records.values() if r["type"] == "trip.departed" and r["trip_id"] == "T3")
    assert t3["occurred_at"] == f"{D2}T23:00:00Z"
    assert (t3["occurred_local"], t3["time_zone"]) == ("2016-12-17 01:00:00", "Asia/Damascus")
    assert "occurred_local" in exports.ledger_columns(None)
