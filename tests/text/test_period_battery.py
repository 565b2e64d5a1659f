"""A battery of made-up reports, one or two sentences each, across kinds of evacuation
and styles of source, with the period the labelling conventions give the figure named.

daily: one day, one flight or convoy, a named day, a rate per day; 24h: in the past 24
hours; cumulative: so far, since a date, over several days, a total; '' for stocks.
Choices the conventions leave open: a rate per week or month ("5,000 a week") counts
over more than a day, so cumulative; an evacuation "ahead of" or "before" a coming
hazard is a campaign over the warning days, so cumulative; a weekend or a week is
several days, so cumulative; a headline in the present tense is read like the past.
"""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]
PUBLISHED = date(2023, 5, 12)  # a Friday

BATTERY = [
    # cyclones, hurricanes, typhoons
    (
        "Authorities evacuated 1.2 million people ahead of the cyclone's landfall, the state said.",
        1_200_000,
        "cumulative",
    ),
    (
        "More than 300,000 people have been moved to cyclone shelters, officials said on Thursday.",
        300_000,
        "cumulative",
    ),
    ("In the past 24 hours, 45,000 residents were evacuated from low-lying areas.", 45_000, "24h"),
    ("Some 8,000 people were evacuated on Tuesday from coastal villages.", 8_000, "daily"),
    ("About 2,500 people remain in evacuation centres in the province.", 2_500, ""),
    (
        "The storm has displaced 150,000 people across the region, the UN said.",
        150_000,
        "cumulative",
    ),
    (
        "The typhoon forced 40,000 families to flee their homes, the disaster council reported.",
        40_000,
        "cumulative",
    ),
    ("Over the weekend, 60,000 residents left the coastal counties.", 60_000, "cumulative"),
    (
        "As of 6 a.m., 23,000 people had been evacuated in the province, the disaster office said.",
        23_000,
        "cumulative",
    ),
    (
        "Officials evacuated 5,000 people a day from the islands as the storm approached.",
        5_000,
        "daily",
    ),
    ("Officials moved 90,000 people inland in the run-up to the storm.", 90_000, "cumulative"),
    ("Officials moved 3,000 people inland on Monday ahead of the storm.", 3_000, "daily"),
    # floods
    (
        "Floods have displaced more than 700,000 people since June, the UN said.",
        700_000,
        "cumulative",
    ),
    ("Rescuers plucked 1,200 people from rooftops on Sunday.", 1_200, "daily"),
    ("Some 3,000 people were rescued by boat in the past 24 hours, the army said.", 3_000, "24h"),
    ("Over 90,000 people are sheltering in relief camps across the state.", 90_000, ""),
    ("The monsoon floods killed 45 people in the last week.", 45, "cumulative"),
    ("At least 400 people have died since the rains began in June.", 400, "cumulative"),
    ("The death toll rose to 112 on Wednesday.", 112, "cumulative"),
    ("Another 2,000 people were evacuated overnight as the river rose.", 2_000, "daily"),
    (
        "Around 150,000 people have been shifted to safer places, the district collector said.",
        150_000,
        "cumulative",
    ),
    # earthquakes
    (
        "Some 5,000 people were airlifted out of the quake zone over three days.",
        5_000,
        "cumulative",
    ),
    ("About 800 tourists were flown out by helicopter on Monday.", 800, "daily"),
    (
        "A total of 14,000 people have been evacuated from the town since the quake.",
        14_000,
        "cumulative",
    ),
    ("Nearly 200 people are still missing, officials said.", 200, ""),
    ("Some 400 people were pulled alive from the rubble in the first 72 hours.", 400, "cumulative"),
    # volcanoes
    ("More than 70,000 people living near the volcano were ordered to leave.", 70_000, ""),
    ("Some 35,000 residents fled as ash rained down on Saturday.", 35_000, "daily"),
    ("Since the eruption began, 22,000 people have left the island.", 22_000, "cumulative"),
    (
        "Police said 1,800 people were evacuated from villages on the slopes in the past week.",
        1_800,
        "cumulative",
    ),
    (
        "Some 900 people were evacuated from the slopes of the volcano during the night.",
        900,
        "daily",
    ),
    # wildfires
    ("Firefighters said the blaze forced 25,000 residents to evacuate.", 25_000, "cumulative"),
    ("About 4,000 people left the resort town on Thursday as flames approached.", 4_000, "daily"),
    ("An estimated 100,000 people have been told to leave their homes.", 100_000, ""),
    (
        "Nearly 9,000 tourists were evacuated by ferry from the island in the past 48 hours.",
        9_000,
        "cumulative",
    ),
    # nuclear and industrial accidents
    ("Some 160,000 people were evacuated after the 2011 nuclear accident.", 160_000, "cumulative"),
    ("Authorities evacuated 3,000 residents near the chemical plant on Monday.", 3_000, "daily"),
    ("About 1,100 workers were evacuated from the refinery after the blast.", 1_100, "daily"),
    ("A train carrying 600 evacuees left the town.", 600, "daily"),
    ("Around 3,500 people still live inside the exclusion zone.", 3_500, ""),
    # sieges and humanitarian corridors
    (
        "Some 2,000 civilians left the besieged city through the humanitarian corridor on Friday.",
        2_000,
        "daily",
    ),
    (
        "More than 10,000 people have left via the corridor since it opened last week.",
        10_000,
        "cumulative",
    ),
    ("A convoy of buses carried 1,500 people out of the enclave.", 1_500, "daily"),
    ("An estimated 50,000 civilians remain trapped in the old city.", 50_000, ""),
    ("The ICRC said 430 wounded were evacuated from the hospital in the past day.", 430, "24h"),
    (
        "About 7,000 residents fled the besieged district over the past week, the UN said.",
        7_000,
        "cumulative",
    ),
    ("Since the start of the siege, 130,000 people have been displaced.", 130_000, "cumulative"),
    ("Since the start of the conflict, 4,500 civilians were killed.", 4_500, "cumulative"),
    ("Every day, about 300 people cross the front line at the checkpoint.", 300, "daily"),
    # non-combatant evacuations of foreigners
    ("A military plane carrying 180 French nationals landed in Paris on Sunday.", 180, "daily"),
    ("The navy ship evacuated 1,100 Indian nationals from the port.", 1_100, "daily"),
    ("So far, 3,600 Britons have been airlifted out of the country.", 3_600, "cumulative"),
    (
        "The government said it had evacuated 2,700 of its citizens in 14 flights.",
        2_700,
        "cumulative",
    ),
    ("Around 1,000 Americans are waiting at the airport to leave.", 1_000, ""),
    (
        "Some 250 foreigners were flown out on the second evacuation flight on Tuesday.",
        250,
        "daily",
    ),
    (
        "Germany has flown out about 4,000 people since the airlift began on Monday.",
        4_000,
        "cumulative",
    ),
    ("About 500 Filipino workers were repatriated yesterday, the department said.", 500, "daily"),
    ("Two ferries brought 2,300 evacuees to Cyprus over the weekend.", 2_300, "cumulative"),
    # refugee flows across borders
    ("More than 5,000 refugees a week are crossing into Uganda, UNHCR said.", 5_000, "cumulative"),
    ("Some 12,000 refugees arrived in Chad last week.", 12_000, "cumulative"),
    ("An average of 2,000 people a day crossed the border in March.", 2_000, "daily"),
    (
        "Since January, 85,000 people have crossed into Kenya, according to UNHCR.",
        85_000,
        "cumulative",
    ),
    ("About 1,400 refugees crossed the river into Bangladesh on Wednesday.", 1_400, "daily"),
    ("In the past 24 hours, 7,200 people entered Moldova, the border police said.", 7_200, "24h"),
    ("Nearly 20,000 people fled to Tanzania in the first week of May.", 20_000, "cumulative"),
    (
        "UNHCR estimates that 300,000 people have fled to neighbouring countries.",
        300_000,
        "cumulative",
    ),
    ("Up to 1,000 people a day are arriving in the border town.", 1_000, "daily"),
    (
        "At least 40,000 people fled the fighting in the first two weeks of the offensive.",
        40_000,
        "cumulative",
    ),
    ("Last month, 31,000 migrants entered the country.", 31_000, "cumulative"),
    ("Some 2,000 people fled their homes this week, the UN said.", 2_000, "cumulative"),
    ("Officials said 950 people crossed the border on Monday.", 950, "daily"),
    ("Around 15,000 refugees arrive every month, the agency said.", 15_000, "cumulative"),
    ("Roughly 600 people per week reach the island by boat.", 600, "cumulative"),
    # camps and shelters
    ("The camp now hosts 210,000 refugees.", 210_000, ""),
    ("Some 14,500 people are staying in evacuation centres.", 14_500, ""),
    # tolls
    ("The cyclone killed at least 38 people, officials said.", 38, "cumulative"),
    ("Seven people died on Tuesday when their boat capsized.", 7, "daily"),
    ("The death toll from the earthquake has climbed to 2,100.", 2_100, "cumulative"),
    ("At least 12 civilians were killed in shelling on Thursday.", 12, "daily"),
    ("More than 300 people have been injured since the protests began.", 300, "cumulative"),
    ("Fighting killed 90 people over the weekend.", 90, "cumulative"),
    ("In the past 24 hours, 14 people were killed in air strikes.", 14, "24h"),
    # styles: UN/OCHA, IFRC, governments, local press
    (
        "Since 1 October, an estimated 45,000 people have been displaced in the district.",
        45_000,
        "cumulative",
    ),
    ("Between 3 and 9 March, partners recorded 6,300 new arrivals.", 6_300, "cumulative"),
    (
        "The Ministry informs that 1,250 citizens were evacuated today by the Armed Forces.",
        1_250,
        "daily",
    ),
    (
        "As many as 1,100,000 people were evacuated ahead of the cyclone, the chief minister said.",
        1_100_000,
        "cumulative",
    ),
    (
        "A total of 15,320 families were pre-emptively evacuated, the disaster council said.",
        15_320,
        "cumulative",
    ),
    (
        "Around 2,000 people evacuated on Tuesday night, bringing the total to 9,000.",
        2_000,
        "daily",
    ),
    (
        "Around 2,000 people evacuated on Tuesday night, bringing the total to 9,000.",
        9_000,
        "cumulative",
    ),
    ("Authorities plan to evacuate 50,000 people by Friday.", 50_000, ""),
    (
        "In the three days since the dam failed, 11,000 people have been moved to higher ground.",
        11_000,
        "cumulative",
    ),
    ("Some 700 people were evacuated on Saturday and a further 1,300 on Sunday.", 1_300, "daily"),
    # headlines
    ("Floods displace 200,000 in northern state", 200_000, "cumulative"),
    ("Evacuation flight with 300 Britons lands in London", 300, "daily"),
    ("Cyclone forces 1 million to flee coast", 1_000_000, "cumulative"),
    ("5,000 cross border in a single day as fighting spreads", 5_000, "daily"),
    # tallies, spans, rates, several trips on one day, the day a source spoke
    ("The number of evacuees rose to 45,000 on Sunday.", 45_000, "cumulative"),
    ("The number of people displaced by the floods has reached 230,000.", 230_000, "cumulative"),
    ("Over the past three days, 18,000 people crossed the border.", 18_000, "cumulative"),
    ("Over the past few days, 6,500 people fled the town.", 6_500, "cumulative"),
    ("Last weekend, 3,400 people left the island.", 3_400, "cumulative"),
    ("Since the beginning of the year, 120,000 migrants arrived by sea.", 120_000, "cumulative"),
    (
        "In 2022, 2,100,000 people were displaced by disasters in the country.",
        2_100_000,
        "cumulative",
    ),
    ("On the first day of the evacuation, 12,000 people left.", 12_000, "daily"),
    ("Some 3,000 people left on the last train out of the city.", 3_000, "daily"),
    ("Three flights carrying a total of 700 people landed in Rome.", 700, "cumulative"),
    ("UNHCR said 4,000 people have been crossing daily.", 4_000, "daily"),
    ("Some 10,000 people are fleeing every week, aid groups say.", 10_000, "cumulative"),
    ("The coast guard rescued 1,400 people over two days.", 1_400, "cumulative"),
    ("Over 48 hours, 6,000 people were evacuated from the valley.", 6_000, "cumulative"),
    ("In just 12 hours, 900 people left the village.", 900, "daily"),
    ("Since Friday evening, 3,100 people have crossed the bridge.", 3_100, "cumulative"),
    ("Between Monday and Wednesday, 14,000 people left the capital.", 14_000, "cumulative"),
    (
        "The evacuation, which began on 3 March, has so far moved 25,000 people.",
        25_000,
        "cumulative",
    ),
    ("About 2,000 people are leaving the city each day.", 2_000, "daily"),
    ("Roughly 600 people left the city yesterday, down from 1,000 the day before.", 600, "daily"),
    ("In the first week of the war, 650,000 people fled abroad.", 650_000, "cumulative"),
    (
        "Within a month, 200,000 refugees had crossed into the neighbouring country.",
        200_000,
        "cumulative",
    ),
    ("Some 45,000 people were evacuated from the area last year.", 45_000, "cumulative"),
    ("Nearly 3,000 migrants arrived on the island on Monday alone.", 3_000, "daily"),
    ("Fleeing the fighting, 8,000 people arrived in the town in recent days.", 8_000, "cumulative"),
    (
        "Over 50,000 people have been evacuated so far, the rescue force said on Thursday.",
        50_000,
        "cumulative",
    ),
    ("Some 700 people have died from cholera since the outbreak began.", 700, "cumulative"),
    ("Sunday's evacuation brought 3,200 people out of the town.", 3_200, "daily"),
    ("The overnight airlift brought out 1,800 people.", 1_800, "daily"),
    (
        "Since fighting erupted last month, an estimated 18,000 people have crossed.",
        18_000,
        "cumulative",
    ),
    (
        "Since the beginning of the week, the ICRC has evacuated 340 wounded people.",
        340,
        "cumulative",
    ),
    ("During the reporting period, 12,500 people fled to the district.", 12_500, "cumulative"),
    (
        "Over the past week more than 100,000 people crossed into the country.",
        100_000,
        "cumulative",
    ),
    ("Death toll from floods climbs to 85", 85, "cumulative"),
    ("Nearly 5,000 people were evacuated from the district last night.", 5_000, "daily"),
    (
        "Since the start of the conflict, some 2.5 million people fled the country.",
        2_500_000,
        "cumulative",
    ),
    ("In the past month alone, 40,000 people arrived at the camp.", 40_000, "cumulative"),
    ("A week after the storm, 9,000 people had been evacuated by boat.", 9_000, "cumulative"),
    ("Over the Easter weekend, 1,900 migrants reached the coast.", 1_900, "cumulative"),
    ("This month, 27,000 people have been relocated from the riverbanks.", 27_000, "cumulative"),
    ("On Wednesday the navy evacuated 400 tourists, the ministry said on Thursday.", 400, "daily"),
    ("The ministry said on Thursday that the navy evacuated 400 tourists.", 400, "daily"),
    (
        "Another 1,500 people were evacuated on Friday, bringing the total to 16,000.",
        1_500,
        "daily",
    ),
    (
        "Another 1,500 people were evacuated on Friday, bringing the total to 16,000.",
        16_000,
        "cumulative",
    ),
    ("Relief groups estimate 70,000 people were uprooted by the offensive.", 70_000, "cumulative"),
    (
        "Thousands of residents, including 2,600 children, were evacuated last month.",
        2_600,
        "cumulative",
    ),
    (
        "More than 900 Malaysians were brought home in two chartered flights on Sunday.",
        900,
        "daily",
    ),
    # a number that fell is a flow, not a running total; parts of all who did a thing
    (
        "The number of people crossing fell from 5,000 a day earlier this month to 900 on Monday.",
        5_000,
        "daily",
    ),
    (
        "The number of people crossing fell from 5,000 a day earlier this month to 900 on Monday.",
        900,
        "daily",
    ),
    ("The number of arrivals at the port dropped to 300 on Sunday.", 300, "daily"),
    ("The number of people fleeing the region rose to 50,000 on Monday.", 50_000, "cumulative"),
    ("Of those who fled, some 11,000 reached the coast.", 11_000, "cumulative"),
    ("Among the people who left, 3,000 crossed on Monday.", 3_000, "daily"),
    ("Two days later, 400 more people arrived at the camp.", 400, "daily"),
    # Indian, Nigerian, Philippine phrasing; displaced; spans ending on a day; months
    (
        "Till date, 32,000 people have been shifted to relief camps, the collector said.",
        32_000,
        "cumulative",
    ),
    (
        "As at Tuesday, 4,800 persons had been displaced in the state, NEMA said.",
        4_800,
        "cumulative",
    ),
    (
        "As of press time, 2,150 families fled to the evacuation center in the town.",
        2_150,
        "cumulative",
    ),
    ("As of 8 a.m. today, some 7,400 persons were staying in 30 evacuation centers.", 7_400, ""),
    (
        "Since yesterday, 1,700 people have been moved out of the low-lying wards.",
        1_700,
        "cumulative",
    ),
    ("Since last night, 800 residents have fled the burning hills.", 800, "cumulative"),
    ("Over the last 72 hours, 5,300 people reached the border post.", 5_300, "cumulative"),
    ("Around 600 people were evacuated this morning from the flooded suburb.", 600, "daily"),
    (
        "The state government said 2.3 lakh people were evacuated from coastal districts.",
        230_000,
        "daily",
    ),
    ("Some 4,500 villagers were displaced by the floods in the district.", 4_500, "cumulative"),
    (
        "The clashes displaced some 13,000 people, according to local authorities.",
        13_000,
        "cumulative",
    ),
    ("About 25,000 people were displaced in the province last week.", 25_000, "cumulative"),
    ("Nearly 900 people were displaced on Monday by the landslide.", 900, "daily"),
    (
        "Around 3,200 people have been displaced by the eruption, civil defence said.",
        3_200,
        "cumulative",
    ),
    ("The number of displaced people has risen to 78,000.", 78_000, "cumulative"),
    ("Authorities evacuated 2,000 people from the riverbank.", 2_000, "daily"),
    ("Some 500,000 people evacuated in the days before the hurricane.", 500_000, "cumulative"),
    (
        "In the largest evacuation in the state's history, 1.5 million people left the coast.",
        1_500_000,
        "daily",
    ),
    (
        "Civil protection reported that 3,000 people were evacuated during the night of Saturday.",
        3_000,
        "daily",
    ),
    ("Around 400 people were evacuated in the early hours of Sunday.", 400, "daily"),
    ("A boat carrying 120 migrants reached the island late on Wednesday.", 120, "daily"),
    (
        "The number of asylum seekers crossing the channel reached 2,800 last month.",
        2_800,
        "cumulative",
    ),
    (
        "Over 7,000 people have fled to neighbouring Niger since the attack on Friday.",
        7_000,
        "cumulative",
    ),
    ("In the week to Sunday, 9,600 migrants arrived in the country.", 9_600, "cumulative"),
    ("Some 14,000 people crossed the border in the seven days to 3 June.", 14_000, "cumulative"),
    (
        "Since the offensive began three weeks ago, 90,000 people have fled the city.",
        90_000,
        "cumulative",
    ),
    ("Three weeks ago, 2,500 people fled the city in a single night.", 2_500, "daily"),
    ("Airlines flew out 6,000 stranded tourists on Saturday and Sunday.", 6_000, "cumulative"),
    ("Rescue teams evacuated 340 people from the flooded town in 48 hours.", 340, "cumulative"),
    ("Some 2,700 people fled across the river overnight on Thursday.", 2_700, "daily"),
    ("The total number of evacuees stood at 12,400 on Tuesday evening.", 12_400, "cumulative"),
    (
        "Half a million people have left the region in the last month, the UN said.",
        500_000,
        "cumulative",
    ),
    (
        "Between January and March, 18,000 people crossed the desert into the country.",
        18_000,
        "cumulative",
    ),
    (
        "The exodus, which began in August, has driven 650,000 people across the border.",
        650_000,
        "cumulative",
    ),
    ("An airlift that ended on Friday flew 4,000 foreigners out of the capital.", 4_000, "daily"),
    ("Over the course of the week, 22,000 people left the besieged town.", 22_000, "cumulative"),
    (
        "Some 3,100 people fled their homes during the weekend, officials said Monday.",
        3_100,
        "cumulative",
    ),
    # batches and groups, progressive rates, throughout the week, a first night
    ("The third batch of 240 Indian students landed in Delhi.", 240, "daily"),
    ("A contingent of 150 peacekeepers' families was flown to Nairobi.", 150, "daily"),
    ("The latest group of 320 evacuees reached the port.", 320, "daily"),
    ("Some 30,000 people have been arriving since Monday.", 30_000, "cumulative"),
    ("Between 150 and 200 people have been arriving daily.", 150, "daily"),
    ("Thousands are crossing every day, including 4,000 on Tuesday.", 4_000, "daily"),
    ("More than 2,000 people are fleeing the area each day.", 2_000, "daily"),
    ("The first evacuation flight took out 350 people on Friday.", 350, "daily"),
    ("Over 10 days, the navy ferried 8,000 people to safety.", 8_000, "cumulative"),
    (
        "Some 600 people were rescued from flooded homes after the river burst its banks.",
        600,
        "daily",
    ),
    (
        "Aid workers say 40,000 people have fled since the ceasefire collapsed.",
        40_000,
        "cumulative",
    ),
    (
        "Nearly 15,000 residents were evacuated across the county throughout the week.",
        15_000,
        "cumulative",
    ),
    ("By the end of the month, 120,000 people had been relocated.", 120_000, "cumulative"),
    ("In recent weeks, some 9,000 people arrived at the border camp.", 9_000, "cumulative"),
    (
        "The bus convoy carried 2,400 people from the town to the capital on Wednesday.",
        2_400,
        "daily",
    ),
    ("A ship carrying 1,200 evacuees docked at the port, the second this week.", 1_200, "daily"),
    ("Since Sunday, more than 4,000 people a day have crossed the border.", 4_000, "daily"),
    ("Some 1,000 people died in the first days of the epidemic.", 1_000, "cumulative"),
    ("The fire killed 12 people on its first night.", 12, "daily"),
    (
        "More than 240 people were airlifted out of the valley on Tuesday and Wednesday.",
        240,
        "cumulative",
    ),
    (
        "The government has organised 35 flights that carried 6,500 people home.",
        6_500,
        "cumulative",
    ),
    ("Every week since March, about 1,000 people have crossed the river.", 1_000, "cumulative"),
    # comparisons with a day before, headlines, sitreps, a "when" clause that dates
    ("Some 5,000 people crossed on Monday, compared with 3,000 a day earlier.", 3_000, "daily"),
    ("Some 5,000 people crossed on Monday, up from 3,000 the day before.", 3_000, "daily"),
    ("UN: 1 million have fled war since February", 1_000_000, "cumulative"),
    ("Ferry brings 1,100 evacuees to safety", 1_100, "daily"),
    ("Typhoon leaves 40,000 homeless, 12 dead", 12, "cumulative"),
    ("Wildfire: 3,000 more ordered to evacuate", 3_000, ""),
    (
        "Some 700 new arrivals were recorded during the week, raising the total to 41,000.",
        700,
        "cumulative",
    ),
    (
        "Partners report that 2,300 people were newly displaced in the past week.",
        2_300,
        "cumulative",
    ),
    (
        "Authorities said 1,600 people were evacuated in the afternoon as the water rose.",
        1_600,
        "daily",
    ),
    ("Some 20,000 residents fled the town when rebels attacked it in 2019.", 20_000, "cumulative"),
    ("In May alone, 36,000 people were displaced by the floods.", 36_000, "cumulative"),
    (
        "At least 60,000 people fled their homes when the fighting resumed in April.",
        60_000,
        "cumulative",
    ),
    ("Some 3,000 people fled as the fire spread on Tuesday.", 3_000, "daily"),
    # Latin American, East African, South Asian, Philippine styles; a gapped perfect
    (
        "Civil Defense reported that 3,400 people were preventively evacuated from the slopes.",
        3_400,
        "daily",
    ),
    (
        "To date, 1,870 families have been evacuated preventively, Civil Protection said.",
        1_870,
        "cumulative",
    ),
    ("During the emergency, some 12,000 people were housed in 80 temporary shelters.", 12_000, ""),
    (
        "A humanitarian flight repatriated 210 nationals stranded abroad on Saturday night.",
        210,
        "daily",
    ),
    (
        "Mexico has repatriated 1,500 citizens in nine flights since the crisis began.",
        1_500,
        "cumulative",
    ),
    (
        "Over 3 million people have left the country in the last five years.",
        3_000_000,
        "cumulative",
    ),
    ("Around 5,000 Venezuelans cross into Colombia every day.", 5_000, "daily"),
    ("Nearly 800 people crossed the Darien gap last Thursday, officials said.", 800, "daily"),
    (
        "More than 60,000 people have been affected and 4,200 evacuated, the ministry said.",
        4_200,
        "cumulative",
    ),
    (
        "Kenya Red Cross teams evacuated 1,300 people marooned by floodwaters in the county.",
        1_300,
        "daily",
    ),
    ("The floods have so far claimed 56 lives and displaced 24,000 people.", 24_000, "cumulative"),
    (
        "Fresh fighting this week forced about 17,000 people to flee into Uganda.",
        17_000,
        "cumulative",
    ),
    ("The army said troops rescued 230 hostages in an operation on Sunday.", 230, "daily"),
    (
        "Some 18,500 refugees have arrived in the country since the start of the year.",
        18_500,
        "cumulative",
    ),
    ("In the last 24 hours alone, 3,000 people were relocated, the NDMA said.", 3_000, "24h"),
    (
        "About 4,000 families were shifted to relief camps on Saturday as the river swelled.",
        4_000,
        "daily",
    ),
    ("The state has evacuated 10 lakh people in the last two days.", 1_000_000, "cumulative"),
    (
        "The NDRRMC said 94,000 people were preemptively evacuated in the region as of Sunday.",
        94_000,
        "cumulative",
    ),
    ("Some 2,000 residents sought shelter in schools and churches overnight.", 2_000, "daily"),
    (
        "The typhoon displaced 300,000 people and killed 40, the council said.",
        300_000,
        "cumulative",
    ),
    (
        "Some 5,000 people have fled, and about 300 people evacuated the town on their own.",
        300,
        "daily",
    ),
    # industrial accidents, evacuations of foreigners, tolls, stocks at night
    ("Within a week of the explosion, 90,000 residents had left the zone.", 90_000, "cumulative"),
    ("Some 4,000 workers were bused out of the plant area on the day of the leak.", 4_000, "daily"),
    (
        "About 135,000 people were moved out of the 30-kilometre zone in the following weeks.",
        135_000,
        "cumulative",
    ),
    ("The gas leak killed 3,800 people, according to official figures.", 3_800, "cumulative"),
    ("A further 2,000 people were evacuated as a precaution on Wednesday.", 2_000, "daily"),
    ("Some 260 Chinese nationals boarded a frigate at the port on Thursday.", 260, "daily"),
    ("The embassy said roughly 6,000 citizens had registered to leave.", 6_000, ""),
    ("Over the past 10 days, 8,500 foreigners were evacuated by sea and air.", 8_500, "cumulative"),
    ("The last British flight left with 270 people aboard.", 270, "daily"),
    (
        "In total, 15,000 people from 40 countries were evacuated by the operation.",
        15_000,
        "cumulative",
    ),
    ("The rebels' advance sent 6,000 people fleeing towards the coast overnight.", 6_000, "daily"),
    (
        "The shelling has killed at least 230 civilians since the truce broke down.",
        230,
        "cumulative",
    ),
    ("Three children were among 19 people killed in Monday's airstrike.", 19, "daily"),
    ("At least 1,700 people have died in the floods this year.", 1_700, "cumulative"),
    ("Some 110 people drowned when the ferry capsized.", 110, "daily"),
    ("The siege has trapped 200,000 people inside the city.", 200_000, ""),
    ("UN agencies delivered food to 30,000 people in the besieged town on Tuesday.", 30_000, ""),
    ("Every night, 500 people sleep in the metro stations.", 500, ""),
    ("About 1,200 people fled their homes after Tuesday's quake, officials said.", 1_200, "daily"),
    ("Around 4,600 refugees arrived weekly at the transit centre in July.", 4_600, "cumulative"),
]


@pytest.mark.parametrize(("text", "value", "period"), BATTERY)
def test_battery(make_doc: MakeDoc, text: str, value: int, period: str) -> None:
    """Should give each made-up figure the period the labelling conventions give it."""
    figures = extract_figures(make_doc(text, published=PUBLISHED))
    (figure,) = [f for f in figures if f.value == value]
    assert figure.period == period, (figure.metric, figure.period)
