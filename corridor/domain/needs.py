"""Daily needs of the people at a site, from named planning figures, and days of cover.

Pure. The defaults are minimum standards from the field, each named with its source; an
operation may replace any of them (``operation.figures_set``). Figures are decimals written as
text in the ledger (payloads hold no floats) and read here as :class:`~decimal.Decimal`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Figure:
    """One planning figure: its default value, unit and where it comes from."""

    name: str
    default: str
    unit: str
    label: str
    source: str


_SPHERE = "Sphere Handbook 2018"
FIGURES: dict[str, Figure] = {
    f.name: f
    for f in (
        Figure(
            "water_l",
            "15",
            "litres per person per day",
            "Water for drinking, cooking and hygiene",
            f"{_SPHERE}, WASH, Water supply standard 2.1 (minimum 15 l per person per day)",
        ),
        Figure(
            "food_kcal",
            "2100",
            "kcal per person per day",
            "Food energy",
            f"{_SPHERE}, Food security and nutrition (planning figure 2,100 kcal per person "
            "per day)",
        ),
        Figure(
            "space_m2",
            "3.5",
            "m² covered living space per person",
            "Covered living space",
            f"{_SPHERE}, Shelter and settlement standard 3: Living space (at least 3.5 m² "
            "per person)",
        ),
        Figure(
            "wounded_water_l",
            "40",
            "litres per inpatient per day",
            "Water for the wounded and sick in care",
            f"{_SPHERE}, WASH, minimum water quantities for health care settings (40-60 l per "
            "inpatient per day; the lower end)",
        ),
        Figure(
            "pregnant_extra_kcal",
            "285",
            "extra kcal per pregnant woman per day",
            "Extra food energy in pregnancy",
            "WHO, UNHCR, IFRC and WFP, Food and nutrition needs in emergencies (2004)",
        ),
        Figure(
            "under5_pct",
            "12",
            "% of the people (when not counted)",
            "Children under 5",
            "Planning assumption (UN population estimates for Syria, 2016, put under-fives at "
            "about 11-12%); set it per operation from registrations",
        ),
        Figure(
            "pregnant_pct",
            "4",
            "% of the people (when not counted)",
            "Pregnant women",
            "Planning assumption used for the Minimum Initial Service Package (IAWG Inter-Agency "
            "Field Manual on Reproductive Health in Humanitarian Settings)",
        ),
        Figure(
            "ration_kcal",
            "2100",
            "kcal per food ration",
            "Energy in one food_ration",
            "One daily ration per person, to meet the food energy figure",
        ),
    )
}

# Items whose stock meets a daily need: item -> (need, units of the need in one item).
CONSUMABLES: dict[str, tuple[str, str]] = {
    "water_l": ("water_l", "1"),  # one litre
    "food_ration": ("food_kcal", "ration_kcal"),  # one ration holds `ration_kcal` kcal
}
CATEGORIES = ("people", "under5", "wounded", "pregnant")


def figures(overrides: Mapping[str, str] | None = None) -> dict[str, Decimal]:
    """The operation's figures: the defaults, replaced where the operation set its own."""
    out = {name: Decimal(f.default) for name, f in FIGURES.items()}
    for name, value in (overrides or {}).items():
        if name in out:
            out[name] = Decimal(value)
    return out


@dataclass(frozen=True)
class People:
    """Who is at a site, by planning category (under-fives and pregnant women may be estimated)."""

    people: int
    under5: int
    wounded: int
    pregnant: int
    estimated: tuple[str, ...] = ()  # categories taken from a planning share, not a count


def categories(
    people: int,
    wounded: int,
    fig: Mapping[str, Decimal],
    *,
    under5: int | None = None,
    pregnant: int | None = None,
) -> People:
    """Categories of the people at a site: counts where known, planning shares otherwise."""
    estimated = []
    if under5 is None:
        under5 = _share(people, fig["under5_pct"])
        estimated.append("under5")
    if pregnant is None:
        pregnant = _share(people, fig["pregnant_pct"])
        estimated.append("pregnant")
    return People(people, min(under5, people), min(wounded, people), pregnant, tuple(estimated))


def _share(people: int, pct: Decimal) -> int:
    return int((people * pct / 100).to_integral_value())


def daily_needs(who: People, fig: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Daily water (l), food (kcal) and covered space (m²) for the people at a site.

    Everyone gets the base figures; the wounded get the care-setting water instead of the
    base, and pregnant women extra food energy.
    """
    water = (who.people - who.wounded) * fig["water_l"] + who.wounded * fig["wounded_water_l"]
    food = who.people * fig["food_kcal"] + who.pregnant * fig["pregnant_extra_kcal"]
    return {"water_l": water, "food_kcal": food, "space_m2": who.people * fig["space_m2"]}


def item_need(item: str, needs: Mapping[str, Decimal], fig: Mapping[str, Decimal]) -> Decimal:
    """How many units of a consumable item the needs use up per day (0 for other items)."""
    if item not in CONSUMABLES:
        return Decimal(0)
    need, per = CONSUMABLES[item]
    size = Decimal(per) if per[0].isdigit() else fig[per]
    return needs[need] / size


def days_of_cover(stock: Decimal | int, per_day: Decimal) -> Decimal | None:
    """Days a stock lasts at a daily use; None when nothing is used (cover without end)."""
    if per_day <= 0:
        return None
    return max(Decimal(0), Decimal(stock)) / per_day


def cover_with_arrivals(
    stock: Decimal | int,
    per_day_now: Decimal,
    per_person_day: Decimal,
    arrivals_per_day: Decimal,
    arrival_days: Decimal,
) -> Decimal | None:
    """Days a stock lasts when people keep arriving at a steady rate for ``arrival_days``.

    Use on day t is ``per_day_now + per_person_day * arrivals_per_day * min(t, arrival_days)``;
    the cover is the t at which the use adds up to the stock (solved exactly, piece by piece).
    """
    stock = max(Decimal(0), Decimal(stock))
    growth = per_person_day * arrivals_per_day
    if growth <= 0 or arrival_days <= 0:
        return days_of_cover(stock, per_day_now)
    # While people arrive: per_day_now * t + growth * t² / 2 = stock.
    a, b = growth / 2, per_day_now
    t = (-b + (b * b + 4 * a * stock).sqrt()) / (2 * a)
    if t <= arrival_days:
        return t
    used = per_day_now * arrival_days + a * arrival_days * arrival_days
    return arrival_days + (stock - used) / (per_day_now + growth * arrival_days)
