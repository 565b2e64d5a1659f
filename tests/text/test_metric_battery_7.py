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
  before the first governs both, and a verb after the second governs both.
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
