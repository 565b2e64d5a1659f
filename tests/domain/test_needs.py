"""Daily needs from named planning figures, and days of cover, against hand-computed values."""

from __future__ import annotations

from decimal import Decimal

from corridor.domain import needs as nd


def test_needs_by_category_use_the_named_figures() -> None:
    fig = nd.figures()
    who = nd.categories(1000, 30, fig)
    # 12% under five and 4% pregnant, estimated (not counted).
    assert (who.under5, who.pregnant, who.estimated) == (120, 40, ("under5", "pregnant"))
    need = nd.daily_needs(who, fig)
    # Water: 970 * 15 + 30 wounded * 40 = 15,750 l; food: 1,000 * 2,100 + 40 * 285 kcal;
    # covered space: 1,000 * 3.5 m².
    assert need == {
        "water_l": Decimal(15750),
        "food_kcal": Decimal(2_111_400),
        "space_m2": Decimal(3500),
    }
    assert nd.item_need("food_ration", need, fig) == Decimal(2_111_400) / 2100
    assert nd.item_need("blanket", need, fig) == 0


def test_counted_categories_win_over_planning_shares() -> None:
    fig = nd.figures({"under5_pct": "20"})
    assert nd.categories(100, 0, fig).under5 == 20
    counted = nd.categories(100, 0, fig, under5=7, pregnant=2)
    assert (counted.under5, counted.pregnant, counted.estimated) == (7, 2, ())


def test_days_of_cover_with_and_without_arrivals() -> None:
    assert nd.days_of_cover(1800, Decimal(600)) == 3
    assert nd.days_of_cover(10, Decimal(0)) is None
    # 600 a day now, 100 people a day arriving for 1 day, 15 each: 1,350 used in the first
    # day, then 2,100 a day: the last 450 last 3/14 of a day.
    got = nd.cover_with_arrivals(1800, Decimal(600), Decimal(15), Decimal(100), Decimal(1))
    assert got is not None and abs(got - (1 + Decimal(3) / 14)) < Decimal("1e-20")
    # Within the arrival period: 375 t² + 600 t = 1,800.
    within = nd.cover_with_arrivals(1800, Decimal(600), Decimal(15), Decimal(50), Decimal(2))
    assert within is not None and abs(375 * within**2 + 600 * within - 1800) < Decimal("1e-15")
