"""docs/architecture.md is drawn from the code: its package list, import table and named objects."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from tests.test_architecture import ALLOWED

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    """The text of one ``## `` section of the document."""
    found = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", DOC, re.MULTILINE | re.DOTALL)
    assert found is not None, f"no section {title!r}"
    return found[1]


def listed_parts() -> set[str]:
    """The first word of each line of the Layers section's block that names a part of corridor/."""
    block = section("Layers").split("```")[1]
    return {line.split()[0] for line in block.splitlines() if line.startswith("corridor/")}


def real_parts(root: Path) -> set[str]:
    """Every package (or data folder) and top-level module of the tree."""
    return {
        f"corridor/{p.name}"
        for p in root.iterdir()
        if (p.is_dir() and not p.name.startswith("__"))
        or (p.suffix == ".py" and p.name != "__init__.py")
    }


def resolve(dotted: str) -> object:
    """The object a dotted name like ``corridor.services.common.write`` names."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attr in parts[cut:]:
            found = getattr(found, attr)
        return found
    raise ModuleNotFoundError(dotted)


def named(text: str) -> list[str]:
    """Dotted corridor names and corridor/ file paths quoted in backticks."""
    return re.findall(r"`(corridor(?:\.\w+)+|corridor/[\w/.]+)`", text)


def test_it_lists_every_package_and_module_of_the_tree() -> None:
    assert listed_parts() == real_parts(ROOT / "corridor")


def test_its_import_table_is_the_architecture_test() -> None:
    rows = re.findall(r"^\| (\w+) \| ([\w.]+(?:, [\w.]+)*) \|$", section("Layers"), re.MULTILINE)
    table = {package: set(allowed.split(", ")) for package, allowed in rows}
    assert table == ALLOWED


def test_every_name_it_gives_exists() -> None:
    """Should name only functions, classes, modules and files that exist, in every section."""
    names = named(DOC)
    missing = []
    for name in names:
        if "/" in name:
            if not (ROOT / name).exists():
                missing.append(name)
            continue
        try:
            resolve(name)
        except (ImportError, AttributeError):
            missing.append(name)
    assert missing == []
    assert len(named(section("One boarding, from the desk to the dashboard figure"))) >= 30


def test_it_catches_a_missing_name_and_a_missing_package(tmp_path: Path) -> None:
    for bad in ("corridor.services.register.board_nobody", "corridor.nowhere.thing"):
        try:
            resolve(bad)
        except (ImportError, AttributeError):
            continue
        raise AssertionError(f"{bad} resolved")
    tree = tmp_path / "corridor"
    (tree / "newpart").mkdir(parents=True)
    (tree / "__init__.py").write_text("")
    (tree / "tool.py").write_text("")
    assert real_parts(tree) == {"corridor/newpart", "corridor/tool.py"}
