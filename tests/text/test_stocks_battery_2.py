"""A second battery of made-up sentences for the stock metrics and plans (wave 2).

In the style of reports on a northern city emptied before a wildfire (flights out,
reception centres in the south), refugees crossing into a neighbouring country
(collection points, settlements) and crowds massed at a mountain border, written for these
tests (no real report's sentence is copied). Each case names one figure and the metric the
labelling conventions give it; a stock and a plan have no period.

Choices the conventions leave open, taken here: the size of a place ("a city of 20,000")
is who lives there (``present``), whatever the clause says happened to the place; people
massed or gathered at a border, however the spot along it is named, wait to cross
(``waiting``); "registered as missing" counts the missing, not a registration.
"""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.meaning import STOCKS
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

BATTERY: list[tuple[str, int, str]] = [
    # the size of a place, in apposition or after "for": who lives there
    ("The blaze forced the evacuation of Ridgeview, a city of 30,000.", 30_000, "present"),
    ("An evacuation order issued Monday for Lakeside, a town of 6,000, had a noon deadline.",
     6_000, "present"),
    ("An evacuation order was issued on Tuesday night for the city of 25,000 people.",
     25_000, "present"),
    ("Crews fought the fire outside Millbrook, a town of 12,000, on Sunday.", 12_000, "present"),
    ("Refugees poured through the border village of 4,000 in the past week.", 4_000, "present"),
    # told or ordered to go, with a time or a possessive in between: a plan
    ("About 15,000 residents were told on Monday evening to get out by noon on Wednesday.",
     15_000, "planned"),
    ("Some 3,000 villagers were ordered last night to leave their homes.", 3_000, "planned"),
    ("The provincial government on Monday ordered the town's 9,000 residents to leave.",
     9_000, "planned"),
    ("Officials ordered the island's 2,500 inhabitants to evacuate by Friday.", 2_500, "planned"),
    # a forecast or a projection is a plan
    ("Agencies anticipate 500,000 refugees to have fled the country by the end of the year.",
     500_000, "planned"),
    ("The agency forecasts up to 80,000 new arrivals this month.", 80_000, "planned"),
    ("The agency has projected 120,000 new arrivals by December.", 120_000, "planned"),
    # registered or listed as missing: the missing
    ("About 1,200 people have been registered as missing after the storm.", 1_200, "missing"),
    ("Police said 400 people were registered as missing on Monday.", 400, "missing"),
    # massed, gathered or assembled at a border, however the spot is named: waiting
    ("Officials say about 150,000 villagers are massed at several points along the border.",
     150_000, "waiting"),
    ("Aid could not reach an estimated 90,000 refugees massed at its borders.",
     90_000, "waiting"),
    ("He estimated that there were 60,000 refugees gathered at two main areas along the border.",
     60_000, "waiting"),
    ("The lives of 70,000 people, mostly women, assembled on the border are in danger.",
     70_000, "waiting"),
    ("Some 20,000 people congregated at the main border crossing on Friday.", 20_000, "waiting"),
    ("They say there are about 100,000 people massed at more than a dozen points along the"
     " border.", 100_000, "waiting"),
    # gathered at a border with the hope or the intention of crossing: waiting
    ("Some 50,000 people, mostly women, gathered on the (northern) border with the intention"
     " of taking refuge, the council said.", 50_000, "waiting"),
    ("About 8,000 people camped near the frontier in the hope of crossing.", 8_000, "waiting"),
    # the total in a place, however its people are named
    ("That brings the total number of Syrian refugees in the country to about 90,000.",
     90_000, "present"),
    ("The number of refugees entering the country in the past week has reached 40,000.",
     40_000, "arrived"),
    # room found or provided for people is given, not a capacity
    ("After registering and finding accommodation for more than 700 people, the centre closed.",
     700, "present"),
    ("The council has provided shelter for 1,200 evacuees in two schools.", 1_200, "present"),
    ("The hall can provide accommodation for 300 people.", 300, "planned"),
    # staying in a settlement or a camp is a stock there
    ("More than 4,000 refugees are staying in the new settlement near the river.",
     4_000, "present"),
    ("Some 2,000 evacuees are staying in the dormitories of the college.", 2_000, "present"),
    # a relative clause after a comma is about the noun before it, not the number
    ("Some 5,000 people slept on Tuesday night at the collection point, which is meant to hold"
     " 800.", 5_000, "present"),
    ("About 9,000 people are in the camp, which will be expanded next month.", 9_000, "present"),
    # "wound up" is "ended up": no wound
    ("Hundreds of travellers who tried to board wound up waiting for hours at the airport.",
     100, "waiting"),
    # cared for or looked after: a stock where they are
    ("Officials say they are caring for about 300,000 refugees in the camps.",
     300_000, "present"),
    ("The church is looking after 250 evacuees.", 250, "present"),
    # people with vehicles to come share their plan: "expecting 20 flights with 1,800 evacuees"
    ("The city said it will be expecting another 20 flights with a total of 1,800 evacuees.",
     1_800, "planned"),
    ("The ship is due on Friday with some 2,000 passengers.", 2_000, "planned"),
    ("Two flights left the city on Monday with 400 evacuees.", 400, "evacuated"),
    # a failed rebellion is no failed attempt of the people: "failed" before a noun
    ("About 90,000 people have already streamed into the country to flee a failed uprising.",
     90_000, "arrived"),
    # trying to care for people who are there: a stock, not a plan
    ("Officials say they are trying to take care of about 40,000 refugees.", 40_000, "present"),
    ("Aid groups are struggling to accommodate some 12,000 people.", 12_000, "present"),
    ("Officials are trying to evacuate 3,000 residents before the storm.", 3_000, "planned"),
    # a need of housing is a need, like a need of shelter (other)
    ("As many as 30,000 people in the city alone needed housing, the mayor said.",
     30_000, "other"),
    ("Some 8,000 families still need accommodation after the floods.", 8_000, "other"),
    # a place made to house people: a capacity
    ("The camp was created to house up to 4,000 utility workers.", 4_000, "planned"),
    ("The hall was set up to shelter 600 evacuees.", 600, "planned"),
    # on alert, notice or standby to leave: a plan
    ("About 12,000 people were put on alert to evacuate.", 12_000, "planned"),
    ("Some 4,000 residents are on notice to leave at short notice.", 4_000, "planned"),
    ("Some 9,000 residents were placed under an evacuation alert.", 9_000, "planned"),
    ("Some 1,500 troops in the province were put on alert.", 1_500, "present"),
    # still living in shelters or tents: a sheltered stock, not left behind
    ("Some 1.3 million survivors are still living in temporary shelters.", 1_300_000, "present"),
    ("About 40,000 families are still living in tents a year on.", 40_000, "present"),
    ("About 2,000 people are still living in the flooded village.", 2_000, "remaining"),
    # at a way out in the hope of a seat, or staying there: waiting
    ("Some 4,000 people were sleeping at the airport in the hope of a seat on a flight.",
     4_000, "waiting"),
    ("Nearly 2,000 people remain at the border crossing, unable to cross.", 2_000, "waiting"),
    ("About 500 travellers stayed at the ferry terminal overnight.", 500, "waiting"),
    # a shelter filled with people: present
    ("The shelters were filled with some 2,500 evacuees.", 2_500, "present"),
    ("The gym was full of about 800 people.", 800, "present"),
    # plans in place, people picked for a move, a need to leave: plans
    ("Plans are in place to evacuate up to 250,000 people.", 250_000, "planned"),
    ("Arrangements are being made to fly out 900 nationals.", 900, "planned"),
    ("Officials have identified 3,000 vulnerable residents for evacuation.", 3_000, "planned"),
    ("Officials estimate 60,000 people will need to evacuate.", 60_000, "planned"),
    ("About 700 people were queuing for evacuation at the port.", 700, "waiting"),
    # an order to shelter in place keeps people where they are
    ("Some 4,000 people are under a shelter-in-place order.", 4_000, "remaining"),
    # left somewhere, in the passive: still there
    ("Fewer than 500 residents are left in the town.", 500, "remaining"),
    ("Only about 200 people were left on the island.", 200, "remaining"),
    ("About 300 people left on the last ferry.", 300, "evacuated"),
    ("Nearly 1,000 people were left homeless by the fire.", 1_000, "present"),
    # guards: read right today
    ("Officials moved to build a tent city to shelter the 10,000 people arriving each day.",
     10_000, "arrived"),
    ("About 5,000 residents were told to shelter in place.", 5_000, "remaining"),
    ("Around 4,000 people were told to leave their homes on Sunday.", 4_000, "planned"),
    ("Some 3,000 evacuees are staying with relatives in the capital.", 3_000, "present"),
    ("That brings the total number of refugees in the country to about 150,000.",
     150_000, "present"),
    ("Officials say 600 people have been listed as missing.", 600, "missing"),
    ("About 2,000 residents stayed behind despite the order.", 2_000, "remaining"),
    ("Some 800 people remain stranded in the mountains near the border.", 800, "remaining"),
    ("The city said 1,900 evacuees have registered at reception centres since Thursday.",
     1_900, "present"),
    ("Some 300 people were wounded in the shelling.", 300, "wounded"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "metric"), BATTERY)
def test_stocks_battery_2(make_doc: MakeDoc, text: str, value: int, metric: str) -> None:
    """Should give each made-up stock or plan its metric and no period."""
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert figures[0].metric == metric, (figures[0].metric, figures[0].period)
    if metric in STOCKS:
        assert figures[0].period == "", figures[0].period


# A plan is dated the day it was given when its clause names an earlier day; a day it is due
# by (or starts on) is not that day, and without one it is the day of the report (a Friday).
PLAN_DAYS: list[tuple[str, int, date]] = [
    ("About 15,000 residents were told on Wednesday evening to get out by noon on Friday.",
     15_000, date(2016, 12, 14)),
    ("The government on Tuesday ordered the town's 9,000 residents to leave.",
     9_000, date(2016, 12, 13)),
    ("Some 4,000 residents were ordered to leave by Thursday.", 4_000, date(2016, 12, 16)),
    ("The mayor said on Wednesday that 3,000 residents would be moved to hotels.",
     3_000, date(2016, 12, 16)),
    ("The army told reporters on Tuesday it would evacuate 700 villagers.",
     700, date(2016, 12, 16)),
    ("Officials expect 2,000 more evacuees to arrive on Sunday.", 2_000, date(2016, 12, 16)),
]  # fmt: skip
PLACE_DAYS: list[tuple[str, int, date]] = [
    ("An evacuation order issued Wednesday for Lakeside, a town of 6,000, had a noon deadline.",
     6_000, date(2016, 12, 16)),
    ("An evacuation order was issued on Tuesday night for the city of 25,000 people.",
     25_000, date(2016, 12, 16)),
    ("On Tuesday evening, the order was widened to the whole town of 9,000 people.",
     9_000, date(2016, 12, 13)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "day"), PLAN_DAYS)
def test_plan_day(make_doc: MakeDoc, text: str, value: int, day: date) -> None:
    """Should date a plan by the day it was given, never by a deadline or a day to come."""
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert (figures[0].metric, figures[0].as_of) == ("planned", day)


@pytest.mark.parametrize(("text", "value", "day"), PLACE_DAYS)
def test_place_day(make_doc: MakeDoc, text: str, value: int, day: date) -> None:
    """Should date a place's size by the report, not by what befell the place."""
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert (figures[0].metric, figures[0].as_of) == ("present", day)
