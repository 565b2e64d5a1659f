"""A third battery of made-up reports for the period of a figure, in the style of
reports on monsoon floods, a super typhoon and island wildfires (disaster agencies'
situation reports, UN fact sheets, wire stories, live pages), sorted by the general
cause the Brief got wrong.

daily: one day, one flight or convoy, a named day, a rate per day; 24h: in the past 24
hours; cumulative: so far, since a date, over several days, a total; '' for stocks.

Causes: a move made in anticipation of a hazard ("pre-emptively", "in preparation for")
takes the days of warning; a count "as of" a date of two digits, or "by the time"
something happened, is up to that point; the auxiliary of a perfect is shared by the
participles coordinated after it ("had killed 1,061, injured 1,575"); a past perfect
before the number in reported speech ("said troops had rescued 5,100") counts up to the
day it was told, like one after it; a hazard as the cause of a toll ("died in the
floods", "injured during the eruption") counts what it has done so far, whatever day a
source spoke; being displaced is a state counted so far in every form of the verb
("displace", "displacing", "are displaced", "with 300,000 displaced"); the past 24 hours
is also "in last 24 hours", "24 hrs", "the 24 hours to 8 a.m." and "the past 24-hour
period"; a span from one date to another adds up days across the end of a month; a part
with a vehicle of its own ("including 600 on a single ferry") is that trip's; the
progressive of the perfect ("have been fleeing") runs up to now; trips counted by a
quantifier ("a series of flights", "dozens of sorties") add up like "three flights"; an
earlier value of a count ("up from 14,000 on Monday") has the count's period; a conjunct
with no time of its own shares the times of the one before it ("45 were killed and 113
injured"); "hitherto", "to-date", "all told" and "in aggregate" say "so far"; "since the
morning", "since early this morning", "within hours" and "in a matter of hours" are within
one day (the first battery reads "since last night" as cumulative); a rate belongs to the
number right before it ("12,000 crossed last week, or about 1,700 a day"), and so does the
past 24 hours, unless it ends the sentence after the next conjunct ("25 died and 40 got
injured during the last 24 hours").

Left to the tense, as the earlier batteries and the dev labels read them: a bare
"before the storm", "as a precaution", "preventively", "in advance of" (dropped: it
lowered the check split) and a narrative past perfect with no speaker ("soldiers had
carried 140 wounded to the harbour").
"""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]
PUBLISHED = date(2022, 8, 31)  # a Wednesday

BATTERY = [
    # a move in anticipation of a hazard takes the days of warning
    (
        "The authorities pre-emptively evacuated nearly 80,000 people from the coast.",
        80000,
        "cumulative",
    ),
    ("Officials preemptively moved 12,000 residents to schools and churches.", 12000, "cumulative"),
    (
        "Some 9,000 families were moved to higher ground in preparation for the storm surge.",
        9000,
        "cumulative",
    ),
    ("The province carried out a preemptive evacuation of 31,000 residents.", 31000, "cumulative"),
    # (a single day named with it wins; a bare precaution or "before" is left to the tense)
    ("Some 4,000 people were pre-emptively evacuated on Sunday.", 4000, "daily"),
    ("Police evacuated 300 residents from the block as a precaution.", 300, "daily"),
    ("Officials said the pre-emptive strike killed 12 militants.", 12, "daily"),
    # a count as of a date given in two digits, or up to the time something happened
    ("As of 11 July, 3,400 people were evacuated from the river banks.", 3400, "cumulative"),
    (
        "As at 12 August, some 18,000 people crossed into the neighbouring province.",
        18000,
        "cumulative",
    ),
    # a perfect's auxiliary is shared by the participles coordinated after it
    (
        "As at 29 August, the floods had killed 1,061 people, injured 1,575 and affected "
        "more than 30 million.",
        1575,
        "cumulative",
    ),
    (
        "Troops have rescued 5,100 villagers, airlifted 700 and moved 12,000 to relief camps.",
        700,
        "cumulative",
    ),
    (
        "Troops have rescued 5,100 villagers, airlifted 700 and moved 12,000 to relief camps.",
        12000,
        "cumulative",
    ),
    (
        "The navy has evacuated 800 fishermen and relocated 3,500 to the mainland.",
        3500,
        "cumulative",
    ),
    # (a new subject with its own verb and day is not coordinated)
    (
        "The storm had displaced 40,000, and the army evacuated 3,000 from the coast on Monday.",
        3000,
        "daily",
    ),
    # a past perfect before the number, in reported speech, counts up to the day it was told
    (
        "The army said troops had rescued 5,100 villagers from the flooded plain.",
        5100,
        "cumulative",
    ),
    (
        "Officials said rescue teams had evacuated 2,300 tourists from the western coast.",
        2300,
        "cumulative",
    ),
    (
        "By the time the typhoon struck, the authorities had moved 125,000 people into shelters.",
        125000,
        "cumulative",
    ),
    # (a day of its own after it wins; a narrative past perfect is left to its cues)
    ("Soldiers had carried 140 wounded to the harbour.", 140, "daily"),
    ("The coast guard said it had rescued 65 people on Tuesday.", 65, "daily"),
    # a hazard as the circumstance of a toll, whatever day a source spoke
    (
        "At least 601 people died in rains and floods in the province, the minister said Monday.",
        601,
        "cumulative",
    ),
    ("Some 250 people died in the fighting, the ministry said on Tuesday.", 250, "cumulative"),
    (
        "Around 200 people were injured during the eruption, officials said Monday.",
        200,
        "cumulative",
    ),
    (
        "More than 40 people drowned in the floodwaters, the agency said on Sunday.",
        40,
        "cumulative",
    ),
    # (a single incident or a day of the event is one day's)
    ("At least 12 people died in the fire at the market on Friday.", 12, "daily"),
    ("Some 30 people were killed in an air strike on Monday, officials said.", 30, "daily"),
    ("Five people died in a fire in a crowded shelter, the police said Monday.", 5, "daily"),
    ("Nine people were killed in the landslide, the district officer said Monday.", 9, "daily"),
    # being displaced is a state counted so far, in every form of the verb
    (
        "Breaches of the lake's embankment displace at least 100,000 in the southern districts.",
        100000,
        "cumulative",
    ),
    (
        "The typhoon tore through the islands, killing at least 90 people and displacing 20,000.",
        20000,
        "cumulative",
    ),
    (
        "The number of people affected has risen to 2 million, with over 300,000 people displaced.",
        300000,
        "cumulative",
    ),
    (
        "The blaze destroyed most of the town, with 4,000 residents displaced across the island.",
        4000,
        "cumulative",
    ),
    (
        "Some 7.9 million people are reportedly displaced as a result of the rains and floods.",
        7_900_000,
        "cumulative",
    ),
    # (a modifier of the noun is no state of the figure)
    ("Some 9,000 displaced people arrived in the camp on Monday.", 9000, "daily"),
    ("Some 9,000 displaced people arrived in the camp.", 9000, "daily"),
    # the past 24 hours told without an article, as in situation reports and headlines
    ("Eighteen people lost their lives due to flash floods during last 24 hours.", 18, "24h"),
    ("In last 24 hours, helicopters evacuated 217 stranded individuals.", 217, "24h"),
    ("In past 24 hours, 1,200 people were moved to relief camps.", 1200, "24h"),
    ("Rescue teams shifted 640 persons to safer places in last 48 hours.", 640, "cumulative"),
    # a span from one date to another, across the end of a month
    ("From August 31 to September 7, rescue teams evacuated 380 people.", 380, "cumulative"),
    ("Between 28 August and 3 September, 12,000 people were moved to camps.", 12000, "cumulative"),
    ("Some 7,500 people crossed the border from 30 June to 2 July.", 7500, "cumulative"),
    # a part with a vehicle of its own is that one trip's
    (
        "Nearly 3,000 people have left the island since Monday, including 600 on a single ferry.",
        600,
        "daily",
    ),
    (
        "Some 9,000 foreigners have been evacuated so far, among them 330 aboard a navy frigate.",
        330,
        "daily",
    ),
    # the progressive of the perfect runs up to now
    ("About 2,000 residents have been fleeing the town by road.", 2000, "cumulative"),
    ("Around 3,000 people have been leaving the island by ferry.", 3000, "cumulative"),
    (
        "Hundreds of people have been boarding military flights at the airport for the past "
        "few days.",
        100,
        "cumulative",
    ),
    # ("for days" says how long a state lasted, not the span of a count)
    (
        "Around 1,200 people who had walked for days through the hills reached the border "
        "town yesterday.",
        1200,
        "daily",
    ),
    # (a rate is still a day's; the third day running is one day)
    ("Some 150 people have been arriving daily at the camp.", 150, "daily"),
    ("Some 1,500 people crossed into the province for the third day running.", 1500, "daily"),
    # trips counted by a quantifier add up like trips counted by a number
    ("Military planes flew 3,500 people out in a series of flights.", 3500, "cumulative"),
    ("Dozens of sorties have lifted 3,847 stranded people to safety.", 3847, "cumulative"),
    ("Successive convoys brought 6,200 residents out of the valley.", 6200, "cumulative"),
    # (the trips of one named day are that day's)
    ("On Sunday, a series of flights took 1,300 tourists to Honolulu.", 1300, "daily"),
    # an earlier value of a count ("up from", "down from") has the period of the count
    ("More than 20,000 people have fled so far, up from 14,000 on Monday.", 14000, "cumulative"),
    ("Some 900 people crossed on Tuesday, down from 1,500 on Monday.", 1500, "daily"),
    # the past 24 hours in other words
    ("At least 119 people died over the last 24 hrs, the NDMA said.", 119, "24h"),
    ("In the 24 hours to 8 a.m. on Sunday, 1,900 people were evacuated.", 1900, "24h"),
    ("Some 2,000 people were moved in the past 24-hour period.", 2000, "24h"),
    ("In the 24 hours since the dam broke, 4,000 residents fled.", 4000, "24h"),
    ("In the last one day, 25 people died in rain-related incidents.", 25, "24h"),
    # a conjunct with no time of its own shares the times of the one before it
    ("Over the previous 24 hours, 45 people were killed and 113 injured.", 113, "24h"),
    ("In the last 24 hours, 18 people died and 17 were injured.", 17, "24h"),
    ("On Monday 2,000 people fled and 3,000 crossed into the province.", 3000, "daily"),
    ("Some 2,000 people fled on Monday and 3,000 have crossed since.", 3000, "cumulative"),
    # "so far" in other words
    ("Hitherto 2,000 families were moved to safer places.", 2000, "cumulative"),
    ("To-date 9,000 people were evacuated from the district.", 9000, "cumulative"),
    ("All told, 14,500 people were evacuated from the valley.", 14500, "cumulative"),
    ("In aggregate, 26,000 people were shifted to relief camps.", 26000, "cumulative"),
    # a span within one day, in other words
    ("About 2,000 tourists have left West Maui since the morning.", 2000, "daily"),
    ("Some 600 people have reached the shelters since early this morning.", 600, "daily"),
    ("Within hours, 4,000 residents had fled the town.", 4000, "daily"),
    ("In a matter of hours, some 2,500 people left the burning town.", 2500, "daily"),
    # a rate belongs to the number right before it
    ("Some 12,000 people crossed last week, or about 1,700 a day.", 12000, "cumulative"),
    ("Some 12,000 people crossed last week, or about 1,700 a day.", 1700, "daily"),
    ("Nearly 30,000 left in March, some 7,000 a week.", 30000, "cumulative"),
    # the past 24 hours after another figure is that figure's; after the conjunct that
    # follows, it frames both
    (
        "The death toll since June 14 has climbed to 1,136 with 119 deaths reported over the "
        "past day.",
        1136,
        "cumulative",
    ),
    (
        "The death toll since June 14 has climbed to 1,136 with 119 deaths reported over the "
        "past day.",
        119,
        "24h",
    ),
    ("As per the report, 25 persons died and 40 got injured during the last 24 hours.", 25, "24h"),
    ("Some 300 people fled on Monday and 200 more in the past 24 hours.", 300, "daily"),
]


@pytest.mark.parametrize(("text", "value", "period"), BATTERY)
def test_battery(make_doc: MakeDoc, text: str, value: int, period: str) -> None:
    """Should give each made-up figure the period the labelling conventions give it."""
    figures = extract_figures(make_doc(text, published=PUBLISHED))
    (figure,) = [f for f in figures if f.value == value]
    assert figure.period == period, (figure.metric, figure.period)
