"""Who a number counts: a second battery of made-up reports (issue 14).

Written after reading some thirty real reports on evacuations of foreign nationals (Juba
2016, Abidjan 2004, Port-au-Prince 2010, Addis Ababa 2021) and on mass displacements (Moldova
2022, Torkham 2023-25, Cyclone Pam 2015, Typhoon Haiyan 2013) through the Brief. Every
sentence was written for this test in the style of those reports; none is copied. Each case
lists every people-count the sentence holds as (value, population). The causes they test:

- a nationality before a compound noun counts what the compound's last noun names: things
  ("several Danish air force flights", "two Peruvian military aircraft") are no people, and
  people are counted by that noun ("four Dutch aid workers");
- a compound whose first word could be a verb of people and whose head is a thing ("3
  shelter buildings", "12 rescue boats") counts no people;
- nouns before the head of a compound of people count what the head names ("160 primary
  school pupils", "35 health care workers");
- a capitalised participle or verb of people in a title ("4,000 Stranded at Port") names no
  nationality;
- a list of people nouns is counted whole ("1,700 women, children and elderly"), and two
  nationalities share the noun after them ("2,100 Salvadoran and Nicaraguan migrants"); a
  second group that says where it comes from is counted apart ("32 Norwegians and
  civilians from other countries" counts Norwegians);
- "males" and "females", as registration tables count people;
- a bare count shares out the count before it by day also after a clause of eight words
  with a hyphenated one ("14,210 entered ... the Slovak-Ukrainian frontier on Monday,
  15,930 on Tuesday");
- a number whose own noun names things or a share ("97 incidents", "71 percent", "55%")
  counts no people, even after "compared to" or "of whom", nor does a part of things ("2,600
  of the 4,000 tents");
- ages and fractions are no counts: "between the ages of 16 and 60", "children under five",
  "people over 65", "measuring 5.9";
- "one of the largest evacuations" ranks an event among its kind and counts nobody;
- "N of whom are children" counts children; an aside between dashes or in brackets after a
  number with no noun is read past ("another 2,700 - mostly women and children - are
  expected"), as is one between commas that says who they are ("120, including senior
  staff, have yet to be found");
- a number with no noun that refers back to the figure of an earlier sentence takes
  "people", not that figure's group, when the group was named by what happened to it
  ("27,000 injured ... 1,700 are still missing") or is an exact group ten times smaller
  ("two Chilean engineers are missing ... 40,000 may have died"); "another 300", "N more",
  a vague group ("thousands of") and a number in the same sentence still refer back.
"""

from __future__ import annotations

import pytest

from tests.text.found_cases import MakeDoc, assert_people_counts

CASES: list[tuple[str, list[tuple[int, str]]]] = [
    # --- a nationality before a compound noun: its last noun is counted ----------------------
    ("Two Danish air force flights will carry Danish and Nordic nationals out of Bamako.", []),
    ("Several Peruvian military aircraft landed at the airfield on Tuesday.", []),
    ("Three Swiss navy boats waited off the coast.", []),
    ("Four Dutch aid workers were flown to Nairobi on Sunday.", [(4, "workers")]),
    ("Nine Belgian peacekeeping troops were hurt in the blast.", [(9, "troops")]),
    ("About 60 Irish nationals left on the first flight.", [(60, "nationals")]),
    ("Some 45 Kenyan police officers guarded the compound.", [(45, "officers")]),
    ("The airlift flew 1,300 Austrian passport holders to Vienna.", [(1_300, "holders")]),
    ("About 3,000 Lebanese flee homes near the border.", [(3_000, "Lebanese")]),
    ("Some 140 Swiss leave hotels in the capital.", [(140, "Swiss")]),
    # --- nouns before the head of a compound of people ------------------------------------
    ("A group of about 140 primary school pupils has been stuck there since Monday.",
     [(140, "pupils")]),
    ("Some 35 health care workers stayed behind at the clinic.", [(35, "workers")]),
    ("The 60 high school students were flown home on Friday.", [(60, "students")]),
    ("Six coast guard officers were injured in the rescue.", [(6, "officers")]),
    # --- a capitalised participle or verb in a title is no nationality ---------------------
    ("Cyclone Leaves 4,000 Stranded at Island Port", [(4_000, "people")]),
    ("Storm Traps 900 Trekkers on Mountain Pass", [(900, "trekkers")]),
    # --- lists and coordinated nationalities ---------------------------------------------
    ("The barges carried 1,700 women, children and elderly across the lake.",
     [(1_700, "elderly")]),
    ("About 900 Sudanese, Chadians and Eritreans waited at the gate.", [(900, "Eritreans")]),
    ("Some 2,100 Salvadoran and Nicaraguan migrants camped by the river.",
     [(2_100, "migrants")]),
    ("About 430 Kenyans, mostly students, boarded the ship.", [(430, "Kenyans")]),
    ("Some 300 Iraqis, Syrians and Yemeni refugees were turned back.", [(300, "refugees")]),
    ("The jet carried 140 passengers, including 32 Norwegians and civilians from other "
     "countries.", [(140, "passengers"), (32, "Norwegians")]),
    ("About 75 Danes and nationals of several other states left on the ship.",
     [(75, "Danes")]),
    ("Some 400 students and teachers were trapped in the school.", [(400, "teachers")]),
    # --- a compound of a people verb and a thing ---------------------------------------------
    ("The 112 families are living in 3 shelter buildings near the port.", [(112, "families")]),
    ("Volunteers ran 12 rescue boats along the flooded river.", []),
    ("The agency put up 40 evacuation tents for 900 people.", [(900, "people")]),
    # --- males and females --------------------------------------------------------------
    ("The group included Kasur (88 males, 41 females, 63 children).",
     [(88, "males"), (41, "females"), (63, "children")]),
    ("Of the returnees, 2,210 were adult males and 1,940 females.",
     [(2_210, "males"), (1_940, "females")]),
    # --- one of the largest ---------------------------------------------------------------
    ("The navy completed one of the largest evacuations in the country's history.", []),
    ("It was one of the worst floods on record, displacing 8,000 people.", [(8_000, "people")]),
    ("One of the evacuees was taken to hospital.", [(1, "evacuees")]),
    ("One of the youngest victims was a boy of four.", [(1, "victims")]),
    # --- a count shared out by day after a long clause -------------------------------------
    ("Police figures show 14,210 entered Slovakia across the Slovak-Ukrainian frontier on "
     "Monday, 15,930 on Tuesday and 17,020 on Wednesday.",
     [(14_210, "people"), (15_930, "people"), (17_020, "people")]),
    # --- a number whose own noun is a thing or a share ------------------------------------
    ("Monitors logged 143 abuses, compared to 97 incidents the week before.", []),
    ("Some 410 households fled, compared to 97 incidents the week before.",
     [(410, "households")]),
    ("About 2.1 million people live in the area, of whom 71 percent are women and children.",
     [(2_100_000, "people")]),
    ("Nearly 48,000 people fled, 62 per cent of them children.", [(48_000, "people")]),
    ("Around 9,500 people were displaced, of whom 55% are girls.", [(9_500, "people")]),
    ("Some 2,600 of the 4,000 tents have been pitched.", []),
    ("Some 2,600 of the 4,000 residents have left.", [(2_600, "residents"), (4_000, "residents")]),
    # --- who a part is, and an aside before the verb ------------------------------------
    ("About 12,000 people, 5,000 of whom are children, are sheltering in the stadium.",
     [(12_000, "people"), (5_000, "children")]),
    ("Some 800 migrants, 300 of them are women, reached the island.",
     [(800, "migrants"), (300, "women")]),
    ("About 3,000 people fled, 400 of whom are still missing.",
     [(3_000, "people"), (400, "people")]),
    ("Another 2,700 - mostly women, children and the elderly - are expected on Monday.",
     [(2_700, "people")]),
    ("A further 650 (mainly elderly) remain in the town.", [(650, "people")]),
    # --- ages and fractions ---------------------------------------------------------------
    ("All men between the ages of 16 and 60 were held at the school.", []),
    ("The appeal covers 9,000 children under five and 2,000 people over 65.",
     [(9_000, "children"), (2_000, "people")]),
    ("Food went to 700 children under 12 in the camp.", [(700, "children")]),
    ("The tremor, measuring 5.9, displaced 7,000.", [(7_000, "people")]),
    ("Floodwater rose 2.5 metres as 400 people climbed onto roofs.", [(400, "people")]),
    # --- a stock of a population -----------------------------------------------------------
    ("Tonga's population of 104,000 is spread over 36 islands.", [(104_000, "population")]),
    ("The town, with a population of 18,000, was emptied.", [(18_000, "population")]),
    ("Some 40 aid workers were hurt, while 120, including senior staff, have yet to be found.",
     [(40, "workers"), (120, "workers")]),
    ("About 900, mostly women and the elderly, remain in the old town.", [(900, "people")]),
    # --- referring back across sentences -------------------------------------------------
    ("The ministry listed 27,400 injured. Some 1,700 are still missing.",
     [(27_400, "injured"), (1_700, "people")]),
    ("Some 260 wounded were evacuated on Monday. On Tuesday, 180 were flown out.",
     [(260, "wounded"), (180, "wounded")]),
    ("Two Chilean engineers are among the missing. The governor said up to 40,000 may have "
     "died.", [(2, "engineers"), (40_000, "people")]),
    ("Two Norwegians were hurt in the blast. Some 3,000 are believed to be in the country.",
     [(2, "Norwegians"), (3_000, "Norwegians")]),
    ("Around 2,000 Italians were flown out on Monday. Another 600 left by ship.",
     [(2_000, "Italians"), (600, "Italians")]),
    ("Thousands of Togolese traders are stranded at the border. An estimated 90,000 have "
     "already crossed.", [(1_000, "traders"), (90_000, "traders")]),
    ("Tens of thousands of Druze villagers fled to the hills. Up to 150,000 more went south.",
     [(10_000, "villagers"), (150_000, "villagers")]),
    ("The consulate reached 800 Poles, but an estimated 30,000 are in the country.",
     [(800, "Poles"), (30_000, "Poles")]),
    ("The first ferry brought 420 Filipino workers. About 300 are still waiting in the port.",
     [(420, "workers"), (300, "workers")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_population(make_doc: MakeDoc, text: str, expected: list[tuple[int, str]]) -> None:
    assert_people_counts(make_doc, text, expected)
