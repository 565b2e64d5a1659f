"""The disclosure model: one cell per distinct sum, primary and secondary suppression, audit."""

from __future__ import annotations

from corridor.domain import disclosure as d
from corridor.domain import suppression as s

D1, D2 = "2016-12-15", "2016-12-16"
LEGS = {"a": "origin", "b": "origin", "k": "reception"}


def _atoms(counts: dict[tuple[str, str, str], tuple[int, int]]) -> dict[d.AtomKey, int]:
    """(day, site, stage) -> (children, adults): total and the age dimension."""
    out: dict[d.AtomKey, int] = {}
    for (day, site, stage), (child, adult) in counts.items():
        out[(day, site, stage, "total", "all")] = child + adult
        out[(day, site, stage, "age", "child")] = child
        out[(day, site, stage, "age", "adult")] = adult
    return out


def test_primary_hides_one_to_four_and_shows_zero_and_five() -> None:
    model = d.build_model(
        _atoms({(D1, "a", "departed"): (3, 40), (D1, "b", "departed"): (0, 5)}), LEGS
    )
    cells = d.published(model, s.primary(model))
    assert cells["site|day|2016-12-15|a|departed|age|child"] is None
    assert cells["site|day|2016-12-15|b|departed|age|child"] == 0
    assert cells["site|day|2016-12-15|b|departed|total|all"] == 5


def test_the_same_sum_is_one_cell_in_every_table() -> None:
    """A site alone in its leg: its row and the leg's total are hidden or shown together."""
    model = d.build_model(_atoms({(D1, "k", "arrived"): (2, 30)}), LEGS)
    site = model.cell("site|upto|2016-12-15|k|arrived|total|all")
    assert site == model.cell("leg|upto|2016-12-15|reception|arrived|total|all")
    assert site == model.cell("all|upto|2016-12-15|arrived|total|all")


def test_secondary_suppression_stops_the_subtraction() -> None:
    """3 children at a: shown totals and the other site would give them back by subtraction."""
    model = d.build_model(
        _atoms({(D1, "a", "departed"): (3, 40), (D1, "b", "departed"): (20, 30)}), LEGS
    )
    child_a = model.labels["site|day|2016-12-15|a|departed|age|child"]
    bare = s.protect(model, secondary=False)
    lo, hi = s.audit(model, bare.hidden, [child_a])[child_a]
    assert hi - lo < s.PROTECTION  # primary alone: pinned down
    full = s.protect(model)
    assert full.hidden > bare.hidden and not full.unsafe
    for cell, (lo, hi) in s.audit(model, full.hidden, full.primary).items():
        assert hi - lo >= s.PROTECTION - 1e-6, model.values[cell]


def test_later_days_are_protected_with_the_earlier_ones() -> None:
    """A cumulative figure minus the day before gives a day's cell: both days are modelled."""
    model = d.build_model(
        _atoms({(D1, "a", "departed"): (10, 40), (D2, "a", "departed"): (2, 30)}), LEGS
    )
    full = s.protect(model)
    assert full.primary and not full.unsafe
    for lo, hi in s.audit(model, full.hidden, full.primary).values():
        assert hi - lo >= s.PROTECTION - 1e-6


def test_a_qualifier_outside_the_vocabulary_is_dropped() -> None:
    assert d.public_qualifier("about") == "about"
    assert d.public_qualifier("+963 944 123 456") is None
    assert d.public_qualifier(None) is None


def test_atoms_fall_on_the_operations_local_day() -> None:
    """An hour bucket late on 15 Dec UTC is 16 Dec in Damascus (UTC+2 in 2016), so the public
    tables cut days where the full reports do; with no zone the day is the UTC one."""
    rows = [
        {
            "hour": "2016-12-15T22",
            "site": "a",
            "stage": "departed",
            "dim": "age",
            "value": "adult",
            "n": 7,
        },
        {
            "hour": "2016-12-15T21",
            "site": "a",
            "stage": "departed",
            "dim": "age",
            "value": "adult",
            "n": 3,
        },
    ]
    local = d.atoms_from_rows(rows, "Asia/Damascus")
    assert local == {
        ("2016-12-16", "a", "departed", "age", "adult"): 7,
        ("2016-12-15", "a", "departed", "age", "adult"): 3,
    }
    assert d.atoms_from_rows(rows) == {("2016-12-15", "a", "departed", "age", "adult"): 10}
