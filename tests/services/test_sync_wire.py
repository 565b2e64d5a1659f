"""Fuzzing the sync wire format: any JSON body parses or is refused with a ValidationError, and
a refused push leaves the receiving store unchanged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from corridor.errors import CorridorError, ValidationError
from corridor.services import sync_wire
from corridor.services.sync import accept_push
from tests import factories as f
from tests.conftest import make_store
from tests.fuzzing import json_objects, json_values, mutated


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[dict[str, Any]]]:
    """Two real sealed facts from another device, as they travel on the wire."""
    maker = make_store("sqlite", tmp_path_factory.mktemp("peer"), device="tablet-9")
    peer = next(maker)
    peer.record([f.site("ramouseh", id="w-1"), f.person("p-1", id="w-2")])
    yield sync_wire.facts_to_wire([fact for _, fact in peer.read(0, limit=10)])
    peer.close()


def _push_body(draw: st.DrawFn, facts: list[dict[str, Any]]) -> Any:
    kind = draw(st.sampled_from(["any", "body", "fact", "personal"]))
    if kind == "any":
        return draw(json_values)
    body: dict[str, Any] = {"protocol": 1, "facts": json.loads(json.dumps(facts)), "personal": {}}
    if kind == "body":
        return draw(mutated(body))
    if kind == "fact":
        at = draw(st.integers(0, len(facts) - 1))
        body["facts"][at] = draw(mutated(facts[at]))
        return body
    body["personal"] = draw(st.dictionaries(st.sampled_from(["w-1", "w-2", "x"]), json_values))
    return body


@st.composite
def push_bodies(draw: st.DrawFn, facts: list[dict[str, Any]]) -> Any:
    return _push_body(draw, facts)


FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def test_a_fuzzed_push_is_stored_or_refused_without_a_trace(
    sealed: list[dict[str, Any]], tmp_path: Path
) -> None:
    maker = make_store("sqlite", tmp_path, device="server")
    server = next(maker)

    @FUZZ
    @given(body=push_bodies(sealed))
    @example(body={"protocol": 1, "facts": [{**sealed[0], "seq": 10**400}]})
    @example(body={"protocol": 1, "facts": sealed, "personal": {"w-1": "\udc80"}})
    def check(body: Any) -> None:
        before = (server.position(), server.snapshot())
        try:
            facts, personal = sync_wire.parse_push(body)
            accept_push(server, facts, personal, node="fuzz")
        except CorridorError as exc:
            event(f"refused: {type(exc).__name__}")
            assert str(exc)
            assert (server.position(), server.snapshot()) == before
        else:
            event("stored")

    check()
    server.close()


@settings(max_examples=100, deadline=None)
@given(raw=json_values | json_objects)
def test_any_json_is_a_pull_page_ack_info_or_a_clear_error(raw: Any) -> None:
    for parse in (sync_wire.parse_batch, sync_wire.parse_ack, sync_wire.parse_info):
        try:
            parse(raw)
        except ValidationError as exc:
            assert str(exc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_near_valid_pull_page_parses_or_names_what_is_wrong(
    sealed: list[dict[str, Any]], data: st.DataObject
) -> None:
    page = {"protocol": 1, "facts": sealed, "personal": {}, "next": 2, "position": 2}
    raw = data.draw(
        mutated(page)
        | st.builds(
            lambda b: {**page, **b}, push_bodies(sealed).filter(lambda b: isinstance(b, dict))
        )
    )
    try:
        batch = sync_wire.parse_batch(raw)
    except ValidationError as exc:
        assert str(exc)
        return
    assert batch.next >= 0 and len(batch.facts) <= sync_wire.MAX_BATCH
