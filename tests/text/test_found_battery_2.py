"""Which numbers are people-counts: a second battery of made-up reports (issue 14).

Written after reading real reports of an earthquake, a hurricane and an urban flood through
the Brief (none of them in the development set). Every sentence was written for this test in
the style of those reports; none is copied. Each case lists every people-count the sentence
holds as (value, population) by the conventions in tests/text/devset/events.json. The causes
they test:

- a toll or a total reached by a verb in any tense ("the toll tops 100", "nears", "crosses",
  "climbs past"), and tolls in the plural;
- nouns for people of every kind: kin ("relatives", "siblings"), roles and trades ("experts",
  "engineers", "medics"), a noun of harm that counts the harmed ("injuries"), and a participle
  in -ing before the noun ("four surviving children");
- a list that shares out one count by place ("eight in one county, five in another and two in a
  third", "300 in one state, followed by 81 in another"), its first count's noun said before
  the verb ("Fatalities included 61 in ...");
- a bare count under orders or under a threat ("2.5 million are under evacuation orders");
- a people noun that only qualifies a thing ("two missing persons reports") is no count.
"""

from __future__ import annotations

import pytest

from corridor.text.extract import extract_figures
from tests.text.found_cases import MakeDoc, assert_people_counts

CASES: list[tuple[str, list[tuple[int, str]]]] = [
    # --- a toll or a total reached, in every tense and number --------------------------------
    ("Death toll tops 120 as rescuers search flattened towns", [(120, "people")]),
    ("Quake toll nears 9,000 as rescuers race against the cold", [(9_000, "people")]),
    ("Flood toll crosses 150 in the coastal state", [(150, "people")]),
    ("The toll climbed past 3,000 on Thursday as more bodies were found.", [(3_000, "people")]),
    ("The total death toll in the province exceeds 1,700, the health ministry said.",
     [(1_700, "people")]),
    ("Storm death toll surpasses 60 as search widens", [(60, "people")]),
    ("The toll reaches 48 after two more bodies are recovered.",
     [(48, "people"), (2, "bodies")]),
    ("Relief work goes on in the district, with death tolls now said to be at least 2,310.",
     [(2_310, "people")]),
    ("The number of confirmed deaths is approaching 400, officials said.", [(400, "deaths")]),
    ("The number of people crossing at the main border post two hours' drive south of the "
     "old capital city had topped 40,000 by Friday.", [(40_000, "people")]),
    ("The latest numbers put the burnt area at 2,600 hectares.", []),
    ("The number who fled in the past 24 hours rose to 1,900, the agency said.",
     [(1_900, "people")]),
    # --- nouns for people: kin, roles and trades, harm, participles -------------------------
    ("'We lost 11 relatives in one night,' the farmer said.", [(11, "relatives")]),
    ("The widow said her three sons and two daughters had been found alive.",
     [(3, "sons"), (2, "daughters")]),
    ("Seven siblings and their 2 cousins were pulled from the ruins of the block.",
     [(7, "siblings"), (2, "cousins")]),
    ("Nearly 900 rescue experts from 30 countries were combing the debris.",
     [(900, "experts")]),
    ("A team of 40 engineers and 12 medics arrived from abroad.",
     [(40, "engineers"), (12, "medics")]),
    ("Some 250 surgeons and 600 paramedics joined the relief effort.",
     [(250, "surgeons"), (600, "paramedics")]),
    ("More than 2,100 deaths and 6,400 injuries have been recorded in the region.",
     [(2_100, "deaths"), (6_400, "injuries")]),
    ("At least 90 new injuries were reported after the aftershock.", [(90, "injuries")]),
    ("The ship reported 40 confirmed infections among its 2,000 passengers.",
     [(40, "infections"), (2_000, "passengers")]),
    ("Nine drownings were recorded along the coast.", [(9, "drownings")]),
    ("She has five surviving children, all of them now homeless.", [(5, "children")]),
    ("About 300 fleeing villagers reached the hills by nightfall.", [(300, "villagers")]),
    # --- a count shared out by place ---------------------------------------------------------
    ("The storm caused the deaths of nine people in one county, six in a second, four in a "
     "third and one in the capital.",
     [(9, "people"), (6, "people"), (4, "people"), (1, "people")]),
    ("At least 210 people died in the northern state, followed by 64 in the south and three in "
     "the islands.", [(210, "people"), (64, "people"), (3, "people")]),
    ("Confirmed fatalities included 47 in the valley, five in the hills and two on the coast.",
     [(47, "fatalities"), (5, "fatalities"), (2, "fatalities")]),
    ("Some 9,000 people have gone home, 2,000 to the port and 7,000 to the border towns.",
     [(9_000, "people"), (2_000, "people"), (7_000, "people")]),
    ("About 5,000 people have returned home – 1,200 to the old town and 3,800 to the valley.",
     [(5_000, "people"), (1_200, "people"), (3_800, "people")]),
    ("The agency gave tents to 41,000 displaced people, 9,300 with food and 2,100 with cash.",
     [(41_000, "people"), (9_300, "people"), (2_100, "people")]),
    # --- a count added to a total, a count with a relative clause, a decimal comma ---------
    ("The floods added 64,000 to the number of displaced in the province.",
     [(64_000, "displaced")]),
    ("Officials said the new arrivals added another 2,500 to the total.", [(2_500, "people")]),
    ("'It saved us,' said one of 12,400 who received cash grants from the agency.",
     [(12_400, "people")]),
    ("The province hosted more than 2,5 million refugees before the earthquake.",
     [(2_500_000, "refugees")]),
    ("A grant of US$ 1,2 million has been approved for 40,000 people.", [(40_000, "people")]),
    ("The state released Rs 500 crore and € 2 million arrived from donors.", []),
    # --- a verb of reporting before the people verb, words and identifiers ----------------
    ("At least 1,900 have been confirmed dead in the north, officials said, and 600 in the "
     "south.", [(1_900, "people"), (600, "people")]),
    ("Some 45 are feared trapped and 12 are believed to have drowned.",
     [(45, "people"), (12, "people")]),
    ("About two dozen people queued at the only open shop.", [(24, "people")]),
    ("The Category 4 storm destroyed the pier; a Cat 5 warning followed.", []),
    ("The governor said there had been at least 700 rescues on Thursday.", [(700, "rescues")]),
    # --- tables, bullets and lists of a sitrep ---------------------------------------------
    ("Deaths: 300+", [(300, "people")]),
    ("Dead: 812 | Injured: 1,930 | Missing: 75",
     [(812, "people"), (1_930, "people"), (75, "people")]),
    ("- 9,000+ rescue personnel deployed", [(9_000, "personnel")]),
    ("People evacuated – 1,20,000", [(120_000, "people")]),
    # --- bare counts that the verb, a partitive or a body says are people ----------------
    ("Two more were pulled out alive on the ninth day.", [(2, "people")]),
    ("Some 40 were freed from the rubble and 6 were dug out by hand.",
     [(40, "people"), (6, "people")]),
    ("Eight of those rescued were flown to the capital.", [(8, "people")]),
    ("Those evacuated now number more than 6,000.", [(6_000, "people")]),
    ("Divers recovered the bodies of eleven on Monday.", [(11, "bodies")]),
    ("Rescuers Pull 9 Alive From Collapsed Block", [(9, "people")]),
    ("The storm killed 14 and injured 52.", [(14, "people"), (52, "people")]),
    ("Quake death tally rises to 12,000", [(12_000, "people")]),
    ("Fatalities now stand at 1,150, the ministry said.", [(1_150, "fatalities")]),
    ("The convoy's progress stood at 300 km by nightfall.", []),
    # --- two counts sharing a noun, names that hold a number or qualify things ----------
    ("Kits and tarpaulins went to 1,800 and 1,200 families, respectively.",
     [(1_800, "families"), (1_200, "families")]),
    ("Between 300 and 400 residents were still missing.", [(300, "residents")]),
    ("Forty members of Task Force Two reached the coast on Friday.", [(40, "members")]),
    ("Nine Search and Rescue teams and 2 Red Crescent branches were deployed.", []),
    # --- counts by place in brackets, homes, shelters and things ---------------------------
    ("The coastal district led with 41,000 people in camps, followed by the capital (22,300) "
     "and Riverside (9,150).", [(41_000, "people"), (22_300, "people"), (9_150, "people")]),
    ("The combined death toll in the north (12,500) and the south (more than 3,100) now "
     "exceeds 15,600.", [(12_500, "people"), (3_100, "people"), (15_600, "people")]),
    ("2.4 lakh in State relief camps", [(240_000, "people")]),
    ("The valley is home to some 9 million, a fifth of the population.",
     [(9_000_000, "people")]),
    ("The force has deployed three more teams and two other boats.", []),
    ("Some 800 people sleep in 14 carriages and 6 wagons at the station.", [(800, "people")]),
    # --- a count far from its noun --------------------------------------------------------
    ("People moved from the low-lying coast so far: about 7,000.", [(7_000, "people")]),
    ("Those killed in the district alone were put at 2,300 by the governor.",
     [(2_300, "people")]),
    ("The agency estimated the displaced at 640,000.", [(640_000, "displaced")]),
    ("Evacuees: 1,900 (Monday), 2,700 (Tuesday)", [(1_900, "people"), (2_700, "people")]),
    ("Some 1,500 in the east and 900 in the west were still without shelter.",
     [(1_500, "people"), (900, "people")]),
    ("Death toll: North 3,100; South 870", [(3_100, "people"), (870, "people")]),
    ("The gymnasiums hold 2,400, half of them children.", [(2_400, "people")]),
    # --- numbers written in words, ranges with a scale, qualifiers ----------------------
    ("Over hundred people were rescued from the flooded colony.", [(100, "people")]),
    ("A hundred and twenty residents were moved to the school.", [(120, "residents")]),
    ("Some 2-3 million people may need shelter, the agency warned.", [(2_000_000, "people")]),
    ("Roughly a quarter million people remain displaced.", [(250_000, "people")]),
    ("No fewer than 45 people died in the collapse.", [(45, "people")]),
    ("Two hundred and five villagers walked to the hills.", [(205, "villagers")]),
    # --- a bare count under orders or threat ----------------------------------------------
    ("More than 1.5 million are under evacuation orders along the coast.",
     [(1_500_000, "people")]),
    ("About 40,000 remain under a mandatory order to leave.", [(40_000, "people")]),
    # --- a people noun that qualifies a thing --------------------------------------------
    ("Police said they had received two missing persons reports overnight.", []),
    ("Officers took 30 migrant smuggling complaints last year.", []),
    ("Aid reached the 11 Turkish provinces and 40 Syrian towns hit by the quake.", []),
    ("The country has 81 provinces, 11 of them hit by the quake.", []),
    ("The boat carried 90 migrants, 14 of them children.", [(90, "migrants"), (14, "children")]),
    ("The army has put in 40 rescue and relief teams and conducted 800 rescue missions.", []),
    ("Some 600 search teams and 90 shelter kits were sent.", []),
    ("The navy sent 12 rescue helicopters and opened 30 relief centres.", []),
    ("Now more than 1,000 jawans are in action in the flooded city.", [(1_000, "jawans")]),
    ("Ten Rohingya camps and 3 refugee settlements were flooded.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_every_people_count_is_found_with_who_it_counts(
    make_doc: MakeDoc, text: str, expected: list[tuple[int, str]]
) -> None:
    """Should find exactly the sentence's people-counts, each with the group it counts."""
    assert_people_counts(make_doc, text, expected)


def test_a_toll_reached_is_a_running_total_of_the_dead(make_doc: MakeDoc) -> None:
    """Should read 'the toll tops N' as a running total of the dead, like 'rose to N'."""
    (figure,) = extract_figures(make_doc("The earthquake's death toll tops 4,000."))
    assert (figure.value, figure.metric, figure.period) == (4_000, "killed", "cumulative")


def test_a_list_shared_out_by_place_keeps_its_metric(make_doc: MakeDoc) -> None:
    """Should give every part of a list shared out by place the metric of its first count."""
    figures = extract_figures(
        make_doc("Fourteen people were killed in the north, six in the west and two in the east.")
    )
    assert [(f.value, f.metric) for f in figures] == [(14, "killed"), (6, "killed"), (2, "killed")]


def test_a_noun_of_harm_after_a_toll_keeps_its_own_metric(make_doc: MakeDoc) -> None:
    """Should read 'injuries' listed after 'deaths' as the wounded, not the dead."""
    figures = extract_figures(make_doc("More than 900 deaths and 2,300 injuries were reported."))
    assert [(f.value, f.metric) for f in figures] == [(900, "killed"), (2_300, "wounded")]


def test_a_table_cell_takes_its_own_label(make_doc: MakeDoc) -> None:
    """Should read each cell of a one-line table by its own label, not the next one's."""
    figures = extract_figures(make_doc("Killed: 260 | Injured: 1,100"))
    assert [(f.value, f.metric) for f in figures] == [(260, "killed"), (1_100, "wounded")]


def test_a_toll_counts_the_dead_whatever_was_counted_before(make_doc: MakeDoc) -> None:
    """Should read a toll after a count of troops as the dead, with its own people."""
    figures = extract_figures(
        make_doc("More than 300 troops were deployed. The statewide death toll is at 61.")
    )
    assert [(f.value, f.metric, f.population) for f in figures] == [
        (300, "present", "troops"),
        (61, "killed", "people"),
    ]


def test_no_fewer_than_is_a_floor(make_doc: MakeDoc) -> None:
    """Should read 'no fewer than N' as at least N, not at most."""
    (figure,) = extract_figures(make_doc("No fewer than 45 people died in the collapse."))
    assert (figure.low, figure.high) == (45, None)


def test_the_nearest_total_names_the_people(make_doc: MakeDoc) -> None:
    """Should read a second total in the sentence by its own head, not the first one's."""
    figures = extract_figures(
        make_doc("The death toll has risen to 3,100 and the number of injured is at 6,400.")
    )
    assert [(f.value, f.metric) for f in figures] == [(3_100, "killed"), (6_400, "wounded")]
