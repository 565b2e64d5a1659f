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


def test_it_shows_a_forecast_given_as_json(tmp_path: Path) -> None:
    db, out, forecast = _db(tmp_path), tmp_path / "out", tmp_path / "forecast.json"
    forecast.write_text(
        '{"p10_hours": 30, "p50_hours": 41.5, "p90_hours": 60, "assumptions": ["20 buses a day"]}'
    )
    args = ["--db", db, "sitrep", "--date", D2, "--no-pdf", "--out", str(out)]
    result = CliRunner().invoke(main, [*args, "--forecast", str(forecast)])
    assert result.exit_code == 0, result.output
    html = (out / f"sitrep-aleppo-2016-{D2}-en.html").read_text(encoding="utf-8")
    assert "Time to clear: 41.5 hours (likely between 30.0 and 60.0 hours)" in html
    assert "20 buses a day" in html
    forecast.write_text('{"p10_hours": 50, "p50_hours": 41.5, "p90_hours": 60}')
    result = CliRunner().invoke(main, [*args, "--forecast", str(forecast)])
    assert result.exit_code == 1 and "p10_hours <= p50_hours" in result.output
