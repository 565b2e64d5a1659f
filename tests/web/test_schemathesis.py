"""Fuzz the JSON API against its published OpenAPI document over real HTTP (schemathesis).

Every operation gets generated valid and invalid inputs as an admin; no answer may be a 5xx, and
every answer must match the document (status code, content type, response schema). Site and
vehicle ids are narrowed to the seeded ones so that generated writes also succeed and their
answers are checked, not only the refusals.
"""

from __future__ import annotations

from typing import Any

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

SEEDED = {
    "site_id": ["site-a", "site-b", "recv"],
    "origin": ["site-a", "site-b"],
    "destination": ["recv"],
    "vehicle_id": ["bus-1"],
    "username": ["olga", "rami"],
}


def _narrowed(doc: dict[str, Any]) -> dict[str, Any]:
    for ops in doc["paths"].values():
        for op in ops.values():
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            props = body.get("schema", {}).get("properties", {})
            for name, values in SEEDED.items():
                if name in props and not (op["operationId"] == "POST__api_users"):
                    props[name] = {"type": "string", "enum": values}
            for param in op.get("parameters", []):
                if param["name"] in SEEDED and param["in"] == "query":
                    param["schema"] = {"type": "string", "enum": SEEDED[param["name"]]}
    return doc


schema = schemathesis.openapi.from_dict(_narrowed(document()))


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
