"""An eighth battery of made-up report sentences for the metric, from reports of other events.

Each case names one figure (by its value) and the metric the labelling conventions give
it. The sentences are made up in the style of real reports (monsoon floods and their
relief camps, cyclones on a delta coast, foreign workers leaving a country at war, refugees
crossing into a neighbour, a wildfire's evacuations); none is copied from them. They keep to
the grammar that decides the metric:

- people "taking refuge" or "taking shelter" in camps, centres or schools (a participle of
  a state, no verb of their own), people who "packed" or "crammed into" relief camps and
  people "recorded in" camps are there: ``present`` (who "sought refuge in" a country
  reached it, as before);
- a clause of time or cause opened by "as" with its own subject and verb ("as the death
  toll has touched 197", "as crews try to contain the flames") is no part of the number's
  clause: its toll or its plan is not the number's;
- "could be at risk", "might be affected" is a hedged state, not a move to come; "affected
  due to the floods" gives a cause, not a plan ("due to leave" is one);
- "a nation with 160 million people" is the size of a place, as "a nation of" is;
- a list of counts ("20,000 Chinese, 15,000 Turks and 1,400 Italians were evacuated")
  shares the verb after its last item, the first item too;
- a relative clause that ends the sentence says what the whole counted after "half of
  the" did ("half of the 5.3 million refugees who left the country"): not a stock;
- the presence of people recorded somewhere is a stock;
- people "sent" across a border, to a named place or to shelters were moved (responders
  sent somewhere are deployed); a place "home to" people counts who lives there, whatever
  brought them ("most of them refugees who fled"), as do people who "now live here";
- a capacity may have a time between the verb and its "to" ("set up 15 years ago to
  accommodate 40,000"); "may" is a modal of a move to come as "might" is (not the month);
- a full stop before a new sentence ends the clause before a number, inside a quotation
  too;
- a number that measures a capacity ("its 600-person capacity", "half of the 8,000-person
  capacity") is room for people: ``planned``, as "a capacity of 600" is, and so is a cap
  ("to a maximum of 250 people each day"); "find shelter" in a place reaches it, as "found
  shelter" does;
- a place "home to" people counts who lives there even when the sentence began with "the
  number of people displaced"; refugees "verified" are registered (``present``); people who
  "remained out of" or "stayed away from" their homes are still displaced (``present``),
  not staying behind; people "currently displaced" are a stock, as people "staying in IDP
  sites" are; "at risk of expulsion" or "of deportation" is a move foreseen (``planned``), as
  "at risk of eviction" is; people who "settled in" a camp are there (a part "of them" with
  that verb does not take the toll counted before).
"""

from collections.abc import Callable

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

BATTERY: list[tuple[str, int, str]] = [
    # a participle of a state, in shelters: a stock
    (
        "With over 48,000 people taking shelter in 900 relief camps, the state asked for more "
        "tents.",
        48_000,
        "present",
    ),
    (
        "The minister said the number of people taking refuge in the 2,310 relief camps now "
        "stood at 310,000.",
        310_000,
        "present",
    ),
    ("More than 90,000 people have packed relief camps to escape the floods.", 90_000, "present"),
    (
        "A total of 412,500 people were now recorded in about 1,700 relief camps across the "
        "province, a spokesman said.",
        412_500,
        "present",
    ),
    (
        "The survey recorded the presence of 12,340 displaced individuals (2,760 families) in "
        "40 sites.",
        2_760,
        "present",
    ),
    # a clause of time or cause with its own subject: its verb is not the number's
    (
        "Thousands of villagers in the river districts are struggling to survive as the death "
        "toll has reached 142 in the past week.",
        1_000,
        "other",
    ),
    (
        "Since Monday night, over 60,000 people have had to leave their homes as firefighters "
        "try to contain the blaze.",
        60_000,
        "evacuated",
    ),
    # a hedged state, a cause: no plan
    (
        "The agency warned that more than three million people could be at risk from the storm.",
        3_000_000,
        "other",
    ),
    (
        "As many as 24,800 people were affected due to monsoon floods while rescuers "
        "evacuated 9,300.",
        24_800,
        "other",
    ),
    # the size of a place, with "with"
    (
        "Marenland, a coastal nation with more than 40 million people, will evacuate nearly "
        "200,000 people.",
        40_000_000,
        "present",
    ),
    # a list shares the verb after its last item
    (
        "According to officials, at least 8,000 Koreans, 6,500 Poles and 900 Greeks were "
        "evacuated from the country.",
        8_000,
        "evacuated",
    ),
    # sent somewhere: moved ("sent" responders are deployed, as before)
    (
        "The drought has sent more than 30,000 Ostravians across the border to Kelm in the "
        "past year.",
        30_000,
        "evacuated",
    ),
    (
        "Some 12,000 homes have collapsed, sending more than 90,000 people to temporary shelters.",
        90_000,
        "evacuated",
    ),
    # a place that is home to people: who lives there, whatever brought them
    (
        "The camps are currently home to about 140,000 people, most of them Ostravians who "
        "fled fighting over the past decade.",
        140_000,
        "present",
    ),
    ("Over 210,000 people now live here, with more arriving every day.", 210_000, "present"),
    # a capacity, with a time between "set up" and "to"
    (
        "Set up 15 years ago to accommodate 40,000 refugees, the camp now holds many more.",
        40_000,
        "planned",
    ),
    # "may" as a modal: a move to come
    ("Some 25,000 displaced villagers may cross into Marenland.", 25_000, "planned"),
    # a full stop inside a quotation ends the clause before the number
    (
        '"The outlook is grim. 8,000 dead, perhaps more than 10,000. More than 300,000 '
        'homeless, struggling to find food."',
        300_000,
        "present",
    ),
    # a number that measures a capacity: room, not people
    (
        "The transit centre is hosting 2,310 refugees, compared to its 600-person capacity.",
        600,
        "planned",
    ),
    (
        "The figure is about half of the province's 8,000-person capacity for evacuees.",
        8_000,
        "planned",
    ),
    # "find shelter" somewhere, as "found shelter" or "sought refuge": reached
    ("Thousands find shelter in Kelm after escaping the siege", 1_000, "arrived"),
    # "home to" counts who lives there, even after "the number of people displaced"
    (
        "There is no figure for the number of people displaced in the province, which is home "
        "to some 3 million.",
        3_000_000,
        "present",
    ),
    # verified (as registered): a stock
    ("By 30 April about 41,300 refugees from Ostravia were verified.", 41_300, "present"),
    # still out of their homes: displaced, a stock; not staying behind
    (
        "In the valley, thousands of people remained out of their homes as two fires burned.",
        1_000,
        "present",
    ),
    ("About 4,000 people stayed away from their homes on Friday.", 4_000, "present"),
    # a cap on a movement: room, not a count of people
    (
        "The crossing is open on Tuesdays and Thursdays to a maximum of 250 people each day.",
        250,
        "planned",
    ),
    # displaced now, a stock; staying in IDP sites, there
    (
        "Over 60,000 people are currently displaced from their homes in Marel Province.",
        60_000,
        "present",
    ),
    (
        "The cluster estimates that nearly 84,000 displaced people are staying in 41 IDP sites "
        "across the province.",
        84_000,
        "present",
    ),
    # a move foreseen as a risk
    (
        "The decree puts more than 900,000 undocumented Ostravians at risk of expulsion.",
        900_000,
        "planned",
    ),
    # settled in a camp: there now, not the toll the sentence before gave
    (
        "Cholera killed tens of thousands of Ostravians. The first refugees came in April; "
        "around 3,000 of them settled in a camp near Kelm.",
        3_000,
        "present",
    ),
    # a relative clause at the end says what the whole did
    (
        "This is more than half of the 2.4 million refugees who left Ostravia since the war began.",
        2_400_000,
        "evacuated",
    ),
]

# Cases that already held before this battery, kept so that the rules above stay narrow.
UNCHANGED: list[tuple[str, int, str]] = [
    ("More than 15,000 refugees have sought refuge in Marenland since May.", 15_000, "arrived"),
    ("Some 300 passengers are due to leave on Friday.", 300, "planned"),
    ("Some 5,000 people could be evacuated if the river rises.", 5_000, "planned"),
    ("About 2,000 people fled as the fighting spread to the suburbs.", 2_000, "evacuated"),
    ("About 200 people with food assistance were counted in the camp.", 200, "other"),
    ("The navy sent hundreds of marines into the flooded islands.", 100, "present"),
    ("In May 2,000 people fled the town.", 2_000, "evacuated"),
    ("Some 2,000 people stayed behind in the town.", 2_000, "remaining"),
    ("As of 8 a.m. on 3 May, 6,100 people had crossed the bridge.", 6_100, "arrived"),
]


@pytest.mark.parametrize(("text", "value", "metric"), BATTERY + UNCHANGED)
def test_battery_metric(make_doc: MakeDoc, text: str, value: int, metric: str) -> None:
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert figures[0].metric == metric
