"""Reading the operation at the command line: the summary, trips and discrepancies."""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.table import Table

from corridor.cli.common import Env, emit, pass_env
from corridor.cli.reception import print_reception
from corridor.domain.localtime import local_day, local_text, zone_label
from corridor.domain.messages import decode, english_detail
from corridor.services import operation as op_svc
from corridor.services.forecasting import current_forecast
from corridor.services.remaining import remaining
from corridor.services.shelter import reception
from corridor.services.summary import summarize

out = Console()


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@pass_env
def summary(env: Env, as_json: bool) -> None:
    """Who has left, who is waiting, trips in flight, discrepancies, reported figures."""
    s = summarize(store=env.store(), op=env.op())
    left_to_go = remaining(store=env.store(), op=env.op())
    outlook = current_forecast(store=env.store(), clock=env.clock, op=env.op())
    shelter = reception(store=env.store(), op=env.op())
    zone = op_svc.time_zone(env.store(), env.op())
    if as_json:
        emit(
            {
                **s.as_dict(),
                "time_zone": zone,
                "remaining": left_to_go.as_dict(),
                "forecast": outlook,
                "reception": shelter,
            }
        )
        return
    out.print(
        f"[bold]{s.name}[/bold] ({s.op}) - status [bold]{s.status}[/bold] since "
        f"{local_text(s.status_at, zone) or '-'} {zone_label(zone, s.status_at)}"
    )
    out.print(_answer(s.left, left_to_go.as_dict(), outlook, zone))
    totals = Table("people", "count", title="Headcounts from the ledger")
    for label, n in [
        ("left (net of returns)", s.left),
        ("arrived at reception", s.arrived),
        ("counted onward (camps, relatives)", s.onward),
        ("in transit", s.in_transit),
        ("waiting, registered", s.waiting_named),
        ("waiting, counted", s.waiting_counted),
        ("turned back", s.returned),
        ("died en route", s.died),
        ("missing", s.missing),
        ("diverted", s.diverted),
    ]:
        totals.add_row(label, f"{n:,}")
    out.print(totals)
    for link in s.linked:
        out.print(f"Conditioned on [bold]{link['name'] or link['op']}[/bold]: {link['status']}")
    # Departures from pickup sites and crossings by category, less those turned back = left.
    cats = Table("departed by", "values", title="Categories of those who left")
    for dim, values in sorted(s.departed_by_category.items()):
        shown = " · ".join(f"{k} {v:,}" for k, v in sorted(values.items()))
        cats.add_row(dim, f"{shown} · turned back -{s.returned:,} = left {s.left:,}")
    out.print(cats)
    reported = Table("as of", "metric", "figure", "source", title="Reported by others")
    for e in s.estimates:
        reported.add_row(
            e["as_of"] or local_day(e["at"], zone),
            e["metric"],
            f"{e['qualifier'] + ' ' if e['qualifier'] else ''}{e['value']}",
            e["source"],
        )
    out.print(reported)
    out.print(
        f"Trips: {s.trips_by_status}; open discrepancies: {len(s.discrepancies)}; "
        f"incidents: {len(s.incidents)}"
    )
    print_reception(shelter)


@click.command()
@click.option(
    "--status",
    "trip_status",
    default=None,
    type=click.Choice(["loading", "en_route", "arrived", "diverted"]),
)
@pass_env
def trips(env: Env, trip_status: str | None) -> None:
    """List trips with their reconciliation, as JSON."""
    where = {"status": trip_status} if trip_status else {}
    emit(env.store().query("trips", op=env.op(), **where))


@click.command()
@pass_env
def discrepancies(env: Env) -> None:
    """List what does not add up, for a person to resolve with `corridor correct`."""
    rows = env.store().query("discrepancies", op=env.op())
    # The detail in English, and as codes with values (domain/messages.py) for programs.
    emit(
        [
            {**d, "detail": english_detail(d["detail"]), "messages": decode(d["detail"])}
            for d in rows
        ]
    )


def _answer(left: int, waiting: dict[str, Any], outlook: dict[str, Any], zone: str) -> str:
    """The one-line answer: left, waiting, the reported range, the forecast in local time."""
    parts = [f"{left:,} left", f"{waiting['waiting']:,} waiting at pickup points (ledger)"]
    if waiting["low"] is not None:
        span = f"{waiting['low']:,}" + (
            f"-{waiting['high']:,}" if waiting["high"] != waiting["low"] else ""
        )
        n = len(waiting["sources"])
        parts.append(f"{span} remain ({n} source{'' if n == 1 else 's'})")
    if outlook.get("p50"):
        parts.append(
            f"done by {local_text(outlook['p50'], zone)} (P50), "
            f"{local_text(outlook['p10'], zone)} to {local_text(outlook['p90'], zone)} "
            f"(P10-P90), {zone_label(zone, outlook['p50'])}; forecast "
            f"{round(outlook.get('age_seconds', 0) / 60)} min old"
        )
    else:
        parts.append(f"no forecast: {outlook.get('missing', 'unknown')}")
    return " · ".join(parts)


COMMANDS = [summary, trips, discrepancies]
