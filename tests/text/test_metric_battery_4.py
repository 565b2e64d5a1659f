"""A fourth battery of made-up report sentences for the metric of flows, from new events.

Each case names one figure (by its value) and the metric the labelling conventions give
it. The sentences are made up in the style of real reports (a hurricane's missing, a mass
flight across mountains into a neighbouring country, a city emptied before a wildfire);
none is copied from them. They keep to flows and the grammar that decides between them:

- people "registered", "listed" or "recorded as" missing or dead are counted in that
  state: the verb only counts them;
- "failed" before a noun ("a failed rebellion") is an adjective of that noun, not a failed
  attempt of the people counted;
- a dead person named by the adjective before the counted noun ("15 dead children") is a
  toll, whatever verb of moving comes later in the sentence;
- a death foretold with a modal ("would die if", "could die") is a forecast, a plan, not a
  toll ("could have died" is a hedged toll);
- a death toll or death rate that "has reached" or "rose to" a number counts the dead,
  whatever the people it is said among were doing;
- a passive that is done ("had been flown out") is the number's own verb: a plan said
  later in the sentence of others ("and more on scheduled flights") is not its mood;
- a verb of saying with a time before "that" ("officials said yesterday that") opens a
  clause of its own, whose verb is not that of a number before it;
- a phrase of "with" right after the counted noun ("12 people with injuries") describes
  the people a verb before it moves;
- "due to" a cause ("due to rising water", "due to the shelling") is no plan, unlike "due
  to arrive";
- a part set off by unspaced dashes ("190 migrants -including 40 women- arrived") is an
  aside, and "and only two", "and hundreds" open a clause of their own;
- joining a convoy, a flight or the evacuation is leaving; registering for a return is a
  plan; people "unable to cross" did not cross;
- "wound up" and "wound their way" are no wound; "anticipate", "forecast" and "predict"
  are forecasts like "expect";
- people who "were out" at the end of their clause have left.
"""

from collections.abc import Callable

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

BATTERY: list[tuple[str, int, str]] = [
    # registered, listed or recorded as missing or dead: that state
    ("About 1,300 people have been registered as missing since the storm.", 1_300, "missing"),
    ("Police said 45 people were listed as missing after the floods.", 45, "missing"),
    ("Some 120 residents have been recorded as dead by the health ministry.", 120, "killed"),
    ("The agency said 260 people were registered as missing but many may be staying in "
     "shelters on other islands.", 260, "missing"),
    ("About 2,000 people have been registered as refugees in the district.", 2_000, "present"),
    # "failed" before a noun is its adjective
    ("Some 600,000 people have already fled into the neighbouring country to escape a failed "
     "uprising, and thousands more are expected.", 600_000, "arrived"),
    ("About 3,000 soldiers crossed the border after the failed coup.", 3_000, "arrived"),
    ("A failed attempt to evacuate 400 civilians ended under shelling.", 400, "planned"),
    ("Some 250 migrants failed to reach the coast.", 250, "planned"),
    # a dead person named by its adjective
    ("The girl was one of at least 12 dead children counted on a road choked with families "
     "streaming across the border into the valley.", 12, "killed"),
    ("Workers recovered 25 dead passengers from the wreck and brought them to the port.",
     25, "killed"),
    # a death foretold with a modal is a forecast
    ("The minister warned that at least 20,000 refugees would die if they were not moved to "
     "lower ground.", 20_000, "planned"),
    ("Doctors said 5,000 children could die within weeks without food.", 5_000, "planned"),
    ("Up to 1,000 people may die of cholera this month, the agency said.", 1_000, "planned"),
    ("At least 30 people could have died in the fire.", 30, "killed"),
    # a death toll or rate that has reached a number
    ("The death rate among refugees streaming into the camps has reached nearly 1,500 a day.",
     1_500, "killed"),
    ("The death toll among migrants arriving on the island has risen to 320.", 320, "killed"),
    ("The death toll among the people crossing the mountains has climbed to 75.", 75, "killed"),
    # a passive done is a verb of its own: a plan said later of others is not the number's
    ("By Tuesday night 2,300 residents had been flown out on military planes - and more on "
     "scheduled flights, some of which were later cancelled.", 2_300, "evacuated"),
    ("Some 400 people would have been evacuated had the road been open.", 400, "planned"),
    # a verb of saying with a time before "that" opens a clause of its own
    ("Stung by criticism over aid to some 90,000 villagers in the hills, officials said "
     "yesterday that 3,000 people a day would be bused down to the valley.", 90_000, "other"),
    ("The agency brought food to 30,000 villagers in the hills, officials said on Tuesday "
     "that 5,000 had been evacuated.", 30_000, "other"),
    # a phrase of "with" after the object describes the people the verb before moves
    ("Aid workers brought down from the hills 12 people with injuries on Sunday.", 12,
     "evacuated"),
    ("Medics evacuated 25 children with severe injuries from the school.", 25, "evacuated"),
    ("About 300 people with injuries were treated at the hospital.", 300, "wounded"),
    # "due to" a cause is no plan; "due to" a verb is
    ("About 42,000 people on both banks faced danger due to rising water levels.", 42_000,
     "other"),
    ("Some 5,000 residents fled their homes due to the shelling.", 5_000, "evacuated"),
    ("About 300 passengers are due to arrive on Friday.", 300, "planned"),
    # moved to a new place to live, in all its words
    ("Some 4,000 villagers were transplanted to new settlements in the south.", 4_000,
     "evacuated"),
    # a part set off by dashes without spaces: the verb after it is the whole's
    ("At dawn, 190 migrants -including 40 women and 9 children- arrived in the harbour.",
     190, "arrived"),
    # "and only two" opens a clause of its own, like "and 40"
    ("In the collision 6 passengers fell into the sea and only two were pulled back on board.",
     6, "other"),
    ("About 300 people were evacuated and hundreds stayed behind.", 300, "evacuated"),
    # joining a means of leaving is leaving; registering for a return is a plan
    ("Earlier this month, more than 100 people joined the first convoy from the camp to the "
     "capital.", 100, "evacuated"),
    ("About 2,000 workers joined the strike.", 2_000, "other"),
    ("The centre opened today with 4,000 people registering for return within hours.",
     4_000, "planned"),
    # unable to make the move: they stay
    ("Staff saw a group of about 1,000 people gathered on the far bank and unable to cross.",
     1_000, "remaining"),
    # "wound up", "wound their way": the verb of winding, no wound
    ("About 150 passengers wound up stranded at the airport overnight.", 150, "waiting"),
    ("About 300 people were wounded in the attack.", 300, "wounded"),
    # anticipated, forecast or predicted: a forecast, a plan
    ("Aid agencies anticipate 500,000 refugees to have crossed into neighbouring countries by "
     "the end of the year.", 500_000, "planned"),
    ("Officials forecast 20,000 arrivals next month.", 20_000, "planned"),
    # out at the end of the clause: left
    ("By Friday night 18,000 people were out and about 2,000 remained.", 18_000, "evacuated"),
    ("Officials said 9,500 residents are now safely out.", 9_500, "evacuated"),
    ("About 3,000 workers were out of work after the plant closed.", 3_000, "other"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "metric"), BATTERY)
def test_battery_metric(make_doc: MakeDoc, text: str, value: int, metric: str) -> None:
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert figures[0].metric == metric
