"""Sealing, chain checks, units and corrections, on their own (no store)."""

from __future__ import annotations

import dataclasses

import pytest

from corridor.domain.events import Draft, Fact
from corridor.domain.ledger import (
    GENESIS,
    Head,
    check_chain,
    check_correction,
    effective,
    hash_of,
    order_key,
    seal,
    unit_of,
)
from corridor.domain.units import Kind, Unit
from corridor.errors import ConflictError, ValidationError
from tests import factories as f

AT = "2016-12-15T20:00:00Z"


def _seal(*drafts: Draft, device: str = "d", head: Head | None = None) -> list[Fact]:
    return seal(list(drafts), device=device, head=head or Head(), recorded_at=AT)


def test_sealing_chains_each_fact_onto_the_one_before() -> None:
    """Should number facts from the head and link each to the previous hash."""
    a, b = _seal(f.person("p1"), f.person("p2"))
    assert (a.seq, a.prev_hash, b.seq, b.prev_hash) == (1, GENESIS, 2, a.hash)
    assert hash_of(a) == a.hash and hash_of(b) == b.hash
    (c,) = _seal(f.person("p3"), head=Head(b.seq, b.hash))
    assert (c.seq, c.prev_hash) == (3, b.hash)


def test_sealing_signs_each_hash_when_given_a_signer() -> None:
    (fact,) = seal([f.person("p1")], device="d", head=Head(), recorded_at=AT, sign=str.upper)
    assert fact.sig == fact.hash.upper()
    (unsigned,) = _seal(f.person("p1", id=fact.id))
    assert unsigned.sig == "" and unsigned.hash == fact.hash  # the signature is not hashed


def test_the_hash_covers_every_sealed_field() -> None:
    (fact,) = _seal(f.person("p1"))
    for name, value in [("payload", {"x": 1}), ("actor", "other"), ("seq", 9), ("device", "e")]:
        changed = dataclasses.replace(fact, **{name: value}, payload_json="")
        assert hash_of(changed) != fact.hash, name


def test_a_chain_check_accepts_a_chain_and_returns_the_new_heads() -> None:
    a, b = _seal(f.person("p1"), f.person("p2"))
    (other,) = _seal(f.person("p3"), device="e")
    heads = check_chain([a, other, b], {})
    assert heads == {"d": Head(2, b.hash), "e": Head(1, other.hash)}
    (c,) = _seal(f.person("p4"), head=heads["d"])
    assert check_chain([c], heads)["d"] == Head(3, c.hash)


def test_a_chain_check_refuses_a_gap_a_fork_and_a_forged_hash() -> None:
    a, b = _seal(f.person("p1"), f.person("p2"))
    with pytest.raises(ConflictError, match="expects seq 1"):
        check_chain([b], {})  # gap: the first fact is missing
    (fork,) = _seal(f.person("p9"), head=Head(1, "f" * 64))
    with pytest.raises(ConflictError, match="chain expects"):
        check_chain([a, fork], {})
    forged = dataclasses.replace(a, payload={**a.payload, "age": "child"}, payload_json="")
    with pytest.raises(ConflictError, match="hash does not match"):
        check_chain([forged], {})


def test_each_fact_type_belongs_to_its_unit() -> None:
    op = f.OP
    cases = [
        (f.person("p1"), f"p|{op}|p1"),
        (f.board("p1", "T1"), f"p|{op}|p1"),
        (f.dispatch("T1"), f"t|{op}|T1"),
        (f.count("ramouseh", 3, trip="T1"), f"t|{op}|T1"),
        (f.count("ramouseh", 3, stage="waiting"), f"w|{op}|ramouseh"),
        (f.site("ramouseh"), f"s|{op}|ramouseh"),
        (f.vehicle("bus-1"), f"v|{op}|bus-1"),
        (f.status("active"), f"o|{op}"),
    ]
    for draft, text in cases:
        unit = unit_of(draft.id, draft.type, draft.op, draft.payload)
        assert unit is not None and unit.encode() == text, draft.type
    tally = f.count("ramouseh", 3)
    assert unit_of(tally.id, tally.type, op, tally.payload) == Unit(Kind.TALLY, op, tally.id)
    fix = f.correct(tally)
    assert unit_of(fix.id, fix.type, op, fix.payload) is None  # it joins its target's unit


def test_a_correction_must_fit_its_target() -> None:
    (registered,) = _seal(f.person("p1"))
    check_correction(f.correct(registered), registered)
    child = {**registered.payload, "age": "child"}
    check_correction(f.correct(registered, "replace", child), registered)
    wrong = {**f.correct(registered).payload, "target_type": "trip.departed"}
    wrong_type = f.draft("entry.corrected", wrong)
    with pytest.raises(ValidationError) as type_error:
        check_correction(wrong_type, registered)
    assert type_error.value.field == "target_type"
    moved = f.correct(registered, "replace", {**registered.payload, "person_id": "p2"})
    with pytest.raises(ValidationError) as unit_error:
        check_correction(moved, registered)
    assert unit_error.value.field == "replacement"
    with pytest.raises(ValidationError) as op_error:
        check_correction(f.correct(registered, op="other"), registered)
    assert op_error.value.field == "op"


def test_effective_applies_the_latest_valid_correction_of_each_fact() -> None:
    """Should void, replace (latest by time wins) and list corrections that do not fit."""
    a, b, c = _seal(f.person("p1"), f.person("p2"), f.person("p3"))
    child = {**b.payload, "age": "child"}
    male = {**b.payload, "sex": "male"}
    corrections = _seal(
        f.correct(a),
        f.correct(b, "replace", male, at="2016-12-15T11:00:00Z"),
        f.correct(b, "replace", child, at="2016-12-15T10:00:00Z"),
        f.draft("entry.corrected", {**f.correct(c).payload, "target_type": "person.boarded"}),
        device="e",
    )
    live, rejected = effective([a, b, c], corrections)
    assert [x.id for x in live] == [b.id, c.id]
    assert live[0].payload == male and live[0].hash == b.hash  # still the same sealed fact
    assert live[1] == c
    assert rejected == [corrections[3].id]


def test_effective_lets_a_later_replacement_bring_back_a_voided_fact() -> None:
    (a,) = _seal(f.person("p1"))
    void = f.correct(a, at="2016-12-15T10:00:00Z")
    back = f.correct(a, "replace", {**a.payload, "age": "child"}, at="2016-12-15T11:00:00Z")
    live, _ = effective([a], _seal(back, void, device="e"))
    assert [x.payload["age"] for x in live] == ["child"]
    assert effective([a], []) == ([a], [])


def test_effective_drops_a_rejected_correction_once_superseded_or_withdrawn() -> None:
    """Should stop listing a correction that does not fit once a later one of the same fact
    applies, or once it is voided itself; a voided correction no longer applies either."""
    a, b = _seal(f.person("p1"), f.person("p2"))
    wrong_payload = {**f.correct(a).payload, "target_type": "person.boarded"}
    wrong, later, void_b = _seal(
        f.draft("entry.corrected", wrong_payload, at="2016-12-15T09:00:00Z"),
        f.correct(a, "replace", {**a.payload, "age": "child"}, at="2016-12-15T10:00:00Z"),
        f.correct(b, at="2016-12-15T09:00:00Z"),
        device="e",
    )
    assert effective([a], [wrong])[1] == [wrong.id]
    live, rejected = effective([a], [wrong, later])
    assert rejected == [] and live[0].payload["age"] == "child"
    withdraw_wrong, withdraw_void = _seal(
        *(
            f.draft(
                "entry.corrected",
                {"target": c.id, "target_type": c.type, "action": "void", "reason": "withdrawn"},
                at="2016-12-15T11:00:00Z",
            )
            for c in (wrong, void_b)
        ),
        device="f",
    )
    assert effective([a], [wrong, withdraw_wrong]) == ([a], [])
    assert effective([b], [void_b]) == ([], [])
    assert effective([b], [void_b, withdraw_void]) == ([b], [])


def test_order_key_keeps_a_devices_own_order_within_a_second() -> None:
    """Should order same-second facts of one device by its sequence, not by id, and facts of
    two devices in one second the same way on every node (device, then sequence)."""
    early_high_id, late_low_id = _seal(f.person("zzz"), f.person("aaa"))
    assert early_high_id.occurred_at == late_low_id.occurred_at
    assert sorted([late_low_id, early_high_id], key=order_key) == [early_high_id, late_low_id]
    (other_device,) = _seal(f.person("mmm"), device="e")
    once = sorted([late_low_id, other_device, early_high_id], key=order_key)
    again = sorted([other_device, early_high_id, late_low_id], key=order_key)
    assert once == again == [early_high_id, late_low_id, other_device]
    later = dataclasses.replace(early_high_id, occurred_at="2099-01-01T00:00:00Z")
    assert sorted([later, late_low_id], key=order_key)[-1] is later
