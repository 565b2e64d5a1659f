"""Wristband tokens carry an ISO/IEC 7064 MOD 37,36 check character, checked at every entry."""

from __future__ import annotations

import string

import pytest
from stdnum.iso7064 import mod_37_36

from corridor.domain.events import validate_draft, validate_fact
from corridor.domain.tokens import make_token, normal_token, token_problem
from corridor.errors import ValidationError
from tests import factories as f

ALPHABET = string.digits + string.ascii_uppercase


def test_a_token_carries_the_iso_7064_mod_37_36_check_character() -> None:
    token = make_token("W", 123)
    assert token.startswith("W-000123-") and len(token) == 10
    assert mod_37_36.is_valid(token.replace("-", ""))
    assert token_problem(token) is None


@pytest.mark.parametrize("number", [1, 42, 999_999])
def test_every_single_mistyped_character_is_caught(number: int) -> None:
    token = make_token("AB", number)
    for i, char in enumerate(token):
        if char == "-":
            continue
        for other in ALPHABET:
            typo = token[:i] + other + token[i + 1 :]
            if other != char:
                assert token_problem(typo) is not None, typo


def test_almost_every_swap_of_neighbours_is_caught() -> None:
    missed = total = 0
    for number in range(1, 2000):
        token = make_token("W", number)
        digits = token[2:8]
        for i in range(5):
            if digits[i] != digits[i + 1]:
                swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
                total += 1
                missed += token_problem(f"W-{swapped}-{token[-1]}") is None
    # A hybrid ISO 7064 system misses a few swaps (4 of 6,400 here): far fewer than one in 1,000.
    assert total > 5000 and missed * 1000 < total


def test_old_tokens_and_other_identifiers_stay_valid() -> None:
    for token in ("W-000123", "W-0001", "p-1", "HH-12", "w-000123"):
        assert token_problem(token) is None


def test_a_token_in_small_letters_is_refused_and_the_edges_write_it_in_capitals() -> None:
    token = make_token("W", 5)
    assert "in capitals" in str(token_problem(token.lower()))
    assert normal_token(" " + token.lower() + " ") == token
    assert normal_token("hh-12") == "hh-12"


def _with(payload: dict[str, object], type_: str = "person.registered") -> dict[str, object]:
    return {
        "id": "x-1",
        "type": type_,
        "op": f.OP,
        "actor": "registrar-1",
        "occurred_at": "2016-12-15T09:00:00Z",
        "payload": payload,
    }


def test_every_entry_refuses_a_token_that_fails_its_check() -> None:
    good = make_token("W", 7)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    registered = f.person("p-1").payload
    assert validate_draft(_with({**registered, "person_id": good})).payload["person_id"] == good
    for raw in (
        _with({**registered, "person_id": bad}),
        _with({**registered, "household_id": bad}),
        _with({"person_id": bad, "trip_id": "T1"}, "person.boarded"),
        _with({"person_id": bad, "trip_id": "T1", "site_id": "s"}, "person.arrived"),
    ):
        with pytest.raises(ValidationError, match="check character"):
            validate_draft(raw)
    # Sync and import build facts with the same validation.
    sealed = {**_with({**registered, "person_id": bad}), "device": "d", "seq": 1}
    sealed |= {"recorded_at": "2016-12-15T09:00:00Z", "prev_hash": "0" * 64, "hash": "0" * 64}
    with pytest.raises(ValidationError, match="check character"):
        validate_fact(sealed)
