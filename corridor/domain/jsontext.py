"""Parse untrusted JSON text: every way it can fail becomes one clear ValidationError."""

from __future__ import annotations

import json
from typing import Any

from corridor.errors import ValidationError


def load_json(text: str, *, field: str | None = None) -> Any:
    """The value of a JSON document.

    :raises ValidationError: "not JSON (reason)": bad syntax (with line and column), a number
        longer than Python converts (4300 digits), or nesting too deep to decode.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        reason = f"{exc.msg}: line {exc.lineno} column {exc.colno}"
    except ValueError:  # int() refuses numbers of more than 4300 digits
        reason = "a number is too long"
    except RecursionError:
        reason = "nested too deeply"
    raise ValidationError(f"not JSON ({reason})", field=field)
