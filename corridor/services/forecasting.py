"""The live completion forecast: computed in the background, stored, read with its age.

`corridor serve` runs :func:`run_worker` in a process of its own, so a request never waits on
the solver and a crash of the worker leaves the server serving the last forecast. The body
keeps the sitrep's forecast keys (``p10_hours``, ``p50_hours``, ``p90_hours``, ``assumptions``,
``as_of``), plus the moments they stand for; when the data are too thin it says what is
missing instead. Assumptions and what is missing are messages (codes with values,
``corridor.domain.messages``), so pages and reports say them in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from corridor.clock import Clock, format_time
from corridor.domain.messages import LEGACY, message
from corridor.errors import CorridorError, NotFound
from corridor.services.watch import Stop, seconds_between, watch
from corridor.storage.base import Store


@dataclass(frozen=True)
class WorkerSettings:
    """When the worker recomputes and how hard it tries."""

    every_seconds: float = 600.0  # at least this often
    after_facts: int = 500  # and as soon as this many facts were added
    time_limit: float = 20.0  # solver seconds per forecast
    runs: int = 200  # simulation runs per forecast
    poll_seconds: float = 2.0  # how often it looks at the ledger (one MAX(pos) query)
    # Never sooner than this after the last one ended: under busy desks 500 facts come in
    # before a forecast is done, and a forecast every few seconds tells a coordinator nothing
    # new while it takes a processor from the requests (docs/benchmarks.md).
    min_gap_seconds: float = 60.0


def compute_forecast(
    *, store: Store, clock: Clock, op: str, time_limit: float = 20.0, runs: int = 200
) -> dict[str, Any]:
    """Plan what is left from the ledger, simulate it, and store the forecast; return its body.

    :raises NotFound: no such operation.
    """
    from corridor.services.plan import plan_live  # the planner is heavy: load it only here

    ops = store.query("operations", op=op)
    if not ops:
        raise NotFound(f"no operation '{op}'")
    position = store.position()
    anchor = _latest_activity(store, op) or clock.now()
    body: dict[str, Any] = {"as_of": anchor}
    if ops[0]["status"] == "closed":
        body["missing"] = message("forecast_closed")
    else:
        try:
            report = plan_live(store=store, op=op, time_limit=time_limit, runs=runs)
        except CorridorError as exc:
            body["missing"] = exc.said or message(LEGACY, text=str(getattr(exc, "message", exc)))
        else:
            body.update(_figures(report, anchor))
    store.save_forecast(op=op, position=position, computed_at=clock.now(), body=body)
    return body


def _figures(report: Any, anchor: str) -> dict[str, Any]:
    fc = report.forecast
    if fc is None or fc.runs == 0:
        return {"missing": message("forecast_no_runs")}
    start = datetime.fromisoformat(anchor.replace("Z", "+00:00"))
    out: dict[str, Any] = {
        "runs": fc.runs,
        "assumptions": list(report.notes),
        "remaining": report.problem.demand,  # people still to move (reception's arrivals ahead)
    }
    for q in ("p10", "p50", "p90"):
        minutes = float(getattr(fc, q))
        out[f"{q}_hours"] = round(minutes / 60, 1)
        out[q] = format_time(start + timedelta(minutes=minutes))
    return out


def _latest_activity(store: Store, op: str) -> str | None:
    """When the operation was last seen moving: the latest departure or arrival.

    Forecasts count from there, so a replayed or old ledger is forecast from its own time.
    """
    moments = [
        str(row[col])
        for col in ("departed_at", "arrived_at")
        for row in store.latest("trips", order_by=col, limit=1, op=op)
        if row[col]
    ]
    return max(moments) if moments else None


def current_forecast(*, store: Store, clock: Clock, op: str) -> dict[str, Any]:
    """The stored forecast with its age and how many facts came after it, or what is missing."""
    held = store.get_forecast(op)
    if held is None:
        return {"missing": message("forecast_none_yet")}
    age = seconds_between(held["computed_at"], clock.now())
    return {
        **held["body"],
        "computed_at": held["computed_at"],
        "age_seconds": age,
        "position": held["position"],
        "facts_since": max(0, store.position() - held["position"]),
    }


def run_worker(
    *,
    open_store: Callable[[], Store],
    clock: Clock,
    op: str,
    settings: WorkerSettings,
    stop: Stop,
) -> None:
    """Recompute the forecast at start, every ``every_seconds`` and after ``after_facts`` new
    facts (at most once per ``min_gap_seconds``), until ``stop`` is set. Errors of one round
    are kept in the body; the loop goes on."""
    watch(
        open_store=open_store,
        schedule=settings,
        stop=stop,
        compute=lambda store: compute_forecast(
            store=store, clock=clock, op=op, time_limit=settings.time_limit, runs=settings.runs
        ),
    )
