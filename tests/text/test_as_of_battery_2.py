"""A second battery of made-up reports for the as-of day and the publication date (issue 14).

Sentences are invented in several regional Englishes and genres (ministry press releases,
NGO posts, live-blog lines, officials' posts, flash updates, embassy and airline notices)
about dam failures, landslides, heatwaves, spills, riots and returns.
"""

from datetime import date

import pytest

from corridor.text.brief import build_brief
from corridor.text.dates import find_dates
from corridor.text.model import Document
from corridor.text.sources import document_from_text

TUESDAY = date(2024, 7, 16)


def _as_of(text: str, published: date = TUESDAY) -> date | None:
    figures = build_brief([Document("d", text, "Desk", published)]).figures
    assert figures, text
    return figures[0].as_of


DAY = [
    (
        "Over 2,000 residents were relocated from the riverbank on Sunday, the commissioner said.",
        date(2024, 7, 14),
    ),
    (
        "As at 6pm yesterday, 1,450 persons had been evacuated from the LGAs, the agency said.",
        date(2024, 7, 15),
    ),
    ("As at Monday, 3,200 displaced persons were taking refuge in 14 camps.", date(2024, 7, 15)),
    (
        "The Red Cross said 540 families were moved to higher ground on Saturday night.",
        date(2024, 7, 13),
    ),
    (
        "The death toll from the landslide rose to 37 on Monday, the county commissioner said.",
        date(2024, 7, 15),
    ),
    ("Rescuers pulled 14 survivors from the mud on Thursday.", date(2024, 7, 11)),
    (
        "Some 8,500 people are in 42 centres, the ministry said in a statement on Monday.",
        date(2024, 7, 15),
    ),
    ("On 12 July, 900 residents were moved out of the camp to a new site.", date(2024, 7, 12)),
    ("On July 12th, 900 residents were moved out of the camp to a new site.", date(2024, 7, 12)),
    ("About 300 people were evacuated on the 13th after the chlorine leak.", date(2024, 7, 13)),
    ("Around 1,500 people fled the riots in the township over the weekend.", date(2024, 7, 14)),
    ("Two days ago, 250 tourists were airlifted from the island.", date(2024, 7, 14)),
    ("The embassy flew 180 nationals out of the capital on Sunday 14 July.", date(2024, 7, 14)),
    ("Authorities said 6,000 people remained in the flooded town on Monday.", date(2024, 7, 15)),
    ("As of 15 July 2024, 23,000 people have been displaced by the floods.", date(2024, 7, 15)),
    ("More than 700 people were evacuated last Wednesday.", date(2024, 7, 10)),
    ("On Monday evening, 2,300 people spent the night in school halls.", date(2024, 7, 15)),
    (
        "Some 1,100 people were evacuated last night as the river breached its banks.",
        date(2024, 7, 15),
    ),
    (
        "The ministry said on Sunday that 5,000 people had been moved to relief camps.",
        date(2024, 7, 14),
    ),
    ("Police said on Saturday that 12 people were killed in the riots.", date(2024, 7, 13)),
    ("As of 8am AEST on Monday, 350 people were in evacuation centres.", date(2024, 7, 15)),
    ("At 7 a.m. on Monday, 1,200 people were still stranded on rooftops.", date(2024, 7, 15)),
    ("Last month, 2,000 people were relocated from the camp.", date(2024, 6, 30)),
    ("In May, some 2,000 people were relocated from the camp.", date(2024, 5, 31)),
    ("Some 2,000 people were relocated from the camp in May 2023.", date(2023, 5, 31)),
    ("By the end of 2023, 110,000 people had returned to the district.", date(2023, 12, 31)),
    ("Fourteen people were killed when the dam burst on Saturday, 13 July.", date(2024, 7, 13)),
    ("Some 500 villagers were evacuated on 13/07/2024 after the spill.", date(2024, 7, 13)),
    ("Some 500 villagers were evacuated on 2024-07-13 after the spill.", date(2024, 7, 13)),
    ("Up to Sunday, 5,400 people had registered at the transit camp.", date(2024, 7, 14)),
    ("As of close of business Monday, 770 people had been evacuated.", date(2024, 7, 15)),
    ("Through Sunday, 5,400 people had registered at the transit camp.", date(2024, 7, 14)),
    (
        "Around 3,500 residents returned home on Monday after the curfew was lifted.",
        date(2024, 7, 15),
    ),
    ("On Monday alone, 3,500 residents returned home.", date(2024, 7, 15)),
    ("About 900 people were evacuated on Thursday last week.", date(2024, 7, 11)),
    ("On the night of 14 July, 600 people fled the burning suburb.", date(2024, 7, 14)),
    ("In the early hours of Monday, 600 people fled the burning suburb.", date(2024, 7, 15)),
    ("More than 1,000 people were evacuated on Tuesday as the river rose.", date(2024, 7, 16)),
    ("Some 200 people were evacuated on Wednesday as the river rose.", date(2024, 7, 10)),
    ("The High Commission assisted 145 Kenyan nationals to leave on Monday.", date(2024, 7, 15)),
    ("On Saturday the 13th, 800 people were moved to the stadium.", date(2024, 7, 13)),
    ("Over 900 households were affected as of Monday 15th July.", date(2024, 7, 15)),
    ("On 3 June last year, 5,000 people were evacuated from the valley.", date(2023, 6, 3)),
    ("In August last year, 5,000 people were evacuated from the valley.", date(2023, 8, 31)),
    ("As at 30 June 2024, 75,000 refugees were registered in the settlement.", date(2024, 6, 30)),
    (
        "The government said on Monday 5,000 people had returned since the ceasefire.",
        date(2024, 7, 15),
    ),
    ("A week ago, 600 people were moved from the slope.", date(2024, 7, 9)),
    ("In the 24 hours to Monday, 860 people were rescued by boat.", date(2024, 7, 15)),
    ("Wednesday 10 July: 450 people were evacuated from the valley.", date(2024, 7, 10)),
    ("On Friday July 12, 2024, some 450 people were evacuated from the valley.", date(2024, 7, 12)),
    ("As on 15 July, 2,310 families were staying in relief camps, the DC said.", date(2024, 7, 15)),
    ("Till Monday evening, 2,310 families had shifted to relief camps.", date(2024, 7, 15)),
    ("Upto Sunday, 2,310 people had been shifted to safer places.", date(2024, 7, 14)),
    ("On the 14th instant, 600 persons were evacuated by the Navy.", date(2024, 7, 14)),
    ("Some 600 persons were evacuated on Sunday the 14th by the Navy.", date(2024, 7, 14)),
    ("The Navy evacuated 600 persons on 14th inst.", date(2024, 7, 14)),
    ("Some 600 people were evacuated at the weekend, police said.", date(2024, 7, 14)),
    ("Some 600 people were evacuated at dawn on Monday.", date(2024, 7, 15)),
    ("By 1800 hrs on Monday, 600 people had been evacuated.", date(2024, 7, 15)),
    ("By nightfall on Sunday, 600 people had been evacuated.", date(2024, 7, 14)),
    ("As of Monday 15 July at 1600hrs, 3,900 people had been evacuated.", date(2024, 7, 15)),
    ("As of 15 July 2024 (18:00), 3,900 people had been displaced.", date(2024, 7, 15)),
    ("Data as of 14 Jul 2024: 3,900 people displaced.", date(2024, 7, 14)),
    ("3,900 people displaced (as of 14 July).", date(2024, 7, 14)),
    (
        "Some 3,900 people have been displaced, according to figures released on Monday.",
        date(2024, 7, 15),
    ),
    ("Figures released on Monday show 3,900 people have been displaced.", date(2024, 7, 15)),
    ("In 2023, 30,000 people returned to the district.", date(2023, 12, 31)),
    ("At 0300 on Sunday 14 July, 600 people were evacuated.", date(2024, 7, 14)),
    ("Over 600 people were evacuated on July 14 and 15.", date(2024, 7, 15)),
    ("Around 600 people were evacuated between 12 and 14 July.", date(2024, 7, 14)),
    ("At least 18 people died in Sunday's landslide.", date(2024, 7, 14)),
    ("Monday's riots left 9 people dead.", date(2024, 7, 15)),
    ("Yesterday's evacuation moved 1,400 people from the camp.", date(2024, 7, 15)),
    ("Some 1,400 residents were evacuated on Monday, a day after the spill.", date(2024, 7, 15)),
    ("Some 1,400 residents were evacuated on the morning of 15 July.", date(2024, 7, 15)),
    ("By mid-July, 1,400 residents had returned.", date(2024, 7, 15)),
    ("Some 1,400 residents were evacuated late last night.", date(2024, 7, 15)),
    ("Some 1,400 residents were evacuated on Monday (15 July).", date(2024, 7, 15)),
    ("Some 1,400 residents were evacuated on 15 Jul.", date(2024, 7, 15)),
    ("Some 1,400 residents were evacuated on Jul. 15.", date(2024, 7, 15)),
    ("Some 1,400 residents were evacuated on 15-07-2024.", date(2024, 7, 15)),
    ("Some 1,400 residents were evacuated on 15.07.2024.", date(2024, 7, 15)),
    ("Some 1,400 residents were evacuated three weeks ago.", date(2024, 6, 25)),
    ("Some 1,400 residents were evacuated a fortnight ago.", date(2024, 7, 2)),
    ("Some 1,400 residents were evacuated ten days ago.", date(2024, 7, 6)),
    ("Some 1,400 residents were evacuated on Saturday, 13th July 2024.", date(2024, 7, 13)),
]

TODAY = [
    "10:42 — Police say 600 residents have now been evacuated from the estate.",
    "UPDATE 14:05: 1,200 people evacuated from low-lying areas so far, says the authority.",
    "At least 45 people have died in the heatwave since Friday, the health department said.",
    "Since the ceasefire took effect on 1 July, some 40,000 people have returned to their homes.",
    "An estimated 3,000 people were evacuated early this morning after the spill.",
    "This morning, 3,000 people were evacuated after the spill.",
    "Some 1,100 people were evacuated overnight, the SES says.",
    "Over the past 24 hours, 860 people have been rescued by boat.",
    "The authority said 320 people had died in rain-related incidents since June 25.",
    "Earlier today, 400 students were evacuated from the school after the gas leak.",
    "Some 2,000 people will be relocated on Friday, the county said.",
    "Officials plan to move 5,000 people next week.",
    "Some 4,000 people live in the camp, the camp manager said.",
    "The camp, set up in 2019, now houses 4,000 people.",
    "Some 12,000 people have been displaced since the conflict began in 2022.",
    "#FloodUpdate: 1,250 people rescued today by rescue teams in the district.",
    "BREAKING: 3,000 residents ordered to evacuate as wildfire nears the town.",
    "Currently 2,400 people are staying in the relocation site, the NGO says.",
    "Nearly 700 people are now sheltering at the showgrounds, the council says.",
    "As on date, 2,310 families are staying in relief camps.",
    "A day after the spill, 1,400 residents were evacuated.",
    "Some 1,400 residents were evacuated in the early hours of this morning.",
]

UNKNOWN = [
    "Some 300 people were evacuated last week as the river rose.",
    "Earlier this week, 300 people were evacuated as the river rose.",
]


@pytest.mark.parametrize(("text", "day"), DAY)
def test_the_day_a_figure_is_given_on(text: str, day: date) -> None:
    assert _as_of(text) == day


@pytest.mark.parametrize("text", TODAY)
def test_figures_with_no_earlier_day_are_as_of_the_report(text: str) -> None:
    assert _as_of(text) == TUESDAY


@pytest.mark.parametrize("text", UNKNOWN)
def test_a_flow_on_a_time_with_no_day_has_no_as_of(text: str) -> None:
    assert _as_of(text) is None


BODY = "\n\nSome 1,200 people have been evacuated from the district."
HEADERS = [
    ("PRESS RELEASE\nMinistry of Interior\nIslamabad, 15th July 2024" + BODY, date(2024, 7, 15)),
    ("FOR IMMEDIATE RELEASE\nJuly 15, 2024" + BODY, date(2024, 7, 15)),
    ("Posted by admin on 15 July 2024" + BODY, date(2024, 7, 15)),
    ("Disaster Agency (@agency) · Jul 15, 2024" + BODY, date(2024, 7, 15)),
    ("10:31 PM · Jul 15, 2024" + BODY, date(2024, 7, 15)),
    ("FLASH UPDATE No. 3 | 15 July 2024" + BODY, date(2024, 7, 15)),
    ("Situation Report No. 4 – 15 July 2024" + BODY, date(2024, 7, 15)),
    ("Monday, 15th July, 2024" + BODY, date(2024, 7, 15)),
    ("Published: 15/07/2024" + BODY, date(2024, 7, 15)),
    ("Date: 15.07.2024" + BODY, date(2024, 7, 15)),
    ("Last updated 15 Jul 2024, 3:05pm" + BODY, date(2024, 7, 15)),
    ("By Jane Otieno | July 15, 2024" + BODY, date(2024, 7, 15)),
    ("Travel advisory – issued 15 July 2024 at 09:00 UTC" + BODY, date(2024, 7, 15)),
    ("Published July 15, 2024 Updated about 2 hours ago" + BODY, date(2024, 7, 15)),
    ("Mon 15 Jul 2024 09.30 BST" + BODY, date(2024, 7, 15)),
    ("15 July 2024 - Geneva - The agency said 1,200 people had been evacuated.", date(2024, 7, 15)),
    ("Brisbane, 15 July 2024 — Some 1,200 people have been evacuated.", date(2024, 7, 15)),
    (
        "ABUJA, Nigeria, July 15, 2024 /PRNewswire/ -- Some 1,200 people have been evacuated.",
        date(2024, 7, 15),
    ),
    (
        "Date: July 15, 2024\nKINGSTOWN, St Vincent, Jul 15 (CMC) – Some 1,200 people left.",
        date(2024, 7, 15),
    ),
    (
        "Published: July 15, 2024\n\nLAHORE: Some 1,200 people have been evacuated.",
        date(2024, 7, 15),
    ),
    ("Embassy notice\nDated: 15 July 2024" + BODY, date(2024, 7, 15)),
    ("Release date: 15 July 2024" + BODY, date(2024, 7, 15)),
    ("15th July 2024" + BODY, date(2024, 7, 15)),
    ("Jul 15, 2024 · 4 min read" + BODY, date(2024, 7, 15)),
    ("Ministry of Information\nPress Release No. 245\nDated 15-07-2024" + BODY, date(2024, 7, 15)),
    ("Statement | 15 July 2024 | Office of the Prime Minister" + BODY, date(2024, 7, 15)),
    ("NAIROBI, Monday July 15 2024 - Some 1,200 people were evacuated.", date(2024, 7, 15)),
    (
        "PORT OF SPAIN, Trinidad, July 15, 2024 – Some 1,200 people were evacuated.",
        date(2024, 7, 15),
    ),
    ("Sydney, Monday 15 July 2024\n\nSome 1,200 people were evacuated.", date(2024, 7, 15)),
    ("Updated: July 15, 2024 10:31 AM EDT" + BODY, date(2024, 7, 15)),
    ("First published on Mon 15 Jul 2024 09.30 BST" + BODY, date(2024, 7, 15)),
    ("July 15, 2024 at 9:30 a.m. EDT" + BODY, date(2024, 7, 15)),
    ("15 Jul 2024 | 09:30 GMT" + BODY, date(2024, 7, 15)),
    ("Posted: Mon, Jul 15, 2024" + BODY, date(2024, 7, 15)),
    ("Blog | 15/07/2024 | Staff writer" + BODY, date(2024, 7, 15)),
    ("Issued at 0900 UTC on 15 July 2024" + BODY, date(2024, 7, 15)),
    ("TRAVEL ALERT (15 July 2024)" + BODY, date(2024, 7, 15)),
    ("Date of issue: 15 July 2024" + BODY, date(2024, 7, 15)),
    ("Date: 15th July, 2024" + BODY, date(2024, 7, 15)),
    ("Reported on: 15 Jul 2024" + BODY, date(2024, 7, 15)),
    ("Sunday 14 July 2024 23:58 | Updated Monday 15 July 2024" + BODY, date(2024, 7, 14)),
    ("@DisasterAuthority\nJul 15, 2024" + BODY, date(2024, 7, 15)),
    ("2024-07-15T09:30:00Z" + BODY, date(2024, 7, 15)),
    ("Flash Update #2\nDate: 15/07/2024\nPeriod covered: 13-15 July" + BODY, date(2024, 7, 15)),
    ("LIVE UPDATES — Monday 15 July 2024" + BODY, date(2024, 7, 15)),
    (
        "Kingston, Jamaica (JIS): Some 1,200 people were evacuated.\nDate: 15 July 2024",
        date(2024, 7, 15),
    ),
    ("By Staff Reporter\nPublished: 15-Jul-2024" + BODY, date(2024, 7, 15)),
    ("15 July, 2024" + BODY, date(2024, 7, 15)),
    ("July 15th, 2024" + BODY, date(2024, 7, 15)),
    (
        "KAMPALA, July 15 (Xinhua) -- Some 1,200 people were evacuated.\nPublished: 2024-07-15",
        date(2024, 7, 15),
    ),
    ("Press Statement\n15th July 2024\nFor immediate release" + BODY, date(2024, 7, 15)),
    ("NEWS RELEASE | Monday, 15 July 2024" + BODY, date(2024, 7, 15)),
    ("Source: Office of the Governor\nDate: Monday 15 July 2024" + BODY, date(2024, 7, 15)),
    ("Title: Dam breach update\nDate: 15 Jul 2024 10:00" + BODY, date(2024, 7, 15)),
    ("Wednesday 17 July 2024\n\nOn Monday 1,200 people were evacuated.", date(2024, 7, 17)),
    ("Jul 15 2024" + BODY, date(2024, 7, 15)),
    ("15 July 2024, 10:30 AEST" + BODY, date(2024, 7, 15)),
    ("Posted on July 15, 2024 by the Communications Team" + BODY, date(2024, 7, 15)),
    ("Created: 15 July 2024 | Last modified: 17 July 2024" + BODY, date(2024, 7, 15)),
    ("Situation Update #5 (as of 15 July 2024, 18:00)" + BODY, date(2024, 7, 15)),
    ("High Commission — Travel Notice — July 15, 2024" + BODY, date(2024, 7, 15)),
    (
        "CASTRIES, St Lucia, Monday July 15, 2024 – Some 1,200 people were evacuated.",
        date(2024, 7, 15),
    ),
    (
        "Karachi, July 15: Some 1,200 people were evacuated.\nPublished July 15, 2024",
        date(2024, 7, 15),
    ),
]


@pytest.mark.parametrize(("raw", "day"), HEADERS)
def test_the_publication_date_of_a_clipping(raw: str, day: date) -> None:
    assert document_from_text(raw, "clip").published == day


def test_a_wire_dateline_without_a_year_leaves_an_undated_report_undated() -> None:
    raw = "ISLAMABAD, Jul 15 (APP): Some 1,200 people were evacuated."
    document = document_from_text(raw, "clip")
    assert (document.outlet, document.published) == ("APP", None)


@pytest.mark.parametrize(
    "text",
    [
        "Last year's floods displaced many; some 500 people still live in tents.",
        "Unlike last year, 500 people are now sheltering in the school.",
        "Some 500 people, more than last year, are sheltering in the school.",
        "The same number as last year, 4,000 people, are in the camp.",
        "Some 500 people live in the camp, which flooded for the 3rd time.",
    ],
)
def test_a_comparison_with_last_year_or_an_ordinal_names_no_day(text: str) -> None:
    assert _as_of(text) == TUESDAY


def test_an_ordinal_of_a_unit_or_floor_is_no_day() -> None:
    assert _as_of("On Monday, 500 people on the 2nd and 3rd floors were moved.") == date(
        2024, 7, 15
    )


def test_a_stock_beside_a_coming_weekday_is_as_of_the_report() -> None:
    text = "The airline will operate two extra flights on Saturday for 300 stranded passengers."
    assert _as_of(text) == TUESDAY


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Some 3,000 people will be relocated on Saturday.", date(2024, 7, 20)),
        ("Some 300 stranded tourists are due to leave on Friday.", date(2024, 7, 19)),
        ("Officials will review the cases of 3,000 people moved on Sunday.", date(2024, 7, 14)),
        ("Schools will reopen after 3,000 people were moved out on Sunday.", date(2024, 7, 14)),
    ],
)
def test_a_weekday_after_a_verb_of_the_future_is_the_coming_one(text: str, day: date) -> None:
    assert [d.day for d in find_dates(text, TUESDAY)] == [day]
