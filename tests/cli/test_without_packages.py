"""The command line without the dev tools, and without the optional parts (pyproject extras).

Each test runs ``tests/cli/without_packages.py`` in a fresh interpreter that cannot import the
installed packages outside the set under test: the closure of ``[project] dependencies`` (and,
for the first test, every extra) read from pyproject.toml, so a run-time import of pytest, of a
dev tool's dependency, or of an extra outside its command fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from corridor.cli import main as cli
from tests.cli.without_packages import command_paths

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
EXTRAS: dict[str, list[str]] = PROJECT["optional-dependencies"]
# What each extra is for: a package only that part of Corridor imports.
EXTRA_MODULES = {"pdf": "weasyprint", "plan": "matplotlib", "text": "trafilatura"}


def installed_closure(requirements: Iterable[str]) -> set[str]:
    """The installed distributions these requirements need, with their own, recursively."""
    seen: set[str] = set()
    todo = [(Requirement(r), "") for r in requirements]
    while todo:
        req, extra = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(req.name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        if name in seen and not req.extras:
            continue
        seen.add(name)
        for wanted in ("", *sorted(req.extras)):
            todo.extend((Requirement(r), wanted) for r in requires)
    return seen


def blocked_outside(requirements: Iterable[str]) -> list[str]:
    """Top-level modules of installed distributions that these requirements do not need."""
    allowed = installed_closure(requirements) | {"corridor"}
    return sorted(
        module
        for module, dists in metadata.packages_distributions().items()
        if module.isidentifier() and not {canonicalize_name(d) for d in dists} & allowed
    )


def run_blocked(blocked: list[str], runs: list[list[str]], helps: bool) -> dict[str, Any]:
    # Corridor's settings, and coverage's start-up hook (it would import a blocked package).
    skip = ("CORRIDOR_", "COVERAGE_", "COV_CORE_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
    env["PYTHONPATH"] = str(ROOT)
    spec = json.dumps({"blocked": blocked, "runs": runs, "helps": helps})
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "cli" / "without_packages.py")],
        input=spec,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def failed_helps(report: dict[str, Any]) -> list[str]:
    return [
        f"corridor {' '.join(h['args'])}: {h['error'] or h['output'][-300:]}"
        for h in report["helps"]
        if h["code"] != 0 or not h["output"].startswith("Usage: corridor")
    ]


def test_every_command_shows_help_without_the_dev_tools() -> None:
    """Should show ``--help`` of every command and subcommand with only run-time packages."""
    blocked = blocked_outside([*PROJECT["dependencies"], *sum(EXTRAS.values(), [])])
    assert {"pytest", "hypothesis", "playwright", "schemathesis", "mypy"} <= set(blocked)
    report = run_blocked(blocked, [], helps=True)
    assert not any(report["importable"].values())
    assert report["paths"] == [list(p) for p in command_paths(cli)]
    assert len(report["paths"]) > 40
    assert failed_helps(report) == []


def test_core_commands_run_without_the_optional_parts(tmp_path: Path) -> None:
    """Should show every ``--help`` and run the core commands (and an HTML sitrep) without any
    extra installed, and name the extra to install when a command needs one."""
    blocked = blocked_outside(PROJECT["dependencies"])
    assert set(EXTRA_MODULES.values()) <= set(blocked)
    db = ["--db", str(tmp_path / "ops.db"), "--actor", "tester"]
    article = tmp_path / "article.txt"
    article.write_text("Some 8,000 people left eastern Aleppo on 15 December 2016.\n")
    core = [
        [*db, "init"],
        [*db, "operation", "ev1", "Test evacuation"],
        [*db, "site", "ameriyah", "al-Ameriyah", "--kind", "pickup"],
        [*db, "register", "W-0001", "--site", "ameriyah", "--age", "child"],
        [*db, "sitrep", "--date", "2016-12-15", "--no-pdf", "--out", str(tmp_path / "html")],
        [*db, "summary", "--json"],
    ]
    needing = {
        "text": ["brief", str(article), "--out", str(tmp_path / "brief")],
        "plan": ["plan", str(ROOT / "examples" / "aleppo-50k.json"), "--gantt", "plan.png"],
        "pdf": [*db, "sitrep", "--date", "2016-12-15", "--out", str(tmp_path / "sitrep")],
    }
    report = run_blocked(blocked, [*core, *needing.values()], helps=True)
    assert not any(report["importable"].values())
    assert failed_helps(report) == []
    ran = report["runs"]
    for run in ran[: len(core)]:
        assert (run["code"], run["error"]) == (0, None), run
    assert list((tmp_path / "html").glob("sitrep-*.html"))
    assert json.loads(ran[len(core) - 1]["output"])["waiting_named"] == 1
    for extra, run in zip(needing, ran[len(core) :], strict=True):
        assert run["code"] == 1 and run["error"] is None, run
        assert f"pip install 'corridor[{extra}]'" in run["output"], run
