"""A battery of made-up report sentences, one or two each, across kinds of evacuation and
styles of report, with the as-of day the conventions give each figure (issue 14).

Every sentence here is invented; none is taken from the devset. Publication is Friday
3 May 2019 unless a case gives its own day. Each case names the figure by its value.
"""

from datetime import date

import pytest

from corridor.text.brief import build_brief
from corridor.text.model import Document
from corridor.text.sources import document_from_text

FRI = date(2019, 5, 3)
SAT, SUN, MON, TUE = date(2019, 4, 27), date(2019, 4, 28), date(2019, 4, 29), date(2019, 4, 30)
WED, THU = date(2019, 5, 1), date(2019, 5, 2)

# (text, value of the figure, its as-of day, publication)
CASES: list[tuple[str, int, date | None, date]] = [
    # cyclones and floods
    ("Authorities evacuated 1.2 million people ahead of the cyclone on Thursday, the state "
     "government said.", 1_200_000, THU, FRI),
    ("More than 40,000 people were moved to cyclone shelters overnight, the disaster agency "
     "said on Friday.", 40_000, FRI, FRI),
    ("As of 6 p.m. Thursday, 12,400 people were staying in evacuation centres, the disaster "
     "council said.", 12_400, THU, FRI),
    ("As of 6 a.m. today, 14,800 persons are staying in evacuation centers.", 14_800, FRI, FRI),
    ("Floodwaters forced 25,000 residents from their homes on Sunday and Monday, the district "
     "collector said.", 25_000, MON, FRI),
    ("Between Tuesday and Thursday, 9,000 people were evacuated by boat.", 9_000, THU, FRI),
    ("The death toll rose to 64 on Wednesday, the ministry said.", 64, WED, FRI),
    ("At least 17 people have died since the floods began on 24 April, officials said.",
     17, FRI, FRI),
    ("Over the weekend, 5,000 people were evacuated from low-lying villages.", 5_000, SUN, FRI),
    ("In September, 3,500 people were still living in shelters, UN data showed.",
     3_500, date(2019, 9, 30), date(2019, 11, 15)),
    ("The government said in September that 210,000 people had been displaced.",
     210_000, date(2019, 9, 30), date(2019, 11, 15)),
    ("Some 150 people were rescued by relief teams on Sunday and shifted to camps.",
     150, SUN, FRI),
    ("As many as 120,000 people have been shifted to safer places till Thursday evening, the "
     "chief minister said.", 120_000, THU, FRI),
    ("A total of 19,300 individuals were pre-emptively evacuated as of 8 AM Thursday.",
     19_300, THU, FRI),
    ("Over 6,000 people have been displaced by the floods since last week, the county "
     "commissioner said.", 6_000, FRI, FRI),
    ("In early April, 3,000 people were evacuated from the coast.", 3_000, date(2019, 4, 5), FRI),
    ("The storm made landfall on Sunday. Some 8,000 people fled to higher ground.",
     8_000, SUN, FRI),
    ("Floods hit the region on Tuesday. Some 5,000 people are now in shelters.", 5_000, FRI, FRI),
    # earthquakes, landslides, collapses
    ("Some 80,000 people spent a second night in the open on Wednesday.", 80_000, WED, FRI),
    ("The toll from Monday's landslide has climbed to 43, police said on Thursday.",
     43, THU, FRI),
    ("Four people died in the floods on Tuesday, bringing the toll to 31.", 4, TUE, FRI),
    ("Four people died in the floods on Tuesday, bringing the toll to 31.", 31, TUE, FRI),
    ("Two more bodies were found yesterday, taking the death toll to 19.", 19, THU, FRI),
    ("At least 11 people were killed when the building collapsed on Wednesday afternoon.",
     11, WED, FRI),
    ("Three days ago, 600 people fled the village.", 600, TUE, FRI),
    # volcanoes
    ("The volcano erupted again on Tuesday, and 7,000 people were evacuated from the danger "
     "zone.", 7_000, TUE, FRI),
    ("Nearly 20,000 residents remain in evacuation centres, the provincial disaster office "
     "said Thursday.", 20_000, THU, FRI),
    ("The alert level was raised on 12 January. By 14 January, 45,000 people had been "
     "evacuated.", 45_000, date(2020, 1, 14), date(2020, 1, 16)),
    ("The eruption on 3 June 1991 killed 41 people.", 41, date(1991, 6, 3), date(1991, 6, 10)),
    ("Civil Protection reported on Tuesday that 1,500 people had been moved to shelters.",
     1_500, TUE, FRI),
    # wildfires
    ("By Sunday evening, more than 18,000 people had fled the fire, officials said.",
     18_000, SUN, FRI),
    ("The fire has forced 30,000 people to flee since Tuesday.", 30_000, FRI, FRI),
    ("Through Tuesday, 3,900 people had been evacuated, the county said.", 3_900, TUE, FRI),
    ("Some 900 people fled the blaze on Thursday night local time.", 900, THU, FRI),
    # nuclear and industrial accidents
    ("On 27 April 1986, 49,000 residents were bused out of the town.",
     49_000, date(1986, 4, 27), date(1986, 5, 6)),
    ("A gas leak at the plant forced the evacuation of 2,500 people on Tuesday, police said.",
     2_500, TUE, FRI),
    ("The chemical fire has sent 300 people to hospital since Saturday.", 300, FRI, FRI),
    ("Some 160,000 people were still unable to return home in March 2012, the prefecture "
     "said.", 160_000, date(2012, 3, 31), date(2012, 6, 1)),
    # sieges and humanitarian corridors
    ("On Thursday, 1,300 civilians left the besieged city through the corridor, the ICRC "
     "said.", 1_300, THU, FRI),
    ("About 300 civilians, including 80 children, were evacuated from the plant on Sunday.",
     300, SUN, FRI),
    ("About 300 civilians, including 80 children, were evacuated from the plant on Sunday.",
     80, SUN, FRI),
    ("An estimated 100,000 people remain trapped in the city, the UN said on Wednesday.",
     100_000, WED, FRI),
    ("An estimated 100,000 people remain trapped in the city, the UN said on Wednesday. Of "
     "them, 40,000 are children.", 40_000, WED, FRI),
    ("Some 5,000 people were evacuated from the eastern districts on Tuesday. Of those, 1,200 "
     "were taken to hospital.", 1_200, TUE, FRI),
    ("The first convoy carrying 1,000 people left at dawn on Saturday.", 1_000, SAT, FRI),
    ("State media said 4,000 fighters and their families had left by 6 p.m. local time on "
     "Friday.", 4_000, FRI, date(2019, 5, 4)),
    ("Fighting broke out on Saturday. Since then, 8,000 people have fled.", 8_000, FRI, FRI),
    ("Evacuations began on Monday. By Wednesday, 14,000 people had left.", 14_000, WED, FRI),
    # foreigners flown or shipped out
    ("The air force flew 600 nationals out of the capital on Monday and Tuesday.",
     600, TUE, FRI),
    ("Since Sunday, the foreign ministry has evacuated 1,700 citizens on 11 flights.",
     1_700, FRI, FRI),
    ("A navy ship carrying 1,100 evacuees docked at the port on Wednesday morning.",
     1_100, WED, FRI),
    ("The last flight out, with 250 Canadians aboard, left on 30 April, the embassy said.",
     250, TUE, FRI),
    ("The government said Thursday it had flown 3,000 people out of the country so far.",
     3_000, THU, FRI),
    ("\"We have evacuated 450 citizens today,\" the minister told reporters on Wednesday.",
     450, WED, FRI),
    ("The ship left with 1,800 passengers late on Thursday, local time.", 1_800, THU, FRI),
    ("The two ships carried 2,700 foreign nationals from the port on 26 and 27 April.",
     2_700, SAT, FRI),
    ("On Tuesday, April 30, some 600 people were airlifted from the island.", 600, TUE, FRI),
    ("Some 1,000 people were moved out of the district on 29 and 30 April.", 1_000, TUE, FRI),
    # refugees crossing borders
    ("More than 5,000 refugees crossed into the country on Wednesday alone, the UN refugee "
     "agency said.", 5_000, WED, FRI),
    ("Some 2,500 people arrive each day at the border crossing, the IOM says.", 2_500, FRI, FRI),
    ("In the past 24 hours, 12,000 people crossed the border, the border guard said on "
     "Thursday.", 12_000, THU, FRI),
    ("Since the fighting erupted in mid-April, 120,000 people have fled to neighbouring "
     "countries.", 120_000, FRI, FRI),
    ("Figures from the agency showed 45,000 arrivals in March.", 45_000, date(2019, 3, 31), FRI),
    ("Last month alone, 30,000 people crossed the river.", 30_000, date(2019, 4, 30), FRI),
    ("Almost 700,000 refugees had fled across the border by the end of 2017.",
     700_000, date(2017, 12, 31), date(2018, 3, 1)),
    ("In 2015, more than a million migrants reached Europe by sea.",
     1_000_000, date(2015, 12, 31), date(2016, 2, 1)),
    ("The camp, opened in 2002, now houses 180,000 refugees.", 180_000, FRI, FRI),
    ("Between 1 and 3 May, 5,600 people crossed the bridge.", 5_600, FRI, date(2019, 5, 5)),
    ("On Sunday and Monday, 3,000 people were taken out by bus.", 3_000, MON, FRI),
    ("Up to Wednesday, 7,200 people had registered at the reception centre.", 7_200, WED, FRI),
    # camps and shelters
    ("As at 30 April, 62,000 displaced people were living in 140 sites, OCHA reported.",
     62_000, TUE, FRI),
    ("Some 3,400 people spent Thursday night in shelters.", 3_400, THU, FRI),
    ("The number of people in evacuation centres fell to 8,000 on Tuesday from 15,000 a day "
     "earlier.", 8_000, TUE, FRI),
    ("The number of people in evacuation centres fell to 8,000 on Tuesday from 15,000 a day "
     "earlier.", 15_000, MON, FRI),
    ("The site, built for 5,000, now hosts 9,800 people.", 9_800, FRI, FRI),
    ("As of 25 April, a total of 1,230 persons remained in 12 evacuation centres.",
     1_230, date(2019, 4, 25), FRI),
    ("As of 02 May 2019, 17:00 hrs, 9,870 persons are in 34 evacuation centres.",
     9_870, THU, date(2019, 5, 4)),
    ("The camp population peaked at 250,000 in July 2017.", 250_000, date(2017, 7, 31), FRI),
    ("On the night of 1 May, 900 people took shelter in the stadium.", 900, WED, FRI),
    # tolls and agency releases
    ("The ICRC said 200 detainees were released on 2 May and flown home.", 200, THU, FRI),
    ("The government said on 20 April that 500 people had died.", 500, date(2019, 4, 20), FRI),
    ("The Red Cross said on Wednesday that 2,100 volunteers had been deployed.",
     2_100, WED, FRI),
    ("Police said 27 people were killed in the stampede on Sunday.", 27, SUN, FRI),
    ("In the last 24 hours, 2,345 persons were evacuated, the home ministry said.",
     2_345, FRI, FRI),
    ("Last night 400 more people arrived at the shelter. Another 250 came this morning.",
     400, THU, FRI),
    ("Last night 400 more people arrived at the shelter. Another 250 came this morning.",
     250, FRI, FRI),
    ("The dam burst late last night. Some 2,000 people fled to higher ground.", 2_000, THU, FRI),
    ("The first evacuation flights left last week. So far 3,000 nationals have been brought "
     "home.", 3_000, FRI, FRI),
    ("By mid-morning on Saturday, 2,000 people had gathered at the port.", 2_000, SAT, FRI),
    ("Fighting spread over the weekend. On Monday, 6,000 people fled the town.", 6_000, MON, FRI),
    # harder wordings: times of day, days counted back, spans, anchors
    ("On May 2nd, 1,500 people left the island by ferry.", 1_500, THU, FRI),
    ("On Thursday (May 2), 1,500 people left the island by ferry.", 1_500, THU, FRI),
    ("At noon yesterday, 700 people were waiting at the port.", 700, THU, FRI),
    ("As of noon on Thursday, 2,400 people had registered at the centre.", 2_400, THU, FRI),
    ("By midnight on Wednesday, 10,000 people had crossed the border.", 10_000, WED, FRI),
    ("Two weeks ago, 4,000 people fled the camp.", 4_000, date(2019, 4, 19), FRI),
    ("A week ago, 4,000 people fled the camp.", 4_000, date(2019, 4, 26), FRI),
    ("Some 1,200 people were evacuated on Thursday evening, local time.", 1_200, THU, FRI),
    ("The evacuation was completed on 28 April, with 5,400 people moved in total.",
     5_400, SUN, FRI),
    ("In the week to Sunday, 14,000 people crossed into the country.", 14_000, SUN, FRI),
    ("In the seven days ending Sunday, 14,000 people crossed into the country.",
     14_000, SUN, FRI),
    ("Since Monday morning, 900 people have left the town.", 900, FRI, FRI),
    ("From Monday to Wednesday, 6,000 people were evacuated.", 6_000, WED, FRI),
    ("Tuesday's evacuation of 800 patients went smoothly.", 800, TUE, FRI),
    ("The toll stood at 56 on Thursday night, up from 40 on Wednesday.", 56, THU, FRI),
    ("The toll stood at 56 on Thursday night, up from 40 on Wednesday.", 40, WED, FRI),
    ("Late Thursday, the government said 2,600 people had been rescued.", 2_600, THU, FRI),
    ("Early on Wednesday, soldiers escorted 400 civilians out of the district.", 400, WED, FRI),
    ("By Thursday morning, 3,500 people had reached the camp.", 3_500, THU, FRI),
    ("As of 6:00 PM, 02 May 2019, 4,200 families are staying in evacuation centres.",
     4_200, THU, FRI),
    ("As of 1800H, 02 May 2019, 4,200 families are staying in evacuation centres.",
     4_200, THU, FRI),
    ("The camp held 32,000 people at the end of March, the agency said.",
     32_000, date(2019, 3, 31), FRI),
    ("Police said 14 people died overnight Sunday.", 14, SUN, FRI),
    ("The evacuation, which began on Monday, has moved 5,000 people.", 5_000, FRI, FRI),
    ("At least 3,000 people fled on Thursday after shelling resumed on Wednesday.",
     3_000, THU, FRI),
    ("Officials on Wednesday said 2,000 people had been evacuated.", 2_000, WED, FRI),
    ("The ministry, in a statement on Thursday, said 8,000 people were in shelters.",
     8_000, THU, FRI),
    ("Heavy rains since Sunday have displaced 4,500 people, the agency said on Thursday.",
     4_500, THU, FRI),
    ("The number of evacuees has grown to 23,000, from 15,000 on Monday.", 23_000, FRI, FRI),
    ("Some 300 people were evacuated yesterday (Thursday).", 300, THU, FRI),
    ("\"As of today, we have received 3,000 people,\" the mayor said on Tuesday.",
     3_000, TUE, FRI),
    ("Yesterday's flights took 900 people out of the country.", 900, THU, FRI),
    ("A further 1,500 were bused out on Saturday, taking the total to 9,000.", 9_000, SAT, FRI),
    ("By the end of the day on Thursday, 4,000 people had crossed.", 4_000, THU, FRI),
    ("Nearly 1.1 million people were evacuated by Friday morning, officials said.",
     1_100_000, FRI, FRI),
    ("The floods which started on Monday have displaced 3,500 households, the Red Cross said "
     "on Wednesday.", 3_500, WED, FRI),
    ("Authorities reported Tuesday night that 1,200 people were in shelters.", 1_200, TUE, FRI),
    ("Since 1 May, a total of 8,120 people have been evacuated (as of 2 May).", 8_120, THU, FRI),
    ("This morning, 600 people boarded the ferry.", 600, FRI, FRI),
    ("A week after the quake struck on 25 April, 2.8 million people remain displaced.",
     2_800_000, FRI, FRI),
    ("The storm struck on Monday and the next day 3,000 people fled.", 3_000, TUE, FRI),
    ("Rescuers found 12 survivors on Tuesday and the following day 9 more.", 12, TUE, FRI),
    # situation reports that say the period they cover
    ("Situation Report No. 3\nThis report covers the period from 30 April to 2 May 2019.\n"
     "At least 12,000 people are staying in evacuation centres.", 12_000, THU, FRI),
    ("Flash Update No. 2\nThe information in this update is current as of 1 May 2019.\n"
     "Some 45,000 people have fled across the border.", 45_000, WED, FRI),
    ("Reporting period: 29 April - 2 May 2019\nSome 3,100 people have been evacuated so far.",
     3_100, THU, FRI),
    ("At the end of a weekend of heavy rain, some 6,000 people had fled their homes.",
     6_000, SUN, date(2019, 4, 30)),
    ("Some 90,000 people have fled the district, the agency said on Tuesday. Of them, 50,000 "
     "are in camps, while 40,000 are staying with families that arrived before the war began "
     "on 3 March.", 40_000, TUE, FRI),
    # a time no day can be told from leaves the as-of empty (conventions)
    ("The number crossing fell from 12,000 a day earlier this week to 2,000 on Thursday.",
     12_000, None, FRI),
    ("The number crossing fell from 12,000 a day earlier this week to 2,000 on Thursday.",
     2_000, THU, FRI),
    ("Evacuation orders were issued earlier this week. About 9,000 people went to camps in "
     "the north.", 9_000, None, FRI),
    ("Last week, 3,000 people fled the town.", 3_000, None, FRI),
    ("Some 3,000 people have fled the town since last week.", 3_000, FRI, FRI),
    ("The agency said last week that 40,000 people had been displaced.", 40_000, None, FRI),
    ("Several days ago, 200 families fled the village.", 200, None, FRI),
    ("Fighting spread last week. On Monday, 6,000 people fled the town.", 6_000, MON, FRI),
    ("Between 300 and 400 people have been arriving daily this week.", 300, FRI, FRI),
    ("Half of the town's 60,000 residents fled after the orders were issued earlier this week.",
     60_000, FRI, FRI),
    # parts of a day, nights across two days, regional wordings
    ("In the early hours of Thursday, 2,000 people fled the advancing lava.", 2_000, THU, FRI),
    ("On the morning of 2 May, 1,100 people boarded the ship.", 1_100, THU, FRI),
    ("Overnight Wednesday into Thursday, 900 people crossed the river.", 900, THU, FRI),
    ("The day before yesterday, 500 people were evacuated from the coast.", 500, WED, FRI),
    ("As of 6AM today, 2,300 families are in evacuation centers.", 2_300, FRI, FRI),
    ("On Monday last, 700 people were shifted to relief camps.", 700, MON, FRI),
    ("A total of 3,452 persons were rescued till 5 pm on Thursday.", 3_452, THU, FRI),
    ("By 8 a.m. on 2 May, 5,000 people had crossed the border.", 5_000, THU, FRI),
    ("Since dawn, 3,000 people have crossed the bridge.", 3_000, FRI, FRI),
    ("Some 4,000 people crossed in the 24 hours to Thursday morning.", 4_000, THU, FRI),
    ("\"Yesterday alone we received 2,000 people,\" the governor told reporters on Wednesday.",
     2_000, TUE, FRI),
    ("The toll from Tuesday's quake rose to 300 on Thursday.", 300, THU, FRI),
    ("By Tuesday, the number of people in shelters had dropped to 1,200.", 1_200, TUE, FRI),
    ("The hurricane made landfall on Sunday. By Monday night, 40,000 people were in shelters.",
     40_000, MON, FRI),
    ("The mayor told reporters at a news conference on Wednesday that 1,000 people had left.",
     1_000, WED, FRI),
    ("On 30 April and 1 May, 2,000 people were evacuated.", 2_000, WED, FRI),
    ("Almost 3,000 people were evacuated from 29 April to 1 May.", 3_000, WED, FRI),
    ("The government said on Wednesday that 2,500 evacuees would return home next week.",
     2_500, FRI, FRI),
    ("The UN refugee agency said in a statement on Tuesday that 10,000 refugees had arrived "
     "since Saturday.", 10_000, TUE, FRI),
    ("Some 500 people remained in the stadium on Thursday night, down from 2,000 on "
     "Wednesday.", 500, THU, FRI),
    ("Some 500 people remained in the stadium on Thursday night, down from 2,000 on "
     "Wednesday.", 2_000, WED, FRI),
    ("Officials said 70 people had died as of Thursday night.", 70, THU, FRI),
    ("More than 2,000 residents were evacuated on April 30 and May 1, the mayor's office said.",
     2_000, WED, FRI),
    # wire and sitrep habits: abbreviated months, slashed days, spans of a day and the next
    ("The fire, which started Nov. 8, has killed 63 people, the sheriff said.",
     63, date(2018, 11, 16), date(2018, 11, 16)),
    ("As of Tuesday night, 631 people were listed as missing.", 631, date(2018, 11, 13),
     date(2018, 11, 16)),
    ("Between March 8 and 27, nearly 95,000 people fled the capital.", 95_000,
     date(2024, 3, 27), date(2024, 4, 2)),
    ("About 16,000 people were evacuated on April 8-9 as the volcano rumbled.", 16_000,
     date(2021, 4, 9), date(2021, 4, 12)),
    ("Some 19,000 people were evacuated from homes and hotels this past weekend.", 19_000,
     date(2023, 7, 23), date(2023, 7, 25)),
    ("As of 31/10/2023, 1.4 million people were displaced, the agency said.", 1_400_000,
     date(2023, 10, 31), date(2023, 11, 3)),
    ("Since 24 March, nearly 11,000 people have arrived in the port city by boat.", 11_000,
     date(2021, 4, 2), date(2021, 4, 2)),
    ("By June 15, some 60,000 people had been evacuated from the slopes.", 60_000,
     date(1991, 6, 15), date(1991, 6, 20)),
    ("On Oct. 7, gunmen killed about 1,200 people in the border towns.", 1_200,
     date(2023, 10, 7), date(2023, 10, 20)),
    ("The death toll rose to 1,234 on Tuesday, the disaster agency said.", 1_234, TUE, FRI),
    ("Late last week, 2,000 people fled the camp.", 2_000, None, FRI),
    # the day or year a war or crisis began starts a period; it dates nothing
    ("The war, which began in 2011, has forced 5.6 million people to flee the country.",
     5_600_000, FRI, FRI),
    ("The conflict that erupted in April has forced 500,000 people to flee.", 500_000, FRI, FRI),
    ("More than 70,000 people have died in the conflict, which started in 2012.",
     70_000, FRI, FRI),
    ("The quake, the deadliest since 2004, killed 3,000 people on Sunday.", 3_000, SUN, FRI),
    # a report dated in a time zone behind the place: its next day, local time
    ("At least 300 people were killed when the quake struck at 2 a.m. local time on Saturday.",
     300, date(2019, 5, 4), FRI),
    ("Some 3,000 people were evacuated on Saturday morning local time.", 3_000,
     date(2019, 5, 4), FRI),
    ("Some 3,000 people were evacuated on Thursday, local time.", 3_000, THU, FRI),
    # a day carried to the next sentence; agency and government habits
    ("Heavy rain fell overnight. By morning, 2,000 people had been moved to schools.",
     2_000, FRI, FRI),
    ("The ferry docked last night. It carried 1,200 evacuees.", 1_200, THU, FRI),
    ("A second convoy left on Wednesday. It carried 600 people, among them 200 children.",
     600, WED, FRI),
    ("Between 20 and 25 April, medical teams evacuated 312 wounded people.", 312,
     date(2019, 4, 25), FRI),
    ("Since the start of the operation on 28 April, volunteers have supported 4,500 people.",
     4_500, FRI, FRI),
    ("As on 2nd May 2019, 1,45,000 persons have been evacuated.", 145_000, THU, FRI),
    ("Upto 5 pm on Thursday, 1.2 lakh people had been shifted to safer places.", 120_000,
     THU, FRI),
    ("As of 8:00 AM, 03 May 2019, a total of 21,340 persons are staying inside 120 evacuation "
     "centers.", 21_340, FRI, FRI),
    ("As of press time Thursday, 900 residents had been evacuated.", 900, THU, FRI),
    ("Civil Protection evacuated 2,300 people on the night of Thursday.", 2_300, THU, FRI),
    ("At dawn on Friday, 400 migrants reached the island.", 400, FRI, date(2019, 5, 4)),
    ("Until yesterday, 6,000 people had been registered at the camp.", 6_000, THU, FRI),
    ("Figures released on Wednesday showed 8,700 people in shelters.", 8_700, WED, FRI),
    ("In its latest update on Thursday, the agency said 12,000 people had crossed.", 12_000,
     THU, FRI),
    ("Floods hit the district on Tuesday, with 5,000 people displaced so far.", 5_000, FRI, FRI),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "day", "published"), CASES)
def test_the_as_of_day_of_a_made_up_report(
    text: str, value: int, day: date | None, published: date
) -> None:
    figures = build_brief([Document("d", text, "Desk", published)]).figures
    found = [f for f in figures if f.value == value]
    assert found, [(f.value, f.surface) for f in figures]
    assert found[0].as_of == day


_BODY = "\nSome 300 people left the valley on Thursday, officials said.\n"


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("Published: 03 May 2019 11:20 PM IST", FRI),
        ("Updated: May 3, 2019 | 23:45 IST", FRI),
        ("Friday, 3 May 2019, 10:30 local time", FRI),
        ("03-May-2019", FRI),
        ("Posted on 3-May-2019 by staff", FRI),
        ("3rd May, 2019", FRI),
        ("May 03, 2019 - 10:31 PHT", FRI),
        ("Last Updated: 3rd May, 2019 11:20 IST", FRI),
        ("Friday, May 03, 2019 - 09:15 (WAT)", FRI),
        ("3 May 2019 | 10:31 GMT+8", FRI),
        ("By A. Writer, Correspondent\nMay 3, 2019 10:31 PM", FRI),
        # a date line stamped in another time zone over a wire dateline without a year
        ("Sat, 04 May 2019 01:30:00 GMT\nMANILA, May 3 (Wire) - Some 300 people left.", FRI),
        # no year anywhere: not guessed
        ("NAIROBI, May 3 (Wire) -- Some 300 people left.", None),
    ],
)  # fmt: skip
def test_the_publication_day_of_a_made_up_clipping(header: str, day: date | None) -> None:
    assert document_from_text(header + _BODY, "clip").published == day
