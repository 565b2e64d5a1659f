"""An eighth battery of made-up reports for the period of a figure, in the style of wire
stories and agency updates on cyclones, floods, a tsunami, conflict displacement and the
evacuation of foreign nationals, sorted by the general cause the Brief got wrong.

daily: one day, one flight or convoy, a named day, a rate per day; 24h: in the past 24
hours; cumulative: so far, since a date, over several days, a total; '' for stocks.

Causes: a past perfect right before the number is its own verb, also when the speech verb
and its day stand before a "that" ("officials said Friday that the waves had killed 9,400");
a past perfect with an irregular participle after the number ("had sought refuge", "had
found shelter") is a total; a year or a month a "when" clause hangs on ("the floods of 2011,
when 600 died", "in March when") is the figure's span; a move that has begun, or runs
"starting Saturday", counts from that day on; and a span of days named in another clause,
past a semicolon, is not the figure's ("... on Monday and Tuesday; Spain flew out 300
Monday"); people counted as a number that rises to a value ("Evacuees rise to 84,000") are a
running total; the past 24 hours that ends the next conjunct frames both also over a perfect
and a number in words ("37 have been killed and nine injured in just 24 hours"), and so does
a span longer than a day ("260 died and 90,000 were treated during an outbreak in August
2009"); and "on
Thursday and into Friday" is two days; a span of days with two words before its unit ("in
the first few days") adds up, and so do two days named far after the number, when no other
figure stands between; a number in an introductory phrase ("Apart from 412 Dutch citizens,
230 others have been evacuated") shares the verb and times of the main clause; a figure added
on by "with" ("the toll stands at 64, with 41 injured") shares the times of the one before
it; "a total of" with a day of its own ("A total of 146 have been rescued today") is that
day's amount.
"""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]
PUBLISHED = date(2016, 12, 16)

BATTERY = [
    # a past perfect before the number, its speech verb before a "that"
    (
        "Provincial officials said Friday that the surge had killed more than 9,400 people "
        "along the coast.",
        9400,
        "cumulative",
    ),
    (
        "The governor said on Monday that rescuers had evacuated 2,150 villagers from the delta.",
        2150,
        "cumulative",
    ),
    ("The storm had displaced 12,000 residents by then.", 12000, "cumulative"),
    # a day of its own after the number still wins
    (
        "The governor said that rescuers had evacuated 310 villagers on Monday.",
        310,
        "daily",
    ),
    # a past perfect with an irregular participle after the number
    (
        "The agency reported that an estimated 64,300 Malvanian refugees had sought refuge "
        "in Toria after the fighting began.",
        64300,
        "cumulative",
    ),
    (
        "Aid workers said 8,700 villagers had sought safety across the river.",
        8700,
        "cumulative",
    ),
    # a year or a month a "when" clause hangs on
    (
        "Engineers were checking the dams to avoid a repeat of the floods in 2011 when several "
        "hundred people died in the province.",
        300,
        "cumulative",
    ),
    (
        "The camp filled up in March, when 14,000 people arrived from the hills.",
        14000,
        "cumulative",
    ),
    ("The bridge reopened on the 3rd of March, when 1,450 people crossed.", 1450, "daily"),
    # a move that has begun, or runs starting a day
    (
        "Officials have begun moving around 310,000 people to 450 cyclone shelters starting "
        "Saturday, a district official said.",
        310000,
        "cumulative",
    ),
    (
        "Authorities have started evacuating 42,000 residents of the islands, beginning on "
        "Tuesday.",
        42000,
        "cumulative",
    ),
    # a number of people that rises to a value is a running total
    ("Lake Varo evacuees rise to over 84,000", 84000, "cumulative"),
    ("Flood evacuees climbed to 12,500 on Monday, officials said.", 12500, "cumulative"),
    # the past 24 hours that ends the next conjunct frames both, whatever the tense
    (
        "At least 37 people have been killed and nine others injured in landslides in just "
        "24 hours, the disaster authority said, as the overall toll rose above 900.",
        37,
        "24h",
    ),
    # a span longer than a day that ends the next conjunct frames both
    (
        "More than 260 people died and 90,000 were treated during a cholera outbreak in "
        "August 2009, the ministry recalled.",
        260,
        "cumulative",
    ),
    # an operation "on Thursday and into Friday" ran over two days
    (
        "The navy mounted an operation on Thursday and into Friday to evacuate 740 residents "
        "and holidaymakers by sea.",
        740,
        "cumulative",
    ),
    # a span of days told with two words before its unit
    (
        "Some 640 people crossed from Dorava province into Kelm in just the first few days of "
        "the new year.",
        640,
        "cumulative",
    ),
    # two days named far after the number, with no other figure on the way
    (
        "Over 700 tourists were repatriated on three separate chartered planes of the national "
        "carrier on Friday and Saturday.",
        700,
        "cumulative",
    ),
    # a number in an introductory phrase shares the verb of the main clause
    (
        "Apart from 412 Dutch citizens, 230 nationals of 30 other countries have been "
        "evacuated, the ministry said.",
        412,
        "cumulative",
    ),
    ("Besides 310 Britons, 120 Germans were flown out on Monday.", 310, "daily"),
    # a figure added on by "with" shares the times of the one before it
    (
        "The relief centre said earlier today that the death toll now stands at 64, with 41 "
        "people injured and 12 still missing.",
        41,
        "cumulative",
    ),
    # "a total of" with a day of its own is that day's amount; with no day, a running total
    (
        "A total of 146 people including tourists and guides have been rescued today by the "
        "tourism board.",
        146,
        "daily",
    ),
    ("A total of 2,870 people crossed the bridge on Sunday.", 2870, "daily"),
    ("In Varno, a total of 1,930 residents were evacuated.", 1930, "cumulative"),
    # a span of days in another clause, past a semicolon
    (
        "About 900 Danes are being flown out on Monday and Tuesday; Spain sent home about 300 "
        "of its nationals Monday.",
        300,
        "daily",
    ),
]


@pytest.mark.parametrize(("text", "value", "period"), BATTERY)
def test_battery(make_doc: MakeDoc, text: str, value: int, period: str) -> None:
    """Should give each made-up figure the period the labelling conventions give it."""
    figures = extract_figures(make_doc(text, published=PUBLISHED))
    (figure,) = [f for f in figures if f.value == value]
    assert figure.period == period, (figure.metric, figure.period)
