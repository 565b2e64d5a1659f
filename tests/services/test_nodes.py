"""Node tokens and wristband token ranges: shown once, stored hashed, never overlapping."""

from __future__ import annotations

import pytest

from corridor.errors import ConflictError, NotFound, ValidationError
from corridor.services.nodes import (
    add_node,
    allocate_range,
    authenticate,
    format_token,
    issue,
    keep_range,
    token_hash,
)
from corridor.storage import SqlStore


def test_a_node_token_authenticates_its_node_and_only_its_hash_is_kept(store: SqlStore) -> None:
    token = add_node(store=store, name="desk-2")
    assert authenticate(store, f"Bearer {token}") == "desk-2"
    assert [n["name"] for n in store.sync_nodes()] == ["desk-2"]
    assert token not in str(store.sync_nodes()) and token_hash(token) != token
    for header in (None, token, "Bearer crd_wrong", "Basic x", "Bearer " + token + "x" * 200):
        assert authenticate(store, header) is None, header
    store.revoke_sync_node("desk-2")
    assert authenticate(store, f"Bearer {token}") is None


def test_it_refuses_a_bad_or_taken_node_name(store: SqlStore) -> None:
    with pytest.raises(ValidationError):
        add_node(store=store, name="-bad name")
    add_node(store=store, name="desk-2")
    with pytest.raises(ConflictError):
        add_node(store=store, name="desk-2")


def test_ranges_never_overlap_and_tokens_are_issued_from_kept_ranges(store: SqlStore) -> None:
    """Should hand two devices disjoint ranges and issue this device's numbers in order."""
    mine = allocate_range(store, {"prefix": "W", "count": 3, "device": store.device})
    theirs = allocate_range(store, {"prefix": "W", "count": 2, "device": "desk-9"})
    assert mine["last_number"] < theirs["first_number"]
    keep_range(store=store, reserved=mine)
    first = mine["first_number"]
    assert issue(store=store, prefix="W", count=2) == [
        format_token("W", first),
        format_token("W", first + 1),
    ]
    with pytest.raises(NotFound):
        issue(store=store, prefix="W", count=5)
    with pytest.raises(ValidationError, match="another device"):
        keep_range(store=store, reserved=theirs)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ([], "body"),
        ({"prefix": "W", "count": True, "device": "d"}, "count"),
        ({"prefix": "w", "count": 3, "device": "d"}, "prefix"),
        ({"prefix": "W", "count": 3, "device": "bad device"}, "device"),
    ],
)
def test_it_refuses_a_bad_range_request(store: SqlStore, body: object, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        allocate_range(store, body)
    assert error.value.field == field
    assert store.token_ranges() == []


def test_a_token_prints_with_six_digits() -> None:
    assert format_token("W", 123) == "W-000123"
