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
