"""``Store.latest``: the newest rows of a derived table, on every adapter."""

from __future__ import annotations

import pytest

from corridor.errors import ValidationError
from corridor.storage.base import Store
from tests import factories as f


def test_it_returns_the_newest_rows_first_and_stops_at_the_limit(store: Store) -> None:
    store.record([f.site("a"), f.site("b")])
    for n, site in enumerate(["a", "a", "b", "a"]):
        store.record([f.person(f"W{n}", site, at=f"2016-12-15T09:0{n}:00Z")])
    rows = store.latest("persons", order_by="registered_at", limit=2, op=f.OP, site_id="a")
    assert [r["person_id"] for r in rows] == ["W3", "W1"]
    with pytest.raises(ValidationError):
        store.latest("persons", order_by="nonsense", limit=1)
    with pytest.raises(ValidationError):
        store.latest("persons", order_by="registered_at", limit=1, colour="red")
