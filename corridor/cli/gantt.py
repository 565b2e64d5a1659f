"""Gantt chart of a plan as a PNG (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path

from corridor.errors import MissingExtra
from corridor.planning.problem import Leg, Plan, Problem, route_legs

COLOURS = {
    "drive": "#b0b7c3",
    "load": "#f2a541",
    "carry": "#2f6db5",
    "carry wounded": "#8e1b5c",
    "unload": "#7fb069",
}
MAKESPAN_COLOUR = "#c0392b"
WOUNDED_COLOUR = "#8e1b5c"


def chart_title(problem: Problem, plan: Plan, objective: str = "") -> str:
    """The chart's title: both objectives' values, and which one the plan puts first."""
    parts = [f"{problem.name}: makespan {plan.makespan / 60:.1f} h"]
    if plan.last_wounded is not None:
        parts.append(f"last wounded at a shelter {plan.last_wounded / 60:.1f} h")
    title = ", ".join(parts)
    return f"{title} ({objective})" if objective else title


def leg_kind(leg: Leg, wounded_aboard: bool) -> str:
    """The legend entry of a leg: carries with wounded aboard stand out."""
    return "carry wounded" if leg.kind == "carry" and wounded_aboard else leg.kind


def require_matplotlib() -> None:
    """Check that the chart can be drawn before a plan is solved for it.

    :raises MissingExtra: matplotlib (``corridor[plan]``) is not installed.
    """
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        raise MissingExtra("plan", "the Gantt chart (--gantt)", exc) from None


def write_gantt(
    problem: Problem, plan: Plan, path: Path, title: str = "", objective: str = ""
) -> None:
    """Draw each vehicle's legs against time, with the makespan marked, as a PNG at ``path``."""
    require_matplotlib()
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.artist import Artist
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    routes = [r for r in plan.routes if r.trips]
    hours = max(1.0, plan.makespan / 60)
    fig, ax = plt.subplots(figsize=(12, max(2.5, 0.28 * len(routes) + 1.5)))
    for row, route in enumerate(routes):
        trip = -1
        for leg in route_legs(problem, route):
            trip += leg.kind == "drive"
            ax.broken_barh(
                [(leg.start / 60, (leg.end - leg.start) / 60)],
                (row - 0.4, 0.8),
                facecolors=COLOURS[leg_kind(leg, route.trips[trip].wounded > 0)],
                edgecolor="white" if len(routes) < 40 else "none",
                linewidth=0.3,
            )
    ax.set_yticks(range(len(routes)), [r.vehicle for r in routes], fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, hours * 1.02)
    ax.set_xlabel("hours from now")
    ax.axvline(hours, color=MAKESPAN_COLOUR, linewidth=1)
    handles: list[Artist] = [Patch(color=c, label=k) for k, c in COLOURS.items()]
    if plan.last_wounded is not None:
        ax.axvline(plan.last_wounded / 60, color=WOUNDED_COLOUR, linewidth=1, linestyle="--")
        handles.append(Line2D([0], [0], color=WOUNDED_COLOUR, linestyle="--", label="last wounded"))
    handles.append(Line2D([0], [0], color=MAKESPAN_COLOUR, label="makespan"))
    ax.set_title(title or chart_title(problem, plan, objective))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
