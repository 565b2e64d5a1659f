"""A third battery of made-up reports (issue 14, stop 15, wave 2): who each figure is
credited to.

Written for this test, in the style of wire copy and agencies' updates on hurricanes,
wildfire evacuations and refugee flows. None is taken from the evaluation articles; names
are invented. Each group holds one general cause found on the new dev reports:

- an adverb of time between a speaker and its verb ("the government now believes");
- a person named with the body they work for ("Dana Marr with the health authority
  said"), like "X of the Y said";
- a body its owner names in a possessive ("a statement from the government's Security
  Council"): the body is the source, not its owner;
- a credit in brackets after a figure ("(source: Ministry of Interior)");
- a relative clause that describes a speaker put after the verb ("said Lena Fox, a
  mother of three, who is one of hundreds of people living in tents"): the report's
  description, not her figure;
- a pronoun that opens what a speaker of the sentence reports ("the prime minister warned
  he expects") is that speaker, not one credited before;
- a clause of contrast whose own verb is a passive report with no agent ("..., while
  200,000 are reported on the other side") gives its figure on no one's word;
- a plural noun of speech before a verb of its own ("Other estimates have ranged") is
  no reporting verb with a subject;
- "the UN agency" after one of the UN's agencies is that agency, not the UN;
- a person's staff ("her office", "his spokesman") speak for the person named before;
- a sentence that sums up the figures just given ("That brings the total to 230,000")
  continues the speaker of the sentence before, if it had one.

The expected credit follows the labelling convention: the organisation or person the
report credits, empty when the outlet states the figure itself.
"""

from __future__ import annotations

import pytest

from tests.text.test_attribution_battery import _credit, _same

# (report text, the figure's opening words, the credit a careful analyst would sign)
CASES = [
    # --- an adverb of time between the speaker and the verb ---
    ("The national government now believes 1,300 people are missing, a government "
     "spokesperson said on Thursday.", "1,300", "national government"),
    ("The regional council still estimates that 4,000 residents have not left.", "4,000",
     "regional council"),
    ("Officials currently say 900 people remain in the shelters.", "900", "Officials"),
    # --- a person with the body they work for ---
    ("The last 40 patients were flown out on Friday night, Dana Marr with the Regional "
     "Health Authority said in an email.", "40", "Dana Marr"),
    ("Piet Olsen from the Norland Red Cross said 300 families had been moved to schools.",
     "300", "Piet Olsen"),
    ("The last 40 patients were flown out on Friday night, Dana Marr with the N.R. Health "
     "and Social Services Authority said in an email.", "40", "Dana Marr"),
    # ...and officials with a body speak for it
    ("About 2,000 people reached the camp on Monday, officials with the relief "
     "commission said.", "2,000", "relief commission"),
    # --- a body its owner names in a possessive ---
    ("A statement from the government's National Security Council said the lives of over "
     "200,000 people are in danger.", "over 200,000", "National Security Council"),
    ("The ministry's Disaster Response Unit reported that 1,200 people were rescued.",
     "1,200", "Disaster Response Unit"),
    ("The toll was put at 45 by the province's Disaster Management Office.", "45",
     "Disaster Management Office"),
    # ...but an owner whose office has no name of its own keeps the credit
    ("UNHCR's field office said 700 refugees crossed on Sunday.", "700", "UNHCR"),
    # --- a credit in brackets ---
    ("481,627 refugees registered in the country (source: Ministry of Interior, "
     "registration system).", "481,627", "Ministry of Interior"),
    ("Some 35,000 people were displaced (Source: Provincial Disaster Office).", "35,000",
     "Provincial Disaster Office"),
    # --- a relative clause describing the speaker after the verb ---
    ('"We are tired," said Lena Fox, a 30-year-old mother of three, who is one of hundreds '
     "of people living in a tent at the stadium.", "hundreds", ""),
    ("More than 5,000 people have left the island, said Omar Tell, a fisherman who is among "
     "200 residents still waiting at the port.", "More than 5,000", "Omar Tell"),
    ("More than 5,000 people have left the island, said Omar Tell, a fisherman who is among "
     "200 residents still waiting at the port.", "200", ""),
    # ...but a speaker described before the verb says the figure after it
    ("Omar Tell, a fisherman who runs the port committee, said 300 families left.", "300",
     "Omar Tell"),
    ("Lena Fox, who runs the shelter, said 400 people slept there on Sunday.", "400",
     "Lena Fox"),
    # --- a pronoun inside what a speaker of the sentence reports refers to that speaker ---
    ("Ana Ruiz, a spokeswoman for the agency, said 400 people fled. The official death "
     "count stands at 50 but the prime minister warned he expects that to rise.", "50", ""),
    ("Ana Ruiz, a spokeswoman for the agency, said 400 people fled. She said 300 more were "
     "expected on Sunday.", "300", "Ana Ruiz"),
    # --- a sentence that sums up the figures just given continues their speaker ---
    ("Arrivals have passed 24,000 in the past six days, the refugee agency added. That "
     "brings the total number of refugees in the country to about 230,000.", "230,000",
     "refugee agency"),
    ("The ministry said 120 more bodies were found on Tuesday. This takes the death toll "
     "to 1,450.", "1,450", "ministry"),
    # ...but a sum after the report's own figures is the report's
    ("Some 400 people crossed on Monday. That brings the total to 2,000.", "2,000", ""),
    # --- a clause of contrast whose own verb is an agentless passive report ---
    ("The UN estimates there are 416,000 refugees at the border, while 200,000 to 400,000 "
     "are reported on the other side.", "416,000", "UN"),
    ("The UN estimates there are 416,000 refugees at the border, while 200,000 to 400,000 "
     "are reported on the other side.", "200,000", ""),
    ("Officials said 300 people died, while 120 were believed missing.", "120", ""),
    # ...but a clause with a speaker of its own keeps its voice
    ("Officials said 300 people died, but the mayor said 120 were believed missing.", "120",
     "mayor"),
    # --- a plural noun of speech before a verb of its own is no reporting verb ---
    ("Officials in the capital say more than 200,000 refugees are massed on the border. Other "
     "estimates have ranged from 50,000 to 500,000 refugees.", "50,000", ""),
    ("The agency estimates 3,000 people crossed on Friday.", "3,000", "agency"),
    # --- "the UN agency" after one of the UN's agencies is that agency ---
    ("UNHCR said 2,000 people crossed on Monday. The UN agency said 500 more arrived on "
     "Tuesday.", "500", "UNHCR"),
    ("The World Food Programme said 2,000 people got food on Monday. The UN agency said 500 "
     "more were waiting.", "500", "World Food Programme"),
    # ...but the UN itself, or a UN agency after no agency, stays the UN
    ("UNHCR said 2,000 people crossed on Monday. The UN said 500 more arrived on Tuesday.",
     "500", "UN"),
    ("The army said 2,000 people crossed on Monday. The UN agency said 500 more arrived on "
     "Tuesday.", "500", "UN"),
    # --- a person's staff ("her office", "his spokesman") speak for the person named ---
    ("Minister Ana Ruiz visited the camp. Her office said 300 people were evacuated on "
     "Monday.", "300", "Ana Ruiz's office"),
    ("Governor Tom Hale spoke on Monday. His spokesman said 300 people were evacuated.",
     "300", "Tom Hale"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marker", "source"), CASES)
def test_the_third_battery_credits_each_figure(text: str, marker: str, source: str) -> None:
    """Should credit the figure to whom the report credits it, or to no one."""
    credit = _credit(text, marker)
    assert _same(credit, source), f"{marker}: credited {credit!r}, want {source!r}"
