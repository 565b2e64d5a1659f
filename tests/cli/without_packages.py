"""Run ``corridor`` commands in a process where some installed packages cannot be imported.

Run by ``tests/cli/test_without_packages.py`` as ``python without_packages.py`` with a JSON
spec on stdin: ``{"blocked": [top-level module names], "runs": [[arg, ...], ...],
"helps": true}``. Prints JSON: each run's exit code and output, the command paths found (and,
with ``helps``, each one's ``--help``), and whether each blocked name failed to import.
"""

from __future__ import annotations

import importlib
import importlib.abc
import json
import sys
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import Any


class Blocker(importlib.abc.MetaPathFinder):
    """Refuse to find any module under the given top-level names."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> None:
        if fullname.partition(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {fullname!r} (blocked)", name=fullname)
        return None


def block(names: frozenset[str]) -> None:
    """Forget what the interpreter's start-up already loaded of them, and refuse them after."""
    for loaded in list(sys.modules):
        if loaded.partition(".")[0] in names:
            del sys.modules[loaded]
    sys.meta_path.insert(0, Blocker(names))


def importable(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


def command_paths(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command and subcommand of a click group, as the words that name it."""
    yield path
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from command_paths(sub, (*path, name))


def main() -> None:
    spec = json.loads(sys.stdin.read())
    blocked = frozenset(spec["blocked"])
    block(blocked)
    from click.testing import CliRunner

    from corridor.cli import main as cli

    def run(args: list[str]) -> dict[str, Any]:
        result = CliRunner().invoke(cli, args, prog_name="corridor")
        error = None
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            error = f"{type(result.exception).__name__}: {result.exception}"
        return {"args": args, "code": result.exit_code, "output": result.output, "error": error}

    paths = [list(p) for p in command_paths(cli)]
    report = {
        "paths": paths,
        "helps": [run([*p, "--help"]) for p in paths] if spec.get("helps") else [],
        "runs": [run(args) for args in spec.get("runs", [])],
        "importable": {name: importable(name) for name in sorted(blocked)},
    }
    sys.stdout.write(json.dumps(report))


if __name__ == "__main__":
    main()
