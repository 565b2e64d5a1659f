"""The OpenAPI 3.0 document, built from the route table so it cannot drift from the code."""

from __future__ import annotations

from typing import Any

from corridor.version import __version__
from corridor.web.routes import ROUTES, Entry
from corridor.web.schemas import DUPLICATE, RESPONSES

ERRORS = {
    "400": "Bad input: the message names the field; nothing was written.",
    "401": "Not signed in: send a Bearer token or a session cookie.",
    "403": "Your role (or site) does not allow this, or (cookie sessions) no CSRF token.",
    "404": "An operation, site, trip or person named does not exist.",
    "409": "The id was used for a different fact, or the change clashes with the ledger; "
    "with needs_confirmation (the triage prompt), send the same request again with "
    'confirm "1" to go ahead.',
}
ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {"type": "string"},
        "field": {"type": "string", "nullable": True},
        "needs_confirmation": {"type": "boolean"},
    },
    "required": ["error"],
}


def _operation(entry: Entry) -> dict[str, Any]:
    op: dict[str, Any] = {
        "summary": entry.summary.splitlines()[0] if entry.summary else entry.key,
        "operationId": entry.key.replace(" ", "_")
        .replace("/", "_")
        .replace("{", "")
        .replace("}", ""),
        "security": [{"bearer": []}],
        "x-permission": entry.permission,
        "responses": {
            ("201" if entry.method == "POST" else "200"): {
                "description": "Recorded." if entry.method == "POST" else "The answer.",
                "content": {"application/json": {"schema": RESPONSES[entry.view]}},
            },
            **{
                code: {
                    "description": text,
                    "content": {"application/json": {"schema": ERROR_SCHEMA}},
                }
                for code, text in ERRORS.items()
            },
        },
    }
    if entry.method == "POST":
        op["responses"]["200"] = {
            "description": "This id was recorded before: nothing changed.",
            "content": {"application/json": {"schema": DUPLICATE}},
        }
    params = [
        {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
        for p in _path_params(entry.path)
    ]
    if entry.method == "GET":
        params += [
            {"name": f.name, "in": "query", "required": f.required, "schema": f.schema()}
            for f in entry.fields
        ]
    elif entry.fields:
        op["requestBody"] = {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {f.name: f.schema() for f in entry.fields},
                        "required": [f.name for f in entry.fields if f.required],
                    }
                }
            },
        }
    if params:
        op["parameters"] = params
    return op


def _path_params(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


def document() -> dict[str, Any]:
    """The OpenAPI document of every ``api`` route."""
    paths: dict[str, dict[str, Any]] = {}
    for entry in ROUTES:
        if entry.kind == "api":
            paths.setdefault(entry.path, {})[entry.method.lower()] = _operation(entry)
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Corridor API",
            "version": __version__,
            "description": "Every action and view of the web interface as JSON. Writes are "
            "idempotent by the fact id you send as `id`. Sign in with an API token "
            "(`corridor token add`) sent as `Authorization: Bearer <token>`.",
        },
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "paths": paths,
    }
