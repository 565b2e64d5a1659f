"""A second battery of made-up reports (issue 14, stop 15): who each figure is credited to.

Written for this test, in the style of wire copy, UN briefing notes and aid agencies'
releases on volcanic eruptions, refugee flows across a border and camps struck by an
epidemic. None is taken from the evaluation articles; names are invented. Each group
holds one general cause found on real reports the Brief had not seen:

- a reporting verb in the present or progressive ("tells VOA", "confirms", "is warning"),
  and a passive hedge that is none ("gunmen believed to be soldiers");
- a verb that reports with a stance ("stressed that", "insisted", "pointed out");
- a bare title that stands for the person named with it before ("the minister told
  reporters" after "Foreign Minister Luis Soto"), "the official" for the person last
  credited, "he" for a person just named with a title, a quotation that runs on past its
  sentence for its speaker;
- a participle clause that lends the main clause's subject as the speaker
  ("X appealed for help, saying 5,000 ...");
- a role with an indefinite article and a long modifier ("said a disaster control
  official"), a role the report then names ("who gave his name as Rudi"), a body whose
  head is a centre, board, unit or task force, figures "posted at" a body;
- a clause of time after the speech verb ("said in a statement as 115,000 fled") or after
  the speaker's figure (", after a cyclone ripped through ... displaced hundreds of
  thousands"), which the report narrates;
- a noun of speech whose "that" clause holds the figure ("a UN warning that 30,000 ...",
  "claims by aid groups that"), not a noun after a verb ("rejected claims that");
- a headline's credit ("... rises to 135 - officials", "UN: 200,000 ...");
- a well-known body named in passing, not as a source: as a modifier ("UN food"), as the
  agent of an act ("tents set up by MSF"), beside a participle used as an adjective
  ("the estimated 1 million").

The expected credit follows the labelling convention: the organisation or person the
report credits, empty when the outlet states the figure itself.
"""

from __future__ import annotations

import pytest

from tests.text.test_attribution_battery import _credit, _same

# (report text, the figure's opening words, the credit a careful analyst would sign)
CASES = [
    # --- present and progressive reporting verbs ---
    ("Agency spokeswoman Marta Lind tells reporters that 1,200 of the new arrivals are "
     "women.", "1,200", "Marta Lind"),
    ("The spokeswoman tells VOA that 900 refugees crossed overnight.", "900", "spokeswoman"),
    ("The provincial governor confirms that 4,000 villagers have left the slopes.", "4,000",
     "provincial governor"),
    ("The medical charity warns that 3,000 people could die of cholera this week.", "3,000",
     "medical charity"),
    ("UNICEF warns that 1,500 children in the camps are acutely malnourished.", "1,500",
     "UNICEF"),
    ("The refugee agency is reporting that 2,300 people crossed the border on Sunday.",
     "2,300", "refugee agency"),
    ("Local officials are saying that 700 homes were buried and 60 people are missing.",
     "60", "Local officials"),
    ("The Red Cross is estimating that 1,200 people were killed in the camps.", "1,200",
     "Red Cross"),
    ("The disaster agency announces that 18,000 residents are now in shelters.", "18,000",
     "disaster agency"),
    ("The ministry states that 450 people have been rescued from the lava zone.", "450",
     "ministry"),
    # --- a participle clause: the main clause's subject speaks ---
    ("The charity appealed for more doctors on Monday, saying that 5,000 patients had been "
     "treated.", "5,000", "charity"),
    ("Refugee Aid Network called for a new count, saying there could now be 200,000 "
     "refugees in the east.", "200,000", "Refugee Aid Network"),
    ("Governor Ana Ruiz asked for tents, saying 8,000 families had lost their homes.",
     "8,000", "Ana Ruiz"),
    ("The ministry issued a statement, saying 300 people had died in the floods.", "300",
     "ministry"),
    ("The provincial disaster office raised the alert, adding that 2,000 people had been "
     "moved to schools.", "2,000", "provincial disaster office"),
    # the subject is the figure's own group, or the clause is no speech: no credit
    ("About 400 refugees marched to the camp gate, saying they had not eaten for days.",
     "400", ""),
    ("The volcano erupted again on Friday, forcing 6,000 people to flee.", "6,000", ""),
    # --- a role with an article and a long modifier; a body headed by centre, board... ---
    ("A total of 9,300 people have been evacuated in four districts, said a disaster "
     "control official.", "9,300", "disaster control official"),
    ("Another 2,100 were taken to safety, said an emergency response coordinator.", "2,100",
     "emergency response coordinator"),
    ("More than 4,400 others have been moved to shelters, according to the district "
     "disaster task force centre.", "4,400", "district disaster task force centre"),
    ("Some 3,000 people are in camps, according to the regional crisis centre.", "3,000",
     "regional crisis centre"),
    ("The provincial disaster board said 12,000 residents had left.", "12,000",
     "provincial disaster board"),
    ("The army's rescue unit said 75 people had been pulled from the ash.", "75",
     "rescue unit"),
    # a speaker the description names ("who gave his name as", "identified only as")
    ("A total of 16,800 people have been evacuated in three districts, said a disaster "
     "official who gave his name as Rudi in the provincial capital.", "16,800", "Rudi"),
    ("A nurse identified only as Maria said 30 patients were moved overnight.", "30",
     "Maria"),
    ("A farmer named Ahmed said 11 villagers had died in the blast.", "11", "Ahmed"),
    # a document posted at, or published on a day by, a body
    ("More than 4,600 others have been moved, according to the latest figures posted at the "
     "district crisis centre.", "4,600", "district crisis centre"),
    ("About 5,000 people are in shelters, according to figures published on Monday by the "
     "regional disaster office.", "5,000", "regional disaster office"),
    # the heads and elders of a place or a group
    ("The chief of the village told the agency that all 1,750 inhabitants had fled.",
     "1,750", "chief of the village"),
    ("Community leaders in the camp said 300 families had arrived overnight.", "300",
     "Community leaders"),
    ("Elders of the village said 45 people were missing after the mudflow.", "45", "Elders"),
    # --- a headline's credit after a dash or a colon, or before a colon ---
    ("Volcano death toll rises to 135 - officials", "135", "officials"),
    ("Volcano death toll rises to 135: officials", "135", "officials"),
    ("Cholera kills 2,000 a day in border camps - aid workers", "2,000", "aid workers"),
    ("UN: 200,000 refugees now in eastern camps", "200,000", "UN"),
    ("Thousands flee to the border town - Goma", "Thousands", ""),
    ("Volcano: 2,000 evacuated from slopes", "2,000", ""),
    # --- a known body named in passing is no source ---
    ("Cholera is spreading among the 1 million refugees and no UN food has reached them, "
     "aid workers said.", "1 million", "aid workers"),
    ("The camp, which holds about 300,000 of the estimated 1 million refugees, was crowded "
     "around two tents set up by Doctors Without Borders.", "300,000", ""),
    ("Some 40,000 refugees waited by the road as three UN trucks arrived with maize.",
     "40,000", ""),
    ("About 12,000 people sheltered in a stadium run by the Red Cross, officials said.",
     "12,000", "officials"),
    ("The estimated 80,000 refugees in the camp rely on water trucked in by UNICEF.",
     "80,000", ""),
    # --- verbs that report with a stance ---
    ("Serge Malo, the agency's representative, stressed that more than 1,000 people had been "
     "killed.", "1,000", "Serge Malo"),
    ("The mayor insisted that 500 residents had already left.", "500", "mayor"),
    ("The minister pointed out that 2,000 families were still without shelter.", "2,000",
     "minister"),
    ("Relief officials emphasised that 15,000 people had reached the camps by Friday.",
     "15,000", "Relief officials"),
    ("The governor admitted that 40 people were still unaccounted for.", "40", "governor"),
    # --- a bare title is the person named with it before ---
    ("Foreign Minister Luis Soto dismissed the report on Saturday. More than 3,000 refugees "
     "have already returned, the minister told reporters.", "3,000", "Luis Soto"),
    ("Governor Ana Ruiz toured the shelters on Monday. About 4,000 people spent the night "
     "there, the governor said.", "4,000", "Ana Ruiz"),
    ("Its head, Luis Soto, told reporters that 15,000 more would be moved by Friday. The "
     "official added that 900 soldiers were helping.", "900", "Luis Soto"),
    ("Its head, Luis Soto, told reporters that 15,000 more would be moved by Friday. An "
     "official added that 900 soldiers were helping.", "900", "official"),
    # "he" after a person just named with a title, not the one credited before
    ('"There are 30,000 people in the stadium," said Marta Lind, who runs the shelter. '
     "Mayor Pedro Alba visited the camp on Sunday. He said 700 families had arrived since "
     "Friday.", "700", "Pedro Alba"),
    # a quotation that runs on past its sentence is the same speaker's
    ('"We have registered 12,000 people in the camp since Friday," said Ana Ruiz of the food '
     'agency. "At least 3,000 of them are children under five.', "3,000", "Ana Ruiz"),
    ('"We have registered 12,000 people in the camp since Friday," said Ana Ruiz of the food '
     'agency. "At least 3,000 of them are children," said Marta Lind.', "3,000", "Marta Lind"),
    # another title keeps its own credit
    ("Governor Ana Ruiz toured the shelters on Monday. About 4,000 people spent the night "
     "there, the mayor said.", "4,000", "mayor"),
    # --- a participle that describes a noun is no verb; a participle clause no subject ---
    ("Earlier, officials said two burned villagers had died in hospital, bringing the "
     "confirmed death toll to 35.", "35", "officials"),
    ("The reported 40 dead were buried in a mass grave on Sunday.", "40", ""),
    # --- a noun of speech whose clause holds the figure is its owner's word ---
    ("The minister dismissed a UN warning that some 30,000 people were poised to cross.",
     "30,000", "UN"),
    ("The ministry's announcement that 3,000 people had been evacuated came late on Monday.",
     "3,000", "ministry"),
    ("The government rejected claims by aid groups that 5,000 people had died.", "5,000",
     "aid groups"),
    ("The government rejected claims that 5,000 people had died.", "5,000", ""),
    ("There were reports that 200 people had been killed.", "200", ""),
    # --- a clause of time after the speech verb is the report's narration ---
    ('"The suffering must stop," the High Commissioner said in a statement as 115,000 '
     "refugees fled the camp.", "115,000", ""),
    ("The volcano is still dangerous, an expert said on Wednesday, urging residents to stay "
     "in shelters as the death toll rose to 191.", "191", ""),
    ("The minister said on Thursday the death toll had risen to 242, after a cyclone ripped "
     "through the region and triggered floods that have displaced hundreds of thousands.",
     "hundreds of thousands", ""),
    ("The minister said on Thursday the death toll had risen to 242, after a cyclone ripped "
     "through the region.", "242", "minister"),
    ("Officials said 300 people had died as the floods swept the valley.", "300",
     "Officials"),
    ("Officials said as many as 300 people had died.", "300", "Officials"),
    ("Officials said that as the water receded, 300 people returned home.", "300",
     "Officials"),
    # a name after the verb with a verb of its own opens the speech, it does not give it
    ("Residents fled a city of 400,000 on Monday as authorities warned Mount Merapi could "
     "erupt again.", "400,000", ""),
    ("About 2,000 people were evacuated, said Governor Ana Ruiz.", "2,000", "Ana Ruiz"),
    # --- a passive hedge ("believed to be", "said to be") is no speech ---
    ("Gunmen believed to be militia members attacked the camp on Saturday, killing at least "
     "12 people.", "12", ""),
    ("Attackers said to be soldiers raided the village, killing 7 residents.", "7", ""),
    ("Fighters reported to be from the rebel army killed 9 civilians.", "9", ""),
    ("Officials believe 300 people died in the mudflow.", "300", "Officials"),
    ("District head Sri Wulan said authorities were warning about 11,400 people to be ready "
     "to leave.", "11,400", "Sri Wulan"),
    # ...but a known body that speaks keeps its credit
    ("About 100,000 refugees are in the camp, said Ines Parto, the spokeswoman for the "
     "medical charity Doctors Without Borders.", "100,000", "Doctors Without Borders"),
    ("UN figures show 15,000 people crossed in the past week.", "15,000", "UN"),
    ("MSF teams said 26,000 refugees had arrived since the start of the month.", "26,000",
     "MSF"),
    ("About 18,000 arrived last week, UNHCR reported.", "18,000", "UNHCR"),
    ("The UN High Commission for Refugees estimated that nearly 9,000 people died.", "9,000",
     "UNHCR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marker", "source"), CASES)
def test_the_second_battery_credits_each_figure(text: str, marker: str, source: str) -> None:
    """Should credit the figure to whom the report credits it, or to no one."""
    credit = _credit(text, marker)
    assert _same(credit, source), f"{marker}: credited {credit!r}, want {source!r}"
