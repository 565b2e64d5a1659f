"""The completion forecast as reports and pages show it: hours to clear by quantile.

The planner's simulation (``planning/forecast.py``, :class:`~corridor.planning.forecast.Simulation`)
gives minutes for one plan; ``services/sitrep.forecast_of_plan`` turns it into this, and the
forecast worker stores it. A forecast given as JSON is read by :func:`forecast_from`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from corridor.domain.messages import Message, is_message
from corridor.errors import ValidationError


@dataclass(frozen=True)
class Forecast:
    """A completion forecast from the planner: hours to clear by quantile, and its assumptions."""

    p10_hours: float
    p50_hours: float
    p90_hours: float
    assumptions: tuple[str | Message, ...] = ()  # free text, or messages (code with values)
    as_of: str | None = None  # when the forecast was made (UTC, ISO 8601)


def forecast_from(data: Mapping[str, Any]) -> Forecast:
    """A forecast from JSON: p10_hours, p50_hours, p90_hours, assumptions, as_of.

    :raises ValidationError: missing or non-numeric quantiles, or P10 > P50 > P90 out of order.
    """
    try:
        p10, p50, p90 = (float(data[k]) for k in ("p10_hours", "p50_hours", "p90_hours"))
    except (KeyError, TypeError, ValueError, OverflowError):
        raise ValidationError(
            "needs numbers p10_hours, p50_hours and p90_hours", field="forecast"
        ) from None
    if not 0 <= p10 <= p50 <= p90 < math.inf:
        raise ValidationError(
            "needs 0 <= p10_hours <= p50_hours <= p90_hours, all finite", field="forecast"
        )
    assumptions = data.get("assumptions") or ()
    if not isinstance(assumptions, (list, tuple)) or not all(
        isinstance(a, str) or is_message(a) for a in assumptions
    ):
        raise ValidationError(
            "assumptions must be a list of texts (or messages with a code)", field="forecast"
        )
    as_of = data.get("as_of")
    return Forecast(p10, p50, p90, tuple(assumptions), str(as_of) if as_of else None)
