"""What reception holds and needs: occupancy against capacity per site, daily needs, stocks and
days of cover (:func:`reception`), derived from the ledger's headcounts, sites, trips, cargo and
distributions, with the stored completion forecast for arrivals ahead.

Over-capacity and negative stocks are found here, at read time, because they compare figures
of many units (a site's capacity with everyone's arrivals); a cargo that does not add up is a
discrepancy of its trip, stored like a trip's people's.
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from corridor.domain import needs as nd
from corridor.domain.rows import Trip
from corridor.domain.units import Kind, Unit
from corridor.errors import NotFound
from corridor.storage.base import Store

RECEIVING_KINDS = ("gathering", "camp", "hospital")  # sites where people stay and are counted
ONWARD_KINDS = ("camp", "relatives")
WOUNDED = ("critical", "serious")


def stocks(store: Store, op: str) -> Counter[tuple[str, str]]:
    """What each site holds of each item: deliveries less distributions."""
    held: Counter[tuple[str, str]] = Counter()
    for row in store.query("cargo", op=op, arrived=1):
        held[(str(row["site"]), str(row["item"]))] += int(row["delivered"])
    for row in store.query("distributions", op=op):
        held[(str(row["site_id"]), str(row["item"]))] -= int(row["quantity"])
    return held


def on_the_road(store: Store, op: str) -> Counter[tuple[str, str]]:
    """Cargo on trips that left and have not arrived, by destination site and item."""
    moving = {t.trip_id for t in store.trips(op, status="en_route")}
    road: Counter[tuple[str, str]] = Counter()
    for row in store.query("cargo", op=op, arrived=0):
        if row["trip_id"] in moving:
            road[(str(row["site"]), str(row["item"]))] += int(row["sent"])
    return road


def room(store: Store, op: str) -> dict[str, int]:
    """Places left at each site with a declared capacity: places less the people there and
    the people on their way to it (never below 0)."""
    sites = {r["site_id"]: r for r in store.query("sites", op=op)}
    trips = _trips_that_matter(store, op, sites)
    occupancy, _ = _occupancy(store.headcounts(op), sites, trips, [])
    coming: Counter[str] = Counter()
    for t in trips:
        if t.status in ("loading", "en_route") and t.destination:
            coming[str(t.destination)] += int(t.boarded or 0)
    return {
        s: max(0, int(r["places"]) - occupancy.get(s, 0) - coming[s])
        for s, r in sites.items()
        if r["places"] is not None
    }


def _trips_that_matter(store: Store, op: str, sites: dict[str, dict[str, Any]]) -> list[Trip]:
    """The trips reception reads: those loading or on the road (people on their way), and those
    that arrived at a camp or with relatives (onward moves carried by a trip). Not every trip:
    the board of a long operation holds thousands."""
    found = store.trips(op, status="loading")
    found += store.trips(op, status="en_route")
    for site, row in sorted(sites.items()):
        if row["kind"] in ONWARD_KINDS:
            found += store.trips(op, arrival_site=site)
    return found


def operation_figures(store: Store, op: str) -> dict[str, Decimal]:
    """The figures an operation plans with: defaults, replaced by its own where it set them."""
    rows = store.query("operations", op=op)
    own = json.loads(rows[0]["figures"]) if rows and rows[0].get("figures") else {}
    return nd.figures(own)


def reception(*, store: Store, op: str) -> dict[str, Any]:
    """Occupancy against capacity per site, daily needs, stocks and days of cover (a range).

    :raises NotFound: no such operation.
    """
    if not store.query("operations", op=op):
        raise NotFound(f"no operation '{op}'")
    fig = operation_figures(store, op)
    sites = {s["site_id"]: s for s in store.query("sites", op=op)}
    counts = store.headcounts(op)
    trips = _trips_that_matter(store, op, sites)
    notes: list[str] = []
    occupancy, wounded = _occupancy(counts, sites, trips, notes)
    shown = sorted(
        s for s, row in sites.items() if row["kind"] in RECEIVING_KINDS or row["places"] is not None
    )
    inbound: Counter[str] = Counter()
    for t in trips:
        if t.status in ("loading", "en_route") and t.destination:
            inbound[str(t.destination)] += int(t.boarded or 0)
    held, road = stocks(store, op), on_the_road(store, op)
    ahead = _arrivals_ahead(store, op, counts, sites, notes)
    rows, cover, discrepancies = [], [], []
    total_needs: dict[str, Decimal] = {}
    for site in shown:
        row = sites[site]
        who = nd.categories(occupancy.get(site, 0), wounded.get(site, 0), fig)
        need = nd.daily_needs(who, fig)
        for k, v in need.items():
            total_needs[k] = total_needs.get(k, Decimal(0)) + v
        places = row["places"]
        rows.append(
            {
                "site": site,
                "name": row["name"],
                "name_ar": row["name_ar"],
                "kind": row["kind"],
                "places": places,
                "tents": row["tents"],
                "beds": row["beds"],
                "capacity_at": row["capacity_at"],
                "occupancy": who.people,
                "inbound": inbound[site],
                "free": None if places is None else places - who.people,
                "percent": None if not places else round(100 * who.people / places),
                "over": places is not None and who.people > places,
                "categories": {c: getattr(who, c) for c in nd.CATEGORIES},
                "estimated": list(who.estimated),
                "needs": {k: _round(v, 1) for k, v in need.items()},
            }
        )
        discrepancies += _capacity_checks(site, row, who.people, trips)
        cover += _cover(site, held, road, need, fig, who.people, ahead.get(site))
    for (site, item), n in sorted(held.items()):
        if n < 0:
            discrepancies.append(
                {
                    "kind": "stock_negative",
                    "unit": Unit(Kind.SITE, op, site).encode(),
                    "detail": f"{site}: {-n:,} more {item} handed out than delivered",
                }
            )
    notes.append(
        "days of cover: low = the site's stock only, with people arriving as fast as the "
        "forecast's p10; high = stock plus convoys on the road, arrivals by p90; nobody moves on"
    )
    return {
        "sites": rows,
        "needs": {k: _round(v, 1) for k, v in total_needs.items()},
        "stocks": _stock_rows(held, road),
        "cover": cover,
        "discrepancies": discrepancies,
        "figures": [
            {
                "name": f.name,
                "value": _plain(fig[f.name]),
                "unit": f.unit,
                "label": f.label,
                "source": f.source,
                "default": fig[f.name] == Decimal(f.default),
            }
            for f in nd.FIGURES.values()
        ],
        "assumptions": notes,
    }


def shelter_section(*, store: Store, op: str) -> dict[str, Any]:
    """The reception figures of a report, read from the ledger as it stood at the report's end
    (``services.sitrep.ledger_at``)."""
    if not store.query("operations", op=op):
        return {"sites": [], "cover": [], "discrepancies": [], "assumptions": []}
    return reception(store=store, op=op)


def _stock_rows(
    held: Counter[tuple[str, str]], road: Counter[tuple[str, str]]
) -> list[dict[str, Any]]:
    keys = sorted(set(held) | set(road))
    return [
        {"site": s, "item": i, "quantity": held.get((s, i), 0), "on_the_road": road.get((s, i), 0)}
        for s, i in keys
    ]


def _occupancy(
    counts: dict[tuple[str, str, str, str], int],
    sites: dict[str, dict[str, Any]],
    trips: list[Trip],
    notes: list[str],
) -> tuple[dict[str, int], dict[str, int]]:
    """People at each site (arrived - left), and the wounded among them.

    Arrivals counted at camps and with relatives that no trip carried came on from a
    gathering point: they are taken from the gathering points in proportion to their arrivals.
    """
    arrived: Counter[str] = Counter()
    left: Counter[str] = Counter()
    hurt: Counter[str] = Counter()
    for (stage, site, dim, value), n in counts.items():
        if dim == "total" and stage == "arrived":
            arrived[site] += n
        elif dim == "total" and stage == "departed":
            left[site] += n
        elif dim == "triage" and value in WOUNDED and stage in ("arrived", "departed"):
            hurt[site] += n if stage == "arrived" else -n
    kind = {s: str(r["kind"]) for s, r in sites.items()}
    by_trip: Counter[str] = Counter()
    for t in trips:
        if t.arrival_site and kind.get(str(t.arrival_site)) in ONWARD_KINDS:
            by_trip[str(t.arrival_site)] += int(t.arrived or 0)
    onward = sum(max(0, arrived[s] - by_trip[s]) for s in arrived if kind.get(s) in ONWARD_KINDS)
    gathering = sorted(s for s in arrived if kind.get(s) == "gathering")
    shares = _split(onward, [arrived[s] for s in gathering])
    occupancy: dict[str, int] = {}
    wounded: dict[str, int] = {}
    for site in sites:
        raw = arrived[site] - left[site]
        if site in gathering:
            raw -= shares[gathering.index(site)]
        occupancy[site] = max(0, raw)
        wounded[site] = min(max(0, hurt[site]), occupancy[site])
        if raw < 0 and (kind[site] in RECEIVING_KINDS or sites[site]["places"] is not None):
            notes.append(
                f"{site}: {-raw:,} more people left or went on than arrived (went on directly, "
                "or arrivals not counted): shown as 0"
            )
    notes.insert(
        0,
        f"occupancy = arrivals - departures; {onward:,} arrivals counted at camps and with "
        "relatives without a trip are taken as onward moves from the gathering points"
        + (f" ({', '.join(gathering)})" if gathering else ""),
    )
    notes.append(
        "wounded: people triaged critical or serious who arrived and did not leave; "
        "under-fives and pregnant women: planning shares unless counted"
    )
    return occupancy, wounded


def _split(total: int, weights: list[int]) -> list[int]:
    """Whole numbers in proportion to weights, summing to total (largest remainder)."""
    if not weights or sum(weights) == 0:
        return [0] * len(weights)
    raw = [Decimal(total) * w / sum(weights) for w in weights]
    out = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def _capacity_checks(
    site: str, row: dict[str, Any], people: int, trips: list[Trip]
) -> list[dict[str, Any]]:
    places = row["places"]
    if places is None:
        return []
    unit = Unit(Kind.SITE, row["op"], site).encode()
    out = []
    if people > places:
        out.append(
            {
                "kind": "site_over_capacity",
                "unit": unit,
                "detail": f"{site}: {people:,} people for {places:,} places",
            }
        )
    for t in trips:
        if t.destination == site and t.status in ("loading", "en_route") and t.boarded:
            if people >= places:
                out.append(
                    {
                        "kind": "sent_to_full_site",
                        "unit": Unit(Kind.TRIP, row["op"], t.trip_id).encode(),
                        "detail": f"trip {t.trip_id} is taking {t.boarded:,} people to "
                        f"{site}, which has {people:,} people for {places:,} places",
                    }
                )
    return out


def _arrivals_ahead(
    store: Store,
    op: str,
    counts: dict[tuple[str, str, str, str], int],
    sites: dict[str, dict[str, Any]],
    notes: list[str],
) -> dict[str, tuple[int, Decimal, Decimal]]:
    """People still to arrive at each reception site, and over how many days (p10, p90)."""
    held = store.get_forecast(op)
    body = held["body"] if held else {}
    if held is None or "p90_hours" not in body or not body.get("remaining"):
        why = body.get("missing") if body else "no forecast yet"
        notes.append(f"arrivals ahead: none counted ({why})")
        return {}
    remaining = int(body["remaining"])
    reception = {
        s: counts.get(("arrived", s, "total", "all"), 0)
        for s, r in sites.items()
        if r["kind"] in ("gathering", "hospital")
    }
    names = sorted(reception)
    shares = _split(remaining, [reception[s] for s in names])
    p10 = Decimal(str(body["p10_hours"])) / 24
    p90 = Decimal(str(body["p90_hours"])) / 24
    notes.append(
        f"arrivals ahead: {remaining:,} people left (forecast computed {held['computed_at']}), "
        f"arriving within {_plain(_round(p10, 1))} to {_plain(_round(p90, 1))} days, shared "
        "between gathering points and hospitals as their arrivals so far"
    )
    return {s: (n, p10, p90) for s, n in zip(names, shares, strict=True) if n}


def _cover(
    site: str,
    held: Counter[tuple[str, str]],
    road: Counter[tuple[str, str]],
    need: dict[str, Decimal],
    fig: dict[str, Decimal],
    people: int,
    ahead: tuple[int, Decimal, Decimal] | None,
) -> list[dict[str, Any]]:
    out = []
    for item in nd.CONSUMABLES:
        stock, coming = held.get((site, item), 0), road.get((site, item), 0)
        if not stock and not coming:
            continue
        per_day = nd.item_need(item, need, fig)
        base = nd.daily_needs(nd.People(1, 0, 0, 0), fig)
        per_person = nd.item_need(item, base, fig)
        if ahead:
            n, p10, p90 = ahead
            low = nd.cover_with_arrivals(stock, per_day, per_person, n / p10, p10)
            high = nd.cover_with_arrivals(stock + coming, per_day, per_person, n / p90, p90)
        else:
            low = nd.days_of_cover(stock, per_day)
            high = nd.days_of_cover(stock + coming, per_day)
        out.append(
            {
                "site": site,
                "item": item,
                "stock": stock,
                "on_the_road": coming,
                "people": people,
                "per_day": _round(per_day, 1),
                "days_low": None if low is None else _round(low, 2),
                "days_high": None if high is None else _round(high, 2),
            }
        )
    return out


def _round(value: Decimal, places: int) -> float:
    return float(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _plain(value: Decimal | float) -> str:
    text = f"{value:f}" if isinstance(value, Decimal) else f"{value:g}"
    return text.rstrip("0").rstrip(".") if "." in text else text


__all__ = ["on_the_road", "operation_figures", "reception", "stocks"]
