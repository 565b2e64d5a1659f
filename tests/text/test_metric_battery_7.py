"""A seventh battery of made-up report sentences for the metric, from reports of new events.

Each case names one figure (by its value) and the metric the labelling conventions give
it. The sentences are made up in the style of real reports (a hurricane's shelters, a
volcano's evacuees counted by family and by person, floods, refugees crossing a border, a
city emptied by fighting); none is copied from them. They keep to the grammar that decides
the metric:

- a move told by a light verb and a noun ("made the trip", "made the journey", "made the
  long trek", "made it out", "got out") is a move of its own: a figure with no noun of its
  own that has such a verb does not take the metric of the figure before it (a plan);
  "made the crossing" is a crossing (``arrived``), as "crossed" is;
- one group counted in two units ("2,000 families or 9,000 residents", "1,296 families
  (7,776 individuals)") is one count: the second is read in the first's place, so the verb
  before the first governs both, and a verb after the second governs both;
- people "served inside" or "outside" evacuation centres are there (``present``), as are
  people "still displaced" or "still homeless" with no verb of their own;
- a place and what it is for ("450 shelters to house up to 60,000 evacuees", "camps to
  accommodate 5,000") is a capacity (``planned``);
- "1,200 families/4,700 persons", "1,200 families which is equivalent to 4,700 persons" are
  one count too;
- "taking temporary shelter" in centres is a stock, as "taking shelter" is; "are spread" or
  "scattered across" camps too;
- a number's own verb group takes it, whatever adverbs it holds ("its entire population of
  38,000 has been forcibly displaced": the population was moved, not a stock);
- a phrase of addition after a count (", in addition to 300 people who were rescued", ", as
  well as 400 who arrived") opens another count: its verb is not the first's;
- the full stop of an abbreviation ("St. Croix", "Mt. Keral") ends no clause; a relative
  clause "who have been impacted by Storms Ada and Bert" is skipped to the main verb (an
  "and" between names joins no clauses); "because of" is a preposition, no clause;
- aid made ready for people ("readying assistance for up to 40,000 people crossing",
  "pre-positioned supplies for 20,000") is for people to come: a plan;
- a verb of totalling counts its subject ("the evacuees now total 51,200 individuals"): the
  subject's noun says what happened, as after "the number of".
"""

from collections.abc import Callable

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

BATTERY: list[tuple[str, int, str]] = [
    # a light verb and a noun of a journey: a move, not the plan before it
    (
        "Buses are due to carry 4,000 people out of Teller on Friday. Thousands have made the "
        "trip so far, officials said.",
        1_000,
        "evacuated",
    ),
    (
        "Ferries are due to take 2,500 people off the island. About 1,800 made the journey on "
        "Tuesday.",
        1_800,
        "evacuated",
    ),
    (
        "Trucks are to carry 3,000 people to Amsel. About 900 have made the long trek on foot.",
        900,
        "evacuated",
    ),
    (
        "The convoy was expected to bring out 600 people. About 450 made it out on Monday.",
        450,
        "evacuated",
    ),
    ("About 450 made it out of the city on Monday.", 450, "evacuated"),
    ("Some 2,000 residents got out before the road was cut.", 2_000, "evacuated"),
    ("A total of 1,200 people completed the journey to Orvel on Sunday.", 1_200, "evacuated"),
    (
        "Boats will take 800 people across the lake. About 300 made the crossing on Friday.",
        300,
        "arrived",
    ),
    ("About 6,000 migrants made the crossing to the island last week.", 6_000, "arrived"),
    ("About 300 made it to the border on Friday.", 300, "arrived"),
    (
        "The mission will airlift 400 people. So far 250 have made the flight to Lerin.",
        250,
        "evacuated",
    ),
    ("Some 700 people will make the trip next week.", 700, "planned"),
    # one group in two units: the verb before the first governs both
    (
        "The province plans to move out this weekend over 2,000 families or 9,000 residents "
        "living inside the danger zone.",
        9_000,
        "planned",
    ),
    ("The army evacuated 310 families or 1,240 people living along the river.", 1_240, "evacuated"),
    # ... and a verb after the second governs both
    (
        "Officials said over 500 families or about 1,900 people inside the danger zone have "
        "been evacuated since Friday.",
        500,
        "evacuated",
    ),
    (
        "An estimated 1,100 families (6,400 individuals) have been displaced, the agency said.",
        1_100,
        "evacuated",
    ),
    (
        "There are 3,210 families or 12,800 individuals living within the danger zone.",
        12_800,
        "present",
    ),
    # served where they are put up: a sheltered stock
    (
        "Of which, 1,410 families or 5,230 persons were served inside 19 evacuation centres.",
        5_230,
        "present",
    ),
    (
        "A total of 640 persons are being served outside the centres, with relatives.",
        640,
        "present",
    ),
    # still out of their homes, with no verb of its own: a stock
    (
        "An estimated 14,200 people still displaced by the floods are living in camps.",
        14_200,
        "present",
    ),
    ("Some 3,100 residents still homeless after the storm were given tents.", 3_100, "present"),
    # a place for people and what it is for: a capacity, a plan
    ("The island has more than 300 shelters to house up to 40,000 evacuees.", 40_000, "planned"),
    ("The county opened two camps to accommodate about 5,000 people.", 5_000, "planned"),
    # a verb of totalling counts its subject, whose noun says what happened
    ("The evacuees now total 51,200 individuals, officials said.", 51_200, "evacuated"),
    (
        "The surge of evacuees is now totalling 22,400 persons from 30 villages.",
        22_400,
        "evacuated",
    ),
    ("Arrivals at the border numbered some 3,000 people on Monday.", 3_000, "arrived"),
    # one group in two units, by a slash or "equivalent to"
    (
        "Of which 2,110 families/8,300 persons are currently being served inside the 12 "
        "designated evacuation centres.",
        2_110,
        "present",
    ),
    (
        "The number of families affected has climbed to 1,200 families which is equivalent to "
        "4,700 persons.",
        4_700,
        "other",
    ),
    # taking temporary shelter somewhere: there (a stock), not taken away
    (
        "Some 8,200 families or 31,000 persons are taking temporary shelter in 40 evacuation "
        "centres.",
        31_000,
        "present",
    ),
    ("About 600 people took temporary shelter in the school.", 600, "arrived"),
    # spread over places they stay in: a stock
    ("Over 9,000 Berat residents are spread across other camps in the west.", 9_000, "present"),
    ("Some 4,000 displaced people are scattered across 30 sites.", 4_000, "present"),
    # a population with a verb of its own: the verb says what happened to it
    (
        "In May its entire population of 21,000 was forcibly displaced by the militia.",
        21_000,
        "evacuated",
    ),
    ("An estimated population of 90,000 lives in the valley.", 90_000, "present"),
    ("The camp's population has risen to 14,000.", 14_000, "present"),
    # a phrase of addition opens another count: what is said of it is not the first's
    (
        "Officials have identified some 6,100 vulnerable people, in addition to some 250 people "
        "who were reportedly rescued.",
        6_100,
        "other",
    ),
    (
        "Officials have identified some 6,100 vulnerable people, in addition to some 250 people "
        "who were reportedly rescued.",
        250,
        "evacuated",
    ),
    ("The camp hosts 3,000 refugees, as well as 400 who arrived on Monday.", 3_000, "present"),
    # a full stop of an abbreviation ends no clause
    ("She said 150 people on St. Orla left the island on Sunday.", 150, "evacuated"),
    (
        "Close to 560 individuals in the St. Anna/St. Ivo district boarded the ship.",
        560,
        "evacuated",
    ),
    ("Some 700 residents of the Mt. Keral area were moved to Dasa on Monday.", 700, "evacuated"),
    # a relative clause with "been" and a pair of names is skipped to the main verb
    (
        "Approximately 3,200 residents and visitors who have been impacted by Storms Ada and "
        "Bert have been evacuated to date.",
        3_200,
        "evacuated",
    ),
    # ... but an "and" before a verb still ends the phrase
    (
        "Some 600 workers arrived on buses hired by the consulate in Varna and have been taken "
        "to Lindau.",
        600,
        "arrived",
    ),
    # a transport ship is no move
    (
        "Docked at the port was the navy transport vessel Orca with 900 citizens aboard.",
        900,
        "arrived",
    ),
    # "because of" is a preposition, no clause of its own
    ("About 800 people fled because of the shelling on Monday.", 800, "evacuated"),
    (
        "About 700 people trapped in the hills because of the floods were rescued on Monday.",
        700,
        "evacuated",
    ),
    # "to transport" moves people, as "transported" does
    ("Airlines helped to transport close to 1,300 passengers by air to date.", 1_300, "evacuated"),
    # made ready for people who are to come: a plan
    (
        "The agency is readying humanitarian assistance for up to 30,000 people crossing into "
        "Lindia.",
        30_000,
        "planned",
    ),
    ("The agency has pre-positioned supplies for 20,000 people.", 20_000, "planned"),
    ("Aid workers readied tents for some 5,000 new arrivals.", 5_000, "planned"),
    # two counts of people that are not households: each keeps its own verb
    ("About 400 soldiers or 300 police will stay, while 2,000 residents left.", 2_000, "evacuated"),
]


@pytest.mark.parametrize(("text", "value", "metric"), BATTERY)
def test_battery_metric(make_doc: MakeDoc, text: str, value: int, metric: str) -> None:
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert figures[0].metric == metric


def test_restated_count_shares_its_period(make_doc: MakeDoc) -> None:
    text = (
        "Officials said over 500 families or about 1,900 people inside the danger zone have "
        "been evacuated since Friday."
    )
    periods = {f.value: f.period for f in extract_figures(make_doc(text))}
    assert periods[500] == periods[1_900] == "cumulative"
