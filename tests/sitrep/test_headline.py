"""The report opens as a flash update: cumulative figures, report number, caveats, flags."""

from __future__ import annotations

import re

from corridor.clock import FrozenClock
from corridor.domain.messages import LEGACY, message
from corridor.services.disclosure import fresh_snapshot
from corridor.services.sitrep import make_sitrep, stored_forecast_missing
from corridor.sitrep.chart import render_chart
from corridor.storage.base import Store
from tests import factories as f
from tests.sitrep.scenario import D1, D2, two_days


def _estimate(source: str, value: int) -> object:
    return f.draft(
        "estimate.reported",
        {"metric": "remaining", "value": value, "source": source, "as_of": D2},
        at=f"{D2}T13:00:00Z",
    )


def _more(store: Store) -> None:
    """Two sources on how many remain, and 200 counted at a camp (more than ever arrived)."""
    store.record(
        [
            *two_days(),
            f.site("camp-1", kind="camp", at=f"{D1}T01:00:00Z"),
            _estimate("UN", 1000),  # type: ignore[list-item]
            _estimate("SOHR", 5000),  # type: ignore[list-item]
            f.count("camp-1", 200, stage="arrived", at=f"{D2}T15:00:00Z"),
        ]
    )


def test_it_opens_with_the_cumulative_figures_and_the_report_number(sqlite_store: Store) -> None:
    _more(sqlite_store)
    first = make_sitrep(store=sqlite_store, op=f.OP, date=D1, pdf=False).sitrep.headline
    second = make_sitrep(store=sqlite_store, op=f.OP, date=D2, pdf=False)
    h = second.sitrep.headline
    assert (first.number, h.number, h.started) == (1, 2, D1)
    values = {x.key: x.value for x in h.figures}
    assert values == {
        "left": 93,
        "arrived": 88,
        "wounded_evacuated": 0,
        "incident_killed": 2,
        "incident_wounded": 0,
        "died": 2,
        "missing": 0,
    }
    assert not h.figure("wounded_evacuated").known  # no triage recorded: not a zero
    assert (h.remaining_low, h.remaining_high, h.remaining_sources) == (1000, 5000, ["SOHR", "UN"])
    html = second.html
    assert html.index('id="headline"') < html.index('id="figures"')  # cumulative, then the day
    assert "no. 2" in html and "day 2 of the operation" in html


def test_it_says_what_the_data_cannot_tell_and_what_does_not_fit(sqlite_store: Store) -> None:
    """Should compute unknown shares (age known only for the first bus), name the sources'
    disagreement as a range, and flag onward (200) greater than arrived (88)."""
    _more(sqlite_store)
    report = make_sitrep(store=sqlite_store, op=f.OP, date=D2, pdf=False)
    caveats = report.sitrep.headline.caveats
    shares = {c["dim"]: c["percent"] for c in caveats if c["kind"] == "unknown"}
    assert shares == {"sex": 100, "age": 46, "group": 100, "triage": 100}  # 43 of 93: 46%
    assert {"kind": "disagree", "low": 1000, "high": 5000, "sources": 2} in caveats
    assert report.sitrep.headline.flags == [{"kind": "onward_over_arrived", "a": 200, "b": 88}]
    assert "Age 46%" in report.html
    assert "more went onward (200) than arrived at reception (88)" in report.html
    day1 = make_sitrep(store=sqlite_store, op=f.OP, date=D1, pdf=False).sitrep.headline
    assert day1.flags == [] and not any(c["kind"] == "disagree" for c in day1.caveats)


def test_the_public_headline_reads_the_protected_snapshot(sqlite_store: Store) -> None:
    """Should take left, arrived, died and missing from the protected snapshot, withhold what
    the snapshot does not cover (incidents, the ledger's waiting), and show nothing without
    one."""
    _more(sqlite_store)
    kw = {"store": sqlite_store, "op": f.OP, "date": D2, "pdf": False, "public": True}
    bare = make_sitrep(**kw).sitrep.headline  # type: ignore[arg-type]
    assert all(x.value is None for x in bare.figures) and bare.flags == []
    snapshot = fresh_snapshot(store=sqlite_store, clock=FrozenClock(), op=f.OP)
    h = make_sitrep(**kw, snapshot=snapshot).sitrep.headline  # type: ignore[arg-type]
    values = {x.key: x.value for x in h.figures}
    assert values["left"] == 93 and values["arrived"] == 88 and values["missing"] == 0
    assert values["died"] is None  # 2 people: withheld
    assert values["incident_killed"] is None and h.waiting is None  # not in the model
    assert h.flags == [{"kind": "onward_over_arrived", "a": 200, "b": 88}]


def _polylines(svg: str) -> list[list[tuple[float, float]]]:
    out = []
    for points in re.findall(r'<polyline[^>]*points="([^"]+)"', svg):
        out.append([tuple(map(float, p.split(","))) for p in points.split()])
    return out  # type: ignore[return-value]


def test_the_chart_draws_steps_and_nothing_across_a_suspension() -> None:
    """Should draw only horizontal and vertical segments, shade the suspension, and leave it
    empty: no line inside it, though more people had left by its end."""
    series = [("2016-12-15T06", 50, 0), ("2016-12-15T09", 50, 48), ("2016-12-15T20", 90, 48)]
    svg = render_chart(
        series,
        date="2016-12-15",
        number=str,
        suspensions=[("2016-12-15T10:00", "2016-12-15T18:00")],
    )
    (rect,) = re.findall(r'<rect class="suspended" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', svg)[
        :1
    ]
    a, b = float(rect[0]), float(rect[0]) + float(rect[1])
    lines = _polylines(svg)
    assert len(lines) == 4  # each series: before and after the suspension
    for line in lines:
        for (x0, y0), (x1, y1) in zip(line, line[1:], strict=False):
            assert x0 == x1 or y0 == y1  # a step, never a slope
            assert not (a < (x0 + x1) / 2 < b)  # nothing drawn inside the suspension
    plain = render_chart(series, date="2016-12-15", number=str)
    assert len(_polylines(plain)) == 2 and 'class="suspended"' not in plain


def test_it_says_what_the_forecast_lacks_for_the_day_the_worker_tried(
    sqlite_store: Store,
) -> None:
    """Should print the worker's reason (a message) on the report of the day it was made for,
    only, in the report's language."""
    sqlite_store.record(two_days())
    why = message("forecast_no_runs")
    sqlite_store.save_forecast(
        op=f.OP,
        position=1,
        computed_at=f"{D2}T12:00:00Z",
        body={"as_of": f"{D2}T08:00:00Z", "missing": why},
    )
    for date, expected in ((D2, why), (D1, None)):
        missing = stored_forecast_missing(store=sqlite_store, op=f.OP, date=date)
        assert missing == expected
        report = make_sitrep(
            store=sqlite_store, op=f.OP, date=date, pdf=False, forecast_missing=missing
        )
        assert ("the simulation made no runs" in report.html) == (expected is not None)
        assert "Forecast not available." in report.html
        arabic = make_sitrep(
            store=sqlite_store, op=f.OP, date=date, pdf=False, forecast_missing=missing, lang="ar"
        )
        assert ("لم تُجرِ المحاكاة أي تشغيلة" in arabic.html) == (expected is not None)
        assert "the simulation made no runs" not in arabic.html


def test_a_reason_stored_as_text_before_messages_is_shown_as_written(sqlite_store: Store) -> None:
    """Should show a worker's reason stored as plain text (before messages) as it is."""
    sqlite_store.record(two_days())
    why = "needs 3 completed trips from al-Sukkari"
    sqlite_store.save_forecast(
        op=f.OP,
        position=1,
        computed_at=f"{D2}T12:00:00Z",
        body={"as_of": f"{D2}T08:00:00Z", "missing": why},
    )
    missing = stored_forecast_missing(store=sqlite_store, op=f.OP, date=D2)
    assert missing == message(LEGACY, text=why)
    report = make_sitrep(store=sqlite_store, op=f.OP, date=D2, pdf=False, forecast_missing=missing)
    assert why in report.html
