"""Import direction rules (docs/architecture.md), checked by parsing every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "corridor"

# package -> corridor packages it may import (besides itself)
ALLOWED = {
    "domain": {"errors"},
    "storage": {"domain", "errors", "clock"},
    "services": {"domain", "errors", "clock", "storage.base", "demo", "text", "planning"},
    "planning": {"domain", "errors"},
    "text": {"domain", "errors"},
    "demo": {"domain", "errors"},
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("corridor"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("corridor"))
    return found


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py")) if (ROOT / package).exists() else []


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_it_keeps_dependencies_pointing_inward(package: str) -> None:
    bad = []
    for path in _modules(package):
        for module in _imports(path):
            rest = module.removeprefix("corridor").lstrip(".")
            if not rest or rest.startswith(package):
                continue
            if not any(rest == a or rest.startswith(a + ".") for a in ALLOWED[package]):
                bad.append(f"{path.relative_to(ROOT)} imports {module}")
    assert bad == []


@pytest.mark.parametrize("package", ["domain", "planning"])
def test_it_keeps_domain_free_of_io(package: str) -> None:
    forbidden = {"sqlite3", "psycopg", "socket", "http", "urllib", "subprocess", "open"}
    for path in _modules(package):
        tree = ast.parse(path.read_text())
        names = {
            a.name.split(".")[0]
            for n in ast.walk(tree)
            if isinstance(n, ast.Import)
            for a in n.names
        }
        names |= {
            n.module.split(".")[0]
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom) and n.module
        }
        calls = {
            n.func.id
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
        }
        assert not (names | calls) & forbidden, path.name
