"""Every string the sitrep shows has an Arabic translation in the catalogue."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from corridor.i18n import catalogue_path
from corridor.i18n.labels import LABELS

SITREP = Path(__file__).resolve().parents[2] / "corridor" / "sitrep"


def _msgids() -> set[str]:
    ids = set(LABELS.values())
    for template in (SITREP / "templates").glob("*.html"):
        ids |= {m[1] for m in extract_from_file("jinja2", str(template))}
    for module in SITREP.glob("*.py"):
        ids |= {m[1] for m in extract_from_file("python", str(module)) if isinstance(m[1], str)}
    return ids


def test_it_has_an_arabic_entry_for_every_sitrep_string() -> None:
    with catalogue_path("ar").open("rb") as handle:
        catalogue = read_po(handle)
    translated = {m.id: m.string for m in catalogue if m.id}
    ids = _msgids()
    assert len(ids) > 80  # the templates and labels were really read
    missing = sorted(i for i in ids if not translated.get(i))
    assert missing == []


def test_it_finds_the_template_strings() -> None:
    """Should extract from the template itself (a renamed template would otherwise pass)."""
    assert {"Situation report", "Forecast not available."} <= _msgids()
