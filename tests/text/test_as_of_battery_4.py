"""A fourth battery of made-up reports for the as-of day (issue 14).

Sentences are invented in the style of wildfire evacuation stories, hurricane situation
reports and refugee-crisis wire copy. Each group is one general cause the Brief got wrong on
such reports: a weekday said of what will happen ("told they would have to come back
Wednesday") is the coming one, a day that names another event as a modifier ("the July 1
storm") does not date a total, the parts after a colon share the day of the total before
it, the people of a place ("a town of 20,000") stand as of the report's day, a plan is known
on the day it was ordered ("were ordered on Friday to evacuate").
"""

from datetime import date

import pytest

from corridor.text.dates import find_dates
from tests.text.as_of_cases import TUESDAY, figures_as_of, first_as_of

WEDNESDAY = date(2024, 7, 17)
FRIDAY, SATURDAY, SUNDAY, MONDAY = (date(2024, 7, day) for day in (12, 13, 14, 15))


# A weekday said of what is still to come ("would have to come back Wednesday", "flights are
# scheduled for Wednesday") is the coming one when it is the day after the report's.
COMING = [
    ("Many were told they would have to come back Wednesday.", WEDNESDAY),
    ("More flights are scheduled for Wednesday.", WEDNESDAY),
    ("Another convoy is planned for Wednesday.", WEDNESDAY),
    ("Officials said on Monday that the last bus would leave Sunday.", SUNDAY),
]


@pytest.mark.parametrize(("text", "day"), COMING)
def test_a_weekday_said_of_what_will_happen_is_the_coming_one(text: str, day: date) -> None:
    assert find_dates(text, TUESDAY)[-1].day == day


# A day written as the modifier of another event ("the July 1 storm", "the Sunday
# landslide") names that event, not the day a total or a stock stands at.
MODIFIER = [
    "Officials have confirmed 50 deaths caused by the July 1 storm.",
    "Officials have confirmed 31 deaths from the Sunday landslide so far.",
    "Some 4,000 people displaced by the 12 July floods are in shelters.",
]


@pytest.mark.parametrize("text", MODIFIER)
def test_a_day_modifying_another_event_does_not_date_a_total(text: str) -> None:
    assert first_as_of(text) == TUESDAY


def test_a_record_of_a_day_still_dates_its_total() -> None:
    assert first_as_of("The 14 July update put the death toll at 34.") == SUNDAY


# The parts a colon gives after a total ("... to 50 on Sunday: 42 died in A and 8 in B")
# share the total's day.
COLON = [
    "The government revised the death toll to 50 on Sunday: 42 people died on the main"
    " island and eight on the smaller one.",
    "The agency raised its count of arrivals to 9,000 as of Sunday: 6,000 people came by road"
    " and 3,000 by boat.",
]


@pytest.mark.parametrize("text", COLON)
def test_the_parts_after_a_colon_share_the_totals_day(text: str) -> None:
    assert [day for _, day in figures_as_of(text)] == [SUNDAY, SUNDAY, SUNDAY]


# The people of a place ("a town of 20,000", "home to 3,500 people") are a standing fact:
# as of the report's day, not of an order, a deadline or a disaster in the same clause.
PLACE = [
    "An evacuation order was issued on Sunday for the town of 20,000 people, with a deadline"
    " of noon on Monday.",
    "An order issued Sunday for the city, a city of 20,000, had a deadline of Monday noon.",
    "The fire reached the village, home to 3,500 people, on Saturday.",
    "The quake on Sunday struck a district of 80,000 residents.",
]


def test_the_people_of_a_place_take_a_day_opening_the_sentence() -> None:
    text = "Sunday evening, the order was widened to the whole town of 60,000 people."
    assert first_as_of(text) == SUNDAY


@pytest.mark.parametrize("text", PLACE)
def test_the_people_of_a_place_stand_as_of_the_report(text: str) -> None:
    assert first_as_of(text) == TUESDAY


# A plan is known on the day it was ordered or told ("were ordered on Friday to evacuate").
PLAN = [
    ("Some 5,000 people were ordered on Friday to evacuate the valley.", FRIDAY),
    ("About 3,000 residents were asked on Saturday to leave their homes.", SATURDAY),
]


@pytest.mark.parametrize(("text", "day"), PLAN)
def test_a_plan_is_known_on_the_day_it_was_ordered(text: str, day: date) -> None:
    assert first_as_of(text) == day


# "the first 14 days of June", "the first week of June": a span of a month's first days, as
# of its last day.
FIRST_DAYS = [
    ("In the first 14 days of June, 44,000 refugees arrived in the country.", date(2024, 6, 14)),
    ("During the first week of June, 9,000 people crossed the border.", date(2024, 6, 7)),
    ("Some 400 people died in the first two weeks of June.", date(2024, 6, 14)),
    (
        "Arrivals fell compared with the first ten days of June, when 12,000 refugees came.",
        date(2024, 6, 10),
    ),
]


@pytest.mark.parametrize(("text", "day"), FIRST_DAYS)
def test_the_first_days_of_a_month_are_as_of_their_last(text: str, day: date) -> None:
    assert first_as_of(text) == day


# A source's appeal on a day dates the total it is about ("The government
# on Sunday appealed for help for 700,000 refugees who have crossed"), and a day opening a
# clause after a semicolon dates that clause's figures.
SOURCE_ACT = [
    "The government on Sunday made a rare appeal for help with 700,000 refugees who have"
    " crossed into the country.",
    "The ministry on Sunday appealed for aid for 700,000 refugees who have crossed the border.",
    "The agency on Sunday pleaded for tents for 50,000 refugees who have arrived.",
    "More than a million people have fled, the agency says; on Sunday, it doubled its"
    " estimate of deaths among the refugees, from 1,000 to 2,000.",
]


@pytest.mark.parametrize("text", SOURCE_ACT)
def test_a_sources_appeal_on_a_day_dates_its_total(text: str) -> None:
    assert figures_as_of(text)[-1][1] == SUNDAY


# "by the end of last week" names a day: that week's Sunday; "the day before" counts back from
# the day named before it, else from the report's.
RELATIVE = [
    ("By the end of last week, 5,000 people had crossed the border.", SUNDAY),
    ("The ship docked on Sunday. It had taken on 300 passengers the day before.", SATURDAY),
    ("Some 300 passengers boarded the day before, the company said.", MONDAY),
]


@pytest.mark.parametrize(("text", "day"), RELATIVE)
def test_a_relative_day_that_can_be_told(text: str, day: date) -> None:
    assert first_as_of(text) == day


def test_the_day_before_another_day_is_not_read_alone() -> None:
    dates = find_dates("They left the day before the storm struck on Sunday.", TUESDAY)
    assert [d.day for d in dates] == [SUNDAY]
