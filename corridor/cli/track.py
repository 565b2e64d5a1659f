"""Recording commands of the field: registration, boarding, trips, counts, incidents, estimates,
corrections."""

from __future__ import annotations

from typing import Any

import click

from corridor.cli.common import AT, Env, context, done, pass_env
from corridor.cli.reception import parse_cargo
from corridor.domain.vocabulary import (
    AGES,
    DESTINATIONS,
    GROUPS,
    HEADCOUNT_METHODS,
    HEADCOUNT_STAGES,
    INCIDENT_KINDS,
    METRICS,
    SEVERITIES,
    SEXES,
    TRIAGE,
)
from corridor.errors import ValidationError
from corridor.services import correct as correct_svc
from corridor.services import count as count_svc
from corridor.services import dispatch as dispatch_svc
from corridor.services import register as register_svc
from corridor.services import reports as reports_svc


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
        **context(env),
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
    done("registration", d.id)


@click.command()
@click.argument("token")
@click.argument("trip_id")
@click.option("--household", is_flag=True, help="TOKEN is a household: board every member.")
@AT
@pass_env
def board(env: Env, token: str, trip_id: str, household: bool, at: str | None) -> None:
    """Board a waiting person TOKEN (or a --household) onto a loading trip TRIP_ID."""
    if household:
        boarded = register_svc.board_household(
            **context(env), household_id=token, trip_id=trip_id, at=at
        )
        done(f"{len(boarded)} boardings", ", ".join(d.id for d in boarded))
        return
    d = register_svc.board_person(**context(env), person_id=token, trip_id=trip_id, at=at)
    done("boarding", d.id)


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
        **context(env),
        trip_id=trip_id,
        vehicle_id=vehicle_id,
        origin=origin,
        destination=destination,
        convoy=convoy,
        cargo=parse_cargo(cargo, arrival=False),
        at=at,
    )
    done("dispatch", d.id)


@click.command()
@click.argument("trip_id")
@AT
@pass_env
def depart(env: Env, trip_id: str, at: str | None) -> None:
    """Record that trip TRIP_ID left its pickup site."""
    d = dispatch_svc.depart_trip(**context(env), trip_id=trip_id, at=at)
    done("departure", d.id)


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
        **context(env),
        trip_id=trip_id,
        site_id=site_id,
        arrived=arrived,
        diverted=diverted,
        died=died,
        missing=missing,
        cargo=parse_cargo(cargo, arrival=True),
        at=at,
    )
    done("arrival", d.id)


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
        **context(env),
        site_id=site_id,
        stage=stage,
        total=total,
        trip_id=trip_id,
        method=method,
        breakdown=_breakdown(by),
        at=at,
    )
    done("headcount", d.id)


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
        **context(env),
        kind=kind,
        severity=severity,
        description=description,
        site_id=site_id,
        trip_id=trip_id,
        killed=killed,
        wounded=wounded,
        at=at,
    )
    done("incident", d.id)


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
        **context(env),
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
    done("estimate", d.id)


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
    done("correction", d.id)


COMMANDS = [register, board, dispatch, depart, arrive, count, incident, estimate, correct]
