"""A battery of made-up sentences for the stock metrics and plans, with an empty period.

In the style of reports on storm-surge evacuation orders and city shelters, seaside
wildfires where people fled to the beaches, and cyclone warnings on a low coast, written
for these tests (no real report's sentence is copied). Each case names one figure and the
metric the labelling conventions give it: ``planned`` (an order, a plan, a forecast, a
capacity), ``waiting`` (at a way out for a boat or a bus), ``remaining`` (still there, not
moved, refused or would not go), ``present`` (sheltered, housed, homeless, deployed, not
yet back home). A stock and a plan have no period.

Choices the conventions leave open, taken here: people who cannot (yet) return home are a
displaced stock (``present``), like "remain displaced"; "remain homeless" is ``present``
like "left homeless"; crews fighting a fire are deployed (``present``); a need of
shelter ("would need shelter") is a need (``other``), like "will require food aid".
"""

from collections.abc import Callable

import pytest

from corridor.text.extract import extract_figures
from corridor.text.meaning import STOCKS
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

BATTERY: list[tuple[str, int, str]] = [
    # an order issued for people, in the passive: the order is the cue, not a later verb
    ("Evacuation orders were issued on Sunday for 375,000 people in low-lying areas.",
     375_000, "planned"),
    ("A mandatory evacuation order was given for about 50,000 residents of the island.",
     50_000, "planned"),
    ("Evacuation warnings have been sent to 12,000 households along the river.",
     12_000, "planned"),
    ("An evacuation notice was served on 800 families living below the dam.", 800, "planned"),
    ("This evacuation affects more than 300,000 residents of the low-lying zone.",
     300_000, "planned"),
    ("The voluntary evacuation now covers some 80,000 people.", 80_000, "planned"),
    # "ordered evacuated": an order with a participle is still an order
    ("About 25,000 residents were ordered evacuated on Sunday.", 25_000, "planned"),
    ("Some 4,000 tenants were ordered relocated before the tide.", 4_000, "planned"),
    # an inverted copula: what the description before it says is what the number is
    ("Among those told to leave are 45,000 residents of public housing.", 45_000, "planned"),
    ("Among those ordered to evacuate were 9,000 patients and staff.", 9_000, "planned"),
    ("Among those evacuated were 300 children from an orphanage.", 300, "evacuated"),
    # an expectation in the progressive is a plan
    ("Officials said they were expecting some 2,000 evacuees to arrive overnight.",
     2_000, "planned"),
    ("We are expecting a few hundred tourists to cross in the coming hours, he said.",
     200, "planned"),
    # a refusal or a will not to move: they stay
    ("Some 90 residents refused to budge, the mayor said.", 90, "remaining"),
    ("Police said 120 people would not leave their homes.", 120, "remaining"),
    ("About 60 villagers will not abandon their cattle.", 60, "remaining"),
    ("Around 300 islanders won't move, officials said.", 300, "remaining"),
    ("About 4,000 people did not evacuate before the storm.", 4_000, "remaining"),
    ("An estimated 5,000 residents refused to evacuate despite the warnings.", 5_000, "remaining"),
    # a return not (yet) made: a displaced stock
    ("About 12,000 people have not been able to return home.", 12_000, "present"),
    ("Some 20,000 displaced people cannot return to their villages.", 20_000, "present"),
    ("Around 4,000 residents are yet to return to their homes.", 4_000, "present"),
    ("Roughly 700 families are still unable to go back to the burnt town.", 700, "present"),
    # homeless, displaced: a stock of people without a home, not people left behind
    ("Some 40,000 people remain homeless a week after the storm.", 40_000, "present"),
    ("About 9,000 families remain displaced in the district.", 9_000, "present"),
    ("About 20,000 people have been left homeless.", 20_000, "present"),
    # an adjective of a place ("worst-affected towns") is not what happened to the people
    ("Thousands of people in the worst-affected coastal towns remain stranded.",
     1_000, "remaining"),
    ("Hundreds of people in the worst affected villages are still trapped.", 100, "remaining"),
    ("Some 3,000 people in flood-affected districts are living in tents.", 3_000, "present"),
    ("Around 8,000 people were affected by the floods.", 8_000, "other"),
    # crews at work on a fire or on the damage are deployed
    ("More than 230 firefighters were still trying to put out the blaze.", 230, "present"),
    ("Some 400 firefighters worked through the night to extinguish the flames.", 400, "present"),
    ("Around 500 firefighters are battling the flames.", 500, "present"),
    ("Some 2,500 utility workers are working to restore power.", 2_500, "present"),
    # waiting for a way out
    ("More than 600 people were on the quay hoping for a boat.", 600, "waiting"),
    ("Hundreds of tourists waited on the beach hoping for a seat on a ferry.", 100, "waiting"),
    ("Dozens of families were awaiting rescue on the roofs of their homes.", 24, "waiting"),
    ("About 1,200 tourists were told to be at the harbour by 6 a.m.", 1_200, "waiting"),
    # a searching crew is at work; the people searched for are missing
    ("About 300 firemen combed through the area looking for dozens still missing.",
     300, "present"),
    ("Rescue teams searched the rubble for 40 people.", 40, "missing"),
    ("Volunteers combed the burnt houses for 30 residents.", 30, "missing"),
    # the state people remain in says more than that they remain
    ("Some 71 wounded adults remain hospitalised, the ministry said.", 71, "wounded"),
    ("About 2,000 holdouts refused to go.", 2_000, "remaining"),
    ("Some 12,000 residents could not go home.", 12_000, "present"),
    # still or remaining in a shelter, a camp or a hotel is a sheltered stock
    ("Some 4,000 people who had been evacuated are still in shelters.", 4_000, "present"),
    ("More than 1,200 people who fled the fire remain in hotels.", 1_200, "present"),
    ("Some 3,000 people displaced by the floods remain in evacuation centres.", 3_000,
     "present"),
    ("About 500 residents who refused to leave remain trapped.", 500, "remaining"),
    ("About 90 people are believed to still be inside the exclusion zone.", 90, "remaining"),
    # room, design and space for people are a capacity
    ("The city has space for 70,000 people in its shelters.", 70_000, "planned"),
    ("The cyclone shelters are designed to hold 1,000 people each.", 1_000, "planned"),
    # a whole described by the state its people are in
    ("The last ferry could carry only 300 of the 2,000 people waiting on the quay.",
     2_000, "waiting"),
    ("Only 40 of the 500 residents still trapped were reached by boat.", 500, "remaining"),
    # waiting for aid is no wait for a way out
    ("About 2,000 people were waiting for food aid in the camp.", 2_000, "other"),
    ("Some 900 villagers queued for hours for relief rations.", 900, "other"),
    ("Some 300 people are in camps waiting for food distributions.", 300, "present"),
    ("About 2,000 people were waiting for boats at the port.", 2_000, "waiting"),
    ("Some 700 foreigners are awaiting evacuation flights.", 700, "waiting"),
    # a verb of dwelling: where people are, whatever noun counts them
    ("Hundreds of evacuees have been squatting at a camp in a car park.", 100, "present"),
    # a failed or halted move is a plan, never a move made
    ("Officials tried to evacuate 600 residents but the road was cut.", 600, "planned"),
    ("Buses sent to evacuate 2,000 residents returned empty.", 2_000, "planned"),
    ("The evacuation of 3,000 people stalled after the bridge collapsed.", 3_000, "planned"),
    ("The operation to bring out 450 wounded was suspended.", 450, "planned"),
    ("The plan to move 10,000 people to the mainland was scrapped.", 10_000, "planned"),
    ("Only 1,000 of the 5,000 residents ordered to leave have done so.", 5_000, "planned"),
    # failing to reach people leaves them where they are, like "could not reach"
    ("Helicopters failed to reach 80 people cut off by the water.", 80, "remaining"),
    ("Rescuers could not reach 300 villagers on the island.", 300, "remaining"),
    # a place to move on from: a transit centre or an assembly point holds people waiting
    ("Hundreds of tourists slept in a makeshift transit centre at the harbour.", 100, "waiting"),
    ("Some 2,000 evacuees remain at the assembly point.", 2_000, "waiting"),
    ("About 6,000 refugees arrived at the transit centre.", 6_000, "arrived"),
    # the people among whom something is counted are there
    ("The liner docked with 21 confirmed infections among some 3,500 passengers and crew.",
     3_500, "present"),
    ("Among the 3,500 evacuated were 40 children.", 3_500, "evacuated"),
    # an order to stay where they are is no plan of a move: they stay
    ("More than 8,000 people have been told to stay indoors.", 8_000, "remaining"),
    ("About 5,000 residents were told to shelter in place.", 5_000, "remaining"),
    ("Police asked 1,500 residents to remain in their homes.", 1_500, "remaining"),
    ("Police asked 1,500 residents to leave their homes.", 1_500, "planned"),
    ("Some 900 fishermen were told to stay off the water.", 900, "planned"),
    # the state people remain in: without power is a need, not a stay
    ("The village's 800 inhabitants remain without power.", 800, "other"),
    ("About 2,000 people remain at risk from landslides.", 2_000, "other"),
    # a plan that calls for a move
    ("Plans call for moving 20,000 people to safer ground.", 20_000, "planned"),
    # without a roof, or given no help: a need, not an arrival
    ("More than one million survivors are struggling without proper shelter.",
     1_000_000, "other"),
    ("Another 276,000 families have received no reconstruction help.", 276_000, "other"),
    # a span still to come, with no verb of a done move: a forecast
    ("The fighting could cause a displacement of up to 400,000 people over the coming weeks.",
     400_000, "planned"),
    ("Agencies are bracing for some 50,000 arrivals in the next three months.", 50_000,
     "planned"),
    ("Some 3,000 people fled in the past few days.", 3_000, "evacuated"),
    ("Soldiers evacuated a further 2,000 villagers over the next two days.", 2_000, "evacuated"),
    # a need of shelter is a need
    ("The mayor said 30,000 to 40,000 people in the city alone would need shelter.",
     30_000, "other"),
    # "with a further N missing": the state the noun names, not a load carried
    ("The toll stands at 2,400, with a further 1,060 missing and 1,490 injured.",
     1_060, "missing"),
    ("Officials counted 300 dead, with another 40 missing.", 40, "missing"),
    # "N homeless" with no verb, as a headline words it
    ("Thousands homeless after cyclone hits the coast", 1_000, "present"),
    ("Storm leaves 20,000 homeless in the delta", 20_000, "present"),
    # a night spent in a shelter, in any wording of the night, is a sheltered stock
    ("On Sunday night more than 3,200 people stayed in 112 emergency shelters.", 3_200, "present"),
    ("Nearly 11,000 people spent Monday night in an American Legion hall.", 11_000, "present"),
    ("Some 200 campers slept two nights at the county fairground hall.", 200, "present"),
    ("About 300 people stayed behind in the village.", 300, "remaining"),
    # responders assigned or on duty are deployed
    ("Some 5,700 relief workers are currently assigned to the operation.", 5_700, "present"),
    ("About 900 police officers were on duty along the coast road.", 900, "present"),
    ("The army sent 2,000 soldiers to the flooded districts.", 2_000, "present"),
    ("Some 1,500 troops in the province are on alert.", 1_500, "present"),
    ("About 200 soldiers were killed in the attack.", 200, "killed"),
    # an effort or a bid to move people is not the move
    ("Officials will make a last-ditch effort to evacuate roughly 600 elderly tenants.",
     600, "planned"),
    ("In a bid to move 2,000 families before the surge, the army sent lorries.",
     2_000, "planned"),
    # guards: sheltered, registered, plans and orders that are read right today
    ("The city's 76 shelters housed 6,000 people on Tuesday night.", 6_000, "present"),
    ("Some 6,100 people were in city shelters on Monday.", 6_100, "present"),
    ("Nearly 3,000 evacuees spent the night in school gyms.", 3_000, "present"),
    ("About 620,000 people were in cyclone shelters when the storm hit.", 620_000, "present"),
    ("More than 1,000 people were put up in hotels.", 1_000, "present"),
    ("Some 5,000 troops have been deployed to help with the evacuation.", 5_000, "present"),
    ("An estimated ten million people live in the coastal districts.", 10_000_000, "present"),
    ("Some 370,000 people are under evacuation orders in the county.", 370_000, "planned"),
    ("The evacuation order covers 120,000 people along the coast.", 120_000, "planned"),
    ("Officials expected to move around 3 million people before landfall.", 3_000_000, "planned"),
    ("Each school can accommodate 500 people.", 500, "planned"),
    ("Some 300 villagers remain cut off by the floodwaters.", 300, "remaining"),
    ("About 2,000 residents stayed put despite the order.", 2_000, "remaining"),
    ("Officials said 3,000 residents ignored the mandatory evacuation order.", 3_000, "remaining"),
    ("An attempt to evacuate 300 residents failed.", 300, "planned"),
    ("The evacuation of 2,000 people was called off because of the wind.", 2_000, "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "metric"), BATTERY)
def test_stocks_battery(make_doc: MakeDoc, text: str, value: int, metric: str) -> None:
    """Should give each made-up stock or plan its metric and no period."""
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert figures[0].metric == metric, (figures[0].metric, figures[0].period)
    if metric in STOCKS:
        assert figures[0].period == "", figures[0].period
