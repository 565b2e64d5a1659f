"""A sixth battery of made-up reports for the as-of day (issue 14).

Sentences are invented in the style of typhoon and wildfire wire copy, of morning papers
on refugee camps and of agency fact sheets. Each group is one general cause the Brief got
wrong on such reports:

- a count in a trailing "with" clause that says it stands "now" ("..., with officials
  saying 40,000 have now left") is as of the day the report speaks, not the day of the
  event before the comma, which still dates a total the participle brings up ("...,
  bringing the total to 12,000");
- "officials said yesterday" is written on the report's own day, so the report's undated
  stocks stay as of its publication; only a weekday or a date of speaking ("officials said
  Monday" in a paper of Tuesday) tells news written the day before the paper's date;
- a fact sheet's figure over a credit line ("GPH – January 2022", "UNHCR – 2 July 2024")
  is as of the day or the month's last day the credit gives, not the sheet's date;
- a total quoted from a source the sentence before said spoke on a day ('... said in a
  statement on Monday. "It has displaced 120,000," the statement said') is that day's;
- two days joined in either order ("on both Sunday and Saturday") are as of the later;
- a citation in brackets after a figure ("(IOM, 2 July 2024)", "(June 2024)") dates it;
- a title's abbreviation ("Mr.", "Gov.") does not cut a clause from the day that opens it,
  and a plan whose source spoke the day before ("At a press conference yesterday, Mr. Vela
  estimated that another 30,000 would arrive") is still known on the report's day;
- a report whose title names the months it covers ("Facts and Figures January - June 2024")
  stands as of the last month's end;
- a toll raised "after" an event with no day ("late last week") is of the day it was given;
- a sentence of running totals with no day brings the story to the report's time, so a
  count after it does not take a day the paragraph before named.
"""

from datetime import date

import pytest

from corridor.text.dates import find_dates
from tests.text.as_of_cases import TUESDAY, figures_as_of

MONDAY = date(2024, 7, 15)


def as_of(text: str, surface: str) -> date | None:
    """Return the as-of day of the figure whose surface ends with ``surface``."""
    days = [day for found, day in figures_as_of(text) if found.endswith(surface)]
    assert days, (text, figures_as_of(text))
    return days[0]


# ", with ... now": the trailing clause's count stands as the report speaks.
WITH_NOW = [
    ("Thousands fled the coast on Monday, with officials estimating that 40,000 have now left.",
     "40,000"),
    ("Villagers were taken out by truck on Monday afternoon, with as many as 8,500 people "
     "now evacuated, the province said.", "8,500"),
    ("Crews pulled families from rooftops on Monday, with 2,300 people currently displaced "
     "across the district.", "2,300"),
    ("The fire jumped the ridge on Monday night, with figures suggesting about 6,000 residents "
     "have now fled the valley.", "6,000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface"), WITH_NOW)
def test_a_with_clause_that_stands_now_is_as_of_the_report(text: str, surface: str) -> None:
    assert as_of(text, surface) == TUESDAY


# The same clauses without "now" keep the event's day: a total the day's count brings up.
WITH_THE_DAY = [
    ("Some 900 people crossed on Monday, bringing the total to 12,000.", "12,000"),
    ("Rain fell on Monday, with 2,000 people evacuated from low-lying districts.", "2,000"),
    ("Two more people died on Monday, bringing the toll to 31.", "31"),
]


@pytest.mark.parametrize(("text", "surface"), WITH_THE_DAY)
def test_a_participle_total_without_now_keeps_the_events_day(text: str, surface: str) -> None:
    assert as_of(text, surface) == MONDAY


# "said yesterday" is written on the report's day: its undated stocks are of that day.
SAID_YESTERDAY = [
    "Officials said yesterday that a second camp would open. "
    "An estimated 40,000 refugees are massed at the border.",
    "The governor told reporters yesterday that buses would be sent. "
    "Some 12,000 people are stranded in the hills.",
    "The agency said last night that flights would resume. "
    "About 3,000 foreigners are waiting at the airport.",
    "Relief officials said yesterday that the road had reopened. "
    "Nearly 5,500 families remain in the school buildings.",
]


@pytest.mark.parametrize("text", SAID_YESTERDAY)
def test_said_yesterday_leaves_undated_stocks_on_the_report_day(text: str) -> None:
    assert figures_as_of(text)[-1][1] == TUESDAY


# A weekday of speaking in a paper dated the day after still dates the report's figures.
SAID_WEEKDAY = [
    "Officials said Monday that a second camp would open. "
    "An estimated 40,000 refugees are massed at the border.",
    "The governor told reporters Monday that buses would be sent. "
    "Some 12,000 people are stranded in the hills.",
]


@pytest.mark.parametrize("text", SAID_WEEKDAY)
def test_said_on_a_weekday_dates_the_papers_undated_stocks(text: str) -> None:
    assert figures_as_of(text)[-1][1] == MONDAY


# Told as a day of its own, "yesterday" still dates the figure it is given with.
OWN_YESTERDAY = [
    ("The ministry said yesterday that 9,000 people had been evacuated.", "9,000"),
    ("Yesterday, 1,080 refugees crossed at the main border point.", "1,080"),
]


@pytest.mark.parametrize(("text", "surface"), OWN_YESTERDAY)
def test_yesterday_in_the_figures_sentence_still_dates_it(text: str, surface: str) -> None:
    assert as_of(text, surface) == MONDAY


# A fact sheet's figure over a credit line ("UNHCR – March 2024") is as of the day or month
# the credit gives (a month's last day, never after the report's own day).
CREDIT_LINES = [
    ("SITUATION AT A GLANCE\n2.4 MILLION People Displaced by the Floods\nIOM – June 2024",
     date(2024, 6, 30)),
    ("SITUATION AT A GLANCE\n86,000 Refugees in Eastern Zalvia\nUNHCR – 2 July 2024",
     date(2024, 7, 2)),
    ("AT A GLANCE\n310 Deaths Reported Since the Storm\nGovernment of Dorvan – July 2024",
     TUESDAY),
    ("KEY FIGURES\n45,000 People in Evacuation Centres\nOCHA – May 2024", date(2024, 5, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), CREDIT_LINES)
def test_a_credit_line_under_a_figure_dates_it(text: str, day: date) -> None:
    assert figures_as_of(text)[0][1] == day


def test_a_figure_with_its_own_day_keeps_it_over_a_credit_line() -> None:
    text = "KEY FIGURES\n45,000 people were in shelters on 3 July\nOCHA – June 2024"
    assert figures_as_of(text)[0][1] == date(2024, 7, 3)


# A total quoted from a source the sentence before said spoke on a day is that day's.
QUOTED_TOTALS = [
    "The Varn regional government said in a statement on Monday that fighting had spread. "
    '"The attacks have displaced more than 120,000 people," the statement said.',
    "The mayor told reporters on Monday that the road was cut.\n"
    '"So far we have moved 8,400 residents out of the valley," she said.',
    'The ministry said on Monday that the border was open. "In all, 2,950 people have '
    'crossed," it said.',
]


@pytest.mark.parametrize("text", QUOTED_TOTALS)
def test_a_quoted_total_takes_the_day_its_source_was_said_to_speak(text: str) -> None:
    assert figures_as_of(text)[-1][1] == MONDAY


def test_a_quoted_total_with_no_day_of_speaking_before_is_the_reports() -> None:
    text = 'Officials visited the camp. "We have registered 4,300 people," one said.'
    assert figures_as_of(text)[-1][1] == TUESDAY


# Two days joined in either order ("on both Monday and Sunday"): as of the later.
SPANS_ANY_ORDER = [
    "More than 1,000 people were evacuated by boat on both Monday and Sunday.",
    "About 2,500 people left the island on Monday and Sunday.",
    "Some 700 people were moved out on Sunday and Monday.",
]


@pytest.mark.parametrize("text", SPANS_ANY_ORDER)
def test_a_span_of_two_days_in_either_order_is_as_of_the_later(text: str) -> None:
    assert figures_as_of(text)[0][1] == MONDAY


# A citation in brackets after a figure gives its record's day ("(IOM, 2 July 2024)") or
# month ("(June 2024)": the month's last day), as a situation report cites its sources.
CITATIONS = [
    ("The camp hosts 12,400 refugees, according to the latest government figure (June 2024).",
     date(2024, 6, 30)),
    ("Some 3,100 people remain displaced in the district (IOM, 2 July 2024).", date(2024, 7, 2)),
    ("More than 9,000 people have fled since the fighting began (UNHCR, May 2024).",
     date(2024, 5, 31)),
    ("Around 7,600 displaced people live in the town's four schools (Ministry of Social "
     "Affairs, April 2024).", date(2024, 4, 30)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), CITATIONS)
def test_a_bracketed_citation_dates_its_figure(text: str, day: date) -> None:
    assert figures_as_of(text)[0][1] == day


def test_a_month_and_year_in_brackets_is_read_as_a_month() -> None:
    (mention,) = find_dates("hosts 2,000 people (Government, April 2024)", TUESDAY)
    assert mention.day == date(2024, 4, 30) and mention.whole_month


# A title or a month's abbreviation ("Mr.", "Gov.", "Sept.") does not end the clause: the
# day the sentence opens its clause with still dates the figure after it.
ABBREVIATIONS = [
    "At a press conference yesterday, Mr. Vela estimated that there were 40,000 people "
    "massed at the crossing.",
    "At a briefing on Monday, Gov. Ana Ruiz counted 3,200 people in the town's shelters.",
    "In a radio interview on Monday, Dr. Omar Sele put the number in the camp at 5,600.",
]


@pytest.mark.parametrize("text", ABBREVIATIONS)
def test_an_abbreviation_does_not_cut_the_day_from_its_figure(text: str) -> None:
    assert figures_as_of(text)[0][1] == MONDAY


def test_a_short_place_ending_a_quoted_sentence_still_ends_a_clause() -> None:
    text = (
        'The minister said earlier, "Last night, 694 students were still in Sumo. Today, '
        'they have all left."'
    )
    assert figures_as_of(text)[0][1] == MONDAY


# A plan whose source spoke on a day before the report is still known on the report's day.
def test_a_plan_given_at_a_briefing_the_day_before_is_known_on_the_reports_day() -> None:
    text = (
        "At a press conference yesterday, Mr. Vela estimated that another 30,000 people "
        "would arrive in the next few days."
    )
    assert figures_as_of(text)[0][1] == TUESDAY


# A report whose title names the months it covers stands as of the last month's end.
MONTH_SPAN_TITLES = [
    ("Zalvia: Facts and Figures January - June 2024\n"
     "More than 41,000 households received seeds and tools from the agency.", date(2024, 6, 30)),
    ("Operational Update, April-May 2024\n"
     "In the period, 7,300 displaced people were given cash grants.", date(2024, 5, 31)),
    ("Dorvan Bulletin, May to July 2024\n"
     "Some 2,100 families were moved from flood-prone camps.", TUESDAY),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), MONTH_SPAN_TITLES)
def test_a_title_naming_the_months_covered_dates_the_report(text: str, day: date) -> None:
    assert figures_as_of(text)[-1][1] == day


# A toll raised "after" an event told with no day ("late last week") is as of the day the
# source gave it, not left without a day.
RAISED_AFTER_VAGUE = [
    "The death toll has risen to 208, after the storm tore through the islands late last "
    "week, the police spokesman said on Monday.",
    "The number of dead climbed to 64 after the floods earlier this week, officials said on "
    "Monday.",
]


@pytest.mark.parametrize("text", RAISED_AFTER_VAGUE)
def test_a_toll_raised_after_a_vague_event_is_of_the_day_it_was_given(text: str) -> None:
    assert figures_as_of(text)[0][1] == MONDAY


# A sentence of running totals with no day ("police have evacuated 2,202 residents") brings
# the story to the report's time: a count after it does not take a day named before it.
TOTALS_BETWEEN = [
    "The offensive began on the morning of 10 July.\n"
    "According to the governor, police have evacuated 2,202 residents from the district. "
    "Volunteers evacuated 2,177 people.",
    "The dam broke on 9 July.\n"
    "So far 4,300 people have been moved to higher ground. Rescuers took 600 from rooftops.",
]


@pytest.mark.parametrize("text", TOTALS_BETWEEN)
def test_a_count_after_running_totals_does_not_take_an_older_day(text: str) -> None:
    assert figures_as_of(text)[-1][1] == TUESDAY


def test_a_count_right_after_a_dated_sentence_still_takes_its_day() -> None:
    text = "The dam broke on Monday.\nRescuers took 600 people from rooftops."
    assert figures_as_of(text)[-1][1] == MONDAY
