"""A third battery of made-up report sentences for the metric of flows, written from new events.

Each case names one figure (by its value) and the metric the labelling conventions give
it. The sentences are made up in the style of real reports on events outside the
development set (an evacuation from a besieged compound and a repatriation by ferry and
air, evacuations after a dam breach, boat arrivals on an island and crossings of a land
border); none is copied from them. They keep to flows (evacuated, arrived, killed,
missing, other) and the grammar that decides between them:

- a move said with "into" and the place reached ("fled into Chad", "have gone back into
  the region") is counted where people reach: ``arrived`` (a flight into the hills or the
  bush is still a flight);
- a second object of one verb ("evacuated 45 aid workers and 1,200 civilians sheltering
  in the compound") is moved by that verb, whatever describes it;
- a verb of moving whose own object is a thing ("took statements from 900 people",
  "brought food parcels to 1,500 residents") says nothing of a move of the people;
- "brought the number of X to N" counts, it does not move;
- a wish in a relative clause before the number ("all residents who wished to leave, some
  40,000 people, had been evacuated") describes the people, it is not the figure's plan;
- "displaced" before the counted noun ("thousands of internally displaced people") is an
  adjective of a stock, not a verb of moving;
- a capitalised word inside a sentence is part of a name ("people with the Joint
  Assistance Mission"), not a cue.
"""

from collections.abc import Callable

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

BATTERY: list[tuple[str, int, str]] = [
    # a move into the place reached: counted where people arrive
    ("Some 4,000 people fled across the border into Chad overnight, the agency said.",
     4_000, "arrived"),
    ("More than 20,000 refugees have escaped into Uganda since January.", 20_000, "arrived"),
    ("Thousands of families fleeing into the neighbouring country have overwhelmed the "
     "reception centres.", 1_000, "arrived"),
    ("An estimated 12,000 civilians who escaped from the mountain have gone back into the "
     "northern region over the past three days.", 12_000, "arrived"),
    ("Since the fighting began, more than 60,000 people are believed to have fled from the "
     "west of the country into the neighbouring republic.", 60_000, "arrived"),
    ("About 2,500 residents were evacuated into neighbouring Moldova by bus on Friday.",
     2_500, "arrived"),
    # ... but not into the wild, nor "to" a place (the convention keeps "fled to X" a flight)
    ("Around 6,000 villagers fled into the hills when the militia arrived.", 6_000, "evacuated"),
    ("About 8,000 people ran into the forest on Sunday night.", 8_000, "evacuated"),
    ("About 900 residents fled to the capital on Tuesday.", 900, "evacuated"),
    ("Police said 40 looters were taken into custody overnight.", 40, "other"),
    ("Nearly 3,000 people have been evacuated from the flooded villages into temporary "
     "shelters.", 3_000, "arrived"),
    # a second object of one verb of moving
    ("Soldiers evacuated 45 aid workers and 1,200 civilians sheltering in the mission compound.",
     1_200, "evacuated"),
    ("Helicopters airlifted 60 patients and 40 medical staff to the capital.", 40, "evacuated"),
    ("The navy rescued 80 fishermen and 35 tourists stranded on the reef.", 35, "evacuated"),
    ("The convoy brought out 300 children and 150 elderly people living in the old town.",
     150, "evacuated"),
    # ... while a second figure with a verb or a state of its own keeps it
    ("The blast killed 12 people and 40 others were wounded.", 40, "wounded"),
    ("Floods killed 17 people and 40 are still missing.", 40, "missing"),
    ("Gunmen killed 9 villagers and 14 wounded were taken to hospital.", 14, "evacuated"),
    # a verb of moving with a thing as its own object
    ("Police took statements from more than 900 people who lost property in the flood.",
     900, "other"),
    ("Volunteers took food parcels to 1,500 elderly residents on Tuesday.", 1_500, "other"),
    ("The boats took 300 people to the mainland.", 300, "evacuated"),
    ("Rescuers brought 45 survivors to the district hospital.", 45, "evacuated"),
    # a tally brought to a figure
    ("The new arrivals brought the number of migrants on the island to nearly 3,900.",
     3_900, "present"),
    ("Today's flights brought the number of evacuees to 5,400.", 5_400, "evacuated"),
    ("The new landings brought the total of migrants who have arrived since Friday to 8,200.",
     8_200, "arrived"),
    ("The new deaths brought the toll to 45.", 45, "killed"),
    ("Today's arrivals bring the number to 12,000.", 12_000, "arrived"),
    ("Another 300 people were evacuated on Monday. This brought the total to 5,000.",
     5_000, "evacuated"),
    # a wish in a relative clause before the number describes the people
    ("Officials said all residents who wished to leave, some 40,000 people, had already been "
     "evacuated.", 40_000, "evacuated"),
    ("All those who wanted to go - about 2,300 foreigners - have now been flown out.",
     2_300, "evacuated"),
    ("Some 5,000 residents who wish to leave will be moved by bus on Monday.", 5_000, "planned"),
    # "displaced" before the counted noun is an adjective of a stock
    ("Aid agencies warned that thousands of internally displaced people were running out of "
     "food.", 1_000, "present"),
    ("The mission abandoned its compound and issued a warning that 300,000 displaced persons "
     "were short of food.", 300_000, "present"),
    ("The floods displaced 4,000 people in the valley.", 4_000, "evacuated"),
    ("Some 2,000 displaced families have returned to their villages.", 2_000, "evacuated"),
    # a capitalised word inside a sentence is a name, not a cue
    ("About 200 people with the Joint Assistance Mission were flown out to the coast on "
     "Friday.", 200, "evacuated"),
    ("About 200 people with food assistance were counted in the camp.", 200, "other"),
    # a particle of direction after the object tells the move ("assisted 791 people back")
    ("Today the agency assisted a total of 640 people back to their home districts.",
     640, "evacuated"),
    ("Volunteers helped 85 elderly residents home after the water receded.", 85, "evacuated"),
    ("The coastguard guided 40 fishermen back into port.", 40, "arrived"),
    # a number fronted by "apart from", "besides", "along with": it shares the main verb
    ("Apart from 577 French citizens, 502 nationals of other countries have been evacuated.",
     577, "evacuated"),
    ("Besides 120 staff members, some 1,400 refugees were flown out on Tuesday.",
     120, "evacuated"),
    ("Along with 45 aid workers, 300 patients were taken to the capital by road.",
     45, "evacuated"),
    ("In addition to 60 dead, 240 people were wounded in the blast.", 60, "killed"),
    # a load or a group of people moved by the verb before it, whatever describes them
    ("The Red Cross evacuated a ferry load of 400 civilians wounded in the fighting.",
     400, "evacuated"),
    ("Soldiers rescued a group of 30 hikers trapped by the flood.", 30, "evacuated"),
    ("The blast injured a group of 30 workers trapped in the mine.", 30, "wounded"),
    # a reduced relative before a simple past: the past form after the phrase is the verb
    ("A reported 208 migrants rescued from four small boats reached the island overnight.",
     208, "arrived"),
    ("Some 300 people evacuated from the coastal villages returned home on Friday.",
     300, "evacuated"),
    ("About 1,000 people evacuated from areas flooded by the river are in schools.",
     1_000, "present"),
    # forced from their homes, by any verb of chasing
    ("The river drowned crops and chased thousands of people from their ruined homes.",
     1_000, "evacuated"),
    ("Militias chased 2,000 villagers out of the valley last week.", 2_000, "evacuated"),
    # the verbs of a country or a place taking people in, as their object
    ("The island has absorbed some 20,000 migrants this year.", 20_000, "arrived"),
    ("Neighbouring countries have accepted 15,000 refugees so far.", 15_000, "arrived"),
    ("About 550 residents accepted to be moved to the new site.", 550, "planned"),
    ("Some 1,000 people sought safety in the neighbouring district.", 1_000, "arrived"),
    ("About 700 families found sanctuary in the cathedral.", 700, "arrived"),
    # a past participle after the object describes the people the verb before it counts
    ("The transit camp received 900 refugees bused from the border on Monday.", 900, "arrived"),
    ("Shelling killed 14 people displaced from the eastern districts.", 14, "killed"),
    ("Rescuers evacuated 60 patients injured in the blast to the capital.", 60, "evacuated"),
    # a toll before "with" and another figure: the toll's own clause ends there
    ("Dam breach toll rises to 16 with 31 missing", 16, "killed"),
    ("Dam breach toll rises to 16 with 31 missing", 31, "missing"),
    ("The death toll climbed to 52 with 200 injured, officials said.", 52, "killed"),
    # a rescue from the water, a wreck or the rubble, by any verb of taking out
    ("A coast guard vessel picked up 141 people from a sinking dinghy.", 141, "evacuated"),
    ("Fishermen hauled 23 survivors from the water.", 23, "evacuated"),
    ("Rescuers saved 53 people from the capsized boat.", 53, "evacuated"),
    ("Rescue teams that had saved 1,518 people were stood down on Monday.", 1_518, "evacuated"),
    ("The vaccination campaign saved 5,000 lives.", 5_000, "other"),
    # an aside between dashes, like one between commas, is skipped to reach the verb
    ("About 200,000 refugees - many limping, hungry and cold - have poured through the town "
     "in the past week.", 200_000, "arrived"),
    ("Some 6,000 people - mostly women and children, some of them wounded - were evacuated "
     "by boat.", 6_000, "evacuated"),
    ("Thousands of refugees have poured through this town of 30,000 in the past week.",
     30_000, "present"),
    ("Evacuation orders were issued for the city of 20,000 people on Wednesday.",
     20_000, "present"),
    # a toll told by the lives a disaster claimed, whatever else the clause says
    ("The typhoon, which swept across the east of the country, has claimed 44 lives.",
     44, "killed"),
    ("Gunmen slaughtered at least 150 villagers as thousands fled.", 150, "killed"),
    ("Every night, we are burying at least 50 children.", 50, "killed"),
    ("He said he helped bury 51 women and children during the trek.", 51, "killed"),
    # "with" and its noun after the counted noun describe the people before their verb
    ("He said 80 people with injuries were evacuated from the island.", 80, "evacuated"),
    ("Some 300 people with disabilities are still waiting for buses.", 300, "waiting"),
    # getting out, away or down from where people were held
    ("Thousands have succeeded in getting down from the mountain, officials said.",
     1_000, "evacuated"),
    ("About 5,000 people managed to get away from the besieged town.", 5_000, "evacuated"),
    # "with" right after the counted noun describes the people, it holds no one
    ("Among those evacuated were 26 children, seven patients and six people with limited "
     "mobility.", 6, "evacuated"),
    ("The boat took 40 people with disabilities to the mainland.", 40, "evacuated"),
    ("Kakuma is a camp with 180,000 refugees from the region.", 180_000, "present"),
    # "went" is a move only when it goes somewhere
    ("Some 30 people went missing after the boat capsized.", 30, "missing"),
    ("About 400 workers went on strike at the port.", 400, "other"),
    ("Some 5,000 people went through the transit centre last week.", 5_000, "arrived"),
    ("Around 600 people went back to their villages on Sunday.", 600, "evacuated"),
    ("Militias went on a rampage, forcing some 250,000 people into the neighbouring province.",
     250_000, "arrived"),
    ("The offensive drove 40,000 villagers into hiding.", 40_000, "evacuated"),
    # aboard a wreck: not moved
    ("The ferry sank with 300 people on board.", 300, "other"),
    ("A boat carrying some 300 migrants capsized off the island on Sunday.", 300, "other"),
    ("A ferry with 310 passengers on board docked at the port on Thursday.", 310, "arrived"),
    ("A bus with 50 passengers left at dawn.", 50, "evacuated"),
    # "take" in all its forms: a move of its object
    ("The agency organised two flights today to take 346 migrant workers home.",
     346, "evacuated"),
    ("Some 2,000 residents take part in the clean-up.", 2_000, "present"),
    ("The agency organised another two flights today to take 346 migrants home to the capital.",
     346, "evacuated"),
    ("The island, home to some 6,000 people, was cut off.", 6_000, "present"),
    ("Thousands of people trapped on the coast are forced to take cover in trenches.",
     1_000, "remaining"),
    ("The authorities are expecting more than 100,000 more refugees over the next few days.",
     100_000, "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "metric"), BATTERY)
def test_battery_metric(make_doc: MakeDoc, text: str, value: int, metric: str) -> None:
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert figures[0].metric == metric
