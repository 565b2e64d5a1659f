"""Over what period a figure counts: ``24h``, ``daily``, ``cumulative`` or none.

``24h`` is in the past 24 hours; ``daily`` is one day, one flight or convoy, a named
day or a rate per day; ``cumulative`` is so far, since a date, in recent days, a total
or a perfect tense; stocks (people remaining, waiting, present, planned, missing) have
no period.

The number's clause is read in two steps. First a time it names outright: the past 24
hours (also "in last 24 hrs", "the 24 hours to 8 a.m."), a toll, one night or one day, a
span of days (also from one date to another, across months), a day of its own or, for a
part, a vehicle of its own ("including 600 on a single ferry"), a rate per day (a rate
per week or month adds up days), a number of hours, one vehicle (one trip), a span of
weeks, a month or a year (also in a "when" clause after it), a span told as an adjective
("the two-week siege"), a season or a holiday ("over Easter"), or a move "ahead of" a
coming hazard or made "pre-emptively" (the days of warning). Then the tense of its verb
and the adverbials around it: a count up to a point ("as of 11 July", "by Thursday", "by
the time"), "today", "so far"/"since"/"in total"/"hitherto", trips counted by a number or
a quantifier ("a series of flights"), a present or past perfect ("have fled", "have been
fleeing", "had crossed", "said troops had rescued"; a present perfect with a day of its
own, "have crossed on Sunday alone", is that day's; its auxiliary is shared by the
participles coordinated after it, "had killed 1,061, injured 1,575"), a past event
reported in the present ("officials say 17,000 fled"), a named day (not the day a source
spoke), a hazard as the agent ("the floods displaced") or the cause of a toll ("died in
the floods"), or being displaced in any form ("displace", "with 300,000 displaced"). A
conjunct with no time of its own shares the times of the one before it ("in the past 24
hours, 45 were killed and 113 injured"), and the past 24 hours ending the next conjunct
frames both ("25 died and 40 were hurt in the last 24 hours"); a rate or the past 24
hours after another figure belongs to that figure ("12,000 last week, or 1,700 a day").
A rate told before the number ("at an average daily rate of 3,186", "the daily death toll
rose to 300") is that number's; the past 24 hours is also "the latest 24-hour period" or
"a 24-hour period"; many operations or missions add up like many flights, but "the third
transport in five days" counts trips, no span; a span a "when" clause hangs on ("the
first two weeks of May, when 30,000 crossed") is its figure's; a comparison after the
figure ("the highest since 2014") names no span of it; a move that goes on ("continue to
flee"), a completed operation ("has completed the evacuation") and the parts of everyone
who did something, in every conjunct, are totals so far; a part of the figure before
("among these 4,441") shares its times; a perfect keeps its reading with "also" or
"still" inside it; a relative clause's past perfect is not the number's tense.
Sixth round (reports on cyclones, wildfires and returns across a border): a headline
that leads with a move writes the present perfect as a bare present or participle
("Thousands flee to ...", "160,000 evacuated as ...") and counts everyone so far; "in
all", "there have been", "recorded up to 15 June" add up; a report in the progressive or
the plural present ("is estimating", "authorities estimate") is known now; the day of a
coming event ("is likely to make landfall late Thursday") is not the count's; a conjunct
with no verb of its own ("12 died in the storm, 72 from landslides") shares the verb
before it, after a comma too; a count summed over a country, a region or several
districts is a tally; deaths "reported" or "confirmed" with no day of their own are a
toll; a perfect keeps its reading with a hyphenated participle ("pre-evacuated"); a span
of days that ends a clause longer than the window ("... in the days before the storm") is
read past it.
Seventh round (UN situation reports and flash updates on refugee flows, conflict
displacement, drought and an eruption): two days named together ("on 7 and 9 March"), a
span written with a dash ("on 3-4 May") and a week named by its days ("the week of 3-9
May") add up; a total that crosses a mark ("cross 3 million mark"), a part "among those
fleeing", a move told by a hazard as its cause ("arrived due to the drought", "causing the
evacuation of 902") and "displaced on <a place>" are totals so far; a list after a colon
whose lead clause states a total gives its parts; a period in brackets after the number
("830,000 (total)", "9,800 (last 24h)") is the number's; and the items of a list under a
heading that counts up to a point ("KEY FIGURES (as of 12 May)") are totals so far
(``heading_counts_up`` and ``list_item``, followed by the extractor); "within a time span
of 24 hours" is the past 24 hours, and the day of a date ("on May 10, within ...") is no
figure that cuts the clause read; "starting with 10 February" is since that day; a label
before a colon in a row that ends with the number ("IDPs displaced in May: 14,300") is read
as its clause; "the first half of June" and "between the last report and 14 June" add up.
Eighth round (wire stories on cyclones, floods, a tsunami and conflict displacement, and
evacuations of foreign nationals): a past perfect after a speech verb and "that" is a total
("officials said Friday that the waves had killed 9,400"), also with an irregular participle
("had sought refuge", "have begun moving"); a year or a month a "when" clause hangs on ("the
floods in 2015 when") is the figure's span; a day after "starting" is when a move began; a
span of days past a semicolon is another clause's, and one named past 90 characters counts
when no other figure stands between; "in the first few days" and "on Thursday and into
Friday" add up; people counted as a number that rises to a value ("Evacuees rise to
160,000") are a running total; the past 24 hours ending the next conjunct frames a perfect
too, read up to a later figure, with the next number also in words ("54 have been killed and
six injured in just 24 hours, as the toll ..."), and so does a span longer than a day ("300
died and 150,000 were treated during an outbreak in July 2002"); a number in an
introductory phrase ("Apart from 577 French people, 502 others have been evacuated") shares
the main clause's verb; a figure added on by "with" ("the toll stands at 92, with 30
injured") shares the times of the one before it; the indefinite "a total of" with a day of
its own ("A total of 2,870 crossed on Sunday") is that day's amount.
A simple past with none of these is one day's news: the caller's default, ``daily``, as
the labelling conventions read it.
"""

from __future__ import annotations

import re

from corridor.text.meaning import STOCKS, clause

# Words the patterns share.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# What drives people out: a storm, a flood, a fire, an eruption, fighting.
_HAZARD = (
    r"(?:storms?|cyclones?|hurricanes?|typhoons?|floods?|flooding|floodwaters?|deluge|rains"
    r"|downpours?|fires?|wildfires?|bushfires?|blazes?|quakes?|earthquakes?|aftershocks?"
    r"|tsunamis?|eruptions?|volcano|lava|droughts?|famine|landslides?|mudslides?|disaster"
    r"|fighting|violence|conflict|war|offensive|clashes|hostilities|unrest|insurgency"
    r"|epidemic|outbreak|crisis)"
)

# 1. A time the clause names outright.
# (also without the article, as situation reports and headlines write it: "in last 24 hours")
# ("24 hrs", "the past 24-hour period", "the 24 hours to 8 a.m.", "the last one day")
_DAY_OF_HOURS = r"(?:24[- ]hours?|24 hrs?)(?: period)?"
_TWENTY_FOUR = re.compile(
    r"\b(?:(?:in|over|during|within) (?:the )?"
    r"(?:past|last|previous|preceding|latest|most recent) (?:" + _DAY_OF_HOURS + r"|(?:one )?day)"
    r"|(?:in|over|during|within) the (?:first )?24 (?:hours|hrs)"
    r" (?:to|since|until|till|ending|ended|up to|after|following)"
    r"|(?:in|over|during|within) the first " + _DAY_OF_HOURS + r""
    # "in a 24-hour period", "over a single 24-hour span"
    r"|(?:in|over|during|within) a (?:single )?24[- ]hours? (?:period|span|window|stretch)"
    # "within a time span of 24 hours", "over a period of 24 hours"
    r"|(?:in|over|during|within) a (?:time )?(?:span|period|window) of (?:just )?24 (?:hours|hrs)"
    r"|(?:in|within) (?:just |only |under |less than )?" + _DAY_OF_HOURS + r")\b",
    re.I,
)
# "70,000 crossed, most in the past 24 hours": a part in 24 hours, so the whole is longer.
_PART_OF_IT = re.compile(r"\b(?:most|many|half|some|the majority|much)(?: of them)?,?\s+$", re.I)
# A toll or a tally ("the death toll rose to 640 on Sunday", "raising the tally to 90")
# counts everyone so far, whatever day it is given on.
_TOLL = re.compile(
    r"\b(?:toll|tally|death count|body count|number of (?:the )?(?:dead|deaths|victims"
    r"|fatalities|casualties))\b[^.;:]{0,40}?"
    r"\b(?:rose|rises|risen|climbed|climbs|jumped|jumps|reached|reaches|hit|hits|topped"
    r"|passed|exceeded|surpassed|increased|grew|stood|stands|is|was|to|at)\s+(?:to |at )?$",
    re.I,
)
# "Evacuees rise to 160,000", "the displaced have swelled to 40,000": people counted as a
# number that rises to a value are a running total, like a toll.
_RISEN_TO = re.compile(
    r"\b(?:evacuees|refugees|arrivals|displaced|IDPs|returnees|departures|crossings|dead"
    r"|deaths|fatalities|casualties|victims|injured|wounded)\b[^.;:]{0,40}?"
    r"\b(?:rose|rise|rises|risen|climbed|climb|climbs|swelled|swell|swells|ballooned|balloon"
    r"|balloons|jumped|jump|jumps|increased|increase|increases|grew|grow|grows|soared|soar"
    r"|soars|surged|surge|surges|mounted|mount|mounts)\s+to\s+$",
    re.I,
)
# "starting with February 10, 938,703 entered", "starting from 1 March": since a day (read on
# the words before the number, as "with" ends the clause read)
_STARTING = re.compile(
    r"\bstarting (?:with |from |on )?(?:\d{1,2} )?" + _MONTH + r"(?: \d{1,2}\b)?[^.;:]{0,40}$",
    re.I,
)
# "Refugees cross 3 million mark", "passed the 10,000 milestone": a total that reaches a
# round number counts everyone so far.
_MARK = re.compile(r"^\s*(?:[\w-]+\s+){0,1}?(?:mark|milestone|threshold)\b", re.I)
# "2,000 third-country nationals were among those fleeing": a part of everyone who moved.
_AMONG_ALL_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+|all\s+)?"
    r"(?:those|people|refugees|evacuees|arrivals|the people)\s+(?:who\s+(?:have\s+|had\s+)?)?"
    r"(?:fle\w*|fled|evacuat\w+|displac\w+|arriv\w+|cross\w*|left|leaving|escap\w+|return\w*)\b",
    re.I,
)
# A period in brackets right after the number, as flattened tables write it: "830,000
# (total); 9,800 (last 24h)", "2,450 (this week)".
_BRACKET_TOTAL = re.compile(
    r"^\s*(?:\w+\s+)?\((?:in\s+)?(?:total|cumulative|cumulatively|to date|so far|overall"
    r"|since \w+(?: \w+)?)\)",
    re.I,
)
_BRACKET_DAY = re.compile(
    r"^\s*(?:\w+\s+)?\((?:in\s+)?(?:the\s+)?(?:last|past|previous)\s+(?:24\s?(?:h|hrs?|hours)"
    r"|day)\)",
    re.I,
)
# "since this morning", "since dawn": a period within one day.
_WITHIN_DAY = re.compile(
    r"\bsince (?:(?:early |late )?(?:this |the )?(?:morning|afternoon|evening)|dawn"
    r"|daybreak|first light|sunrise|midnight"
    r"|noon|midday|lunchtime|\d{1,2}(?:[.:]\d\d)? ?[ap]\.?m\b)"
    r"|\bovernight\b|\bin (?:a single|one|a) day\b(?! (?:earlier|later|before|after))"
    # "within hours", "in a matter of hours": hours with no number are under a day too
    r"|\b(?:in|within) (?:(?:a matter|a couple|a few) of |just |only |mere |a few )?hours\b"
    # "in the first hours after the dam burst", "during the early hours"
    r"|\b(?:in|within|during) the (?:first|early|opening|final|last) (?:few )?hours\b",
    re.I,
)
# "between 10 and 15 September", "from May 3 to 9", "from August 31 to September 7": a
# span of days, wherever the clause is cut ("and 15" may start a clause of its own).
_DATE = r"(?:\d{1,2}(?:st|nd|rd|th)? " + _MONTH + r"|" + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?\b)"
_DATE_RE = re.compile(_DATE)
_SPAN_OF_DAYS = re.compile(
    r"\b(?i:between|from) (?:\d{1,2}(?:st|nd|rd|th)? (?:and|to|-|–) ?\d{1,2}(?:st|nd|rd|th)?"
    r" [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2} (?:and|to|-|–) ?\d{1,2}\b)"
    # ("on Thursday and into Friday": an operation that ran over two days)
    r"|\b[A-Z][a-z]+day (?:and|to|through|and into) [A-Z][a-z]+day\b"
    r"|\b(?i:between|from) "
    + _DATE
    + r",? (?i:and|to|until|till|through|-|–) ?"
    + _DATE
    # "3-9 May", "May 3–9": a span of days written with a dash, with no preposition
    + r"|\b\d{1,2}(?:st|nd|rd|th)?\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)? "
    + _MONTH
    + r"|\b"
    + _MONTH
    + r" \d{1,2}\s?[-–]\s?\d{1,2}\b"
    # "between the last report and 14 June": from one report to a day
    + r"|\b(?i:between|from) (?i:the|its|our) (?i:last|previous|latest|preceding)"
    r" (?:[\w-]+ )?(?i:report|update|sitrep|bulletin|briefing) (?i:and|to|until)\b"
    # "on 7 and 9 September", "on May 3 and 4": two days named together add up
    + r"|\b(?i:on) (?:\d{1,2}(?:st|nd|rd|th)? (?i:and|&) \d{1,2}(?:st|nd|rd|th)? "
    + _MONTH
    + r"|"
    + _MONTH
    + r" \d{1,2}(?:st|nd|rd|th)? (?i:and|&) \d{1,2}\b)"
)
_OWN_DAY_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,3}?(?:(?:on|last) (?i:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|today|yesterday|on \d{1,2} [A-Z][a-z]+|on [A-Z][a-z]+ \d{1,2})\b"
)
# "including 2,400 who crossed the border on Wednesday": a relative clause of the number's
# own with a day and no subordinator before it ("who have fled since the quake on Monday").
_OWN_DAY_RELATIVE = re.compile(
    r"^\s*(?:who|that)\s+(?:(?!(?:since|after|following|when|before|until|by|from)\b)[a-z]+\s+)"
    r"{1,5}?(?:on|last) (?i:mon|tues|wednes|thurs|fri|satur|sun)day\b"
)
# "5,000 a week", "per month", "weekly": a rate over more than a day adds up days.
_LONG_RATE = re.compile(
    r"\b(?:(?:a|per|every|each) (?:week|fortnight|month|year)|weekly|monthly)\b"
    r"(?! (?:earlier|later|before|after|ago|on|into)\b)",
    re.I,
)
# "Every month, 2,000 return": the same rate put before the number.
_LONG_RATE_BEFORE = re.compile(
    r"\b(?:every|each|per) (?:week|fortnight|month|year)\b"
    r"(?! (?:earlier|later|before|after|ago)\b)",
    re.I,
)
# "ahead of the cyclone's landfall", "in the run-up to the storm", "in preparation for the
# typhoon", "pre-emptively evacuated": moving people out in anticipation of a coming
# hazard takes the days of warning. (A bare "before the storm" or "as a precaution" is
# left to the tense: the dev labels read "left before the storm" as one day's news.)
_AHEAD = re.compile(
    r"\b(?:ahead of|in the run-?up to|in anticipation of|in preparation for"
    r"|in expectation of"
    # (a pre-emptive move of people, not a pre-emptive strike)
    r"|pre-?emptive(?:ly)?(?= (?:\w+ )?(?:evacuat|mov|relocat|shift|transfer|remov|clear|flown"
    r"|airlift|bus|ferr|took|taken)))",
    re.I,
)
_RATE_WORD = re.compile(
    r"\b(?:daily|every day|each day|per day|a day|nightly|every night|each night|per night"
    r"|day after day|night after night)\b"
    r"(?! (?:(?:earlier|later)(?! (?:this|last|in)\b)|before|after))",
    re.I,
)
# "Every night, 50 children are buried", "each day, 300 cross": a rate per day put before
# the number.
_DAY_RATE_BEFORE = re.compile(
    r"\b(?:every|each) (?:single )?(?:day|night)\b(?! (?:earlier|later|before|after|ago)\b)",
    re.I,
)
# "at an average daily rate of 3,186", "a daily average of 1,300", "the daily death toll rose
# to 300": a rate told before the number is that number's; per day it is one day's, per week
# or month it adds up days.
_RATE_BEFORE = re.compile(
    r"\b(?P<unit>daily|weekly|monthly|(?:per|a|each) (?:day|week|month)|day's|week's|month's)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:average|rate|mean|toll|number|figure|count|tally|total)s?\b"
    r"[^;.\d]{0,60}?(?:\b(?:of|at|to|was|is|were|are|reached|hit|from|stood at|stands at"
    r"|topped|passed|exceeded)|,|\bfrom [\d,.]+ to)\s+$",
    re.I,
)
# "Daily arrivals have risen to 4,000", "daily crossings were averaging around 1,500": a flow
# told as a rate per day in the subject is that rate, also in a second conjunct after an
# earlier value ("averaging 1,500 ten days ago but have risen to 4,000").
_FLOW = (
    r"(?:arrivals|departures|crossings|evacuations|deaths|fatalities|casualties|admissions"
    r"|registrations|returns|entries|influx|inflows?|outflows?|movements)"
)
_RATE_SUBJECT = re.compile(
    r"\b(?P<unit>daily|weekly|monthly)\s+(?:[\w-]+\s+){0,2}?" + _FLOW + r"\b"
    r"[^;.]{0,80}?\b(?:(?:were|was|are|is|have been|has been|had been) )?"
    r"(?:averag(?:ed|ing|e)|(?:ris|r[io]s|climb|jump|grow|grew|increas|fall|fell|dropp|declin"
    r"|surg|soar|doubl|tripl)\w*(?: again)? to|stood at|reached|hit|topped|exceeded|passed)"
    r"(?:\s+(?:around|about|some|roughly|nearly|almost|over|more than|at least|up to"
    r"|an estimated))?\s+$",
    re.I,
)
# "in 12 hours", "over the past 48 hours", "in the last few hours": under a day is one day.
_HOURS = re.compile(
    r"\b(?:in|over|during|within) (?:(?:the )?(?:past|last|previous|preceding|first|next) )?"
    r"(?:just |only |under |less than |about |nearly |more than )?"
    r"(\d{1,3}|few|several|couple of|a few|a couple of) hours\b",
    re.I,
)
# "in a 12-hour operation", "during the 72-hour window": hours told as an adjective.
_HOURS_LONG = re.compile(
    r"\b(?:in|over|during|within) (?:the|a|an|its|their) (?:first |past |last |whole )?"
    r"(\d{1,3})[- ]hours?\b(?![- ]old\b)",
    re.I,
)
# One vehicle, one trip: "a plane with 195 passengers", "the first ship carrying 261",
# "arrived on a cruise liner", "aboard the second evacuation flight". Several ("three
# flights", "buses") add up.
_ONE_VEHICLE = re.compile(
    r"\b(?:(?i:a|an|the|one|its|their|his|her|another)|[A-Z]\w+['’]s)\s+"
    r"(?:(?:first|second|third|fourth|fifth|last|final|latest|next|single|new|only|chartered"
    r"|special|military|civilian|commercial|naval|navy|government|evacuation|rescue|relief"
    r"|cruise|cargo|passenger|charter|Red Cross|UN|[A-Z]\w+)[- ]){0,3}"
    r"(?:flight|plane|aircraft|airplane|jet|airliner|airbus|boeing|helicopter|chopper|ship"
    r"|vessel|ferry|boat|liner|frigate|destroyer|warship|bus|coach|train|truck|lorry"
    r"|convoy|caravan|sortie|trip|voyage)\b"
    r"(?![-'’]|\s+(?:station|terminal|stop|depot|line|route|service|company|operator)s?\b)"
)
# "including 600 on a single ferry", "among them 330 aboard a frigate": a part with a
# vehicle of its own is that one trip's, whatever span the whole adds up.
_PART_BEFORE = re.compile(
    r"\b(?:including|among (?:them|whom|those|these)|of (?:them|whom|these|those))\s+$", re.I
)
# ", including 479 children,": a part set off by commas, after which the whole's clause goes on.
_PART_ASIDE = re.compile(r",\s*(?:including|among them|of (?:them|whom))\s+\d[^,;.:]*,", re.I)
_OWN_VEHICLE_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:on|aboard|on board|in|by|via)\s+" + _ONE_VEHICLE.pattern
)
# "crossed on Tuesday, the highest number since the crisis began in 2014": a comparison
# put after the figure names another span, not the figure's. (A bare "most" is a part:
# "70,000 crossing, most in the past 24 hours".)
_COMPARISON = re.compile(
    r",\s*(?:(?:a|an|the|its|their)\s+(?:new\s+|all-time\s+)?(?:record|highest|largest"
    r"|biggest|greatest|lowest|smallest|fewest|most)|(?:new\s+)?record)\b.*",
    re.I | re.S,
)
# "since" starts a period ("since Monday", "since the quake"), unless it is the adverb
# "later" before a verb ("the majority has since returned").
_SINCE = r"since(?!\s+(?:been|become|\w+ed|left|gone|fled|come|taken|made|moved on)\b)"
_RUNNING = re.compile(
    r"\b(?:so far|in total|a total|to date|altogether|in all|" + _SINCE + r"|already|overall"
    r"|until)\b",
    re.I,
)
# A time longer than a day that the clause names: a span of days, weeks or months ("in
# the following days", "within weeks", "over three days", "during the first week"), a
# month or a year ("in March", "in 2002", "the 1999 floods"). What happened in it adds up.
_LONG_SPAN = re.compile(
    r"\b(?i:in|over|during|within|throughout|across|in the space of)"
    r" (?:(?i:less than|under|just|only|about|nearly|more than) )?"
    r"(?:(?i:the|a|its|their) )?(?:(?i:following|next|coming|first|past|last|previous"
    r"|preceding|subsequent|ensuing|several|few|couple of|two|three|four|five|six|seven"
    # (two of them: "in just the first few days of the year", "over the past three days")
    r"|eight|nine|ten|\d+) ){0,2}(?:(?i:consecutive|successive|straight|full|long) )?"
    r"(?i:days|nights|weeks|months|years|fortnight)\b"
    r"|\b(?i:in|over|during|within|throughout) (?:the )?(?i:first|second|third|following"
    r"|past|last|previous) (?i:week|month|year|fortnight|quarter)\b"
    r"|\b(?i:in|over|within|in the space of) (?:(?i:less than|under|just|only|about|nearly"
    r"|more than) )?(?i:a|one|a single|the same) (?i:week|month|year|fortnight)\b"
    r"|\b(?i:in the (?:days|weeks|months) (?:that|which) followed)\b"
    # "in the week to Sunday", "over the course of the week", "between January and March"
    r"|\b(?i:in|during|over) the (?i:week|fortnight|month|year)"
    r" (?i:to|ending|ended|through|until|up to)\b"
    # "in the first half of June", "during the second half of 2022"
    r"|\b(?i:in|during|over|throughout) the (?i:first|second|last|latter|early) (?i:half|part)"
    r" of\b"
    # "in the week of 3-9 May", "during the week beginning 12 June": a week named by its days
    r"|\b(?i:in|during|over|for) the (?i:week|fortnight)"
    r" (?i:of|beginning|starting|commencing|from)\b"
    r"|\b(?i:over|in|during) the course of (?:(?i:the|a|that|this) )?(?:\w+ )?"
    r"(?i:days|week|weeks|month|months|year|weekend)\b"
    r"|\b(?i:between|from) " + _MONTH + r" (?i:and|to|until|through) " + _MONTH + r"(?! \d)"
    r"|\b(?i:in|during|throughout|by) (?:(?i:early|late|mid)[- ]?)?"
    r"(?:" + _MONTH + r"(?: (?:19|20)\d\d)?|(?:19|20)\d\d)\b(?! \d)"
    # "during the two-week siege", "in a three-day operation": a span told as an adjective
    r"|\b(?i:in|over|during|within|throughout|across) (?:(?i:the|a|an|its|their|this|that) )?"
    r"(?:(?i:first|last|past|whole|entire|following) )?"
    r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|several|multi|[2-9]|\d\d+)[- ](?i:day|week|month|year|night)s?(?:[- ](?i:long))?\b"
    r"(?![- ](?i:old)\b)"
    # "a week-long airlift", "three-day evacuations": the same adjective with no preposition
    r"|\b(?:(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|several|multi|[2-9]|\d\d+)-(?i:day|week|month|year|night)s?"
    r"(?:-(?i:long))?|(?i:days?|weeks?|months?|years?|nights?|fortnight)-(?i:long))\b"
    r"(?![- ](?i:old|olds|ago|later|earlier)\b)"
    # "over Easter", "during Ramadan": a holiday of several days
    r"|\b(?i:over|during|throughout|across) (?:the )?(?:Easter|Christmas|New Year|Ramadan|Eid"
    r"|Diwali|Lent|Passover|(?i:the) (?i:holidays|holiday period|festive season))"
    r"(?! (?:Day|Eve|Sunday|Monday|morning|night)\b)"
    # "during the monsoon season", "throughout the summer": a season is many days
    r"|\b(?i:in|during|over|throughout|across) (?:(?i:the|this|last|that|its|their) )?"
    r"(?:[\w-]+ )?(?i:season|summer|winter|spring|autumn|monsoon)(?: (?i:season|months))?"
    r"(?=\s*(?:[,.;:#]|$|(?i:of|in|at|on|and|when|as|to|from|across|along)\b))"
    r"|\b(?i:the) (?:19|20)\d\d (?:[\w-]+ ){0,2}?(?i:"
    + _HAZARD
    + r"|evacuation|exodus|siege|airlift|displacement|accident|disaster|explosion|blast"
    r"|meltdown|leak|spill|collapse|attack|massacre|genocide|invasion|coup)\b"
)

# "the first two weeks of May, when 30,000 crossed", "the previous ten days, during which
# 12,000 arrived": the span of days a "when" clause hangs on is its figure's.
_SPAN_WHEN = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen"
    r"|twenty|thirty|several|few|couple of) (?:days|nights|weeks|months)|week|weekend|fortnight"
    r"|month)(?: of [\w.]+)?,? (?:when|during which|in which|over which)\s+$"
    # "the floods in 2011 when", "in March, when": a year or a month the clause hangs on
    # (not "the 3rd of March, when": one day)
    r"|\b(?:(?:in|during|throughout) (?:(?:early|late|mid)[- ]?)?" + _MONTH + r"(?: (?:19|20)\d\d)?"
    r"|(?:in|during|of|throughout) (?:(?:early|late|mid)[- ]?)?(?:19|20)\d\d)"
    r",? (?:when|during which|in which)\s+$",
    re.I,
)
# "the second seaborne transport in three days": an ordinal trip counts trips in a span, it
# is no span of the figure.
_ORDINAL_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# A completed operation ("has completed the evacuation", "finished its airlift") counts
# everyone it moved.
_COMPLETED = re.compile(
    r"\b(?:complet(?:ed|es|ing)|finish(?:ed|es|ing)|conclud(?:ed|es|ing)|wrapped up|ended)\s+"
    r"(?:(?:the|its|their|his|her|our|a)\s+)?(?:[\w-]+\s+){0,2}?(?:evacuations?|airlifts?"
    r"|sealifts?|operations?|relocations?|withdrawals?|repatriations?|rescues?|exercises?)\b",
    re.I,
)
# "the operation, which lasted nine days": an event said to last days (a journey that
# lasted days ends on a day, so a named day wins).
_LASTED = re.compile(
    r"\b(?:lasted|lasting|lasts|spanned|spanning) (?:(?:about|nearly|almost|more than|over"
    r"|just|some) )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|several|many|a few|[2-9]|\d\d+) (?:days|weeks|months|years)\b",
    re.I,
)

# "fled when the fighting resumed in April": what happened at the time of a clause of
# "when" or "as" shares its time.
_WHEN = re.compile(r"\s*(?:when|as|while)\b[^,;.:]*", re.I)

# "Apart from 577 French people, 502 others have been evacuated", "Besides 300 Britons, 120
# Germans were flown out on Monday": a number in an introductory phrase shares the verb of the
# main clause after it.
_INTRO_PART = re.compile(
    r"(?:^|[.;:!?]\s+|\n)(?:apart from|aside from|besides|in addition to|on top of)"
    r"\s+(?:(?:about|around|some|nearly|almost|over|more than|at least|roughly)\s+)?$",
    re.I,
)
# A span of days that ends a clause longer than the window read ("... in the days before the
# storm", "... over the following week"), with no other clause on the way.
_WINDOW = 120
_OTHER_CLAUSE = re.compile(
    r"\b(?:but|while|whereas|when|because|although|though|after|which|who|where|and then)\b"
    r"|,\s*(?:as|and|with)\b",
    re.I,
)
_FINAL_DAYS = re.compile(
    r"\b(?:in|over|during) the (?:days|weeks|months) (?:before|since|after|that followed)\b"
    r"|\b(?:in|over|during) the (?:following|next|past|previous|preceding|last) (?:few |several "
    r"|two |three |four |five )?(?:days|weeks|months)\b"
    r"|\bin recent (?:days|weeks|months)\b",
    re.I,
)
# A headline writes what has happened so far in the bare present or a bare participle
# ("Thousands flee to Uganda", "160,000 evacuated as cyclone nears"): for a move, the figure
# that leads it is a total so far, like the present perfect of the report below it. A day,
# a rate or one vehicle named in it is read first ("1,500 airlifted out Thursday").
_MOVES = ("evacuated", "arrived")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_HEADLINE_WORDS = 20
# Nothing of its own clause before the number, or a clause ended by a comma or a dash
# ("Newsom declares emergency, thousands evacuated").
_HEADLINE_HEAD = re.compile(r"\s*|.*(?:,|\s[-–—])\s*", re.S)
# The number's noun phrase (up to five words: "of people in Pakistan") then its own verb,
# with no auxiliary or modal ("will", "to", "could"), not a preposition or a conjunction.
_HEADLINE_VERB = re.compile(
    r"^\s*(?:['‘’\"]?[\w'’-]+['’\"]?\s+){0,5}?['‘\"]?"
    r"(?!(?:in|on|at|of|for|to|from|with|by|as|and|or|are|is|were|was|will|would|could|can"
    r"|may|might|must|should|shall|to|not|who|that|which|have|has|had|be|been|being|still"
    r"|yet|more|people|residents|refugees)\b)"
    r"(?i:(?:\w+-)?\w+ed|flee|flees|fled|evacuate|evacuates|arrive|arrives|arrived|cross|crosses"
    r"|crossed|leave|leaves|left|return|returns|returned|escape|escapes|escaped|moved|relocated"
    r"|airlifted|rescued|repatriated|displaced|forced|ordered|seek|seeks|head|heads|stream"
    r"|streams|pour|pours|enter|enters|reach|reaches|taken|bused|bussed|ferried|flown|pulled)\b"
)

# 2. The tense of the number's verb and the adverbials around it.
# "the ministry said on Sunday", "told reporters Tuesday": the day a source spoke, not the
# day of what it reports.
_SPEECH_DAY = re.compile(
    r"\b(?:said|says|say|told(?: \w+){0,2}|announced|reported|confirmed|added|stated|tweeted"
    r"|wrote|posted|estimated|warned)"
    r"(?: (?:on|late|early|last))? (?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day(?: (?:morning|afternoon|evening|night))?)\b",
    re.I,
)
# "As the cyclone is likely to make landfall late Thursday night, 94,000 have been
# evacuated": the day of a coming event (expected, likely, due, set to) is not the day of
# the count.
_FORECAST_DAY = re.compile(
    r"\b(?:expected|likely|due|forecast|predicted|set|scheduled|poised|about) to\b"
    r"[^,;.#]{0,70}?\b(?:on |late |early |by )?(?:today|tonight|tomorrow"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?)\b",
    re.I,
)
# A count up to a point in time ("by midday", "as of 6 a.m.", "by Thursday") or over
# several trips or days ("the first two flights") adds up more than one day.
_UP_TO = re.compile(
    r"\b(?:by (?:the time\b|midday|noon|nightfall|(?:late |early )?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the end of|\d+(?:[.:]\d+)? ?[ap]\.?m"
    r"|\d+ (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d+)"
    r"|as (?:of|at) (?:\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|midday|noon|now|the end|today|yesterday"
    r"|tonight|this (?:morning|afternoon|evening)|last night|press time|(?:the time of )?writing"
    r"|(?:the )?latest|(?:the )?last count|(?:the )?(?:last|latest) update)"
    # "recorded up to 15 June", "through 3 March", "up to and including 9 May": a count up
    # to a day (not "up to 500 people")
    r"|(?:up to|up until|up till|through|to the end of)(?: and including)?"
    r" (?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)"
    # (not how long something took: "a journey that lasted three days")
    r"|(?<!lasted )(?<!lasting )(?<!took )(?<!taking )(?<!for )"
    # ("a series of flights", "dozens of sorties", "successive convoys": as many as a number)
    r"(?:two|three|four|five|several|multiple|numerous|many|dozens of|scores of|successive"
    r"|repeated|a (?:series|number|string|succession|couple) of|\d+) (?:[\w-]+ ){0,2}?"
    r"(?:flights|convoys|trips|rounds|batches|sorties|voyages|airlifts|phases|stages|waves"
    # (rescue operations and missions are trips too: "rescued in 753 operations")
    r"|operations|missions|rotations|shuttles|days|weeks))\b"
    # "two days later", "three days after the quake": a point in time, not a span
    r"(?!\s+(?:later|after|earlier|before|ago|into)\b)",
    re.I,
)
# Several trips of one kind ("two flights", "three convoys"): a day named with them
# makes them that day's.
_TRIPS = re.compile(
    r"(?:\S+ ){1,3}(?:\w+ )?"
    r"(?:flights|convoys|trips|rounds|batches|sorties|voyages|airlifts|waves|operations"
    r"|missions|rotations|shuttles)",
    re.I,
)
# "as of yesterday", "as at this morning": a count up to a point, whatever day it names
_AS_OF = re.compile(r"\bas (?:of|at)\b", re.I)
_TODAY = re.compile(r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening))\b", re.I)
_SO_FAR = re.compile(r"\bso far\b|\bin total\b|\b" + _SINCE + r"\b", re.I)
_CUMULATIVE = re.compile(
    r"\b(?:so far|" + _SINCE + r"|in total|total|to date|bringing the|has reached|have reached|now"
    r"|in recent (?:days|weeks|months)|in the (?:days|weeks|months) (?:before|since|after)"
    r"|(?:in|over) the (?:past|last|previous|preceding)"
    r" (?:week|month|fortnight|\w+ (?:days|weeks|months))"
    r"|until|cumulative(?:ly)?|thus far|as yet|up to now|to-date|hitherto|all told"
    r"|in (?:the )?aggregate"
    r"|altogether|overall|previously|the latest of|already|till"
    # "In all, 4,300 were evacuated", "4,300 people in all" (not "in all districts")
    r"|in all(?=\s*(?:[,.;:#)]|$))"
    # "There have been 632,000 returns": a count put in the present perfect of "be"
    r"|there (?:have|has|had) (?:now |so far |already )?been"
    r"|(?:in|during|over|for) (?:that|this|the) (?:same |reporting |review |whole |entire )?period"
    r"|(?:over|during|throughout|this|last|earlier this) (?:the )?(?:[\w-]+ )?"
    r"(?:weekend|week|month|year)"
    r"|(?:on|at) (?:the|this|last) weekend"
    r"|having (?:been )?\w+"
    r"|(?:believed|said|reported|thought|estimated|known) to have \w+"
    r"|(?:between|from) \d{1,2} (?:and|to) \d{1,2} [A-Z]?[a-z]+)\b",
    re.I,
)
# A past participle: regular, or one of the irregular ones reports of moves and tolls use.
_PARTICIPLE = (
    r"(?:(?:\w+-)?\w+ed|left|fled|gone|come|taken|flown|driven|brought|swept|seen|got|made|put"
    r"|kept|risen|grown|sent|lost|sought|found|fallen|run|become|held|withdrawn|drawn|ridden"
    r"|begun|slain|struck|shot)"
)
_PERFECT = re.compile(
    r"(?<!\bto )(?:\b(?:has|have)|['’]ve)\s+"
    r"(?:now\s+|already\s+|also\s+|still\s+|been\s+|so far\s+|thus far\s+"
    r"|previously\s+|together\s+|\w+ly\s+)*"
    r"(?:"
    + _PARTICIPLE
    # the progressive of the perfect, "have been arriving", runs up to now as well
    + r"|(?<=been )\w{2,}ing)\b",
    re.I,
)
# A day after a subordinator dates another event ("have fled since the quake on Monday").
_SUBORDINATE = re.compile(
    r"\b(?:after|following|since|when|before|as|until|till|by|from|amid|because|while"
    # "have been moved to shelters starting Saturday": the day a move began, not its day
    r"|starting|beginning|commencing)\b",
    re.I,
)
# "830 workers arrived on buses and have been taken to Tunis": a perfect joined by "and"
# is a second predicate; the number's own verb is the first.
_SECOND_PERFECT = re.compile(r"\band\s+$", re.I)
# "said 4,000 had crossed", "UN data showed 2.6 million had fled": the number's own verb
# in the past perfect counts everyone up to the day it was said.
# (not through a relative clause: "45 children arrived who had been parted from their
# families" arrived on the day told)
_OWN_PLUPERFECT = re.compile(
    r"^\s*(?:(?!(?:who|whom|whose|which|that|after|when|because|since|as|before)\b)"
    r"[\w'’-]+\s+){0,4}?had\s+(?:now\s+|already\s+|also\s+|still\s+|\w+ly\s+)*(?:been\s+)?"
    r"(?:" + _PARTICIPLE + r"|ran)\b",
    re.I,
)
# "the army said troops had rescued 5,100 villagers", "officials said Friday that the surge had
# killed 9,400": the same past perfect before the number, in reported speech, unless a day
# of its own follows ("said it had rescued 65 on Tuesday").
_PLUPERFECT_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|added|confirmed|estimated|according to)\b"
    r"[^;:.]{0,60}?\bhad\s+(?:now\s+|already\s+|also\s+|so far\s+|\w+ly\s+)*(?:been\s+)?"
    + _PARTICIPLE
    + r"\s+$",
    re.I,
)
# A report in the present tense ("officials say", "the agency reports") frames what it
# reports as known now: a past event in it is a total so far, like a perfect.
# (also in the progressive, "Alberta is estimating", "officials are reporting", and the plural
# "authorities estimate", not the noun "an estimate of")
_REPORTS_NOW = re.compile(
    r"\b(?:says?|reports|estimates|believes?|shows?|estimate(?! of\b)"
    r"|(?:is|are|'s|’s|'re|’re) (?:now )?(?:saying|reporting|estimating|telling \w+))\b",
    re.I,
)
# "Thousands continue to flee", "new arrivals keep coming": a move said to go on has been
# going on up to now, a total so far. (The bare present of a headline, "Thousands flee to
# the border", is left to the default: the dev labels read it both ways.)
_GOES_ON = re.compile(
    r"^\s*(?:of\s+)?(?:(?!(?:on|in|at|of|for|to|from|with|by|will|would|could|can|may|might|must"
    r"|should|shall|did|do|does|not|who|that|which)\b)[\w'’-]+\s+){0,3}?(?:still\s+)?"
    r"(?:continues?|continued|continuing|keeps?|kept|keeping) (?:to \w+|on \w+ing|\w+ing)\b",
    re.I,
)
# One day: a weekday (also abbreviated, "on Tue."), "yesterday", "last night", a day told
# from another ("the day before", "that day", "a day later") or a date ("on 22 May", "on
# Feb. 9", "Thursday's evacuation").
_DAY = re.compile(
    r"\b(?:(?i:today|yesterday|tonight|last night|this (?:morning|afternoon|evening)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:that|the same|the previous|the next|the following|the preceding) (?:day|night)"
    r"|(?:a|the) day (?:earlier|later|before|after)"
    r"|(?:on|during) (?:the|its|their) (?:first|second|third|last|final|opening) (?:day|night))\b"
    r"|(?i:on) (?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?"
    r"|(?i:on|the night of) (?:\d{1,2}(?:st|nd|rd|th)?(?:/\d{1,2})? "
    + _MONTH
    + r"|"
    + _MONTH
    + r" \d{1,2}(?:st|nd|rd|th)?\b))"
)
# "45 people were killed and 113 injured", "18 died, while 17 were hurt": a conjunct joined
# to the one before it, and a number in that one.
_JOINED = re.compile(r"(?:,?\s*\band|,|;|\bwhile|\bwhereas)\s+(?:[a-z]+\s+){0,2}$", re.I)
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# Another figure in the clause (not the 24 of "24 hours", a time, a span of days or a count
# of trips or vehicles): what follows it belongs to it ("1,136, with 119 deaths over the
# past day").
_FIGURE = re.compile(
    r"\b(?:\d[\d,.]*\d|\d)\b"
    r"(?![- ]?(?:hours?|hrs?|days?|nights?|weeks?|months?|years?|[ap]\.?m\b|per ?cent|%))"
    # (nor a count of trips or vehicles: "boarded 60 evacuation flights in the past 24 hours")
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:flights|planes|aircraft|helicopters|buses|boats|ships|ferries"
    r"|trucks|vehicles|convoys|trips|sorties|operations|missions)\b)"
)
# "25 persons died and 40 got injured during the last 24 hours": the next conjunct, which
# starts with a figure of its own.
# (the next number also in words: "54 have been killed and six others injured")
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|dozens|scores|hundreds|thousands)\b"
)
_NEXT_CONJUNCT = re.compile(
    r"^[^.;:]*?\band\s+(?:[a-z]+\s+){0,2}?(?=\d|" + _NUMBER_WORD + r")", re.I
)
_WORD_FIGURE = re.compile(r"\s*" + _NUMBER_WORD, re.I)
# "60,000 have been affected and 4,200 evacuated": a participle right after the number,
# with no auxiliary of its own, shares the perfect before the "and".
_GAP_AFTER = re.compile(r"(?:\band|,)\s+(?:[a-z]+\s+){0,2}$")
_BARE_PARTICIPLE = re.compile(
    r"^\s*(?:\w+ed|left|fled|driven|taken|flown|made|sent|brought)\b"
    r"(?!\s+(?:by|to|the|a|an|their|his|her|its|our|them|us|him|it)\b)"  # an object: active
)
# "with 16 deaths reported", "23 fatalities have been confirmed": deaths counted as reported
# or confirmed, with no day of their own, are the toll so far.
_REPORTED_TOLL = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:deaths|dead|fatalities|bodies)\s+(?:have been |has been |were "
    r"|had been |now )?(?:(?:officially|so far) )?(?:reported|confirmed|recorded|registered"
    r"|counted|verified)\b",
    re.I,
)
# "Authorities evacuated 300,000 people across the country", "in both nations", "from eight
# districts": a count summed over a country, a region or several named units of one is a
# tally of everyone moved in the operation, not one day's news (a day named wins).
_NUMBER_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)"
_WIDE_SCOPE = re.compile(
    r"\b(?:across|throughout) the (?:country|nation|state|province|region|island|county"
    r"|territory)\b|\b(?:nationwide|statewide|countrywide|province-wide)\b"
    r"|\bin (?:both|the two) (?:countries|nations)\b"
    r"|\b(?:from|in|across|of) (?:the )?"
    + _NUMBER_WORD
    + r" (?:[\w-]+ )?(?:districts|provinces|states"
    r"|regions|countries|islands|counties|municipalities|governorates|prefectures)\b",
    re.I,
)
# "12 died due to the storm, 72 from landslides, six from floodwaters": a conjunct with no
# verb of its own, only a phrase of place or cause up to the next break, shares the verb
# before it, tense and all.
_GAPPED = re.compile(
    r"^\s*(?:(?!\w+ed\b|(?:fled|left|went|came|ran|got|took|flew|drove|rode|fell|died"
    r"|made|sent|brought)\b)[\w'’-]+\s+){0,2}?"
    r"(?:from|in|at|across|into|to|of|on|through|via|by)\s"
    r"[^,;:.]{0,60}?(?=\s*(?:[,;:.]|$|\band\b|\bwhile\b))(?![^,;:.]{0,60}?\b(?:were|was|are|is"
    r"|have|has|had|will|would)\b)",
    re.I,
)
# "Of those who fled, 11,000 reached the coast", "among the 40,000 who have left": the
# parts of everyone who did something share that group's span, a total so far.
_PARTS_OF_ALL = re.compile(
    r"\b(?:of|among) (?:all )?(?:those|the [\w,.-]+(?: [\w-]+){0,2}?) (?:who|that)"
    r" (?:have |has |had )?(?:been )?\w+"
    # "Of the 50,000-odd evacuees, 18,000 were shifted to Kutch": the parts of a stated
    # number of people who moved
    r"|\b(?:of|among) (?:the|these|those|all) (?:\d[\d,.]*\d|\d)(?:-odd| or so)?"
    r" (?:evacuees|returnees|arrivals|new arrivals|deportees|escapees)\b",
    re.I,
)
# A hazard as the agent of what befell the people ("the floods displaced 40,000", "the
# fighting has forced 12,000 to flee", "90,000 driven from their homes by the fire"): the
# count is what the hazard has done so far, a running total like a toll, unless a day is
# named.
_HAZARD_AGENT = re.compile(
    r"\b(?P<hazard>" + _HAZARD + r")\b(?:,\s*(?:which|that))?[^,;.]{0,50}?\s"
    r"(?:has |have |had )?(?:\w+ly )?"
    r"(?:\w+ed|left|driven|drove|sent|made|uprooted|forced"
    # the present of a headline ("Floods displace 200,000") tells a past event
    r"|displaces?|uproots?|forces?|drives?|sends?|leaves?|kills?|injures?)\s*$",
    re.I,
)
# "amid the fighting, troops evacuated 300": a hazard in a phrase of its own is no agent.
_GOVERNED = re.compile(
    r"\b(?:amid|amidst|during|after|before|since|despite|from|by|to|in|with|over|because of"
    r"|due to|ahead of|fleeing|fled|flee|escaping|escaped|escape)"
    r"\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_BY_HAZARD = re.compile(
    r"^[^,;.]{0,40}?\b(?:displaced|uprooted|evacuated|killed|injured|hurt|affected|forced"
    r"|driven|chased|made|left)\b(?: (?:homeless|out|away|from (?:their |its )?\w+))?"
    r" by (?:the |a |an |this |that |its |[A-Z]\w+['’]s )?(?:[\w-]+ ){0,2}?" + _HAZARD + r"\b",
    re.I,
)
# "601 died in rains and floods", "200 were injured during the eruption": a toll whose
# cause is a hazard counts what the hazard has done so far (a single incident, "in a
# fire", "in the fire at the market", "in the landslide", "in an air strike", is one
# day's news).
_IN_HAZARD = re.compile(
    r"^[^,;.]{0,40}?\b(?:died|dead|drowned|perished|killed|injured|hurt|wounded)\b"
    r" (?:in|during|amid|from|due to|because of|as a result of)"
    r" (?:the |this |that |its )?(?:(?!(?:a|an|one|single)\b)[\w-]+ ){0,2}?"
    r"(?!(?:landslides?|mudslides?)\b)" + _HAZARD + r"\b(?![^,;.]{0,30}\b(?:at|on)\b)",
    re.I,
)
# "65,000 people arrived due to the drought", "fled because of the fighting": a move told
# by its cause, a hazard, is what the hazard has driven so far, like "died in the floods".
_MOVE_FOR_HAZARD = re.compile(
    r"^[^,;.]{0,50}?\b(?:fled|arrived|left|moved|relocated|evacuated|displaced|migrated|came"
    r"|crossed|sought refuge|took refuge)\b[^,;.]{0,40}?\b(?:due to|because of|as a result of"
    r"|owing to)\s+(?:the |this |that |its |their )?(?:[\w-]+ ){0,2}?" + _HAZARD + r"\b",
    re.I,
)
# "the eruption affected eight sub-districts, causing the evacuation of 902 people": a move
# named as what a hazard caused is what it has caused so far.
_CAUSED_MOVE = re.compile(
    r"\b" + _HAZARD + r"\b[^;.]{0,80}?\b(?:caus|prompt|forc|trigger|lead|led|result|necessitat)"
    r"\w*\s+(?:in\s+|to\s+)?(?:the\s+)?(?:evacuation|displacement|relocation|flight|exodus"
    r"|departure)s?\s+of\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# "Over 245,000 people are displaced: in Banar, 65,000 arrived ...; in Gedo, 30,000 ...": a
# list after a colon whose lead clause states a total so far gives the parts of that total.
_TOTAL_BEFORE_COLON = re.compile(
    r"\d[^:;.]*?(?:\b(?:are|is|were|was|have been|has been) (?:now )?(?:\w+ly )?"
    r"(?:displaced|uprooted|homeless)\b|\b(?:has|have)\s+(?:now\s+|already\s+|\w+ly\s+)*"
    r"(?:been\s+)?(?:\w+ed|fled|left|come)\b|\b(?:in total|so far|to date)\b)[^:;.]*:\s[^:]*$",
    re.I,
)
# "the floods had killed 1,061 people, injured 1,575": the perfect's auxiliary is shared
# by the participles coordinated after it, with no subject of their own.
_SHARED_AUXILIARY = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|also\s+|\w+ly\s+)?(?:been\s+)?\w+(?:ed|en)\b[^;:.]{0,120}?"
    r"(?:,|\band)\s+(?:also\s+|\w+ly\s+)?\w+ed\s+$",
    re.I,
)
# "Displaced", "uprooted", "made homeless" name a state people are put in, counted as a
# total of everyone in it so far ("the conflict displaced 30,000", "30,000 were displaced").
# Every form of the verb says so ("the breaches displace 100,000", "displacing 20,000"), and
# so does the bare participle said of the number ("with 300,000 people displaced"), but not
# a modifier of its noun ("9,000 displaced people arrived").
_DISPLACED_BEFORE = re.compile(
    r"\b(?:displac(?:ed|es?|ing)|uproot(?:ed|s|ing)?|(?:made|making) homeless)\s+$", re.I
)
_DISPLACED_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:were|was|are|is|had been|have been|has been|been|being)\s+"
    r"(?:\w+ly\s+)?(?:internally |forcibly )?(?:displaced|uprooted|made homeless|left homeless)\b"
    # "thousands of residents lost everything and were displaced": a second predicate of its own
    r"|^[^,;.]{0,60}?\band (?:were|was|have been|has been|had been) (?:\w+ly )?"
    r"(?:internally |forcibly )?(?:displaced|uprooted|made homeless|left homeless)\b"
    r"|^\s*(?:[\w'’-]+\s+){0,2}?(?:internally |forcibly |newly )?(?:displaced|uprooted)"
    r"(?=\s*(?:[,;:.)]|$|(?:by|from|in|on|near|around|outside|across|throughout|within|inside"
    r"|since|after|following"
    r"|as|and|or|at|to|during|amid|because|due|while|when|so far|to date)\b))",
    re.I,
)


# A heading over a list ("KEY FIGURES (as of 12 May)", "Situation as of 3 June:", "Totals
# since 24 February"): a short line with no sentence end and no figure of its own.
_HEADING = re.compile(r"[^.!?]{0,80}?[:)]?\s*", re.S)
_HEADING_UP_TO = re.compile(
    r"\b(?:as (?:of|at|on)|cumulative|totals?|since|to date|so far|year[- ]to[- ]date|up to)\b",
    re.I,
)
# A list item under it: a bullet, or a line that starts with its number and has no
# sentence end ("45,000 refugee arrivals").
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·▪]\s*\S.*|\d[^.!?]*[^.!?\s]\s*)", re.S)


# "IDPs displaced in May: 14,300", "Arrivals since 1 June: 9,000": a label before a colon,
# as flattened tables write a row, says what the number after it counts.
_LABEL = re.compile(r"(?:^|[.;!?\n]\s*)(?P<label>[A-Za-z][^.;:!?\n\d]{2,60}?):\s*$")
# (only where the number ends the row, with at most a noun after it: "14,300 individuals")
_ROW_END = re.compile(r"\s*(?:[\w%()-]+\s*){0,3}[.;]?\s*")


def heading_counts_up(line: str) -> bool | None:
    """Return whether a heading line with no figure of its own counts what the list under
    it gives up to a point ("KEY FIGURES (as of 12 May)": True; "Highlights": False), or
    None for a line that is no heading."""
    if len(line.split()) > 12 or not _HEADING.fullmatch(line.strip()):
        return None
    return bool(_HEADING_UP_TO.search(line))


def list_item(line: str) -> bool:
    """Return whether a line is an item of a list (a bullet, or a line led by its number
    with no sentence end)."""
    return bool(_LIST_ITEM.fullmatch(line.strip()))


def period_of(metric: str, before: str, after: str, default: str = "daily") -> str:
    """Return ``24h``, ``daily``, ``cumulative`` or '' (stocks) for a figure.

    A time the number's clause names comes first (in the past 24 hours, since dawn, on
    Sunday and Monday, daily, in 12 hours), then the tense of its verb and the time
    adverbials around it (a perfect, so far, by Thursday, on Monday). ``default`` is
    returned for an event figure whose clause has no cue at all.
    """
    return explain_period(metric, before, after, default)[0]


def explain_period(metric: str, before: str, after: str, default: str = "daily") -> tuple[str, str]:
    """Return the period of a figure (as :func:`period_of`) and the name of the rule that
    gave it, for tracing a reading."""
    if metric in STOCKS or metric in ("buses", "ambulances", "vehicles", "other"):
        return "", "stock"
    comparison = _COMPARISON.search(re.split(r"(?<=[.;:])\s", after, maxsplit=1)[0])
    if comparison is not None:  # "crossed on Tuesday, the highest since 2014": not its span
        after = after[: comparison.start()]
    head, tail = clause(before, after, window=_WINDOW)
    label = _LABEL.search(before)
    if label is not None and not head.strip() and _ROW_END.fullmatch(after.split("\n")[0]):
        head = label.group("label") + ": "  # "IDPs displaced in May: 14,300"
    for rule in (_named_time, _aspect):
        found = rule(head, tail, before, after)
        if found[0]:
            return found
    main = _main_clause_figure(before, after)
    if main is not None:  # "Apart from 577 French people, 502 others have been evacuated"
        found = explain_period(metric, before + after[: main.start()], after[main.end() :])
        if found[0]:
            return found[0], "main clause"
    if _final_span(after):
        return "cumulative", "span ending the clause"  # "... alone in the days before the storm"
    if metric in _MOVES and _headline_lead(head, before, after):
        return "cumulative", "headline"  # "Thousands flee to Uganda": have fled, so far
    earlier = _earlier_conjunct(head, tail, before)
    if earlier:
        return earlier, "earlier conjunct"  # "In the last 24 hours, 18 died and 17 were hurt"
    return default, "default"


def _main_clause_figure(before: str, after: str) -> re.Match[str] | None:
    """Return the figure of the main clause after an introductory phrase the number stands
    in ("Apart from 577 French people, 502 others have been evacuated": the 577 share the
    verb, the tense and the times of the 502), or None."""
    if not _INTRO_PART.search(before[-40:]):
        return None
    phrase = re.match(r"[^,.;:]{0,60},\s*", after)
    if phrase is None:
        return None
    return _FIGURE.match(after, phrase.end())


def _final_span(after: str) -> bool:
    """Return whether a long clause ends, past the window read, with a span of days and no
    other figure or clause on the way ("were evacuated inland or to sturdier buildings like
    schools or monasteries around the capital alone in the days before the storm")."""
    rest = re.split(r"[.;:!?]", after, maxsplit=1)[0]
    if len(rest) <= _WINDOW or _FIGURE.search(rest) or _OTHER_CLAUSE.search(rest):
        return False
    return bool(_FINAL_DAYS.search(rest[-70:]))


def _headline_lead(head: str, before: str, after: str) -> bool:
    """Return whether the number leads a headline's clause, as its subject: a short line with
    no sentence end ("Thousands flee to Uganda after clashes", "160,000 evacuated as cyclone
    nears", "Storm hits coast: 30,000 Moved To Shelters")."""
    line = before + after
    return (
        not _SENTENCE_END.search(after)
        and len(line.split()) <= _HEADLINE_WORDS
        and "\n" not in line.strip()
        and bool(_HEADLINE_HEAD.fullmatch(head))
        and bool(_HEADLINE_VERB.match(after))
    )


def _later_conjunct_time(after: str) -> str:
    """Return the period of a time that ends the conjunct after the number's, joined by
    "and", which frames both, or '': the past 24 hours ("25 died and 40 were hurt in the last
    24 hours") or a span longer than a day ("300 died and 150,000 were treated during an
    outbreak in July 2002")."""
    joined = _NEXT_CONJUNCT.match(after)
    if joined is None:
        return ""
    rest = re.split(r"[.;:]", after[joined.end() :], maxsplit=1)[0]
    figure = _FIGURE.match(rest) or _WORD_FIGURE.match(rest)
    if figure is None:
        return ""
    # (up to a figure after it, which what follows belongs to: "..., as the toll rose to 1,400")
    later = _FIGURE.search(rest, figure.end())
    own = rest[: later.start()] if later else rest
    if _TWENTY_FOUR.search(own):
        return "24h"
    if _long_span(own) and not _DAY.search(own):
        return "cumulative"
    return ""


def _earlier_conjunct(head: str, tail: str, before: str, depth: int = 2) -> str:
    """Return the period of the conjunct before a number that starts a conjunct of its own
    ("45 people were killed and 113 injured"), or ''.

    A clause joined by "and" with no time of its own shares the times the sentence names
    ("In the past 24 hours, 18 died and 17 were hurt"); one with no verb of its own also
    shares the tense ("5,000 have fled and 300 evacuated"), but one with a verb of its
    own keeps its tense ("5,000 have fled, and 300 evacuated the town on their own"). A part of
    the figure before ("6,422 arrived from 1 to 14 October; among these 4,441 were relocated")
    shares its times too, and so does a conjunct after the part ("and 1,981 came on their own").
    """
    join = _JOINED.search(before)
    # (a comma is no clause break, so a gapped conjunct after one has the clause before it
    # in its head: "12 died due to the storm, 72 from landslides")
    listed = join is not None and join.group().lstrip().startswith(",") and _GAPPED.match(tail)
    # ("the death toll stands at 92, with 30 injured": a figure added on by "with" shares the
    # times of the one before it)
    added = bool(re.fullmatch(r"\s*with\s+", head))
    if join is None or (
        head.strip() and not _PART_BEFORE.search(head) and not listed and not added
    ):
        return ""
    earlier = before[: join.start()]
    numbers = list(_NUMBER.finditer(earlier[-120:]))
    if not numbers:
        return ""
    cut = len(earlier) - len(earlier[-120:]) + numbers[-1].start()
    end = len(earlier) - len(earlier[-120:]) + numbers[-1].end()
    head2, tail2 = clause(earlier[:cut], earlier[end:], window=120)
    shares_verb = _BARE_PARTICIPLE.match(tail) or _GAPPED.match(tail)
    rules = (_named_time, _aspect) if shares_verb else (_named_time,)
    for rule in rules:
        found = rule(head2, tail2, earlier[:cut], earlier[end:])
        if found[0]:
            return found[0]
    if _PARTS_OF_ALL.search(earlier):
        return "cumulative"  # "Of those who fled, 110,000 reached Tunisia ... and 3,000 Niger"
    return _earlier_conjunct(head2, tail2, earlier[:cut], depth - 1) if depth > 1 else ""


def _named_time(head: str, tail: str, before: str, after: str) -> tuple[str, str]:
    """Return the period a time expression in the clause names, and its rule, or ''."""
    if _BRACKET_DAY.match(after):
        return "24h", "24h in brackets"  # "9,800 (last 24h)"
    if _BRACKET_TOTAL.match(after):
        return "cumulative", "total in brackets"  # "830,000 (total)"
    text = head + " # " + tail
    # (the past 24 hours after another figure is that figure's: "has climbed to 1,136, with
    # 119 deaths over the past day"; but not after a part set off by commas: "evacuated 3,146,
    # including 479 children, during the last 24 hours")
    own_all = head + " # " + _own_part(_PART_ASIDE.sub(" ", tail), len(tail))
    twenty_four = _TWENTY_FOUR.search(own_all)
    if twenty_four is not None:
        if _PART_OF_IT.search(text[: twenty_four.start()]):
            return "cumulative", "part in 24h"
        return "24h", "24h"
    rate_before = _RATE_BEFORE.search(before[-100:]) or _RATE_SUBJECT.search(before[-140:])
    if rate_before is not None:  # "at an average daily rate of 3,186", "the daily toll rose to"
        unit = rate_before.group("unit").lower()
        daily = unit == "daily" or "day" in unit
        return ("daily", "rate before") if daily else ("cumulative", "long rate told before")
    if _TOLL.search(head):
        return "cumulative", "toll"  # "the death toll rose to 640 on Sunday"
    if _RISEN_TO.search(head):
        return "cumulative", "risen to"  # "Evacuees rise to 160,000"
    if _MARK.match(tail):
        return "cumulative", "mark"  # "Refugees cross 3 million mark"
    if _WITHIN_DAY.search(text):
        return "daily", "within a day"
    # (up to the next figure: "were flown out on three chartered planes of the national
    # carrier on Friday and Saturday")
    if _SPAN_OF_DAYS.search(_own_part(tail, 150)):
        return "cumulative", "span of days"  # "3,000 crossed on Sunday and Monday"
    if _PART_BEFORE.search(head) and _OWN_VEHICLE_AFTER.match(tail):
        return "daily", "own vehicle"  # "including 600 on a single ferry"
    if _OWN_DAY_AFTER.match(tail) or _OWN_DAY_RELATIVE.match(tail):
        return "daily", "own day"  # "including 142,300 on Sunday": the part has its own day
    own = _own_part(tail)  # "12,000 crossed last week, or 1,700 a day": the rate is the 1,700's
    next_rate = _RATE_BEFORE.search(own)
    if next_rate is not None and len(own) < len(tail[:60]):  # "at a daily rate of 3,186": the
        own = own[: next_rate.start()]  # next number's rate
    if _RATE_WORD.search(own):
        return "daily", "rate"  # "150 to 200 have been arriving daily": a rate per day
    if _LONG_RATE.search(own):
        return "cumulative", "long rate"  # "5,000 a week are crossing": several days' worth
    if _DAY_RATE_BEFORE.search(head):
        return "daily", "rate before"  # "Every night, 50 children are buried"
    if _LONG_RATE_BEFORE.search(head):
        return "cumulative", "long rate before"  # "Each week, 2,000 come back"
    # (not past a semicolon, in another clause: "on Monday and Tuesday; Spain flew out 300")
    if _SPAN_OF_DAYS.search(before[-60:].split(";")[-1] + " # " + after[:60].split(";")[0]):
        return "cumulative", "span of days near"
    hours = _HOURS.search(own_all) or _HOURS_LONG.search(own_all)  # (not a part's hours)
    if hours is not None:
        many = hours.group(1).isdigit() and int(hours.group(1)) > 24
        return ("cumulative" if many else "daily"), "hours"
    if _one_vehicle(text) and not (_RUNNING.search(text) or _UP_TO.search(text)):
        return "daily", "one vehicle"  # "a plane with 195 passengers landed in late January"
    if _long_span(text):
        return "cumulative", "long span"  # "left in the following days", "in 2002"
    if _SPAN_WHEN.search(before[-80:]):
        return "cumulative", "span of a when clause"  # "the first two weeks of May, when"
    if _LASTED.search(text) and not _DAY.search(text):
        return "cumulative", "lasted"  # "during the evacuation, which lasted nine days"
    rest = after[len(tail) :] if after.startswith(tail) else ""
    when = _WHEN.match(rest)
    if when is not None and _LONG_SPAN.search(when.group()) and not _DAY.search(when.group()):
        return "cumulative", "when, long span"  # "fled when rebels attacked in 2019"
    if _AHEAD.search(text) and not _DAY.search(text):
        return "cumulative", "ahead"  # "evacuated 1.2 million ahead of landfall"
    later = _later_conjunct_time(after)  # (before the tense: "54 have been killed and six
    if later:  # injured in just 24 hours")
        return later, "later conjunct"
    return "", ""


def _aspect(head: str, tail: str, before: str, after: str) -> tuple[str, str]:
    """Return the period the verb's tense and the clause's adverbials give, and its rule."""
    text = _FORECAST_DAY.sub(" expected ", _SPEECH_DAY.sub(" said ", head + " # " + tail))
    near = head[-45:] + " # " + tail[:45]
    up_to = _up_to(text)
    if up_to is not None and _PERFECT.search(near):
        return "cumulative", "up to, perfect"  # "As of 2 PM today, 1.1 million have evacuated"
    if _TODAY.search(text) and not (_SO_FAR.search(text) or _AS_OF.search(text)):
        return "daily", "today"
    if up_to is not None:
        if _TRIPS.fullmatch(up_to.group()) and _DAY.search(text) and not _SO_FAR.search(text):
            return "daily", "trips on a day"  # "in two chartered flights on Sunday"
        return "cumulative", "up to"
    # (the indefinite "a total of" with a day of its own is that day's amount: "A total of
    # 2,870 crossed on Sunday")
    if re.search(r"\ba total of\s+$", head, re.I) and _DAY.search(text):
        near = near.replace("total of", "")
    if _CUMULATIVE.search(near) or _STARTING.search(before[-80:]):
        return "cumulative", "so far near"
    if _PERFECT.search(near):
        own = _PERFECT.search(tail[:45])
        rest = _SPEECH_DAY.sub(" said ", tail[own.end() : own.end() + 60]) if own else ""
        day = _DAY.search(rest)
        if day is not None and not _SUBORDINATE.search(rest[: day.start()]):
            return "daily", "perfect on a day"  # "4,000 have crossed on Sunday alone"
        return "cumulative", "perfect near"
    if _OWN_PLUPERFECT.match(tail):
        return "cumulative", "own pluperfect"
    # (the speech verb may stand before a "that", outside the clause read: "officials said
    # Friday that the waves had killed 9,400")
    if _PLUPERFECT_BEFORE.search(before[-100:]) and not _DAY.search(
        _SPEECH_DAY.sub(" said ", tail)
    ):
        return "cumulative", "pluperfect before"  # "said troops had rescued 5,100"
    if _REPORTS_NOW.search(before) and not _DAY.search(text):
        return "cumulative", "reports now"  # "officials say 17,000 fled": known now, a total
    if _DAY.search(text) and not _SO_FAR.search(text):
        return "daily", "day"
    if _REPORTED_TOLL.match(tail):
        return "cumulative", "deaths reported"  # "with 16 deaths reported in the canyon"
    if _WIDE_SCOPE.search(text):
        return "cumulative", "tally over places"  # "evacuated 300,000 across the country"
    if _COMPLETED.search(before) or _COMPLETED.search(tail):
        return "cumulative", "completed operation"  # "finished its airlift after 2,300 left"
    if _GOES_ON.match(tail) and not _RATE_WORD.search(tail):
        return "cumulative", "goes on"  # "Thousands of people continue to flee"
    if _GAP_AFTER.search(before) and _BARE_PARTICIPLE.match(tail) and _PERFECT.search(before[-80:]):
        return "cumulative", "gapped perfect"  # "60,000 have been affected and 4,200 evacuated"
    if _TOTAL_BEFORE_COLON.search(before[-400:]):
        return "cumulative", "list after a total"  # "245,000 are displaced: in Gedo, 30,000"
    if _PARTS_OF_ALL.search(head) or _AMONG_ALL_AFTER.match(tail):
        return "cumulative", "part of all who did"  # "of those who fled, 11,000 reached"
    if _hazard_did(head) or _BY_HAZARD.search(tail):
        return "cumulative", "hazard"  # "the floods displaced 40,000": what it has done
    if _IN_HAZARD.search(tail) or _MOVE_FOR_HAZARD.search(after) or _CAUSED_MOVE.search(head):
        return "cumulative", "hazard as cause"  # "601 died in the floods, he said Monday"
    if _SHARED_AUXILIARY.search(head):
        return "cumulative", "shared auxiliary"  # "had killed 1,061, injured 1,575"
    if _DISPLACED_BEFORE.search(head) or _DISPLACED_AFTER.match(tail):
        return "cumulative", "displaced"  # "30,000 were displaced": everyone so far
    perfect = _PERFECT.search(text)
    if perfect is not None and _SECOND_PERFECT.search(text[: perfect.start()]):
        perfect = None
    if _CUMULATIVE.search(text):
        return "cumulative", "so far"
    if perfect is not None:
        return "cumulative", "perfect"
    return "", ""


def _own_part(tail: str, size: int = 60) -> str:
    """Return the start of ``tail`` up to the next figure, which what follows belongs to (the
    day of a date, "on May 10, within 24 hours", is no figure)."""
    cut = tail[:size]
    found = _FIGURE.search(_DATE_RE.sub(lambda m: "x" * len(m.group()), cut))
    return cut[: found.start()] if found else cut


def _up_to(text: str) -> re.Match[str] | None:
    """Return the first count up to a point or over several trips or days in ``text``, not
    a count of trips in a span ("the second transport in three days")."""
    return next(
        (m for m in _UP_TO.finditer(text) if not _ORDINAL_BEFORE.search(text[: m.start()])), None
    )


def _long_span(text: str) -> bool:
    """Return whether ``text`` names a span longer than a day, not a count of trips in it
    ("the second sea transport in three days")."""
    return any(
        not _ORDINAL_BEFORE.search(text[: found.start()]) for found in _LONG_SPAN.finditer(text)
    )


def _one_vehicle(text: str) -> bool:
    """Return whether ``text`` names one vehicle or trip, not the trip each person "made"."""
    return any(
        not re.search(r"\b(?:make|makes|made|making)\s+$", text[: found.start()], re.I)
        for found in _ONE_VEHICLE.finditer(text)
    )


def _hazard_did(head: str) -> bool:
    """Return whether a hazard is the agent of the verb that ends ``head``."""
    agent = _HAZARD_AGENT.search(head)
    return agent is not None and not _GOVERNED.search(head[: agent.start("hazard")])
