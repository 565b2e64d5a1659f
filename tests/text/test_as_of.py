"""The day a figure refers to: the day its own clause names, else the report's (issue 14)."""

from datetime import date

import pytest

from corridor.text.as_of import Setting, as_of_day
from corridor.text.brief import build_brief
from corridor.text.model import Document

FRIDAY = date(2019, 5, 3)


def _as_of(text: str, published: date = FRIDAY) -> date | None:
    figures = build_brief([Document("d", text, "Desk", published)]).figures
    assert figures, text
    return figures[0].as_of


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Some 300 people fled the town on Tuesday, officials said.", date(2019, 4, 30)),
        ("Some 300 people fled the town yesterday, officials said.", date(2019, 5, 2)),
        ("Some 300 people fled the town last night, officials said.", date(2019, 5, 2)),
        ("Some 300 people fled the town overnight, officials said.", FRIDAY),
        ("Overnight, some 3,000 people fled the town.", FRIDAY),
        ("Some 300 people fled the town on 1 May, officials said.", date(2019, 5, 1)),
        ("Some 3,000 people were evacuated on May 1.", date(2019, 5, 1)),
        ("Some 3,000 people were evacuated Wednesday.", date(2019, 5, 1)),
        ("Late on Wednesday, some 3,000 people fled the town.", date(2019, 5, 1)),
        ("Some 3,000 people were evacuated on Wednesday night.", date(2019, 5, 1)),
        ("Some 3,000 people were evacuated two days ago.", date(2019, 5, 1)),
        ("Some 3,000 people were evacuated over the weekend.", date(2019, 4, 28)),
        ("By Sunday, some 3,000 people had fled the town, officials said.", date(2019, 4, 28)),
        ("Some 3,000 people had fled the town by Wednesday, officials said.", date(2019, 5, 1)),
        ("Some 3,000 people had been evacuated by the end of Wednesday.", date(2019, 5, 1)),
        ("As of Thursday, some 3,000 people were sheltering in schools.", date(2019, 5, 2)),
        ("Some 3,000 people were sheltering in schools as of 1 May.", date(2019, 5, 1)),
        ("The toll had risen to 84 by Thursday evening, the ministry said.", date(2019, 5, 2)),
    ],
)  # fmt: skip
def test_the_day_the_figures_own_clause_names(text: str, day: date) -> None:
    assert _as_of(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "Some 3,000 people have fled the town since Monday, officials said.",
        "Some 3,000 people have fled the town since 1 May, officials said.",
        "Some 3,000 people had fled the town, officials said.",
        "Some 3,000 people are sheltering in schools, officials said.",
        "Some 3,000 people will be evacuated on Sunday.",
    ],
)
def test_since_a_past_perfect_or_a_plan_leave_the_day_of_the_report(text: str) -> None:
    assert _as_of(text) == FRIDAY


def test_the_day_a_source_spoke_dates_a_total_it_gave() -> None:
    said = "Officials said on Thursday that some 3,000 people had fled the town."
    assert _as_of(said) == date(2019, 5, 2)
    both = "Some 3,000 people were evacuated on Wednesday, officials said on Thursday."
    assert _as_of(both) == date(2019, 5, 1)


def test_a_past_perfect_does_not_take_the_day_the_sentence_before_named() -> None:
    """Should date one day's count by the day the sentence before named, unless its verb
    is in the past perfect (set before the story's time, not on its day)."""
    setting = Setting(published=FRIDAY, previous_day=date(2019, 5, 1))
    simple = "Four aid workers left on the second boat."
    assert as_of_day(simple, 0, [], setting, period="daily") == date(2019, 5, 1)
    perfect = "Four aid workers who had stayed behind had left on the second boat."
    assert as_of_day(perfect, 0, [], setting, period="daily") == FRIDAY
    assert as_of_day("Four had to leave on the boat.", 0, [], setting, "daily") == date(2019, 5, 1)


def test_a_source_that_says_in_the_present_speaks_on_the_day_of_the_report() -> None:
    text = (
        "The border reopened on Thursday, the ministry said Thursday. "
        "Monitors say some 300 volunteers have crossed to help the town."
    )
    figures = build_brief([Document("d", text, "Desk", FRIDAY)]).figures
    assert [(f.value, f.as_of) for f in figures] == [(300, FRIDAY)]


@pytest.mark.parametrize("phrase", ["at the weekend", "on the weekend", "over the weekend"])
def test_a_weekend_is_counted_up_to_its_sunday(phrase: str) -> None:
    assert _as_of(f"Some 3,000 people were evacuated {phrase}.") == date(2019, 4, 28)


def test_a_weekend_of_another_event_does_not_date_a_running_total() -> None:
    text = "The toll already stands at 84 after a storm tore through the valley over the weekend."
    assert _as_of(text, date(2019, 4, 29)) == date(2019, 4, 29)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("As of 6 a.m. on 29 April, 3,000 people had entered the country.", [date(2019, 4, 29)]),
        ("In the 24 hours to 6 a.m. on Thursday, 3,000 people crossed.", [date(2019, 5, 2)]),
        ("Some 3,000 people crossed between Monday and Wednesday.", [date(2019, 5, 1)]),
        ("The toll rose to 84 on Thursday from 62 a day earlier.",
         [date(2019, 5, 2), date(2019, 5, 1)]),
        ("Some 3,000 people crossed on Thursday, up from 2,000 on Wednesday.",
         [date(2019, 5, 2), date(2019, 5, 1)]),
    ],
)  # fmt: skip
def test_a_time_of_day_a_span_of_days_and_a_day_counted_back(text: str, days: list[date]) -> None:
    """Should date "as of 6 a.m. on <day>" by the day, a span by its last day, and "a day
    earlier" from the day named before it."""
    figures = build_brief([Document("d", text, "Desk", FRIDAY)]).figures
    assert [f.as_of for f in figures] == days
