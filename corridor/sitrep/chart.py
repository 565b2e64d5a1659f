"""An SVG line chart of cumulative departures and arrivals, hour by hour (no plotting library).

The SVG is inline in the report, so the HTML page and the PDF (WeasyPrint draws SVG) show the
same chart. Time runs left to right in both languages, as on the usual timeline. The SVG
holds numbers only: the legend is HTML beside it, because SVG text is not shaped right to left
(Arabic would come out reversed and unjoined in the PDF).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from html import escape

WIDTH, HEIGHT = 680, 190
LEFT, RIGHT, TOP, BOTTOM = 58, 12, 14, 18
COLOURS = {"left": "#1f5fa8", "arrived": "#e07b00"}  # also what the PDF test looks for


def _hour(text: str) -> datetime:
    return datetime.strptime(text[:13], "%Y-%m-%dT%H")


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
) -> str:
    """The chart as an ``<svg>`` element.

    :param series: (hour ``YYYY-MM-DDTHH``, cumulative left, cumulative arrived), sorted.
    :param date: the report day, shaded.
    :param number: formats axis numbers (digits of the report's language).
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
    for index, key in ((1, "left"), (2, "arrived")):
        points = " ".join(
            f"{x(_hour(s[0]) + timedelta(hours=1)):.1f},{y(int(s[index])):.1f}" for s in series
        )
        first = f"{x(start):.1f},{y(0):.1f} "
        parts.append(
            f'<polyline class="series-{key}" points="{first}{points}" fill="none" '
            f'stroke="{COLOURS[key]}" stroke-width="2.2"/>'
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
