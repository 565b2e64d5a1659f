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
    "services": {
        "domain",
        "errors",
        "clock",
        "storage.base",
        "demo",
        "text",
        "planning",
        "sitrep",
        "labels",
    },
    "planning": {"domain", "errors"},
    "text": {"domain", "errors"},
    "demo": {"domain", "errors"},
    "sitrep": {"domain", "errors", "i18n"},
    "labels": {"domain", "errors", "sitrep.pdf"},
    # The web edge: calls services, reads domain constants and access rules; storage only
    # through the factory and the interface, never an adapter or SQL.
    "web": {
        "services",
        "domain",
        "errors",
        "clock",
        "config",
        "i18n",
        "version",
        "storage.base",
        "storage",
    },
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


IO = {"sqlite3", "psycopg", "socket", "http", "urllib", "subprocess", "open"}


def _modules_and_calls(path: Path) -> set[str]:
    """Top-level modules a file imports and the bare names it calls (``open`` among them)."""
    tree = ast.parse(path.read_text())
    names = {
        a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
    names |= {
        n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
    }
    names |= {
        n.func.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    return names


@pytest.mark.parametrize("package", ["domain", "planning"])
def test_it_keeps_domain_free_of_io(package: str) -> None:
    for path in _modules(package):
        assert not _modules_and_calls(path) & IO, path.name


def test_it_keeps_sitrep_pure_apart_from_pdf() -> None:
    """Should keep I/O out of the report builder: only pdf.py may reach the system (WeasyPrint)."""
    for path in _modules("sitrep"):
        if path.name != "pdf.py":
            assert not _modules_and_calls(path) & (IO | {"weasyprint"}), path.name


def test_it_keeps_the_web_edge_off_storage_adapters() -> None:
    """Should let web/ open a store by the factory and use the interface, never an adapter."""
    bad = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in _modules("web")
        for module in _imports(path)
        if module.startswith("corridor.storage")
        and module not in ("corridor.storage", "corridor.storage.base")
    ]
    assert bad == []
