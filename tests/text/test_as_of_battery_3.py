"""A third battery of made-up reports for the as-of day and the publication date (issue 14).

Sentences are invented in the style of wire stories, refugee-agency briefings and flood
live pages about a border war, foreigners leaving a capital by air and a state's monsoon
floods. Each group is one general cause the Brief got wrong on such reports: a source said
to speak "late Friday" or quoted "as saying on Monday", a running total raised by one day's
event ("rose to 34 when two died on Sunday"), a night "into Monday", a site's banner date
above the story's time-stamped date, a day in a URL slug, and a header date line below a
standfirst.
"""

from datetime import date

import pytest

from corridor.text.brief import build_brief
from corridor.text.dates import url_date
from corridor.text.sources import document_from_text
from tests.text.as_of_cases import TUESDAY, figures_as_of, first_as_of

FRIDAY, SATURDAY, SUNDAY, MONDAY = (date(2024, 7, day) for day in (12, 13, 14, 15))


# A source said to speak at a part of a day ("late Friday", "early on Monday") or quoted in
# the participle ("quoted the ministry as saying on Sunday") gives the day of its figure.
SPOKEN = [
    ("The governor announced late Friday that the death toll had risen to 324.", FRIDAY),
    ("The ministry said early Monday that 4,000 people had crossed the border.", MONDAY),
    ("Officials said late on Sunday that 2,100 people had been evacuated.", SUNDAY),
    ("Some 4,000 people had crossed the border, the ministry said late Sunday.", SUNDAY),
    ("The agency quoted the ministry as saying on Sunday that 4,000 people had crossed.", SUNDAY),
    (
        "Some 18,000 refugees have returned home, the news agency quoted the ministry as saying"
        " on Monday.",
        MONDAY,
    ),
    ("A spokesman, speaking on Saturday, said 1,200 foreigners had left by air.", SATURDAY),
    ("The embassy confirmed early Saturday that 640 nationals had been flown out.", SATURDAY),
    ("Police stated late Friday that 37 people had died in the landslide.", FRIDAY),
]


@pytest.mark.parametrize(("text", "day"), SPOKEN)
def test_a_total_is_as_of_the_day_its_source_is_said_to_speak(text: str, day: date) -> None:
    assert first_as_of(text) == day


def test_a_source_quoted_as_saying_on_a_day_dates_the_report() -> None:
    text = (
        "Almost 18,000 refugees have returned, the agency quoted the ministry as saying on"
        " Tuesday. Police said on Monday that 12 people were killed in the riots. So far 133"
        " people have been identified."
    )
    assert figures_as_of(text)[-1] == ("133", TUESDAY)


# A total that one day's event raised ("rose to 34 when two died on Sunday") is as of that
# day; a total reached after an event of its own clause ("have returned after the ceasefire
# on 1 July") is not.
RAISED = [
    ("The death toll rose to 34 when two people died during Sunday's evacuation.", SUNDAY),
    ("The death toll rose to 34 after two more bodies were found on Sunday.", SUNDAY),
    ("The number of dead climbed to 410 when six bodies were recovered on Monday.", MONDAY),
    ("The toll has risen to 52 after nine more deaths were reported on Saturday.", SATURDAY),
    ("The death toll reached 34 when two people died on Sunday.", SUNDAY),
]


@pytest.mark.parametrize(("text", "day"), RAISED)
def test_a_total_raised_by_one_days_event_is_as_of_that_day(text: str, day: date) -> None:
    assert first_as_of(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "Some 40,000 people have returned home after the ceasefire on 1 July.",
        "More than 3,000 people have died since the floods began on 8 June.",
        "The toll has risen to 52 since the storm struck on Saturday.",
    ],
)
def test_a_total_after_another_event_is_not_as_of_its_day(text: str) -> None:
    assert first_as_of(text) == TUESDAY


@pytest.mark.parametrize(
    "text",
    [
        "Some 600 people were evacuated overnight into Monday.",
        "Overnight into Monday, 600 people were evacuated from the river bank.",
    ],
)
def test_a_night_into_a_day_is_as_of_that_day(text: str) -> None:
    assert first_as_of(text) == MONDAY


# Publication dates of copied pages.
BODY = "\n\nCAIRO (AP) - Some 1,200 foreigners have left the country."
PAGES: list[tuple[str, date | None]] = [
    (  # a site's banner with today's date and the weather above the story's own stamp
        "Wednesday, October 2, 2024\n39.0°F\n\nForeigners flee the capital\n\n"
        "| July 15, 2024 8:00 PM" + BODY,
        MONDAY,
    ),
    (
        "Thursday, 3 October 2024\n\nForeigners flee the capital\nBy Staff Writer\n"
        "15 July 2024 10:31 AM" + BODY,
        MONDAY,
    ),
    (
        "Foreigners flee the capital\n\nJuly 15, 2024 8:14PM (UTC)\n\nFriday, July 19, 2024" + BODY,
        MONDAY,
    ),
    ("Situation Report No. 4\n15 July 2024\nAs of 14 July 2024, 18:00" + BODY, MONDAY),
    ("Foreigners flee the capital\n\nMonday, July 15, 2024" + BODY, MONDAY),
    (  # a revision stamped above the first publication, both with a dash
        "Foreigners flee the capital\n\nThousands have fled the unrest.\n\n"
        "Updated - October 2, 2024 08:25 am IST\n\nPublished - July 15, 2024 12:15 am IST" + BODY,
        MONDAY,
    ),
    (
        "Page last updated at 16:03 GMT, Monday, 15 July 2024 17:03 UK\n\nForeigners flee" + BODY,
        MONDAY,
    ),
    (
        "Foreigners flee\n\nTue 16 Jul 2024 21.55 BST First published on Mon 15 Jul 2024 18.12 BST"
        + BODY,
        MONDAY,
    ),
    (
        "Foreigners flee\n\nOn Monday 15 July 2024 at 16:03 the army said many people fled the town"
        + BODY,
        None,
    ),
    (
        "Foreigners flee the capital\nUpdated: October 2, 2024\nPublished: July 15, 2024" + BODY,
        MONDAY,
    ),
    (
        "Foreigners flee the capital\n\nUpdated - October 2, 2024\n\nPublished - July 15, 2024"
        + BODY,
        MONDAY,
    ),
]


@pytest.mark.parametrize(("raw", "day"), PAGES)
def test_the_stamped_date_of_a_page_is_its_publication(raw: str, day: date | None) -> None:
    assert document_from_text(raw, "page").published == day


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.org/preview/en/a/a-13-2024-07-15-wire54/346256.html", MONDAY),
        ("https://example.com/article/2024-07-15-foreigners-flee/", MONDAY),
        ("https://example.com/2024/07/15/foreigners-flee", MONDAY),
        ("https://example.com/story/foreigners-flee-2024-7-15-x", None),
        ("https://example.com/story/route-1200-2024-flights", None),
    ],
)
def test_a_day_in_a_url_slug(url: str, day: date | None) -> None:
    assert url_date(url) == day


def test_a_date_line_below_a_standfirst_is_no_figure() -> None:
    raw = (
        "Foreigners flee the capital\n\nThousands of foreigners have fled the unrest.\n\n"
        "Updated: Jul 15, 2024, 16:01 PM IST\n\nFrankfurt: Some 1,200 people have left."
    )
    document = document_from_text(raw, "page")
    surfaces = [f.surface for f in build_brief([document]).figures]
    assert (document.published, surfaces) == (MONDAY, ["Thousands", "Some 1,200"])


# One day's count with no day of its own takes the day the paragraph last named, not only
# the day of the sentence just before it; a new paragraph starts afresh.
def test_a_days_count_takes_the_day_named_earlier_in_its_paragraph() -> None:
    text = (
        "On Monday, a military plane landed at Larnaca after a short flight. The crew had"
        " waited for hours at the airport. Its passengers included 42 embassy staff."
    )
    assert figures_as_of(text) == [("42", MONDAY)]


def test_a_new_paragraph_does_not_keep_the_day() -> None:
    text = (
        "On Monday, a military plane landed at Larnaca after a short flight. The crew had"
        " waited for hours at the airport.\n\nA ferry carried 300 passengers to Cyprus."
    )
    assert figures_as_of(text) == [("300", TUESDAY)]


# A total read from a document of a given day ("Sunday's figures", "the latest update on
# Sunday", "its bulletin of 14 July") or given by a source on a day with a verb of giving a
# figure ("the ministry on Sunday put the toll at 34") is as of that day.
RECORDED = [
    ("Figures on Sunday showed 38,000 people had been displaced.", SUNDAY),
    ("According to Sunday's figures, 38,000 people have been displaced.", SUNDAY),
    ("According to the latest update on Sunday, 38,000 people have been displaced.", SUNDAY),
    ("In its update of 14 July, the agency said 38,000 people had been displaced.", SUNDAY),
    ("The state bulletin on Sunday put the number of displaced people at 38,000.", SUNDAY),
    ("The ministry on Sunday put the death toll at 34.", SUNDAY),
    ("Officials on Saturday revised the death toll to 34.", SATURDAY),
    ("According to Monday's official count, 2,870 nationals have been flown home.", MONDAY),
]


@pytest.mark.parametrize(("text", "day"), RECORDED)
def test_a_total_is_as_of_the_day_of_the_record_it_is_read_from(text: str, day: date) -> None:
    assert first_as_of(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "Some 40,000 people have returned home since Sunday's ceasefire.",
        "Some 40,000 people have returned home after Sunday's vote.",
        "Some 40,000 people have fled since the report on Sunday of fighting near the town.",
    ],
)
def test_a_total_after_a_days_event_is_as_of_the_report(text: str) -> None:
    assert first_as_of(text) == TUESDAY


# A stock told in the present is as of the report's day: a day named for another event in
# its sentence (people "who fled on Sunday", a camp "set up five days ago", "after flights
# were cancelled on Sunday") is not its as-of; a day given for it or its source is.
PRESENT_STOCK = [
    "Some 4,200 people, who fled on Sunday, are now in camps.",
    "Some 4,200 people who fled their villages on Sunday are now sheltering in schools.",
    "Some 4,200 people are sheltering in schools after fleeing on Sunday.",
    "The camp, set up on Sunday, now houses 1,200 people.",
    "The camp, which opened on Sunday, houses 1,200 displaced people.",
    "Some 1,200 people are in the tented camp, which was set up five days ago.",
    "More than 500 travellers remain at the airport after flights were cancelled on Sunday.",
]


@pytest.mark.parametrize("text", PRESENT_STOCK)
def test_a_present_stock_is_not_as_of_another_events_day(text: str) -> None:
    assert first_as_of(text) == TUESDAY


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Around 10,000 people were stranded on Sunday.", SUNDAY),
        ("About 10,000 people remain stranded, a legislator said on Sunday.", SUNDAY),
        ("Some 10,000 people remained in relief camps on Sunday.", SUNDAY),
        ("As of Sunday, 4,200 people are in camps.", SUNDAY),
        ("Some 4,200 people are in camps as of Sunday.", SUNDAY),
        ("On Sunday, 4,200 people were in camps.", SUNDAY),
        ("Some 4,200 people are in camps, according to Sunday's figures.", SUNDAY),
    ],
)
def test_a_stock_given_for_a_day_keeps_it(text: str, day: date) -> None:
    assert first_as_of(text) == day


# A day in a relative clause on the counted people describes them, not the figure.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The 42 passengers, who had boarded in Cairo on Sunday, landed in Larnaca on Monday.",
            MONDAY,
        ),
        ("Some 300 people who arrived on Sunday were moved to a camp on Monday.", MONDAY),
        ("More than 38,000 people who fled on Sunday have been registered so far.", TUESDAY),
        ("Some 4,000 people that were evacuated on Sunday are in camps.", TUESDAY),
        ("Some 300 people who fled on Sunday reached the border.", SUNDAY),
        (  # the clause gives the stock its meaning: the main verb is no count's
            "She said the 1,800 travellers who were told to be at the port for departure on"
            " Monday would not lose their place.",
            MONDAY,
        ),
    ],
)
def test_a_day_in_a_relative_clause_describes_the_people(text: str, day: date) -> None:
    assert first_as_of(text) == day


@pytest.mark.parametrize(
    "stamp",
    [
        "Page last updated at 19:57 GMT, Monday, 15 July 2024 20:57 UK",
        "14:40 - 15/07/2024 Monday\nUpdate: 14:42 - 15/07/2024 Monday",
        "Mon 15 Jul 2024 21.55 BST",
    ],
)
def test_a_date_stamp_line_is_no_figure(stamp: str) -> None:
    raw = f"{stamp}\n\nForeigners flee the capital\n\nSome 1,200 people have left the country."
    document = document_from_text(raw, "page")
    surfaces = [f.surface for f in build_brief([document]).figures]
    assert (document.published, surfaces) == (MONDAY, ["Some 1,200"])


# "Among them", like "Of them", divides the figure before and keeps its day.
def test_a_part_opened_by_among_them_keeps_the_day_of_the_whole() -> None:
    text = (
        "At least 158,000 people have fled their homes over the last week. Among them, 128,000"
        " found refuge in the capital."
    )
    assert figures_as_of(text) == [("At least 158,000", TUESDAY), ("128,000", TUESDAY)]


# "The following morning", "a day earlier", "the previous night" count from the day the
# paragraph named before, also when that day is in the sentence before.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A ship docked on Sunday. The following morning, 600 people were flown out.", MONDAY),
        ("A ship docked on Sunday. The next day, 600 people were flown out.", MONDAY),
        ("A ship docked on Sunday. A day earlier, 600 people were flown out.", SATURDAY),
        ("A ship docked on Sunday. The previous night, 600 people were flown out.", SATURDAY),
        ("Some 600 people were flown out on Saturday and 300 the following evening.", SATURDAY),
    ],
)
def test_a_day_counted_from_the_day_named_before(text: str, day: date) -> None:
    assert first_as_of(text) == day


def test_a_day_counted_from_one_named_in_the_same_sentence() -> None:
    text = "Some 600 people were flown out on Saturday and 300 more on the following evening."
    assert figures_as_of(text)[1] == ("300", SUNDAY)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Some 5,000 people displaced in June are still in camps.", TUESDAY),
        ("Some 3,400 people spent Sunday night in shelters.", SUNDAY),
        ("Last June, 38,000 people fled the district.", date(2024, 6, 30)),
        ("Some 38,000 people fled the district last June.", date(2024, 6, 30)),
    ],
)
def test_a_month_and_a_participle_before_a_present_stock(text: str, day: date) -> None:
    assert first_as_of(text) == day


def test_a_statement_late_the_day_before_does_not_date_the_report() -> None:
    text = (
        "Rescuers fought through renewed rain on Tuesday. The governor announced late Monday"
        " that the death toll had risen to 324. Thousands remained trapped in villages."
    )
    assert figures_as_of(text) == [("324", MONDAY), ("Thousands", TUESDAY)]


# Words between the verb of speaking and its day: a statement, a website, a conference.
@pytest.mark.parametrize(
    "text",
    [
        "The ministry said in a statement on its website on Sunday that 4,000 people had crossed.",
        "The ministry told a news conference in the capital on Sunday that 4,000 had crossed.",
        "In a Sunday statement, the ministry said 4,000 people had crossed.",
        "Speaking to reporters on Sunday, the minister said 4,000 people had crossed.",
        "The minister wrote on social media on Sunday that 4,000 people had crossed.",
        "The ministry reported on its website Sunday that 4,000 people had crossed.",
        "Some 4,000 people had crossed, according to a statement issued on Sunday.",
    ],
)
def test_a_source_speaking_on_a_day_through_a_medium(text: str) -> None:
    assert first_as_of(text) == SUNDAY


# A figure's own day beats the day its source spoke; a day of another event does not.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police said on Monday that 12 people were killed in clashes on Sunday.", SUNDAY),
        ("Officials said Monday that 1,200 people were evacuated over the weekend.", SUNDAY),
        ("Officials said Monday that 1,200 people were evacuated on Sunday.", SUNDAY),
        (
            "The premier said Monday that the 88,000 displaced residents are anxious to return"
            " after Saturday's evacuation.",
            MONDAY,
        ),
        ("A plane carrying 180 people landed on Monday, the ministry said on Tuesday.", MONDAY),
    ],
)
def test_a_figures_own_day_beats_its_sources_day(text: str, day: date) -> None:
    assert first_as_of(text) == day


# "Last night" in a quotation counts from the day its source was said to speak in the
# sentence or paragraph before, when its own sentence names none.
@pytest.mark.parametrize(
    "text",
    [
        'About 8,000 people have entered the country, the ministry said on Sunday. "We'
        ' received around 8,000 people last night," it said on social media.',
        'About 8,000 people have entered the country, the ministry said on Sunday.\n"We'
        ' received around 8,000 people last night," it said on social media.',
    ],
)
def test_a_quoted_last_night_counts_from_the_day_the_source_spoke(text: str) -> None:
    assert figures_as_of(text)[-1] == ("around 8,000", SATURDAY)


# A plan is known on the day of the report, unless it is given "as of" a day.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("As of Monday, 5,000 people are due to leave on Friday.", MONDAY),
        ("Some 5,000 people will be relocated on Saturday.", TUESDAY),
    ],
)
def test_a_plan_given_as_of_a_day(text: str, day: date) -> None:
    assert first_as_of(text) == day


# "A week earlier", "two days later" count from the day named before them.
@pytest.mark.parametrize(
    ("text", "index", "day"),
    [
        (
            "Some 10,000 people were in camps on Sunday, down from 14,000 a week earlier.",
            1,
            date(2024, 7, 7),
        ),
        ("A ship docked on Saturday. Two days later, 600 people were flown out.", 0, MONDAY),
        ("Some 600 people were flown out on Saturday and 300 more a day later.", 1, SUNDAY),
        ("The number fell from 12,000 a day earlier this week to 2,000 on Monday.", 1, MONDAY),
    ],
)
def test_a_shift_of_days_or_weeks_from_a_named_day(text: str, index: int, day: date) -> None:
    assert figures_as_of(text)[index][1] == day
