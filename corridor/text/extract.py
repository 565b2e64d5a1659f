"""Extract figures about people and vehicles from one document."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date

from corridor.text.as_of import (
    Setting,
    as_of_day,
    clause_bounds,
    credited_days,
    day_in_clause,
    news_day,
    said_day,
    spoken_days,
    starts_period,
)
from corridor.text.attribution import (
    SENTENCE,
    affiliation,
    attribute,
    credited_after,
    earlier_estimate,
    follows_on,
    forecasts,
    is_generic,
    is_outlet,
    known_sources,
    referent,
    refers_back,
    resolve_generic,
    resolve_owner,
    resolve_person_role,
    resolve_society,
    resolve_surname,
    resolve_title,
    resolve_un_agency,
    says_this,
    speaks_as_person,
    sums_up,
    titled_people,
    titles_named,
)
from corridor.text.categories import choose_metric, is_subset
from corridor.text.dates import DateMention, find_dates
from corridor.text.meaning import (
    PLACE_OF,
    STOCKS,
    described_event,
    event_of,
    is_planned,
    measures_capacity,
    none_of,
    own_event,
    without_restatement,
)
from corridor.text.metadata import dateline_span
from corridor.text.model import Document, Figure, Sentence, Span
from corridor.text.numbers import NumberMention, find_numbers
from corridor.text.period import explain_period, heading_counts_up, list_item
from corridor.text.places import (
    PlaceMention,
    choose_place,
    countries_named,
    find_places,
    main_places,
    names_again,
    scope_of,
)
from corridor.text.population import (
    CLASSES,
    PEOPLE,
    THINGS,
    VEHICLES,
    Counted,
    counted,
    detitled,
    headline,
    one_counted,
)
from corridor.text.sentences import split_sentences
from corridor.text.tweets import find_posts
from corridor.text.verb_classes import joined_states, noun_event
from corridor.text.word_start import word_start

# Verbs by which a total reaches a figure, in every tense: "the toll tops 100", "nears
# 9,000", "crossed 200", "is approaching 400", "has surpassed 5,000".
_REACH_LEMMAS = "reach top pass exceed surpass hit cross near approach breach"
_REACH_FORMS = "|".join(
    sorted(
        {
            form
            for lemma in _REACH_LEMMAS.split()
            for form in (
                lemma,
                lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"),
                (lemma[:-1] if lemma.endswith("e") else lemma)
                + ("ped" if lemma == "top" else "ed"),
                (lemma[:-1] if lemma.endswith("e") else lemma)
                + ("ping" if lemma == "top" else "ting" if lemma == "hit" else "ing"),
            )
        }
        - {"near"},  # "the number of people near 3 rivers": a preposition, no verb
        key=len,
        reverse=True,
    )
)
_FIGURE_OF = re.compile(
    r"(?:figure|total|toll|number|estimate|exodus|influx|outflow|count|tally)s?"
    r"(?: (?:number|figure|toll|count|tally)s?)?"
    r"(?P<of> of (?P<noun>[A-Za-z]+(?: [a-z]+){0,2}))?"
    # words, or an aside in brackets ("the toll in Turkey (31,974) and Syria (5,800) now
    # exceeding 37,000")
    # (not across the head of another total: "the toll has risen to 3,577 and the number of
    # injured is at 6,300" gives 6,300 to the number of injured)
    r"(?:[ ,]+(?:\([^()]{1,40}\)|(?!(?:number|toll|figure|tally)s?\b)[\w'’‘.-]+)){0,18}?,? "
    r"(?:of|at|to|is|was|be|from|now|"
    + _REACH_FORMS
    # "the toll climbed past 3,000", not "the number evacuated in the past 24 hours"
    + r"|(?:\w+(?:ed|s|ing)|rose|risen|went|gone) past)\s*$",
    re.I,
)
# "A number of 7,305 citizens entered": the indefinite "a number of" before a numeral names
# the count itself, no total.
_A_NUMBER_OF = re.compile(r"\ba number of\s+$", re.I)
# "A total of 158 people have been rescued today": an amount told with the indefinite "a
# total of" and a day of its own is that day's, not a running total ("the total ... reached
# 9,000 on Sunday" stays one).
_A_TOTAL_OF = re.compile(r"\ba total of\s+$", re.I)
_DAY_RULES = ("today", "own day", "day", "perfect on a day", "trips on a day", "within a day")
# "an estimated population of 120,000", "the refugee population ... has risen to 240,000"
_POPULATION_OF = re.compile(
    r"(?P<whose>(?<![\w'’])(?!(?:a|an|the|its|their|this|that)\b)[a-z]+ )?"
    r"(?P<population>population)(?:[ ,]+[\w'’.-]+){0,5}?"
    r" (?:of|at|to|reached|is|was)\s*$",
    re.I,
)
# Verbs whose object is people, in every form ("Floods displace 50,000", "the army
# evacuated 900", "shelters housing 2,000"): lemmas, each with -s, -ed and -ing.
_OBJECT_LEMMAS = (
    "evacuate move fly rescue bring carry take bus transfer repatriate displace uproot kill"
    " injure wound house host shelter receive register send deploy dispatch airlift relocate"
    " ferry shift accommodate strand trap drive ship lift escort return deport expel force"
    " pull pluck hoist extract resettle evict transport welcome admit murder abduct kidnap"
    " detain arrest hold"
)
_TRANSITIVE = re.compile(
    word_start(
    r"\b(?:"
    + "|".join(
        sorted(
            {
                form
                for lemma in _OBJECT_LEMMAS.split()
                for form in (
                    lemma, lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"),
                    (lemma[:-1] if lemma.endswith("e") else lemma) + "ed",
                    (lemma[:-1] if lemma.endswith("e") else lemma) + "ing",
                    lemma[:-1] + "ied" if lemma.endswith("y") else lemma + "ed",
                )
            }
            | {"flown", "flew", "brought", "took", "taken", "sent", "drove", "driven",
               "bussed", "carried", "ferried", "lifted", "trapped", "shipped", "housing",
               "hosts", "houses", "flies", "carries", "kidnapped", "kidnapping", "left",
               "leaving"},
            key=len,
            reverse=True,
        )
    )
    + r")\s*$"),
    re.I,
)  # fmt: skip
# "Evacuated: 12,000; Missing: 45": a label and its count, as in a table or a sitrep
_LABELLED = re.compile(
    r"(?:^|[;,|\n]\s*)(?P<label>(?:[A-Za-z][\w'’.-]*\s+){0,7}[A-Za-z][\w'’-]*)"
    r"(?:\s*:|\s+[–—-])\s*"  # "Evacuated: 12,000", "People evacuated – 3,40,000"
    r"(?:[A-Z][\w'’-]*\s+){0,2}$"  # "Death toll: Turkey 44,218": a place, then the count
)
# How many earlier credits "the ministry" may refer back to (keeps the cost per figure flat).
_RECALL = 30
_EVENT_METRICS = frozenset(
    {"killed", "wounded", "evacuated", "arrived", "remaining", "waiting", "present", "missing"}
)
_SOURCE_LINE = re.compile(r"^\s*Source:\s*(?P<name>[^,\n]{3,80})")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|org|net|int|gov)/\S*|[@#]\w+", re.I)
_ANOTHER = re.compile(r"\b(?:another|a further|further|more|other)\s*$", re.I)
# A rate: "3,500 a day", "2,500 people per day", "some 400 an hour".
_RATE = re.compile(
    r"^\s*(?:a|an|per|each|every)\s+(?P<unit>day|hour|night|week|month)\b"
    # "a day later" is a time, but "a day earlier this week" is a rate at an earlier time
    r"(?!\s+(?:(?:earlier|later)(?!\s+(?:this|last|in)\b)|before|after|ago))",
    re.I,
)
# A number that names something ("Flight 302", "Highway 63", "Resolution 1244") is no count.
_IDENTIFIER = re.compile(
    r"\b(?:Flight|Route|Highway|Road|Resolution|Camp|Gate|Terminal|Zone|Sector|Block|Building"
    r"|Phase|Article|No\.?|Number|Channel|Section|Line|Level|Unit|Ward|Stage|Platform|Bus"
    r"|Train|Room|Pier|Berth|Exit|Checkpoint|Street|Avenue|Brigade|Battalion|Division"
    r"|Regiment|Squadron|Chapter|Paragraph|Annex|Tower|Hall|Sabha|Boeing|Airbus|Apollo"
    r"|Image|Photo|Photograph|Picture|Slide|Page|Video|Episode|Category|Cat\.?)"
    r"\s+(?:[A-Z]{1,3}-?\s*)?$"
    # "Image 3 of 12", "page 2 of 5": the count of a gallery or a document's pages
    r"|\b(?i:image|photo|photograph|picture|slide|page|video|episode)\s+\d+\s+of\s+$"
)
_COUNT_BEFORE = re.compile(r"\d[\d,.]*\s+([A-Za-z]+)[^.;\d]{0,40}$")
_MORE_THINGS = re.compile(r"\s+(?:more|other|additional|extra|new|further)\s+([A-Za-z]+)", re.I)
# "Kanchipuram (57,516), the south (6,358)": a count in brackets after the name of its part
_PLACE_BRACKET = re.compile(r"[A-Za-z][\w'’-]*\s*\(\s*$")
_FIGURE_HEAD = re.compile(
    r"\b(?:toll|total|number|figure|tally)s?(?P<of> of (?P<noun>[A-Za-z]+(?: [a-z]+){0,2}))?"
    r"[^.;:]*$",
    re.I,
)
# A currency sign or code just before a number: "US$ 1,2 million", "Rs 500 crore", "€3 million"
_MONEY_BEFORE = re.compile(
    r"(?:[$€£¥₹₺]|\b(?:USD|EUR|GBP|CHF|INR|Rs\.?|TL|TRY|SYP|JPY|CNY|AUD|CAD|NZD)\s?)\s*$"
)
# Places and grades known by a number: "Barangay 143", "Province 1", "Km 42", "Class 10".
_NUMBERED_PLACE = re.compile(
    r"\b(?:Barangay|Purok|Sitio|Kebele|Woreda|Precinct|Plot|Lot|Km|Kilometre|Kilometer|Mile"
    r"|District|Province|Region|Grade|Class)\s+$"
)
# "One woman, Lena Ostrova, 68, ...": a person named right after "one <noun>"
_NAMED_AFTER = re.compile(r"^\s*,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*[,(]")
# "up from 9,000 on Monday", "compared with 700 the day before": an earlier value
_EARLIER = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increased|decreased"
    # "a sharp decline from the 2,500 listed a day earlier": a noun of change, too
    r"|(?:rise|increase|decline|drop|fall|decrease|jump|reduction)s?) from\s+(?:the\s+)?$"
    r"|\bcompared (?:with|to)\s+(?:the\s+)?$",
    re.I,
)
# One incident or one day's losses ("in a stampede", "an air strike", "45 new fatalities").
_INCIDENT = re.compile(
    r"\b(?:attack|strike|shelling|blast|explosion|bombing|shipwreck|capsized|sank|stampede"
    r"|crash(?:ed)?|accident|raid|ambush|collapse|new|latest|massacre|shooting|landslide)\b",
    re.I,
)
# "the country of 15 million people", "a camp of 30,000": who lives there
_HOME_OF = re.compile(
    r"\b(?:country|city|town|nation|region|state|province|district|island|village|camp"
    r"|settlement|home) (?:of|with)\s+$"
    r"|\bhome to\s+$",  # "the region is home to some 14 million"
    re.I,
)
_SPEAKERS = frozenset(
    {"officials", "sources", "diplomats", "witnesses", "officers", "experts", "analysts",
     "spokesmen", "ministers", "lawmakers", "journalists", "reporters"}
)  # fmt: skip
_SPEAKS = re.compile(
    r"^\s*(?:[\w,'’-]+\s+){0,4}?(?:said|say|says|told|confirmed|speaking|familiar)\b", re.I
)
# "Peru houses half a million and Ecuador over 220,000": the verb and noun are left out
_GAPPED = re.compile(r"(?:[,;]|\band)\s+(?:[A-Z][\w'’-]+\s+){1,2}$")
# "nearly 400,000 out of the city's 600,000 people", "300 of the 1,200 registered"
_PART_OF = re.compile(
    r"^\s*(?:out )?of\s+(?:the|its|their|these|those|[A-Za-z'’-]+['’]s)\s+(?:[\w'’-]+\s+)?"
    r"\d[\d,]*(?:\.\d+)?(?:\s+(?:million|thousand))?"
)
_GROUP_OF = re.compile(r"^\s*(?:out )?of\s+(?:the|its|their|these|those)\b", re.I)
_VEHICLE_SUBJECTS = frozenset({"buses", "ambulances", "vehicles"})
# "one of the largest evacuations", "one of the world's biggest": a superlative ranks
_RANKED = re.compile(
    r"^\s*of\s+(?:the|its|their|history's|the\s+world's|the\s+country's)\s+"
    r"(?:[a-z]{3,}est|most|least|worst|best)\b"
)
# "half of the town's 9,000 residents fled", "400,000 out of the city's 600,000 people":
# the whole of a part is the population the part is taken from, a stock.
_WHOLE_OF = re.compile(
    r"\b(?:(?:half|thirds?|quarters?|most|majority|many|some|all|none|percent|per cent|%"
    r"|\d[\d,.]*(?: million| thousand)?|one|two|three|four|five|six|seven|eight|nine|ten"
    r") (?:out )?of"
    # "half the 374,000 inhabitants": "half" takes its whole without "of"
    r"|half) (?:the |its |their |these |those )?"
    r"(?:[\w.-]+ ){0,2}?(?:[\w.-]+['’]s )?$",
    re.I,
)
_BRINGING = re.compile(
    r"\b(?:bring|brings|bringing|brought|raising|raises|raise|raised|taking|takes|took"
    r"|pushing|pushes|pushed)\b",
    re.I,
)
# A noun that names things, not people: "the number of crossings", "the total of flights".
_THING_NOUN = re.compile(
    r"\b(?:crossings|flights|buses|trucks|convoys|points|routes|camps|sites|shelters|boats"
    r"|planes|trips|days|hours|cases|tests|beds|homes|houses|buildings|schools|tents|districts"
    r"|villages|towns|countries|checkpoints|corridors|ships|vehicles|cars|kilometres|miles)\b",
    re.I,
)
_HEDGE = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:feared|are feared|were feared|could have|may have|might have)\b"
    r"|\b(?:feared|fears?|predicts?|possibly|could have|may have|might have)\b",
    re.I,
)
_TOTAL_VERB = re.compile(
    r"\b(?:has |have |had |is |are |was |were )?(?:(?:" + _REACH_FORMS + r")"
    r"(?: a total of)?|(?:climbed|climbing|climbs|risen|rose|rising|rises|jumped|increased"
    r"|grown|grew|soared|gone up|went up) (?:to|past)|st(?:ands|ood) at)\s*$",
    re.I,
)
# A running total never falls: a number that fell, dropped or slowed counts a flow.
_FALLING = re.compile(
    r"\b(?:fell|falls|fallen|dropped|drops|declined|declines|decreased|decreases|slowed|slows"
    r"|eased|eases|halved|dwindled|plunged|plummeted|shrank|shrunk)\b",
    re.I,
)
_MOVES = frozenset({"evacuated", "arrived", "waiting", "remaining"})
_OWN_MOVES = frozenset({"evacuated", "arrived", "killed", "wounded", "missing"})
_JOINED_BARE = re.compile(r"\d[\d,.]*(?:\s+[\w'’-]+){0,8}?\s*(?:,|\band|,\s*and)\s*$")
# What joins the parts of a count shared out by place or day: "nine people in one county,
# six in a second and one in the capital", "210 in the north, followed by 64 in the south"
_SHARE_JOIN = re.compile(
    r"^(?:\([^()]{0,30}\)|[^;.:()]){0,60}?(?:,|\band|,\s*and|\bfollowed by|\bwhile|\s[–—-])\s*$",
    re.I,
)
_SHARED_BY = re.compile(r"^\s*(?:with|without|for|through|via|under|of whom)\b", re.I)
_WHEN_OR_WHERE = re.compile(
    r"^\s*(?:on|in|at|by|to|from|into|during|over|last|this|yesterday|today|overnight|the next day"
    r"|the day before)\b",
    re.I,
)
# "seven people killed by lava and five asphyxiated": a bare number joined to a count
_JOINED = re.compile(r"\band\s+$")
# "added 108,000 to the figure of internally displaced", "adds 300 to the toll": a count
# added to a total of people is a count of the same people
_ADDED = re.compile(
    r"\b(?:add|adds|added|adding)\s+(?:(?:another|a further|some|about)\s+)?$", re.I
)
_ADDED_TO = re.compile(
    r"^\s*(?:more\s+)?to\s+(?:the|its|their|a)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:figure|total|toll|number|count|tally|ranks|caseload)s?\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<noun>(?:[a-z]+ly\s+)?[A-Za-z][\w'’-]*(?:\s+[a-z]+)?))?",
    re.I,
)
# "the remaining 12,000", "the last 500": what is left, not what moved.
_REMAINING_BEFORE = re.compile(r"\b(?:remaining|last|rest of the|left-behind)\s+$", re.I)
# "the death toll rose to 64", "the toll stands at 97": a toll counts the dead.
_TOLL = re.compile(r"\btoll\b", re.I)


class _Context:
    """What earlier sentences of the document established (speaker, figures, places)."""

    def __init__(self, document: Document, sentences: list[Sentence], crisis: str = "") -> None:
        self.document = document
        self.last_source: str = ""
        self.sources: list[str] = []
        self.last_figure: Figure | None = None
        # The day the paragraph last named, if any: "It touched down on Friday. Its
        # 73 passengers disembarked" keeps Friday, also past a sentence with no day.
        self.previous_day: date | None = None
        self.previous_vague = False  # the sentence before named "last week", no day
        self.spoke_on: date | None = None  # the day the paragraph said a source spoke
        self.news_day = news_day(document, sentences)
        self.country, self.countries = countries_named([s.text for s in sentences[:40]])
        year = f" {document.published.year}" if document.published else ""
        self.crisis = crisis or f"{self.country or '?'}{year}"
        self.previous_places: tuple[PlaceMention, ...] = ()
        self.parts: dict[str, str] = {}  # city -> the part of it the report is about
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", document.text)]
        self.dateline_start, self.dateline_end = dateline_span(document.text)
        self.in_quote = False  # a quotation is open at the end of the last sentence
        self.expect_quote = False  # the last sentence introduced a quotation ("said:")
        self.quoted = False  # the current sentence is inside a quotation of last_source
        self.quoted_before = False  # the sentence before quoted its speaker, same paragraph
        self.previous_index = -1  # the index of the sentence before
        # a list under a heading that counts up to a point ("KEY FIGURES (as of 12 May)")
        self.list_counts_up = False
        self.people: list[str] = []  # people named with a title so far ("Mayor Ana Ruiz")
        self.titles: list[tuple[str, str]] = []  # and their titles ("mayor", "Ana Ruiz")
        self.fresh_person = ""  # a person named with a title since the last credit
        self.spoke_before = ""  # the credit of the sentence before, if it had one
        self.main_place, self.main_city = main_places(
            [s.text for s in sentences[:40]], self.country, self.countries
        )
        paragraphs = document.text.split("\n")
        self.posts = find_posts(paragraphs, document.published)
        self.credited = credited_days(sentences, document.published)

    def places(self, text: str) -> tuple[PlaceMention, ...]:
        return find_places(text, self.country, self.countries, self.main_city)

    def line(self, position: int) -> int:
        """Return the line number of a character position (what posts are keyed by)."""
        return bisect_right(self.line_starts, position) - 1


def _masked(text: str) -> str:
    """Return ``text`` with URLs, handles and hashtags blanked (their digits are no figures)."""
    return _URL.sub(lambda m: " " * len(m.group(0)), text)


def _figure(
    context: _Context, sentence: Sentence, mention: NumberMention, dates: list[DateMention]
) -> Figure | None:
    text = sentence.text
    before = text[: mention.span.start]
    if _IDENTIFIER.search(text[: mention.number_span.start]):
        return None  # "Flight 300", "No. 4" ("no more than 300" is a count)
    if _NUMBERED_PLACE.search(before) and re.fullmatch(
        r"\d{1,3}", text[mention.span.start : mention.span.end]
    ):  # "Barangay 143", "Province 1"; not "Kurdistan Region more than 1,600" nor "Afar
        rest = text[mention.span.end :]  # Region 300 families"
        named = counted(rest)
        if named is None or not named.end or re.match(r"\s*(?:and|or|&|,)", rest):
            return None
    spelled = text[mention.number_span.start : mention.number_span.end]
    if (
        spelled[:1].isupper()
        and spelled[:1].isalpha()
        and re.search(r"[A-Za-z,]\s*$", text[: mention.number_span.start])
        and not headline(text)
    ):
        return None  # "Task Force One", "Air Force One": a capitalised word mid-sentence names
    if _MONEY_BEFORE.search(text[: mention.number_span.start]):
        return None  # "US$ 1,2 million", "Rs 500 crore", "€ 3 million": money, never people
    after = text[mention.span.end :]
    of_them = re.match(r"\s*(?:out\s+)?of\s+(?:them|those|these|which)\b", text[mention.span.end :])
    counted_before = _COUNT_BEFORE.search(before) if of_them else None
    if counted_before is not None and counted_before[1].lower() in _NOT_WHO:
        return None  # "81 provinces, 11 of them hit": a part of things counted just before
    more_things = _MORE_THINGS.match(text, mention.span.end)
    if more_things is not None and more_things[1].lower() in _NOT_WHO:
        return None  # "deployed three more teams", "two other boats": things, not people
    if _AGE_LIST.search(before):
        aged = counted(after)
        if aged is None or not aged.end:
            return None  # "two children aged 4 and 7": a list of ages
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after):
        return None  # "aged 65", "65 years old", "a 3-month-old": an age, not a count
    limit = _AGE_LIMIT.search(text[: mention.number_span.start])  # "under" may be its qualifier
    own = re.match(r"\s*([A-Za-z]+)", after)
    if (
        limit is not None
        and mention.value <= 120  # an age: "over 3,000" after a noun is a count
        and limit[1].lower() in PEOPLE
        and (own is None or own[1] not in PEOPLE)
    ):
        return None  # "12,000 children under five", "people over 60": an age limit
    if re.fullmatch(r"\d+\.\d{1,2}", text[mention.number_span.start : mention.number_span.end]):
        return None  # "measuring 6.4", "2.5 metres": a fraction counts no people
    if after[:1].isalpha():
        return None  # a unit or an ordinal glued to it: "40C", "10km", "2nd", "3pm"
    if _counts_things(after):
        return None  # "compared to 111 incidents", "of whom 76 percent": its noun is a thing
    if headline(text):  # "30,000 Flee As Storm Nears": read its words as in running text
        after = detitled(after)
    rate = _RATE.match(after)
    if rate is not None:  # read the count as if the rate were not there, offsets kept
        after = " " * rate.end() + after[rate.end() :]
    ranked = _RANKED.match(after) if mention.value == 1 else None
    if ranked is not None and _ranks_no_person(after[ranked.end() :]):
        return None  # "one of the largest evacuations": a rank among its kind, not a count
    who = counted(after)
    if who is None and mention.value == 1 and mention.low is None and mention.high is None:
        who = one_counted(after)  # "one patient died": a singular noun names the one
    part_of = _PART_OF.match(after)
    if who is None and part_of is not None and _counts_things(after[part_of.end() :]):
        return None  # "3,000 of the 5,000 tents": a part of things counts things
    if who is None and part_of is not None:
        whole = counted(after[part_of.end() :])
        noun = whole.noun if whole is not None and whole.end else "people"
        phrase = whole.phrase if whole is not None and whole.end else "people"
        who = Counted(noun, _subject_of(noun), (), phrase, 0)
    group_of = _GROUP_OF.match(after)
    if who is None and group_of is not None and mention.value > 1:
        # "only 60 of the sick children had been evacuated": a part of a group of people
        group = counted(after[group_of.end() :])
        if group is not None and group.end and group.subject not in _VEHICLE_SUBJECTS:
            end = group_of.end() + group.end
            who = Counted(group.noun, group.subject, group.modifiers, group.phrase, end)
    if rate is None and who is not None and who.end:
        rate = _RATE.match(after[who.end :])
        if rate is not None:
            cut = who.end + rate.end()
            after = after[: who.end] + " " * rate.end() + after[cut:]
    previous = context.last_figure
    recent = previous is not None and previous.sentence_index >= sentence.index - 1
    inherited = False
    population_of = _POPULATION_OF.search(before[-80:])
    figure_of = None if population_of else _FIGURE_OF.search(before)
    if (
        figure_of is None
        and population_of is None
        and who is None
        and _PLACE_BRACKET.search(before)
        and re.match(r"\s*\)", after)
    ):  # "the death toll in Turkey (31,974) and Syria (5,800)": the toll's part by place
        figure_of = _FIGURE_HEAD.search(before)
    if who is None and population_of is not None:
        # "an estimated population of 120,000", "the refugee population has risen to 240,000"
        phrase = ((population_of.group("whose") or "") + "population").strip()
        who = Counted("population", "people", (), phrase, 0)
    elif who is None and figure_of is not None and not mention.vague:
        named = counted(" " + figure_of.group("noun")) if figure_of.group("noun") else None
        among = _AMONG.search(figure_of.group(0))
        if among is not None and (named is None or named.subject in ("killed", "wounded")):
            # "the death toll among the refugees", "the number of deaths among migrants"
            found = counted(" " + among["noun"])
            named = found if found is not None and found.end else named
        noun = figure_of.group("noun")
        if named is None and noun and _THING_NOUN.search(noun):
            return None  # "the number of open crossings from eight": not people
        first_word = re.match(r"\s*([A-Za-z]+)", after)
        if first_word is not None and first_word[1].lower() in _NOT_WHO:
            return None  # "numbers put the fire at 2,656 hectares": a unit says what it counts
        aggregate = _BRINGING.search(before) is not None
        if (
            named is None
            and previous is not None
            and recent
            and (_general(previous.population) or not aggregate)
            # a toll counts the dead, not the troops or evacuees counted just before it
            and (previous.metric == "killed" or not _TOLL.search(figure_of.group(0)))
        ):
            # "bringing the total to ...": a total is broader than one nationality or group
            # named before it; "the number could be ..." restates the same count
            named = Counted(previous.subject, previous.subject, (), previous.population, 0)
        who = named or Counted("people", "people", (), "people", 0)
        who = who.elsewhere()
    elif who is None or (who.noun == "people" and who.end == 0):
        if previous is not None and recent and (
            _ANOTHER.search(before) or who is not None or _object(before, after)
            or (is_subset(before, after) and previous.sentence_index == sentence.index)
            or (_GAPPED.search(before) and previous.sentence_index == sentence.index)
            or (  # "3,000 crossed on Thursday and 2,000 on Friday": the verb is left out
                _JOINED_BARE.search(before)
                and previous.sentence_index == sentence.index
                and _WHEN_OR_WHERE.match(after)
            )
            or (  # "62,267 in Chennai, followed by Kanchipuram (57,516)": by place, in brackets
                _PLACE_BRACKET.search(before)
                and re.match(r"\s*\)", after)
                and previous.sentence_index == sentence.index
            )
            or (  # "560,000 with shelter, 116,500 with health care": shared out by what
                _shared_out(text, sentence, previous, mention)
                and (
                    _WHEN_OR_WHERE.match(after)
                    or _SHARED_BY.match(after)
                    or re.match(r"\s*\(", after)  # "4,200 (Monday), 6,100 (Tuesday)"
                )
            )
            or (
                _JOINED.search(before)
                and previous.sentence_index == sentence.index
                and re.match(r"^\s*[a-z]+ed\b", after)
            )
            or re.match(r"^\s*(?:of (?:its|their)|from|were|had|have|has|are|more|still|will"
                        r"|would|remain|left)\b", after)
        ):  # fmt: skip
            who = _referred(previous, sentence.index, mention.value, before, after)
            inherited = True
        elif who is None and _object(before, after):
            who = Counted("people", "people", (), "people", 0)
    if who is None:
        who = _unnamed(before, after, mention.vague)
    added = _ADDED_TO.match(after) if who is None and _ADDED.search(before) else None
    if added is not None:  # "the quake added 108,000 to the number of displaced"
        named = counted(" " + added["noun"]) if added["noun"] else None
        if named is None and previous is not None and recent and not added["noun"]:
            named = Counted(previous.subject, previous.subject, (), previous.population, 0)
        if named is not None or not added["noun"]:
            who = named or Counted("people", "people", (), "people", 0)
            who = who.elsewhere()
    if who is None and rate is not None:  # "we see 1,500 a day": a rate counts people here
        who = Counted("people", "people", (), "people", 0)
    if who is None and _EARLIER.search(before) and previous is not None and recent:
        # "12,500 have been evacuated, up from 9,000 on Monday": the same count, earlier
        who = Counted(previous.subject, previous.subject, (), previous.population, 0)
        inherited = True
    grouped = text[mention.number_span.start : mention.number_span.end]
    if who is not None and who.end and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", grouped):
        # "2.500 people": people come whole, so the dots group thousands (as in Europe)
        count = int(grouped.replace(".", ""))
        low = count if mention.low is not None else None
        high = count if mention.high is not None else None
        mention = replace(mention, value=count, low=low, high=high)
    if who is None or mention.value == 0:
        return None
    if who.end and who.noun.lower() == "others":
        # "killing nine civilians and injuring 20 others": the others are of the group just
        # counted in the sentence; with none, "hundreds of others waited" counts people
        same = previous is not None and previous.sentence_index == sentence.index
        population = previous.population if same and previous is not None else "people"
        subject = previous.subject if same and previous is not None else "people"
        who = Counted(population, subject, who.modifiers, population, who.end)
    if who.noun.lower() in _SPEAKERS and _SPEAKS.match(after[who.end :]):
        return None  # "Two US officials said": who speaks, not who is counted
    if mention.value == 1 and who.end and _NAMED_AFTER.match(after[who.end :]):
        return None  # "One woman, Lena Ostrova, 68, swam": a person met, not a count
    digits = text[mention.number_span.start : mention.number_span.end]
    if (
        re.fullmatch(r"(?:19|20)\d\d", digits)
        and not mention.qualifier
        and figure_of is None
        and (inherited or not who.end or who.noun[:1].isupper())
    ):
        return None  # a year, not a count
    if who.end:  # "2,000 families or 9,000 residents": one count, read in the first's place
        restated_before, rest = without_restatement(before, who.noun, after[who.end :])
        before, after = restated_before, after[: who.end] + rest
    # "the number who have fled has reached 3 million": "reached" tells the total, not an arrival
    event_before = _TOTAL_VERB.sub("", before) if figure_of is not None else before
    # "the remaining 17,000 would travel by road": the adjective is said below, not the event
    event_before = _REMAINING_BEFORE.sub("", event_before)
    # "9,000 arrivals", "138,000 dead or missing"
    noun = (joined_states(who.phrase) or noun_event(who.noun, who.modifiers)) if who.end else ""
    dead = who.end and ("dead" in who.modifiers or joined_states(who.phrase) == "killed")
    if (
        who.end
        and who.noun.lower() in ("displaced", "uprooted")
        and _DISPLACED_BY.match(after[who.end :])
    ):
        noun = "evacuated"  # "20 dead and millions displaced by Cyclone Bulbul"
    # "Killed: 1,262 | Injured: 2,285": a table's label says what happened to its own cell
    event = _label_event(before, after) or event_of(
        event_before, after[who.end :] if who.end else after, noun
    )
    event = event or ("present" if _SHELTERED.match(after) else "")
    if not event and (
        (
            who.noun in ("inhabitants", "residents", "population")
            and re.search(r"(?:\b(?:of|has|have|had|with)|\w['’]s)\s+$", before)
        )
        or _HOME_OF.search(before)
        or (not who.end and (_NUMBERING.search(before) or _numbered_subject(before)))
    ):  # "a town of 65,000 inhabitants": who lives there; "the staff, who number 40": a
        event = "present"  # group's size, when no verb says what happened to it
    if (
        figure_of is not None
        and _TOLL.search(figure_of.group(0))
        and (
            event in ("", "other", "present")  # "the death toll is at 54": no one is present
            # "the toll among migrants arriving on the island rose to 320": the toll is the
            # head, what the people it is said among were doing is not what is counted
            or (event in _MOVES and re.match(r"tolls?\b", figure_of.group(0)))
        )
    ):
        event = "killed"
    if {"wounded", "injured", "sick"} & set(who.modifiers) and event not in _MOVES:
        event = "wounded"
    if (dead or who.noun in ("bodies", "corpses")) and event != "missing":
        event = "killed"  # "15 dead children seen on a road of people crossing": a toll
    subset = is_subset(before, after)
    if subset and noun and who.end and who.noun.lower() in _EVENT_NOUNS:
        event = noun  # "8 dead, including two million evacuations": the part counts its own
    planned = is_planned(before, after[who.end :] if who.end else after)
    listed = _listed(before)
    if (
        (inherited or listed or figure_of)
        and previous is not None
        and recent
        and not event
        and not planned
        # "departures" says what happened; "4,500 deaths and 8,300 injuries": a noun of harm
        and who.subject not in ("evacuees", "arrivals", "killed", "wounded")
    ):
        metric = previous.metric
    elif (
        subset
        and previous is not None
        and previous.metric in _EVENT_METRICS
        and not own_event(after[who.end :] if who.end else after)
        # "8 dead, including two million evacuations": a noun of events says its own
        and who.noun.lower() not in _EVENT_NOUNS
    ):  # a part with a verb of its own ("of whom 4,000 are in shelters") takes that verb
        metric = previous.metric  # "262 people on board, including a dozen babies"
    elif (
        population_of is not None
        and who.noun == "population"
        and not planned
        # "its entire population of 38,000 has been displaced": its own verb moved it
        and own_event(after[who.end :] if who.end else after) not in _OWN_MOVES
    ):
        metric = "present"
    elif figure_of is not None and planned:
        metric = "planned"  # "the toll could exceed 1,000": a forecast, not a count
    else:
        metric = choose_metric(who.subject, event, subset, planned)
    if _REMAINING_BEFORE.search(before) and (
        metric in ("present", "other") or (metric == "planned" and event not in _MOVES)
    ):
        metric = "remaining"  # "the remaining 17,000 would travel by road" stays a plan
    if (
        _WHOLE_OF.search(before)
        and who.end
        # "one of at least 15 dead children": a whole its noun counts as dead stays a toll
        and noun not in ("killed", "wounded", "missing")
        and who.subject != "evacuees"
        and who.subject not in _CARS
        and not measures_capacity(after)  # "half of the city's 5,000-person capacity"
    ):  # what happened is said of the part; the whole is a stock, unless it is described
        described = described_event(after[who.end :])  # ("of the 2,000 evacuated")
        if not described:
            metric, planned = "present", False
        elif described in ("waiting", "remaining", "missing", "planned"):
            # "300 of the 2,000 people waiting on the quay", "of the 5,000 ordered to leave"
            metric, planned = described, described == "planned"
    if metric in ("present", "evacuated") and event == "evacuated" and none_of(before):
        metric = "remaining"  # "none of the 400 patients had been evacuated": they stayed
    period, why = explain_period(metric, before, after, default="")
    if (
        figure_of is not None
        and not _A_NUMBER_OF.search(before)  # "A number of 7,305 entered": just 7,305
        and not (_A_TOTAL_OF.search(before) and why in _DAY_RULES)
        and metric not in STOCKS
        and metric != "other"
        and period != "24h"
        and why not in ("rate", "rate before")  # "its estimate of 800 deaths per day" stays a rate
        and not (period == "daily" and _FALLING.search(figure_of.group(0)))
    ):  # a toll or a total is a running total, whatever day it is given; one that fell is a
        period = "cumulative"  # flow ("the number crossing fell to 900 on Monday")
    if rate is not None and metric not in STOCKS:  # "5,000 a week" adds up several days
        period = "daily" if rate.group("unit").lower() in ("day", "hour", "night") else "cumulative"
    if subset and previous is not None and previous.metric == metric and recent:
        period = period or previous.period
    if (listed or figure_of or (inherited and not event)) and previous is not None and recent:
        period = period or (previous.period if metric == previous.metric else "")
    if _EARLIER.search(before) and previous is not None and recent and metric == previous.metric:
        period = previous.period  # "20,000 so far, up from 14,000 on Monday": the same count
    if not period and context.list_counts_up and metric not in STOCKS:
        period = "cumulative"  # "KEY FIGURES (as of 12 May) / 45,000 refugee arrivals"
    if (
        not period
        and metric in ("killed", "wounded")
        and not _INCIDENT.search(text)
        # (one death or one injury is one incident: "one patient died during the transfer")
        and not (mention.value == 1 and mention.high is None)
        and not day_in_clause(text, mention.span.start, dates)
    ):
        period = "cumulative"  # a toll with no day and no single incident adds up
    place, place_inferred = _place(context, sentence, mention.span.start, metric)
    assumed: list[str] = []
    if place_inferred:
        assumed.append("place inferred")  # no place in its sentence: the report's main one
    if not period and metric not in STOCKS and metric not in ("other", "buses", "ambulances"):
        period = "daily"
        assumed.append("period assumed")  # no word says over what time
    if (inherited or not who.end) and figure_of is None and population_of is None:
        assumed.append("who inferred")  # no noun: who is counted comes from the context
    if _HEDGE.search(before[-60:]) or _HEDGE.match(after[: who.end + 40]):
        assumed.append("hedged")  # "1,000 feared dead", "could have died": a fear, not a count
    if _ANOTHER.search(before) or re.match(r"^\s*more\b", after):
        assumed.append("an increment")  # "another 48 died": added to a total, not one
    unit = rate.group("unit") if rate else ""
    document = context.document
    start = sentence.span.start + mention.span.start
    end = sentence.span.start + mention.span.end
    return Figure(
        doc_id=document.doc_id,
        span=Span(start, end),
        surface=document.text[start:end],
        value=mention.value,
        metric=metric,
        subject=who.noun,
        low=mention.low,
        high=mention.high,
        qualifier=mention.qualifier,
        place=place,
        as_of=previous.as_of
        if previous is not None and recent and _follows(text, dates, mention)
        else as_of_day(
            sentence.text, mention.span.start, dates, _setting(context, sentence), period, metric
        ),
        source="",
        sentence_index=sentence.index,
        note="; ".join(
            filter(
                None,
                [
                    _note(who, subset, event, metric, planned, unit),
                    "a place's people" if metric == "present" and _size(before, after, who) else "",
                    *assumed,
                ],
            )
        ),
        population=who.phrase,
        period=period,
        crisis=context.crisis,
    )


def _follow_list(
    context: _Context, text: str, mentions: list[NumberMention], dates: list[DateMention]
) -> None:
    """Note whether the sentence is a heading that counts its list up to a point, or an
    item of the list under the last heading; any other sentence ends the list."""
    own = [m for m in mentions if not any(_within_date(m, d) for d in dates)]
    heading = None if own else heading_counts_up(text)
    if heading is not None:
        context.list_counts_up = heading
    elif not list_item(text):
        context.list_counts_up = False


def _totals_as_now(own: list[Figure]) -> bool:
    """Return whether a sentence's figures (``own``) are running totals, all as of the
    report's time (no day of their own), so the story no longer stands on a day named
    before it."""
    return bool(own) and all(f.period == "cumulative" for f in own)


def _setting(context: _Context, sentence: Sentence) -> Setting:
    """Return what the sentence's figures are dated by besides the dates it names."""
    post = context.posts.get(context.line(sentence.span.start))
    return Setting(
        published=context.document.published,
        news_day=context.news_day,
        posted=post.day if post is not None else context.credited.get(sentence.index),
        previous_day=context.previous_day,
        previous_vague=context.previous_vague,
        body_start=context.dateline_end - sentence.span.start,
        spoke_on=context.spoke_on,
    )


def _within_date(mention: NumberMention, mention_date: DateMention) -> bool:
    """Return whether a number is part of a date: "7" in "July 7", not "5,015" whose first
    digit the date reader took for the end of a day range ("since July 7 to 5,015")."""
    number, day = mention.number_span, mention_date.span
    if not number.overlaps(day):
        return False
    return number.end <= day.end or number.start < day.start


def _follows(text: str, dates: list[DateMention], mention: NumberMention) -> bool:
    """Return whether a figure takes its day from the one before ("Of them, 229,000";
    "Another 1,000 arrived"; "Of them, 200 ..., while 150 ...", every part of a sentence
    that opens with "Of them") because its own clause names no day."""
    before = text[: mention.span.start]
    own_day = any(
        d.span.start < mention.span.start + 80 and not starts_period(text[: d.span.start])
        for d in dates
    )
    return (
        bool(re.search(r"\b(?:of|among|amongst) (?:them|whom|those|these)\b", before[-20:], re.I))
        or (bool(_ANOTHER.search(before)) and not own_day)
        or (bool(_OF_THEM.match(before)) and not own_day)
    )


# A sentence that opens by dividing the figure before it: "Of them, ...", "Of those, ...",
# "Among them, ...", "Of this number, ...".
_OF_THEM = re.compile(
    r"\W*(?:of|among|amongst) (?:them|those|these|whom|this number|that number|the total)\b",
    re.I,
)


def _shared_out(text: str, sentence: Sentence, previous: Figure, mention: NumberMention) -> bool:
    """Return whether a bare number goes on sharing out the count just before it in the same
    sentence, joined by a comma, "and" or "followed by" ("eight people in one county, five in
    another", "300 in the north, followed by 81 in the south"), however that count is written."""
    if previous.sentence_index != sentence.index:
        return False
    start = previous.span.end - sentence.span.start
    return 0 <= start <= mention.span.start and bool(
        _SHARE_JOIN.match(text[start : mention.span.start])
    )


def _listed(before: str) -> bool:
    """Return whether a number continues a list ("167 Lebanese, 120 French and ...")."""
    return bool(
        re.search(
            r"(?:(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|a dozen|dozens|hundreds|thousands))\s+[A-Za-z][\w'-]*(?:\s+[a-z]+)?\s*"
            r"(?:,|and|,\s*and)|:)\s*$",
            before,
        )
    )


def _object(before: str, after: str) -> bool:
    """Return whether a number with no noun is the object of a verb that moves or holds
    people ("evacuated 900 to Larnaca", "Peru houses half a million")."""
    return bool(_TRANSITIVE.search(before)) and bool(_NO_NOUN.match(after))


_NO_NOUN = re.compile(
    r"^\s*(?:$|[,.;:)\"”–—-]|(?:to|from|in|into|out|on|by|across|over|along|near|at|around"
    r"|within|inside|outside|throughout|and|since|so far|last"
    r"|this|yesterday|today|overnight|more|others|people)\b)",
    re.I,
)


# "the evacuees, numbering about 9,000": the count of the noun before it
_NUMBERING = re.compile(
    r"\b(?P<noun>[A-Za-z][\w'’-]*),?\s+(?:now\s+)?(?:numbering|numbered|totalling|totaling"
    r"|totalled|totaled)\s*$"
    # "migrants, who now number 1.8 million"
    r"|\b(?P<who>[A-Za-z][\w'’-]*),?\s+(?:who|which|that)\s+(?:now\s+|still\s+)?"
    r"(?:number|numbered|total|totalled|totaled)\s*$",
    re.I,
)
# An age is no count: "aged 65", "aged between 18 and 60", "65 years old", "a 3-month-old".
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?)\s+(?:between\s+|from\s+|of\s+)?$", re.I)
# "aged 4 and 7": the second is an age too, unless a noun of its own follows ("aged 65 and
# two children")
_AGE_LIST = re.compile(
    r"\b(?:aged|ages?)\s+(?:between\s+|from\s+|of\s+)?(?:\d+\s*(?:,|and|or|to)\s*)+$", re.I
)
# "children under five", "people over 60", "minors below the age of 14": an age limit said of
# the people just named
_AGE_LIMIT = re.compile(r"\b([A-Za-z]+)\s+(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?$")
_AGE_AFTER = re.compile(
    r"^[\s-]*(?:years?|yrs?|months?|weeks?|days?)[\s-]*old\b"
    r"|^\s*and (?:over|above|older|under|below|younger)\b",
    re.I,
)
# A body of people with no noun: "a caravan of some 7,000", "a crowd of 5,000".
_GROUP_BEFORE = re.compile(
    r"\b(?:crowd|group|caravan|column|contingent|batch|delegation|party|throng|influx|wave)"
    r"\s+of\s+$",
    re.I,
)
_NOT_WHO = THINGS | VEHICLES
# The noun right after a number, when it names things or a share the number counts: "111
# incidents", "76 percent", "80 per cent", "40%" (scales and rates are read elsewhere)
_OWN_THING = re.compile(r"\s*(%|per\s+cent\b|[A-Za-z]+\b)(?![-'’])")
_THING_NOUNS = frozenset(
    {"%", "percent", "per cent", "pc"}
    | {w for w in THINGS if w.endswith("s") and w not in ("head", "times")}
)


def _ranks_no_person(rest: str) -> bool:
    """Return whether the words after "one of the largest" name no people: an event, a thing
    or nothing ("evacuations", "storms on record"), not "injured" or "victims"."""
    who = counted(" " + rest)
    return who is None or not who.end or who.noun.lower() in _EVENT_NOUNS


def _counts_things(after: str) -> bool:
    """Return whether the word right after a number names things or a share ("111
    incidents", "76 percent", "40%"): such a number counts no people, whatever comes before."""
    own = _OWN_THING.match(after)
    return own is not None and " ".join(own[1].lower().split()) in _THING_NOUNS


# Room for people, or a target, with no noun: "a shelter built for 500", "designed to hold
# 2,000", "a target of 8,000 by Friday".
_CAPACITY = re.compile(
    r"\b(?:built|designed|meant|intended|equipped|planned|room|space|capacity)"
    r"\s+(?:for|of|to (?:hold|fit|take|seat|sleep))\s+$"
    r"|\b(?:target|goal|quota|ceiling|cap)\s+of\s+$",
    re.I,
)
# "12,000 in temporary shelters", "4,000 at the camp": people where people are housed
_SHELTERED = re.compile(
    r"^\s*(?:now\s+|still\s+)?(?:in|at|inside)\s+(?:the\s+|a\s+)?(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:shelters?|camps?|centres?|centers?|tents?|evacuation sites?|relief sites?"
    r"|displacement sites?|collective centres?|gymnasiums?|stadiums?)\b"
    r"|^\s*(?:now\s+|still\s+)?homeless\b",  # "Thousands homeless after cyclone": a stock
    re.I,
)
# "2.5M Under Evacuation Orders", "40,000 under a mandatory order to leave": a bare count
# under an order or a warning is of people
_UNDER_ORDERS = re.compile(
    r"^\s*(?:now\s+|still\s+)?under\s+(?:an?\s+|the\s+|new\s+)?(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:orders?|warnings?|notices?|advisor(?:y|ies)|alerts?)\b",
    re.I,
)
# "with 1,700 on board", "270 aboard": people carried
_ABOARD = re.compile(r"^\s*(?:on board|onboard|aboard)\b", re.I)


_NO_NOUN_HOME = re.compile(
    r"^\s*(?:$|[,.;:()\"”–—+|/-]|(?:was|were|is|are|had|has|have|and|who|which|that|in|on|at)\b)",
    re.I,
)


# "fled by the thousands", "came in their hundreds": a crowd's size said as a manner
_IN_THEIR = re.compile(r"\b(?:by|in) (?:the|their) $", re.I)


# "the daily death toll among the refugees rose to 2,000": who the total is taken among
_AMONG = re.compile(r"\bamong (?:the |those |these )?(?P<noun>[A-Za-z][\w'’-]*)", re.I)


def _unnamed(before: str, after: str, vague: bool = False) -> Counted | None:
    """Return who a number with no noun of its own counts, from the words around it: the noun
    it numbers ("the evacuees, numbering 9,000"), people aboard ("with 1,700 on board"), the
    people of a place ("the town of 15,000") or, for a ``vague`` amount, the crowd whose
    manner it is ("fled by the thousands")."""
    first = re.match(r"\s*([A-Za-z]+)", after)
    if first is not None and first[1].lower() in _NOT_WHO:
        return None  # "reached 300 km", "stood at 40 percent": a unit says what it counts
    if _BODIES_OF.search(before):
        return Counted("bodies", "killed", (), "bodies", 0)  # "the bodies of seven"
    crowd = _IN_THEIR.search(before) if vague else None
    if crowd is not None:  # "refugees fled by the thousands": the crowd its clause names
        words = before[: crowd.start()].split()[-10:]
        following = re.split(r"[.;:]", after, maxsplit=1)[0].split()[:8]
        for word in [*reversed(words), *following]:
            if word[:1].isupper() and not re.fullmatch(r"[A-Z][a-z]+(?:s|ese)", word):
                continue  # "press into Iran by the thousands": a name, no crowd
            noun = counted(" " + word.strip(",'’\"“”").lower())
            if noun is not None and noun.end and noun.subject not in _CARS:
                return noun.elsewhere()
    numbering = _NUMBERING.search(before)
    if numbering is not None:
        noun = counted(" " + (numbering.group("noun") or numbering.group("who")))
        if noun is not None and noun.subject not in ("buses", "ambulances", "vehicles"):
            return noun.elsewhere()
    estimated = _ESTIMATED_AT.search(before) if _ends_with_at(before) else None
    if estimated is not None:  # "those killed were put at 6,100", "estimated the displaced at"
        words = (estimated["object"] or estimated["subject"]).split()
        for word in reversed(words[-6:]):
            noun = counted(" " + word)
            if noun is not None and noun.end and noun.subject not in _CARS:
                return noun.elsewhere()
        if (
            len(words) >= 2
            and words[-2].lower() in ("those", "the")
            and _PARTICIPLE.fullmatch(words[-1])
        ):
            return Counted("people", "people", (), "people", 0)
        if _PARTICIPLE_AFTER_THOSE.search(estimated["subject"]):
            return Counted("people", "people", (), "people", 0)
    subject = _numbered_subject(before, totals=True)
    if subject is not None:
        return subject
    if _ABOARD.match(after) or _SHELTERED.match(after) or _UNDER_ORDERS.match(after):
        return Counted("people", "people", (), "people", 0)
    labelled = _LABELLED.search(before)
    if labelled is not None and _NO_NOUN_HOME.match(after) and _names_people(labelled["label"]):
        return Counted("people", "people", (), "people", 0)
    if _HOME_OF.search(before) and _NO_NOUN_HOME.match(after):
        return Counted("people", "people", (), "people", 0)
    if (_GROUP_BEFORE.search(before) or _CAPACITY.search(before)) and (
        first is None or not _noun_like(first[1])
    ):
        return Counted("people", "people", (), "people", 0)  # "a caravan of some 7,000 set off"
    return None


# "Those killed ... were put at 6,100", "the ministry estimated the displaced at 1.2 million":
# a verb of estimation puts its subject or object at a figure


def _ends_with_at(text: str) -> bool:
    """Whether ``text`` ends on "at" after a space, as every match of _ESTIMATED_AT does (a
    cheap test before the pattern, which tries each of the text's positions)."""
    end = text.rstrip()
    return end[-2:].lower() == "at" and end[-3:-2].isspace()


_ESTIMATED_AT = re.compile(
    r"(?P<subject>[^.;:()]{0,80}?)\s+(?:put|puts|placed|places|pegged|pegs|estimated|estimates"
    r"|estimate|set|sets)\b(?P<object>[^.;:(),]{0,50}?)\s+at\s*$",
    re.I,
)
_PARTICIPLE_AFTER_THOSE = re.compile(
    r"\b(?:those|the)\s+(?:[a-z]+ed|dead|injured|hurt|missing|fled|taken|displaced)\b", re.I
)
_BODIES_OF = re.compile(r"\b(?:bodies|remains|corpses)\s+of\s+(?:some\s+|about\s+)?$", re.I)
# "Refugees in the country number 1.5 million": a verb that gives its subject's count
_NUMBER_VERB = re.compile(
    r"(?:^|[^\w\s,;:]|\s)(?P<words>[^,;:.()]{1,60}?)\s+(?:now\s+|still\s+)?"
    r"(?:number|numbers|numbered|total|totals|totalled|totaled"
    # "Confirmed fatalities included 61 in Florida": the subject names who the parts are
    r"|include|includes|included)\s*$",
    re.I,
)
# Words before which "number" or "total" is a noun: "the number 40", "in total 300".
_DETERMINER = frozenset(
    {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "in", "of", "grand"}
)


def _numbered_subject(before: str, totals: bool = False) -> Counted | None:
    """Return the people a verb of counting gives the number of ("the displaced now number
    40,000", "refugees in the country number 1.5 million"), or with ``totals`` a verb of a
    running total ("fatalities now stand at 2,400"): the nearest people noun of its
    subject; "the number 40" or "a total 300" is a noun, no verb."""
    found = _NUMBER_VERB.search(before) or (_STAND_AT.search(before) if totals else None)
    reaches = found is None and totals and (found := _SUBJECT_REACHES.search(before)) is not None
    if found is None:
        return None
    words = found["words"].split()
    if not words or words[-1].lower() in _DETERMINER:
        return None
    # "Daily arrivals were averaging 1,500 a week ago but have risen to 4,000": the subject
    # of the first verb; a capital that only opens the sentence names no group
    # ("Temperatures have climbed to 41")
    opening = found.start("words") == 0 or not before[: found.start("words")].strip()
    for index in reversed(range(max(0, len(words) - (10 if reaches else 6)), len(words))):
        word = words[index]
        if reaches and index == 0 and opening:
            word = word.lower()
        if reaches and word[:1].isupper() and not re.fullmatch(r"[A-Z][a-z]+(?:s|ese)", word):
            continue  # "the toll from Hurricane Dorian's strike has risen to 20": a name
        noun = counted(" " + word)
        if noun is not None and noun.end and noun.subject not in _CARS:
            return noun.elsewhere()
    if (
        len(words) >= 2
        and words[-2].lower() in ("those", "the")
        and _PARTICIPLE.fullmatch(words[-1])
    ):  # "Those evacuated number more than 2,000", "the displaced now total 40,000"
        return Counted("people", "people", (), "people", 0)
    return None


# "Fatalities now stand at 2,400": a verb that gives its subject's running total, not a stock
_STAND_AT = re.compile(
    r"(?:^|[^\w\s,;:]|\s)(?P<words>[^,;:.()]{1,60}?)\s+(?:now\s+|still\s+)?"
    r"(?:stand|stands|stood|standing)\s+at\s*$",
    re.I,
)
# "Arrivals have surpassed 24,000", "deaths climbed to 340", "daily arrivals were averaging
# 1,500": a verb by which its subject's count reaches, rises to or averages a figure
_SUBJECT_REACHES = re.compile(
    r"(?:^|[^\w\s,;:]|\s)(?P<words>(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,80}?)"
    r"\s+(?:now\s+|still\s+)?(?:(?:has|have|had|is|are|was|were)\s+)?(?:now\s+)?"
    r"(?:(?:" + _REACH_FORMS + r")(?:\s+a\s+total\s+of)?"
    r"|(?:climbed|climbing|climbs|climb|risen|rose|rising|rises|rise|jumped|jumps|increased"
    r"|grown|grew|grows|soared|swelled|swollen|gone up|went up)\s+(?:to|past)"
    r"|averag(?:e|es|ed|ing))\s*$",
    re.I,
)
_PARTICIPLE = re.compile(
    r"[a-z]+ed|dead|injured|hurt|missing|fled|taken|flown|brought|left|displaced", re.I
)


def _noun_like(word: str) -> bool:
    """Return whether a word after a number may be a plural noun it counts ("a wave of 40
    strikes"): a thing, or a word in -s that is no small word ("was", "as", "its")."""
    lower = word.lower()
    return lower in _NOT_WHO or (lower.endswith("s") and lower not in _S_WORDS)


_S_WORDS = frozenset({"was", "is", "has", "as", "its", "his", "this", "across", "plus", "towards"})


def _names_people(label: str) -> bool:
    """Return whether a table's label names people or what happened to them ("Dead",
    "Evacuated", "People displaced", "Arrivals"), not things ("Tents", "Date")."""
    if _LABEL_EVENT.search(label):
        return True
    return any(
        (who := counted(" " + word)) is not None and who.end > 0 and who.subject not in _CARS
        for word in label.split()
    )


# What a table's label says happened, by the conventions' metrics.
_LABEL_METRICS = {
    "killed": "dead deaths death killed died toll fatalities",
    "wounded": "injured wounded hurt",
    "missing": "missing unaccounted",
    "evacuated": "evacuated evacuees displaced departures rescued relocated repatriated",
    "arrived": "arrivals arrived crossed crossings",
    "remaining": "remaining stranded trapped",
    "waiting": "waiting",
    "present": "sheltered shelters hosted",
}
_LABEL_OF = {word: metric for metric, words in _LABEL_METRICS.items() for word in words.split()}
_LABEL_EVENT = re.compile(r"\b(?:" + "|".join(_LABEL_OF) + r")\b", re.I)


def _label_event(before: str, after: str) -> str:
    """Return what the label of a labelled count says happened ("Dead: 7"), or ''."""
    labelled = _LABELLED.search(before)
    if labelled is None or not _NO_NOUN_HOME.match(after):
        return ""
    found = _LABEL_EVENT.search(labelled["label"])  # "Sheltered: 4,000"
    return _LABEL_OF[found.group(0).lower()] if found else ""


_CARS = frozenset({"buses", "ambulances", "vehicles"})
# Nouns that count events, not people described: "two million evacuations", "40 deaths"; a
# rank among them is no person ("one of the largest evacuations"), a rank among people is
# one ("one of the most seriously injured"). (Defined once: an earlier twin of this set was
# shadowed by it.)
_EVENT_NOUNS = frozenset(
    {"evacuations", "arrivals", "departures", "deaths", "fatalities", "crossings", "entries"}
)
# "millions displaced by the cyclone": the participle with its agent is a passive, a move
_DISPLACED_BY = re.compile(r"^\s*(?:\w+ly\s+)?by\b", re.I)


def _subject_of(noun: str) -> str:
    return CLASSES.get(noun.lower(), "people")


# What happened to people, said as an adjective, by the harm it names: a group named by one
# harm is no group a count of another harm refers back to ("27,022 injured ... 1,779 are
# still missing": not the injured; "240 wounded were evacuated ... 180 were flown out" are).
_STATES = {
    "dead": "killed", "killed": "killed", "died": "killed", "injured": "wounded",
    "wounded": "wounded", "hurt": "wounded", "sick": "wounded", "missing": "missing",
    "unaccounted": "missing",
}  # fmt: skip
_HARM_WORD = re.compile(r"\b(?:" + "|".join(_STATES) + r")\b", re.I)


def _other_harm(population: str, after: str) -> bool:
    """Return whether a group named by a harm ("injured") is followed by a count of another
    harm ("1,779 are still missing")."""
    harm = _HARM_WORD.search(after[:60])
    state = _STATES.get(population.lower())
    return state is not None and harm is not None and _STATES[harm[0].lower()] != state


def _referred(previous: Figure, index: int, value: int, before: str, after: str) -> Counted:
    """Return who a number with no noun counts when it refers back to the last figure: its
    group, unless that figure was in an earlier sentence ("another 1,000", "200,000 more"
    aside) and named people by another harm than this number's, or counted an exact group ten
    times smaller than this toll ("two RCMP officers are missing. ... 50,000 may have died";
    "thousands" is no exact group; "two Americans died ... 45,000 are in the country" are
    Americans): then people."""
    earlier = (
        previous.sentence_index != index
        and _ANOTHER.search(before) is None
        and not re.match(r"\s*more\b", after)
    )
    exact = previous.low is None and previous.high is None
    toll = exact and value > 10 * max(previous.value, 1) and _HARM_WORD.search(after[:60])
    if earlier and (_other_harm(previous.population, after) or toll):
        return Counted("people", "people", (), "people", 0)
    return Counted(previous.subject, previous.subject, (), previous.population, 0)


def _general(population: str) -> bool:
    """Return whether a population names people in general, with no nationality or group."""
    return not any(w[:1].isupper() for w in population.split()) and not re.search(
        r"\b(?:students|workers|staff|soldiers|troops|children|women|journalists)\b", population
    )


# "Fort McMurray's 80,000 residents", "with 3,000 inhabitants", "its population of 9,000"
_RESIDENTS_OF = re.compile(r"(?:\b(?:of|has|have|had|with|its)|\w['’]s)\s+$", re.I)
# "5,000 people live in Jasper", "the 10,000 people living there"
_LIVE_IN = re.compile(r"\s*(?:live|lives|living|lived|reside|resides|residing)\s+(?:in|there)\b")
# "the city's 600,000 people", "Goma's 600,000 people": a place's people
_PLACES_PEOPLE = re.compile(
    r"(?:\b(?:city|town|village|capital|country|nation|island)|\b[A-Z][\w-]+)['’]s\s+$"
)
_PLACE_POPULATION = re.compile(
    r"(?:^|\b(?:an? |the |its |their )(?:estimated |total |whole |entire )?)population of\s+$",
    re.I,
)


# A size that is not the named town's own: "the wider Goma area has a population of 2
# million", "the camp's 30,000 residents" (a camp fills and empties from day to day).
_NOT_TOWN = re.compile(
    r"\b(?:areas?|metro(?:politan)?|greater|wider|surrounding|outskirts|camps?|shelters?"
    r"|cent(?:re|er)s?|sites?|settlements?|tents?|the open|streets?|cars?)\b",
    re.I,
)


def _size(before: str, after: str, who: Counted) -> bool:
    """Return whether a count is the people who live in a place ("a city of 60,000 people",
    "Fort McMurray's 80,000 residents", "an estimated population of 120,000", "about 5,000
    people live in Jasper"): its standing size, known whatever the day, not who is in a
    shelter, a camp or tents on one day."""
    rest = after[who.end :] if who.end else after
    lives = _LIVE_IN.match(rest)
    if lives:
        return not _NOT_TOWN.search(rest[lives.end() : lives.end() + 40])
    return not _NOT_TOWN.search(before[-60:]) and bool(
        PLACE_OF.search(before)
        or _PLACE_POPULATION.search(before)
        or (
            who.noun.lower() in ("inhabitants", "residents", "population")
            and _RESIDENTS_OF.search(before)
        )
        or (who.noun.lower() == "people" and _PLACES_PEOPLE.search(before))
    )


def _note(
    who: Counted, subset: bool, event: str, metric: str, planned: bool, rate: str = ""
) -> str:
    parts: list[str] = []
    if rate:
        parts.append(f"rate per {rate}")
    if subset:
        parts.append("part of a larger figure")
    if who.subject in ("women", "other") or (metric != who.subject and who.subject == "children"):
        parts.append(f"counts {who.noun}")
    if event and event != metric:
        parts.append(f"event: {event}")
    if planned:
        parts.append("planned or hoped for, not done")
    return "; ".join(parts)


# An aside set off by dashes or brackets ("Turkey - which shares a border with Syria - has
# taken in 847,000"): what it names describes a word outside it, not the figure.
_ASIDE = re.compile(r"\s[-–—]\s[^-–—]{3,120}?\s[-–—]\s|\([^()]{3,120}\)")


def _in_other_aside(text: str, place: int, figure: int) -> bool:
    """Return whether a place stands in an aside that does not hold the figure."""
    return any(
        m.start() <= place < m.end() and not m.start() <= figure < m.end()
        for m in _ASIDE.finditer(text)
    )


def _place(context: _Context, sentence: Sentence, position: int, metric: str) -> tuple[str, bool]:
    """Return the place a figure refers to (see ``places.choose_place``) and whether it is
    only the report's main place; a city the report has already narrowed to a part
    ("eastern Aleppo") keeps that part."""
    places = tuple(
        p for p in context.places(sentence.text)
        if not _in_other_aside(sentence.text, p.span.start, position)
    )  # fmt: skip
    start, end = clause_bounds(sentence.text, position)
    clause = tuple(p for p in places if start <= p.span.start < end)
    rest = tuple(p for p in places if not start <= p.span.start < end)
    chosen = choose_place([clause, rest], position, metric)
    name = chosen.name if chosen is not None else context.main_place
    # "remained atop the mountain": the report's Mount Sinjar, named again by its kind
    again = chosen is None and names_again(sentence.text[start:end], name, context.document.text)
    return context.parts.get(name, name), chosen is None and not again


def _source(
    context: _Context, sentence: Sentence, text: str, position: int, pronoun_first: bool
) -> str:
    post = context.posts.get(context.line(sentence.span.start))
    if post is not None:
        return post.source
    if pronoun_first and (context.last_source or context.people):
        return _pronoun_source(context, text)
    if earlier_estimate(text, position):
        return ""  # "higher than the initial estimate of 10,000": whose, the report does not say
    found = attribute(text, position)
    outlet = context.document.outlet if context.document.outlet_known else ""
    if found is not None and is_outlet(found.source, outlet):
        return ""  # the outlet states the figure itself
    if found is not None and found.source == "ICRC":
        before = context.document.text[: sentence.span.start]
        after = context.document.text[sentence.span.end : sentence.span.end + 6000]
        return resolve_society(text[found.span.start : found.span.end], found.source, before, after)
    if found is not None:
        credit = resolve_surname(resolve_generic(found.source, context.sources), context.sources)
        credit = resolve_person_role(credit, text[: found.span.end], context.sources)
        credit = resolve_un_agency(credit, text[found.span.end :], context.sources)
        credit = resolve_owner(credit, context.fresh_person, context.sources, context.people)
        return resolve_title(credit, context.titles)  # "the minister": the one named so
    if context.quoted and context.last_source:
        return context.last_source
    if refers_back(sentence.text) and (context.last_source or context.people):
        return _pronoun_source(context, sentence.text)
    if (sums_up(text) or follows_on(text) or forecasts(text)) and context.spoke_before:
        return context.spoke_before  # "..., the agency said. That brings the total to 230,000."
    return ""


def _pronoun_source(context: _Context, text: str) -> str:
    """Return whom a pronoun speaker is: the last credit of its kind, else for "he" or
    "she" the last person the report named ("Mayor Ana Ruiz ordered ... she said")."""
    if context.fresh_person and speaks_as_person(text):
        return context.fresh_person
    found = referent(text, context.sources)
    if not found and context.people and speaks_as_person(text):
        return context.people[-1]
    return found or context.last_source


def _pronoun_first(text: str) -> bool:
    sources = known_sources(text)
    match = re.search(r"\b(?:It|He|She|They|it|he|she|they)\s+(?:said|reported|tweeted)", text)
    return match is not None and (not sources or match.start() < sources[0].span.start)


def _credit_back(figures: list[Figure], context: _Context, source: str, named: bool) -> None:
    """Credit the figures of the sentence before to a source a later line names; ``named``
    also replaces a credit to a role the later line puts a name to ("a minister")."""
    for index in range(len(figures) - 1, -1, -1):
        figure = figures[index]
        if figure.sentence_index != context.previous_index:
            break
        if not figure.attributed or (named and is_generic(figure.source)):
            figures[index] = replace(figure, source=source, attributed=True)


def extract_figures(
    document: Document, sentences: list[Sentence] | None = None, crisis: str = ""
) -> list[Figure]:
    """Return every figure about people or vehicles in ``document``, in text order.

    ``crisis`` labels the figures (see ``corridor.text.crisis``); by default it is the
    document's own main country and year.
    """
    if sentences is None:
        sentences = split_sentences(document.text, document.doc_id)
    context = _Context(document, sentences, crisis)
    figures: list[Figure] = []
    for sentence in sentences:
        masked = _masked(sentence.text)
        start, end = sentence.span.start, sentence.span.end
        if start < context.dateline_end and end > context.dateline_start:
            head = max(0, context.dateline_start - sentence.span.start)
            cut = context.dateline_end - sentence.span.start
            masked = masked[:head] + " " * (cut - head) + masked[cut:]
        mentions = find_numbers(masked)
        found = (
            find_dates(masked, document.published, vague=True, anchor=context.previous_day)
            if mentions
            else []
        )
        dates = spoken_days(masked, found, document.published, context.spoke_on)
        pronoun_first = _pronoun_first(masked)
        _follow_list(context, sentence.text, mentions, dates)
        line = _SOURCE_LINE.match(sentence.text)
        if line is not None:
            context.last_source = line.group("name").strip()
            context.sources = [*context.sources[-(_RECALL - 1) :], context.last_source]
            context.expect_quote = True
            _credit_back(figures, context, context.last_source, False)  # a credit line below
            continue
        this = says_this(masked)  # "The minister, Ana Ruiz, said this on Sunday."
        after = credited_after(masked) or (
            _source(context, sentence, masked, SENTENCE, False) if this else ""
        )
        if after:  # "That is according to the UN."
            credit = resolve_surname(resolve_generic(after, context.sources), context.sources)
            _credit_back(figures, context, credit, this)
        context.previous_index = sentence.index
        named_now = titled_people(masked)
        context.people = [*context.people[-(_RECALL - 1) :], *named_now]
        context.titles = [*context.titles[-(_RECALL - 1) :], *titles_named(masked)]
        opens = sentence.text[:1] in '"“'
        # "'...,' said Vega. 'Another 400 are waiting.'": a quotation that follows one its
        # speaker was named for, in the same paragraph, is the same speaker's.
        whole_quote = opens and sentence.text.rstrip()[-1:] in '"”'
        # A quotation that runs on past the sentence (it opens and is not closed in it, as
        # when it runs to the next paragraph) is as much the same speaker's.
        runs_on = opens and len(re.findall(r"[\"“”]", sentence.text)) % 2 == 1
        context.quoted = context.in_quote or (
            opens and (context.expect_quote or ((whole_quote or runs_on) and context.quoted_before))
        )
        first = len(figures)  # this sentence's figures follow
        for mention in mentions:
            if any(_within_date(mention, d) for d in dates):
                continue
            figure = _figure(context, sentence, mention, dates)
            if figure is None:
                continue
            source = _source(context, sentence, masked, mention.span.start, pronoun_first)
            figure = replace(figure, source=source or document.outlet, attributed=bool(source))
            figures.append(figure)
            if "part of a larger figure" not in figure.note:
                context.last_figure = figure
        spoken = _source(context, sentence, masked, SENTENCE, pronoun_first)
        context.spoke_before = spoken
        # "Mayor Pedro Alba visited the camp. He said ...": the person just named, not the
        # one credited before, is whom "he" or "she" means next
        context.fresh_person = (
            "" if spoken else (named_now[-1] if named_now else context.fresh_person)
        )
        if spoken:
            # "Dr Ana Ruiz of MSF said": MSF is named too, for a later "the charity"
            body = affiliation(masked, spoken)
            earlier = [body, spoken] if body else [spoken]
            context.last_source = spoken
            context.sources = [*context.sources[-(_RECALL - len(earlier)) :], *earlier]
        quotes = len(re.findall(r"[\"“”]", sentence.text))
        ends_line = "\n" in document.text[sentence.span.end : sentence.span.end + 2]
        context.quoted_before = bool(quotes and spoken and not ends_line)
        context.in_quote = context.in_quote != (quotes % 2 == 1)
        context.expect_quote = bool(
            re.search(r"\b(?:said|says|told \w+|added|wrote|tweeted)[:,]?\s*[\"“]?$", sentence.text)
        ) or (context.expect_quote and not opens)
        context.previous_places = context.places(sentence.text) or context.previous_places
        named = (
            dates
            if mentions
            else find_dates(masked, document.published, vague=True, anchor=context.previous_day)
        )
        days = [
            d
            for d in named
            if (document.published is None or d.day <= document.published)
            and not starts_period(masked[: d.span.start])
            and sentence.span.start + d.span.start >= context.dateline_end
        ]
        ends_paragraph = "\n" in document.text[sentence.span.end : sentence.span.end + 2]
        spoke = said_day(masked, named)
        if spoke is not None or ends_paragraph:
            context.spoke_on = spoke
        told_now = bool(mentions) and _totals_as_now(figures[first:])
        if days or ends_paragraph or told_now:
            # "... have evacuated 2,202 residents. Volunteers evacuated 2,177 people.": a
            # sentence of running totals with no day brings the story to the report's time
            context.previous_day = days[-1].day if days else None
            context.previous_vague = bool(days) and days[-1].vague
        for place in context.previous_places:
            if " " in place.name and scope_of(place.name) != place.name:
                context.parts[scope_of(place.name)] = place.name
    return figures
