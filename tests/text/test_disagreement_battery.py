"""A battery of made-up reports read together: does the Brief raise the disagreements a
careful analyst would sign (same crisis, place, who is counted, metric, period and day, or
a place's standing size on any day; values that cannot both hold given their qualifiers
and nouns), and never one that mixes crises, populations, periods, metrics or a plan with
a count? Each case is one line per report, the days they were published, and whether the
reports disagree."""

from __future__ import annotations

from datetime import date

import pytest

from corridor.text.brief import Brief, build_brief
from corridor.text.compare import CONTRADICTION
from corridor.text.model import Document
from corridor.text.places import find_places, names_again

TUE = date(2024, 7, 16)
FRI = date(2024, 7, 19)


def _brief(texts: tuple[str, ...], days: tuple[date, ...]) -> Brief:
    documents = [
        Document(f"d{i}", text, f"Desk {i}", day)
        for i, (text, day) in enumerate(zip(texts, days, strict=True))
    ]
    return build_brief(documents)


DISAGREE = [
    # a town's size is no day's count: "the entire city of 45,000" against "its 70,000 residents"
    (
        ("The evacuation order in Kelowna, Canada, was widened on Tuesday to the entire city of "
         "45,000 people.",
         "Most of Kelowna's 70,000 residents have now left their homes, officials in Kelowna, "
         "Canada, said."),
        (TUE, FRI),
    ),
    # "live in" a town is its size too: two outlets on two days
    (
        ("Roughly 9,000 people live in Banff, Canada, officials said on Monday.",
         "About 4,000 people live in Banff, Canada, and all of them had to flee on Monday night."),
        (TUE, FRI),
    ),
    # one noun, one day, one place, two sources
    (
        ("UNHCR said 12,000 refugees crossed from Sudan into Chad on Monday.",
         "On Monday, 20,000 refugees entered Chad from Sudan, the Chadian interior ministry said."),
        (TUE, TUE),
    ),
    # "some" narrows with its digits: 52,000 against around 70,000
    (
        ("UNHCR said some 52,000 refugees crossed from Sudan into Chad on Monday.",
         "On Monday, around 70,000 refugees entered Chad from Sudan, the Chadian interior "
         "ministry said."),
        (TUE, TUE),
    ),
]  # fmt: skip

AGREE = [
    # two nouns are two populations, even where the part looks larger than its whole
    (
        ("Aid groups said on Monday that tens of thousands of civilians are still trapped in the "
         "Dadaab refugee camp in Kenya. Two Kenyan officials said that roughly 3,000 people "
         "remained inside the camp.",),
        (TUE,),
    ),
    # a part within its whole: 12,000 refugees among 20,000 people
    (
        ("UNHCR said 12,000 refugees crossed from Sudan into Chad on Monday.",
         "On Monday, 20,000 people entered Chad from Sudan, the Chadian interior ministry said."),
        (TUE, TUE),
    ),
    # two parts of the people: civilians and residents may be different people
    (
        ("Aid groups said 5,000 civilians are still trapped in the Dadaab refugee camp in Kenya.",
         "Kenyan officials said 2,000 residents remained inside the Dadaab refugee camp."),
        (TUE, TUE),
    ),
    # 24 hours against since the fighting began
    (
        ("UNHCR said 3,000 people crossed from Sudan into Chad in the past 24 hours.",
         "Some 40,000 people have entered Chad from Sudan since the fighting began, the Chadian "
         "interior ministry said."),
        (TUE, TUE),
    ),
    # a plan against what was done
    (
        ("Officials in Kelowna, Canada, said they plan to evacuate 10,000 people on Monday.",
         "On Monday 6,000 people were evacuated from Kelowna, Canada, the fire chief said."),
        (TUE, TUE),
    ),
    # "at least 500" fits 800
    (
        ("UNHCR said at least 500 people crossed from Sudan into Chad on Monday.",
         "On Monday, 800 people entered Chad from Sudan, the Chadian interior ministry said."),
        (TUE, TUE),
    ),
    # people in shelters change from day to day: no standing size
    (
        ("Officials said 2,000 people are sheltering in schools in Kelowna, Canada.",
         "Some 3,500 people are now in shelters in Kelowna, Canada, the Red Cross said."),
        (TUE, FRI),
    ),
    # the size of a town against the people who left it: two metrics
    (
        ("The evacuation order was widened to the entire city of 45,000 people in Kelowna, "
         "Canada.",
         "Some 12,000 people have been evacuated from Kelowna, Canada, so far, the fire chief "
         "said."),
        (TUE, TUE),
    ),
    # two towns' sizes
    (
        ("The fire reached Kelowna, Canada, a city of 45,000 people.",
         "The fire reached Penticton, Canada, a city of 70,000 people, officials said."),
        (TUE, TUE),
    ),
    # a wider area is not the town
    (
        ("The evacuation order covers the entire city of 45,000 people in Kelowna, Canada.",
         "The wider Kelowna area has a population of around 200,000, officials in Kelowna, "
         "Canada, said."),
        (TUE, FRI),
    ),
    # the city's people against the wider area's, on one day
    (
        ("Officials said 40,000 of the city's 45,000 people in Kelowna, Canada, were told to "
         "leave on Monday. The wider Kelowna area has a population of around 200,000.",),
        (TUE,),
    ),
    # people living in tents are no town's size
    (
        ("Some 4,000 people live in tents in Banff, Canada, officials said.",
         "About 9,000 people are living in tents in Banff, Canada, the Red Cross said."),
        (TUE, FRI),
    ),
    # a camp's residents come and go
    (
        ("Kenyan officials said the Dadaab refugee camp's 30,000 residents were safe.",
         "The Dadaab refugee camp's 45,000 residents were safe, aid groups in Kenya said."),
        (TUE, FRI),
    ),
    # a town's size in two different years is two crises
    (
        ("The evacuation order covers the entire city of 45,000 people in Kelowna, Canada.",
         "The evacuation order covers the entire city of 70,000 people in Kelowna, Canada."),
        (TUE, date(2021, 7, 16)),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("texts", "days"), DISAGREE)
def test_the_reports_disagree(texts: tuple[str, ...], days: tuple[date, ...]) -> None:
    statuses = [g.status for g in _brief(texts, days).groups]
    assert CONTRADICTION in statuses, texts


@pytest.mark.parametrize(("texts", "days"), AGREE)
def test_the_reports_do_not_disagree(texts: tuple[str, ...], days: tuple[date, ...]) -> None:
    statuses = [g.status for g in _brief(texts, days).groups]
    assert CONTRADICTION not in statuses, texts


def test_one_sources_rising_count_is_a_dated_series() -> None:
    brief = _brief(
        ("The Chadian interior ministry said 12,000 refugees had crossed from Sudan into Chad "
         "by Monday.",
         "The Chadian interior ministry said 20,000 refugees had crossed from Sudan into Chad "
         "by Thursday."),
        (TUE, FRI),
    )  # fmt: skip
    assert CONTRADICTION not in [g.status for g in brief.groups]
    assert [[value for _, value, _, _ in s.points] for s in brief.series] == [[12_000, 20_000]]


@pytest.mark.parametrize(
    ("clause", "place", "report", "again"),
    [
        ("about 3,000 people remained atop the mountain", "Mount Korvan", "", True),
        ("2,000 residents remained inside the camp", "Dadaab", "the Dadaab refugee camp", True),
        ("2,000 residents remained inside the camp", "Dadaab", "the town of Dadaab", False),
        ("500 people were flown from the island", "Lesbos Island", "", True),
        ("500 people were flown from the capital", "Mount Korvan", "", False),
    ],
)
def test_a_place_named_again_by_its_kind(clause: str, place: str, report: str, again: bool) -> None:
    assert names_again(clause, place, report) is again


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("the order was widened to the entire city of 45,000 people", True),
        ("the whole town was told to leave", True),
        ("the city was told to leave", True),
        ("the entire region was told to leave", False),
    ],
)
def test_the_whole_town_is_the_reports_town(text: str, named: bool) -> None:
    found = [p.name for p in find_places(text, "CA", frozenset({"CA"}), "Kelowna")]
    assert ("Kelowna" in found) is named
