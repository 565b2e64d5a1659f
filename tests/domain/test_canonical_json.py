"""The canonical payload text is byte for byte what ``json.dumps`` gives (chains still verify)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from corridor.domain import ledger
from corridor.domain.ledger import canonical_json


def _reference(payload: Any) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# Text as it reaches the ledger: Arabic and other scripts, quotes, backslashes, control
# characters, line and paragraph separators, emoji (surrogate pairs excluded: not valid text).
text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.sampled_from(
        ["حلب", "الراموسة", "Ḥalab", 'a"b\\c', "\n\t\x00\x1f\x7f", "\u2028\u2029", "😀"]
    ),
)
scalar = st.one_of(st.none(), st.booleans(), st.integers(-(2**63), 2**63), text)
value = st.recursive(
    scalar,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(text, inner, max_size=5)),
    max_leaves=20,
)


def test_it_uses_the_prebuilt_encoder_on_this_python() -> None:
    """Should take the fast path here (otherwise the equality test below proves nothing new)."""
    assert ledger._ENCODE is not None


@settings(max_examples=400, deadline=None)
@given(payload=st.dictionaries(text, value, max_size=8))
def test_it_matches_json_dumps_byte_for_byte(payload: dict[str, Any]) -> None:
    """Should give exactly the text (and UTF-8 bytes) the ledger has always hashed."""
    ours = canonical_json(payload)
    assert ours == _reference(payload)
    assert ours.encode("utf-8") == _reference(payload).encode("utf-8")


def test_it_matches_json_dumps_on_a_registration_in_arabic() -> None:
    """Should keep Arabic unescaped and keys sorted, as stored ledgers have it."""
    payload = {"site_id": "ramouseh", "name_ar": "الراموسة", "name": "Ramouseh", "kind": "pickup"}
    assert canonical_json(payload) == _reference(payload)
    assert "الراموسة" in canonical_json(payload)


def test_it_falls_back_for_what_is_not_a_plain_object() -> None:
    """Should give json.dumps' text (or its error) for lists and unencodable values."""
    assert canonical_json([2, {"b": 1, "a": "ب"}]) == _reference([2, {"b": 1, "a": "ب"}])
    for bad in ({"x": {1, 2}}, {"x": object()}):
        try:
            _reference(bad)
        except TypeError as expected:
            try:
                canonical_json(bad)
            except TypeError as got:
                assert type(got) is type(expected)
            else:
                raise AssertionError("an unencodable payload was accepted")


def test_it_seals_facts_equal_to_ones_built_by_the_dataclass() -> None:
    """Should build sealed facts equal, field for field, to ``Fact(...)``."""
    from dataclasses import asdict, fields

    from corridor.domain.events import Draft, Fact
    from corridor.domain.ledger import Head, seal

    assert not hasattr(Fact, "__post_init__") and not hasattr(Fact, "__slots__")
    draft = Draft("f1", "site.defined", "op1", "desk", "2016-12-15T08:00:00Z", {"name": "حلب"})
    fact = seal([draft], device="d", head=Head(), recorded_at="2016-12-15T09:00:00Z")[0]
    rebuilt = Fact(**{f.name: getattr(fact, f.name) for f in fields(Fact)})
    assert fact == rebuilt and asdict(fact) == asdict(rebuilt)
    assert set(vars(fact)) == {f.name for f in fields(Fact)}
