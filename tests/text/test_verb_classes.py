"""Word classes for what happened to counted people (issue 14).

The phrases are written for these tests; none comes from the development set.
"""

import pytest

from corridor.text.verb_classes import FAILED, PLANNED, class_of, noun_event


@pytest.mark.parametrize(
    ("words", "event"),
    [
        ("were airlifted", "evacuated"), ("shifted", "evacuated"), ("whisked away", "evacuated"),
        ("abandoned their farms", "evacuated"), ("flies", "evacuated"),
        ("trickled into", "arrived"), ("made their way to", "arrived"), ("enters", "arrived"),
        ("are staying in relief camps", "present"), ("are based in", "present"),
        ("rode out", "remaining"), ("holed up", "remaining"), ("stay behind", "remaining"),
        ("in line", "waiting"), ("stranded at the border", "waiting"),
        ("stranded in the hills", "remaining"), ("massed outside the embassy", "waiting"),
        ("murdered", "killed"), ("claimed the lives of", "killed"),
        ("hospitalised", "wounded"), ("whereabouts", "missing"),
        ("taken hostage", "captured"), ("tested positive", "other"), ("without power", "other"),
        ("attended", ""),
    ],
)  # fmt: skip
def test_each_class_reads_general_forms(words: str, event: str) -> None:
    assert class_of(words) == event


def test_a_place_for_evacuees_is_not_an_evacuation() -> None:
    assert class_of("in the evacuation centre") == ""
    assert class_of("the evacuation of") == "evacuated"


@pytest.mark.parametrize(
    ("noun", "modifiers", "event"),
    [("arrivals", (), "arrived"), ("lives", (), "killed"), ("people", ("missing",), "missing"),
     ("hostages", (), "captured"), ("evacuees", (), "evacuated"), ("residents", (), "")],
)  # fmt: skip
def test_nouns_that_name_an_event(noun: str, modifiers: tuple[str, ...], event: str) -> None:
    assert noun_event(noun, modifiers) == event


@pytest.mark.parametrize(
    "words",
    ["were urged to evacuate", "under mandatory evacuation orders", "aims to move",
     "has registered to return", "the plan is to", "ordered the evacuation of"],
)  # fmt: skip
def test_cues_of_a_plan(words: str) -> None:
    assert PLANNED.search(words)


@pytest.mark.parametrize(
    "words",
    ["is preparing to evacuate", "has offered to take in", "pledged to resettle",
     "agreed to admit", "a quota of"],
)  # fmt: skip
def test_offers_pledges_and_quotas_are_plans(words: str) -> None:
    assert PLANNED.search(words)


def test_cues_of_a_failed_attempt() -> None:
    assert FAILED.search("were turned away at the gate")
    assert FAILED.search("were denied entry")
    assert not FAILED.search("were let through")
