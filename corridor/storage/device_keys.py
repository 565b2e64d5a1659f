"""The device key table: key registrations and revocations, derived from the ledger's key facts."""

from __future__ import annotations

from collections.abc import Sequence

from corridor.domain.events import Fact
from corridor.domain.keys import KeyEvent, key_event
from corridor.storage.db import Db


def key_events(db: Db, devices: Sequence[str] | None = None) -> list[KeyEvent]:
    """The key events of some devices (default every device), in no particular order."""
    sql = "SELECT device, kind, public_key, from_seq, fact_id FROM device_keys"
    rows = (
        db.rows_in(sql + " WHERE device IN ({})", devices) if devices is not None else db.rows(sql)
    )
    return [KeyEvent(r[0], r[1], r[2], int(r[3]), r[4]) for r in rows]


def insert_key_events(db: Db, facts: Sequence[Fact]) -> None:
    """Add the key registrations and revocations among these facts to the key table."""
    events = [e for e in map(key_event, facts) if e is not None]
    db.insert(
        "device_keys",
        ("fact_id", "device", "kind", "public_key", "from_seq"),
        [(e.fact_id, e.device, e.kind, e.public_key, e.from_seq) for e in events],
    )
