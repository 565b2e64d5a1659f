"""Gantt chart of a plan as a PNG (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path

from corridor.planning.problem import Plan, Problem, route_legs

COLOURS = {"drive": "#b0b7c3", "load": "#f2a541", "carry": "#2f6db5", "unload": "#7fb069"}


def write_gantt(problem: Problem, plan: Plan, path: Path, title: str = "") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    routes = [r for r in plan.routes if r.trips]
    hours = max(1.0, plan.makespan / 60)
    fig, ax = plt.subplots(figsize=(12, max(2.5, 0.28 * len(routes) + 1.5)))
    for row, route in enumerate(routes):
        for leg in route_legs(problem, route):
            ax.broken_barh(
                [(leg.start / 60, (leg.end - leg.start) / 60)],
                (row - 0.4, 0.8),
                facecolors=COLOURS[leg.kind],
                edgecolor="white" if len(routes) < 40 else "none",
                linewidth=0.3,
            )
    ax.set_yticks(range(len(routes)), [r.vehicle for r in routes], fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, hours * 1.02)
    ax.set_xlabel("hours from now")
    ax.axvline(hours, color="#c0392b", linewidth=1)
    ax.set_title(title or f"{problem.name}: makespan {plan.makespan / 60:.1f} h")
    ax.legend(
        handles=[Patch(color=c, label=k) for k, c in COLOURS.items()],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12 if len(routes) < 12 else -0.05),
        ncol=4,
        fontsize=7,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
