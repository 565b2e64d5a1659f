"""Over what period a figure counts, and the day it refers to (issue 14)."""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document, Figure
from corridor.text.period import explain_period, period_of

MakeDoc = Callable[..., Document]
PUBLISHED = date(2021, 9, 17)  # a Friday


def figures_of(make_doc: MakeDoc, text: str) -> list[Figure]:
    return extract_figures(make_doc(text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The agency said on Thursday that 9,400 villagers had reached the coast.", "cumulative"),
        ("Census data in June showed 1.2 million had moved to the cities.", "cumulative"),
        ("About 3,000 people had crossed into the valley when the snows came.", "cumulative"),
        ("Over the past fortnight some 2,300 families arrived at the camp.", "cumulative"),
        ("In the days before the storm hit, 6,000 people left the delta.", "cumulative"),
    ],
)
def test_it_reads_a_past_perfect_or_a_span_of_days_as_a_running_total(
    make_doc: MakeDoc, text: str, period: str
) -> None:
    """Should count up to a point in time when the number's verb is in the past perfect
    or the clause names a span of several days."""
    assert figures_of(make_doc, text)[-1].period == period


def test_a_past_perfect_after_the_count_does_not_govern_it(make_doc: MakeDoc) -> None:
    """Should read the period from the number's own verb, not from a verb further on."""
    text = "On Monday 450 pilgrims boarded the ferry, after the port had reopened."
    assert figures_of(make_doc, text)[-1].period == "daily"


def test_a_running_total_given_for_a_month_is_as_of_its_last_day(make_doc: MakeDoc) -> None:
    """Should date a total that a report gives only a month for at that month's end."""
    (figure,) = figures_of(make_doc, "Census data in June showed 1.2 million had moved away.")
    assert (figure.period, figure.as_of) == ("cumulative", date(2021, 6, 30))


def test_a_day_that_starts_a_period_is_not_carried_to_the_next_figure(make_doc: MakeDoc) -> None:
    """Should not date a later figure by the day a "since" clause starts its period."""
    text = (
        "Some 12,000 people have fled since the dam upstream burst on Tuesday. "
        "On foot, 300 villagers reached the hills."
    )
    total, part = figures_of(make_doc, text)
    assert (total.as_of, part.as_of) == (PUBLISHED, PUBLISHED)


def test_figures_with_no_day_are_as_of_the_day_the_report_says_sources_spoke(
    make_doc: MakeDoc,
) -> None:
    """Should date a figure with no day of its own by the day, publication or the one
    before, on which the report says its sources spoke (wire copy filed the day before)."""
    text = (
        "The Red Cross said on Thursday that 5,000 residents had left the island. "
        "More than 800 residents remain in shelters, the Red Cross said. "
        "About 60 residents are missing, police said."
    )
    thursday = date(2021, 9, 16)
    assert [f.as_of for f in figures_of(make_doc, text)] == [thursday] * 3


def test_a_statement_days_before_publication_does_not_date_the_report(make_doc: MakeDoc) -> None:
    """Should keep the publication day when the only day a source spoke is days earlier."""
    text = "The mayor said on Monday the town was calm. About 800 residents remain in shelters."
    assert figures_of(make_doc, text)[-1].as_of == PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "Since dawn, about 1,900 people have been ferried across the river.",
        "About 640 pilgrims landed at the airport and have been taken to hotels nearby.",
    ],
)
def test_a_period_within_one_day_or_a_second_predicate_keeps_one_day(
    make_doc: MakeDoc, text: str
) -> None:
    """Should read "since dawn" as one day, and not let a perfect joined by "and" after
    the number's own verb make the count a running total."""
    assert figures_of(make_doc, text)[-1].period == "daily"


def test_a_plan_is_known_on_the_day_its_source_spoke(make_doc: MakeDoc) -> None:
    """Should date a plan by the day the report says it was announced, not the day it names."""
    text = "The navy said on Thursday that 1,200 more people will be taken off on Sunday."
    (plan,) = figures_of(make_doc, text)
    assert (plan.metric, plan.as_of) == ("planned", date(2021, 9, 16))


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Between 10 and 15 September, 8,000 people arrived.", date(2021, 9, 15)),
        ("From September 3 to 9, some 2,500 people crossed the border.", date(2021, 9, 9)),
        ("Some 2,500 people crossed between September 3 and 9, officials said.", date(2021, 9, 9)),
        ("Earlier this month, 30,000 people fled the fighting.", PUBLISHED),
    ],
)
def test_a_span_of_days_or_a_month_so_far_is_a_running_total(
    make_doc: MakeDoc, text: str, as_of: date
) -> None:
    """Should read a range of days as a total as of its last day, and "earlier this
    month" as a total so far."""
    (figure,) = figures_of(make_doc, text)
    assert (figure.period, figure.as_of) == ("cumulative", as_of)


@pytest.mark.parametrize(
    ("text", "period", "as_of"),
    [
        ("By 5 September, 60,000 people crossed into the country.", "cumulative",
         date(2021, 9, 5)),
        ("By September 5, 60,000 people crossed into the country.", "cumulative",
         date(2021, 9, 5)),
        ("Around 3,000 people crossed on Sunday and Monday.", "cumulative", date(2021, 9, 13)),
        ("Almost 40,000 people had fled the valley on Wednesday, the mayor said.", "cumulative",
         date(2021, 9, 15)),
    ],
)  # fmt: skip
def test_a_total_up_to_a_day_or_over_two_days_is_as_of_its_day(
    make_doc: MakeDoc, text: str, period: str, as_of: date
) -> None:
    """Should read "by 5 September" (in either order of day and month) and two named days
    as a running total, dated by the day its own verb names, past a qualifier ("Around");
    two named days are a span, as of its last day like "between 1 and 3 May"."""
    (figure,) = figures_of(make_doc, text)
    assert (figure.period, figure.as_of) == (period, as_of)


def test_a_day_of_another_event_does_not_date_a_running_total(make_doc: MakeDoc) -> None:
    """Should not date a toll by the day of the event a "following" clause names."""
    text = "The toll in the province has risen to 640 following the landslide on Sunday."
    (figure,) = figures_of(make_doc, text)
    assert (figure.period, figure.as_of) == ("cumulative", PUBLISHED)


def test_today_in_a_quotation_is_the_day_the_quote_was_spoken(make_doc: MakeDoc) -> None:
    """Should count "today" inside quotation marks from the day the speaker said it."""
    text = (
        '"As of today, 3,400 people have crossed the bridge," the governor told reporters '
        "on Wednesday."
    )
    (figure,) = figures_of(make_doc, text)
    assert figure.as_of == date(2021, 9, 15)


def test_a_part_in_the_past_24_hours_makes_the_whole_a_running_total(make_doc: MakeDoc) -> None:
    """Should read "most in the past 24 hours" as saying the whole covers a longer time."""
    text = "Some 9,000 people have reached the coast, most of them in the past 24 hours."
    (figure,) = figures_of(make_doc, text)
    assert figure.period == "cumulative"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Local officials say about 12,000 villagers fled to the hills.", "cumulative"),
        ("The agency reports that 5,300 people reached the border town.", "cumulative"),
        ("Local officials say about 12,000 villagers fled to the hills on Tuesday.", "daily"),
    ],
)
def test_a_past_event_reported_in_the_present_tense_is_a_total_so_far(
    make_doc: MakeDoc, text: str, period: str
) -> None:
    """Should read "officials say N fled" like "N have fled", unless a day is named."""
    (figure,) = figures_of(make_doc, text)
    assert figure.period == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Overnight, some 600 villagers crossed the river.", "daily"),
        ("In a single day, 4,200 people crossed the pass.", "daily"),
        ("Nearly 7,000 people crossed within 24 hours, the agency said.", "24h"),
        ("Over the previous 24 hours, 2,100 people reached the camp.", "24h"),
    ],
)
def test_one_night_is_one_day_and_24_hours_is_24h(
    make_doc: MakeDoc, text: str, period: str
) -> None:
    """Should read "overnight" and "in a single day" as one day, and "within 24 hours"
    as the past 24 hours."""
    assert figures_of(make_doc, text)[0].period == period


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands of people left the port town in the following days.",
        "Within weeks, 30,000 villagers fled to the lowlands.",
        "During the first week of the siege, 8,000 residents escaped.",
        "Over three days, 14,000 people were ferried off the island.",
        "In 1998, some 60,000 people fled the valley.",
        "The 2004 floods displaced 90,000 people in the delta.",
        "In March, 40,000 people crossed into the neighbouring country.",
    ],
)
def test_a_span_longer_than_a_day_makes_a_total(make_doc: MakeDoc, text: str) -> None:
    """Should read a simple past over a span of days, weeks, a month or a year as a total."""
    assert figures_of(make_doc, text)[-1].period == "cumulative"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("A plane with 180 students aboard landed at the capital in early June.", "daily"),
        ("The first ferry carrying 430 passengers has docked at the mainland port.", "daily"),
        ("Another 700 arrived at the harbour on a chartered cruise liner.", "daily"),
        ("The navy's only frigate has carried 3,000 people to safety so far.", "cumulative"),
        ("Three flights have brought home 640 nationals.", "cumulative"),
    ],
)
def test_one_vehicle_is_one_trip(make_doc: MakeDoc, text: str, period: str) -> None:
    """Should read a count on one plane, ship or convoy as one day's, whatever the tense or
    the month named, unless the clause counts up a total or several vehicles."""
    assert figures_of(make_doc, text)[0].period == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The cyclone displaced over 300,000 people along the coast.", "cumulative"),
        ("Some 45,000 people were displaced by the floods in the north.", "cumulative"),
        ("The renewed fighting forced 12,000 villagers to flee.", "cumulative"),
        ("The wildfire forced 9,000 residents to flee on Tuesday.", "daily"),
    ],
)
def test_what_a_hazard_did_is_a_running_total(make_doc: MakeDoc, text: str, period: str) -> None:
    """Should read a count whose agent is a hazard (a storm, floods, fighting) as what it
    has done so far, unless a day is named or the hazard only describes the people."""
    assert figures_of(make_doc, text)[0].period == period


def test_a_hazard_that_only_describes_the_people_is_no_agent() -> None:
    """Should not read "trapped by the floods" as what the floods did to the count."""
    before, after = "Helicopters lifted ", " villagers trapped by the floods to the hills."
    assert period_of("evacuated", before, after) == "daily"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The agency said on Friday the storm displaced 40,000 people.", "cumulative"),
        ("The storm displaced 40,000 people on 4 May, the agency said.", "daily"),
        ("Some 1,300 people crossed on Sat. into the border town.", "daily"),
    ],
)
def test_the_day_a_source_spoke_is_not_the_day_of_the_count(
    make_doc: MakeDoc, text: str, period: str
) -> None:
    """Should not read the day of "said on Friday" as the day the count happened, and
    should read a date or an abbreviated weekday as one day."""
    assert figures_of(make_doc, text)[0].period == period


@pytest.mark.parametrize(
    ("before", "after", "period"),
    [
        ("The death toll rose to ", " on Sunday, the ministry said.", "cumulative"),
        ("The official tally of the dead stands at ", " after the landslide.", "cumulative"),
        ("The toll in the past 24 hours rose to ", " in the province.", "24h"),
        ("In the first 24 hours, ", " residents crossed the bridge.", "24h"),
        ("In a single week, ", " people fled the capital.", "cumulative"),
    ],
)
def test_a_toll_adds_up_and_the_first_24_hours_are_24h(
    before: str, after: str, period: str
) -> None:
    """Should read a toll as a running total whatever day it is given on, "the first 24
    hours" as 24 hours and "in a single week" as more than one day."""
    assert period_of("killed" if "toll" in before else "evacuated", before, after) == period


@pytest.mark.parametrize(
    ("before", "after", "period"),
    [
        ("During the reporting period, ", " new arrivals were recorded.", "cumulative"),
        ("Thus far, ", " people were moved to the islands.", "cumulative"),
        ("In less than a week, ", " people left the port city.", "cumulative"),
        ("In the space of a month, ", " people fled the district.", "cumulative"),
        ("Officials said the 2000 ", " evacuees were moved.", "daily"),
    ],
)
def test_a_report_period_or_a_week_adds_up(before: str, after: str, period: str) -> None:
    """Should read "the reporting period", "thus far" and "in less than a week" as more
    than one day, and not read a count written like a year as a year."""
    assert period_of("evacuated", before, after) == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("About 30,000 people were displaced in the southern districts.", "cumulative"),
        ("Clashes between the militias displaced 8,000 families.", "cumulative"),
        ("About 3,000 people were displaced on Monday night.", "daily"),
    ],
)
def test_displaced_counts_everyone_put_in_that_state(
    make_doc: MakeDoc, text: str, period: str
) -> None:
    """Should read "displaced" as a total of everyone displaced so far, unless a day is named."""
    assert figures_of(make_doc, text)[0].period == period


@pytest.mark.parametrize(
    ("before", "after", "period"),
    [
        ("The threat of Typhoon Mira forced ", " people to flee.", "cumulative"),
        ("Amid the fighting troops evacuated ", " civilians from the school.", "daily"),
        ("About ", " residents displaced by the eruption live in tents.", "cumulative"),
        ("About ", " displaced people crossed the river.", "daily"),
    ],
)
def test_a_hazard_in_a_phrase_of_its_own_or_a_displaced_adjective_adds_nothing(
    before: str, after: str, period: str
) -> None:
    """Should read a hazard as the agent only when it is the subject or the "by" phrase of
    the number's verb, and "displaced" only as a finite verb, not an adjective."""
    assert period_of("evacuated", before, after) == period


@pytest.mark.parametrize(
    ("before", "after", "period"),
    [
        ("More than ", " people have crossed into the country on Sunday alone.", "daily"),
        ("More than ", " people have fled since the quake on Thursday.", "cumulative"),
        ("Some ", " people have fled, the agency said on Sunday.", "cumulative"),
        ("We've sent ", " people to the shelters on the coast.", "cumulative"),
        ("As of this morning, ", " people had crossed the bridge.", "cumulative"),
    ],
)
def test_a_perfect_with_its_own_day_is_that_days_count(
    before: str, after: str, period: str
) -> None:
    """Should read a present perfect whose own clause names a day as that day's count, but
    not a day of another event or of speaking; "'ve" is a perfect, "as of" a count so far."""
    assert period_of("evacuated", before, after) == period


@pytest.mark.parametrize(
    ("before", "after", "period"),
    [
        ("About ", " pilgrims arrived at the shrine and many have since left.", "daily"),
        ("About ", " villagers have crossed since the bridge reopened.", "cumulative"),
    ],
)
def test_since_as_an_adverb_starts_no_period(before: str, after: str, period: str) -> None:
    """Should read "have since gone home" as a later event, not a period that starts."""
    assert period_of("arrived", before, after) == period


@pytest.mark.parametrize(
    ("before", "after", "period"),
    [
        ("In the past few hours, ", " people crossed the bridge.", "daily"),
        ("In the last 12 hours, ", " people crossed the bridge.", "daily"),
        ("Over the past 48 hours, ", " people crossed the bridge.", "cumulative"),
    ],
)
def test_hours_under_a_day_are_one_day(before: str, after: str, period: str) -> None:
    """Should read a span of hours shorter than a day as one day and a longer one as a total."""
    assert period_of("arrived", before, after) == period


@pytest.mark.parametrize("before", ["The day before, ", "A day later ", "The same night "])
def test_a_day_told_from_another_is_one_day(before: str) -> None:
    """Should read "the day before", "a day later", "the same night" as one day, even where a
    present-tense report would make a bare past a total."""
    assert period_of("arrived", "The agency says " + before.lower(), " people crossed.") == "daily"


def test_explain_period_names_the_rule_that_gave_the_period() -> None:
    """Should say which reading gave a period, and give stocks none."""
    assert explain_period("evacuated", "A ferry with ", " passengers docked.") == (
        "daily",
        "one vehicle",
    )
    assert explain_period("remaining", "About ", " people remain in the town.") == ("", "stock")
    assert explain_period("evacuated", "About ", " people left.", default="") == ("", "default")


@pytest.mark.parametrize(
    ("before", "period"),
    [("Two days later, ", "daily"), ("Over two days, ", "cumulative")],
)
def test_days_later_is_a_point_and_over_days_a_span(before: str, period: str) -> None:
    """Should read "two days later" as a point in time and "over two days" as a span."""
    assert period_of("arrived", before, " people crossed the river.") == period
