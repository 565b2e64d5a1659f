"""A ninth battery of made-up report sentences for the metric, from reports of new events.

Each case names one figure (by its value) and the metric the labelling conventions give
it. The sentences are made up in the style of real reports (cyclone shelters and refugee
camps, border crossings, returns); none is copied from them. They keep to the grammar that
decides the metric:

- a relative clause that tells how a group came to be where it is ("who have fled",
  "who fled the fighting") describes the group; the main verb after it decides: a group
  that "remains at risk", "lives" in camps or that camps were "set up for" is there
  (``present``); a verb of being ("were children") is no such stay: the move stands;
- people "in about 3,200 relief camps" are in relief camps, whatever number the camps are
  counted by (``present``);
- "the 80 people to have died" is a phrase describing the people, as "who have died" is:
  a fraction of them keeps its metric (``killed``);
- aid that "reached" people is received by them: no one arrives (``other``); people who
  "reached" a place did arrive;
- a move told by its noun and where it happened ("the arrival yesterday on the islands of
  7,000 people") counts the people moved: the "of" is the move's, not a place's size ("the
  town of 30,000" stays a stock);
- people "staying inside 1,900 evacuation centres" (a shelter counted by a number, "inside"
  as "in") are put up there (``present``); "staying inside the danger zone" stays behind;
- "the presence of over 2,000 refugees" counts who is there (``present``).
"""

from collections.abc import Callable

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

BATTERY: list[tuple[str, int, str]] = [
    # how the group came: a description; the main verb decides
    (
        "Nearly 600,000 Tarun refugees who have fled neighbouring Velm remain at risk in "
        "flimsy shelters.",
        600_000,
        "present",
    ),
    (
        "Close to a million Tarun refugees who have fled neighbouring Velm remain at risk, "
        "living in bamboo huts.",
        1_000_000,
        "present",
    ),
    ("About 2,500 families who fled the quake are still in tents.", 2_500, "present"),
    (
        "About 40,000 people who fled the floods are living in schools and churches.",
        40_000,
        "present",
    ),
    ("Some 12,000 refugees who fled the war last year live in the Ormo camp.", 12_000, "present"),
    ("Half of the 2,000 people who fled on Monday were children.", 2_000, "evacuated"),
    # in camps counted by a number
    (
        "A total of 84,000 people were now recorded in about 1,300 relief camps across the "
        "province, a spokesperson said.",
        84_000,
        "present",
    ),
    ("Some 9,000 people were sheltering in 1,200 evacuation centres.", 9_000, "present"),
    # an infinitive of the perfect describes the people
    (
        "Aid workers said half of the 60 people to have died this week were victims of cholera.",
        60,
        "killed",
    ),
    # aid that reaches people
    ("Food aid has so far reached 12,000 people in the district.", 12_000, "other"),
    ("Relief supplies reached 4,500 flood victims on Sunday.", 4_500, "other"),
    ("More than 2,000 refugees reached the border on Monday.", 2_000, "arrived"),
    # a move's noun, its place, then "of" and the number
    (
        "Sea arrivals passed 400,000 with the arrival yesterday on the islands of nearly "
        "7,000 people.",
        7_000,
        "arrived",
    ),
    (
        "The evacuation yesterday from the port of 2,600 residents went smoothly.",
        2_600,
        "evacuated",
    ),
    ("Refugees poured into the town of 30,000 on Monday.", 30_000, "present"),
    # staying inside shelters counted by a number
    (
        "A total of 4,210 families or 15,730 persons are currently staying inside 1,480 "
        "evacuation centres in two regions.",
        15_730,
        "present",
    ),
    ("About 700 people are staying in 14 schools in the district.", 700, "present"),
    ("Some 2,000 people are staying inside the danger zone.", 2_000, "remaining"),
    # the presence of people
    ("A team on the border reported the presence of over 2,000 Ketans.", 2_000, "present"),
    # the relative clause is the count's own verb where nothing follows
    ("The agency counted 3,000 people who have fled since Monday.", 3_000, "evacuated"),
    ("Some 5,000 people who fled on Tuesday.", 5_000, "evacuated"),
]


@pytest.mark.parametrize(("text", "value", "metric"), BATTERY)
def test_battery_metric(make_doc: MakeDoc, text: str, value: int, metric: str) -> None:
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert figures[0].metric == metric
