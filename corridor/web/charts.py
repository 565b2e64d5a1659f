"""Server-rendered SVG charts (no scripts, small, readable on a phone)."""

from __future__ import annotations

from markupsafe import Markup, escape

from corridor.i18n.wording import digits, number

WIDTH, HEIGHT, PAD = 600, 220, 36


def departures_chart(
    series: list[tuple[str, int, int]], direction: str = "ltr", lang: str = "en"
) -> Markup:
    """Cumulative left and arrived per hour as two lines; time runs with the reading direction.

    Numbers and times are written in the reader's digits (Arabic: ٩٬٩٢٨, ١٢-١٥ ٠٤:٠٠).
    """
    if not series:
        return Markup("")
    top = max(max(left, arrived) for _, left, arrived in series) or 1
    span = max(len(series) - 1, 1)

    def x(i: int) -> float:
        pos = PAD + (WIDTH - 2 * PAD) * i / span
        return WIDTH - pos if direction == "rtl" else pos

    def y(n: int) -> float:
        return HEIGHT - PAD - (HEIGHT - 2 * PAD) * n / top

    def line(col: int, css: str) -> str:
        values = [left if col == 1 else arrived for _, left, arrived in series]
        pts = " ".join(f"{x(i):.1f},{y(n):.1f}" for i, n in enumerate(values))
        return f'<polyline class="{css}" fill="none" stroke-width="2.5" points="{pts}"/>'

    def tick(hour: str) -> str:
        if lang == "ar":
            return str(escape(digits(f"{hour[5:10]} {hour[11:13]}:00", lang)))
        return str(escape(hour[5:13]))

    first, last = tick(series[0][0]), tick(series[-1][0])
    # Safe: every interpolated value is a number or escaped above.
    return Markup(  # noqa: S704
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" class="chart" '
        f'aria-label="{number(top, lang)}">'
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" '
        f'class="axis"/>'
        f"{line(1, 'left')}{line(2, 'arrived')}"
        f'<text x="{x(0):.0f}" y="{HEIGHT - 10}" class="tick">{first}</text>'
        f'<text x="{x(len(series) - 1):.0f}" y="{HEIGHT - 10}" class="tick" '
        f'text-anchor="end">{last}</text>'
        f'<text x="{PAD}" y="{PAD - 8}" class="tick">{number(top, lang)}</text></svg>'
    )
