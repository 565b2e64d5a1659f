"""`corridor sitrep` writes the HTML and PDF files, and refuses a bad date writing nothing."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from corridor.cli import main
from corridor.storage import open_store
from tests.sitrep.scenario import D2, two_days


def _db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/ops.db"
    store = open_store(url)
    store.record(two_days())
    store.close()
    return url


def test_it_writes_the_report_files(tmp_path: Path) -> None:
    db, out = _db(tmp_path), tmp_path / "out"
    result = CliRunner().invoke(
        main, ["--db", db, "sitrep", "--date", D2, "--lang", "ar", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    html = (out / f"sitrep-aleppo-2016-{D2}-ar.html").read_text(encoding="utf-8")
    assert 'dir="rtl"' in html and "٩٣" in html  # 93 people left so far, in Arabic digits
    assert (out / f"sitrep-aleppo-2016-{D2}-ar.pdf").read_bytes().startswith(b"%PDF")


def test_it_refuses_a_bad_date(tmp_path: Path) -> None:
    db, out = _db(tmp_path), tmp_path / "out"
    result = CliRunner().invoke(
        main, ["--db", db, "sitrep", "--date", "16/12/2016", "--out", str(out)]
    )
    assert result.exit_code == 1 and "not a date" in result.output
    assert not out.exists()
