"""Compare the hand-written request parser (corridor.web.forms) with pydantic, one run.

Issue 16, move 8. pydantic is not a dependency: install it aside first, e.g.
``pip install --target /tmp/libs-eval pydantic``, then run from the repository root:
``PYTHONPATH=.:/tmp/libs-eval python bench/compare_forms.py``.

For every JSON route's field list a pydantic model is made from the same ``Field`` declarations
(what adopting pydantic behind ``forms.parse`` would do without touching the views). Sample
bodies, valid and broken in the usual ways, go through both; the script prints where they
disagree (accept/reject, and the field named), the messages side by side, the JSON Schema
pydantic makes next to the one published, and the cost of a parse.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Annotated, Any, Literal

import pydantic
from pydantic import AfterValidator, ConfigDict, StringConstraints, create_model

from corridor.errors import CorridorError, ValidationError
from corridor.web.forms import MAX_OBJECTS, MAX_TEXT, Field, parse
from corridor.web.routes import ROUTES


def _clean(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value.strip()


TEXT = Annotated[str, StringConstraints(max_length=MAX_TEXT), AfterValidator(_clean)]


def _type(field: Field) -> Any:
    if field.kind == "int":
        return Annotated[int, pydantic.Field(ge=field.minimum, le=field.maximum)]
    if field.kind == "list":
        return Annotated[list[TEXT], pydantic.Field(max_length=20)]
    if field.kind == "enum":
        return Literal[field.choices]  # type: ignore[valid-type]
    if field.kind == "items":
        return Annotated[list[dict[str, Any]], pydantic.Field(max_length=50)]
    if field.kind == "objects":
        item = create_model(  # type: ignore[call-overload]
            f"{field.name}_item",
            __config__=ConfigDict(extra="forbid"),
            **dict.fromkeys(field.choices, (TEXT | list[TEXT] | None, None)),
        )
        return Annotated[list[item], pydantic.Field(min_length=1, max_length=MAX_OBJECTS)]
    return TEXT


def model(fields: tuple[Field, ...]) -> type[pydantic.BaseModel]:
    spec = {f.name: (_type(f), ... if f.required else None) for f in fields}
    return create_model(  # type: ignore[call-overload, no-any-return]
        "Body", __config__=ConfigDict(extra="forbid", strict=True), **spec
    )


def with_pydantic(shape: type[pydantic.BaseModel], data: dict[str, Any]) -> dict[str, Any]:
    try:
        return shape.model_validate(data).model_dump(exclude_none=True)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        raise ValidationError(first["msg"], field=str(first["loc"][0])) from None


def samples(fields: tuple[Field, ...]) -> dict[str, dict[str, Any]]:
    """A valid body, then one broken way at a time."""
    good: dict[str, Any] = {}
    for f in fields:
        if f.kind == "int":
            good[f.name] = max(f.minimum, 1)
        elif f.kind == "enum":
            good[f.name] = f.choices[0]
        elif f.kind == "list":
            good[f.name] = ["a", "b"]
        elif f.kind == "items":
            good[f.name] = [{"item": "water_l", "quantity": 5}]
        elif f.kind == "objects":
            good[f.name] = [{f.choices[0]: "x"}]
        else:
            good[f.name] = "abc"
    out = {"valid": good, "unknown field": {**good, "zzz": 1}}
    required = [f for f in fields if f.required]
    if required:
        out["missing required"] = {k: v for k, v in good.items() if k != required[0].name}
    for f in fields:
        if f.kind == "int":
            out["int as text"] = {**good, f.name: "5"}
            out["int as bool"] = {**good, f.name: True}
            out["int out of range"] = {**good, f.name: f.maximum + 1}
        elif f.kind == "enum":
            out["enum not in list"] = {**good, f.name: "nope"}
        elif f.kind == "str":
            out["text too long"] = {**good, f.name: "x" * (MAX_TEXT + 1)}
            out["text with NUL"] = {**good, f.name: "a\x00b"}
            out["number for text"] = {**good, f.name: 7}
            out["blank text"] = {**good, f.name: "   "}
        elif f.kind == "list":
            out["list too long"] = {**good, f.name: ["a"] * 21}
    return out


def outcome(parser: Callable[[dict[str, Any]], dict[str, Any]], data: dict[str, Any]) -> str:
    try:
        return "ok " + json.dumps(parser(data), sort_keys=True, default=str)
    except CorridorError as exc:
        return f"rejected field={getattr(exc, 'field', None)}: {exc}"


def cost(parser: Callable[[dict[str, Any]], dict[str, Any]], data: dict[str, Any]) -> float:
    """Microseconds of CPU per parse of a valid body."""
    rounds = 2000
    start = time.process_time()
    for _ in range(rounds):
        parser(data)
    return round(1e6 * (time.process_time() - start) / rounds, 1)


def main() -> None:
    entries = [e for e in ROUTES if e.kind == "api" and e.method == "POST" and e.fields]
    compared = agree = 0
    differences: list[dict[str, str]] = []
    messages: dict[str, dict[str, str]] = {}
    costs: dict[str, list[float]] = {"hand_written": [], "pydantic": []}
    for entry in entries:
        shape = model(entry.fields)

        def ours(data: dict[str, Any], entry: Any = entry) -> dict[str, Any]:
            return parse(entry.fields, data)

        def theirs(data: dict[str, Any], shape: Any = shape) -> dict[str, Any]:
            return with_pydantic(shape, data)

        for case, data in samples(entry.fields).items():
            a, b = outcome(ours, data), outcome(theirs, data)
            compared += 1
            same = a.split(":")[0] == b.split(":")[0] if not a.startswith("ok") else a == b
            agree += same
            if not same:
                differences.append({"route": entry.key, "case": case, "ours": a[:110],
                                    "pydantic": b[:110]})  # fmt: skip
            if not a.startswith("ok") and case not in messages:
                messages[case] = {"ours": a.split(": ", 1)[1], "pydantic": b.split(": ", 1)[-1]}
        valid = samples(entry.fields)["valid"]
        costs["hand_written"].append(cost(ours, valid))
        costs["pydantic"].append(cost(theirs, valid))
    register = next(e for e in ROUTES if e.key == "POST /api/persons")
    schema = model(register.fields).model_json_schema()
    result = {
        "pydantic": pydantic.VERSION,
        "json_routes_compared": len(entries),
        "cases": compared,
        "same_outcome": agree,
        "differences_by_case": {
            c: sum(d["case"] == c for d in differences) for c in {d["case"] for d in differences}
        },
        "differences": differences[:12],
        "messages_side_by_side": messages,
        "cpu_microseconds_per_valid_parse_median": {
            k: sorted(v)[len(v) // 2] for k, v in costs.items()
        },
        "register_schema_pydantic_property_age": schema["properties"].get("age"),
        "register_schema_pydantic_property_vulnerabilities": schema["properties"].get(
            "vulnerabilities"
        ),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
