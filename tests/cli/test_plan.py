"""`corridor plan` on a scenario file and on a demo store in a temporary SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from corridor.cli import main
from corridor.cli.gantt import MAKESPAN_COLOUR, WOUNDED_COLOUR, chart_title
from corridor.planning.checker import check_plan
from corridor.planning.problem import Plan, Route, Trip
from corridor.planning.scenario import parse_scenario
from tests.planning.cases import three_wounded_pickups

SCENARIO = {
    "name": "two camps",
    "pickups": [{"name": "camp", "waiting": 130, "wounded": 6}, {"name": "school", "waiting": 40}],
    "shelters": [{"name": "hall", "capacity": 200}],
    "vehicles": [
        {"name": "bus", "count": 2, "capacity": 50, "start": "hall", "load_minutes": 20},
        {"name": "amb", "capacity": 4, "start": "hall", "medical": True, "load_minutes": 10},
    ],
    "travel": [
        {"from": "hall", "to": "camp", "minutes": 40},
        {"from": "hall", "to": "school", "minutes": 25},
    ],
    "uncertainty": {"travel_cv": 0.2, "pause_rate_per_day": 2, "pause_minutes": [30, 90]},
}


def run(*args: str, ok: bool = True) -> Result:
    result = CliRunner().invoke(main, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


def _plan_of(data: dict) -> Plan:
    routes = tuple(
        Route(
            r["vehicle"],
            tuple(Trip(t["pickup"], t["shelter"], t["general"], t["wounded"]) for t in r["trips"]),
        )
        for r in data["routes"]
    )
    return Plan(routes, data["makespan_minutes"], last_wounded=data["last_wounded_minutes"])


def test_it_plans_a_scenario_file_with_a_gantt_chart(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps(SCENARIO))
    png = tmp_path / "g.png"
    res = run("plan", str(path), "--time-limit", "1", "--runs", "30", "--gantt", str(png), "--json")
    data = json.loads(res.stdout)
    problem = parse_scenario(SCENARIO).problem
    assert check_plan(problem, _plan_of(data)).ok
    f = data["forecast"]
    assert f["runs"] == 30 and f["p10_minutes"] <= f["p50_minutes"] <= f["p90_minutes"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert 0 < data["last_wounded_minutes"] <= data["makespan_minutes"]


def test_it_prints_a_readable_schedule_and_forecast(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps(SCENARIO))
    out = run("plan", str(path), "--time-limit", "1", "--runs", "20", "--trips").stdout
    assert "Per-vehicle schedule" in out and "bus-01" in out and "amb" in out
    assert "Forecast to clear" in out and "P50" in out
    assert "Makespan" in out and "lower bound" in out


def test_it_rejects_bad_scenarios_plainly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert "cannot read scenario" in run("plan", str(bad), ok=False).output
    missing = dict(SCENARIO, travel=[{"from": "hall", "to": "camp", "minutes": 40}])
    bad.write_text(json.dumps(missing))
    res = run("plan", str(bad), ok=False)
    assert res.exit_code == 1 and "no travel time from 'hall' to 'school'" in res.output
    assert run("plan", ok=False).exit_code == 2  # neither a file nor --live


def test_it_plans_the_live_demo_operation(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    run("--db", db, "demo")
    res = run(
        "--db", db, "--op", "aleppo-2016", "plan", "--live", "--remaining", "2000",
        "--time-limit", "1", "--runs", "10", "--json",
    )  # fmt: skip
    data = json.loads(res.stdout)
    assert len(data["routes"]) == 33
    assert sum(t["general"] + t["wounded"] for r in data["routes"] for t in r["trips"]) == 2000
    assert any("people left: 2,000" in n for n in data["notes"])
    assert data["makespan_minutes"] >= data["lower_bound_minutes"] > 0


def _has_colour(png: Path, hex_colour: str) -> bool:
    import matplotlib.image

    pixels = matplotlib.image.imread(str(png))[:, :, :3]
    want = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    close = (abs(pixels - want) < 0.02).all(axis=2)
    return bool(close.any())


def test_both_objectives_are_shown_in_the_output_and_the_gantt_chart(tmp_path: Path) -> None:
    """Should print the makespan and the last wounded arrival, and draw both in the chart."""
    path = tmp_path / "w.json"
    path.write_text(json.dumps(three_wounded_pickups()))
    figures = {}
    for objective in ("makespan", "wounded-first"):
        png = tmp_path / f"{objective}.png"
        args = ("plan", str(path), "--time-limit", "3", "--runs", "20", "--objective", objective)
        data = json.loads(run(*args, "--json", "--gantt", str(png)).stdout)
        problem = parse_scenario(three_wounded_pickups()).problem
        assert check_plan(problem, _plan_of(data)).ok
        assert data["objective"] == objective
        f = data["forecast"]
        assert f["wounded_p10_minutes"] <= f["wounded_p50_minutes"] <= f["wounded_p90_minutes"]
        figures[objective] = (data["makespan_minutes"], data["last_wounded_minutes"])
        assert _has_colour(png, WOUNDED_COLOUR) and _has_colour(png, MAKESPAN_COLOUR)
        text = run(*args).stdout
        assert (
            f"Makespan {data['makespan_minutes'] // 60}h{data['makespan_minutes'] % 60:02d}" in text
        )
        assert "Last wounded reach a shelter at 1h" in text
        assert "Forecast last wounded at a shelter: P10" in text
    assert figures == {"makespan": (76, 76), "wounded-first": (81, 61)}


def test_the_chart_title_and_legend_name_both_objectives() -> None:
    problem = parse_scenario(three_wounded_pickups()).problem
    plan = Plan((), 81, last_wounded=61)
    title = chart_title(problem, plan, "wounded-first")
    assert "makespan 1.4 h" in title and "last wounded at a shelter 1.0 h" in title
    assert chart_title(problem, Plan((), 76)).endswith("makespan 1.3 h")


def test_an_unknown_objective_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    path.write_text(json.dumps(three_wounded_pickups()))
    res = run("plan", str(path), "--objective", "fastest", ok=False)
    assert res.exit_code == 2 and "fastest" in res.output
