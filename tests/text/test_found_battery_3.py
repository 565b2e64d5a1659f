"""Which numbers are people-counts: a third battery of made-up reports (issue 14).

Written after reading the new development reports (a hurricane, a refugee influx, a wildfire
evacuation, a mass flight over mountains) through the Brief. Every sentence was written for
this test in the style of those reports; none is copied. Each case lists every people-count
the sentence holds as (value, population) by the conventions in
tests/text/devset/events.json. The causes they test:

- a people noun that is the subject of a verb by which a count reaches, climbs to or
  averages a figure ("arrivals have surpassed 24,000", "deaths climbed to 300", "daily
  arrivals were averaging 1,500"), like "fatalities now stand at 1,150";
- a total brought, pushed or raised to a figure counts people, broader than the group
  counted before it ("brought the total to 9,800");
- a count read as the end of a day range by the date reader ("since June 2 to 7,160": the
  date is "June 2", and 7,160 is the count the total was brought to);
- an earlier value of the same count after a noun of change ("a sharp drop from the 1,900
  listed on Monday", "compared with the 6,500 counted last week");
- a capacity written as a compound adjective ("its 1,000-person capacity", "a 250-bed
  shelter" counts beds);
- a crowd's size said as its manner ("crossed by the thousands", "in their hundreds"), and a
  vague amount with a scale ("several hundred thousand" is no "several hundred"), and "a
  score of" (twenty);
- a total taken among a group ("the death toll among the refugees"), and a sitrep's key
  figure before its label ("41,200 No. of refugees", "1,960 Average daily arrival of ...");
- "others" counts the group just counted in the sentence ("killed nine villagers and
  wounded 20 others"), or people when none is;
- a short headline whose words are all capitalised, with a verb of people and no small
  word ("Thousands More Flee Fighting"): its capitals name no group; a bare count under an
  order ("1.2M Under Evacuation Orders");
- a noun an editor put in square brackets ("to take 3,000 [evacuees]");
- one person named by a singular noun ("one patient died", "one evacuee was hurt").
"""

from __future__ import annotations

import pytest

from corridor.text.extract import extract_figures
from tests.text.found_cases import MakeDoc, assert_people_counts

CASES: list[tuple[str, list[tuple[int, str]]]] = [
    # --- a people noun as the subject of a verb of reaching, rising or averaging ------------
    ("Arrivals in the district have surpassed 31,000 in the past week, the agency added.",
     [(31_000, "arrivals")]),
    ("New arrivals topped 2,000 on Tuesday alone.", [(2_000, "arrivals")]),
    ("Registered deaths have climbed to 340 since the weekend.", [(340, "deaths")]),
    ("Evacuees in the province now exceed 12,500.", [(12_500, "evacuees")]),
    ("Daily departures were averaging about 900 a week ago but have risen to over 2,600.",
     [(900, "departures"), (2_600, "departures")]),
    ("Daily arrivals were averaging around 1,100 ten days ago but have risen to over 3,000.",
     [(1_100, "arrivals"), (3_000, "arrivals")]),
    ("Casualties reached 75 by nightfall, the hospital said.", [(75, "casualties")]),
    ("Floodwaters reached 3 metres in the lower town.", []),
    ("Temperatures have climbed to 41 in the valley.", []),
    ("The death toll from Cyclone Maru‘s landfall on the coast has risen to 31.",
     [(31, "people")]),
    ("The river rose to 12 overnight.", []),
    # --- a count the date reader took for the end of a day range --------------------------
    ("This brought the number of those who have crossed since the clashes began on 9 March "
     "to 6,240.", [(6_240, "people")]),
    ("The latest arrivals brought the total of those who have crossed since June 2 to 7,160.",
     [(7_160, "people")]),
    ("On Monday 1,200 Somalis crossed the river. This brought the total since the start of "
     "the month to 9,800.", [(1_200, "Somalis"), (9_800, "people")]),
    ("Another 400 Eritreans landed, which pushed the total to 3,100.",
     [(400, "Eritreans"), (3_100, "people")]),
    # --- a crowd's size said as its manner, vague amounts with a scale ------------------
    ("Hungry villagers crossed into the valley by the thousands", [(1_000, "villagers")]),
    ("By the hundreds, the families walked down the mountain road.", [(100, "families")]),
    ("Migrants arrived in their thousands on the island last summer.", [(1_000, "migrants")]),
    ("Prices rose by the hundreds in the market.", []),
    ("Some 900 families stayed in the 12 camps.", [(900, "families")]),
    ("A score of people were hurt in the crush at the gate.", [(20, "people")]),
    ("The judges gave the plan a score of 7 out of 10.", []),
    ("The border stayed shut to the several hundred thousand refugees on the other side.",
     [(300_000, "refugees")]),
    # --- an earlier value of the same count, after a noun of change --------------------
    ("Officials now believe 700 people are missing, a sharp drop from the 1,900 listed on "
     "Monday.", [(700, "people"), (1_900, "people")]),
    ("About 4,000 remain in shelters, compared with the 6,500 counted last week.",
     [(4_000, "people"), (6_500, "people")]),
    # --- a capacity written as a compound adjective ---------------------------------------
    ("Some 4,000 people slept at the transit centre, far beyond its 800-person capacity.",
     [(4_000, "people"), (800, "people")]),
    ("The arena has a 3,000-person capacity for evacuees.", [(3_000, "people")]),
    ("The camp hosts 2,100 refugees, against its 600-person capacity.",
     [(2_100, "refugees"), (600, "people")]),
    ("The town opened a 250-bed shelter at the school.", []),
    ("A 40-person team of medics flew in on Monday.", [(40, "medics")]),
    # --- a total taken among a group; a sitrep's key figures before their labels ---------
    ("The agency doubled its estimate of the daily toll among the refugees, from 500 to "
     "1,000.", [(500, "refugees"), (1_000, "refugees")]),
    ("The number of deaths among migrants at sea has risen to 2,300.", [(2_300, "migrants")]),
    ("41,200 No of Somali refugees in the country in 2019 (1 January – 3 May)",
     [(41_200, "refugees")]),
    ("33,100 No. of Somali refugees in the north (source: Government)",
     [(33_100, "refugees")]),
    ("1,960 Average daily arrival of Somali refugees into the country since 7 June",
     [(1_960, "refugees")]),
    # --- "others": of the group just counted, or people --------------------------------
    ("The shelling killed nine villagers and wounded at least 20 others.",
     [(9, "villagers"), (20, "villagers")]),
    ("Still, hundreds of others waited at the airport for hours.", [(100, "people")]),
    # --- a short headline with no small word -------------------------------------------
    ("Thousands More Flee Fighting", [(1_000, "people")]),
    ("2,000 More Refugees Flee Shelling", [(2_000, "refugees")]),
    ("1.2M Under Evacuation Orders As Hurricane Nears", [(1_200_000, "people")]),
    ("Some 60,000 now under mandatory evacuation orders in the county", [(60_000, "people")]),
    ("300 Under Fire As Rebels Advance", []),
    # --- a noun an editor put in square brackets --------------------------------------
    ('"We are ready to take 3,000 [evacuees] this week," the mayor said.',
     [(3_000, "evacuees")]),
    ("The hall, he said, could seat 400 [people] at most.", [(400, "people")]),
    # --- one person named by a singular noun ----------------------------------------------
    ("Sadly, one patient died while being moved to the airport, she said.", [(1, "patient")]),
    ("One evacuee was hurt when the bus left the road.", [(1, "evacuee")]),
    ("One firefighter was injured and two residents are missing.",
     [(1, "firefighter"), (2, "residents")]),
    ("One of the patients died on the way.", [(1, "patients")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_every_people_count_is_found_with_who_it_counts(
    make_doc: MakeDoc, text: str, expected: list[tuple[int, str]]
) -> None:
    """Should find exactly the sentence's people-counts, each with the group it counts."""
    assert_people_counts(make_doc, text, expected)


def test_a_count_that_reaches_a_figure_is_a_running_total(make_doc: MakeDoc) -> None:
    """Should read 'arrivals have surpassed N' as a cumulative count of arrivals."""
    (figure,) = extract_figures(make_doc("Arrivals in the district have surpassed 31,000."))
    assert (figure.value, figure.metric, figure.period) == (31_000, "arrived", "cumulative")


def test_one_named_by_a_singular_noun_keeps_its_metric(make_doc: MakeDoc) -> None:
    """Should read 'one patient died' as one person killed."""
    (figure,) = extract_figures(make_doc("One patient died during the transfer."))
    assert (figure.value, figure.metric) == (1, "killed")
