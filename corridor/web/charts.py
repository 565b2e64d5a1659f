"""Server-rendered SVG charts (no scripts, small, readable on a phone)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from markupsafe import Markup, escape

from corridor.domain.steps import corners, runs_outside
from corridor.i18n.wording import digits, number

WIDTH, HEIGHT, PAD = 600, 220, 36


def departures_chart(
    series: list[tuple[str, int, int]],
    direction: str = "ltr",
    lang: str = "en",
    suspensions: Sequence[tuple[str, str | None]] = (),
) -> Markup:
    """Cumulative left and arrived per hour as two step lines over time; time runs with the
    reading direction.

    A count rises at the end of its hour and stays level until the next (``domain/steps``),
    and nothing is drawn while the operation was suspended: the period is shaded, as on the
    sitrep's chart. Numbers and times are written in the reader's digits (Arabic: ٩٬٩٢٨,
    ١٢-١٥ ٠٤:٠٠).

    :param series: (UTC hour ``YYYY-MM-DDTHH``, cumulative left, cumulative arrived), sorted.
    :param suspensions: UTC (from, until) of each suspension (until None: still suspended).
    """
    if not series:
        return Markup("")
    top = max(max(left, arrived) for _, left, arrived in series) or 1
    start = _hour(series[0][0])
    end = max(_hour(series[-1][0]) + timedelta(hours=1), start + timedelta(hours=6))
    span = (end - start).total_seconds()

    def x(moment: datetime) -> float:
        pos = PAD + (WIDTH - 2 * PAD) * (moment - start).total_seconds() / span
        return WIDTH - pos if direction == "rtl" else pos

    def y(n: int) -> float:
        return HEIGHT - PAD - (HEIGHT - 2 * PAD) * n / top

    gaps = [
        (max(start, _moment(a)), min(end, _moment(b) if b else end))
        for a, b in suspensions
        if _moment(a) < end and (b is None or _moment(b) > start)
    ]
    shading = "".join(
        f'<rect class="suspended" x="{min(x(a), x(b)):.1f}" y="{PAD}" '
        f'width="{max(abs(x(b) - x(a)), 1.0):.1f}" height="{HEIGHT - 2 * PAD}"/>'
        for a, b in gaps
    )

    def line(col: int, css: str) -> str:
        points = [(start, 0)] + [
            (_hour(row[0]) + timedelta(hours=1), int(row[col])) for row in series
        ]
        runs = runs_outside(corners(points, end), gaps)
        return "".join(
            f'<polyline class="{css}" fill="none" stroke-width="2.5" points="'
            + " ".join(f"{x(m):.1f},{y(n):.1f}" for m, n in run)
            + '"/>'
            for run in runs
        )

    def tick(hour: str) -> str:
        if lang == "ar":
            return str(escape(digits(f"{hour[5:10]} {hour[11:13]}:00", lang)))
        return str(escape(hour[5:13]))

    first, last = tick(series[0][0]), tick(series[-1][0])
    # Safe: every interpolated value is a number or escaped above.
    return Markup(  # noqa: S704
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" class="chart" '
        f'aria-label="{number(top, lang)}">{shading}'
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" '
        f'class="axis"/>'
        f"{line(1, 'left')}{line(2, 'arrived')}"
        f'<text x="{x(start):.0f}" y="{HEIGHT - 10}" class="tick">{first}</text>'
        f'<text x="{x(end):.0f}" y="{HEIGHT - 10}" class="tick" '
        f'text-anchor="end">{last}</text>'
        f'<text x="{PAD}" y="{PAD - 8}" class="tick">{number(top, lang)}</text></svg>'
    )


def _hour(text: str) -> datetime:
    return datetime.strptime(text[:13], "%Y-%m-%dT%H")


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text[:16])
