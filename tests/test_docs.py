"""The generated references match the code; README names the two set-up commands."""

from __future__ import annotations

from pathlib import Path

from corridor import reference

ROOT = Path(__file__).resolve().parents[1]


def test_it_keeps_the_event_reference_current() -> None:
    current = (ROOT / "docs" / "events.md").read_text(encoding="utf-8")
    assert current == reference.events_markdown() + "\n", "run: python -m corridor.reference"


def test_it_keeps_the_cli_reference_current(monkeypatch: object) -> None:
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == reference.cli_markdown() + "\n", "run: python -m corridor.reference"


def test_it_gives_exactly_two_setup_commands_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
