"""An SVG step chart of cumulative departures and arrivals, hour by hour (no plotting library).

The SVG is inline in the report, so the HTML page and the PDF (WeasyPrint draws SVG) show the
same chart. Time runs left to right in both languages, as on the usual timeline, in the
operation's local time. The SVG holds numbers only: the legend is HTML beside it, because SVG
text is not shaped right to left (Arabic would come out reversed and unjoined in the PDF).

The lines are steps: a count rises at the end of the hour it was made in and stays level until
the next one, so no slope suggests departures that were not counted. While the operation was
suspended the lines are not drawn at all and the period is shaded and hatched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from html import escape

from corridor.domain.steps import corners as step_corners
from corridor.domain.steps import runs_outside

WIDTH, HEIGHT = 680, 190
LEFT, RIGHT, TOP, BOTTOM = 58, 12, 14, 18
COLOURS = {"left": "#1f5fa8", "arrived": "#e07b00"}  # also what the PDF test looks for
SUSPENDED = "#c9c9c9"  # the shading of a suspension (the legend uses it too)


def _hour(text: str) -> datetime:
    return datetime.strptime(text[:13], "%Y-%m-%dT%H")


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text[:16])


def _nice_step(top: int) -> int:
    """A round tick step giving about four ticks up to ``top``."""
    step = 1
    while top / step > 5:
        for factor in (2, 5, 10):
            if top / (step * factor) <= 5:
                return step * factor
        step *= 10
    return step


def render_chart(
    series: Sequence[tuple[str, int, int]],
    *,
    date: str,
    number: Callable[[int], str],
    suspensions: Sequence[tuple[str, str | None]] = (),
) -> str:
    """The chart as an ``<svg>`` element.

    :param series: (local hour ``YYYY-MM-DDTHH``, cumulative left, cumulative arrived), sorted.
    :param date: the report day, shaded.
    :param number: formats axis numbers (digits of the report's language).
    :param suspensions: local (from, until) ``YYYY-MM-DDTHH:MM`` of each suspension (until
        None: suspended at the end of the chart): shaded, and no line is drawn across them.
    """
    if not series:
        return ""
    start = _hour(series[0][0])
    end = max(_hour(series[-1][0]) + timedelta(hours=1), start + timedelta(hours=6))
    span = (end - start).total_seconds()
    top = max(max(s[1] for s in series), max(s[2] for s in series), 1)
    step = _nice_step(top)
    top = ((top + step - 1) // step) * step
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(moment: datetime) -> float:
        return LEFT + plot_w * (moment - start).total_seconds() / span

    def y(value: int) -> float:
        return TOP + plot_h * (1 - value / top)

    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="DejaVu Sans, sans-serif">'
    ]
    day0 = max(start, datetime.fromisoformat(date))
    day1 = min(end, datetime.fromisoformat(date) + timedelta(days=1))
    if day1 > day0:
        parts.append(
            f'<rect x="{x(day0):.1f}" y="{TOP}" width="{x(day1) - x(day0):.1f}" '
            f'height="{plot_h}" fill="#eef2f7"/>'
        )
    for value in range(0, top + 1, step):
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(value):.1f}" y2="{y(value):.1f}" '
            f'stroke="#d0d0d0" stroke-width="0.6"/>'
            f'<text x="{LEFT - 4}" y="{y(value) + 3:.1f}" text-anchor="end" font-size="9">'
            f"{escape(number(value))}</text>"
        )
    midnight = datetime(start.year, start.month, start.day) + timedelta(days=1)
    while midnight < end:
        parts.append(
            f'<line x1="{x(midnight):.1f}" x2="{x(midnight):.1f}" y1="{TOP}" '
            f'y2="{TOP + plot_h}" stroke="#e4e4e4" stroke-width="0.6"/>'
        )
        label = midnight.strftime("%m-%d")
        if (end - midnight) > timedelta(hours=4):
            parts.append(
                f'<text x="{x(midnight) + 2:.1f}" y="{HEIGHT - BOTTOM + 12}" font-size="9">'
                f"{escape(number_text(label, number))}</text>"
            )
        midnight += timedelta(days=1)
    gaps = [
        (max(start, _moment(a)), min(end, _moment(b) if b else end))
        for a, b in suspensions
        if _moment(a) < end and (b is None or _moment(b) > start)
    ]
    parts.append(
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" '
        'stroke-width="1.2"/></pattern></defs>'
    )
    for a, b in gaps:
        for fill in (SUSPENDED, "url(#hatch)"):
            parts.append(
                f'<rect class="suspended" x="{x(a):.1f}" y="{TOP}" '
                f'width="{max(x(b) - x(a), 1.0):.1f}" height="{plot_h}" fill="{fill}" '
                f'fill-opacity="0.55"/>'
            )
    for index, key in ((1, "left"), (2, "arrived")):
        steps = [(start, 0)] + [(_hour(s[0]) + timedelta(hours=1), int(s[index])) for s in series]
        corners = step_corners(steps, end)
        runs = runs_outside(corners, gaps)
        for run in runs:
            points = " ".join(f"{x(m):.1f},{y(v):.1f}" for m, v in run)
            parts.append(
                f'<polyline class="series-{key}" points="{points}" fill="none" '
                f'stroke="{COLOURS[key]}" stroke-width="2.2"/>'
            )
        if corners and (not runs or runs[-1][-1] != corners[-1]):
            # Still suspended at the end: a mark at the end gives the count reached, no line.
            parts.append(
                f'<circle class="end-{key}" cx="{x(end) - 3:.1f}" cy="{y(corners[-1][1]):.1f}" '
                f'r="3" fill="{COLOURS[key]}"/>'
            )
    parts.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" '
        f'stroke="#555" stroke-width="0.8"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


def number_text(text: str, number: Callable[[int], str]) -> str:
    """Convert the digits of a label like ``12-15`` with the report's digit style."""
    return "".join(number(int(c)) if c.isdigit() else c for c in text)
