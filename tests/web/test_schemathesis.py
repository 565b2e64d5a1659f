"""Fuzz the JSON API against its published OpenAPI document over real HTTP (schemathesis).

Every operation gets generated valid and invalid inputs as an admin; no answer may be a 5xx, and
every answer must match the document (status code, content type, response schema).
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from corridor.web.openapi import document
from tests.web.harness import Web

schema = schemathesis.openapi.from_dict(document())


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_it_never_fails_and_keeps_to_its_document(case: schemathesis.Case, module_web: Web) -> None:
    case.call_and_validate(
        base_url=module_web.base,
        headers={"Authorization": f"Bearer {module_web.tokens['admin']}"},
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
