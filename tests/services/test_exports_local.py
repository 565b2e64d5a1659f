"""The ledger tables keep UTC as stored and give the operation's local time and zone beside it."""

from __future__ import annotations

from corridor.domain.personal import new_key_text, parse_key
from corridor.services import exports
from corridor.storage.base import Store
from tests import factories as f
from tests.sitrep.scenario import D2, two_days


def test_the_ledger_table_gives_local_times_and_names_the_zone(sqlite_store: Store) -> None:
    """Should give T3's departure (23:00 UTC on the 16th) as 01:00 on the 17th in Damascus,
    leaving occurred_at in UTC."""
    sqlite_store.record(two_days())
    sqlite_store.record(
        [f.draft("operation.time_zone_set", {"time_zone": "Asia/Damascus"}, at=f"{D2}T23:30:00Z")]
    )
    access = exports.PersonalAccess(actor="x", purpose="times", key=parse_key(new_key_text()))
    records = list(exports.ledger_records(store=sqlite_store, access=access))
    t3 = next(r for r in records if r["type"] == "trip.departed" and r["trip_id"] == "T3")
    assert t3["occurred_at"] == f"{D2}T23:00:00Z"
    assert (t3["occurred_local"], t3["time_zone"]) == ("2016-12-17 01:00:00", "Asia/Damascus")
    assert "occurred_local" in exports.ledger_columns(None)
