"""Situation reports: read one operation's derived rows and build, render and print the report."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from corridor.domain.forecast import Forecast, forecast_from
from corridor.domain.localtime import day_end_utc, local_day
from corridor.domain.messages import LEGACY, Message, is_message, message
from corridor.errors import NotFound
from corridor.services.operation import time_zone
from corridor.services.plan import PlanReport, plan_live
from corridor.services.public_text import marked
from corridor.services.shelter import shelter_section
from corridor.sitrep.build import build_sitrep
from corridor.sitrep.pdf import html_to_pdf
from corridor.sitrep.render import render_html
from corridor.sitrep.report import Sitrep, SitrepRows
from corridor.sitrep.timeline import parse_date
from corridor.storage.base import Store

__all__ = ["Forecast", "Rendered", "forecast_from", "last_active_day", "make_sitrep", "read_rows"]


@dataclass
class Rendered:
    """One report in both forms."""

    sitrep: Sitrep
    html: str
    pdf: bytes | None


def read_rows(*, store: Store, op: str) -> SitrepRows:
    """The derived rows a report reads (read-only).

    :raises NotFound: no such operation.
    """
    ops = store.query("operations", op=op)
    if not ops:
        raise NotFound(f"no operation '{op}'")
    linked = [
        (rows[0], store.query("status_history", op=other))
        for other in filter(None, (ops[0]["conditioned_on"] or "").split(","))
        if (rows := store.query("operations", op=other))
    ]
    return SitrepRows(
        operation=ops[0],
        sites=store.query("sites", op=op),
        vehicles=store.query("vehicles", op=op),
        hourly=store.query("tally_hourly", op=op),
        trips=store.query("trips", op=op),
        discrepancies=store.query("discrepancies", op=op),
        status_history=store.query("status_history", op=op),
        incidents=store.query("incidents", op=op),
        estimates=store.query("estimates", op=op),
        linked=linked,
    )


@contextmanager
def ledger_at(*, store: Store, op: str, date: str) -> Iterator[Store]:
    """The ledger as it stood at the end of a day (in the operation's zone): the store itself
    when nothing happened after that day, else a copy derived from the facts up to the day.

    :raises ValidationError: a bad date.
    """
    end = day_end_utc(parse_date(date), time_zone(store, op))
    if not store.has_facts_after(end):
        yield store
        return
    past = store.as_of(end)
    try:
        yield past
    finally:
        past.close()


def _rows_at(source: Store, store: Store, op: str) -> SitrepRows:
    if source is store:
        return read_rows(store=store, op=op)
    if source.query("operations", op=op):
        rows = read_rows(store=source, op=op)
        # The zone is how times are read, not a fact of the day: a zone set (or put
        # right) later applies to earlier reports too.
        return replace(rows, operation={**rows.operation, "time_zone": time_zone(store, op)})
    # The day came before anything was recorded: the operation, with nothing yet.
    now = read_rows(store=store, op=op)
    return SitrepRows(
        operation=now.operation,
        sites=now.sites,
        vehicles=now.vehicles,
        hourly=[],
        trips=[],
        discrepancies=[],
        status_history=[],
        incidents=[],
        estimates=[],
    )


def last_active_day(*, store: Store, op: str) -> str:
    """The last local day with any counted movement (the report a reader most likely wants).

    :raises NotFound: no such operation, or nothing counted yet.
    """
    hours = [r["hour"] for r in store.query("tally_hourly", op=op) if r["n"]]
    if not hours:
        raise NotFound(f"nothing counted yet in '{op}': give a date")
    return local_day(str(max(hours)), time_zone(store, op))


def make_sitrep(
    *,
    store: Store,
    op: str,
    date: str,
    lang: str = "en",
    public: bool = False,
    forecast: Forecast | None = None,
    pdf: bool = True,
    generated_at: str | None = None,
    forecast_missing: Message | None = None,
    snapshot: dict[str, Any] | None = None,
) -> Rendered:
    """Build one day's report and render it as HTML (and PDF unless ``pdf=False``).

    :param public: the observer/public variant: figures from the protected ``snapshot``
        (``services/disclosure.py``; none without one), no discrepancy list, no free text but
        the wording a coordinator made public (``services/public_text.py``).
    :param forecast: the planner's completion forecast, if there is one.
    :param forecast_missing: without one, what it lacks (``stored_forecast_missing``).
    :raises NotFound: no such operation.
    :raises ValidationError: a bad date.
    :raises ConfigError: PDF asked for but WeasyPrint or Pango is missing.
    """
    with ledger_at(store=store, op=op, date=date) as source:
        rows = _rows_at(source, store, op)
        # The public variant has no shelter section: its figures are not (yet) protected by
        # the disclosure module, and they would give away the people at a site.
        shelter = None if public else shelter_section(store=source, op=op)
    # Text made public (or private again) applies to every day's report from now on.
    shown = marked(store=store, op=op) if public else None
    sitrep = build_sitrep(
        rows, date=date, forecast=forecast, public=public, snapshot=snapshot, marked=shown
    )
    if forecast is None:
        sitrep.forecast_missing = forecast_missing
    names = {s["site_id"]: {"en": s["name"], "ar": s["name_ar"] or ""} for s in rows.sites}
    html = render_html(
        sitrep,
        lang=lang,
        site_names=names,
        generated_at=generated_at,
        months=rows.operation.get("months"),
        name_ar=rows.operation.get("name_ar"),
        shelter=shelter,
    )
    return Rendered(sitrep, html, html_to_pdf(html) if pdf else None)


def forecast_of_plan(report: PlanReport, *, as_of: str) -> Forecast | None:
    """The sitrep's forecast from a planner report (minutes to hours), or None without one."""
    fc = report.forecast
    if fc is None:
        return None
    hours = round(report.result.plan.makespan / 60, 1)
    assumptions = (message("plan_runs", runs=fc.runs, hours=float(hours)), *report.notes)
    return Forecast(
        p10_hours=round(fc.p10 / 60, 1),
        p50_hours=round(fc.p50 / 60, 1),
        p90_hours=round(fc.p90 / 60, 1),
        assumptions=assumptions,
        as_of=as_of,
    )


def live_forecast(
    *, store: Store, op: str, as_of: str, time_limit: float = 20.0, runs: int = 200
) -> Forecast | None:
    """Plan what is left in the live operation and forecast when it will be clear.

    :raises ValidationError: the ledger does not hold enough to plan (no vehicles, no one left).
    """
    report = plan_live(store=store, op=op, time_limit=time_limit, runs=runs)
    return forecast_of_plan(report, as_of=as_of)


def stored_forecast(*, store: Store, op: str, date: str) -> Forecast | None:
    """The forecast `corridor serve` keeps, for the report of the day it was made from.

    A report for an earlier day gets none: the stored forecast was made from later facts.
    """
    held = store.get_forecast(op)
    if held is None or "p50_hours" not in held["body"]:
        return None
    body = held["body"]
    if local_day(str(body.get("as_of") or "") or None, time_zone(store, op)) != date:
        return None
    return forecast_from({**body, "as_of": held["computed_at"]})


def stored_forecast_missing(*, store: Store, op: str, date: str) -> Message | None:
    """What the live forecast lacks, when the worker's latest try for that day made none
    ("needs completed trips ..."), so the report says so instead of nothing."""
    held = store.get_forecast(op)
    if held is None or "p50_hours" in held["body"] or not held["body"].get("missing"):
        return None
    if local_day(str(held["body"].get("as_of") or "") or None, time_zone(store, op)) != date:
        return None
    missing = held["body"]["missing"]
    return missing if is_message(missing) else message(LEGACY, text=str(missing))
