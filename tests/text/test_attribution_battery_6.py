"""A sixth battery of made-up reports (issue 14, helper round 6): who each figure is
credited to.

Written for this test, in the style of wire copy, UN flash updates and agencies' briefings
on sieges, urban offensives and displacement by sea. None is taken from a real report;
places, names and numbers are invented. Each group holds one general cause found on real
reports read for this round:

- a well-known body named as another's owner ("the UN's International Organization for
  Migration", "the UN's humanitarian agency") is not the voice: the body it owns is;
- "UNOCHA" is OCHA's spelling too;
- "according to" a common noun that describes a body, then its name ("according to NGO
  the Centre for Peace", "according to the charity Save the Children"): the name speaks;
- a noun of speech after an article ("in a report published on Monday") is no verb whose
  subject would be the one named before it;
- the agent of a passive that verifies or documents ("were verified by the camp
  management cluster") gives the figure;
- a sentence that breaks down the figures just given ("Of these, ...", "Among them are
  ...") continues the speaker of the sentence before, if it had one; a sentence that adds
  a fact ("In addition, ...") is not read so;
- "It is reported in the study of X" credits the figures of the sentence before to X;
- monitors and clusters are bodies ("the Paris-based monitor", "the camp management
  cluster"), like observatories and councils;
- "X reports with reference to Y" is Y's, as "citing Y" is;
- "..., says the report" credits whoever issued the report;
- an aside of up to 120 characters may stand between a body and its verb ("The media
  office for the X, an alliance of militias that holds ..., said");
- a post embedded as one paragraph with its signature at the end ("... pic.twitter.com/x
  — Karin Olde (@KarinOlde) June 3, 2024") is the poster's;
- "The number represents ..." after a credited figure is the same speaker's;
- a name that opens with "The" is no person ("The City of Marlow said" is the city); a
  plural noun before a speech verb of its own ("Media reports say") is no verb;
- who makes an appeal, a plea or a warning gives the figures it holds;
- "quoted X as saying" is X's; a spokesperson for a body with a phrase of place before
  the verb ("a spokesman for the Northern Front on the outskirts of the city said") speaks
  for the body;
- a second verb with no subject of its own ("X hasn't disclosed ..., but says 60")
  shares the first one's; a negated auxiliary ("hasn't") is no part of a name; a role word
  a noun follows ("disclosed its military losses") is no speaker after the verb;
- a headline's credit may be a name ending in a role ("- Prosecutor General's Office");
- "he" or "she" after a title and a name set off by commas ("The Minister of Health,
  Omar Salah, visited ...") is that person.

The expected credit follows the labelling convention: the organisation or person the
report credits, empty when the outlet states the figure itself.
"""

from __future__ import annotations

import pytest

from corridor.text.attribution import is_outlet
from tests.text.test_attribution_battery import _credit, _same

# (report text, the figure's opening words, the credit a careful analyst would sign)
CASES = [
    # --- a body named as another's owner is not the voice ---
    ("At least 6,310 displaced people reached Porto Lindo by boat last week, according to "
     "the UN's International Organization for Migration.", "6,310", "IOM"),
    ("Around 41,000 people have fled the southern suburbs, according to the UN's "
     "humanitarian agency.", "41,000", "OCHA"),
    ("Nearly 2,400 refugees crossed on Monday, according to the U.N.'s refugee agency.",
     "2,400", "UNHCR"),
    # ...and a body named alone keeps its credit
    ("Around 41,000 people have fled the southern suburbs, according to the UN.", "41,000",
     "UN"),
    # --- "UNOCHA" is OCHA ---
    ("Many families remain stranded, UNOCHA added, with more than 300,000 children at risk.",
     "300,000", "OCHA"),
    ("At least 3,700 people have been displaced since Sunday, UNOCHA said.", "3,700", "OCHA"),
    # --- "according to" a description, then the body's name ---
    ("Since then, 80,000 people are estimated to have arrived in the town, according to NGO "
     "the Centre for Peace and Justice in a report published on Monday.", "80,000",
     "Centre for Peace and Justice"),
    ("About 12,000 children have been separated from their parents, according to the "
     "charity Save the Children.", "12,000", "Save the Children"),
    ("More than 900 civilians have been killed, according to monitoring group Airwatch "
     "Balkan.", "900", "Airwatch Balkan"),
    ("At least 150 people were wounded, according to the rights group Civil Witness.", "150",
     "Civil Witness"),
    # ...and a description with no name after it stays a role
    ("At least 150 people were wounded, according to the charity.", "150", "charity"),
    # ...and "the X-based monitor" after a named monitor is that monitor
    ("The Observatory for Civic Rights said 40 people were killed on Monday. According to "
     "the Paris-based monitor, more than 700 have died since January.", "700",
     "Observatory for Civic Rights"),
    # --- a noun of speech after an article is no verb ---
    ("Some 5,000 families fled the district, according to the Norland Relief Council in a "
     "report released on Friday.", "5,000", "Norland Relief Council"),
    ("Up to 2,000 people remain in the old city, said the Red Cross in a statement issued "
     "late on Tuesday.", "2,000", "ICRC"),
    # --- the agent of a passive that verifies or documents ---
    ("Of these, 6,120 people have been verified by the camp management cluster as "
     "remaining displaced.", "6,120", "camp management cluster"),
    ("At least 73 deaths were documented by the provincial health directorate.", "73",
     "provincial health directorate"),
    # --- a break-down of the figures just given continues their speaker ---
    ("The UN says more than 60,000 people have left Kalvari. Among them are 2,000 children "
     "under the age of five.", "2,000", "UN"),
    ("About 9,000 people reached the camp this week, the Red Crescent said. Of these, 3,100 "
     "are women.", "3,100", "Red Crescent"),
    ("The governor said 14,000 residents had fled. Of them, 5,000 reached the coast.", "5,000",
     "governor"),
    ("Officials said 7,500 people left the town. Of those who fled, some 2,800 crossed into "
     "Norland.", "2,800", "Officials"),
    # ...but not after a sentence with no speaker
    ("More than 20,000 people fled the city. Of these, 4,000 are children.", "4,000", ""),
    # ...and an added fact is not a break-down
    ("Officials said 300 people were evacuated on Monday. In addition, 40 tourists left "
     "by ferry.", "40", ""),
    # --- "It is reported in the study of X" credits the sentence before ---
    ("At least 31 civilians were killed and 140 injured in the first week. It is reported "
     "in the study of the regional ombudsman.", "140", "regional ombudsman"),
    ("Some 2,500 homes were hit and 60 people killed. This was stated by the city council.",
     "60", "city council"),
    # --- "X reports with reference to Y": Y, as with "citing" ---
    ("The toll from the strike on Kelmar has reached 14 people, Vesti reports with "
     "reference to the Regional Prosecution Office.", "14", "Regional Prosecution Office"),
    ("At least 26 people were wounded, the agency reported, citing the city health "
     "department.", "26", "city health department"),
    # --- "..., says the report": the document speaks for who issued it ---
    ("The toll rose on Sunday, the Foreign Ministry said. In all, 12 people were killed and "
     "more than 40 were injured, says the report.", "40", "Foreign Ministry"),
    ("The civil protection office said on Monday that the rains would go on. About 3,000 "
     "people remain without shelter, adds the statement.", "3,000", "civil protection office"),
    # --- a long aside between a body and its verb ---
    ("The media office for the Valmora Defence Forces, an alliance of militias that holds "
     "the hill country in the far north of Valmora, said at least 30 were wounded.", "30",
     "media office for the Valmora Defence Forces"),
    # --- a post embedded as one paragraph, its signature at the end ---
    ("Gunmen attacked the camp at Rivo.\n\nToday armed men attacked a camp in Rivo. They "
     "killed at least 31 people. pic.twitter.com/Ab12Cd — Karin Olde (@KarinOlde) June 3, "
     "2024\n\nThe army said 40 people were arrested.", "31", "Karin Olde"),
    ("Aid workers fear more attacks.\n\nMore than 2,000 families fled Rivo overnight. Our "
     "teams are there. — UNHCR Rivo (@UNHCR_Rivo) June 3, 2024", "2,000", "UNHCR"),
    # ...and the paragraph after it is the report's again
    ("Gunmen attacked the camp at Rivo.\n\nToday armed men attacked a camp in Rivo. They "
     "killed at least 31 people. — Karin Olde (@KarinOlde) June 3, 2024\n\nSome 5,000 "
     "people fled the area on Tuesday.", "5,000", ""),
    # --- "The number represents ...": the figure just given measured, by its speaker ---
    ("The City of Marlow said Monday that 1,950 evacuees have registered at its centres. "
     "The number represents about half of the city's 4,000-person capacity.", "4,000",
     "City of Marlow"),
    # --- "The City of X", "Media reports": whole names, no person "The City" ---
    ("The City of Marlow said Monday that 1,950 evacuees have registered at its centres.",
     "1,950", "City of Marlow"),
    ("Media reports say about 12,000 residents fled north, while 20,000 went south.",
     "12,000", "Media reports"),
    # --- who makes an appeal or a warning gives the figures it holds ---
    ("The Valmora government on Sunday made a rare appeal for international help to deal "
     "with an estimated 400,000 refugees.", "400,000", "Valmora government"),
    ("Governor Ana Ruiz issued an urgent plea for tents for 3,000 families.", "3,000",
     "Ana Ruiz"),
    ("The UN launched an appeal for $80 million to help 900,000 people in the province.",
     "900,000", "UN"),
    # ...but no one speaks in a storm's "hit"
    ("The storm made a direct hit on the town of 30,000.", "30,000", ""),
    # --- "quoted X as saying": X ---
    ("Early reports had quoted local health officials as saying over 40 people were "
     "killed in the strike.", "40", "local health officials"),
    ("The Valmora News Agency cited a regional official as saying 18 civilians were "
     "killed.", "18", "regional official"),
    # --- a spokesperson for a body with a phrase of place before the verb ---
    ("More than 2,000 civilians have fled Kalvari, a spokesman for the Northern Front on "
     "the outskirts of the city said on Sunday.", "2,000", "Northern Front"),
    ("About 700 people crossed the river overnight, a spokeswoman for the border guard "
     "at the Dorno crossing told reporters.", "700", "border guard"),
    # --- a second verb with no subject of its own shares the first one's ---
    ("Valmora hasn't disclosed its military losses, but says 60 civilians have died so "
     "far.", "60", "Valmora"),
    ("The ministry has not given a full toll but says 45 civilians have died.", "45",
     "ministry"),
    # ...and a role word before a noun is no speaker after the verb
    ("The army disclosed its military losses on Monday: 70 soldiers were killed.", "70",
     "army"),
    # --- a headline's credit may be a name ending in a role ---
    ("The death toll of civilians in Karsi reaches 43 people - Prosecutor General's Office",
     "43", "Prosecutor General's Office"),
    # --- "he" after a title and a name set off by commas ---
    ("The Minister of Health in Valmora, Omar Salah, spoke on local radio about the "
     "victims. He said that 65 people have also been injured.", "65", "Omar Salah"),
    ("The governor of Karsi, Lena Brandt, toured the shelters on Sunday. She said 1,200 "
     "families were still without homes.", "1,200", "Lena Brandt"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marker", "source"), CASES)
def test_the_sixth_battery_credits_each_figure(text: str, marker: str, source: str) -> None:
    """Should credit the figure to whom the report credits it, or to no one."""
    credit = _credit(text, marker)
    assert _same(credit, source), f"{marker}: credited {credit!r}, want {source!r}"


def test_a_body_credited_on_its_own_site_is_the_outlet_whatever_the_case() -> None:
    """Should read "Trend reports" in a copy from en.trend.az as the outlet's own words."""
    assert is_outlet("Trend", "en.trend.az")
    assert not is_outlet("Reuters", "en.trend.az")
