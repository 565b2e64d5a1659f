"""Which numbers are people-counts, and who they count: a battery of made-up reports (issue 14).

Every sentence here was written for this test from general knowledge of how evacuation reports
are worded (wire copy, UN and Red Cross updates, government statements, local press); none
comes from the development set. Each case lists every people-count the sentence holds, as
(value, population), by the conventions in tests/text/devset/events.json: the population is
the counted noun as written, "people" when the report names none; vehicles, money, shares,
ages, years, times, distances, magnitudes and identifiers are no people-counts.
"""

from __future__ import annotations

import pytest

from corridor.text.extract import extract_figures
from tests.text.found_cases import MakeDoc, assert_people_counts

CASES: list[tuple[str, list[tuple[int, str]]]] = [
    # --- cyclones, floods and storms -------------------------------------------------------
    ("Authorities evacuated 120,000 people from low-lying coastal districts ahead of landfall "
     "on Thursday.", [(120_000, "people")]),
    ("Nearly two lakh people were shifted to 1,500 cyclone shelters, the state disaster "
     "management authority said.", [(200_000, "people")]),
    ("The storm, a Category 4 hurricane with winds of 215 km/h, forced 45,000 residents to "
     "flee.", [(45_000, "residents")]),
    ("Floodwaters displaced some 3,400 families (about 17,000 people) in the delta.",
     [(3_400, "families"), (17_000, "people")]),
    ("The disaster council said 87,321 persons or 21,540 families were staying in 412 "
     "evacuation centers.", [(87_321, "persons"), (21_540, "families")]),
    ("A further 300 villagers were plucked from rooftops by navy helicopters on Sunday.",
     [(300, "villagers")]),
    ("Boats ferried 2,000 people across the river. Hundreds more were waiting at the jetty.",
     [(2_000, "people"), (100, "people")]),
    ("The death toll from the floods rose to 63, with 14 people still missing.",
     [(63, "people"), (14, "people")]),
    ("Over 2.5 lakh people are staying in 3,400 relief camps across the state.",
     [(250_000, "people")]),
    ("As many as 1,325 persons belonging to 320 families were shifted to safer places, the "
     "tahsildar said.", [(1_325, "persons"), (320, "families")]),
    ("A total of 5,612 families or 24,388 persons are currently being served inside 86 "
     "evacuation centers.", [(5_612, "families"), (24_388, "persons")]),
    ("Flood waters rose 3 metres in 6 hours, cutting off 18 villages home to 25,000 people.",
     [(25_000, "people")]),
    # --- earthquakes, volcanoes, wildfires -------------------------------------------------
    ("The magnitude 7.8 earthquake killed at least 8,000 people and injured 17,000 more.",
     [(8_000, "people"), (17_000, "people")]),
    ("Rescuers pulled 12 survivors from the rubble of a collapsed hotel on Tuesday.",
     [(12, "survivors")]),
    ("About half of the 2,000 residents of the village have moved into tents.",
     [(2_000, "residents")]),
    ("Some 65 aftershocks, the strongest of magnitude 5.1, rattled the region overnight.", []),
    ("The quake struck at a depth of 10 km at 2:46 p.m. local time.", []),
    ("A 7.1-magnitude quake hit 60 miles off the coast early on Monday.", []),
    ("The volcano agency raised the alert to level 4 and about 56,000 residents within the "
     "14-km danger zone were evacuated.", [(56_000, "residents")]),
    ("Ash rose 15 km into the sky; 2,300 people remain in 20 evacuation centres.",
     [(2_300, "people")]),
    ("The blaze has burned 40,000 hectares and forced 30,000 people from their homes, the fire "
     "service said.", [(30_000, "people")]),
    ("Some 1,200 firefighters backed by 14 aircraft battled the flames.",
     [(1_200, "firefighters")]),
    ("Coast guard boats took 700 holidaymakers off the beach as the fire reached the resort.",
     [(700, "holidaymakers")]),
    # --- nuclear and industrial accidents --------------------------------------------------
    ("After the reactor explosion, authorities moved 49,000 residents of the nearby town "
     "within 36 hours.", [(49_000, "residents")]),
    ("A chlorine leak at the plant sent 300 workers to hospital and forced 5,000 people living "
     "within 2 miles to leave.", [(300, "workers"), (5_000, "people")]),
    ("Radiation 10 times above normal was measured 20 km from the plant.", []),
    ("The refinery fire injured 14 employees, two of them seriously.",
     [(14, "employees"), (2, "employees")]),
    # --- sieges and humanitarian corridors -------------------------------------------------
    ("The ICRC said 4,500 civilians, including 1,200 children, had left the besieged city "
     "through the corridor on Saturday.", [(4_500, "civilians"), (1_200, "children")]),
    ("An estimated 250,000 people remain trapped in the old city, the UN said.",
     [(250_000, "people")]),
    ("The convoy carried 40 wounded, 63 injured and 200 civilians out of the town.",
     [(40, "wounded"), (63, "injured"), (200, "civilians")]),
    ("Only 17 of the 120 buses promised had arrived by noon.", []),
    ("Fighters and their families, numbering about 3,000, boarded green buses.",
     [(3_000, "families")]),
    ("About 2,000 heavily armed government soldiers were deployed around the enclave.",
     [(2_000, "soldiers")]),
    ("The navy rescued 400 mostly elderly and frail residents from the port district.",
     [(400, "residents")]),
    # --- non-combatant evacuations of foreigners -------------------------------------------
    ("The State Department said 1,300 American citizens had been flown out on three C-17 "
     "aircraft.", [(1_300, "citizens")]),
    ("The destroyer docked in Cyprus with 1,100 British nationals on board.",
     [(1_100, "nationals")]),
    ("The operation has so far brought home 3,862 Indians, the external affairs ministry said "
     "on 5 May.", [(3_862, "Indians")]),
    ("A second chartered Airbus A330 carrying 298 passengers landed in the capital at 4:30 pm.",
     [(298, "passengers")]),
    ("Some 150 missionaries and their dependants were airlifted by an air force C-130.",
     [(150, "missionaries")]),
    ("Seoul sent two tanker aircraft to fetch 28 South Koreans and 5 Japanese.",
     [(28, "South Koreans"), (5, "Japanese")]),
    ("The F-16 escort turned back as the jet with 240 evacuees entered Turkish airspace.",
     [(240, "evacuees")]),
    ("Two Il-76 aircraft evacuated 123 Russian citizens from the airport.",
     [(123, "citizens")]),
    ("The flight landed at dawn with 180 on board.", [(180, "people")]),
    ("The liner, carrying 2,300 passengers and 1,100 crew, was diverted to Malta.",
     [(2_300, "passengers"), (1_100, "crew")]),
    ("Five of the 12 crew members were rescued by a passing tanker.",
     [(5, "members"), (12, "members")]),
    # --- refugee flows across borders ------------------------------------------------------
    ("UNHCR said 1.2 million refugees have crossed into Poland since 24 February.",
     [(1_200_000, "refugees")]),
    ("More than 40,000 asylum seekers arrived on the islands in October alone.",
     [(40_000, "asylum seekers")]),
    ("Some 7,000 Burundians have sought refuge in Rwanda in the past week, the UNHCR said.",
     [(7_000, "Burundians")]),
    ("Half a million Sudanese have crossed into Chad since April.", [(500_000, "Sudanese")]),
    ("Nearly 12,000 Ukrainians, most of them women and children, crossed into Moldova on "
     "Friday.", [(12_000, "Ukrainians")]),
    ("Venezuelan migrants, who now number more than 1.8 million in Colombia, need work "
     "permits.", [(1_800_000, "migrants")]),
    ("Temperatures reached 45 degrees as 800 Afghans waited at the border crossing.",
     [(800, "Afghans")]),
    ("At least 1,000 Haitians were deported across the border last week.",
     [(1_000, "Haitians")]),
    ("Over the past 24 hours, 2,430 new arrivals were registered at the border point.",
     [(2_430, "arrivals")]),
    ("Some 350 newly arrived South Sudanese refugees slept in the open at the transit centre.",
     [(350, "refugees")]),
    ("About 900 cold, hungry and exhausted migrants waited at the frontier.",
     [(900, "migrants")]),
    # --- camps and shelters ----------------------------------------------------------------
    ("The three camps host about 230,000 registered refugees.", [(230_000, "refugees")]),
    ("The gymnasium now shelters 850 evacuees, down from 1,400 last week.",
     [(850, "evacuees"), (1_400, "evacuees")]),
    ("As of 30 June, 6,812 households (34,060 individuals) remained in the 14 displacement "
     "sites.", [(6_812, "households"), (34_060, "individuals")]),
    ("Since 12 March, an estimated 95,000 IDPs have been recorded in the province.",
     [(95_000, "IDPs")]),
    ("Some 6,000 people (1,200 families) were relocated to higher ground.",
     [(6_000, "people"), (1_200, "families")]),
    ("The ministry registered 4,100 internally displaced persons in the district.",
     [(4_100, "persons")]),
    ("About 60 percent of the 30,000 evacuees are children.", [(30_000, "evacuees")]),
    ("The island's 4,000 inhabitants were ordered to leave within 48 hours.",
     [(4_000, "inhabitants")]),
    ("Ten thousand people gathered at the port, and a further 2,000 slept in the terminal.",
     [(10_000, "people"), (2_000, "people")]),
    ("The Red Crescent has mobilized 350 volunteers and assisted 12,500 people with food.",
     [(350, "volunteers"), (12_500, "people")]),
    ("The civil protection office said 1,850 people were in 33 temporary shelters.",
     [(1_850, "people")]),
    ("Japan deployed 100,000 personnel for the search and rescue effort.",
     [(100_000, "personnel")]),
    ("The outbreak in the camp has infected 312 residents.", [(312, "residents")]),
    ("Nineteen COVID-19 patients were evacuated from the hospital by helicopter.",
     [(19, "patients")]),
    # --- tolls ----------------------------------------------------------------------------
    ("Dead: 42; Injured: 130; Missing: 7", [(42, "people"), (130, "people"), (7, "people")]),
    ("The official toll stands at 1,348, with 62 still unaccounted for.",
     [(1_348, "people"), (62, "people")]),
    ("Six people died when their boat capsized, among them a 65-year-old woman.",
     [(6, "people")]),
    ("A man aged 65 and two children aged 4 and 7 were among the dead.", [(2, "children")]),
    ("Ambulances took 25 injured to hospital; 3 died on the way.",
     [(25, "injured"), (3, "injured")]),
    ("Researchers estimate 2,975 deaths were caused by the hurricane.", [(2_975, "deaths")]),
    # --- headlines in title case -----------------------------------------------------------
    ("Typhoon Nears Coast As 30,000 Flee Low-Lying Villages", [(30_000, "people")]),
    ("3,000 Stranded Tourists Airlifted From Flooded Valley", [(3_000, "tourists")]),
    ("Quake Kills 1,200 In Mountain Region", [(1_200, "people")]),
    # --- spelled numbers and scales --------------------------------------------------------
    ("Two lakh pilgrims were stranded after the landslide.", [(200_000, "pilgrims")]),
    ("Two million people have fled the country since the war began.", [(2_000_000, "people")]),
    ("The UN appealed for US$1.3 billion to help 4.5 million people.", [(4_500_000, "people")]),
    # --- more shapes of a count ------------------------------------------------------------
    ("The 700,000-strong Rohingya population of the camps depends on food aid.",
     [(700_000, "Rohingya")]),
    ("Police said a crowd of 5,000 had gathered outside the embassy gates.",
     [(5_000, "people")]),
    ("A group of 40 reached the coast after walking for three days.", [(40, "people")]),
    ("Nearly 1,500-odd villagers were shifted to relief camps, the collector said.",
     [(1_500, "villagers")]),
    ("Between 400 and 500 migrants are sleeping rough near the station.",
     [(400, "migrants")]),
    ("Tens of thousands of Syrians fled north towards the Turkish border.",
     [(10_000, "Syrians")]),
    ("Dozens of families spent the night on the roof of the school.", [(24, "families")]),
    ("Of the 1,300 evacuated, 400 were children.", [(1_300, "people"), (400, "children")]),
    ("Two-thirds of the 9,000 residents have left the island.", [(9_000, "residents")]),
    ("The 2004 tsunami killed 230,000 people around the Indian Ocean.",
     [(230_000, "people")]),
    ("The state announced Rs 4 lakh ex gratia for the families of 12 victims.",
     [(12, "victims")]),
    ("Relatives can call 0800 123 456 for news of 40 missing fishermen.",
     [(40, "fishermen")]),
    ("Men aged 18 to 60 were barred from leaving the country.", []),
    ("Signal No. 3 was raised over 12 provinces as the typhoon approached.", []),
    ("A 3-day-old baby was among those rescued from a 30-kilometre exclusion zone.", []),
    ("Two Mi-17 helicopters and a Boeing 747 were sent to the island.", []),
    ("The shelter, built for 500, now houses 1,200 evacuees.",
     [(500, "people"), (1_200, "evacuees")]),
    ("The 33 miners trapped underground have been reached by a drill.", [(33, "miners")]),
    ("Some 250 beneficiaries received cash grants of P5,000 each.", [(250, "beneficiaries")]),
    ("Eight peacekeepers and 3 aid workers were flown out of the town.",
     [(8, "peacekeepers"), (3, "workers")]),
    # --- second batch: scales, lists, groups and subjects that number -------------------
    ("The 1.2 million-strong refugee population relies on rations.",
     [(1_200_000, "population")]),
    ("A 1,000-strong contingent of troops was sent to guard the dam.", [(1_000, "troops")]),
    ("Some 2.3 mn people and over 10k livestock were moved inland.", [(2_300_000, "people")]),
    ("A quarter of a million people have been told to leave the coast.",
     [(250_000, "people")]),
    ("The 40 or so remaining residents refused to leave.", [(40, "residents")]),
    ("Officials said 2,000-plus tourists were stuck at the airport.", [(2_000, "tourists")]),
    ("Around 800 people from 200 households were moved to the school.",
     [(800, "people"), (200, "households")]),
    ("The blast left 17 dead, 63 injured and 4 missing.",
     [(17, "people"), (63, "injured"), (4, "people")]),
    ("12 dead, 40 hurt as bus plunges into gorge", [(12, "people"), (40, "people")]),
    ("Toll Rises To 45 In Flood-Hit State", [(45, "people")]),
    ("Over 1,000 Rohingya Refugees Arrive By Boat", [(1_000, "Rohingya")]),
    ("4,000 EVACUATED AS RIVER BURSTS BANKS", [(4_000, "people")]),
    ("The displaced now number 40,000, the provincial governor said.",
     [(40_000, "displaced")]),
    ("Syrian refugees in the country number 1.5 million.", [(1_500_000, "refugees")]),
    ("Survivors numbered 45, the coast guard said.", [(45, "survivors")]),
    ("Some 300 people fled, about 70 of them children.",
     [(300, "people"), (70, "children")]),
    ("The 2,000 who fled the fighting are sleeping in churches.", [(2_000, "people")]),
    ("A dozen journalists and half a dozen doctors were escorted out.",
     [(12, "journalists"), (6, "doctors")]),
    ("No. of persons evacuated: 4,500", [(4_500, "people")]),
    ("The government paid $500 to each of 3,000 families.", [(3_000, "families")]),
    ("The district hospital, a 1,200-bed facility, took in 90 patients.", [(90, "patients")]),
    ("The curfew runs 24/7 and Section 144 has been imposed.", []),
    ("Camp 15 and Block C lie 3 km from the river.", []),
    ("Winds of 250 km/h and 300 mm of rain are forecast for the 12 coastal districts.", []),
    ("Three Nigerian and two Ghanaian sailors were freed on Sunday.",
     [(3, "sailors"), (2, "sailors")]),
    # --- third batch: agencies' and local styles, units glued to numbers ---------------
    ("Some 3,000 OFWs were repatriated from the Gulf on chartered flights.",
     [(3_000, "OFWs")]),
    ("As many as 17 NDRF teams and 300 personnel were deployed in the flood-hit districts.",
     [(300, "personnel")]),
    ("Over 1.5 lakh devotees were evacuated from the temple town.", [(150_000, "devotees")]),
    ("MSF teams treated 342 wounded in 48 hours.", [(342, "wounded")]),
    ("Red Cross volunteers rescued 26 people and recovered 4 bodies.",
     [(26, "people"), (4, "bodies")]),
    ("The risk management secretariat reported 2,316 affected families and 9,542 affected "
     "persons.", [(2_316, "families"), (9_542, "persons")]),
    ("A caravan of some 7,000 set off from the border town at dawn.", [(7_000, "people")]),
    ("Twenty-Three Dead In Landslide After Heavy Rain", [(23, "people")]),
    ("Temperatures hit 40C as 3,000 people sheltered in the stadium.", [(3_000, "people")]),
    ("About 20 NGOs and 3 UN agencies are working in the camps.", []),
    ("Sh2 million was raised for the 400 displaced families.", [(400, "families")]),
    ("An appeal for CHF 3.5 million will help 25,000 people for 9 months.",
     [(25_000, "people")]),
    ("The quake measured 6.2 and was followed by 40 aftershocks.", []),
    ("Flight PR 102 landed with 150 on board.", [(150, "people")]),
    ("The 1951 Refugee Convention protects the 40 asylum seekers held at the port.",
     [(40, "seekers")]),
    ("A 1-in-100-year flood hit the valley at 6 pm.", []),
    ("Around 400 unaccompanied minors were moved to foster homes.", [(400, "minors")]),
    ("Seventy-five thousand people crossed on foot, the border police said.",
     [(75_000, "people")]),
    ("The ferry sank with 120 aboard; 86 were rescued and 12 bodies recovered.",
     [(120, "people"), (86, "people"), (12, "bodies")]),
    ("Up to 10,000 may have died, a senior health official warned.", [(10_000, "people")]),
    # --- fourth batch: quoted verbs, totals, targets ---------------------------------------
    ("Hundreds find refuge in a mosque as the river keeps rising.", [(100, "people")]),
    ("Border Town Braces As 9,000 'Flee Fighting' Into Chad", [(9_000, "people")]),
    ("Aid workers expect a couple of thousand migrants to arrive this week.",
     [(2_000, "migrants")]),
    ("The mayor hoped 5,000 in all would be moved out before nightfall.", [(5_000, "people")]),
    ("The airlift has a target of 3,000 by Sunday, the defence ministry said.",
     [(3_000, "people")]),
    ("The target of 40 percent was missed again.", []),
    ("Twelve were found dead in the hold of the boat.", [(12, "people")]),
    # --- fifth batch: numbered places, currencies and nouns that only look like people -----
    ("Residents of Barangay 143 and Purok 5 were moved to the covered court.", []),
    ("Province 1 and Region 8 reported the heaviest rain.", []),
    ("In the Somali Region more than 2,000 people have fled.", [(2_000, "people")]),
    ("In the Afar Region 300 families were displaced.", [(300, "families")]),
    ("Families of the 12 dead will get 4 lakh rupees each.", [(12, "people")]),
    ("The 6,000 pesos and 300 shillings were stolen.", []),
    ("Three committees and 2 nuclear plants were inspected after 5 incidents.", []),
    ("Two navy destroyers and 3 tankers reached the port with 900 evacuees.",
     [(900, "evacuees")]),
    # --- sixth batch: airline and sitrep words, partitives, European digits ----------------
    ("The charter left with 180 pax and 12 crew.", [(180, "pax"), (12, "crew")]),
    ("The plane had 240 souls on board.", [(240, "souls")]),
    ("Some 1,200 HHs (6,000 ind.) were displaced in the district.",
     [(1_200, "HHs"), (6_000, "ind")]),
    ("More than 800 heads of family registered for cash assistance.", [(800, "heads")]),
    ("Seven of the dead were children.", [(7, "people")]),
    ("Only one of the buses reached the camp.", []),
    ("About 400 were still unaccounted for on Tuesday.", [(400, "people")]),
    ("Civil defence evacuated 2.500 people in the southern state.", [(2_500, "people")]),
    ("A total of 12 500 people were evacuated, the prefecture said.", [(12_500, "people")]),
    # --- no people-counts ------------------------------------------------------------------
    ("The government pledged $25 million and 10,000 tonnes of rice.", []),
    ("Turnout was 65 percent, and 30% of the shelters lacked water.", []),
    ("The hotline 1-800-555-0199 is open around the clock.", []),
    ("The evacuation began at 06:30 and the last bus left at 11.45 pm.", []),
    ("The town lies 35 km north of the border, on Route 9.", []),
    ("The 2nd battalion and the 3rd brigade moved in on Friday.", []),
    ("In 2015, the camp was the world's third largest.", []),
    ("One in five children in the camp is malnourished.", []),
    ("The 15-year-old boy and his 70-year-old grandmother were rescued after 36 hours.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_every_people_count_is_found_with_who_it_counts(
    make_doc: MakeDoc, text: str, expected: list[tuple[int, str]]
) -> None:
    """Should find exactly the sentence's people-counts, each with the group it counts."""
    assert_people_counts(make_doc, text, expected)


def test_a_headline_keeps_the_names_in_its_counted_noun(make_doc: MakeDoc) -> None:
    """Should read a title-case headline's common words in running-text case but keep a
    nationality or body that qualifies the noun."""
    (figure,) = extract_figures(make_doc("Navy Ship Brings 1,100 British Nationals To Cyprus"))
    assert (figure.value, figure.population) == (1_100, "British nationals")


def test_a_body_of_people_is_not_a_body_of_things(make_doc: MakeDoc) -> None:
    """Should read 'a group of N' with no noun as people, but not when a plural noun follows."""
    assert extract_figures(make_doc("A wave of 40 airstrikes hit the town overnight.")) == []
    (figure,) = extract_figures(make_doc("A group of 40 was stopped at the checkpoint."))
    assert (figure.value, figure.population) == (40, "people")
