"""The protected public snapshot: computed in the background, stored, served with its age.

Every public output (the observer's dashboard and ``/api/summary``, the public sitrep, HXL and
the aggregated exports) reads its figures from the latest snapshot, never from the live tables:
protecting them takes seconds (``corridor/domain/disclosure.py`` and ``suppression.py``), so a
request never waits on it. `corridor serve` keeps the snapshot up to date in a process of its
own (``corridor protect --watch``), like the forecast: at start, every few minutes when facts
were added, and as soon as enough facts were added. Until the first snapshot exists, public
outputs say so and show no figure at all.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from corridor.clock import Clock
from corridor.domain import disclosure, suppression
from corridor.domain.legs import leg
from corridor.errors import NotFound
from corridor.services.forecasting import WorkerSettings
from corridor.services.watch import Stop, seconds_between, watch
from corridor.storage.base import Store

METHOD = "primary (1-4) + secondary by LP audit-and-repair (OR-Tools GLOP)"
NO_SNAPSHOT = (
    "no protected figures yet: `corridor serve` makes them in the background "
    "(or run `corridor protect`)"
)


def protected_cells(
    *,
    store: Store,
    op: str,
    secondary: bool = True,
    earlier: Mapping[str, int | None] | None = None,
) -> tuple[disclosure.Model, suppression.Protection]:
    """The model of everything published for an operation and which cells to hide.

    :param earlier: the cells of the previous release (the stored snapshot): those still of
        the same value stay shown, so no two releases together show more than the last.
    :raises NotFound: no such operation.
    """
    operations = store.query("operations", op=op)
    if not operations:
        raise NotFound(f"no operation '{op}'")
    zone = operations[0].get("time_zone")
    return _protect(store, op, zone, secondary=secondary, earlier=earlier or {})


def _protect(
    store: Store,
    op: str,
    time_zone: str | None,
    *,
    secondary: bool = True,
    earlier: Mapping[str, int | None],
) -> tuple[disclosure.Model, suppression.Protection]:
    """The model of an operation's counts (days cut in ``time_zone``) and what to hide."""
    legs = {s["site_id"]: leg(s["kind"]) for s in store.query("sites", op=op)}
    atoms = disclosure.atoms_from_rows(store.query("tally_hourly", op=op), time_zone)
    model = disclosure.build_model(atoms, legs)
    # The checkpoint's stage totals are cells like the others (see checkpoint_totals): the
    # protection may withhold them, so no small cell is their difference. Cells an earlier
    # release showed, unchanged since, are out: fixed, never counted on as complements.
    fixed = disclosure.released(model, earlier)
    return model, suppression.protect(model, secondary=secondary, fixed=fixed)


def checkpoint_totals(
    *, store: Store, clock: Clock, raw: dict[str, dict[str, int | None]]
) -> dict[str, dict[str, int | None]]:
    """The totals a transparency checkpoint publishes: for each operation, each stage total of
    the disclosure model as the snapshot of the ledger as it is now shows or withholds it
    (None): the stored one when no fact was added since, else a new one, stored (the checkpoints
    and the dashboard are one series of releases). A stage outside the model (boarded ...)
    keeps primary suppression only.

    Two raw totals published with primary suppression alone differ by a small cell the
    snapshot withholds (departed - turned back = left, registered - registered and departed =
    waiting named): the protection must be able to withhold them too.

    :param raw: ``store.tree_head()["totals"]``, read at the position the store is at now.
    """
    out: dict[str, dict[str, int | None]] = {}
    for op, stages in raw.items():
        if store.query("operations", op=op):
            body = fresh_snapshot(store=store, clock=clock, op=op)
            cells, keys = body["cells"], disclosure.checkpoint_keys(body["days"])
        else:  # counts for an operation not (yet) defined: no snapshot; UTC days
            model, protection = _protect(store, op, None, earlier={})
            cells = disclosure.published(model, protection.hidden)
            keys = disclosure.checkpoint_keys(model.days)
        out[op] = {
            stage: cells[keys[stage]] if keys.get(stage) in cells else n
            for stage, n in stages.items()
        }
    return out


def compute_snapshot(
    *, store: Store, clock: Clock, op: str, secondary: bool = True
) -> dict[str, Any]:
    """Protect the operation's public figures and store them; return the body (with the
    moment and ledger position it was computed at).

    :param secondary: False only to show what an attacker gets without it (tests, bench).
    :raises NotFound: no such operation.
    """
    position = store.position()
    started = time.perf_counter()
    held = store.get_public_snapshot(op)
    earlier = held["body"]["cells"] if held and secondary else {}
    model, protection = protected_cells(store=store, op=op, secondary=secondary, earlier=earlier)
    trips = store.trips(op)
    in_flight = [t for t in trips if t.status == "en_route"]
    body: dict[str, Any] = {
        "method": METHOD if secondary else "primary only",
        "days": model.days,
        "cells": disclosure.published(model, protection.hidden),
        "hidden": len(protection.hidden),
        "primary": len(protection.primary),
        "distinct_cells": len(model.forms),
        "solves": protection.rounds,
        "unsafe": len(protection.unsafe),  # primary cells no allowed cell could protect
        # Outside the model (vehicles, not people, or a separate source): small cells only.
        "trips_by_status": {
            k: disclosure.small(n) for k, n in sorted(Counter(t.status for t in trips).items())
        },
        "in_transit": disclosure.small(sum(int(t.boarded or 0) for t in in_flight)),
    }
    body["seconds"] = round(time.perf_counter() - started, 3)
    at = clock.now()
    store.save_public_snapshot(op=op, position=position, computed_at=at, body=body)
    return {**body, "computed_at": at, "position": position}


def current_snapshot(*, store: Store, clock: Clock, op: str) -> dict[str, Any] | None:
    """The latest stored snapshot with its position, age and facts since; None before the first."""
    held = store.get_public_snapshot(op)
    if held is None:
        return None
    return {
        **held["body"],
        "computed_at": held["computed_at"],
        "age_seconds": seconds_between(held["computed_at"], clock.now()),
        "position": held["position"],
        "facts_since": max(0, store.position() - held["position"]),
    }


def fresh_snapshot(*, store: Store, clock: Clock, op: str) -> dict[str, Any]:
    """The snapshot of the ledger as it is now: the stored one if nothing was added since,
    else computed here (for the CLI, which may wait; never for a web request).

    :raises NotFound: no such operation.
    """
    held = current_snapshot(store=store, clock=clock, op=op)
    if held is not None and held["facts_since"] == 0:
        return held
    compute_snapshot(store=store, clock=clock, op=op)
    found = current_snapshot(store=store, clock=clock, op=op)
    assert found is not None  # just stored
    return found


def run_worker(
    *,
    open_store: Callable[[], Store],
    clock: Clock,
    op: str,
    settings: WorkerSettings,
    stop: Stop,
) -> None:
    """Recompute the snapshot at start, every ``every_seconds`` and after ``after_facts`` new
    facts (when facts were added; at most once per ``min_gap_seconds``), until ``stop`` is set."""
    watch(
        open_store=open_store,
        schedule=settings,
        stop=stop,
        compute=lambda store: compute_snapshot(store=store, clock=clock, op=op),
    )
