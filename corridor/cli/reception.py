"""Reception commands: shelter capacity, aid handed out, planning figures, and the overview."""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.table import Table

from corridor.cli.common import AT, Env, context, emit, pass_env
from corridor.errors import ValidationError
from corridor.services import reception as reception_svc
from corridor.services import shelter

out = Console()


def parse_cargo(pairs: tuple[str, ...], *, arrival: bool) -> list[dict[str, int | str]] | None:
    """``item=quantity`` (dispatch) or ``item=delivered[/lost[/diverted]]`` (arrival) pairs.

    :raises ValidationError: a pair of another shape.
    """
    shape = "water_l=11500/500/0" if arrival else "water_l=20000"
    items: list[dict[str, int | str]] = []
    for pair in pairs:
        try:
            item, numbers = pair.split("=", 1)
            parts = [int(n) for n in numbers.split("/")]
        except ValueError:
            raise ValidationError(f"'{pair}' should look like {shape}", field="cargo") from None
        if (arrival and not 1 <= len(parts) <= 3) or (not arrival and len(parts) != 1):
            raise ValidationError(f"'{pair}' should look like {shape}", field="cargo")
        if arrival:
            names = ("delivered", "lost", "diverted")
            items.append({"item": item, **dict(zip(names, parts, strict=False))})
        else:
            items.append({"item": item, "quantity": parts[0]})
    return items or None


@click.command()
@click.argument("site_id")
@click.option("--places", type=click.IntRange(0), required=True, help="People it can shelter.")
@click.option("--tents", type=click.IntRange(0), default=None)
@click.option("--beds", type=click.IntRange(0), default=None)
@click.option("--note", default=None, help="Source or condition of the figure.")
@AT
@pass_env
def capacity(
    env: Env,
    site_id: str,
    places: int,
    tents: int | None,
    beds: int | None,
    note: str | None,
    at: str | None,
) -> None:
    """Declare how many people SITE_ID can shelter from now on."""
    d = reception_svc.declare_capacity(
        **context(env), site_id=site_id, places=places, tents=tents, beds=beds, note=note, at=at
    )
    click.echo(f"Recorded capacity ({d.id}).")


@click.command()
@click.argument("site_id")
@click.argument("item")
@click.argument("quantity", type=click.IntRange(1))
@click.option("--note", default=None, help="To whom or what for.")
@AT
@pass_env
def distribute(
    env: Env, site_id: str, item: str, quantity: int, note: str | None, at: str | None
) -> None:
    """Record QUANTITY of ITEM handed out at SITE_ID (it leaves the site's stock)."""
    d = reception_svc.distribute(
        **context(env), site_id=site_id, item=item, quantity=quantity, note=note, at=at
    )
    click.echo(f"Recorded distribution ({d.id}).")


@click.command()
@click.argument("pairs", nargs=-1, required=True)
@click.option("--reason", default=None, help="Why these figures.")
@pass_env
def figures(env: Env, pairs: tuple[str, ...], reason: str | None) -> None:
    """Set planning figures, e.g. `corridor figures water_l=20 space_m2=4.5`."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise ValidationError(f"'{pair}' should look like water_l=20", field="figures")
        values[name] = value
    d = reception_svc.set_figures(**context(env), figures=values, reason=reason)
    click.echo(f"Recorded figures ({d.id}).")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@pass_env
def reception(env: Env, as_json: bool) -> None:
    """Occupancy against capacity, daily needs, stocks and days of cover per site."""
    r = shelter.reception(store=env.store(), op=env.op())
    if as_json:
        emit(r)
        return
    print_reception(r)


def print_reception(r: dict[str, Any]) -> None:
    """The reception tables, as `reception` and `summary` print them."""
    sites = Table("site", "people", "places", "free", "water l/day", title="Occupancy")
    for row in r["sites"]:
        places = "-" if row["places"] is None else f"{row['places']:,}"
        free = "-" if row["free"] is None else f"{row['free']:,}"
        flag = " [red]over[/red]" if row["over"] else ""
        water = f"{row['needs']['water_l']:,.0f}"
        sites.add_row(row["site"], f"{row['occupancy']:,}{flag}", places, free, water)
    out.print(sites)
    cover = Table("site", "item", "stock", "on the road", "per day", "days", title="Days of cover")
    for c in r["cover"]:
        days = "-" if c["days_low"] is None else f"{c['days_low']:g}-{c['days_high']:g}"
        cover.add_row(
            c["site"],
            c["item"],
            f"{c['stock']:,}",
            f"{c['on_the_road']:,}",
            f"{c['per_day']:,}",
            days,
        )
    out.print(cover)
    for d in r["discrepancies"]:
        out.print(f"[red]{d['kind']}[/red]: {d['detail']}")
    for note in r["assumptions"]:
        out.print(f"[dim]- {note}[/dim]")


COMMANDS = [capacity, distribute, figures, reception]
