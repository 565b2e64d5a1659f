"""As-of reports: the report for day D is the same before and after day D+1 is recorded."""

from __future__ import annotations

from pathlib import Path

from corridor.clock import SystemClock
from corridor.services.demo import load_demo
from corridor.services.sitrep import make_sitrep
from corridor.storage import open_store

DAY = "2016-12-15"


def test_a_days_report_ignores_what_happened_after_that_day(tmp_path: Path) -> None:
    """Should give identical reports (figures, chart, trips, estimates) for 15 December from a
    ledger that stops at its end and from the whole demo, and a different one for the 16th."""
    clock = SystemClock()
    then = open_store(str(tmp_path / "then.db"), clock=clock, device="desk-1")
    later = open_store(str(tmp_path / "later.db"), clock=clock, device="desk-1")
    try:
        load_demo(store=then, until=f"{DAY}T23:59:59Z")
        load_demo(store=later)
        assert later.position() > then.position()
        kw = {"op": "aleppo-2016", "date": DAY, "pdf": False, "generated_at": "fixed"}
        before = make_sitrep(store=then, **kw)
        after = make_sitrep(store=later, **kw)
        assert after.html == before.html
        assert after.sitrep == before.sitrep
        next_day = make_sitrep(store=later, **{**kw, "date": "2016-12-16"})
        assert next_day.html != after.html
    finally:
        then.close()
        later.close()
