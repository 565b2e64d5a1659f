"""A fourth battery of made-up reports for the period of a figure, in the style of the
wave-2 dev reports (refugee agency updates on a border influx, wire stories on a wildfire
evacuation of a capital and on an exodus across mountains, headlines of news sites),
sorted by the general cause the Brief got wrong.

daily: one day, one flight or convoy, a named day, a rate per day; 24h: in the past 24
hours; cumulative: so far, since a date, over several days, a total; '' for stocks.

Causes: a rate per night ("nightly", "every night") is a rate per day; a rate per day told
before the number ("Each day, 1,200 are evacuated", "at an average daily rate of 3,100", "a
daily average of 1,300") or as a daily toll ("the daily death toll rose to 300") is one
day's, and the rate before a number belongs to that number, not to the figure before it;
an estimate or toll that is a rate ("its estimate of 800 deaths per day") stays a rate;
a move that continues ("continue to flee", "keep arriving") tells what has happened so
far, unless a day or a rate is named; a comparison put after the figure ("the highest
since the influx began in 2014") names no span of the figure; a past perfect in a relative
clause after the number's own verb ("45 children arrived who had been parted from their
families") is not the number's tense; "made the trip" says how each person travelled, not
one vehicle; a span of days that a "when" clause hangs on ("the first two weeks of May,
when 30,000 crossed") is the span of its figure; a part of the figure before ("7,300
arrived from 3 to 16 May; among these 5,100 were relocated"), and a conjunct after the part,
share its times; a perfect keeps its reading with "also", "still", "thus far" or "together"
between its auxiliary and participle ("has also evacuated 2,300"); the past 24 hours is
also "the latest 24-hour period" and "a 24-hour period"; many rescue operations or missions
add up like many flights ("rescued 52,000 in 310 operations"), and so do flights with two
words before their noun ("12 British military flights"); the parts of everyone who did
something ("Of those who left, 9,000 reached ..., 4,000 went ... and 600 sailed ...") share
its span in every conjunct; a completed operation ("has completed the evacuation", "finished
its airlift") counts everyone it moved; "the third transport in five days" counts trips, it
is no span of the figure; the past 24 hours after a part set off by commas ("3,100,
including 470 children, during the last 24 hours") frames the whole, and the hours of a
part ("70,000 have crossed, including 9,000 in the past 24 hours") are not the whole's.

Left to the default: the bare present of a headline ("Thousands flee to the border"),
which the new dev reports label cumulative, but which read so lowered the check split.
"""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]
PUBLISHED = date(2016, 7, 22)  # a Friday

BATTERY = [
    # a rate per day before the number, or a daily toll, is one day's
    (
        "In the first ten days of June, 21,000 refugees arrived at an average daily rate of "
        "2,100 people.",
        2100,
        "daily",
    ),
    ("Some 9,000 people crossed last week, a daily average of 1,300 people.", 1300, "daily"),
    ("The daily death toll in the camps rose to 300, aid workers said.", 300, "daily"),
    (
        "The agency doubled its estimate of the daily death toll among the refugees, from 500 "
        "to 1,000.",
        1000,
        "daily",
    ),
    # (the rate before the next number is not the earlier figure's)
    (
        "In the first ten days of June, 21,000 refugees arrived at an average daily rate of "
        "2,100 people.",
        21000,
        "cumulative",
    ),
    # an estimate that is a rate stays a rate
    ("Aid workers revised their earlier estimate of 800 refugee deaths per day.", 800, "daily"),
    # (a toll that is no rate is still a running total)
    ("The death toll among the refugees rose to 1,200, officials said.", 1200, "cumulative"),
    # a rate per night is one day's too, after the number or before it
    ("About 40 refugees die nightly in the camps.", 40, "daily"),
    ("About 300 people cross the river every night.", 300, "daily"),
    ("Every night, some 25 refugees die of cold in the mountains.", 25, "daily"),
    ("Each day, about 1,200 people are evacuated from the coast.", 1200, "daily"),
    # a move that continues is what has happened so far
    ("Thousands of people continue to flee the fighting in the north.", 1000, "cumulative"),
    ("Some 2,000 residents continue to arrive at the reception centre.", 2000, "cumulative"),
    # (a named day or a rate still wins)
    (
        "Thousands of refugees continue to cross into the district from the north on a daily "
        "basis.",
        1000,
        "daily",
    ),
    ("About 3,000 people arrive each day at the transit centre.", 3000, "daily"),
    # a comparison after the figure names no span of it
    (
        "On Tuesday, some 6,200 refugees crossed the border, the highest number since the "
        "crisis began in 2014.",
        6200,
        "daily",
    ),
    (
        "Yesterday an estimated 5,100 people arrived at the camp, a new record since the influx "
        "started in March.",
        5100,
        "daily",
    ),
    # (a bare "most" is a part, no comparison)
    (
        "The agency is helping an estimated 40,000 people crossing into the province, most in "
        "the past 24 hours.",
        40000,
        "cumulative",
    ),
    # a past perfect in a relative clause is not the number's tense
    (
        "At the border post, 45 children arrived who had been parted from their families.",
        45,
        "daily",
    ),
    ("Officials said 4,000 people had crossed the river.", 4000, "cumulative"),
    # "made the trip" is how each travelled, not one vehicle
    ("About 8,000 evacuees have made the trip south by car.", 8000, "cumulative"),
    ("A plane carrying 195 passengers landed in the capital.", 195, "daily"),
    # the span of days a "when" clause hangs on
    (
        "Arrivals were lower than in the first two weeks of May, when 30,000 refugees crossed.",
        30000,
        "cumulative",
    ),
    ("That is more than on Monday, when 2,000 people arrived.", 2000, "daily"),
    # a perfect with an adverb between its auxiliary and participle ("has also evacuated")
    (
        "The governor said on Oct. 7 that the region has also evacuated 2,300 patients from "
        "the hospitals.",
        2300,
        "cumulative",
    ),
    ("Some 1,800 residents have still managed to leave the valley.", 1800, "cumulative"),
    ("The minister said 3,000 people had also crossed the river.", 3000, "cumulative"),
    # the past 24 hours in other words: "the latest 24-hour period", "a 24-hour period"
    (
        "Some 14,000 people boarded 60 evacuation flights in the latest 24-hour period.",
        14000,
        "24h",
    ),
    (
        "Military and charter flights evacuated 9,300 people in a 24-hour period, officials said.",
        9300,
        "24h",
    ),
    # the past 24 hours after a part set off by commas frames the whole; the hours of a
    # part are not the whole's
    (
        "Rescue teams evacuated 3,100 people, including 470 stranded children, during the last "
        "24 hours.",
        3100,
        "24h",
    ),
    ("About 70,000 have crossed, including 9,000 in the past 24 hours.", 70000, "cumulative"),
    ("About 70,000 have crossed, including 9,000 in the past 24 hours.", 9000, "24h"),
    ("Some 5,000 people have left, including 800 in the last 12 hours.", 5000, "cumulative"),
    # many operations or missions add up like many flights; with two words before the noun
    ("Army boats rescued 52,000 people in 310 operations.", 52000, "cumulative"),
    ("Helicopters lifted 2,100 people to safety in dozens of rescue missions.", 2100, "cumulative"),
    ("12 British military flights carried 2,400 people.", 2400, "cumulative"),
    # (the operations of a named day are that day's)
    ("On Sunday, boats rescued 3,200 people in 40 operations.", 3200, "daily"),
    # the parts of everyone who did something, listed in conjuncts, all share its span
    (
        "Of those who left the island, some 9,000 reached the mainland, about 4,000 went to "
        "the capital and more than 600 sailed to the neighbouring islands.",
        600,
        "cumulative",
    ),
    (
        "Of those who left the island, some 9,000 reached the mainland, about 4,000 went to "
        "the capital and more than 600 sailed to the neighbouring islands.",
        4000,
        "cumulative",
    ),
    # a completed operation counts everyone it moved
    (
        "Italy has completed the evacuation of its citizens, the minister said on Friday, "
        "adding that over 900 people were flown to Rome.",
        900,
        "cumulative",
    ),
    ("The airline finished its airlift after 2,300 passengers were flown out.", 2300, "cumulative"),
    # (one more trip on a named day is that day's)
    (
        "The navy organised the third sea transport in five days on 14 March to evacuate 210 "
        "sick civilians from the coast.",
        210,
        "daily",
    ),
    # a part of the figure before, and a conjunct after the part, share its times
    (
        "From 3 to 16 May, 7,300 refugees arrived at the transit centre; among these 5,100 were "
        "relocated by the agency and 2,200 arrived on their own.",
        5100,
        "cumulative",
    ),
    (
        "From 3 to 16 May, 7,300 refugees arrived at the transit centre; among these 5,100 were "
        "relocated by the agency and 2,200 arrived on their own.",
        2200,
        "cumulative",
    ),
    (
        "On Sunday, 900 people crossed at the northern post; of these 600 were moved on by bus.",
        600,
        "daily",
    ),
]


@pytest.mark.parametrize(("text", "value", "period"), BATTERY)
def test_battery(make_doc: MakeDoc, text: str, value: int, period: str) -> None:
    """Should give each made-up figure the period the labelling conventions give it."""
    figures = extract_figures(make_doc(text, published=PUBLISHED))
    (figure,) = [f for f in figures if f.value == value]
    assert figure.period == period, (figure.metric, figure.period)
