"""HTML form posts with bad input: the page again with a clear error, never a 5xx, no write."""

from __future__ import annotations

import pytest

from corridor.web.routes import ROUTES
from tests.web.harness import Web

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
