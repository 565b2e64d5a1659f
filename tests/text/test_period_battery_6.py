"""A sixth battery of made-up reports for the period of a figure, in the style of wire
stories and agency updates on cyclone and wildfire evacuations and on returns across a
border, sorted by the general cause the Brief got wrong.

daily: one day, one flight or convoy, a named day, a rate per day; 24h: in the past 24
hours; cumulative: so far, since a date, over several days, a total; '' for stocks.

Causes: a headline writes what has happened so far in the bare present or a bare
participle ("Thousands flee ...", "160,000 evacuated as ..."), so a move it leads with is a
total so far unless it names a day; "in all" is a total; "There have been N" is a count in
the present perfect; "recorded up to 15 June" counts up to a day; a report in the present
progressive or in the plural present ("Alberta is estimating", "authorities estimate") frames
what it reports as known now, a total; "in the first hours after" is within one day; a
perfect keeps its reading with a hyphenated participle ("have been pre-evacuated"); "were
displaced" as a second predicate ("lost everything and were displaced") is everyone so far;
the day of a coming event ("is likely to make landfall late Friday night") is not the day of
the count; the parts of a stated number of people who moved ("Of the 40,000-odd evacuees,
12,000 ...") share its span; a hazard is the agent through "which" ("the 2009 fire, which
razed 300 homes and forced 19,000 to evacuate"); a conjunct with no verb of its own ("12 died
due to the storm, 72 from landslides") shares the verb before it, tense and all, after a
comma too; a count summed over a country, a region or several districts ("across the
country", "in both nations", "residents of eight coastal districts") is a tally of the
operation, unless it names a day; deaths counted as reported or confirmed with no day of
their own ("with 19 deaths reported") are the toll so far; a span of days that ends a long
clause ("... alone in the days before the storm") is read past the window.
"""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]
PUBLISHED = date(2022, 9, 14)  # a Wednesday

BATTERY = [
    # a headline's bare present or participle, leading with a move: a total so far
    ("Thousands flee to Kerala hills as floods rise", 1000, "cumulative"),
    ("Over 14,000 people flee to Malawi after border clashes", 14000, "cumulative"),
    ("85,000 evacuated as Cyclone Tarun nears Odisha coast", 85000, "cumulative"),
    ("Tens of Thousands Evacuated as Typhoon Lomar Approaches", 10000, "cumulative"),
    ("Wildfire: governor declares emergency, thousands evacuated", 1000, "cumulative"),
    ("Storm Vela: Thousands of villagers left their homes for higher ground", 1000, "cumulative"),
    ("Hundreds arrive in Tromsdal fleeing the Norvik fires", 100, "cumulative"),
    # (a day named in the headline makes it that day's; a sentence is read as running text)
    ("About 2,200 people airlifted out of Pinecrest Monday, more flights Tuesday", 2200, "daily"),
    ("Some 3,100 villagers were evacuated from Ranbir to the school.", 3100, "daily"),
    ("Cyclone Tarun nears coast as police evacuate 900 fishermen by boat", 900, "daily"),
    # "in all": a total
    ("In all, 4,700 residents were evacuated from the valley.", 4700, "cumulative"),
    ("About 6,300 people were moved to shelters in all.", 6300, "cumulative"),
    ("Some 350 people were evacuated in all districts on Monday.", 350, "daily"),
    # "There have been N": the present perfect of "be"
    (
        "There have been over 418,000 returnees recorded at the two crossings.",
        418000,
        "cumulative",
    ),
    # a count up to a day
    ("Officials registered 52,000 returnees up to 10 August.", 52000, "cumulative"),
    ("The agency recorded 7,400 arrivals through 3 September.", 7400, "cumulative"),
    ("Up to 500 people were evacuated from the valley.", 500, "daily"),
    # a report in the progressive or the plural present: known now, a total
    ("Arvia is estimating 12,000 people were forced to leave the park.", 12000, "cumulative"),
    ("Officials are reporting that 3,400 residents fled the town.", 3400, "cumulative"),
    ("Authorities estimate another 9,000 visitors left the park.", 9000, "cumulative"),
    ("Officials are reporting that 2,000 people fled on Monday.", 2000, "daily"),
    # a perfect with a hyphenated participle ("pre-evacuated", "self-evacuated")
    ("Thousands of families have been pre-evacuated from the delta.", 1000, "cumulative"),
    ("About 1,300 residents had self-evacuated before the river rose.", 1300, "cumulative"),
    # "displaced" as a second predicate of the number's own
    (
        "Hundreds of homes burned, and thousands of villagers lost everything and were displaced.",
        1000,
        "cumulative",
    ),
    ("Some 4,000 people crossed the river and were displaced on Monday.", 4000, "daily"),
    # (a headline's participle of any move: "shifted", "relocated")
    ("Over 31000 people shifted to shelter homes in Saurashtra", 31000, "cumulative"),
    # the day of a coming event is not the day of the count
    (
        "As the cyclone is likely to make landfall late Friday night, more than 61,000 people "
        "living in six coastal districts have been evacuated to shelters, officials said.",
        61000,
        "cumulative",
    ),
    ("The storm is expected to hit on Friday, and 3,000 people fled on Monday.", 3000, "daily"),
    # the parts of a stated number of people who moved
    (
        "Of the 40,000-odd evacuees, nearly 12,000 were shifted to shelters in Rann.",
        12000,
        "cumulative",
    ),
    ("Of the 2,000 evacuees, 600 were flown to Denver on Monday.", 600, "daily"),
    # a hazard as the agent through "which"
    (
        "It recalls the 2009 Ridgeback Canyon fire, which razed 300 homes and forced 19,000 to "
        "evacuate.",
        19000,
        "cumulative",
    ),
    # a conjunct with no verb of its own shares the verb before it, tense and all
    (
        "At least 14 people died due to the typhoon, 61 from landslides and nine from "
        "floodwaters, officials said.",
        61,
        "cumulative",
    ),
    (
        "Some 4,000 people have fled to Chad, 2,000 to Niger and 500 to Cameroon.",
        2000,
        "cumulative",
    ),
    ("On Sunday, 300 people crossed at Elegu, 200 at Moyo and 100 at Lamwo.", 200, "daily"),
    # (a conjunct with a verb of its own before its phrase of place is not gapped: it keeps
    # its own tense)
    ("Some 6,000 have fled since May, and 300 walked to the camp.", 300, "daily"),
    # a count summed over a country, a region or several units of one: a tally
    ("Authorities evacuated at least 210,000 people across the country.", 210000, "cumulative"),
    (
        "More than 90,000 residents of eight coastal districts were shifted to shelters.",
        90000,
        "cumulative",
    ),
    (
        "Before the storm arrived, 150,000 people in both nations were evacuated.",
        150000,
        "cumulative",
    ),
    ("Police evacuated 3,000 people from four villages on Tuesday.", 3000, "daily"),
    ("Troops evacuated 2,000 people across the province on Friday.", 2000, "daily"),
    # deaths counted as reported or confirmed, with no day of their own: the toll so far
    (
        "The Ridgeback fire kept burning Sunday, with 19 deaths reported in the canyon.",
        19,
        "cumulative",
    ),
    ("Twelve deaths were reported on Monday in the valley.", 12, "daily"),
    # a span of days ending a clause longer than the window read
    (
        "More than 14,000 people were evacuated inland or to sturdier buildings such as schools, "
        "temples or monasteries around the port town of Kelmar alone in the days before the storm.",
        14000,
        "cumulative",
    ),
    # the first hours after an event: within one day
    ("Officials estimate 6,000 fled in the first hours after the levee broke.", 6000, "daily"),
]


@pytest.mark.parametrize(("text", "value", "period"), BATTERY)
def test_battery(make_doc: MakeDoc, text: str, value: int, period: str) -> None:
    """Should give each made-up figure the period the labelling conventions give it."""
    figures = extract_figures(make_doc(text, published=PUBLISHED))
    (figure,) = [f for f in figures if f.value == value]
    assert figure.period == period, (figure.metric, figure.period)
