"""A seventh battery of made-up reports (issue 14, helper round 7): who each figure is
credited to.

Written for this test, in the style of national newspapers and broadcasters, government
situation reports and NGO and ReliefWeb updates on cyclones, floods, Sahel displacement,
a camp siege and an insurgency. None is taken from a real report; places, names and
numbers are invented. Each group holds one general cause found on real reports read for
this round:

- a person's name with an accented letter ("Benoît", "Rosselló") is a name like any
  other, set off by commas before the verb or after a title;
- a bracketed citation of a body's acronym and the day of its document ("(OCHA
  13/06/2022; ECHO 17/03/2022)", "(IOM DTM, 2 July 2024)") credits that body;
- "the world body", "the global body" refer back to the body named before;
- unnamed sources inside a body ("according to sources in the Chief Minister's Office",
  "sources in the state relief department said") speak for the body.
- a name set off by an apposition that describes it ("X, a member of the task force
  which answers to Prime Minister Y, said") is the speaker; the bodies and people named
  inside the apposition are not (an aside that cites, "X, citing Y, said", still gives Y);
- "The figure was given by the state's relief minister, Ravi Shah." credits the person
  named after the post, and a possessive may stand before the post;
- initials may open a name set off by commas ("the senior relief official, RK Bora,
  told the BBC", "J.K. Mohapatra"); two words of time may stand between a speaker and the
  verb ("Home Minister Arun Sethi earlier today said");
- a figure that opens its sentence as the subject of a modal of expectation ("Around
  1,500 more people should get out", "Another 900 are expected to leave") is a forecast
  made on the word of the speaker of the sentence before; with no speaker before, it is
  the report's own;
- the Islamic Republic News Agency is IRNA, a well-known state agency;
- administrators, collectors and magistrates are officials who speak ("according to
  accounts by the then district administrator", "the district collector said").

The expected credit follows the labelling convention: the organisation or person the
report credits, empty when the outlet states the figure itself.
"""

from __future__ import annotations

import pytest

from tests.text.test_attribution_battery import _credit, _same

# (report text, the figure's opening words, the credit a careful analyst would sign)
CASES = [
    # --- accented names ---
    ("The country director of Plan International in Niger, Benoît Lavaud, said 4,300 "
     "children had left school since March.", "4,300", "Benoît Lavaud"),
    ("The head of the Red Cross in Tarvo, Inés Márquez, said 2,100 families were in "
     "shelters.", "2,100", "Inés Márquez"),
    ("The toll from the storm has risen to 38, Governor Raúl Peñalosa said on Friday.",
     "38", "Raúl Peñalosa"),
    # --- a bracketed citation of a body and its document's day ---
    ("Around 61,000 people have been displaced towards Kelta and Amsi (OCHA 14/05/2023; "
     "ECHO 02/05/2023).", "61,000", "OCHA"),
    ("Some 7,400 people have arrived in Doura since the attacks (UNHCR, 3 April 2023).",
     "7,400", "UNHCR"),
    ("An estimated 18,500 households remain in collective sites (IOM DTM, 12 March 2023).",
     "18,500", "IOM"),
    ("About 950 people crossed into the neighbouring district (ACAPS 21/09/2022).", "950",
     "ACAPS"),
    ("Nearly 12,000 people fled in the first week of fighting (April 2023).", "12,000", ""),
    # --- "the world body", "the global body" ---
    ("The United Nations says the crisis is the fastest growing in the region. According "
     "to the world body, 640,000 people have fled their homes.", "640,000", "United Nations"),
    ("UNICEF warned of a lost generation. The global body said 210,000 children were out "
     "of school.", "210,000", "UNICEF"),
    # ... and with no body named before, the credit is kept as written (it once crashed)
    ("The world body said 5,000 people had fled the town on Monday.", "5,000", "world body"),
    # --- unnamed sources inside a body ---
    ("Over 3.2 lakh people had been shifted to shelters by noon, according to sources in "
     "the Chief Minister's Office.", "3.2 lakh", "Chief Minister's Office"),
    ("About 4,000 people had been moved to higher ground, sources in the state relief "
     "department said.", "4,000", "state relief department"),
    ("Sources in the district administration said 1,250 people were in relief camps.",
     "1,250", "district administration"),
    ("About 4,000 people had been moved, sources said.", "4,000", "sources"),
    # --- an apposition that describes the speaker ---
    ("Colonel Dawit Hailu, a member of the command post which is led by General Tamrat "
     "Bekele and reports to Prime Minister Yonas, said that 58 people were killed.", "58",
     "Dawit Hailu"),
    ("Mariam Keita, the head of a women's association that works with the regional "
     "council of Soukou, said 640 women had arrived in the camp.", "640", "Mariam Keita"),
    ("The agency, citing local authorities, said 3,900 people had been relocated.",
     "3,900", "local authorities"),
    # --- the figure given by a post, then the person's name ---
    ("Some 14,000 people have been moved from low-lying areas. The figure was given by "
     "the state's disaster management minister, Kiran Mehta.", "14,000", "Kiran Mehta"),
    ("Some 14,000 people have been moved from low-lying areas. The figures were released "
     "by the state's revenue department.", "14,000", "revenue department"),
    # --- administrators, collectors, magistrates ---
    ("The raid left dozens dead and displaced over 700, according to accounts by the then "
     "district administrator.", "700", "district administrator"),
    ("Around 2,600 people were moved to schools, the district collector said.", "2,600",
     "district collector"),
    ("At least 31 people drowned, the sub-divisional magistrate told reporters.", "31",
     "sub-divisional magistrate"),
    # --- initials in a name; two words of time before the verb ---
    ("Dhanpur's senior relief official, RK Bora, told the BBC that 41 relief camps had "
     "opened for more than 18,000 people.", "18,000", "RK Bora"),
    ("The state's special relief commissioner, J.K. Mahanta, said 7,300 people remained "
     "in cyclone shelters.", "7,300", "J.K. Mahanta"),
    ("Union Home Minister Arun Sethi earlier today said that over 3.5 lakh people have "
     "been evacuated so far.", "3.5 lakh", "Arun Sethi"),
    ("Chief Minister Lata Rao also on Sunday said 9,000 people were in relief camps.",
     "9,000", "Lata Rao"),
    # --- a state news agency under its full name ---
    ("About 4,000 families have reached the border camps, said the official Islamic "
     "Republic News Agency.", "4,000", "IRNA"),
    # --- a forecast after a credited sentence ---
    ("On Saturday, officials said, at least 14 more flights are planned. Around 1,500 more "
     "people should get out.", "1,500", "officials"),
    ("The evacuation went on overnight, the regional governor said. Another 900 residents "
     "are expected to leave by bus on Sunday.", "900", "regional governor"),
    ("Buses left the stadium all night. Around 1,500 more people should get out on Sunday.",
     "1,500", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marker", "source"), CASES)
def test_the_seventh_battery_credits_each_figure(text: str, marker: str, source: str) -> None:
    """Should credit the figure to whom the report credits it, or to no one."""
    credit = _credit(text, marker)
    assert _same(credit, source), f"{marker}: credited {credit!r}, want {source!r}"
