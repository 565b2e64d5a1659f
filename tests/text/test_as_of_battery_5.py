"""A fifth battery of made-up reports for the as-of day (issue 14).

Sentences are invented in the style of refugee-influx wire copy and wildfire evacuation
stories. Each group is one general cause the Brief got wrong on such reports: a day range
does not end on the first digits of a thousands number after "to" ("since July 7 to
5,015"), and people told in the passive on a day to leave ("were told on Sunday evening to
get out by Tuesday") are counted on the day they were told, not on the deadline, a total the
event just told brings to its number ("This brought the total to 5,015") is of that event's
day, a capacity is told of the day its sentence names, and a past perfect describing the
people ("who had been separated") leaves one day's count its paragraph's day.
"""

from datetime import date

import pytest

from corridor.text.dates import find_dates
from tests.text.as_of_cases import TUESDAY, figures_as_of, first_as_of

SUNDAY = date(2024, 7, 14)


# "since the fighting began on July 7 to 5,015": "to 5" is the start of a number with a
# thousands comma, not the end of a range of days.
THOUSANDS_AFTER = [
    "This brought the total who have fled since the fighting began on July 7 to 5,015.",
    "The toll since the storm hit on July 2 rose to 1,250.",
    "Arrivals since July 7 to 3.500 were recorded at the border.",
]


@pytest.mark.parametrize("text", THOUSANDS_AFTER)
def test_a_range_of_days_does_not_end_on_a_thousands_number(text: str) -> None:
    days = [m.day for m in find_dates(text, TUESDAY)]
    assert days and days[0] in (date(2024, 7, 7), date(2024, 7, 2))
    assert date(2024, 7, 5) not in days and date(2024, 7, 1) not in days
    assert date(2024, 7, 3) not in days


def test_a_total_after_a_start_day_is_not_as_of_its_first_digits() -> None:
    text = "This brought the total who have fled since the fighting began on July 7 to 5,015."
    assert first_as_of(text) != date(2024, 7, 5)


def test_a_real_range_of_days_still_reads() -> None:
    assert find_dates("From May 3 to 9, 4,000 people crossed.", TUESDAY)[0].day == date(2024, 5, 9)


# "Around 4,000 residents were told on Sunday evening to get out by noon on Tuesday": people
# told in the passive are told to act, not a source that speaks; the count is of the day they
# were told, not of the deadline.
TOLD = [
    "Around 4,000 residents were told on Sunday evening to get out by noon on Tuesday.",
    "Around 4,000 residents were told on Sunday to leave by Tuesday.",
    "Some 4,000 people had been told Sunday night to evacuate before Tuesday.",
    "About 4,000 residents were warned on Sunday to leave their homes by Tuesday.",
]


@pytest.mark.parametrize("text", TOLD)
def test_people_told_to_leave_are_counted_on_the_day_they_were_told(text: str) -> None:
    assert first_as_of(text) == SUNDAY


def test_a_source_that_told_reporters_still_speaks_on_its_day() -> None:
    text = "Police told reporters on Monday that 12 people were killed on Sunday."
    assert first_as_of(text) == SUNDAY


# "... a further 1,600 on Sunday. This brought the total to 5,015.": a total that the event
# just told brings to its number ("This brought", "That brings", "which took") is as of that
# event's day, the day its paragraph last named.
BROUGHT = [
    "Some 1,300 people crossed on Saturday and a further 1,600 on Sunday. "
    "This brought the total who have fled since the fighting began on July 7 to 5,015.",
    "On Sunday, 1,600 more refugees arrived. That brings the total to 9,300.",
    "A further 600 people were flown out on Sunday. This took the number evacuated to 4,100.",
]


@pytest.mark.parametrize("text", BROUGHT)
def test_a_total_the_event_before_brings_is_as_of_that_events_day(text: str) -> None:
    assert figures_as_of(text)[-1][1] == SUNDAY


BROUGHT_UNDATED = [
    "Some 1,600 more refugees arrived. That brings the total to 9,300.",
    "Crossings went on through the night. This brought the number who fled to 4,100.",
]


@pytest.mark.parametrize("text", BROUGHT_UNDATED)
def test_a_total_brought_by_an_undated_event_is_as_of_the_report(text: str) -> None:
    assert figures_as_of(text)[-1][1] == TUESDAY


# A capacity ("its 1,000-person capacity", "a capacity of 500", "can hold 5,000", "intended
# to accommodate 1,000") is what a place holds, not a plan made known on the report's day:
# it is told of the scene its sentence dates.
CAPACITY = [
    "On Sunday night, more than 7,000 people slept at the collection point, well beyond its "
    "1,000-person capacity.",
    "On Sunday, the shelter, which has a capacity of 500 people, was hosting 1,200.",
    "The stadium, which can hold 5,000 people, was full on Sunday.",
    "On Sunday the centre, built to accommodate 1,000 people, was overflowing.",
]


@pytest.mark.parametrize("text", CAPACITY)
def test_a_capacity_is_told_of_the_day_its_sentence_names(text: str) -> None:
    figures = dict(figures_as_of(text))
    capacity = next(s for s in figures if any(n in s for n in ("1,000", "500", "5,000")))
    assert figures[capacity] == SUNDAY


def test_a_capacity_in_an_undated_sentence_is_as_of_the_report() -> None:
    assert first_as_of("The stadium can hold 5,000 people.") == TUESDAY


# "63 children arrived who had been separated from their parents": a past perfect in a
# relative clause describes the people; the count itself is one day's, of the day its
# paragraph last named, like any other. The count's own past perfect still is not.
PERFECT_OF_PEOPLE = [
    "Yesterday, 1,080 refugees crossed at the main border point. "
    "At the border, 63 children arrived who had been separated from their parents.",
    "Yesterday, 1,080 refugees crossed at the main border point. "
    "At the border, 63 children who had lost their parents arrived.",
]


@pytest.mark.parametrize("text", PERFECT_OF_PEOPLE)
def test_a_past_perfect_describing_the_people_keeps_the_paragraphs_day(text: str) -> None:
    assert figures_as_of(text)[-1][1] == date(2024, 7, 15)


def test_the_counts_own_past_perfect_is_before_the_paragraphs_day() -> None:
    text = "Yesterday, 1,080 refugees crossed. Some 63 children had travelled alone."
    assert figures_as_of(text)[-1][1] != date(2024, 7, 15)
