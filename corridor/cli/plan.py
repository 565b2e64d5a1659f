"""``corridor plan``: vehicle plans that clear the area fastest, and a completion forecast."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from corridor.cli.common import Env, console, emit, pass_env
from corridor.cli.gantt import require_matplotlib, write_gantt
from corridor.domain.messages import english
from corridor.errors import ValidationError
from corridor.planning.problem import route_legs
from corridor.planning.solve import OBJECTIVES
from corridor.services.plan import PlanReport, plan_live, plan_scenario

out = Console()


@click.command("plan")
@click.argument("scenario", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--live", is_flag=True, help="Plan what is left of the operation in the store.")
@click.option("--time-limit", default=30.0, show_default=True, help="Solver seconds.")
@click.option("--runs", default=200, show_default=True, help="Forecast simulation runs (0: none).")
@click.option("--seed", default=0, show_default=True, help="Seed for search and forecast.")
@click.option("--threads", default=1, show_default=True, help="CP-SAT threads.")
@click.option("--objective", type=click.Choice(OBJECTIVES), default=OBJECTIVES[0],
              show_default=True,
              help="wounded-first: the last wounded person's arrival, then the makespan; "
              "makespan: the makespan only.")  # fmt: skip
@click.option("--remaining", type=int, default=None, help="--live: people left (default: ledger).")
@click.option("--wounded", type=int, default=None, help="--live: wounded among them.")
@click.option("--pause-rate", type=float, default=None, help="--live: suspensions per day.")
@click.option("--gantt", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a Gantt chart of the plan to this PNG file.")  # fmt: skip
@click.option("--trips", "show_trips", is_flag=True, help="List every trip with its times.")
@click.option("--json", "as_json", is_flag=True, help="Print the plan and forecast as JSON.")
@pass_env
def plan_command(
    env: Env,
    scenario: Path | None,
    live: bool,
    time_limit: float,
    runs: int,
    seed: int,
    threads: int,
    objective: str,
    remaining: int | None,
    wounded: int | None,
    pause_rate: float | None,
    gantt: Path | None,
    show_trips: bool,
    as_json: bool,
) -> None:
    """Plan vehicles for SCENARIO.json, or for the live operation with --live."""
    if (scenario is None) == (not live):
        raise click.UsageError("give a SCENARIO file or --live (not both)")
    if time_limit <= 0 or runs < 0 or threads < 1:
        raise click.UsageError("--time-limit > 0, --runs >= 0 and --threads >= 1")
    if gantt is not None:
        require_matplotlib()
    with _Bars(time_limit, runs, quiet=as_json) as bars:
        common: dict[str, Any] = {
            "time_limit": time_limit,
            "runs": runs,
            "seed": seed,
            "workers": threads,
            "objective": objective,
            "progress": bars.solve,
            "forecast_progress": bars.forecast,
        }
        if scenario is not None:
            try:
                data = json.loads(scenario.read_text(encoding="utf-8"))
            except (OSError, ValueError, RecursionError) as exc:
                raise ValidationError(f"cannot read scenario {scenario}: {exc}") from None
            report = plan_scenario(data, **common)
        else:
            report = plan_live(
                store=env.store(),
                op=env.op(),
                remaining=remaining,
                wounded=wounded,
                pause_rate_per_day=pause_rate,
                **common,
            )
    if gantt is not None:
        write_gantt(report.problem, report.result.plan, gantt, objective=objective)
    if as_json:
        emit(to_data(report))
        return
    _print(report, show_trips)
    if gantt is not None:
        out.print(f"Gantt chart written to {gantt}")


class _Bars:
    """Two rich progress bars on stderr: solver time used, then forecast runs."""

    def __init__(self, limit: float, runs: int, quiet: bool) -> None:
        self.limit, self.runs = limit, runs
        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=quiet,
        )
        self.task = self.bar.add_task("planning", total=limit)
        self.ftask: Any = None

    def __enter__(self) -> _Bars:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(None, None, None)

    def solve(self, phase: str, makespan: int, bound: int, seconds: float) -> None:
        done = self.limit if phase == "done" else min(seconds, self.limit)
        self.bar.update(
            self.task,
            completed=done,
            description=f"{phase}: {_hm(makespan)} (bound {_hm(bound)})",
        )

    def forecast(self, done: int, total: int) -> None:
        if self.ftask is None:
            self.ftask = self.bar.add_task("forecast runs", total=total)
        self.bar.update(self.ftask, completed=done)


def _hm(minutes: float) -> str:
    h, m = divmod(round(minutes), 60)
    return f"{h}h{m:02d}"


def _print(report: PlanReport, show_trips: bool) -> None:
    res, problem = report.result, report.problem
    plan = res.plan
    people = sum(p.waiting for p in problem.pickups)
    wounded = sum(p.wounded for p in problem.pickups)
    out.print(
        f"[bold]{problem.name}[/bold]: {people:,} people ({wounded:,} wounded), "
        f"{len(problem.vehicles)} vehicles"
    )
    proof = "proven optimal" if res.optimal else f"gap to bound {res.gap:.1%}"
    out.print(
        f"Makespan {_hm(plan.makespan)} ({plan.makespan / 1440:.2f} days), lower bound "
        f"{_hm(res.lower_bound)}, {proof}; found by {res.method} in {res.seconds:.1f} s"
    )
    if plan.last_wounded is not None:
        bound = "" if res.wounded_bound is None else f" (bound {_hm(res.wounded_bound)})"
        out.print(f"Last wounded reach a shelter at {_hm(plan.last_wounded)}{bound}")
    out.print(f"Objective: {_OBJECTIVE_WORDS[res.objective]}")
    table = Table("vehicle", "cap", "trips", "people", "wounded", "done at", "route",
                  title="Per-vehicle schedule (times from now)")  # fmt: skip
    for route in plan.routes:
        vehicle = next(v for v in problem.vehicles if v.name == route.vehicle)
        legs = route_legs(problem, route)
        pairs = Counter(
            f"{t.pickup}" if len(problem.shelters) == 1 else f"{t.pickup}>{t.shelter}"
            for t in route.trips
        )
        table.add_row(
            route.vehicle,
            str(vehicle.capacity),
            str(len(route.trips)),
            str(sum(t.people for t in route.trips)),
            str(sum(t.wounded for t in route.trips)),
            _hm(legs[-1].end) if legs else "-",
            " ".join(f"{k} x{n}" for k, n in pairs.most_common()) or "idle",
        )
    out.print(table)
    if show_trips:
        trips = Table("vehicle", "#", "from", "pickup", "leave", "shelter", "arrive", "aboard",
                      title="Trips")  # fmt: skip
        for route in plan.routes:
            legs = route_legs(problem, route)
            k = 0
            for i, leg in enumerate(legs):
                if leg.kind != "carry":
                    continue
                t = route.trips[k]
                k += 1
                origin = next(x.origin for x in reversed(legs[:i]) if x.kind == "drive")
                trips.add_row(route.vehicle, str(k), origin, t.pickup, _hm(leg.start),
                              t.shelter, _hm(leg.end), f"{t.people} ({t.wounded} w)")  # fmt: skip
        out.print(trips)
    fc = report.forecast
    if fc is not None:
        u = report.uncertainty
        out.print(
            f"[bold]Forecast to clear[/bold] ({fc.runs} simulated runs): "
            f"P10 {_hm(fc.p10)}, P50 {_hm(fc.p50)}, P90 {_hm(fc.p90)} "
            f"({fc.p10 / 1440:.1f} / {fc.p50 / 1440:.1f} / {fc.p90 / 1440:.1f} days)"
        )
        if fc.wounded_p10 is not None and fc.wounded_p50 is not None and fc.wounded_p90:
            out.print(
                f"[bold]Forecast last wounded at a shelter[/bold]: P10 {_hm(fc.wounded_p10)}, "
                f"P50 {_hm(fc.wounded_p50)}, P90 {_hm(fc.wounded_p90)}"
            )
        out.print(
            f"Assumed: travel CV {u.travel_cv:.2f}, handling CV {u.handling_cv:.2f}, "
            f"{u.pause_rate_per_day:.2f} suspensions/day lasting "
            f"{u.pause_minutes[0] / 60:.0f}-{u.pause_minutes[1] / 60:.0f} h"
            + (f", fixed pauses {list(u.pauses)}" if u.pauses else "")
        )
    for note in report.notes:
        out.print(f"- {english(note)}")


_OBJECTIVE_WORDS = {
    "wounded-first": "wounded first (the last wounded person's arrival, then the makespan)",
    "makespan": "makespan only",
}


def to_data(report: PlanReport) -> dict[str, Any]:
    """The plan report as JSON-ready data (``corridor plan --json``)."""
    res, fc = report.result, report.forecast
    return {
        "problem": report.problem.name,
        "makespan_minutes": res.plan.makespan,
        "lower_bound_minutes": res.lower_bound,
        "objective": res.objective,
        "last_wounded_minutes": res.plan.last_wounded,
        "wounded_bound_minutes": res.wounded_bound,
        "optimal": res.optimal,
        "method": res.method,
        "seconds": round(res.seconds, 2),
        "routes": [
            {
                "vehicle": r.vehicle,
                "trips": [
                    {
                        "pickup": t.pickup,
                        "shelter": t.shelter,
                        "general": t.general,
                        "wounded": t.wounded,
                        "start": leg.start,
                        "arrive": leg.end,
                    }  # fmt: skip
                    for t, leg in zip(
                        r.trips,
                        [x for x in route_legs(report.problem, r) if x.kind == "carry"],
                        strict=True,
                    )
                ],
            }
            for r in res.plan.routes
        ],
        "forecast": None
        if fc is None
        else {
            "runs": fc.runs,
            "p10_minutes": round(fc.p10, 1),
            "p50_minutes": round(fc.p50, 1),
            "p90_minutes": round(fc.p90, 1),
            "wounded_p10_minutes": None if fc.wounded_p10 is None else round(fc.wounded_p10, 1),
            "wounded_p50_minutes": None if fc.wounded_p50 is None else round(fc.wounded_p50, 1),
            "wounded_p90_minutes": None if fc.wounded_p90 is None else round(fc.wounded_p90, 1),
        },
        "notes": [english(n) for n in report.notes],
        "assumptions": list(report.notes),  # the same as codes with values (docs/plan.md)
    }
