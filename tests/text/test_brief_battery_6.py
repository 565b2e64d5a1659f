"""A sixth battery of made-up reports (issue 14, review of the Brief's output as an analyst
reads it).

Written for this test in the style of wire copy and UN flash updates on a dam breach, a
hurricane and border clashes; places, people and numbers are invented. Each group is one
general cause found by reading the brief of 20 real reports:

- a day after an earlier value ("4,300 in shelters, up from 2,900 on Saturday") is that
  value's day, not the day of the figure it is compared with;
- a quantifier opening a sentence ("Others said", "Many say") names no source;
- a storm's name ("from Hurricane Velma", "due to Velma") is no place;
- two undated counts of two reports are no count of one day (kept apart);
- a summary sentence opening with a name written in lower case ("dpa", "example.com")
  keeps its spelling;
- an agency between slashes after a dateline ("TARVO, July 14. /TASS/.") is the outlet;
- a timeline entry does not repeat the dateline, and a title dates no event.
"""

from __future__ import annotations

from datetime import date

import pytest

from corridor.text.brief import build_brief
from corridor.text.metadata import dateline, dateline_span
from corridor.text.model import Document
from corridor.text.places import find_places
from corridor.text.summarize import listed, opening
from tests.text.as_of_cases import TUESDAY, figures_as_of
from tests.text.test_attribution_battery import _credit

SATURDAY, SUNDAY = date(2024, 7, 13), date(2024, 7, 14)

# (report, the figure's surface, its as-of day); published on Tuesday 16 July 2024
UP_FROM = [
    ("Officials said on Sunday that 4,300 people were in shelters, up from 2,900 on Saturday.",
     "4,300", SUNDAY),
    ("Officials said on Sunday that 4,300 people were in shelters, up from 2,900 on Saturday.",
     "2,900", SATURDAY),
    ("Aid reached nearly 180,000 people, up from around 35,000 people reported on 13 July.",
     "180,000", TUESDAY),
    ("Aid reached nearly 180,000 people, up from around 35,000 people reported on 13 July.",
     "35,000", SATURDAY),
    ("Some 9,000 had registered at the camp, compared with 6,500 on Saturday.", "9,000", TUESDAY),
    ("The count rose to 1,200 on Sunday, up from 800 on Saturday.", "1,200", SUNDAY),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day"), UP_FROM)
def test_a_day_after_an_earlier_value_is_that_values(text: str, surface: str, day: date) -> None:
    days = dict(figures_as_of(text))
    found = [d for s, d in days.items() if surface in s]
    assert found == [day], days


# (report, the figure's opening words, the credit a careful analyst would sign: "" = outlet)
UNNAMED = [
    ("Others said the river cut off villages near Tarbo, home to about 7,000 people.",
     "about 7,000", ""),
    ("Many said about 7,000 people had left Tarbo overnight.", "about 7,000", ""),
    ("Some said 300 people were still missing in Tarbo.", "300", ""),
    ("Several said 300 people were still missing in Tarbo.", "300", ""),
    ("Mayor Lina Ostrova said 300 people were still missing in Tarbo.", "300", "Lina Ostrova"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marker", "credit"), UNNAMED)
def test_a_quantifier_opening_a_sentence_names_no_source(
    text: str, marker: str, credit: str
) -> None:
    assert _credit(text, marker) == credit


# (report, a name that must not be read as a place)
STORMS = [
    ("The death toll from Hurricane Velma has risen to 31.", "Hurricane Velma"),
    ("More than 2,000 fled from Cyclone Arun overnight.", "Cyclone Arun"),
    ("Twelve died in Hurricane Velma and four were missing due to Velma.", "Velma"),
    ("About 900 sheltered from Typhoon Koru in schools.", "Typhoon Koru"),
]


@pytest.mark.parametrize(("text", "name"), STORMS)
def test_a_storms_name_is_no_place(text: str, name: str) -> None:
    assert name not in {p.name for p in find_places(text)}


def test_a_place_beside_a_storm_is_still_a_place() -> None:
    text = "About 900 sheltered in Puerto Lindo from Hurricane Velma."
    assert {p.name for p in find_places(text)} == {"Puerto Lindo"}


# (summary sentence, as shown)
OPENINGS = [
    ("dpa reported about 1,700 people.", "dpa reported about 1,700 people."),
    ("example.com reported 40 people.", "example.com reported 40 people."),
    ("local authorities reported 40 people.", "Local authorities reported 40 people."),
    ("officials reported 40 people.", "Officials reported 40 people."),
    ("UNHCR reported 40 people.", "UNHCR reported 40 people."),
]


@pytest.mark.parametrize(("text", "shown"), OPENINGS)
def test_a_lower_case_name_opening_a_summary_sentence_keeps_its_spelling(
    text: str, shown: str
) -> None:
    assert opening(text) == shown


# (opening line, outlet read from it): an agency between slashes, as TASS writes datelines
SLASHED = [
    ("TARVO, July 14. /TASS/. Some 1,200 people were evacuated, an envoy said.", "TASS"),
    ("LINDA, March 3. /ITAR-TASS/. About 300 people left the valley.", "ITAR-TASS"),
    ("TARVO, July 14. /BelTA/. Some 1,200 people were evacuated, an envoy said.", "BelTA"),
]


@pytest.mark.parametrize(("text", "outlet"), SLASHED)
def test_an_agency_between_slashes_in_a_dateline_is_the_outlet(text: str, outlet: str) -> None:
    found = dateline(text)
    assert (found.outlet, found.day_without_year) == (outlet, True)
    start, end = dateline_span(text)
    assert text[end:].startswith(("Some", "About"))


def test_a_timeline_entry_does_not_repeat_the_dateline() -> None:
    text = (
        "TARVO (Valley News / Wire - 14th July, 2024) Authorities began evacuating villages "
        "near the river on Sunday, the regional administration said."
    )
    brief = build_brief([Document("d", text, "Wire", SUNDAY)])
    assert brief.timeline and all(not e.text.startswith("TARVO") for e in brief.timeline)
    assert brief.timeline[0].text.startswith("Authorities began")


def test_a_title_that_dates_a_report_is_no_timeline_event() -> None:
    title = "Border clashes: daily flash of 14 July 2024"
    text = f"{title}\n\nClashes erupted on 12 July along the border, officials said."
    brief = build_brief([Document("d", text, "Desk", TUESDAY, title=title)])
    assert [e.day for e in brief.timeline] == [date(2024, 7, 12)]


def test_several_figures_of_one_source_read_as_an_english_list() -> None:
    assert listed(["over 4,000"]) == "over 4,000"
    assert listed(["over 4,000", "4,107"]) == "over 4,000 and 4,107"
    assert listed(["over 4,000", "4,107", "more than 3,300"]) == (
        "over 4,000, 4,107 and more than 3,300"
    )


def test_a_total_and_its_day_do_not_run_together_in_the_summary() -> None:
    text = (
        "A total of 4,107 people have been evacuated from the Tarvo district so far, the "
        "emergency ministry said on Sunday."
    )
    brief = build_brief([Document("d", text, "Desk", TUESDAY)])
    assert any("in all, as of 14 Jul 2024" in c.text for c in brief.summary), brief.summary


# (report, value, metric): coordinated subjects share the verb after the second, also when
# the numbers are words and the verb has no auxiliary
COORDINATED = [
    ("Two border guards and three civilians were injured in the shelling.", 2, "wounded"),
    ("Six troops and five civilians suffered wounds in the shelling.", 6, "wounded"),
    ("Four guards and 12 villagers died when the post was shelled.", 4, "killed"),
    ("Some 1,200 Syrians and 800 Lebanese fled across the border.", 1_200, "evacuated"),
    ("Some 1,000 refugees and 300 displaced people were registered at the camp.", 300, "present"),
]


@pytest.mark.parametrize(("text", "value", "metric"), COORDINATED)
def test_coordinated_subjects_share_the_verb_after_them(text: str, value: int, metric: str) -> None:
    figures = build_brief([Document("d", text, "Desk", TUESDAY)]).figures
    assert [f.metric for f in figures if f.value == value] == [metric]


# (report, the values counted): "one <noun>, <Name>," introduces a person met, not a count
ONE_NAMED = [
    ("One woman, Lena Ostrova, 68, had swum part of the way to escape from her house.", []),
    ("One man, Pavel Dorn (52), was rescued from the roof of his house.", []),
    ("One man died in the fire and 12 people were rescued, officials said.", [1, 12]),
    ("One resident, a retired teacher, was rescued from the roof.", [1]),
]


@pytest.mark.parametrize(("text", "values"), ONE_NAMED)
def test_one_person_named_right_after_is_no_count(text: str, values: list[int]) -> None:
    figures = build_brief([Document("d", text, "Desk", TUESDAY)]).figures
    assert [f.value for f in figures] == values


# (report, the figure's place): a country the people are only beside is not where they are;
# "nearby Cyprus" is the country itself
BESIDE = [
    ("Bolivia said nearly 13,600 residents were evacuated from villages near Peru.", "Bolivia"),
    ("Some 4,000 people were evacuated from areas bordering Moldova in Tarvo.", "Tarvo"),
    ("About 2,000 people fled to Moldova on Sunday.", "Moldova"),
    ("A ship carrying about 1,000 Americans arrived in nearby Cyprus on Sunday.", "Cyprus"),
]


@pytest.mark.parametrize(("text", "place"), BESIDE)
def test_a_country_the_people_are_only_beside_is_not_their_place(text: str, place: str) -> None:
    figures = build_brief([Document("d", text, "Desk", TUESDAY)]).figures
    assert [f.place for f in figures] == [place]
