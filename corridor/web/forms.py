"""Input fields of every action, parsed the same way from HTML forms and JSON bodies.

One list of fields per action serves three purposes: parsing (with clear errors naming the
field), the HTML forms, and the request schemas of the published OpenAPI document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from corridor.domain.checks import check_no_bidi
from corridor.domain.tokens import normal_token
from corridor.errors import ValidationError

MAX_TEXT = 2000
# One text inside a list or an object (a site id, a token, a vulnerability): ids are at most
# 80 characters (corridor.domain.checks.ID_PATTERN). The parser and the published schema both
# use this number, so the document cannot promise more or less than the parser accepts.
MAX_ITEM_TEXT = 80
MAX_LIST = 20
MAX_INT = 10_000_000
MAX_OBJECTS = 30
# Fields holding one person's or household's token: typed in small letters, they are stored in
# capitals (see corridor.domain.tokens.normal_token).
TOKEN_FIELDS = frozenset({"person_id", "household_id"})


@dataclass(frozen=True)
class Field:
    """One input: its name (the service's keyword), kind, whether required, allowed values."""

    name: str
    kind: str = "str"  # str | int | list | enum | objects | items (cargo: choices name numbers)
    required: bool = False
    choices: tuple[str, ...] = ()
    help: str = ""
    minimum: int = 0  # int fields: the smallest and largest value accepted
    maximum: int = MAX_INT

    def schema(self) -> dict[str, Any]:
        """The JSON Schema of this field."""
        if self.kind == "int":
            return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}
        if self.kind == "list":
            item = {"type": "string", "maxLength": MAX_ITEM_TEXT}
            return {"type": "array", "items": item, "maxItems": MAX_LIST}
        if self.kind == "enum":
            return {"type": "string", "enum": list(self.choices)}
        if self.kind == "items":
            return {"type": "array", "items": {"type": "object"}, "maxItems": 50}
        if self.kind == "objects":
            item = {
                "type": "object",
                "properties": {
                    k: {"type": "string", "maxLength": MAX_ITEM_TEXT} for k in self.choices
                },
                "additionalProperties": False,
            }
            return {"type": "array", "items": item, "minItems": 1, "maxItems": MAX_OBJECTS}
        return {"type": "string", "minLength": 1, "maxLength": MAX_TEXT}


ID = Field("id", help="Fact id made by the client; resending the same id is a no-op.")


def _text(name: str, value: Any, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValidationError("must be text", field=name)
    if len(value) > limit:
        raise ValidationError(f"must be at most {limit} characters", field=name)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("must be valid Unicode text", field=name) from None
    if "\x00" in value:
        raise ValidationError("must not contain NUL characters", field=name)
    check_no_bidi(value, name)
    return value.strip()


def _one(field: Field, value: Any, from_form: bool) -> Any:
    if field.kind == "int":
        if from_form and isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                raise ValidationError("must be a whole number", field=field.name) from None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError("must be a whole number", field=field.name)
        if not field.minimum <= value <= field.maximum:
            raise ValidationError(
                f"must be between {field.minimum} and {field.maximum}", field=field.name
            )
        return value
    if field.kind == "list":
        if from_form and isinstance(value, str):
            value = [v for v in (p.strip() for p in value.split(",")) if v]
        if not isinstance(value, list) or len(value) > MAX_LIST:
            raise ValidationError(f"must be a list of at most {MAX_LIST} texts", field=field.name)
        return [_text(field.name, v, MAX_ITEM_TEXT) for v in value] or None
    if field.kind == "items":
        return _items(field, value, from_form)
    if field.kind == "objects":
        return _objects(field, value)
    text = _text(field.name, value)
    if field.kind == "enum" and text not in field.choices:
        raise ValidationError(f"must be one of {', '.join(field.choices)}", field=field.name)
    return text


def _items(field: Field, value: Any, from_form: bool) -> list[dict[str, Any]] | None:
    """Cargo items: a JSON list of objects (checked by the fact's own rules), or in a form
    ``water_l=20000, food_ration=400`` (arrivals: ``water_l=11500/500/0``, the numbers in
    ``field.choices`` order)."""
    if from_form and isinstance(value, str):
        items: list[dict[str, Any]] = []
        for pair in (p.strip() for p in value.split(",")):
            if not pair:
                continue
            item, _, numbers = pair.partition("=")
            try:
                parts = [int(n) for n in numbers.split("/")]
            except ValueError:
                raise ValidationError(
                    f"'{pair}' should look like water_l=20000", field=field.name
                ) from None
            if len(parts) > len(field.choices):
                raise ValidationError(f"'{pair}' has too many numbers", field=field.name)
            items.append({"item": item.strip(), **dict(zip(field.choices, parts, strict=False))})
        value = items
    if not isinstance(value, list) or len(value) > 50:
        raise ValidationError("must be a list of at most 50 items", field=field.name)
    if not all(isinstance(v, dict) for v in value):
        raise ValidationError("each item must be an object", field=field.name)
    return value or None


def _objects(field: Field, value: Any) -> list[dict[str, Any]]:
    """A JSON list of objects whose keys are ``field.choices``; a "vulnerabilities" value may be
    a list of texts, every other value is a text."""
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_OBJECTS:
        raise ValidationError(f"must be a list of 1 to {MAX_OBJECTS} objects", field=field.name)
    out = []
    for n, item in enumerate(value):
        if not isinstance(item, dict):
            raise ValidationError(f"item {n + 1} must be an object", field=field.name)
        extra = sorted(set(item) - set(field.choices))
        if extra:
            raise ValidationError(f"item {n + 1}: unknown key {extra[0]}", field=field.name)
        parsed: dict[str, Any] = {}
        for key, raw in item.items():
            if isinstance(raw, list):
                parsed[key] = _one(Field(field.name, "list"), raw, False)
            else:
                parsed[key] = _text(field.name, raw, MAX_ITEM_TEXT)
        out.append(parsed)
    return out


def parse(
    fields: tuple[Field, ...], data: Mapping[str, Any], *, from_form: bool = False
) -> dict[str, Any]:
    """Typed values of the given fields; empty form values count as absent.

    :raises ValidationError: a missing required field, a wrong type, or an unknown field (JSON).
    """
    known = {f.name for f in fields}
    if not from_form:
        extra = sorted(set(data) - known)
        if extra:
            raise ValidationError(f"unknown field(s): {', '.join(extra)}", field=extra[0])
    out: dict[str, Any] = {}
    for field in fields:
        value = data.get(field.name)
        if value is None or (from_form and value == ""):
            if field.required:
                raise ValidationError("is required", field=field.name)
            continue
        parsed = _one(field, value, from_form)
        if field.name in TOKEN_FIELDS or field.name.startswith("person_id_"):
            parsed = normal_token(parsed)
        elif field.kind == "objects":
            for item in parsed:
                if isinstance(item.get("person_id"), str):
                    item["person_id"] = normal_token(item["person_id"])
        if parsed in ("", None) and field.required:
            raise ValidationError("is required", field=field.name)
        if parsed not in ("", None):
            out[field.name] = parsed
    return out
