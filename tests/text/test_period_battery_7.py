"""A seventh battery of made-up reports for the period of a figure, in the style of UN
situation reports, flash updates and wire stories on refugee flows, conflict displacement,
drought and an eruption, sorted by the general cause the Brief got wrong.

daily: one day, one flight or convoy, a named day, a rate per day; 24h: in the past 24
hours; cumulative: so far, since a date, over several days, a total; '' for stocks.

Causes: two days named together ("on 7 and 9 March", "on May 3 and 4"), a span of days
written with a dash and no preposition ("on 3-4 May") and a week named by its days ("in the
week of 3-9 May", "the week beginning 12 June") add up;
a total said to cross a round mark ("cross 3 million mark") counts everyone so far; a part
"among those fleeing" shares the span of everyone who moved; a move told by a hazard as its
cause ("arrived due to the drought", "fled because of the fighting") or named as what a
hazard caused ("causing the evacuation of 902") is what the hazard has done so far; a bare
participle of displacement before a phrase of place on "on" or "near" ("displaced on Tano
hill") is everyone so far; a list after a colon whose lead clause states a total ("Over
245,000 are displaced: in Banar, 65,000 ...; in Gedo, 30,000 ...") gives parts of that
total; a period in brackets after the number, as flattened tables write it ("830,000
(total)", "9,800 (last 24h)"), is the number's; the items of a list under a heading that
counts up to a point ("KEY FIGURES (as of 12 May)", "Situation as of 3 June:") are totals
so far, until a line that is no list item; "within a time span of 24 hours" is the past
24 hours, also after a date in the clause ("on May 10, within ..."), whose day is no figure;
"a number of" before a numeral is the count itself, not a running total; "starting with 10
February" is since that day; a label before a colon, as a flattened table writes a row ("IDPs
displaced in May: 14,300"), says what the number after it counts; "the first half of June"
and "between the last report and 14 June" add up days. A day of its own still wins.
"""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]
PUBLISHED = date(2023, 5, 10)  # a Wednesday

BATTERY = [
    # two days named together: a span of days
    ("At least 14 civilians were killed in attacks on 7 and 9 March.", 14, "cumulative"),
    ("Some 3,400 people fled Varesh on May 3 and 4.", 3400, "cumulative"),
    ("Some 3,400 people fled Varesh on 4 May.", 3400, "daily"),
    # a span of days written with a dash, or a week named by its days
    ("In the week of 3-9 May, 4,100 people arrived in Velio.", 4100, "cumulative"),
    ("Some 2,600 people arrived in Tomsk on 3-4 May.", 2600, "cumulative"),
    ("Some 2,000 people reached Orra during the week beginning 12 June.", 2000, "cumulative"),
    ("Some 700 people left Velio on 5 May.", 700, "daily"),
    # a period in brackets right after the number, as flattened tables write it
    ("Arrivals to Velmar: 830,000 (total); 9,800 (last 24h)", 830000, "cumulative"),
    ("Crossings into Orsk: 12,400 (to date)", 12400, "cumulative"),
    # a list under a heading that counts up to a point (or not)
    (
        "KEY FIGURES (as of 12 May)\n45,000 refugee arrivals\n1,200 asylum requests",
        45000,
        "cumulative",
    ),
    (
        "Situation as of 3 June:\n- 14,200 people evacuated to shelters\n- 210 people injured",
        14200,
        "cumulative",
    ),
    (
        "Situation as of 3 June:\n- 14,200 people evacuated to shelters\n- 210 people injured",
        210,
        "cumulative",
    ),
    ("Highlights\n- 14,200 people evacuated to shelters", 14200, "daily"),
    (
        "Situation as of 3 June:\n- 300 people injured\nOn Monday, police moved 1,400 people "
        "to the stadium.",
        1400,
        "daily",
    ),
    # the past 24 hours as "a time span of 24 hours", after a date in the clause
    (
        "As many as 60,644 people entered Velmar, in total, on May 10, within a time span of "
        "24 hours, through the border crossing points.",
        60644,
        "24h",
    ),
    # "a number of" before a numeral names the count itself, no running total
    ("A number of 7,305 citizens entered Velmar on Sunday.", 7305, "daily"),
    ("A total number of 456,284 citizens entered Velmar.", 456284, "cumulative"),
    # "starting with <date>": since that day
    ("Starting with 10 February, 938,703 people entered Velmar.", 938703, "cumulative"),
    # a label before a colon, as a flattened table writes a row, says what the number counts
    ("IDPs displaced in May: 14,300", 14300, "cumulative"),
    ("Storm Vela: 1,150 villagers left their homes for higher ground", 1150, "cumulative"),
    # part of a month; from the last report to a day
    ("In the first half of June, 8,900 people crossed into Selva.", 8900, "cumulative"),
    ("Between the last report and 14 June, 900 people returned to Ombra.", 900, "cumulative"),
    # a total that crosses a round mark
    ("Refugees cross 3 million mark as fighting spreads", 3000000, "cumulative"),
    ("Refugees fleeing to Kotra pass 50,000 mark", 50000, "cumulative"),
    # a part among everyone who moved
    ("Around 2,000 third-country nationals were among those fleeing Ostra.", 2000, "cumulative"),
    ("About 600 students are among the people who fled the city.", 600, "cumulative"),
    # a move told by a hazard as its cause, or as what a hazard caused
    ("In Dervo, 12,000 people arrived because of the drought.", 12000, "cumulative"),
    ("Some 8,500 herders moved to Lasko due to the prolonged drought.", 8500, "cumulative"),
    ("About 4,100 people fled as a result of the fighting near Umba.", 4100, "cumulative"),
    ("About 4,100 people fled on Monday because of the fighting.", 4100, "daily"),
    (
        "This eruption affected nine villages, causing the evacuation of 1,150 people.",
        1150,
        "cumulative",
    ),
    ("The floods prompted the displacement of some 27,000 residents.", 27000, "cumulative"),
    # a bare participle of displacement before a phrase of place
    (
        "- More than 61,000 people displaced on Tano hill, under threat of attack",
        61000,
        "cumulative",
    ),
    ("- Some 9,300 people displaced near the Belu river crossing", 9300, "cumulative"),
    # a list after a colon whose lead clause states a total
    (
        "Over 245,000 people are displaced from their homes: in Banar district, 65,000 "
        "displaced people arrived from rural areas; in Gedo, some 30,000 newly displaced "
        "people arrived in the towns of Balu and Dolo.",
        30000,
        "cumulative",
    ),
    (
        "Some 52,000 people have fled since April: in Selva, 21,000 arrived in the camps; "
        "in Marro, 9,000 reached the river towns.",
        9000,
        "cumulative",
    ),
    (
        "Some 52,000 people have fled since April: in Selva, 1,200 arrived on Monday.",
        1200,
        "daily",
    ),
]


@pytest.mark.parametrize(("text", "value", "period"), BATTERY)
def test_battery(make_doc: MakeDoc, text: str, value: int, period: str) -> None:
    """Should give each made-up figure the period the labelling conventions give it."""
    figures = extract_figures(make_doc(text, published=PUBLISHED))
    (figure,) = [f for f in figures if f.value == value]
    assert figure.period == period, (figure.metric, figure.period)
