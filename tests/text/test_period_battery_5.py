"""A fifth battery of made-up reports for the period of a figure, in the style of the
wave-2 dev reports (refugee agency updates on a border influx, wire stories on a wildfire
evacuation), sorted by the general cause the Brief got wrong.

daily: one day, one flight or convoy, a named day, a rate per day; 24h: in the past 24
hours; cumulative: so far, since a date, over several days, a total; '' for stocks.

Causes: a flow told as a daily rate in its subject ("Daily arrivals have risen to 4,000",
"daily crossings were averaging around 1,500") is a rate per day, also in the second
conjunct after an earlier value ("averaging 1,500 ten days ago but have risen to 4,000 in
the past week"), whatever span the sentence names, and is not dated by the day of the
value it is set against ("but"); one death or one injury is one incident, not a running
toll ("one patient died during the preparation for transport").
"""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]
PUBLISHED = date(2016, 7, 26)  # a Tuesday

BATTERY = [
    # a flow told as a daily rate in its subject is a rate per day
    ("Daily arrivals at the border have risen to 3,000 this week.", 3000, "daily"),
    ("Daily arrivals in the district were averaging around 1,200 people.", 1200, "daily"),
    (
        "Daily arrivals were averaging some 900 two weeks ago but have climbed to over 2,500 "
        "in the past week.",
        2500,
        "daily",
    ),
    (
        "Daily arrivals were averaging some 900 two weeks ago but have climbed to over 2,500 "
        "in the past week.",
        900,
        "daily",
    ),
    ("The number of daily departures from the airport rose to 1,800 on Friday.", 1800, "daily"),
    # one death or one injury is one incident, not a running toll
    ("Sadly, one patient died during the preparation for transport.", 1, "daily"),
    ("One resident was injured while boarding a bus at the school, police said.", 1, "daily"),
    # (a perfect or a toll still adds up; more than one with no incident is still a toll)
    ("One person has died since the fire reached the town.", 1, "cumulative"),
    ("Two evacuees died in the camps, officials said.", 2, "cumulative"),
    # (a daily figure that is not the subject's rate leaves the count alone)
    (
        "Daily arrivals slowed last week, and since June 2,400 refugees have crossed.",
        2400,
        "cumulative",
    ),
]


@pytest.mark.parametrize(("text", "value", "period"), BATTERY)
def test_battery(make_doc: MakeDoc, text: str, value: int, period: str) -> None:
    """Should give each made-up figure the period the labelling conventions give it."""
    figures = extract_figures(make_doc(text, published=PUBLISHED))
    (figure,) = [f for f in figures if f.value == value]
    assert figure.period == period, (figure.metric, figure.period)


def test_rate_after_but_keeps_no_earlier_day(make_doc: MakeDoc) -> None:
    """Should not date the second value by the day of the value it is set against."""
    text = (
        "Daily arrivals were averaging some 900 ten days ago but have climbed to over 2,500 "
        "in the past week."
    )
    figures = extract_figures(make_doc(text, published=PUBLISHED))
    (figure,) = [f for f in figures if f.value == 2500]
    assert figure.as_of == PUBLISHED
