"""A battery of made-up report sentences across kinds of evacuation and styles of source.

Each case names one figure (by its value) and the metric the labelling conventions give
it. None of the sentences comes from, or paraphrases, the development set; they are
written from general knowledge of how wire copy, UN and Red Cross updates, governments
and local press word such counts.
"""

from collections.abc import Callable

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

BATTERY: list[tuple[str, int, str]] = [
    # cyclones, hurricanes, typhoons
    ("Authorities in the coastal districts shifted over 1.1 lakh people to cyclone shelters "
     "ahead of landfall on Thursday.", 110_000, "evacuated"),
    ("More than 4,500 people are staying in 38 evacuation centres across the province, the "
     "disaster office said.", 4_500, "present"),
    ("The typhoon left 23 people dead and 11 others missing in the region.", 23, "killed"),
    ("The typhoon left 23 people dead and 11 others missing in the region.", 11, "missing"),
    ("Some 12,000 families were pre-emptively evacuated before the storm made landfall.",
     12_000, "evacuated"),
    ("About 800 tourists remain stranded on the island after ferries were suspended.", 800,
     "remaining"),
    ("Some 2,300 passengers are stranded at ports across the islands as sea trips were "
     "cancelled, the coast guard said.", 2_300, "waiting"),
    ("The state government plans to evacuate 300,000 residents from low-lying coastal "
     "districts.", 300_000, "planned"),
    ("Nearly 50,000 people are expected to be moved to safety by Friday.", 50_000, "planned"),
    ("Around 9,000 residents of coastal villages have been ordered to leave by noon.", 9_000,
     "planned"),
    # floods
    ("Floodwaters have displaced more than 60,000 people in the division, according to the "
     "district administration.", 60_000, "evacuated"),
    ("Rescuers in boats plucked 230 people from rooftops in the town overnight.", 230,
     "evacuated"),
    ("At least 1,400 people are sheltering in schools and churches after the river burst "
     "its banks.", 1_400, "present"),
    ("Some 75 people are still missing after flash floods swept through the valley.", 75,
     "missing"),
    ("The death toll from the floods has risen to 112, the disaster management authority "
     "said.", 112, "killed"),
    ("Another 3,000 people were evacuated by army trucks from submerged villages on Tuesday.",
     3_000, "evacuated"),
    ("The storm surge swept away 14 people in the fishing village.", 14, "missing"),
    ("Over 20,000 persons have been rendered homeless by the floods, the state emergency "
     "agency said.", 20_000, "present"),
    # earthquakes
    ("The quake killed at least 2,100 people and injured more than 6,000.", 2_100, "killed"),
    ("The quake killed at least 2,100 people and injured more than 6,000.", 6_000, "wounded"),
    ("Over 800 injured were airlifted to hospitals in the capital.", 800, "evacuated"),
    ("More than 150 people are believed to be trapped under collapsed buildings.", 150,
     "remaining"),
    ("Rescue teams pulled 17 survivors alive from the rubble on Sunday.", 17, "evacuated"),
    ("Some 40,000 people are living in tents after the earthquake destroyed their homes.",
     40_000, "present"),
    ("A total of 67 people were confirmed dead by Saturday evening.", 67, "killed"),
    # volcanoes
    ("Around 6,000 residents living within the 6-kilometre danger zone have been evacuated, "
     "the volcanology institute said.", 6_000, "evacuated"),
    ("Officials said 2,400 people refused to leave their homes on the slopes of the "
     "volcano.", 2_400, "remaining"),
    ("About 500 people were still inside the exclusion zone on Monday night.", 500,
     "remaining"),
    ("The evacuation centres can accommodate up to 15,000 people.", 15_000, "planned"),
    # wildfires
    ("Fire crews helped some 1,200 residents flee as the blaze jumped the highway.", 1_200,
     "evacuated"),
    ("Evacuation orders now cover 35,000 people in three counties.", 35_000, "planned"),
    ("A further 450 people were being housed in a sports hall in the town.", 450, "present"),
    ("About 60 firefighters were injured battling the blaze.", 60, "wounded"),
    # nuclear and industrial accidents
    ("Authorities evacuated 80,000 residents within a 20-kilometre radius of the plant.",
     80_000, "evacuated"),
    ("The gas leak killed 11 people and left more than 800 in hospital.", 11, "killed"),
    ("The gas leak killed 11 people and left more than 800 in hospital.", 800, "wounded"),
    ("The company said 46 employees were unaccounted for after the explosion.", 46,
     "missing"),
    ("About 1,700 troops have been deployed to help with the evacuation.", 1_700, "present"),
    # sieges and humanitarian corridors
    ("Some 1,500 civilians left the besieged town through the humanitarian corridor on "
     "Saturday.", 1_500, "evacuated"),
    ("An estimated 100,000 people remain trapped in the eastern districts, the UN said.",
     100_000, "remaining"),
    ("A convoy carrying 300 wounded fighters and their families left the enclave.", 300,
     "evacuated"),
    ("The first buses, with about 400 people on board, reached the outskirts late on "
     "Thursday.", 400, "arrived"),
    ("Around 5,000 people are waiting at the checkpoint to be allowed out.", 5_000,
     "waiting"),
    ("The evacuation of 2,000 residents was halted after renewed shelling.", 2_000,
     "planned"),
    ("Under the deal, 8,000 fighters and civilians will be bussed to the north.", 8_000,
     "planned"),
    ("Snipers shot dead 14 people trying to flee across the river.", 14, "killed"),
    ("Negotiators said only 60 of the sick children on the list had been evacuated.", 60,
     "evacuated"),
    ("The ICRC facilitated the safe passage of 480 civilians from the old city.", 480,
     "evacuated"),
    # evacuations of foreigners
    ("A chartered flight carrying 230 British nationals landed at the airport on Monday "
     "morning.", 230, "arrived"),
    ("A navy frigate evacuated 1,100 foreign nationals from the port.", 1_100, "evacuated"),
    ("The embassy said about 4,000 citizens have registered to leave.", 4_000, "planned"),
    ("About 9,000 Americans remain in the country, the State Department said.", 9_000,
     "remaining"),
    ("India has so far brought home 18,000 of its nationals under the rescue operation.",
     18_000, "evacuated"),
    ("Another 600 Filipino workers are set to be repatriated next week.", 600, "planned"),
    ("A second plane with 180 evacuees on board is due to land in the capital tonight.", 180,
     "planned"),
    ("Some 340 Indians were airlifted from the capital aboard an air force transport plane.",
     340, "evacuated"),
    ("Around 2,000 foreigners thronged the airport hoping to get on a flight out.", 2_000,
     "waiting"),
    ("More than 700 people, most of them dual nationals, have been flown out so far.", 700,
     "evacuated"),
    ("Around 250 students are departing on Friday aboard a chartered flight.", 250,
     "planned"),
    # refugees across borders
    ("More than 12,000 refugees crossed into Uganda last week, UNHCR said.", 12_000,
     "arrived"),
    ("Some 3,500 people arrive in Chad every day, according to UNHCR.", 3_500, "arrived"),
    ("Kenya is hosting 420,000 refugees in its two main camps.", 420_000, "present"),
    ("An estimated 250,000 people have fled the fighting since January, many of them to "
     "neighbouring Niger.", 250_000, "evacuated"),
    ("The migration agency registered 1.7 million Venezuelans living in the country.",
     1_700_000, "present"),
    ("Around 30,000 people were turned back at the border.", 30_000, "planned"),
    ("Authorities deported 1,200 Burundians last month.", 1_200, "evacuated"),
    ("More than 5,000 asylum seekers are queuing at the crossing near the town.", 5_000,
     "waiting"),
    ("More than 11,000 Sudanese have entered Egypt through the main crossing since "
     "Saturday.", 11_000, "arrived"),
    ("Some 700 migrants, mostly Hondurans, are camped at the bridge waiting to cross into "
     "Mexico.", 700, "waiting"),
    # camps and shelters
    ("The camp, built for 20,000, now holds more than 70,000 people.", 70_000, "present"),
    ("Some 2,300 people spent the night at the municipal gymnasium.", 2_300, "present"),
    ("About 3,000 residents spent the night in the open after the tremor.", 3_000, "other"),
    ("The number of people in evacuation centres fell to 8,200 on Sunday.", 8_200,
     "present"),
    ("About 15,000 displaced people are registered at the site.", 15_000, "present"),
    ("As of 12 March, 146,000 displaced people were sheltering in 155 accommodation "
     "centres.", 146_000, "present"),
    # tolls and people affected
    ("The number of confirmed deaths stood at 342 on Wednesday.", 342, "killed"),
    ("As many as 2,000 people may have died in the landslide, officials fear.", 2_000,
     "killed"),
    ("At least 1,000 people were hurt in the stampede.", 1_000, "wounded"),
    ("Police said 63 people remain unaccounted for.", 63, "missing"),
    ("Gunmen abducted 110 schoolgirls from their dormitory.", 110, "other"),
    ("More than 2 million people have been affected by the floods.", 2_000_000, "other"),
    ("Red Crescent volunteers have distributed food to 26,000 people in the affected areas.",
     26_000, "other"),
    ("Nearly 10,000 people in the district have no access to clean water.", 10_000, "other"),
    ("The 35 fishermen who went missing at sea on Sunday have not been found.", 35,
     "missing"),
    ("21 bodies have been recovered from the river.", 21, "killed"),
    # wire copy, sitreps, governments, local press
    ("BEIRA, Mozambique (Reuters) - Aid workers said on Tuesday that 15,000 people were "
     "still stranded on rooftops and in trees.", 15_000, "remaining"),
    ("The Ministry of Interior announced that 4,300 citizens had been relocated to safer "
     "areas.", 4_300, "evacuated"),
    ("A total of 1,245 families or 5,012 individuals were pre-emptively evacuated, the "
     "disaster council said.", 5_012, "evacuated"),
    ("A total of 1,245 families or 5,012 individuals were pre-emptively evacuated, the "
     "disaster council said.", 1_245, "evacuated"),
    ("As many as 4,000 pilgrims were stuck at the shrine after a cloudburst; 1,500 have "
     "been shifted to the base camp.", 4_000, "remaining"),
    ("As many as 4,000 pilgrims were stuck at the shrine after a cloudburst; 1,500 have "
     "been shifted to the base camp.", 1_500, "evacuated"),
    ("Close to 90 residents of the colony were shifted to a relief camp by the tehsildar.",
     90, "evacuated"),
    ("Residents estimated that 5,000 people were still in the old town.", 5_000,
     "remaining"),
    ("Some 5,000 people (1,200 families) were moved to higher ground overnight.", 1_200,
     "evacuated"),
    ("Some 5,000 people (1,200 families) were moved to higher ground overnight.", 5_000,
     "evacuated"),
    # title-case headlines
    ("More Than 5,000 Along Coast Evacuated Ahead of Storm", 5_000, "evacuated"),
    ("3,000 Evacuated From Homes Along Swollen River Banks", 3_000, "evacuated"),
    ("Floods Force 2,000 From Homes on River Banks", 2_000, "evacuated"),
    # negation
    ("None of the 400 patients at the hospital had been evacuated by Tuesday evening.", 400,
     "remaining"),
    ("Not a single one of the 120 families in the village has been moved.", 120,
     "remaining"),
    ("About 900 people did not heed the evacuation order.", 900, "remaining"),
    ("Authorities have not yet evacuated the 5,000 residents of the island.", 5_000,
     "remaining"),
    ("Rescuers could not reach 300 villagers cut off by the landslide.", 300, "remaining"),
    ("No more than 300 people have left the town so far.", 300, "evacuated"),
    ("The agency has not yet registered 5,000 new arrivals at the border.", 5_000,
     "arrived"),
    ("Not all of the 2,000 passengers were able to board the ferry.", 2_000, "present"),
    # modality
    ("Up to 50,000 people could be displaced if the dam fails.", 50_000, "planned"),
    ("Another 10,000 are expected to arrive in the coming days.", 10_000, "planned"),
    ("The government plans to relocate 2,500 households from the riverbanks.", 2_500,
     "planned"),
    ("As many as 40,000 people might have to leave their homes.", 40_000, "planned"),
    ("The ship can carry 1,500 passengers.", 1_500, "planned"),
    ("An aid ship is to evacuate 500 civilians on Monday.", 500, "planned"),
    ("The UN wants to move 12,000 people out of the flood plain before the rains.", 12_000,
     "planned"),
    ("Authorities are urging 80,000 residents to evacuate.", 80_000, "planned"),
    ("About 3,000 people are leaving the city every day by road.", 3_000, "evacuated"),
    # passives with agents
    ("More than 600 people were rescued by the coast guard from flooded homes.", 600,
     "evacuated"),
    ("Some 45 civilians were killed by an airstrike on the market.", 45, "killed"),
    ("Around 2,000 refugees were received by the host community in the district.", 2_000,
     "arrived"),
    ("Some 250 people have been detained by police at the border.", 250, "other"),
    ("About 1,000 people have been left stranded at the airport after flights were "
     "cancelled.", 1_000, "waiting"),
    # a second batch, written before the fixes above were run on it
    ("Heavy rains forced about 7,500 people out of their homes in the hill districts.",
     7_500, "evacuated"),
    ("NDMA officials said 4,600 persons were rescued by NDRF teams using boats.", 4_600,
     "evacuated"),
    ("Some 1,900 people remained in evacuation centres as of Friday morning, the provincial "
     "disaster office reported.", 1_900, "present"),
    ("About 320 families are still staying with relatives in neighbouring barangays.", 320,
     "present"),
    ("Rescuers were searching for 27 people buried when the hillside collapsed.", 27,
     "missing"),
    ("The landslide buried at least 40 homes and killed 18 villagers.", 18, "killed"),
    ("Lava flows have forced the evacuation of 3,200 residents from four villages.", 3_200,
     "evacuated"),
    ("Officials warned that up to 25,000 people may need to be evacuated if the eruption "
     "intensifies.", 25_000, "planned"),
    ("A total of 9,800 residents have been allowed to return to their homes.", 9_800,
     "planned"),
    ("Some 130 firefighters are battling the blaze, which has destroyed 60 houses.", 130,
     "present"),
    ("Around 4,000 homes and 11,000 people were under evacuation orders on Sunday.", 11_000,
     "planned"),
    ("Radiation fears prompted 12,000 residents to flee the area within days.", 12_000,
     "evacuated"),
    ("Six hundred patients were transferred from the damaged hospital to facilities in the "
     "capital.", 600, "evacuated"),
    ("Around 70 wounded civilians were evacuated by ambulance on Sunday.", 70, "evacuated"),
    ("Only 150 people managed to leave the city before the road was cut.", 150, "evacuated"),
    ("Roughly 40,000 civilians are thought to be trapped in the old quarter.", 40_000,
     "remaining"),
    ("A convoy of 30 buses is expected to take 1,200 people out of the town tomorrow.",
     1_200, "planned"),
    ("The navy said 2,100 foreign nationals had been taken off the island by ship.", 2_100,
     "evacuated"),
    ("About 400 Nigerians stranded in the capital have been flown home.", 400, "evacuated"),
    ("The foreign ministry said 1,300 of its citizens were still awaiting evacuation.", 1_300,
     "waiting"),
    ("Up to 3,000 Canadians could be evacuated by sea in the coming days.", 3_000, "planned"),
    ("Some 8,000 refugees have arrived in the border town since Tuesday, the IOM said.",
     8_000, "arrived"),
    ("Every day, around 2,000 people cross the river into the neighbouring country.", 2_000,
     "arrived"),
    ("The camp now shelters 95,000 people, three times its capacity.", 95_000, "present"),
    ("More than 600,000 refugees live in the sprawling settlement.", 600_000, "present"),
    ("An estimated 14,000 returnees have gone back to their villages since the ceasefire.",
     14_000, "evacuated"),
    ("Nearly 300 people drowned when the overloaded boat capsized.", 300, "killed"),
    ("Police said 29 people were missing and feared dead after the ferry sank.", 29,
     "missing"),
    ("The hospital treated 450 people for smoke inhalation.", 450, "wounded"),
    ("Some 2.5 million people are in need of humanitarian assistance.", 2_500_000, "other"),
    ("More than 10,000 people have not yet been evacuated from the flooded suburbs.", 10_000,
     "remaining"),
    ("Not one of the 70 orphans in the home had been moved by Sunday.", 70, "remaining"),
    ("At least 5,000 people are set to be relocated to a new camp next month.", 5_000,
     "planned"),
    ("The authorities intend to resettle 6,000 families away from the coast.", 6_000,
     "planned"),
    ("Some 45 villagers were treated for burns after being pulled from the fire.", 45,
     "wounded"),
    ("Some 1,100 people were bussed out of the city by the military on Wednesday.", 1_100,
     "evacuated"),
    ("Hundreds of pilgrims were stranded at the airport; about 700 were flown out on Friday.",
     700, "evacuated"),
    # a third batch: sitrep shorthand and regional styles, written before it was run
    ("An estimated 42,000 people displaced by the clashes are living with host families.",
     42_000, "present"),
    ("Some 3,700 households (about 18,500 individuals) have been displaced since 4 May.",
     18_500, "evacuated"),
    ("Partners report that 2,300 IDPs arrived at the transit site in the past 24 hours.",
     2_300, "arrived"),
    ("Over 600 persons were made to vacate their dwellings in the low-lying areas.", 600,
     "evacuated"),
    ("Nearly 950 families were relocated to safer grounds, the municipal DRRM office said.",
     950, "evacuated"),
    ("About 12,000 people reportedly crossed into the neighbouring province over the "
     "weekend.", 12_000, "arrived"),
    ("The death toll has climbed to 56, with 230 others injured.", 230, "wounded"),
    ("The death toll has climbed to 56, with 230 others injured.", 56, "killed"),
    ("At least 14 persons lost their lives while 9 others are still unaccounted for.", 14,
     "killed"),
    ("At least 14 persons lost their lives while 9 others are still unaccounted for.", 9,
     "missing"),
    ("Some 1,800 residents of the settlement were evicted by the authorities on Tuesday.",
     1_800, "evacuated"),
    ("More than 500 Haitians were deported from the neighbouring country last week.", 500,
     "evacuated"),
    ("Civil defence teams are preparing to evacuate 2,000 residents from the riverside "
     "neighbourhoods.", 2_000, "planned"),
    ("About 60,000 people are expected to be affected by the storm surge.", 60_000,
     "planned"),
    ("The government has set up 240 shelters able to accommodate 48,000 people.", 48_000,
     "planned"),
    ("Hundreds of people queued at the bus station; about 900 got seats on the last "
     "departures.", 900, "evacuated"),
    ("Some 3,000 residents who fled the fighting last month have since returned.", 3_000,
     "evacuated"),
    ("About 7,000 people were left without shelter after the cyclone destroyed their "
     "houses.", 7_000, "present"),
    ("More than 400 people are sleeping in their cars in the supermarket car park.", 400,
     "present"),
    ("Some 1,500 people were still waiting for buses at the collection points late on "
     "Sunday.", 1_500, "waiting"),
    ("The ferry, with 1,200 evacuees on board, docked at the port on Thursday night.",
     1_200, "arrived"),
    ("Some 250 Chileans will be flown home on a military plane on Saturday.", 250,
     "planned"),
    ("About 90 people could not be evacuated because the road was flooded.", 90,
     "remaining"),
    ("The fire has so far forced 88,000 people from their homes.", 88_000, "evacuated"),
    # a fourth batch: mood, negation and agents once more, written before it was run
    ("As many as 1,000 people may have been killed in the strike, a local official said.",
     1_000, "killed"),
    ("Another 15,000 people are likely to flee if the shelling continues.", 15_000,
     "planned"),
    ("The airline is sending two planes to bring back 400 stranded tourists.", 400,
     "planned"),
    ("Some 2,000 residents were ordered out of their homes as the fire approached.", 2_000,
     "planned"),
    ("No evacuation has yet been organised for the 6,000 people living on the island.",
     6_000, "present"),
    ("Officials fear that up to 200 people may be buried under the debris.", 200,
     "missing"),
    ("About 45 people were arrested by police as they tried to cross the border.", 45,
     "other"),
    ("Around 780 residents have been moved by the fire service to a school gym.", 780,
     "evacuated"),
    ("Some 3,000 pilgrims were escorted by troops to the bus station.", 3_000, "evacuated"),
    ("Nearly 16,000 people have been given shelter by the Red Cross in 40 halls.", 16_000,
     "present"),
    ("The minister said 5,000 tents would be sent, enough for 25,000 people.", 25_000,
     "planned"),
    ("The UN refugee agency said 10,000 people are now crossing the border every day.",
     10_000, "arrived"),
    ("About 700 people have chosen to stay behind in the town despite the warnings.", 700,
     "remaining"),
    ("Rescuers have so far been unable to reach the 2,000 villagers on the far bank.", 2_000,
     "remaining"),
    ("Some 90 foreign aid workers are due to leave the country by Friday.", 90, "planned"),
    ("Around 550 people are booked on the next ferry out of the island.", 550, "planned"),
    ("More than 1,300 migrants were pulled from the sea by rescue ships on Saturday.", 1_300,
     "evacuated"),
    ("Just 40 of the 900 residents have agreed to be relocated.", 40, "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "metric"), BATTERY)
def test_battery_metric(make_doc: MakeDoc, text: str, value: int, metric: str) -> None:
    figures = [f for f in extract_figures(make_doc(text)) if f.value == value]
    assert figures, f"no figure of {value}"
    assert figures[0].metric == metric
