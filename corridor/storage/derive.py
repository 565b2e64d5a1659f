"""Keep derived state in step with the ledger, inside the append's transaction.

A batch marks the units its facts fold into as dirty. Each dirty unit is refolded from all its
facts in the log (so arrival order never matters), its rows replaced, and the difference
between its new and old contribution added to the headcount tables. People are refolded
before trips because a trip's manifest is read from the people table.

One dependency runs the other way: a person who boarded more than one trip rides the next
only if the one they were on had turned back (``corridor.domain.people``), which depends on
that trip's outcome. Outcomes come from trip facts alone, never from manifests, so after the
trips whose facts changed are refolded, the people who boarded more than one trip and have a
boarding on one of them are refolded against the new outcomes, then the trips whose manifests
that changed. That second round cannot change an outcome, so it ends there.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from corridor.domain import people
from corridor.domain import projections as pj
from corridor.domain.events import Fact
from corridor.domain.ledger import effective, order_key
from corridor.domain.messages import encode, message
from corridor.domain.trips import TRIP_OUTCOME_COLUMNS, TripOutcome, fold_trip, outcome_of
from corridor.domain.units import Kind, Unit
from corridor.storage.base.tables import DERIVED_TABLES
from corridor.storage.db import FACT_SELECT, Db, fact_from_row, last_pos

# Tables each unit kind writes (besides discrepancies); all carry a ``unit`` column.
KIND_TABLES: dict[Kind, tuple[str, ...]] = {
    Kind.OPERATION: ("operations", "status_history"),
    Kind.SITE: ("sites",),
    Kind.VEHICLE: ("vehicles",),
    Kind.PERSON: ("persons", "boardings"),
    Kind.TRIP: ("trips", "missing", "cargo"),
    Kind.TALLY: (),
    Kind.WAITING: (),
    Kind.INCIDENT: ("incidents",),
    Kind.ESTIMATE: ("estimates",),
    Kind.DISTRIBUTION: ("distributions",),
}
PHASES = tuple(KIND_TABLES)  # one kind each; people before trips
STATE_TABLES = ("tally", "tally_hourly", "units", "discrepancies") + tuple(
    {t for tables in KIND_TABLES.values() for t in tables}
)


Delta = Counter[tuple[str, str, str, str, tuple[str, ...]]]  # (op, stage, site, hour, profile)


class Batch:
    """Facts just inserted, by unit, and the cursor before them: older facts come from the log.

    ``folded`` holds the units already refolded for this batch (so they have rows to replace).
    """

    def __init__(self, before: int, facts: Iterable[tuple[Unit | None, Fact]] = ()) -> None:
        self.before = before
        self.folded: set[Unit] = set()
        self.by_unit: dict[Unit, list[Fact]] = defaultdict(list)
        self.corrections: dict[str, list[Fact]] = defaultdict(list)
        for unit, fact in facts:
            if unit:
                self.by_unit[unit].append(fact)
            if fact.type == "entry.corrected":
                self.corrections[fact.payload["target"]].append(fact)


def refresh(db: Db, units: Iterable[Unit], batch: Batch) -> None:
    """Refold the given units and apply their changes to the derived tables."""
    by_kind: dict[Kind, set[Unit]] = defaultdict(set)
    for unit in units:
        by_kind[unit.kind].add(unit)
    delta: Delta = Counter()
    changed_trips = sorted(by_kind[Kind.TRIP])  # their own facts changed, so may their outcome
    for kind in PHASES:
        if by_kind[kind]:
            for trip in _refresh_batch(db, sorted(by_kind[kind]), delta, batch):
                by_kind[Kind.TRIP].add(trip)
        if kind is Kind.TRIP and changed_trips:
            _settle(db, _contested(db, changed_trips), delta, batch)
    _apply_delta(db, delta)


def _settle(db: Db, persons: Sequence[Unit], delta: Delta, batch: Batch) -> None:
    """Refold people who boarded several trips against fresh outcomes, then their trips."""
    if persons:
        trips = _refresh_batch(db, sorted(persons), delta, batch)
        if trips:
            _refresh_batch(db, sorted(trips), delta, batch)


def _contested(db: Db, trip_units: Sequence[Unit]) -> list[Unit]:
    """People who boarded more than one trip, one of them among these."""
    by_op: dict[str, list[str]] = defaultdict(list)
    for unit in trip_units:
        by_op[unit.op].append(unit.key)
    found: set[str] = set()
    for op, trips in sorted(by_op.items()):
        sql = "SELECT unit FROM boardings WHERE op = ? AND trip_id IN ({})"
        found.update(r[0] for r in db.rows_in(sql, trips, prefix=[op]))
    return sorted(map(Unit.decode, found))


def _refresh_batch(db: Db, units: list[Unit], delta: Delta, batch: Batch) -> set[Unit]:
    """Refold one phase's units; return trip units whose manifest may have changed."""
    kind = units[0].kind
    codes = {u: u.encode() for u in units}  # each unit's stored text, written once per refold
    facts, logged = _load_facts(db, units, batch, codes)
    # Only a trip is ever folded without facts of its own (from the people who boarded it).
    # A unit of any other kind with no fact in the log before this batch was never folded,
    # so it has no rows to read or delete: most units of a large import are such.
    stored = units if kind is Kind.TRIP else [u for u in units if u in logged or u in batch.folded]
    old_people = _old_people(db, stored, codes) if kind is Kind.PERSON else {}
    if kind is Kind.PERSON:
        old_contrib = {u: pj.person_contribution(r) for u, r in old_people.items()}
    else:
        old_contrib = _old_contributions(db, stored, codes)
    more: set[Unit] = set()
    manifests = _manifests(db, units) if kind is Kind.TRIP else {}
    capacities = _capacities(db, units, facts) if kind is Kind.TRIP else {}
    states = {
        unit: _fold(unit, facts.get(unit, ([], [])), manifests.get(unit, []), capacities.get(unit))
        for unit in units
    }
    if kind is Kind.PERSON:
        # Only people who boarded more than one trip (they have ``boardings`` rows) depend
        # on trip outcomes: fold them again with the outcomes of their trips.
        contested = [u for u in units if "boardings" in states[u].rows]
        outcomes = _outcomes(db, contested, facts) if contested else {}
        for unit in contested:
            live = facts.get(unit, ([], []))[0]
            states[unit] = people.fold_person(unit.op, unit.key, live, outcomes.get(unit.op, {}))
            _flag_rejected(states[unit], facts.get(unit, ([], []))[1])
    for unit in units:
        state = states[unit]
        op = unit.op
        old = old_contrib.get(unit)
        if old:
            for (stage, site, hour, profile), n in old.items():
                delta[(op, stage, site, hour, profile)] -= n
        for (stage, site, hour, profile), n in state.contribution.items():
            delta[(op, stage, site, hour, profile)] += n
        if kind is Kind.PERSON:
            more.update(_touched_trips(op, old_people.get(unit), state))
    own = sorted(old_people) if kind is Kind.PERSON else stored
    _write_rows(db, units, states, stored, own, codes)
    batch.folded.update(units)
    return more


def _fold(
    unit: Unit,
    facts: tuple[list[Fact], list[str]],
    manifest: list[dict[str, Any]],
    capacity: int | None,
) -> pj.UnitState:
    kind, op, key = unit
    live, rejected = facts
    if kind is Kind.PERSON:
        state = people.fold_person(op, key, live)
    elif kind is Kind.TRIP:
        state = fold_trip(op, key, live, manifest, capacity)
    elif kind is Kind.TALLY:
        state = pj.fold_tally(live)
    elif kind is Kind.WAITING:
        state = pj.fold_waiting(live)
    elif kind is Kind.OPERATION:
        state = pj.fold_operation(op, live)
    elif kind is Kind.SITE:
        state = pj.fold_latest("sites", op, live)
    elif kind is Kind.VEHICLE:
        state = pj.fold_latest("vehicles", op, live)
    elif kind is Kind.DISTRIBUTION:
        state = pj.fold_distribution(op, live)
    else:
        state = pj.fold_record("incidents" if kind is Kind.INCIDENT else "estimates", op, live)
    _flag_rejected(state, rejected)
    return state


def _flag_rejected(state: pj.UnitState, rejected: list[str]) -> None:
    if rejected:
        state.flag(
            "correction_rejected",
            "",
            message("correction_rejected", facts=sorted(rejected)),
        )


def _load_facts(
    db: Db, units: Sequence[Unit], batch: Batch, codes: dict[Unit, str]
) -> tuple[dict[Unit, tuple[list[Fact], list[str]]], set[Unit]]:
    """Each unit's facts (older ones read from the log, new ones from the batch), corrected.

    Also returns the units that have facts in the log from before the batch.
    """
    by_unit: dict[Unit, list[Fact]] = defaultdict(list)
    named = {codes[u]: u for u in units}
    sql = FACT_SELECT.replace("SELECT ", "SELECT unit, ", 1) + " WHERE pos <= ? AND unit IN ({})"
    for row in db.rows_in(sql, list(named), prefix=[batch.before]):
        by_unit[named[row[0]]].append(fact_from_row(row[1:])[1])
    logged = set(by_unit)
    for unit in units:
        if unit in batch.by_unit:
            by_unit[unit].extend(batch.by_unit[unit])
    ids = [f.id for facts in by_unit.values() for f in facts]
    by_target: dict[str, list[Fact]] = defaultdict(list)
    if ids:
        sql = FACT_SELECT + " WHERE pos <= ? AND target IN ({})"
        for row in db.rows_in(sql, ids, prefix=[batch.before]):
            fact = fact_from_row(row)[1]
            by_target[fact.payload["target"]].append(fact)
        for fid in ids:
            if fid in batch.corrections:
                by_target[fid].extend(batch.corrections[fid])
        _withdrawals(db, by_target, batch)
    result: dict[Unit, tuple[list[Fact], list[str]]] = {}
    for unit, unit_facts in by_unit.items():
        mine = [c for f in unit_facts for c in by_target.get(f.id, ())] if by_target else []
        mine += [w for c in mine for w in by_target.get(c.id, ())]  # corrections withdrawn
        result[unit] = effective(unit_facts, mine) if mine else (unit_facts, [])
    return result, logged


def _withdrawals(db: Db, by_target: dict[str, list[Fact]], batch: Batch) -> None:
    """Add the corrections of the corrections found (a void withdraws one), by target."""
    ids = [c.id for found in list(by_target.values()) for c in found]
    if not ids:
        return
    sql = FACT_SELECT + " WHERE pos <= ? AND target IN ({})"
    for row in db.rows_in(sql, ids, prefix=[batch.before]):
        fact = fact_from_row(row)[1]
        by_target[fact.payload["target"]].append(fact)
    for cid in ids:
        by_target[cid].extend(batch.corrections.get(cid, ()))


def _old_people(
    db: Db, units: Sequence[Unit], codes: dict[Unit, str]
) -> dict[Unit, dict[str, Any]]:
    cols = DERIVED_TABLES["persons"]
    named = {codes[u]: u for u in units}
    sql = f"SELECT unit, {', '.join(cols)} FROM persons WHERE unit IN ({{}})"
    rows = db.rows_in(sql, list(named))
    return {named[r[0]]: dict(zip(cols, r[1:], strict=True)) for r in rows}


def _old_contributions(
    db: Db, units: Sequence[Unit], codes: dict[Unit, str]
) -> dict[Unit, pj.Contribution]:
    out: dict[Unit, pj.Contribution] = {}
    named = {codes[u]: u for u in units}
    sql = "SELECT unit, contrib FROM units WHERE unit IN ({})"
    for code, text in db.rows_in(sql, list(named)):
        out[named[code]] = Counter(
            {(k[0], k[1], k[2], tuple(k[3])): k[4] for k in json.loads(text)}
        )
    return out


def _outcomes(
    db: Db, person_units: Sequence[Unit], facts: dict[Unit, tuple[list[Fact], list[str]]]
) -> dict[str, dict[str, TripOutcome]]:
    """By operation, the outcomes of every trip these people boarded."""
    by_op: dict[str, set[str]] = defaultdict(set)
    for unit in person_units:
        by_op[unit.op].update(people.boarded_trips(facts[unit][0]))
    out: dict[str, dict[str, TripOutcome]] = {}
    cols = TRIP_OUTCOME_COLUMNS
    for op, trips in sorted(by_op.items()):
        sql = f"SELECT {', '.join(cols)} FROM trips WHERE op = ? AND trip_id IN ({{}})"
        rows = db.rows_in(sql, sorted(trips), prefix=[op])
        out[op] = {r[0]: outcome_of(dict(zip(cols, r, strict=True))) for r in rows}
    return out


def _manifests(db: Db, trip_units: Sequence[Unit]) -> dict[Unit, list[dict[str, Any]]]:
    """The people on each trip: those it is the current trip of, and earlier legs of others.

    A person who rode a trip that turned back and then another is on both manifests; their
    earlier legs are in ``boardings`` (kept only for people who boarded more than one trip).
    """
    cols = DERIVED_TABLES["persons"]
    by_op: dict[str, dict[str, Unit]] = defaultdict(dict)
    for unit in trip_units:
        by_op[unit.op][unit.key] = unit
    found: dict[Unit, dict[str, dict[str, Any]]] = defaultdict(dict)
    picked = ", ".join(f"p.{c}" for c in cols)
    for op, trips in sorted(by_op.items()):
        # By operation and trip, so the (op, trip_id) indexes find the manifest.
        sql = f"SELECT trip_id, {', '.join(cols)} FROM persons WHERE op = ? AND trip_id IN ({{}})"
        rows = db.rows_in(sql, sorted(trips), prefix=[op])
        sql = (
            f"SELECT b.trip_id, {picked} FROM boardings b JOIN persons p ON p.unit = b.unit "
            "WHERE b.op = ? AND b.accepted = 1 AND b.trip_id IN ({})"
        )
        rows += db.rows_in(sql, sorted(trips), prefix=[op])
        for row in rows:
            person = dict(zip(cols, row[1:], strict=True))
            found[trips[row[0]]][person["person_id"]] = person
    return {unit: [p for _, p in sorted(ps.items())] for unit, ps in found.items()}


def _capacities(
    db: Db, trip_units: Sequence[Unit], facts: dict[Unit, tuple[list[Fact], list[str]]]
) -> dict[Unit, int]:
    wanted: dict[Unit, str] = {}
    for unit in trip_units:
        dispatches = [f for f in facts.get(unit, ([], []))[0] if f.type == "trip.dispatched"]
        if dispatches:
            latest = max(dispatches, key=order_key)
            wanted[unit] = Unit(Kind.VEHICLE, unit.op, latest.payload["vehicle_id"]).encode()
    if not wanted:
        return {}
    caps = dict(
        db.rows_in(
            "SELECT unit, capacity FROM vehicles WHERE unit IN ({})", sorted(set(wanted.values()))
        )
    )
    return {t: int(caps[v]) for t, v in wanted.items() if v in caps}


def _touched_trips(op: str, old: dict[str, Any] | None, state: pj.UnitState) -> set[Unit]:
    """Trips whose manifest a change to this person may alter: every leg, old and new."""
    rows = [old] if old else []
    rows += state.rows.get("persons", [])
    return {
        Unit(Kind.TRIP, op, trip) for row in rows for trip in (row["legs"] or "").split(",") if trip
    }


def _write_rows(
    db: Db,
    units: list[Unit],
    states: dict[Unit, pj.UnitState],
    stored: Sequence[Unit],
    own: Sequence[Unit],
    codes: dict[Unit, str],
) -> None:
    """Replace the units' rows.

    :param stored: the units that may have rows (the others are new).
    :param own: the units that may have rows in their kind's own tables (the people just read).
    :param codes: each unit's stored text.
    """
    kind = units[0].kind
    stored_codes = [codes[u] for u in stored]
    own_codes = [codes[u] for u in own]
    db.delete_in(
        [(table, own_codes) for table in KIND_TABLES[kind]]
        + [("discrepancies", stored_codes)]
        + ([("units", stored_codes)] if kind is not Kind.PERSON else []),
        "unit",
    )
    for table in KIND_TABLES[kind]:
        cols = DERIVED_TABLES[table]
        rows = [(codes[u], *map(r.get, cols)) for u in units for r in states[u].rows.get(table, ())]
        db.insert(table, ("unit", *cols), rows)
    db.insert(
        "discrepancies",
        ("unit", "kind", "op", "at", "detail"),
        [
            (codes[u], d["kind"], u.op, d["at"], encode(d["detail"]))
            for u in units
            for d in states[u].discrepancies
        ],
    )
    if kind is not Kind.PERSON:
        db.insert(
            "units",
            ("unit", "contrib"),
            [
                (
                    codes[u],
                    json.dumps(sorted([*k, n] for k, n in states[u].contribution.items() if n)),
                )
                for u in units
                if +states[u].contribution
            ],
        )


def _apply_delta(db: Db, delta: Delta) -> None:
    totals: Counter[tuple[str, ...]] = Counter()
    per_hour: Counter[tuple[str, ...]] = Counter()
    for (op, stage, site, hour, profile), n in delta.items():
        if n:
            for dim, value in pj.expand(profile):
                totals[(op, stage, site, dim, value)] += n
                per_hour[(op, hour, stage, site, dim, value)] += n
    hourly = [(*k, n) for k, n in sorted(per_hour.items()) if n]
    db.insert(
        "tally",
        DERIVED_TABLES["tally"],
        [(*k, n) for k, n in sorted(totals.items()) if n],
        "ON CONFLICT (op, stage, site, dim, value) DO UPDATE SET n = tally.n + excluded.n",
    )
    db.insert(
        "tally_hourly",
        DERIVED_TABLES["tally_hourly"],
        hourly,
        "ON CONFLICT (op, hour, stage, site, dim, value) "
        "DO UPDATE SET n = tally_hourly.n + excluded.n",
    )


def rebuild(db: Db, chunk: int = 2000) -> None:
    """Empty the derived tables and refold every unit in the log."""
    for table in STATE_TABLES:
        db.run(f"DELETE FROM {table}")
    units = {
        Unit.decode(r[0])
        for r in db.rows("SELECT DISTINCT unit FROM ledger WHERE unit IS NOT NULL")
    }
    everything = Batch(last_pos(db))
    for kind in PHASES:
        mine = sorted(u for u in units if u.kind is kind)
        for start in range(0, len(mine), chunk):
            delta: Delta = Counter()
            # People add the trips they boarded: a trip known only from boardings has no
            # facts of its own but still has a manifest.
            units.update(_refresh_batch(db, mine[start : start + chunk], delta, everything))
            _apply_delta(db, delta)
        if kind == "t":
            # People were folded before any trip outcome existed: those who boarded more
            # than one trip decide again, now that every outcome is known.
            contested = sorted({Unit.decode(r[0]) for r in db.rows("SELECT unit FROM boardings")})
            for start in range(0, len(contested), chunk):
                delta = Counter()
                _settle(db, contested[start : start + chunk], delta, everything)
                _apply_delta(db, delta)
