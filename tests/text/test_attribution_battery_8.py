"""An eighth battery of made-up reports (issue 14): who each figure is credited to, from
causes seen on unseen reports of other displacements. Places, names and numbers are
invented. Each group holds one general cause:

- a government body's name may run to eight capitalised words ("Valdoria's Eastern
  Highlands Province Social Welfare Department"); the credit keeps the whole name;
- "and" may join the capitalised words of one body's name ("the Disaster Response and
  Relief Management Bureau said");
- the International Federation of Red Cross (IFRC) is the IFRC, not the ICRC;
- a bare "the Red Cross" with no fuller name before it is the Red Cross body the report
  names in full after it (a national society, or the ICRC);
- a document the sentence names, with the agent that gave it ("The previous toll given by
  the ministry was 24", "A tally compiled by the county council shows"), credits the agent.

The credit is compared exactly where the loose comparison would accept a cut name.
"""

from __future__ import annotations

import pytest

from tests.text.test_attribution_battery import _credit, _same

EXACT = [
    ("According to Valdoria's Eastern Highlands Province (EHP) Social Welfare Department, "
     "12,345 people have been registered since May 2.", "12,345",
     "Valdoria's Eastern Highlands Province Social Welfare Department"),
    ("Heavy rain fell. The Northern Lakes Region Emergency Relief Coordination Office said "
     "4,500 people were moved.", "4,500",
     "Northern Lakes Region Emergency Relief Coordination Office"),
    ("Heavy rain fell. The Flood Response and Relief Management Bureau said 640 families "
     "have been evacuated.", "640", "Flood Response and Relief Management Bureau"),
    ("Heavy rain fell. The ministry's Flood Response and Relief Management Bureau says 640 "
     "families have been evacuated.", "640", "Flood Response and Relief Management Bureau"),
    ("In an update of 12 June, the International Federation of Red Cross (IFRC) said that "
     "27,310 people have been displaced across nine districts.", "27,310", "IFRC"),
    ("The International Federation of the Red Cross said 27,310 people have been displaced.",
     "27,310", "IFRC"),
]  # fmt: skip

LOOSE = [
    ("The Valdorian interior ministry reported 35 people dead. The previous toll given by "
     "the ministry was 24 dead.", "24", "Valdorian interior ministry"),
    ("Heavy rain fell. A toll released by the provincial health office put the dead at 42.",
     "42", "provincial health office"),
    ("Heavy rain fell. A tally compiled by the Sorel county council shows 3,400 residents "
     "have left.", "3,400", "Sorel county council"),
    ("Floods on the coast have killed 31 people, the Red Cross said on Tuesday. \"We have "
     "teams in four districts,\" an officer with the Valdorian Red Cross Society said.",
     "31", "Valdorian Red Cross Society"),
    ("Fighting displaced 4,000 people, the Red Cross said. The International Committee of "
     "the Red Cross has two surgical teams in the city.", "4,000", "ICRC"),
    ("The Valdorian Red Cross opened shelters. The Red Cross said 900 people stayed in them.",
     "900", "Valdorian Red Cross"),
    # the outlet's own figure stays uncredited
    ("Heavy rain fell. The toll stood at 42 on Monday.", "42", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marker", "source"), EXACT)
def test_a_body_is_credited_by_its_whole_name(text: str, marker: str, source: str) -> None:
    """Should credit the whole name of the body, not its first words or a part after "and"."""
    assert _credit(text, marker) == source


@pytest.mark.parametrize(("text", "marker", "source"), LOOSE)
def test_the_eighth_battery_credits_each_figure(text: str, marker: str, source: str) -> None:
    """Should credit the figure to whom the report credits it, or to no one."""
    credit = _credit(text, marker)
    assert _same(credit, source), f"{marker}: credited {credit!r}, want {source!r}"
