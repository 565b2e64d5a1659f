"""A second battery of made-up reports for the period of a figure, written fresh in a
third round: other Englishes (Pakistani, Nigerian, Kenyan, Australian, Caribbean), other
genres (ministry press releases, NGO blog posts, live-blog lines with times, officials'
tweets, UN flash updates, embassy and airline notices) and other events (dam failures,
landslides, heatwaves, chemical spills, riots, returns after a ceasefire, camp moves).

daily: one day, one flight or convoy, a named day, a rate per day; 24h: in the past 24
hours; cumulative: so far, since a date, over several days, a total; '' for stocks.
Choices the conventions leave open, read as in the first battery: a weekend, a week, a
holiday of several days ("over Easter"), a season or a span told as an adjective ("the
two-week siege", "a 72-hour window") add up days; hours within one day ("in a 12-hour
operation", "since midday") are one day's.
"""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]
PUBLISHED = date(2023, 5, 12)  # a Friday

BATTERY = [
    (
        "The district administration shifted 3,400 persons to safer places "
        "after the dam breach on Monday.",
        3400,
        "daily",
    ),
    (
        "So far 12,500 persons have been shifted to relief camps, the PDMA spokesman said.",
        12500,
        "cumulative",
    ),
    ("As many as 700 families were relocated from the katcha area yesterday.", 700, "daily"),
    (
        "Rescue 1122 evacuated 2,150 people from the flooded villages in the last 24 hours.",
        2150,
        "24h",
    ),
    ("Over 45,000 people are still stranded in the submerged union councils.", 45000, ""),
    ("The death toll from the dam collapse has risen to 63, the NDMA said.", 63, "cumulative"),
    ("Some 9,000 people took shelter in government schools overnight.", 9000, "daily"),
    ("Since the breach, 18,000 residents have moved to higher ground.", 18000, "cumulative"),
    (
        "The Kenya Red Cross said 320 households have been displaced by the landslide in Murang'a.",
        320,
        "cumulative",
    ),
    ("At least 41 people died when a hillside collapsed on Saturday night.", 41, "daily"),
    (
        "NEMA officials said 1,100 persons were evacuated from the flood plain on Wednesday.",
        1100,
        "daily",
    ),
    ("About 5,000 IDPs are currently sheltering in the Bakassi camp.", 5000, ""),
    (
        "The state emergency agency has so far relocated 2,700 people from riverine communities.",
        2700,
        "cumulative",
    ),
    (
        "A total of 14 bodies were recovered from the rubble, the police spokesperson said.",
        14,
        "cumulative",
    ),
    ("Twenty-three people are still unaccounted for after the mudslide.", 23, ""),
    ("Authorities plan to move 6,000 residents out of the landslide zone next week.", 6000, ""),
    (
        "Ambulance Victoria said 210 people were treated for heat-related illness on Friday.",
        210,
        "daily",
    ),
    (
        "More than 1,300 residents were evacuated from the township as the bushfire approached.",
        1300,
        "daily",
    ),
    ("Since Boxing Day, 4,500 holidaymakers have left the coast by road.", 4500, "cumulative"),
    ("The RFS said 95 homes were lost and 2,000 people remain in relief centres.", 2000, ""),
    (
        "Around 800 campers were airlifted out of Mallacoota by navy helicopter over three days.",
        800,
        "cumulative",
    ),
    ("A navy ship carrying 1,100 evacuees docked in Hastings this morning.", 1100, "daily"),
    (
        "Roughly 2,000 residents within a one-mile radius were ordered to "
        "evacuate after the derailment.",
        2000,
        "",
    ),
    (
        "Officials evacuated 5,400 people from homes near the chemical plant on Tuesday afternoon.",
        5400,
        "daily",
    ),
    (
        "By Thursday evening 1,800 residents had returned home after the "
        "shelter-in-place order was lifted.",
        1800,
        "cumulative",
    ),
    (
        "The ammonia leak has killed 11 people and injured more than 300, officials said.",
        11,
        "cumulative",
    ),
    (
        "The ammonia leak has killed 11 people and injured more than 300, officials said.",
        300,
        "cumulative",
    ),
    (
        "Police said 1,200 foreign nationals fled to the community hall during "
        "the riots last night.",
        1200,
        "daily",
    ),
    (
        "Some 3,000 migrants have sought refuge at police stations since the violence began.",
        3000,
        "cumulative",
    ),
    ("Officials said 62 people had been killed in the week of unrest.", 62, "cumulative"),
    ("About 700 Malawians were repatriated on five buses on Sunday.", 700, "daily"),
    (
        "Since the ceasefire took effect, 230,000 displaced people have "
        "returned to their villages.",
        230000,
        "cumulative",
    ),
    ("On the first day of the truce, 40,000 people crossed back over the river.", 40000, "daily"),
    ("UNHCR counted 7,500 returnees at the border crossing on 14 March.", 7500, "daily"),
    ("Some 15,000 people a day are heading back north along the coastal road.", 15000, "daily"),
    ("An estimated 300,000 remain displaced in the south.", 300000, ""),
    (
        "The government relocated 2,400 refugees from the old camp to the new site last month.",
        2400,
        "cumulative",
    ),
    (
        "A convoy of trucks moved 480 refugees to the Kalobeyei settlement on Thursday.",
        480,
        "daily",
    ),
    ("UNHCR aims to relocate 20,000 refugees before the rains begin.", 20000, ""),
    ("The camp now hosts 186,000 registered refugees.", 186000, ""),
    ("So far this year, 9,300 refugees have been relocated to the new camp.", 9300, "cumulative"),
    (
        "14:05 - The interior ministry says 22,000 people have been evacuated so far.",
        22000,
        "cumulative",
    ),
    ("09:40 Another 1,500 residents left the city on the morning train.", 1500, "daily"),
    (
        "17:22 GMT: Coast guard says 87 people were rescued from rooftops this afternoon.",
        87,
        "daily",
    ),
    ("06:15 Overnight, 4,000 more people arrived at the reception centre.", 4000, "daily"),
    ("Our teams have rescued 312 people since dawn. Stay indoors. #FloodAlert", 312, "daily"),
    ("UPDATE: 1,250 evacuees now registered at @CityShelters. Please bring ID.", 1250, ""),
    ("Today we welcomed 530 returnees at Entebbe on two chartered flights.", 530, "daily"),
    (
        "Grateful to our crews: 2,600 residents evacuated across the county over the weekend.",
        2600,
        "cumulative",
    ),
    ("According to OCHA, 65,000 people have been displaced since 3 May.", 65000, "cumulative"),
    ("Between 1 and 7 June, partners registered 11,200 new arrivals.", 11200, "cumulative"),
    ("IOM DTM estimates 92,000 individuals are displaced across 14 sites.", 92000, ""),
    ("In the reporting period, 3,100 people crossed into Chad.", 3100, "cumulative"),
    ("New arrivals averaged 1,900 per day during the first week of the month.", 1900, "daily"),
    (
        "The Ministry of Foreign Affairs has facilitated the return of 1,430 nationals to date.",
        1430,
        "cumulative",
    ),
    (
        "A special flight with 189 Nigerians on board landed at Lagos airport on Friday.",
        189,
        "daily",
    ),
    (
        "The Ministry confirms that a further 2,000 citizens are expected to "
        "be evacuated in the coming days.",
        2000,
        "",
    ),
    (
        "In total, 6,200 Kenyans have been assisted to leave the country since the crisis began.",
        6200,
        "cumulative",
    ),
    (
        "The embassy said 240 British nationals were flown out on an RAF flight from the airfield.",
        240,
        "daily",
    ),
    (
        "The airline operated three additional flights on Tuesday, carrying "
        "780 passengers out of the island.",
        780,
        "daily",
    ),
    (
        "About 4,000 tourists are still waiting at the airport for seats on outbound flights.",
        4000,
        "",
    ),
    (
        "Some 1,600 Indian nationals have been evacuated under Operation Kaveri so far.",
        1600,
        "cumulative",
    ),
    (
        "Since January, more than 30,000 families have fled the fighting in the region.",
        30000,
        "cumulative",
    ),
    (
        "Over the past month, 12,000 people have arrived at the camp, most of "
        "them women and children.",
        12000,
        "cumulative",
    ),
    ("Every day, around 600 new arrivals reach the transit centre.", 600, "daily"),
    (
        "NEMO said 2,300 persons were in 84 emergency shelters across St Vincent on Sunday.",
        2300,
        "",
    ),
    (
        "More than 16,000 residents were evacuated from the red zone when the volcano erupted.",
        16000,
        "daily",
    ),
    (
        "Cruise ships took 3,000 evacuees from Kingstown to neighbouring islands over two days.",
        3000,
        "cumulative",
    ),
    (
        "The ODPEM said 1,700 persons were housed in shelters across the island last night.",
        1700,
        "",
    ),
    ("The heatwave has claimed 98 lives in Sindh over the past week.", 98, "cumulative"),
    ("Edhi said its morgue received 240 bodies in a single day.", 240, "daily"),
    (
        "At least 1,200 people have died of heatstroke in the province this summer.",
        1200,
        "cumulative",
    ),
    ("The figure of 50,000 evacuated includes 8,000 moved on Monday alone.", 8000, "daily"),
    (
        "A further 2,100 people were evacuated from the eastern suburbs on 9 February.",
        2100,
        "daily",
    ),
    ("Police evacuated 900 residents in a night-time operation.", 900, "daily"),
    ("The number of people who have left the town now stands at 27,000.", 27000, "cumulative"),
    ("Nearly 5,000 people fled across the border within hours of the attack.", 5000, "daily"),
    ("Some 60,000 residents left during the two-week siege.", 60000, "cumulative"),
    ("About 350 people were moved to the stadium as water levels rose.", 350, "daily"),
    ("Almost 3,500 people spent the night in shelters after the chemical fire.", 3500, ""),
    (
        "Officials said 8,700 residents returned to the town in the days after the spill.",
        8700,
        "cumulative",
    ),
    ("The airlift brought out 2,480 foreigners in 11 flights.", 2480, "cumulative"),
    ("Police moved 4,200 residents out in a three-day operation.", 4200, "cumulative"),
    ("In a 12-hour operation, divers rescued 64 people from the flooded mine.", 64, "daily"),
    (
        "Rescuers pulled 212 survivors from collapsed buildings in the 72-hour "
        "window after the quake.",
        212,
        "cumulative",
    ),
    ("Some 2,000 residents fled the township this week, a councillor said.", 2000, "cumulative"),
    ("More than 400 families fled the informal settlement late on Sunday.", 400, "daily"),
    ("Last week 3,800 refugees crossed into Uganda, UNHCR said.", 3800, "cumulative"),
    ("Officials said 1,000 people were evacuated on the night of the spill.", 1000, "daily"),
    ("A ferry with 650 evacuees on board reached Dar es Salaam on Monday.", 650, "daily"),
    ("Since Friday, some 35,000 people have crossed into Rwanda.", 35000, "cumulative"),
    ("Over the weekend, 7,000 returnees passed through the Torkham crossing.", 7000, "cumulative"),
    (
        "The Punjab government evacuated 110,000 people during the monsoon season.",
        110000,
        "cumulative",
    ),
    ("Some 1,500 people were evacuated in the early hours of Tuesday.", 1500, "daily"),
    (
        "About 18,000 people left the city in the first 48 hours of the ceasefire.",
        18000,
        "cumulative",
    ),
    (
        "Firefighters rescued 57 people from the burning tower block on Wednesday night.",
        57,
        "daily",
    ),
    ("The council has housed 260 displaced families in hotels for the past fortnight.", 260, ""),
    ("The authorities evacuated 5,600 people over a five-day period.", 5600, "cumulative"),
    ("Five buses carried 230 students out of the campus yesterday.", 230, "daily"),
    ("At least 3,000 people have been evacuated in the past few days.", 3000, "cumulative"),
    (
        "Fourteen thousand people returned to the town within a fortnight of the truce.",
        14000,
        "cumulative",
    ),
    ("The NDMA said 2,300 people had been rescued by boats since Sunday.", 2300, "cumulative"),
    ("As of 6pm, 4,120 persons were in evacuation centres.", 4120, ""),
    (
        "Cumulatively, 48,000 people have crossed into Kenya since the clashes erupted.",
        48000,
        "cumulative",
    ),
    (
        "Over 600 travellers were stranded at Jomo Kenyatta airport on Monday "
        "after flights were cancelled.",
        600,
        "",
    ),
    ("A Qantas repatriation flight brought 175 Australians home from Kathmandu.", 175, "daily"),
    ("The death toll stands at 27.", 27, "cumulative"),
    ("Up to 2,500 residents could be forced from their homes if the levee fails.", 2500, ""),
    ("On Day 3 of the operation, 1,900 people were evacuated from the valley.", 1900, "daily"),
    (
        "Week-long evacuations moved 33,000 people from the slopes of the volcano.",
        33000,
        "cumulative",
    ),
    (
        "Each week about 2,000 returnees come back from Pakistan through Spin Boldak.",
        2000,
        "cumulative",
    ),
    ("Hourly, some 300 people are crossing the bridge on foot.", 300, "daily"),
    ("Some 4,000 people left the camp between Monday and Wednesday.", 4000, "cumulative"),
    (
        "Approximately 11,000 people have been evacuated from the flood-hit "
        "areas of Sindh since July.",
        11000,
        "cumulative",
    ),
    ("About 1,000 people fled the riot-hit estate over Easter.", 1000, "cumulative"),
    ("A total of 840 people were rescued by the coast guard during the storm.", 840, "cumulative"),
    (
        "Nine people died and 4,000 were evacuated as the river burst its banks on Friday.",
        4000,
        "daily",
    ),
    ("Throughout the night, rescuers evacuated 700 people from the hospital.", 700, "daily"),
    ("Some 20,000 people were relocated from the camp during 2019.", 20000, "cumulative"),
    ("Authorities airlifted 97 patients from the hospital by helicopter on Sunday.", 97, "daily"),
    ("The first batch of 120 students arrived at Islamabad airport this morning.", 120, "daily"),
    ("The sixth evacuation flight, carrying 231 citizens, landed in Abuja.", 231, "daily"),
    (
        "About 3,200 people were evacuated from villages near the spill site "
        "over the past three days.",
        3200,
        "cumulative",
    ),
    (
        "Within a month of the ceasefire, 400,000 people had returned to the city.",
        400000,
        "cumulative",
    ),
    (
        "Evacuations continued for a second day on Tuesday, with 3,300 people "
        "moved from the coast.",
        3300,
        "daily",
    ),
    (
        "Since the start of the year, 71,000 people have been displaced by floods in the region.",
        71000,
        "cumulative",
    ),
    ("2,000 people have been evacuated from Lismore this afternoon, the SES said.", 2000, "daily"),
    (
        "Officials said 450 people were moved to higher ground during Monday's flash floods.",
        450,
        "daily",
    ),
    ("The number of evacuees has climbed to 86,000.", 86000, "cumulative"),
    (
        "Some 1,400 residents were evacuated late last night as flames neared the suburb.",
        1400,
        "daily",
    ),
    (
        "At 11am, Civil Defence said 740 people had been rescued from flooded homes.",
        740,
        "cumulative",
    ),
    (
        "Another 3,000 people arrived in Adre yesterday, bringing the total to 120,000.",
        3000,
        "daily",
    ),
    (
        "Another 3,000 people arrived in Adre yesterday, bringing the total to 120,000.",
        120000,
        "cumulative",
    ),
    ("In the past seven days, 22,500 people fled to neighbouring Malawi.", 22500, "cumulative"),
    ("Ten trains carried 9,800 passengers out of the city on Saturday.", 9800, "daily"),
    (
        "Last month alone, 8,200 migrants were returned from Libya on IOM flights.",
        8200,
        "cumulative",
    ),
    (
        "Over the Christmas period, 650 people were evacuated from flooded homes in Queensland.",
        650,
        "cumulative",
    ),
    (
        "The first convoy, with 1,200 civilians aboard, left the besieged district at dawn.",
        1200,
        "daily",
    ),
    (
        "Thousands have fled since August, including 2,400 who crossed the "
        "border on Wednesday alone.",
        2400,
        "daily",
    ),
    (
        "An estimated 25,000 people were evacuated in the three weeks before "
        "the dam was declared safe.",
        25000,
        "cumulative",
    ),
    ("Throughout the spring, 5,000 residents were moved away from the crater.", 5000, "cumulative"),
    ("Residents were told that 1,500 people would be moved on Friday.", 1500, ""),
    ("About 500 households fled the gunfire in the early morning hours.", 500, "daily"),
    (
        "Some 6,000 people were evacuated from the Hunter region on the weekend, the SES said.",
        6000,
        "cumulative",
    ),
    ("The county sheriff said 1,100 residents fled the wildfire on Labor Day.", 1100, "daily"),
    (
        "Officials estimate 40,000 people fled in the first hours after the dam burst.",
        40000,
        "daily",
    ),
    (
        "More than 2,000 people were evacuated over two nights as the chemical fire burned.",
        2000,
        "cumulative",
    ),
    (
        "A chartered Kenya Airways plane with 146 passengers landed in Nairobi from Beirut.",
        146,
        "daily",
    ),
    ("Some 13,000 people were displaced between mid-July and early August.", 13000, "cumulative"),
    (
        "Border officials counted 2,700 returnees on the first day the crossing reopened.",
        2700,
        "daily",
    ),
    ("Between 8am and 6pm on Thursday, 3,600 people crossed at the checkpoint.", 3600, "daily"),
    (
        "The ministry said 910 Nigerians have returned from Sudan in the past fortnight.",
        910,
        "cumulative",
    ),
    ("In a statement issued on Sunday, the NDMA said 5,200 people were evacuated.", 5200, "daily"),
    ("Over 1,000 people were evacuated in a matter of hours as the river rose.", 1000, "daily"),
    (
        "Red Cross volunteers have helped 3,000 people leave the area since the weekend.",
        3000,
        "cumulative",
    ),
    (
        "During the evacuation, which lasted nine days, 12,600 people were moved to Zambia.",
        12600,
        "cumulative",
    ),
    ("The sixth and seventh flights, carrying 430 people, left Kabul on Sunday.", 430, "daily"),
    (
        "About 4,500 people were moved from the camp to new shelters in late 2021.",
        4500,
        "cumulative",
    ),
    (
        "The fire service said it had evacuated 320 residents from the tower on Tuesday night.",
        320,
        "daily",
    ),
    ("Officials said 1,000 people had been evacuated by 9 a.m. on Saturday.", 1000, "cumulative"),
    (
        "The SDMA evacuated 7,200 people from coastal Odisha on Thursday, a day before landfall.",
        7200,
        "daily",
    ),
    ("By the end of the week, 9,000 people had left the affected districts.", 9000, "cumulative"),
    ("A second ship evacuated 1,700 foreigners from Port Sudan on Monday.", 1700, "daily"),
    ("Seven hundred people spent Tuesday night in the town hall.", 700, ""),
    ("About 5,000 people left the city before the curfew on Friday evening.", 5000, "daily"),
    (
        "Police said 48 people were arrested and 600 evacuated after rioting spread on Saturday.",
        600,
        "daily",
    ),
    (
        "The IOM said 220,000 people had returned to Mosul in the year since its recapture.",
        220000,
        "cumulative",
    ),
    (
        "Local radio reported that 2,800 people fled the villages after the "
        "first tremors last week.",
        2800,
        "cumulative",
    ),
    ("Heavy rains forced 3,400 families from their homes in Lagos on Sunday.", 3400, "daily"),
    ("The state government said 14,000 people were evacuated in two phases.", 14000, "cumulative"),
    ("Hundreds of families, about 2,300 people, returned to the camp on 2 October.", 2300, "daily"),
    (
        "Roughly 850 tourists were ferried off the island on Wednesday and Thursday.",
        850,
        "cumulative",
    ),
    ("Another 90 patients are due to be transferred tomorrow.", 90, ""),
    ("Some 1,600 people moved into temporary housing this month.", 1600, "cumulative"),
    ("At least 18 people died in the heat on Sunday alone, the coroner said.", 18, "daily"),
    ("Last night's riots forced 250 shopkeepers to flee the market.", 250, "daily"),
    (
        "Over a fortnight, the navy ferried 4,300 stranded tourists off the island.",
        4300,
        "cumulative",
    ),
    (
        "The agency said 620 people were rescued from rooftops across the city "
        "on the 4th of September.",
        620,
        "daily",
    ),
    ("1,300 people crossed into Chad in a single day, MSF said.", 1300, "daily"),
    ("Since last Thursday 8,400 people have been moved from the camp.", 8400, "cumulative"),
    (
        "This year alone, 42,000 people have been relocated away from the eroding coastline.",
        42000,
        "cumulative",
    ),
    (
        "Some 3,000 people were evacuated from the path of the lava flow "
        "within days of the eruption.",
        3000,
        "cumulative",
    ),
    (
        "Overnight Saturday into Sunday, 900 residents were evacuated from the flood zone.",
        900,
        "daily",
    ),
    (
        "Flights resumed on Monday and 2,200 stranded passengers left the island by evening.",
        2200,
        "daily",
    ),
    ("The number of people in evacuation centres rose to 12,000 on Tuesday.", 12000, ""),
    ("Authorities evacuated a further 6,000 residents over the next two days.", 6000, "cumulative"),
    (
        "A total of 5,730 returnees were recorded in the first quarter of the year.",
        5730,
        "cumulative",
    ),
    ("At the height of the crisis, 9,000 people a day were crossing the bridge.", 9000, "daily"),
    ("Some 2,000 Sudanese refugees have arrived every week since April.", 2000, "cumulative"),
    (
        "The team rescued 34 miners in the early hours of Sunday after the shaft flooded.",
        34,
        "daily",
    ),
    ("Since midday, 480 residents have been evacuated from the estate.", 480, "daily"),
    ("Over the past 48 hours, 7,800 people fled the shelling.", 7800, "cumulative"),
    ("Within the first week, 15,000 refugees crossed into Moldova.", 15000, "cumulative"),
    ("The prefecture said 330 people were taken to hospital after the blast.", 330, "daily"),
    ("Some 2,000 people fled the township during a night of rioting.", 2000, "daily"),
    ("In the last quarter, 11,500 migrants returned voluntarily.", 11500, "cumulative"),
    ("Some 1,200 people were evacuated from the slum at around 3am, police said.", 1200, "daily"),
    ("KDF helicopters airlifted 86 stranded residents from rooftops in Tana River.", 86, "daily"),
    (
        "Over the past several weeks, 19,000 people fled the violence in Plateau State.",
        19000,
        "cumulative",
    ),
    (
        "Officials said about 30,000 people had been displaced in the past month alone.",
        30000,
        "cumulative",
    ),
    ("The camp's population has doubled to 40,000 since the relocation.", 40000, ""),
    ("In mid-June, 7,000 refugees were moved to the new settlement.", 7000, "cumulative"),
    (
        "At 16:30 local time the first group of 220 residents boarded buses out of the town.",
        220,
        "daily",
    ),
    (
        "Tweet from @NEMO_SVG: 3,000 persons moved from Orange Zone today. More buses en route.",
        3000,
        "daily",
    ),
    ("Water levels rose overnight and 2,900 people had to leave their homes.", 2900, "daily"),
    (
        "The ministry said that since 2019 a total of 120,000 refugees have returned home.",
        120000,
        "cumulative",
    ),
    ("Early on Saturday, some 400 migrants were moved out of the burning camp.", 400, "daily"),
    (
        "Since the start of the heatwave, 31 deaths have been recorded in the region.",
        31,
        "cumulative",
    ),
    (
        "More than 3,000 people per week are returning to the north, the UN says.",
        3000,
        "cumulative",
    ),
    ("About 60 people were treated for smoke inhalation, fire officials said Friday.", 60, "daily"),
    ("Another 1,200 crossed into Niger in the days following the coup.", 1200, "cumulative"),
    (
        "Police escorted 2,000 traders out of the market at the height of the rioting.",
        2000,
        "daily",
    ),
    ("Around 500 residents were evacuated over two consecutive nights.", 500, "cumulative"),
    (
        "The flotilla of fishing boats brought 3,000 people to safety across "
        "the lake over the weekend.",
        3000,
        "cumulative",
    ),
    # boundaries of the rules above: an age is no span, a journey of days ends on a day
    ("Rescuers carried out 40 people, among them a three-year-old girl, on Monday.", 40, "daily"),
    (
        "After a journey that lasted three days, 260 refugees arrived in Juba on Monday.",
        260,
        "daily",
    ),
    ("Police evacuated 310 residents from the old quarter on Tuesday.", 310, "daily"),
    ("About 1,800 people fled the town on Christmas Day.", 1_800, "daily"),
]


@pytest.mark.parametrize(("text", "value", "period"), BATTERY)
def test_battery(make_doc: MakeDoc, text: str, value: int, period: str) -> None:
    """Should give each made-up figure the period the labelling conventions give it."""
    figures = extract_figures(make_doc(text, published=PUBLISHED))
    (figure,) = [f for f in figures if f.value == value]
    assert figure.period == period, (figure.metric, figure.period)
