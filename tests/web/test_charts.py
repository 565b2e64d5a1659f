"""The dashboard's chart: steps over time, nothing drawn across a suspension."""

from __future__ import annotations

import re
from contextlib import closing
from pathlib import Path

import pytest

from corridor.clock import SystemClock
from corridor.services import accounts
from corridor.services.demo import load_demo
from corridor.storage import open_store
from corridor.web.charts import departures_chart
from tests.web.harness import PASSWORD, Web, running

SERIES = [("2016-12-15T06", 50, 0), ("2016-12-15T09", 50, 48), ("2016-12-15T20", 90, 48)]


def _polylines(svg: str) -> list[list[tuple[float, float]]]:
    return [
        [(float(p.split(",")[0]), float(p.split(",")[1])) for p in points.split()]
        for points in re.findall(r'<polyline[^>]*points="([^"]+)"', svg)
    ]


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_it_draws_steps_and_nothing_across_a_suspension(direction: str) -> None:
    """Should draw only level and upright segments, shade the suspension and draw nothing in
    it (more people had left by its end, but none while it lasted), in either direction."""
    svg = str(
        departures_chart(
            SERIES, direction, "en", suspensions=[("2016-12-15T10:00:00Z", "2016-12-15T18:00:00Z")]
        )
    )
    (shade,) = re.findall(r'<rect class="suspended" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', svg)
    a, b = float(shade[0]), float(shade[0]) + float(shade[1])
    lines = _polylines(svg)
    assert len(lines) == 4  # each series: before and after the suspension
    for line in lines:
        for (x0, y0), (x1, y1) in zip(line, line[1:], strict=False):
            assert x0 == x1 or y0 == y1  # a step, never a slope
            assert not (a + 0.2 < (x0 + x1) / 2 < b - 0.2)  # nothing inside (to 0.1 px)
    # Time runs with the reading direction: the first point is on the reading side's start.
    first_x = lines[0][0][0]
    assert first_x < 100 if direction == "ltr" else first_x > 500


def test_without_a_suspension_each_series_is_one_line_and_nothing_is_shaded() -> None:
    svg = str(departures_chart(SERIES))
    assert len(_polylines(svg)) == 2 and 'class="suspended"' not in svg
    # A suspension still going on at the end: shaded to the end, the lines stop at its start.
    open_ended = str(departures_chart(SERIES, suspensions=[("2016-12-15T12:00:00Z", None)]))
    (shade,) = re.findall(
        r'<rect class="suspended" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', open_ended
    )
    a, b = float(shade[0]), float(shade[0]) + float(shade[1])
    drawn = [x for line in _polylines(open_ended) for x, _ in line]
    assert b > 560 and not [x for x in drawn if a + 0.2 < x < b - 0.2]
    assert departures_chart([]) == ""


def test_the_dashboard_shades_a_suspension_of_the_operation(tmp_path: Path) -> None:
    """Should shade the suspension on the dashboard's chart (the Aleppo demo at 16 December,
    10:00 UTC, suspended since that morning) and draw no line in it."""
    store = open_store(f"sqlite:///{tmp_path / 'demo.db'}", clock=SystemClock())
    load_demo(store=store, until="2016-12-16T10:00:00Z")
    accounts.add_user(
        store=store, clock=SystemClock(), username="cora", role="coordinator", sites=[],
        password=PASSWORD,
    )  # fmt: skip
    try:
        with running(store, op="aleppo-2016") as base:
            web = Web(base=base, store=store)
            client, _ = web.login("coordinator")
            with closing(client):
                page = client.get("/dashboard").text
    finally:
        store.close()
    svg = page[page.index('<svg viewBox="0 0 600 220"') :]
    svg = svg[: svg.index("</svg>")]
    (shade,) = re.findall(r'<rect class="suspended" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', svg)
    a, b = float(shade[0]), float(shade[0]) + float(shade[1])
    drawn = [x for line in _polylines(svg) for x, _ in line]
    assert drawn and not [x for x in drawn if a + 0.2 < x < b - 0.2]
