"""The developer tooling agrees with itself: pre-commit runs what `make lint` runs."""

from __future__ import annotations

import re
from pathlib import Path

import yaml  # PyYAML comes with the dev group (schemathesis needs it)

ROOT = Path(__file__).resolve().parents[1]


def lint_commands(makefile: str) -> list[str]:
    """The commands of the Makefile's ``lint`` target, with ``$(BIN)`` as ``.venv/bin``."""
    recipe = re.search(r"^lint:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe is not None, "no lint target"
    return [line.strip().replace("$(BIN)", ".venv/bin") for line in recipe[1].splitlines()]


def hook_commands(config: str) -> list[str]:
    hooks = [hook for repo in yaml.safe_load(config)["repos"] for hook in repo["hooks"]]
    assert all(h["language"] == "system" and h["pass_filenames"] is False for h in hooks)
    return [" ".join([h["entry"], *h.get("args", [])]) for h in hooks]


def test_pre_commit_runs_what_make_lint_runs() -> None:
    """Should run each `make lint` command, whole (no file list), and nothing else."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert hook_commands(config) == lint_commands(makefile)
    assert len(lint_commands(makefile)) == 3


def test_it_reads_the_lint_recipe_not_its_neighbours() -> None:
    makefile = (
        "lint: $(STAMP)\n\t$(BIN)/ruff check x\n\t$(BIN)/mypy\n\nformat:\n\t$(BIN)/ruff format x\n"
    )
    assert lint_commands(makefile) == [".venv/bin/ruff check x", ".venv/bin/mypy"]
