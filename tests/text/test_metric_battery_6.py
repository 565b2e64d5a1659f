"""A sixth battery of made-up report sentences for the metric, from reports of new events.

Each case names one figure (by its value) and the metric the labelling conventions give
it. The sentences are made up in the style of real reports (a cyclone's displaced in
camps, front-line towns emptied by shelling, a hurricane's evacuation orders, floods with
rescue crews deployed); none is copied from them. They keep to the grammar that decides
the metric:

- in a list of figures, the next figure with its qualifier ("511 deaths were reported, at
  least 1,724 people are injured") opens a clause of its own: its verb is not the first
  figure's;
- in the present tense, "there are N people (internally) displaced" is a stock, like "N are
  displaced" (``present``); "there were N ... who refused to leave" stay (``remaining``);
- states joined as the counted noun ("left 138,000 dead or missing") are a toll: the state
  the noun names, not people left somewhere;
- "the number of X ... has risen to N", "the number of displacements includes N": what is
  counted is said right after "of", not by the words nearest the figure;
- ordering "the evacuations of" people is a plan, in the plural too;
- "rescue workers", "evacuation teams" are people deployed, not people moved;
- "taking N civilians prisoner" holds them: no move;
- "half the 74,000 inhabitants", "two of the four children": the whole is a stock, what
  happened is said of the part;
- a part counted by a noun of events ("including two million evacuations") says its own
  event, not the whole's; a part described by a state ("including 40 wounded") shares the
  whole's;
- "N displaced by" an agent is a passive, a move; "home to N people displaced" is a stock,
  like "there are";
- a shelter or a camp that "had" N people holds them (``present``);
- "told 700,000 people living in low-lying areas to move": an order, whatever phrase of
  place comes between the people and the infinitive;
- coordinated subjects share the mood of their verb ("6,000 soldiers and 3,000 police will
  be deployed": both a plan);
- a convoy or people "forced to turn back", "pushed back" failed to move: a plan, not done
  ("sent back to their homes" is a move);
- a clause of time inside a relative clause ("who were there before the war began") is part
  of it: the finite verb after it is the number's;
- a headline tells a move in the present ("Rescuers pluck 300 from rooftops");
- an order or a warning heeded or obeyed is a move made ("3,000 heeded the evacuation
  order"); not heeded, the people stay;
- a move foreseen as a risk ("500,000 risk being displaced if the fighting goes on", "at risk
  of displacement") is a forecast, a plan; "at risk from the floods" is no move;
- a toll "claimed" with its noun left out ("has claimed at least 17 more") counts the dead;
- a list in brackets ("in three districts (Orsa, Lema, and Tiru)") is no clause break.
"""

from collections.abc import Callable

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

BATTERY: list[tuple[str, int, str]] = [
    # the next figure of a list, with its qualifier, has its own verb
    ("As of Monday, 411 deaths were reported, at least 1,300 people are injured, while 53 "
     "people are still missing.", 411, "killed"),
    ("As of Monday, 411 deaths were reported, at least 1,300 people are injured, while 53 "
     "people are still missing.", 1_300, "wounded"),
    ("Officials said 96 bodies were recovered, about 2,000 people are in shelters.", 96,
     "killed"),
    # a fronted phrase before a list is shared
    ("Of those who fled, some 14,000 reached Lindau, more than 9,000 headed for Brava.",
     9_000, "evacuated"),
    # "there are N people displaced" is a stock; refusing to leave, they stay
    ("There are currently 23,400 people internally displaced residing in 57 camps.", 23_400,
     "present"),
    ("There are 8,100 people displaced in the district, the agency said.", 8_100, "present"),
    ("At that time there were 44 civilians there, who at one time flatly refused to "
     "evacuate.", 44, "remaining"),
    ("There were 300 villagers left, who would not leave their homes.", 300, "remaining"),
    ("There were 2,300 people displaced by the floods on Monday.", 2_300, "evacuated"),
    ("There are 500 people who have fled to the hills.", 500, "evacuated"),
    # states joined as the noun: the first state, a toll
    ("The storm left more than 9,000 dead or missing on Friday.", 9_000, "killed"),
    ("The blast left 70 dead and injured in the market.", 70, "killed"),
    ("The quake left 400 dead and 300 missing.", 300, "missing"),
    ("The storm left 45,000 homeless.", 45_000, "present"),
    # the number of what is counted, said right after "of"
    ("Officials said the number of people injured in the storm and now receiving treatment "
     "in clinics has risen to 74.", 74, "wounded"),
    ("The number of displacements includes around 12,000 people in Kerim district.",
     12_000, "evacuated"),
    ("The number of people waiting at the border has risen to 5,000.", 5_000, "waiting"),
    ("The number of people who have fled the town has reached 3,000.", 3_000, "evacuated"),
    ("The number of people in the camps stands at 40,000.", 40_000, "present"),
    # ordering evacuations is a plan, in the plural too
    ("The storm forced officials to order the evacuations of as many as 40,000 people.",
     40_000, "planned"),
    ("Officials ordered evacuations of about 20,000 people on the coast.", 20_000, "planned"),
    ("Officials ordered the evacuation of 12,000 residents.", 12_000, "planned"),
    # rescue workers and evacuation teams are deployed, not moved
    ("Crews were mobilised, with over 600 soldiers and rescue workers deployed to help.",
     600, "present"),
    ("Rescue workers pulled 40 people from the rubble.", 40, "evacuated"),
    ("Some 150 evacuation workers were deployed to the valley.", 150, "present"),
    # taking people prisoner holds them
    ("Rebels were accused of taking dozens of civilians prisoner in the area.", 24, "other"),
    ("Gunmen took 30 villagers hostage on Sunday.", 30, "other"),
    ("Soldiers took 300 people to the camp.", 300, "evacuated"),
    # the whole of a part is a stock
    ("Just over half the 74,000 inhabitants were severely affected by the storm.", 74_000,
     "present"),
    ("Police know where two of the four children are staying.", 4, "present"),
    ("Officials said 800 of the village's 1,000 inhabitants perished.", 1_000, "present"),
    ("The boy was one of at least 15 dead children seen on the road.", 15, "killed"),
    # a part counted by a noun of events says its own event
    ("At least nine Kervish and four Dalmese dead, including more than a million evacuations "
     "as the storm hits the coast.", 1_000_000, "evacuated"),
    ("Some 3,000 people fled, including 40 deaths on the road.", 40, "killed"),
    ("About 300 people were evacuated, including 40 wounded.", 40, "evacuated"),
    # "displaced by" an agent is a passive: a move; "home to N displaced" a stock
    ("12 dead and thousands displaced by Storm Ilsa", 1_000, "evacuated"),
    ("The town of Berat is now home to over 16,000 people displaced by recent fighting.",
     16_000, "present"),
    ("The camps are home to about 40,000 displaced persons.", 40_000, "present"),
    # a place that had people holds them
    ("Red Cross shelters at the arena and the convention centre had about 1,400 people "
     "overnight.", 1_400, "present"),
    ("The camp had 900 residents before the storm.", 900, "present"),
    # told to move, with a phrase of where they live between: a plan
    ("The government told 700,000 people living in low-lying areas to move to cyclone "
     "shelters.", 700_000, "planned"),
    # coordinated subjects share the mood of their verb
    ("He said 6,000 soldiers and 3,000 police will be deployed to the coast.", 6_000,
     "planned"),
    ("Some 4,000 residents and 300 tourists were evacuated on Friday.", 4_000, "evacuated"),
    # made to turn back: a failed attempt, a plan
    ("An evacuation convoy carrying 300 civilians was forced to turn back after shelling.",
     300, "planned"),
    ("A column of 1,200 people was forced back by the shelling.", 1_200, "planned"),
    ("About 400 migrants were pushed back at the border.", 400, "planned"),
    ("Some 2,000 refugees were sent back to their homes.", 2_000, "evacuated"),
    ("About 900 migrants were sent back to Lindia on Tuesday.", 900, "evacuated"),
    # a clause of time inside a relative clause belongs to it
    ("Tens of thousands of refugees who were in Orsa before the war began are trapped in two "
     "camps on the front line.", 10_000, "remaining"),
    ("About 400 people who left when the shelling started are staying in schools.", 400,
     "present"),
    # a headline's present tense of a move
    ("Rescuers pluck 300 from rooftops", 300, "evacuated"),
    ("Troops pull 120 from the rubble", 120, "evacuated"),
    ("Police pulled 40 people from the river.", 40, "evacuated"),
    # an order or a warning heeded is a move made; not heeded, they stay
    ("About 3,000 residents heeded the evacuation order.", 3_000, "evacuated"),
    ("Only a few hundred residents have chosen to heed the warning.", 200, "evacuated"),
    ("Some 300 residents did not heed the evacuation order.", 300, "remaining"),
    ("Some 300 residents refused to obey the order to leave.", 300, "remaining"),
    # a move foreseen as a risk is a forecast
    ("An additional 500,000 people in the border districts risk being displaced if the "
     "fighting continues.", 500_000, "planned"),
    ("About 40,000 people are at risk of displacement.", 40_000, "planned"),
    ("Some 20,000 people are at risk from the floods.", 20_000, "other"),
    # a toll claimed, its noun left out
    ("After the first storm took 20 lives in the state, the second has claimed at least 17 "
     "more.", 17, "killed"),
    ("Rebels claimed 300 fighters had joined them.", 300, "other"),
    # a list in brackets is no clause break
    ("An additional 500,000 people in districts along the border (Orsa, Lema, and Tiru) risk "
     "being displaced if the fighting continues.", 500_000, "planned"),
    ("About 1,200 people (mostly women, children and the elderly) were evacuated on Monday.",
     1_200, "evacuated"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "metric"), BATTERY)
def test_battery_metric(make_doc: MakeDoc, text: str, value: int, metric: str) -> None:
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert figures[0].metric == metric
