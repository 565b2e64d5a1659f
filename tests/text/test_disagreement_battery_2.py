"""More made-up reports read together: a place the gazetteer does not list, named only as
the owner of a population ("Upper Varosh's estimated population of 60,000"), is the place
of that standing size, and two sources' standing sizes of it disagree; an arrival counted
"out of" that population is no figure about that place."""

from __future__ import annotations

from datetime import date

from corridor.text.brief import Brief, build_brief
from corridor.text.compare import CONTRADICTION
from corridor.text.model import Document
from corridor.text.places import find_places

TUE = date(2024, 7, 16)
WED = date(2024, 7, 17)


def _brief(texts: tuple[str, ...], days: tuple[date, ...]) -> Brief:
    documents = [
        Document(f"d{i}", text, f"Desk {i}", day)
        for i, (text, day) in enumerate(zip(texts, days, strict=True))
    ]
    return build_brief(documents)


def test_a_name_that_owns_a_population_is_a_place() -> None:
    found = find_places("out of Upper Varosh's estimated population of 60,000.", "AM")
    assert [(p.name, p.role) for p in found] == [("Upper Varosh", "home")]


def test_two_sizes_of_an_unlisted_enclave_disagree() -> None:
    brief = _brief(
        ("The Kelvari government on Saturday put the exact count of arrivals in Armenia at "
         "50,417, out of Upper Varosh's estimated population of 60,000.",
         "Officials in Upper Varosh said the enclave's population of 80,000 had almost all "
         "left for Armenia."),
        (TUE, WED),
    )  # fmt: skip
    sizes = [g for g in brief.groups if g.metric == "present"]
    assert [(g.place, g.status) for g in sizes] == [("Upper Varosh", CONTRADICTION)]


def test_arrivals_out_of_a_population_are_not_placed_in_its_home() -> None:
    # a guard (passes before the change too): the new place must not become the arrivals'
    brief = _brief(
        ("The Kelvari government on Saturday put the exact count of arrivals in Armenia at "
         "50,417, out of Upper Varosh's estimated population of 60,000.",),
        (TUE,),
    )  # fmt: skip
    arrivals = [f for f in brief.figures if f.metric == "arrived"]
    assert arrivals
    assert all(f.place != "Upper Varosh" or "place inferred" in f.note for f in arrivals)
