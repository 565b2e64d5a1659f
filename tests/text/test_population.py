from corridor.text.population import counted


def test_a_nominal_adjective_counts_people() -> None:
    """Should read "dead" standing alone as the people who died, keeping the toll class."""
    who = counted(" dead after the bridge collapsed")
    assert who is not None
    assert (who.phrase, who.subject) == ("people", "killed")
    group = counted(" Haitian dead were buried")
    assert group is not None and group.phrase == "Haitian people"


def test_a_people_noun_keeps_its_own_name() -> None:
    who = counted(" Bolivian miners were rescued")
    assert who is not None and who.phrase == "Bolivian miners"


def test_every_form_a_plural_subject_takes_is_a_people_verb() -> None:
    """Should read a bare number as people before any form of a people verb, but -s forms
    and nouns that share a stem ("evacuation centres") are no verbs of people."""
    for after in (" now shelter in the school", " sheltered there", " are queueing",
                  " were bussed out", " have yet to leave", " flooded into the town"):  # fmt: skip
        assert counted(after) is not None, after
    for after in (" evacuation centres", " floods this year", " runs a day"):
        assert counted(after) is None, after


def test_open_class_people_nouns() -> None:
    """Should read agent nouns, -men compounds and noun counts of movements as people."""
    for after, noun in ((" firefighters", "firefighters"), (" fishermen", "fishermen"),
                        (" IDPs", "IDPs"), (" departures", "departures"),
                        (" townspeople", "townspeople")):  # fmt: skip
        who = counted(after)
        assert who is not None and who.noun == noun, after
    for after in (" shelters", " hectares", " head of cattle", " districts"):
        assert counted(after) is None, after


def test_what_stands_between_a_number_and_its_noun() -> None:
    """Should reach the noun past a suffix ('-strong', '-odd', 'or so'), a list of adjectives
    or a designation, and never take a designation for people."""
    for after, noun in ((" cold, tired and hungry hikers", "hikers"),
                        (" frail and elderly residents", "residents"),
                        ("-odd labourers", "labourers"), (" or so stragglers", "stragglers"),
                        ("-strong party of climbers", "climbers"),
                        (" Mi-8 passengers", "passengers")):  # fmt: skip
        who = counted(after)
        assert who is not None and who.noun == noun, after
    assert counted(" An-26 transports") is None
