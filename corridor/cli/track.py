"""Tracking commands: set-up, registration, trips, counts, incidents, estimates, status."""

from __future__ import annotations

import os
import signal
import threading
import time
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from corridor.cli.common import WATCH_PARENT, Env, emit, pass_env
from corridor.cli.reception import parse_cargo, print_reception
from corridor.domain.events import (
    AGES,
    DESTINATIONS,
    GROUPS,
    HEADCOUNT_METHODS,
    HEADCOUNT_STAGES,
    INCIDENT_KINDS,
    METRICS,
    MONTH_NAMES,
    PUBLIC_TEXT_FIELDS,
    SEVERITIES,
    SEXES,
    SITE_KINDS,
    STATUSES,
    TRIAGE,
    VEHICLE_KINDS,
)
from corridor.domain.localtime import local_day, local_text, zone_label
from corridor.domain.messages import decode, english_detail
from corridor.errors import ValidationError
from corridor.services import correct as correct_svc
from corridor.services import count as count_svc
from corridor.services import disclosure
from corridor.services import dispatch as dispatch_svc
from corridor.services import operation as op_svc
from corridor.services import public_text as public_text_svc
from corridor.services import register as register_svc
from corridor.services import reports as reports_svc
from corridor.services.forecasting import (
    WorkerSettings,
    compute_forecast,
    current_forecast,
    run_worker,
)
from corridor.services.reception import reception
from corridor.services.remaining import remaining
from corridor.services.summary import summarize
from corridor.services.watch import lowest_priority

out = Console()
AT = click.option("--at", default=None, help="When it happened (ISO 8601; default: now).")


def _ctx(env: Env) -> dict[str, Any]:
    return {"store": env.store(), "clock": env.clock, "actor": env.settings.actor, "op": env.op()}


def _done(kind: str, fact_id: str) -> None:
    click.echo(f"Recorded {kind} ({fact_id}).")


@click.command()
@click.argument("op_id")
@click.argument("name")
@click.option("--conditioned-on", multiple=True, help="Id of a linked operation (repeatable).")
@click.option("--description", default=None)
@click.option("--name-ar", default=None, help="Arabic name (Arabic pages and reports).")
@click.option(
    "--months",
    type=click.Choice(MONTH_NAMES),
    default=None,
    help="Arabic month names: msa (ديسمبر, default) or levantine (كانون الأول).",
)
@click.option(
    "--time-zone",
    default=None,
    help="IANA zone its times are shown in, e.g. Asia/Damascus (default UTC).",
)
@pass_env
def operation(
    env: Env,
    op_id: str,
    name: str,
    conditioned_on: tuple[str, ...],
    description: str | None,
    name_ar: str | None,
    months: str | None,
    time_zone: str | None,
) -> None:
    """Define an operation OP_ID called NAME."""
    d = op_svc.define_operation(
        store=env.store(),
        clock=env.clock,
        actor=env.settings.actor,
        op=op_id,
        name=name,
        conditioned_on=list(conditioned_on) or None,
        description=description,
        name_ar=name_ar,
        months=months,
        time_zone=time_zone,
    )
    _done("operation", d.id)


@click.command("time-zone")
@click.argument("zone", required=False)
@click.option("--reason", default=None, help="Why it changes.")
@pass_env
def time_zone_command(env: Env, zone: str | None, reason: str | None) -> None:
    """Show the operation's time zone, or change it: `time-zone Asia/Damascus`.

    Times are stored in UTC; pages, reports, exports and this CLI show them in this zone, and
    a report's day is a day there.
    """
    ctx = _ctx(env)
    if zone:
        d = op_svc.set_time_zone(**ctx, time_zone=zone, reason=reason)
        _done("time zone", d.id)
        return
    click.echo(op_svc.time_zone(ctx["store"], ctx["op"]))


@click.command()
@click.argument("site_id")
@click.argument("name")
@click.option("--kind", type=click.Choice(SITE_KINDS), required=True)
@click.option("--name-ar", default=None, help="Arabic name.")
@click.option("--pcode", default=None, help="P-code of the site's administrative area (HXL).")
@click.option("--adm-level", type=click.IntRange(1, 5), default=None, help="Level of the p-code.")
@click.option("--lat", default=None, help="Latitude, decimal degrees (HXL #geo+lat).")
@click.option("--lon", default=None, help="Longitude, decimal degrees (HXL #geo+lon).")
@pass_env
def site(
    env: Env,
    site_id: str,
    name: str,
    kind: str,
    name_ar: str | None,
    pcode: str | None,
    adm_level: int | None,
    lat: str | None,
    lon: str | None,
) -> None:
    """Define a site (pickup district, crossing, gathering point, camp...)."""
    place = op_svc.SitePlace(pcode=pcode, adm_level=adm_level, lat=lat, lon=lon)
    d = op_svc.define_site(
        **_ctx(env), site_id=site_id, name=name, kind=kind, name_ar=name_ar, place=place
    )
    _done("site", d.id)


@click.command()
@click.argument("vehicle_id")
@click.option("--kind", type=click.Choice(VEHICLE_KINDS), required=True)
@click.option("--capacity", type=click.IntRange(1), required=True)
@click.option("--agency", default=None)
@pass_env
def vehicle(env: Env, vehicle_id: str, kind: str, capacity: int, agency: str | None) -> None:
    """Register a vehicle in the fleet."""
    d = op_svc.register_vehicle(
        **_ctx(env), vehicle_id=vehicle_id, kind=kind, capacity=capacity, agency=agency
    )
    _done("vehicle", d.id)


@click.command()
@click.argument("token")
@click.option("--site", "site_id", required=True, help="Registration site.")
@click.option("--group", type=click.Choice(GROUPS), default="civilian", show_default=True)
@click.option("--age", type=click.Choice(AGES), default="unknown", show_default=True)
@click.option("--sex", type=click.Choice(SEXES), default="unknown", show_default=True)
@click.option("--triage", type=click.Choice(TRIAGE), default="none", show_default=True)
@click.option("--household", default=None, help="Household token.")
@click.option("--vulnerability", multiple=True, help="e.g. unaccompanied (repeatable).")
@click.option("--destination", type=click.Choice(DESTINATIONS), default=None)
@click.option("--name", default=None, help="Encrypted; only if needed for family tracing.")
@click.option("--phone", default=None, help="Encrypted.")
@click.option("--notes", default=None, help="Encrypted.")
@AT
@pass_env
def register(
    env: Env,
    token: str,
    site_id: str,
    group: str,
    age: str,
    sex: str,
    triage: str,
    household: str | None,
    vulnerability: tuple[str, ...],
    destination: str | None,
    name: str | None,
    phone: str | None,
    notes: str | None,
    at: str | None,
) -> None:
    """Register a person under their wristband TOKEN.

    Names and phone numbers are optional and never enter the ledger: they are encrypted with the
    key in CORRIDOR_KEY_FILE and can be purged once synced.
    """
    details = {k: v for k, v in {"name": name, "phone": phone, "notes": notes}.items() if v}
    d = register_svc.register_person(
        **_ctx(env),
        person_id=token,
        site_id=site_id,
        group=group,
        age=age,
        sex=sex,
        triage=triage,
        household_id=household,
        vulnerabilities=list(vulnerability) or None,
        destination=destination,
        details=details or None,
        key=env.key() if details else None,
        at=at,
    )
    _done("registration", d.id)


@click.command()
@click.argument("token")
@click.argument("trip_id")
@click.option("--household", is_flag=True, help="TOKEN is a household: board every member.")
@AT
@pass_env
def board(env: Env, token: str, trip_id: str, household: bool, at: str | None) -> None:
    """Board a waiting person TOKEN (or a --household) onto a loading trip TRIP_ID."""
    if household:
        done = register_svc.board_household(**_ctx(env), household_id=token, trip_id=trip_id, at=at)
        _done(f"{len(done)} boardings", ", ".join(d.id for d in done))
        return
    d = register_svc.board_person(**_ctx(env), person_id=token, trip_id=trip_id, at=at)
    _done("boarding", d.id)


@click.command()
@click.argument("trip_id")
@click.option("--vehicle", "vehicle_id", required=True)
@click.option("--from", "origin", required=True, help="Pickup site.")
@click.option("--to", "destination", required=True, help="Destination site.")
@click.option("--convoy", default=None, help="Convoy id, when travelling in convoy.")
@click.option(
    "--cargo",
    "cargo",
    multiple=True,
    help="Aid loaded, e.g. --cargo water_l=20000 --cargo food_ration=10000 (an aid trip).",
)
@AT
@pass_env
def dispatch(
    env: Env,
    trip_id: str,
    vehicle_id: str,
    origin: str,
    destination: str,
    convoy: str | None,
    cargo: tuple[str, ...],
    at: str | None,
) -> None:
    """Dispatch a vehicle on trip TRIP_ID (people, or aid with --cargo)."""
    d = dispatch_svc.dispatch_trip(
        **_ctx(env),
        trip_id=trip_id,
        vehicle_id=vehicle_id,
        origin=origin,
        destination=destination,
        convoy=convoy,
        cargo=parse_cargo(cargo, arrival=False),
        at=at,
    )
    _done("dispatch", d.id)


@click.command()
@click.argument("trip_id")
@AT
@pass_env
def depart(env: Env, trip_id: str, at: str | None) -> None:
    """Record that trip TRIP_ID left its pickup site."""
    d = dispatch_svc.depart_trip(**_ctx(env), trip_id=trip_id, at=at)
    _done("departure", d.id)


@click.command()
@click.argument("trip_id")
@click.option("--site", "site_id", required=True, help="Where it arrived.")
@click.option("--arrived", type=click.IntRange(0), required=True)
@click.option("--diverted", type=click.IntRange(0), default=0)
@click.option("--died", type=click.IntRange(0), default=0)
@click.option("--missing", type=click.IntRange(0), default=0)
@click.option(
    "--cargo",
    "cargo",
    multiple=True,
    help="Aid accounted for as item=delivered/lost/diverted, e.g. --cargo water_l=11500/500/0.",
)
@AT
@pass_env
def arrive(
    env: Env,
    trip_id: str,
    site_id: str,
    arrived: int,
    diverted: int,
    died: int,
    missing: int,
    cargo: tuple[str, ...],
    at: str | None,
) -> None:
    """Record trip TRIP_ID's arrival: arrived + diverted + died + missing should equal boarded."""
    d = dispatch_svc.arrive_trip(
        **_ctx(env),
        trip_id=trip_id,
        site_id=site_id,
        arrived=arrived,
        diverted=diverted,
        died=died,
        missing=missing,
        cargo=parse_cargo(cargo, arrival=True),
        at=at,
    )
    _done("arrival", d.id)


def _breakdown(pairs: tuple[str, ...]) -> dict[str, dict[str, int]] | None:
    result: dict[str, dict[str, int]] = {}
    for pair in pairs:
        try:
            key, number = pair.split("=", 1)
            dim, value = key.split(".", 1)
            result.setdefault(dim, {})[value] = int(number)
        except ValueError:
            raise ValidationError(f"'{pair}' should look like age.child=12", field="by") from None
    return result or None


@click.command()
@click.argument("total", type=click.IntRange(0))
@click.option("--site", "site_id", required=True)
@click.option("--stage", type=click.Choice(HEADCOUNT_STAGES), required=True)
@click.option("--trip", "trip_id", default=None, help="The vehicle's trip, for a bus count.")
@click.option("--method", type=click.Choice(HEADCOUNT_METHODS), default=None)
@click.option(
    "--by",
    "by",
    multiple=True,
    metavar="DIM.VALUE=N",
    help="Breakdown, e.g. --by age.child=12 --by group.fighter=20 (repeatable).",
)
@AT
@pass_env
def count(
    env: Env,
    total: int,
    site_id: str,
    stage: str,
    trip_id: str | None,
    method: str | None,
    by: tuple[str, ...],
    at: str | None,
) -> None:
    """Record an unnamed headcount of TOTAL people (bus, walk-ins, private cars, waiting)."""
    d = count_svc.record_headcount(
        **_ctx(env),
        site_id=site_id,
        stage=stage,
        total=total,
        trip_id=trip_id,
        method=method,
        breakdown=_breakdown(by),
        at=at,
    )
    _done("headcount", d.id)


@click.command()
@click.argument("description")
@click.option("--kind", type=click.Choice(INCIDENT_KINDS), required=True)
@click.option("--severity", type=click.Choice(SEVERITIES), required=True)
@click.option("--site", "site_id", default=None)
@click.option("--trip", "trip_id", default=None)
@click.option("--killed", type=click.IntRange(0), default=None)
@click.option("--wounded", type=click.IntRange(0), default=None)
@AT
@pass_env
def incident(
    env: Env,
    description: str,
    kind: str,
    severity: str,
    site_id: str | None,
    trip_id: str | None,
    killed: int | None,
    wounded: int | None,
    at: str | None,
) -> None:
    """Report an incident: attack, gunfire, blockade, detention, accident..."""
    d = reports_svc.report_incident(
        **_ctx(env),
        kind=kind,
        severity=severity,
        description=description,
        site_id=site_id,
        trip_id=trip_id,
        killed=killed,
        wounded=wounded,
        at=at,
    )
    _done("incident", d.id)


@click.command()
@click.argument("metric", type=click.Choice(METRICS))
@click.argument("value", type=click.IntRange(0))
@click.option("--source", required=True, help="Who reported it (SOHR, ICRC, state media).")
@click.option("--qualifier", default=None, help="about, at least, up to...")
@click.option("--outlet", default=None)
@click.option("--url", default=None)
@click.option("--place", default=None)
@click.option("--as-of", default=None, help="Date the figure refers to (YYYY-MM-DD).")
@AT
@pass_env
def estimate(
    env: Env,
    metric: str,
    value: int,
    source: str,
    qualifier: str | None,
    outlet: str | None,
    url: str | None,
    place: str | None,
    as_of: str | None,
    at: str | None,
) -> None:
    """Record a figure reported by someone else, e.g. `estimate evacuated 8500 --source SOHR`."""
    d = reports_svc.report_estimate(
        **_ctx(env),
        metric=metric,
        value=value,
        source=source,
        qualifier=qualifier,
        outlet=outlet,
        url=url,
        place=place,
        as_of=as_of,
        at=at,
    )
    _done("estimate", d.id)


@click.command()
@click.argument("fact_id")
@click.option("--reason", required=True)
@click.option(
    "--set",
    "changes",
    multiple=True,
    metavar="FIELD=VALUE",
    help="Replace a field (repeatable); without --set the fact is voided.",
)
@AT
@pass_env
def correct(env: Env, fact_id: str, reason: str, changes: tuple[str, ...], at: str | None) -> None:
    """Correct fact FACT_ID with a new fact: void it, or replace fields with --set."""
    parsed: dict[str, Any] = {}
    for change in changes:
        name, _, value = change.partition("=")
        if not name or not _:
            raise ValidationError(f"'{change}' should look like FIELD=VALUE", field="set")
        parsed[name] = int(value) if value.isdigit() else value
    d = correct_svc.correct_fact(
        store=env.store(),
        clock=env.clock,
        actor=env.settings.actor,
        target_id=fact_id,
        reason=reason,
        changes=parsed or None,
        at=at,
    )
    _done("correction", d.id)


@click.command()
@click.argument("new_status", required=False, type=click.Choice(STATUSES))
@click.option("--reason", default=None, help="Why the status changes.")
@AT
@pass_env
def status(env: Env, new_status: str | None, reason: str | None, at: str | None) -> None:
    """Show the operation's status history, or change it: `status suspended --reason ...`."""
    ctx = _ctx(env)
    if new_status:
        d = op_svc.change_status(**ctx, status=new_status, reason=reason, at=at)
        _done("status change", d.id)
        return
    zone = op_svc.time_zone(ctx["store"], ctx["op"])
    table = Table(f"when ({zone})", "status", "reason", "by", title=f"Status of {ctx['op']}")
    for row in op_svc.status_history(store=ctx["store"], op=ctx["op"]):
        table.add_row(local_text(row["at"], zone), row["status"], row["reason"] or "", row["actor"])
    out.print(table)


@click.command("publish-text")
@click.argument("fact_id")
@click.argument("field", type=click.Choice(PUBLIC_TEXT_FIELDS))
@click.option(
    "--wording", default=None, help="Reviewed words to publish (default: the field as it is)."
)
@click.option("--withdraw", is_flag=True, help="Make the text private again.")
@AT
@pass_env
def publish_text(
    env: Env, fact_id: str, field: str, wording: str | None, withdraw: bool, at: str | None
) -> None:
    """Make FIELD of fact FACT_ID public in reviewed words (or private again with --withdraw):
    status reasons, incident descriptions, estimate source/outlet/place."""
    if withdraw:
        d = public_text_svc.make_private(**_ctx(env), target=fact_id, field=field, at=at)
        _done("text made private", d.id)
        return
    d = public_text_svc.make_public(
        **_ctx(env), target=fact_id, field=field, wording=wording, at=at
    )
    _done(f"text made public as '{d.payload['wording']}'", d.id)


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


gap_option = click.option(
    "--gap",
    type=click.FloatRange(0),
    default=WorkerSettings.min_gap_seconds / 60,
    show_default=True,
    help="With --watch: minutes to rest after each result before the next, however many "
    "facts came.",
)


@click.command()
@click.option(
    "--limit",
    type=click.FloatRange(0.1),
    default=WorkerSettings.time_limit,
    show_default=True,
    help="Solver seconds.",
)
@click.option("--runs", type=click.IntRange(1), default=WorkerSettings.runs, show_default=True)
@click.option("--watch", is_flag=True, help="Keep it up to date until stopped (what `serve` runs).")
@click.option(
    "--every",
    type=click.FloatRange(0.01),
    default=WorkerSettings.every_seconds / 60,
    show_default=True,
    help="With --watch: minutes between forecasts when facts were added.",
)
@click.option(
    "--after",
    type=click.IntRange(1),
    default=WorkerSettings.after_facts,
    show_default=True,
    help="With --watch: recompute as soon as this many facts were added.",
)
@gap_option
@pass_env
def forecast(
    env: Env, limit: float, runs: int, watch: bool, every: float, after: int, gap: float
) -> None:
    """Compute the completion forecast now and store it (`serve` does this in the background)."""
    if watch:
        settings = WorkerSettings(
            every_seconds=every * 60,
            after_facts=after,
            time_limit=limit,
            runs=runs,
            min_gap_seconds=gap * 60,
        )
        run_worker(
            open_store=env.store,
            clock=env.clock,
            op=env.op(),
            settings=settings,
            stop=background_stop(),
        )
        return
    body = compute_forecast(
        store=env.store(), clock=env.clock, op=env.op(), time_limit=limit, runs=runs
    )
    emit(body)


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


@click.command()
@click.option("--watch", is_flag=True, help="Keep it up to date until stopped (what `serve` runs).")
@click.option(
    "--every",
    type=click.FloatRange(0.01),
    default=5.0,
    show_default=True,
    help="With --watch: minutes between snapshots when facts were added.",
)
@click.option(
    "--after",
    type=click.IntRange(1),
    default=200,
    show_default=True,
    help="With --watch: recompute as soon as this many facts were added.",
)
@gap_option
@pass_env
def protect(env: Env, watch: bool, every: float, after: int, gap: float) -> None:
    """Protect the public figures now and store them (`serve` does this in the background)."""
    if watch:
        settings = WorkerSettings(
            every_seconds=every * 60, after_facts=after, min_gap_seconds=gap * 60
        )
        disclosure.run_worker(
            open_store=env.store,
            clock=env.clock,
            op=env.op(),
            settings=settings,
            stop=background_stop(),
        )
        return
    body = disclosure.compute_snapshot(store=env.store(), clock=env.clock, op=env.op())
    emit({k: v for k, v in body.items() if k != "cells"})


def background_stop() -> Stop:
    """Make this process a background worker: lowest CPU priority (``watch.lowest_priority``;
    `serve` has already set it on the workers it starts), then a :class:`Stop` (whose watchdog
    thread takes the priority it is started with)."""
    lowest_priority()
    return Stop()


class Stop:
    """Ends a watch on SIGTERM or SIGINT, or when the process that started it is gone.

    The server names itself in ``CORRIDOR_WATCH_PARENT``: a worker that starts after the server
    has already died (reparented before it could read its parent) stops at once instead of
    taking its new parent for the server. A watchdog thread ends the process when the server
    dies in the middle of a computation too: nothing is lost, since each result is one write."""

    def __init__(self) -> None:
        named = os.environ.get(WATCH_PARENT, "")
        self.parent = int(named) if named.isdigit() else os.getppid()
        self.asked = False
        signal.signal(signal.SIGTERM, self._ask)
        signal.signal(signal.SIGINT, self._ask)
        threading.Thread(target=self._watch, daemon=True, name="corridor-watchdog").start()

    def _watch(self) -> None:
        while os.getppid() == self.parent:
            time.sleep(1.0)
        os._exit(0)  # the server is gone: stop even in the middle of a forecast

    def _ask(self, *_: object) -> None:
        self.asked = True

    def is_set(self) -> bool:
        """Whether to stop now."""
        return self.asked or os.getppid() != self.parent

    def wait(self, timeout: float | None = None) -> bool:
        """Sleep up to ``timeout`` seconds, waking early to stop."""
        end = time.monotonic() + (timeout or 0)
        while not self.is_set() and time.monotonic() < end:
            time.sleep(min(0.2, max(0.0, end - time.monotonic())))
        return self.is_set()


COMMANDS = [
    operation,
    time_zone_command,
    site,
    vehicle,
    register,
    board,
    dispatch,
    depart,
    arrive,
    count,
    incident,
    estimate,
    correct,
    status,
    publish_text,
    summary,
    forecast,
    protect,
    trips,
    discrepancies,
]
