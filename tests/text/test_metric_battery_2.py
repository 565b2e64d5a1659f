"""A second battery of made-up report sentences for the metric, written by new eyes.

Each case names one figure (by its value) and the metric the labelling conventions give
it. None of the sentences comes from, or paraphrases, the development set. The mix is of
other regions' English (Pakistani, Nigerian, Kenyan, Australian, Caribbean) and other
genres (ministry press releases, NGO blog posts, live-blog lines, officials' tweets, UN
flash updates, airline and embassy notices) about dam failures, landslides, heatwaves,
chemical spills, riots, camp relocations and returns after a ceasefire. A return home is a
move (``evacuated``), as elsewhere in the Brief; checking into a shelter is ``arrived``.
"""

from collections.abc import Callable

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

BATTERY: list[tuple[str, int, str]] = [
    # Pakistani English, floods / dam
    ('The Provincial Disaster Management Authority said 12,400 persons have been shifted to '
     'relief camps in Dadu district.', 12_400, "evacuated"),
    ('As many as 3,200 families were rendered homeless after the breach in the embankment.',
     3_200, "present"),
    ('Rescue 1122 teams evacuated 850 people from the inundated localities of Nowshera '
     'overnight.', 850, "evacuated"),
    ('Around 40,000 cusecs of water and over 7,000 villagers remain marooned in the katcha '
     'area.', 7_000, "remaining"),
    ('The death toll from the dam collapse rose to 63 on Tuesday, officials said.', 63, "killed"),
    ('At least 19 persons sustained injuries when the roof of the relief camp caved in.',
     19, "wounded"),
    ('Some 2,500 tents have been pitched and 9,000 displaced persons are being housed in '
     'government schools.', 9_000, "present"),
    # Nigerian English
    ('No fewer than 4,000 residents have deserted their communities following renewed attacks '
     'by bandits.', 4_000, "evacuated"),
    ('The State Emergency Management Agency said 1,350 IDPs were relocated from the flooded '
     'camp to a new site in Bakassi.', 1_350, "evacuated"),
    ('About 600 persons are still trapped in the affected communities, SEMA said.',
     600, "remaining"),
    ('The gunmen abducted 45 passengers and killed 7 others along the highway.', 7, "killed"),
    ('Over 20,000 returnees have so far been received at the Banki border since the ceasefire.',
     20_000, "arrived"),
    ('Thirteen persons are still unaccounted for after the boat mishap on the river.',
     13, "missing"),
    # Kenyan English
    ('More than 2,000 households have been displaced by the floods in Tana River County.',
     2_000, "evacuated"),
    ("The Kenya Red Cross said 350 people were airlifted from Budalang'i after the dyke burst.",
     350, "evacuated"),
    ('Some 150 families living along the riparian land have been given 14 days to vacate.',
     150, "planned"),
    ('The camp currently hosts 180,000 refugees, mostly from Somalia.', 180_000, "present"),
    ('Police said 11 bodies had been retrieved from the landslide site by Saturday evening.',
     11, "killed"),
    # Australian
    ('Emergency services ordered about 5,000 residents of the coastal town to evacuate before '
     'the fire front arrives.', 5_000, "planned"),
    ('More than 1,100 people spent the night at the evacuation centre at the showgrounds.',
     1_100, "present"),
    ('The navy ship HMAS Choules took 1,000 people off the beach at Mallacoota on Friday.',
     1_000, "evacuated"),
    ('About 4,000 people are sheltering on the beach as the fire approaches.', 4_000, "present"),
    ('Some 60 people were rescued from rooftops by helicopter crews overnight.', 60, "evacuated"),
    ('Up to 30,000 residents could be forced from their homes if the levee fails, the SES '
     'warned.', 30_000, "planned"),
    ('Two firefighters died when a tree fell on their truck.', 2, "killed"),
    # Caribbean
    ('NEMO said 3,700 persons remained in public shelters across the island on Monday.',
     3_700, "present"),
    ('About 2,000 residents in the red zone have refused to leave their homes.',
     2_000, "remaining"),
    ('A cruise ship will carry up to 1,500 evacuees to neighbouring islands.', 1_500, "planned"),
    ('So far 430 Dominicans have been flown to Antigua for medical treatment.', 430, "evacuated"),
    ('More than 800 persons disembarked at the port of Kingstown from the evacuation vessel.',
     800, "arrived"),
    # ministry press release
    ('The Ministry of Foreign Affairs is pleased to announce that 312 nationals were safely '
     'repatriated on a chartered flight.', 312, "evacuated"),
    ('A total of 1,240 citizens have registered with the embassy for evacuation.',
     1_240, "planned"),
    ('The Ministry wishes to inform the public that a second flight carrying 280 citizens '
     'landed at the international airport this morning.', 280, "arrived"),
    ('The Ministry has facilitated the return of 2,900 Filipinos from the affected area since '
     '1 March.', 2_900, "evacuated"),
    # NGO blog
    ('We estimate that 45,000 people are still living in areas that aid cannot reach.',
     45_000, "remaining"),
    ('Our clinic treated 230 people for burns and smoke inhalation last week.', 230, "wounded"),
    # live blog
    ('14:05 - Police say 200 people have been moved out of the buildings near the chemical '
     'plant.', 200, "evacuated"),
    ('09:40 Around 1,000 passengers are queuing at the ferry terminal, hoping to board the '
     'last boat.', 1_000, "waiting"),
    ('16:20 The first bus with 48 evacuees has crossed into Poland.', 48, "arrived"),
    ('11:12 Officials say 300 people are trapped inside the shopping centre.', 300, "remaining"),
    ('18:30 Six people have been confirmed dead in the riots in the east of the city.',
     6, "killed"),
    # tweets from officials
    ('UPDATE: 4,500 residents within a 2km radius of the spill site have been asked to leave '
     'their homes as a precaution.', 4_500, "planned"),
    ('Our crews have now evacuated 97 patients from the hospital. All are safe.', 97, "evacuated"),
    ('Thank you to the 600 volunteers who turned out today to help with sandbagging.',
     600, "present"),
    ('Shelter update: 2,150 people are staying overnight in 14 evacuation centres.',
     2_150, "present"),
    # UN flash update
    ('OCHA estimates that 85,000 people have returned to their areas of origin since the '
     'ceasefire took effect.', 85_000, "evacuated"),
    ('An estimated 250,000 people are in need of humanitarian assistance.', 250_000, "other"),
    ('UNHCR has relocated 5,600 refugees from the border to the new camp in the last month.',
     5_600, "evacuated"),
    ('Some 18,000 people crossed into Uganda in the past week, bringing the total this year to'
     ' 64,000.', 18_000, "arrived"),
    ('Some 18,000 people crossed into Uganda in the past week, bringing the total this year to'
     ' 64,000.', 64_000, "arrived"),
    ('The number of IDPs hosted in collective centres rose to 11,200.', 11_200, "present"),
    ('More than 120 people are reported missing following the landslide.', 120, "missing"),
    ('At least 1,700 people were injured in the earthquake.', 1_700, "wounded"),
    # airline / embassy notice
    ('The airline will operate three additional flights with capacity for 900 passengers.',
     900, "planned"),
    ('About 350 stranded travellers are waiting at the airport for flights out.', 350, "waiting"),
    ('The embassy has been informed that 42 British nationals remain in the city and wish to '
     'leave.', 42, "remaining"),
    ('Around 500 Australians have been told to make their way to the airport by 6pm.',
     500, "planned"),
    # heatwave
    ('The heatwave has claimed 58 lives in Sindh, mostly elderly people.', 58, "killed"),
    ('Hospitals admitted 1,200 people with heatstroke over the weekend.', 1_200, "wounded"),
    ('Authorities moved 340 elderly residents from care homes to cooled shelters.',
     340, "evacuated"),
    # chemical spill
    ('About 2,000 people living near the rail yard were evacuated after the derailment '
     'released toxic gas.', 2_000, "evacuated"),
    ('Some 1,100 residents have now returned home after the evacuation order was lifted.',
     1_100, "evacuated"),
    # riots
    ('At least 300 foreigners sought refuge at police stations after the riots.', 300, "arrived"),
    ('Over 1,000 people fled the township as violence spread.', 1_000, "evacuated"),
    # landslide
    ('Rescuers pulled 16 survivors from the mud overnight.', 16, "evacuated"),
    ('Nearly 3,000 villagers living below the unstable slope are to be relocated.',
     3_000, "planned"),
    ('Six bodies were recovered, while 22 people are still buried under the debris.',
     22, "missing"),
    # camp relocation
    ('The government plans to relocate 30,000 refugees to the island over the next year.',
     30_000, "planned"),
    ('The first 1,642 refugees were shipped to the island on Friday.', 1_642, "evacuated"),
    ('About 8,000 people are currently living in the camp, down from 12,000 in June.',
     8_000, "present"),
    # mass returns
    ('Nearly 200,000 displaced people streamed back to their villages within days of the '
     'truce.', 200_000, "evacuated"),
    ('Another 5,000 are expected to return in the coming week.', 5_000, "planned"),
    ('Each day some 2,000 people cross back into the country through the main border point.',
     2_000, "arrived"),
    # misc
    ('A convoy of 40 buses left the city carrying 2,300 civilians.', 2_300, "evacuated"),
    ('Four helicopters lifted 126 people from the roof of the hospital.', 126, "evacuated"),
    ('Nearly 10,000 people have been told to be ready to move at short notice.', 10_000, "planned"),
    ('The evacuation centres can hold up to 15,000 people.', 15_000, "planned"),
    ('Around 700 residents are still holed up in the basement of the factory.', 700, "remaining"),
    ('About 90 tourists were stuck at the hill station after the road washed away.',
     90, "remaining"),
    ('Troops escorted 1,500 people out of the besieged town on Sunday.', 1_500, "evacuated"),
    ('Some 400 police officers were deployed to the area.', 400, "present"),
    ('The District Commissioner said 2,700 people had been moved to higher ground ahead of the'
     ' dam release.', 2_700, "evacuated"),
    ('Kenya Power said 40 families near the collapsed dam wall have been told to vacate '
     'immediately.', 40, "planned"),
    ('Officials in Lagos asked 1,500 residents of the low-lying estates to relocate to higher '
     'ground.', 1_500, "planned"),
    ('A further 600 persons were given seven days to leave the settlement.', 600, "planned"),
    ('The fighting forced 9,000 villagers to desert their homes.', 9_000, "evacuated"),
    ('About 1,800 people are staying overnight at the town hall and two schools.',
     1_800, "present"),
    ('Two clinics received 85 people with breathing problems after the gas leak.', 85, "wounded"),
    ('Army helicopters lifted 40 stranded hikers off the mountain.', 40, "evacuated"),
    ('Some 3,000 families headed back to their farms once the water receded.', 3_000, "evacuated"),
    ('The mayor urged some 12,000 people in the valley to leave before nightfall.',
     12_000, "planned"),
    ('Around 250 people were treated for smoke inhalation.', 250, "wounded"),
    # harder wordings: headlines, phrasal verbs, returns, night counts
    ('BREAKING: 2,300 residents downstream of the dam told to evacuate now.', 2_300, "planned"),
    ('Around 450 workers at the plant were sent home after the ammonia leak.', 450, "evacuated"),
    ('The ministry said 1,020 pilgrims have been brought back from the holy sites by road.',
     1_020, "evacuated"),
    ('Nearly 6,000 people are camping in the open after aftershocks damaged their homes.',
     6_000, "present"),
    ('In Queensland, 2,400 homes were inundated and 900 people were doorknocked and told to '
     'leave.', 900, "planned"),
    ('Some 700 passengers were offloaded from the ferry at Port Moresby.', 700, "arrived"),
    ('A chartered Air Peace flight brought home 187 Nigerians from Johannesburg on Wednesday.',
     187, "evacuated"),
    ('The first batch of 187 returnees landed at the Lagos airport on Wednesday night.',
     187, "arrived"),
    ('An estimated 30,000 people marched through the capital on Saturday.', 30_000, "other"),
    ('At least 2,000 people have sought shelter in churches and mosques.', 2_000, "arrived"),
    ('Officials said 1,700 people were still without shelter three days after the landslide.',
     1_700, "other"),
    ('Around 500 residents have been pulled out of the flooded estate by soldiers.',
     500, "evacuated"),
    ('About 120 children were bussed to safety from the school near the spill.', 120, "evacuated"),
    ('Some 4,000 people have crossed back into Burundi since the peace deal.', 4_000, "arrived"),
    ('The camp, which used to host 25,000 people, now houses fewer than 3,000.', 3_000, "present"),
    ('About 850 people who fled the violence are now housed in a stadium.', 850, "present"),
    ('At least 14 people drowned when their boat overturned on Lake Victoria.', 14, "killed"),
    ('A mudslide buried 30 homes, and 41 people remain unaccounted for.', 41, "missing"),
    ('Over 15,000 Zimbabweans have gone back home since the amnesty.', 15_000, "evacuated"),
    ('Twelve hundred fishermen have been warned to stay off the sea.', 1_200, "planned"),
    ('Some 340 students were flown out of Sudan aboard a military plane.', 340, "evacuated"),
    ('3,400 people remain in evacuation centres, down from a peak of 11,000.', 3_400, "present"),
    ('Shelters across the island are housing 6,800 people tonight.', 6_800, "present"),
    ('Roughly 900 people have checked into the emergency shelters since Sunday.', 900, "arrived"),
    # third batch: tallies, relative clauses, headlines, returns, orders
    ('NDMA: 1,450 people evacuated from low-lying areas of Swat as river swells',
     1_450, "evacuated"),
    ('Flood update 7pm: 320 people rescued, 2 dead, 5 missing in Kurigram.', 320, "evacuated"),
    ('Flood update 7pm: 320 people rescued, 2 dead, 5 missing in Kurigram.', 5, "missing"),
    ('Some 3,500 farmers whose fields were flooded have moved onto the highway embankment.',
     3_500, "evacuated"),
    ('The council has rehoused 240 families whose flats failed fire checks.', 240, "evacuated"),
    ('Roughly 800 prisoners were transferred to other jails after the riot.', 800, "evacuated"),
    ('Just 300 of the 2,000 villagers have agreed to move to the new site.', 300, "planned"),
    ('Authorities were preparing to evacuate up to 10,000 people living downstream.',
     10_000, "planned"),
    ('More than 50 climbers were airlifted off the glacier on Sunday.', 50, "evacuated"),
    ('About 600 residents living in the shadow of the smelter were moved out overnight.',
     600, "evacuated"),
    ('Up to 2,000 returning refugees a day are crossing at the main border post.',
     2_000, "arrived"),
    ('The returning refugees, some 2,000 a day, are crossing at the main border post.',
     2_000, "arrived"),
    ('By nightfall, 5,200 people had been accounted for and 14 were still missing.', 14, "missing"),
    ('About 3,000 Pakistanis were stuck at the Torkham crossing awaiting clearance.',
     3_000, "waiting"),
    ('About 900 flights were cancelled, leaving 60,000 passengers stranded.', 60_000, "remaining"),
    ('Seven people were electrocuted when power lines fell into the floodwater.', 7, "killed"),
    ('About 11,000 people have been temporarily resettled in host communities.',
     11_000, "evacuated"),
    ('Around 1,300 villagers returned to the island by boat on Monday.', 1_300, "evacuated"),
    ('A further 200 residents will be bused out on Tuesday, the council said.', 200, "planned"),
    ('About 150 of them have since been discharged from hospital.', 150, "other"),
    ('Some 420 people are being accommodated at the racecourse.', 420, "present"),
    ('Police said some 2,000 people had gathered outside the embassy seeking visas to leave.',
     2_000, "waiting"),
    ('The fire forced 1,600 guests out of the hotel and onto the beach.', 1_600, "evacuated"),
    ('About 700 people took refuge in a church when the gunmen arrived.', 700, "arrived"),
    # fourth batch: capacity, tense and mood, spelled-out numbers, times of day
    ('Another 1,200 people are yet to be evacuated from the hill tracts.', 1_200, "remaining"),
    ('If the dam breaks, as many as 80,000 people would have to flee.', 80_000, "planned"),
    ('The military says it can move 2,000 people a day by helicopter.', 2_000, "planned"),
    ('Over 3,000 residents packed their belongings and headed for higher ground on Wednesday.',
     3_000, "evacuated"),
    ('Some 9,500 people poured across the frontier into Chad over the weekend.', 9_500, "arrived"),
    ('Around 260 Kenyans were among those evacuated from Khartoum on Sunday.', 260, "evacuated"),
    ('More than 700 people remain unaccounted for after the dam burst.', 700, "missing"),
    ('A total of 44 people lost their lives in the landslides.', 44, "killed"),
    ('Officials have begun moving 1,800 families from the riverbank camp to a new site.',
     1_800, "evacuated"),
    ('Close to 600 migrants were intercepted at sea and returned to Libya.', 600, "evacuated"),
    ('About 1,100 people were turned back at the border crossing on Friday.', 1_100, "planned"),
    ('Nearly 5,000 people have been without homes since the cyclone.', 5_000, "other"),
    ('At least 250 people spent the night at the local mosque.', 250, "present"),
    ('Around 2,000 people are still holed up in the hospital compound.', 2_000, "remaining"),
    ('The flight carrying 172 evacuees touched down at Nairobi on Sunday night.', 172, "arrived"),
    ('The government has set up 40 camps for up to 20,000 people.', 20_000, "planned"),
    ("Some 1,400 tourists were ferried to the mainland after the island's water supply failed.",
     1_400, "evacuated"),
    ('About 3,300 workers, mostly from Bangladesh, have been flown out of the Gulf state.',
     3_300, "evacuated"),
    ('At the peak, 52,000 people were sheltering in 300 centres.', 52_000, "present"),
    ('At 10:30, the first group of 60 families boarded buses for the new camp.', 60, "evacuated"),
    ('Three hundred schoolchildren were escorted to safety by police.', 300, "evacuated"),
    ('Police fired tear gas at about 2,000 protesters near the camp.', 2_000, "other"),
    # fifth batch: obligation, capacity, poisoning, asylum, needs
    ('About 4,000 residents had to leave their homes when the river burst its banks.',
     4_000, "evacuated"),
    ('Some 900 people opted to stay behind despite the warnings.', 900, "remaining"),
    ('Roughly 1,500 people were made to leave the informal settlement by police.',
     1_500, "evacuated"),
    ("The evacuation of 3,000 patients from the city's hospitals began at dawn.",
     3_000, "evacuated"),
    ('Toll climbs to 87 as rescuers dig through the rubble', 87, "killed"),
    ('The 2,000-strong community was relocated to a site 20 km away.', 2_000, "evacuated"),
    ('Over 6,000 people have sought asylum in the neighbouring country this month.',
     6_000, "arrived"),
    ('About 40 per cent of the 50,000 residents have already left.', 50_000, "present"),
    ('Health officials said 95 people had been poisoned by the contaminated water.', 95, "wounded"),
    ('Some 10,000 residents were without power on Monday night.', 10_000, "other"),
    ('About 1,200 families have been living in tents since the landslide.', 1_200, "present"),
    ('A ferry with 310 passengers on board docked at the port on Thursday.', 310, "arrived"),
    ('Firefighters helped 85 residents escape from the burning tower.', 85, "evacuated"),
    ('At least 2,500 people are cut off by landslides in the hill district.', 2_500, "remaining"),
    ('Some 370 Nepali workers are awaiting repatriation in Doha.', 370, "waiting"),
    ('UNICEF said 1.2 million children are in urgent need of assistance.', 1_200_000, "other"),
    ('Police evacuated 300 shoppers from the mall after a bomb threat.', 300, "evacuated"),
    ('The death toll stands at 19, with 7 others in critical condition.', 7, "wounded"),
    ('About 14,000 Haitians were deported from the Dominican Republic in October.',
     14_000, "evacuated"),
    ('Around 3,000 people have registered for relocation to the new town.', 3_000, "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "metric"), BATTERY)
def test_battery_metric(make_doc: MakeDoc, text: str, value: int, metric: str) -> None:
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert figures[0].metric == metric
