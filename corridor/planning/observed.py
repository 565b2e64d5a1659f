"""A live scenario from what the ledger observed: who is left where, which vehicles, how long
the legs took and how much they varied (pure: the service reads the rows, see
``services/plan.live_scenario``).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from corridor.domain.messages import Message, message, refusal
from corridor.errors import ValidationError
from corridor.planning.forecast import Uncertainty, coefficient_of_variation
from corridor.planning.problem import Pickup, Problem, Shelter, Vehicle
from corridor.planning.scenario import Scenario

Row = Mapping[str, Any]
PAUSE_GAP_MINUTES = 6 * 60  # no departure anywhere for this long = the operation was suspended
MEDICAL_KINDS = ("ambulance",)
MIN_SEEN = 3  # a shelter, or a leg's own median, needs this many observed trips


@dataclass(frozen=True)
class Observed:
    """The ledger's rows a live plan is built from (``Store.query`` of one operation)."""

    op: str
    sites: Sequence[Row]
    vehicles: Sequence[Row]
    trips: Sequence[Row]
    estimates: Sequence[Row]
    # Places left at sites with a declared capacity (``services/shelter.room``), and the
    # vehicles that only ever carried aid (left out of the fleet).
    room: Mapping[str, int] = field(default_factory=dict)
    aid_only: frozenset[str] = frozenset()


def observed_scenario(
    ledger: Observed, *, remaining: int | None = None, wounded: int | None = None
) -> tuple[Scenario, tuple[Message, ...]]:
    """Build the planning problem from what the ledger observed: who is left where, which
    vehicles, how long the observed legs took. Returns the scenario and the assumptions made,
    in words.

    :raises ValidationError: no pickup sites, vehicles or completed trips, or no number left.
    """
    op = ledger.op
    notes: list[Message] = []
    sites = ledger.sites
    pickups = sorted(s["site_id"] for s in sites if s["kind"] == "pickup")
    if not pickups:
        raise refusal(ValidationError, message("plan_no_pickups", op=op), field="op")
    fleet = [v for v in ledger.vehicles if v["vehicle_id"] not in ledger.aid_only]
    if len(fleet) < len(ledger.vehicles):
        notes.append(message("plan_aid_only", n=len(ledger.vehicles) - len(fleet)))
    if not fleet:
        raise refusal(ValidationError, message("plan_no_vehicles", op=op), field="op")
    trips = [
        t
        for t in ledger.trips
        if t["departed_at"] and t["arrived_at"] and t["arrival_site"]
        and t["origin"] in pickups and t["arrival_site"] not in pickups
    ]  # fmt: skip
    if not trips:
        raise refusal(ValidationError, message("plan_no_trips", op=op), field="op")
    kind_of = {v["vehicle_id"]: v["kind"] for v in fleet}
    arrivals = Counter(t["arrival_site"] for t in trips)
    shelters = sorted(s for s, n in arrivals.items() if n >= MIN_SEEN) or [
        arrivals.most_common(1)[0][0]
    ]
    trips = [t for t in trips if t["arrival_site"] in shelters]
    carry: dict[tuple[str, str], list[float]] = defaultdict(list)
    load: dict[str, list[float]] = defaultdict(list)
    for t in trips:
        carry[(t["origin"], t["arrival_site"])].append(_minutes(t["departed_at"], t["arrived_at"]))
        if t["dispatched_at"]:
            kind = kind_of.get(t["vehicle_id"], "other")
            load[kind].append(_minutes(t["dispatched_at"], t["departed_at"]))
    back: dict[tuple[str, str], list[float]] = defaultdict(list)
    cycles: list[float] = []
    last_site: dict[str, str] = {}
    by_vehicle: dict[str, list[Row]] = defaultdict(list)
    for t in trips:
        by_vehicle[t["vehicle_id"]].append(t)
    for vid, ts in by_vehicle.items():
        ts.sort(key=lambda t: str(t["departed_at"]))
        last_site[vid] = ts[-1]["arrival_site"]
        for a, b in zip(ts, ts[1:], strict=False):
            gap = _minutes(a["arrived_at"], b["dispatched_at"] or b["departed_at"])
            cycle = _minutes(a["departed_at"], b["departed_at"])
            if 0 <= gap < PAUSE_GAP_MINUTES:
                back[(a["arrival_site"], b["origin"])].append(gap)
                cycles.append(cycle)
    all_carry = [x for xs in carry.values() for x in xs]
    all_back = [x for xs in back.values() for x in xs] or all_carry
    travel: dict[tuple[str, str], int] = {}
    for p in pickups:
        for s in shelters:
            travel[(p, s)] = round(statistics.median(_enough(carry.get((p, s))) or all_carry))
            travel[(s, p)] = round(statistics.median(_enough(back.get((s, p))) or all_back))
    notes.append(
        message(
            "plan_travel",
            trips=len(all_carry),
            turnarounds=len(all_back),
            gap_hours=PAUSE_GAP_MINUTES // 60,
            min_trips=MIN_SEEN,
            shelters=list(shelters),
        )
    )
    all_load = [x for xs in load.values() for x in xs]
    vehicles = []
    for v in sorted(fleet, key=lambda v: str(v["vehicle_id"])):
        loads = load.get(v["kind"]) or all_load
        start = last_site.get(v["vehicle_id"], shelters[0])
        vehicles.append(
            Vehicle(
                v["vehicle_id"],
                int(v["capacity"]),
                start if start in shelters else shelters[0],
                medical=v["kind"] in MEDICAL_KINDS,
                load_minutes=round(statistics.median(loads)) if loads else 0,
            )
        )
    notes.append(message("plan_loading"))
    left, source = _remaining(ledger, trips, remaining)
    notes.append(message("plan_people_left", n=left, source=source))
    boarded = Counter(dict.fromkeys(pickups, 0))
    for t in trips:
        boarded[t["origin"]] += int(t["boarded"] or 0)
    split = _split(left, [boarded[p] + 1 for p in pickups])
    notes.append(message("plan_split"))
    medical_boarded = sum(
        int(t["boarded"] or 0) for t in trips if kind_of.get(t["vehicle_id"]) in MEDICAL_KINDS
    )
    if wounded is None:
        share = medical_boarded / max(1, sum(boarded.values()))
        wounded = round(left * share)
        notes.append(message("plan_wounded", n=wounded, share=share))
    if not any(v.medical for v in vehicles):
        wounded = 0
    capacity = {s: ledger.room.get(s, left) for s in shelters}
    if any(s in ledger.room for s in shelters):
        places = [message("plan_site_places", site=s, n=capacity[s]) for s in shelters]
        notes.append(message("plan_shelter_declared", places=places))
    else:
        notes.append(message("plan_shelter_capacity"))
    if sum(capacity.values()) < left:
        fits = sum(capacity.values())
        notes.append(message("plan_shelter_short", fits=fits, left=left, more=left - fits))
        left = fits
        split = _split(left, [n + 1 for n in split]) if left else [0] * len(split)
        wounded = min(wounded, left)
    w_split = _split(min(wounded, left), split)
    problem = Problem(
        pickups=tuple(
            Pickup(p, n, min(w, n)) for p, n, w in zip(pickups, split, w_split, strict=True)
        ),
        shelters=tuple(Shelter(s, capacity[s]) for s in shelters),
        vehicles=tuple(vehicles),
        travel=travel,
        name=f"{op} (live)",
    )
    return Scenario(problem, _observed_uncertainty(trips, cycles, all_load, notes)), tuple(notes)


def _observed_uncertainty(
    trips: list[Row], cycles: list[float], loads: list[float], notes: list[Message]
) -> Uncertainty:
    departures = sorted(_at(t["departed_at"]) for t in trips)
    pauses = []
    for a, b in zip(departures, departures[1:], strict=False):
        gap = (b - a).total_seconds() / 60
        if gap >= PAUSE_GAP_MINUTES:
            pauses.append(gap)
    days = max(1.0, (departures[-1] - departures[0]).total_seconds() / 86400)
    travel_cv = coefficient_of_variation(cycles) or 0.2
    handling_cv = coefficient_of_variation(loads) or 0.3
    rate = len(pauses) / days
    span = (min(pauses), max(pauses)) if pauses else (30.0, 120.0)
    notes.append(
        message(
            "plan_spread",
            travel_cv=round(travel_cv, 2),
            cycles=len(cycles),
            handling_cv=round(handling_cv, 2),
            pauses=len(pauses),
            days=round(days, 1),
            pause_hours=[message("hours", n=round(p / 60)) for p in pauses] or message("no_pauses"),
        )
    )
    return Uncertainty(
        travel_cv=travel_cv, handling_cv=handling_cv, pause_rate_per_day=rate, pause_minutes=span
    )


def _remaining(ledger: Observed, trips: list[Row], given: int | None) -> tuple[int, Message]:
    if given is not None:
        if given < 0:
            raise ValidationError("remaining must be >= 0", field="remaining")
        return given, message("plan_left_given")
    op = ledger.op
    estimates = [e for e in ledger.estimates if e["metric"] == "remaining"]
    if not estimates:
        raise refusal(ValidationError, message("plan_no_estimate", op=op), field="remaining")
    latest = max(estimates, key=lambda e: str(e["at"]))
    since = sum(int(t["boarded"] or 0) for t in trips if str(t["departed_at"]) > str(latest["at"]))
    left = max(0, int(latest["value"]) - since)
    return left, message(
        "plan_left_estimate",
        value=int(latest["value"]),
        source=latest["source"],
        at=latest["at"],
        since_n=since,
    )


def _split(total: int, weights: list[int]) -> list[int]:
    """Whole numbers in proportion to weights, summing to total (largest remainder)."""
    if not weights or sum(weights) == 0:
        return [0] * len(weights)
    raw = [total * w / sum(weights) for w in weights]
    out = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def _enough(xs: list[float] | None) -> list[float] | None:
    return xs if xs and len(xs) >= MIN_SEEN else None


def _at(text: str) -> datetime:
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))


def _minutes(a: str, b: str) -> float:
    return (_at(b) - _at(a)).total_seconds() / 60
