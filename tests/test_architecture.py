"""Import direction rules (docs/architecture.md), checked by parsing every module's imports.

Every import counts, including those placed inside functions. The checkers take the root of a
tree, so the tests below also run them on planted trees to show that they catch what they
should.
"""

from __future__ import annotations

import ast
import functools
import graphlib
from collections.abc import Mapping
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
    # The command line: a thin edge over the services, like web/; it starts the web server
    # and the sync client, and opens stores and key files. Nothing imports it.
    "cli": {
        "services",
        "domain",
        "errors",
        "clock",
        "config",
        "i18n",
        "version",
        "storage",
        "storage.base",
        "storage.keyfile",
        "web",
        "planning",
        "text",
        "demo",
    },
}
# Entries that allow the package itself (its factory) but none of its modules.
PACKAGE_ONLY = {"storage"}
# A wrong-direction import for each package, planted in a copy to prove the check bites.
PLANTED = {
    "domain": "corridor.storage.base",
    "storage": "corridor.services.common",
    "services": "corridor.storage.sqlite",
    "planning": "corridor.services.plan",
    "text": "corridor.storage",
    "demo": "corridor.planning.solve",
    "sitrep": "corridor.services.sitrep",
    "labels": "corridor.services.wristbands",
    "web": "corridor.cli",
    "cli": "corridor.storage.sql",
}


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, root: Path = ROOT) -> set[str]:
    """The corridor modules a file imports, anywhere in it (relative imports resolved).

    ``from corridor.web import views`` counts as an import of ``corridor.web.views`` when that
    is a module of the tree, else of ``corridor.web``.
    """
    here = _module_name(path, root)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if not base.startswith("corridor"):
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if _exists(sub, root) else base)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("corridor"))
    return found


def _exists(module: str, root: Path) -> bool:
    path = root.parent.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _modules(package: str, root: Path = ROOT) -> list[Path]:
    return sorted((root / package).rglob("*.py")) if (root / package).exists() else []


def _allowed(module: str, allowed: set[str]) -> bool:
    return any(
        module == a or (module.startswith(a + ".") and a not in PACKAGE_ONLY) for a in allowed
    )


def wrong_direction(package: str, root: Path = ROOT) -> list[str]:
    """Imports from ``package`` to a corridor package it may not import."""
    bad = []
    for path in _modules(package, root):
        for module in _imports(path, root):
            rest = module.removeprefix("corridor").lstrip(".")
            if not rest or rest == package or rest.startswith(package + "."):
                continue
            if not _allowed(rest, ALLOWED[package]):
                bad.append(f"{path.relative_to(root)} imports {module}")
    return bad


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the corridor modules it imports (every module of the tree)."""
    return {_module_name(path, root): _imports(path, root) for path in sorted(root.rglob("*.py"))}


@functools.cache
def _graph() -> dict[str, set[str]]:
    return import_graph()


def cycle_in(graph: Mapping[str, set[str]], package: str) -> list[str]:
    """One import cycle among the modules of a package (as a path), or [] when there is none."""
    prefix = f"corridor.{package}."
    inside = {m: {d for d in deps if d.startswith(prefix)} for m, deps in graph.items()}
    inside = {m: deps for m, deps in inside.items() if m.startswith(prefix)}
    try:
        graphlib.TopologicalSorter(inside).prepare()
    except graphlib.CycleError as exc:
        return list(exc.args[1])
    return []


def package_cycle(graph: Mapping[str, set[str]]) -> list[str]:
    """One import cycle between top-level packages, or []."""
    top: dict[str, set[str]] = {}
    for module, deps in graph.items():
        mine = module.split(".")[1] if "." in module else module
        theirs = {d.split(".")[1] for d in deps if d.count(".") >= 1}
        top.setdefault(mine, set()).update(theirs - {mine})
    try:
        graphlib.TopologicalSorter(top).prepare()
    except graphlib.CycleError as exc:
        return list(exc.args[1])
    return []


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_it_keeps_dependencies_pointing_inward(package: str) -> None:
    assert wrong_direction(package) == []


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_it_has_no_import_cycle_inside_a_package(package: str) -> None:
    """Should find no cycle among a package's modules, counting imports inside functions."""
    assert cycle_in(_graph(), package) == []


def test_it_has_no_import_cycle_between_packages() -> None:
    assert package_cycle(_graph()) == []


def _copy(tmp_path: Path, packages: Mapping[str, Mapping[str, str]]) -> Path:
    """A tree ``corridor/`` of the given packages: {package: {file name: source}}."""
    root = tmp_path / "corridor"
    for package, files in packages.items():
        (root / package).mkdir(parents=True)
        (root / package / "__init__.py").write_text("")
        for name, source in files.items():
            (root / package / name).write_text(source)
    (root / "__init__.py").write_text("")
    return root


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_it_catches_a_planted_wrong_direction_import(tmp_path: Path, package: str) -> None:
    """Should flag an upward import in each package, at the top of a module or in a function."""
    target = PLANTED[package]
    rest = target.removeprefix("corridor.")
    assert not _allowed(rest, ALLOWED[package])
    root = _copy(
        tmp_path,
        {
            package: {
                "fine.py": "from corridor.errors import ValidationError\n",
                "top.py": f"import {target}\n",
                "inner.py": f"def f():\n    from {target} import thing\n",
            },
        },
    )
    assert wrong_direction(package, root) == [
        f"{package}/inner.py imports {target}",
        f"{package}/top.py imports {target}",
    ]


def test_it_catches_a_cycle_hidden_in_a_function(tmp_path: Path) -> None:
    """Should find a -> b -> a when b imports a inside a function, and by a relative import."""
    root = _copy(
        tmp_path,
        {
            "web": {
                "a.py": "from corridor.web.b import g\n",
                "b.py": "def g():\n    from . import a\n",
                "c.py": "from corridor.web import a\n",
            },
            "cli": {"x.py": "from corridor.web import a\n"},
        },
    )
    graph = import_graph(root)
    assert graph["corridor.web.b"] == {"corridor.web.a"}
    assert sorted(set(cycle_in(graph, "web"))) == ["corridor.web.a", "corridor.web.b"]
    assert cycle_in(graph, "cli") == []
    assert package_cycle(graph) == []
    (root / "web" / "d.py").write_text("def h():\n    import corridor.cli.x\n")
    assert set(package_cycle(import_graph(root))) == {"web", "cli"}


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
        and module != "corridor.storage"
        and not (module + ".").startswith("corridor.storage.base.")
    ]
    assert bad == []


ADAPTER_CLASSES = {"SqlStore", "SQLiteStore", "PostgresStore"}


def test_only_storage_names_a_store_adapter() -> None:
    """Should hold stores by the interface (``Store``) outside storage/, so mypy checks that
    nothing calls a method the interface does not have."""
    bad = [
        f"{path.relative_to(ROOT)} imports {alias.name}"
        for path in sorted(ROOT.rglob("*.py"))
        if path.relative_to(ROOT).parts[0] != "storage"
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name in ADAPTER_CLASSES
    ]
    assert bad == []
