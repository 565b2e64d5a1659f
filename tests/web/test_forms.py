"""Input parsing: HTML form posts with bad input get the page again with a clear error, never a
5xx, no write; the parser accepts exactly the lengths the published schema allows."""

from __future__ import annotations

from typing import Any

import pytest

from corridor.errors import ValidationError
from corridor.web.forms import Field, parse
from corridor.web.routes import ROUTES
from tests.web.harness import Web

KINDS = ("str", "list", "objects")  # the kinds whose texts have a length limit
FORMS = sorted(e.path for e in ROUTES if e.kind == "form")
BAD_BODIES = [
    {},
    {"id": "x" * 300, "person_id": "\x00", "site_id": "site-a"},
    {"total": "many", "arrived": "-3", "value": "1e9", "site_id": "nowhere", "stage": "flying"},
    {"trip_id": "../../etc", "kind": "zzz", "severity": "", "status": "closed!", "metric": "?"},
    {"username": "ab", "role": "king", "password": "short", "sites": "," * 50},
]


@pytest.mark.parametrize("path", FORMS)
@pytest.mark.parametrize("body", range(len(BAD_BODIES)))
def test_it_answers_bad_forms_with_a_4xx_page(web: Web, path: str, body: int) -> None:
    concrete = path.replace("{trip_id}", "no-such-trip")
    before = web.store.position()
    with web.client("admin") as c:
        r = c.post(concrete, data=BAD_BODIES[body])
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in r.text
    assert web.store.position() == before


FIELDS = sorted(
    {(f.name, f.kind): f for e in ROUTES for f in e.fields if f.kind in KINDS}.values(),
    key=lambda f: (f.kind, f.name),
)


def _at_length(field: Field, n: int) -> Any:
    """A JSON value of ``field`` whose text (or each item's text) is ``n`` letters long."""
    text = "a" * n
    if field.kind == "list":
        return [text]
    if field.kind == "objects":
        return [{key: text for key in field.choices if key != "vulnerabilities"}]
    return text


def _limit(schema: dict[str, Any]) -> int:
    if schema["type"] == "string":
        return int(schema["maxLength"])
    item = schema["items"]
    if item["type"] == "string":
        return int(item["maxLength"])
    return min(int(p["maxLength"]) for p in item["properties"].values())


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f"{f.kind}-{f.name}")
def test_the_parser_accepts_exactly_what_the_published_schema_allows(field: Field) -> None:
    limit = _limit(field.schema())
    assert parse((field,), {field.name: _at_length(field, limit)})
    with pytest.raises(ValidationError, match=f"at most {limit} characters"):
        parse((field,), {field.name: _at_length(field, limit + 1)})
