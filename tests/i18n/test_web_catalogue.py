"""Every translatable string of the web interface has an Arabic translation."""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.extract import extract
from babel.messages.pofile import read_po
from jinja2.ext import babel_extract

from corridor import i18n

WEB = Path(__file__).resolve().parents[2] / "corridor" / "web"
LABELS_MODULE = WEB.parent / "i18n" / "labels.py"  # how codes from the data read
KEYWORDS = {"_": None, "gettext": None, "N_": None}


def _add(found: set[str], message: object) -> None:
    """Keep literal strings; ``_(value)`` of a variable extracts as None and is skipped."""
    first = message[0] if isinstance(message, tuple) else message
    if isinstance(first, str):
        found.add(first)


def web_messages() -> set[str]:
    """Strings marked for translation in templates (``_()``), web Python (``_``, ``N_``) and the
    labels of codes (``corridor/i18n/labels.py``)."""
    found: set[str] = set()
    for path in sorted((WEB / "templates").glob("*.html")):
        with path.open("rb") as handle:
            for _line, _func, message, _comments in babel_extract(
                handle, list(KEYWORDS), [], {"extensions": "jinja2.ext.i18n"}
            ):
                _add(found, message)
    for path in [*sorted(WEB.rglob("*.py")), LABELS_MODULE]:
        with path.open("rb") as handle:
            for _line, message, _comments, _ctx in extract("python", handle, KEYWORDS):
                _add(found, message)
    return {m for m in found if m}


def test_it_extracts_the_interface_strings() -> None:
    messages = web_messages()
    assert {
        "Registration desk",
        "Trips in flight",
        "Trip does not reconcile",
        "Dashboard",
    } <= messages
    assert {"Sync status", "Nodes that sync with this one", "Sync"} <= messages  # sync.html, nav


def msgids(text: str) -> list[str]:
    """Every msgid of a .po file (continuation lines joined, still escaped), in order."""
    found: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("msgid "):
            current = [line.removeprefix("msgid ").strip()[1:-1]]
            found.append("")
        elif current is not None and line.startswith('"'):
            current.append(line.strip()[1:-1])
        else:
            current = None
        if current is not None:
            found[-1] = "".join(current)
    return found


def test_it_finds_a_repeated_msgid() -> None:
    ids = msgids('msgid "A"\nmsgstr "1"\n\nmsgid ""\n"A"\nmsgstr "2"\n\nmsgid "A"\nmsgstr "3"\n')
    assert ids == ["A", "A", "A"]


def test_no_msgid_appears_twice_in_a_catalogue() -> None:
    """Babel keeps the first of two equal msgids silently; a second translation would be lost."""
    for code in i18n.LANGUAGES:
        if code == i18n.DEFAULT:
            continue
        ids = msgids(i18n.catalogue_path(code).read_text(encoding="utf-8"))
        twice = sorted({m for m in ids if ids.count(m) > 1})
        assert twice == [], code


def test_it_has_arabic_for_every_web_string() -> None:
    """Should fail when a template or web module gains a string the catalogue lacks."""
    catalog = read_po(io.BytesIO(i18n.catalogue_path("ar").read_bytes()), locale="ar")
    translated = {m.id for m in catalog if m.id and m.string}
    missing = sorted(web_messages() - translated)
    assert missing == []
