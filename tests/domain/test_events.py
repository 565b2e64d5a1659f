"""Fuzzing fact validation: any mapping gives a draft or a ValidationError naming the field."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corridor.domain.events import validate_draft, validate_fact
from corridor.domain.fact_types import FACT_TYPES
from corridor.domain.ledger import canonical_json
from corridor.errors import ValidationError
from tests import factories as f
from tests.fuzzing import json_objects, json_values, mutated

VALID = {
    "id": "x-1",
    "type": "person.registered",
    "op": f.OP,
    "actor": "registrar-1",
    "occurred_at": "2016-12-15T09:00:00Z",
    "payload": f.person("p-1").payload,
}
# Near-valid drafts of every type: the right envelope, a payload of arbitrary fields.
typed = st.builds(
    lambda type_, payload: {**VALID, "type": type_, "payload": payload},
    st.sampled_from(sorted(FACT_TYPES)),
    json_objects,
)


def _draft_or_clear_error(raw: Any) -> None:
    try:
        draft = validate_draft(raw)
    except ValidationError as exc:
        assert str(exc) and exc.message
        return
    # What validates can be stored: canonical JSON that is valid UTF-8.
    canonical_json(draft.payload).encode("utf-8")
    draft.actor.encode("utf-8")


@settings(max_examples=150, deadline=None)
@given(raw=json_objects | mutated(VALID) | typed | json_values)
@example(raw={**VALID, "actor": "\ud800"})  # was accepted, then failed in the store
@example(  # a correction's free-form replacement: was accepted with a lone surrogate
    raw={
        **VALID,
        "type": "entry.corrected",
        "payload": {
            "target": "x-0",
            "target_type": "person.registered",
            "action": "replace",
            "reason": "typo",
            "replacement": {"note": "\udc80"},
        },
    }
)
@example(raw={**VALID, "payload": {**VALID["payload"], "age": ["adult"]}})
def test_any_mapping_gives_a_draft_or_a_clear_error(raw: Any) -> None:
    _draft_or_clear_error(raw)


@settings(max_examples=60, deadline=None)
@given(
    raw=mutated(
        {
            **VALID,
            "device": "desk-1",
            "seq": 1,
            "recorded_at": "2016-12-15T09:00:01Z",
            "prev_hash": "0" * 64,
            "hash": "a" * 64,
        }
    )
)
@example(raw={**VALID, "seq": 10**400})
def test_any_mapping_gives_a_fact_or_a_clear_error(raw: dict[str, Any]) -> None:
    try:
        fact = validate_fact(raw)
    except ValidationError as exc:
        assert exc.field or str(exc)
        return
    assert json.loads(canonical_json(fact.as_dict()))["seq"] >= 1


def test_a_lone_surrogate_is_refused_with_the_field_named() -> None:
    try:
        validate_draft({**VALID, "actor": "a\ud800b"})
    except ValidationError as exc:
        assert exc.field == "actor" and "surrogate" in str(exc)
    else:
        raise AssertionError("a lone surrogate was accepted")
