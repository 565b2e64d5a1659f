"""Shared hypothesis strategies for the parser fuzz tests: arbitrary and near-valid input."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

# Any JSON value, kept small so each example is quick.
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**300, max_value=10**310)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
json_objects = st.dictionaries(st.text(max_size=12), json_values, max_size=6)

# Odd text: NULs, lone surrogates' neighbours, right-to-left, control characters.
nasty_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from('\x00\ufeff\n\r",{}[]:'),
    max_size=60,
)


@st.composite
def mutated(draw: st.DrawFn, valid: dict[str, Any]) -> dict[str, Any]:
    """A valid mapping with one to three keys dropped, replaced by odd values, or added."""
    data = json.loads(json.dumps(valid))
    for _ in range(draw(st.integers(1, 3))):
        target = data
        if "payload" in data and isinstance(data["payload"], dict) and draw(st.booleans()):
            target = data["payload"]
        keys = sorted(target)
        action = draw(st.sampled_from(["drop", "replace", "add"]))
        if action == "drop" and keys:
            del target[draw(st.sampled_from(keys))]
        elif action == "replace" and keys:
            target[draw(st.sampled_from(keys))] = draw(json_values | nasty_text)
        else:
            target[draw(st.text(max_size=8))] = draw(json_values)
    return data


@st.composite
def damaged_text(draw: st.DrawFn, valid: str) -> str:
    """Valid text truncated, with characters spliced in, or a number made huge."""
    text = valid
    action = draw(st.sampled_from(["truncate", "splice", "huge", "deep"]))
    at = draw(st.integers(0, len(text)))
    if action == "truncate":
        return text[:at]
    if action == "splice":
        return text[:at] + draw(nasty_text) + text[at:]
    if action == "huge":
        return text[:at] + "9" * draw(st.integers(300, 5000)) + text[at:]
    return text[:at] + "[" * draw(st.integers(500, 3000)) + text[at:]
