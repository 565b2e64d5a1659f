"""Setting up an operation: the operation, its time zone, sites, vehicles, status, public text."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from corridor.cli.common import AT, Env, context, done, pass_env
from corridor.domain.localtime import local_text
from corridor.domain.vocabulary import (
    MONTH_NAMES,
    PUBLIC_TEXT_FIELDS,
    SITE_KINDS,
    STATUSES,
    VEHICLE_KINDS,
)
from corridor.services import operation as op_svc
from corridor.services import public_text as public_text_svc

out = Console()


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
    done("operation", d.id)


@click.command("time-zone")
@click.argument("zone", required=False)
@click.option("--reason", default=None, help="Why it changes.")
@pass_env
def time_zone_command(env: Env, zone: str | None, reason: str | None) -> None:
    """Show the operation's time zone, or change it: `time-zone Asia/Damascus`.

    Times are stored in UTC; pages, reports, exports and this CLI show them in this zone, and
    a report's day is a day there.
    """
    ctx = context(env)
    if zone:
        d = op_svc.set_time_zone(**ctx, time_zone=zone, reason=reason)
        done("time zone", d.id)
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
        **context(env), site_id=site_id, name=name, kind=kind, name_ar=name_ar, place=place
    )
    done("site", d.id)


@click.command()
@click.argument("vehicle_id")
@click.option("--kind", type=click.Choice(VEHICLE_KINDS), required=True)
@click.option("--capacity", type=click.IntRange(1), required=True)
@click.option("--agency", default=None)
@pass_env
def vehicle(env: Env, vehicle_id: str, kind: str, capacity: int, agency: str | None) -> None:
    """Register a vehicle in the fleet."""
    d = op_svc.register_vehicle(
        **context(env), vehicle_id=vehicle_id, kind=kind, capacity=capacity, agency=agency
    )
    done("vehicle", d.id)


@click.command()
@click.argument("new_status", required=False, type=click.Choice(STATUSES))
@click.option("--reason", default=None, help="Why the status changes.")
@AT
@pass_env
def status(env: Env, new_status: str | None, reason: str | None, at: str | None) -> None:
    """Show the operation's status history, or change it: `status suspended --reason ...`."""
    ctx = context(env)
    if new_status:
        d = op_svc.change_status(**ctx, status=new_status, reason=reason, at=at)
        done("status change", d.id)
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
        d = public_text_svc.make_private(**context(env), target=fact_id, field=field, at=at)
        done("text made private", d.id)
        return
    d = public_text_svc.make_public(
        **context(env), target=fact_id, field=field, wording=wording, at=at
    )
    done(f"text made public as '{d.payload['wording']}'", d.id)


COMMANDS = [operation, time_zone_command, site, vehicle, status, publish_text]
