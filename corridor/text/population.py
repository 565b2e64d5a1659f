"""Who a number counts: the noun it modifies, in an open vocabulary.

A count of people is recognised by its head noun: a word for people ("citizens",
"passport holders", "service members"), a noun with a people-forming suffix
("evacuees", "Canadians", "journalists"), or a capitalised demonym ("Lebanese",
"Kazakhs"). A nationality before the noun is kept ("Indian students"). Units and
things ("days", "km", "flights") are never people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corridor.text.gazetteer import NOT_PLACES, index
from corridor.text.verb_classes import class_of

# Subject classes the metric rules use; any other people noun is "people".
CLASSES: dict[str, str] = {
    "children": "children", "kids": "children", "child": "children", "minors": "children",
    "babies": "children", "infants": "children", "orphans": "children",
    "women": "women", "fighters": "fighters", "rebels": "fighters", "militants": "fighters",
    "gunmen": "fighters", "combatants": "fighters", "civilians": "civilians",
    "civilian": "civilians", "evacuees": "evacuees", "wounded": "wounded",
    "departures": "evacuees", "arrivals": "arrivals", "newcomers": "arrivals",
    "injured": "wounded", "sick": "wounded", "patients": "wounded", "casualties": "wounded",
    "dead": "killed", "bodies": "killed", "deaths": "killed", "fatalities": "killed",
    "injuries": "wounded", "rescues": "evacuees", "evacuations": "evacuees",
    "drownings": "killed", "infections": "people",  # nouns of harm count the harmed
    "buses": "buses", "bus": "buses", "coaches": "buses", "ambulances": "ambulances",
    "ambulance": "ambulances", "vehicles": "vehicles", "trucks": "vehicles",
    "cars": "vehicles", "lorries": "vehicles",
}  # fmt: skip

PEOPLE = frozenset(
    {
        "people", "persons", "person", "individuals", "residents", "inhabitants", "lives",
        "families", "households", "men", "refugees", "migrants", "displaced", "citizens",
        "nationals", "foreigners", "expatriates", "expats", "passengers", "travellers",
        "travelers", "tourists", "students", "pupils", "staff", "employees", "workers",
        "diplomats", "officials", "soldiers", "troops", "personnel", "marines", "police",
        "policemen", "victims", "survivors", "hostages", "prisoners", "detainees", "pilgrims",
        "volunteers", "doctors", "nurses", "journalists", "arrivals", "names", "elderly",
        "dependants", "dependents", "visitors", "demonstrators", "protesters", "villagers",
        "settlers", "peacekeepers", "crew", "seafarers", "sailors", "holders", "members",
        "Muslims", "Christians", "others", "adults", "girls", "boys", "mothers", "fathers",
        "teachers", "officers", "guards", "Rohingya", "Rohingyas", "woman", "man", "boy",
        "girl", "baby", "people's", "student", "citizen", "national", "resident", "refugee",
        # Agent nouns and other words for people that no suffix rule catches.
        "firefighters", "rescuers", "responders", "climbers", "hikers", "trekkers", "campers",
        "farmers", "fishers", "herders", "miners", "traders", "islanders", "locals",
        "labourers", "laborers", "caregivers", "carers", "youths", "elders", "teenagers",
        "newborns", "widows", "inmates", "IDPs", "idps", "seekers", "departures", "returnees",
        "deportees", "internees", "fugitives", "shoppers", "spectators",
        "worshippers", "worshipers", "patrons", "guests", "pensioners", "retirees",
        "occupants", "dwellers", "squatters", "stragglers", "holdouts", "cadets", "recruits",
        "contractors", "commuters", "fans", "looters", "drivers", "nuns", "monks", "priests",
        "clergy", "athletes",
        "missionaries", "beneficiaries", "dignitaries", "mercenaries", "emissaries",
        "functionaries", "crowd", "population", "community", "missing", "alive",
        # Words of airlines and sitreps: "180 pax", "240 souls", "6,000 ind.", "800 heads"
        "pax", "souls", "ind", "indiv", "indivs", "ppl", "heads",
        # Kin: "15 relatives", "three sons and two daughters", "two cousins"
        "relatives", "kin", "kinsfolk", "parents", "siblings", "brothers", "sisters", "sons",
        "daughters", "husbands", "wives", "spouses", "cousins", "nephews", "nieces", "uncles",
        "aunts", "grandparents", "grandchildren", "grandsons", "granddaughters",
        "grandmothers", "grandfathers", "widowers", "twins", "toddlers", "teens", "juveniles",
        "seniors", "neighbours", "neighbors", "friends", "colleagues", "classmates",
        # Roles and trades that no suffix rule catches: "900 rescue experts", "12 medics"
        "experts", "engineers", "medics", "paramedics", "surgeons", "midwives", "porters",
        "cooks", "cleaners", "guides", "interpreters", "translators", "observers",
        "inspectors", "investigators", "negotiators", "mediators", "envoys", "delegates",
        "legislators", "senators", "councillors", "councilors", "mayors", "governors",
        "ministers", "ambassadors", "consuls", "staffers", "aides", "advisers", "advisors",
        "instructors", "lecturers", "professors", "scholars", "researchers", "academics",
        "players", "footballers", "deputies", "troopers", "conscripts", "paratroopers",
        "commandos", "snipers", "smugglers", "traffickers", "bandits", "pirates", "robbers",
        "thieves", "suspects", "convicts", "captives", "defectors", "deserters", "veterans",
        "lifeguards", "divers", "pilots", "truckers", "motorists", "bystanders", "onlookers",
        "witnesses", "mourners", "rioters", "marchers", "strikers", "voters", "owners",
        "employers", "vendors", "hawkers", "bakers", "butchers", "nomads", "shepherds",
        "hunters", "loggers", "donors", "builders", "plumbers", "jawans", "servicemembers",
        # Sex, as registration tables count it: "106 males, 32 females, 42 children"
        "males", "females",
    }
    | set(CLASSES)
) - {"buses", "bus", "coaches", "ambulances", "ambulance", "vehicles", "trucks", "cars",
     "lorries"}  # fmt: skip

VEHICLES = frozenset({"buses", "bus", "coaches", "ambulances", "ambulance", "vehicles",
                      "trucks", "cars", "lorries"})  # fmt: skip

# Words that follow numbers but never count people.
THINGS = frozenset(
    {
        "days", "day", "hours", "hour", "minutes", "weeks", "months", "years", "year", "km",
        "kilometres", "kilometers", "miles", "metres", "meters", "percent", "per", "pm", "am",
        "flights", "flight", "planes", "ships", "ship", "boats", "ferries", "helicopters",
        "tents", "houses", "homes", "buildings", "blankets", "loaves", "litres", "liters",
        "tons", "tonnes", "mph", "countries", "nations", "cities", "towns", "villages",
        "times", "rounds", "points", "routes", "corridors", "camps", "sites", "dollars",
        "euros", "million", "billion", "cases", "beds", "meals", "kits", "aircraft",
        "convoys", "trains", "trips", "seats", "rockets", "missiles", "shells", "strikes",
        "attacks", "words", "pages", "steps", "feet", "inches", "degrees", "calls",
        # Places, structures, goods and units that numbers in disaster reports also count.
        "centres", "centers", "shelters", "facilities", "schools", "hospitals", "structures",
        "acres", "hectares", "sq", "square", "animals", "cattle", "livestock", "head",
        "gallons", "packets", "sandbags", "bottles", "doses", "vaccines", "kilograms", "kg",
        "lbs", "pounds", "ft", "storeys", "floors", "stories", "bridges", "roads", "areas",
        "provinces", "districts", "regions", "municipalities", "counties", "parishes",
        "wards", "blocks", "streets", "neighbourhoods", "neighborhoods", "locations",
        "zones", "teams", "units", "batches", "waves", "phases", "stages", "sorties",
        "missions", "operations", "visits", "votes", "tablets", "rations", "parcels",
        "mosques", "churches", "temples", "clinics", "wells", "barrels", "containers",
        "settlements", "compounds", "stations", "offices", "warehouses", "factories", "branches",
        "wagons", "carriages", "vans", "minibuses", "tractors", "trailers", "jeeps", "pickups",
        "motorcycles", "bicycles", "carts",
        # Bodies and kit that acronyms count: "20 NGOs", "12 LGUs", "3 UAVs"
        "agencies", "organisations", "organizations", "ngos", "ingos", "lgus", "csos", "uavs",
        "apcs", "ieds", "suvs", "nfis",
        # Money, and nouns whose ending looks like a people suffix (-ees, -ants, -ents, -ites)
        "rupees", "pesos", "naira", "shillings", "francs", "yuan", "yen", "rand", "dinars",
        "riyals", "dirhams", "lira", "kwacha", "birr", "cedis", "taka", "rubles", "roubles",
        "committees", "fees", "decrees", "guarantees", "plants", "grants", "restaurants",
        "elephants", "variants", "incidents", "events", "accidents", "cents", "websites",
        "satellites",
    }
)  # fmt: skip

_SUFFIX = re.compile(r"(?:ians|eans|ees|ists|ants|ents|ites|ese)$")
# A compound whose last part is a person who does something: "holidaymakers",
# "peacekeepers", "churchgoers", "homeowners", "caretakers", "newcomers".
_AGENT_COMPOUND = re.compile(
    r"[a-z]{2,}-?(?:makers|goers|seekers|holders|keepers|takers|givers|comers|watchers"
    r"|owners|walkers|riders|dwellers|workers|bearers|dealers|minders|sitters)"
)
# "a 5,000-strong crowd", "1,500-odd villagers", "2,000-plus", "40 or so", "8,000 in total":
# the number's suffix, then what it counts
_STRONG = re.compile(
    r"^(?:\+|-?\s*(?:strong|odd|plus)\b|\s+(?:or so|in total|in all|all told|altogether)\b)",
    re.I,
)
# A sitrep's key figure, the number before its label: "269,936 No. of refugees in the
# country", "2,184 Average daily arrival of refugees", "4,100 Total number of returnees"
_KEY_FIGURE = re.compile(
    r"^\s*(?:(?:Total|Average|Avg\.?)\s+(?:(?:daily|weekly|monthly)\s+)?)?"
    r"(?:(?:No|Nos|Number|Numbers)\.?\s+of|(?:new\s+)?(?:arrivals?|departures?|returns?)\s+of)\s",
    re.I,
)
# "its 1,000-person capacity", "a 40-member team": a compound that says people are counted
_PERSON_COMPOUND = re.compile(r"^-(?:person|people|man|member)\b", re.I)
# "a 1,000-strong contingent of troops": a group of the people named after it
_GROUP_OF = re.compile(r"^\s*(?P<group>[a-z]+)(?:\s+of\b)?", re.I)
# "Three Nigerian and two Ghanaian sailors": the noun after the second count is shared
_SHARED_NOUN = re.compile(
    r"\s+(?:and|or)\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?:[A-Z][\w'’-]*\s+)?"
    r"(?P<noun>[a-z][\w'’-]*)"
)
# "cold, hungry and exhausted migrants", "mostly elderly and frail": adjectives before the
# noun, each perhaps after an adverb
_ADJECTIVE_LIST = re.compile(
    r"^\s*(?P<words>(?:(?:[a-z]+ly\s+)?[a-z][a-z-]+,\s+){0,3}(?:[a-z]+ly\s+)?[a-z][a-z-]+,?"
    r"\s+(?:and|or)\s+(?:[a-z]+ly\s+)?[a-z][a-z-]+)"
    r"(?=\s+[A-Za-z])"
)
# An aside between dashes or in brackets after a number with no noun: "3,400 - mostly women
# and children - are expected", "900 (mainly elderly) remain";
# and "200, including top staff, have yet to be found": an aside between commas that says who
_ASIDE = re.compile(
    r"^\s*(?:[-–—]\s[^-–—()]{1,80}?\s[-–—]|\([^()]{1,80}\)"
    r"|,\s*(?:including|among them|mostly|mainly|largely|many of them|most of them)\b[^,.;]{1,60},)"
    r"(?=\s)"
)
# "400 were children", "most are women": what the number is, said after a copula
_PREDICATE = re.compile(
    r"^\s*(?:are|were|is|was)\s+(?:all\s+|mostly\s+|also\s+|reportedly\s+)?(?=[A-Za-z])",
    re.I,
)
_MODIFIERS = frozenset(
    {
        "more", "other", "new", "young", "old", "elderly", "sick", "wounded", "injured",
        "armed", "trapped", "displaced", "stranded", "mostly", "poor", "homeless",
        "foreign", "local", "civilian", "medical", "critically", "seriously", "severely",
        "ethnic", "unwanted", "forcibly", "registered", "additional", "extra", "remaining",
        "last", "first", "further", "green", "white", "red", "crescent", "private",
        "government", "opposition", "rebel", "aid", "evacuation", "passport", "service",
        "its", "their", "his", "her", "the", "them", "these", "those", "of", "and", "or",
        "exhausted", "traumatised", "traumatized", "frightened", "missing", "dead", "mere",
        "un", "u.s.", "us", "british", "non-essential", "essential", "qualified",
        # Participles in -ing before the noun: "five surviving children", "300 fleeing
        # villagers" (other -ing words are prepositions or verbs: "including", "carrying")
        "surviving", "fleeing", "arriving", "returning", "departing", "waiting", "starving",
        "suffering", "dying", "ailing", "grieving", "working", "visiting", "travelling",
        "traveling", "incoming", "living", "wandering", "protesting", "striking", "fighting",
        "retreating", "advancing", "evacuating", "displacing",
    }
)  # fmt: skip
_MONTHS_DAYS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "gmt", "utc", "bc", "ad",
    }
)  # fmt: skip
# Months that are also verbs: "10,000 may have died", "thousands march" (a month is capitalised).
_VERBS_TOO = frozenset({"may", "march"})
_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*|[,;:()\"“”]|\S")
_OF_OWN = re.compile(
    r"^\s*of\s+(?:its|their|his|her|the country's|whom|them)\s+(?:own\s+)?(?P<noun>[a-z]+)", re.I
)
# A number with no noun that is the subject of a verb about people ("6,000 went north",
# "12,000 are still in the town", "thousands were stranded", "15,000 have been displaced").
_AUX = (
    r"(?:(?:more|others?|still|now|already|also|reportedly|just|have|has|had|are|were|is|was"
    r"|will|would|could|may|might|be|been|being|not|who|then|later|all|each|both|mostly"
    r"|largely|mainly|either|had now|are now"
    # "2,921 have been confirmed dead", "400 are feared trapped", "90 are believed to have
    # drowned": a verb of reporting before the people verb
    r"|confirmed|officially|feared|believed|known|thought|presumed|reported|said|listed"
    r"|declared|estimated|to|be|have)\s+)*"
)
# Verbs whose subject is people, as lemmas: each inflection a plural subject takes is a
# people verb ("20,000 now shelter", "600 sheltered", "300 are sheltering"). The -s form is
# left out: "3 floods", "2 runs" are things, and a plural count takes no -s verb.
_LEMMAS = (
    "kill injure wound die hurt drown perish evacuate gather flee leave wait remain arrive cross"
    " return move rescue stay reach enter come live ask request go walk run escape shelter seek"
    " camp sleep queue strand trap displace relocate register house host accommodate board land"
    " disembark fly bus transport take bring expect order allow permit tell urge force"
    " pour stream trek receive treat hospitalise hospitalize admit repatriate airlift pack"
    " cram huddle spend besiege surround hide crowd mass manage succeed try attempt settle"
    " sail ferry head travel depart exit emerge trickle wade swim climb"
    # Verbs of saving, finding and harming people: "three more were pulled out alive",
    # "40 freed", "12 electrocuted", "200 deported"
    " pull free save dig extract retrieve recover pluck winch hoist carry drag locate identify"
    " bury discharge release abduct kidnap detain arrest shoot electrocute crush burn execute"
    " starve freeze shift send deport expel resettle evict vaccinate employ hire recruit deploy"
    " mobilise mobilize dispatch"
)
_IRREGULAR = (
    "fled|fleeing|left|came|went|gone|ran|sought|slept|spent|hid|hidden|taken|took|brought"
    "|flown|flew|died|dying|lying|lay|stuck|dead|missing|homeless|made homeless|holed up"
    "|lined up|lining up|due|had yet|have yet|were yet|yet to|bussed|bussing|remains|flooded"
    "|find|found|finding|unaccounted"
    "|flooding|got|gotten"
    # a move told by a light verb and its noun: "3,000 made the trip", "400 made it out"
    "|made it|made their way|made the trip|made the journey|made the crossing|made the trek"
)


def _inflections(lemma: str) -> list[str]:
    """Return a verb's forms but -s: base, -ed, -ing ("queue": queued, queuing, queueing)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = [lemma]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms += [lemma[:-1] + "ied", lemma + "ing"]
    else:
        forms += [stem + "ed", stem + "ing", lemma + "ing"]
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", lemma):  # "trap": trapped, trapping
        forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return forms


_PEOPLE_VERB = (
    "(?:"
    + "|".join(
        sorted(
            {f for lemma in _LEMMAS.split() for f in _inflections(lemma)}
            | set(_IRREGULAR.split("|")),
            key=len,
            reverse=True,
        )
    )
    + ")"
)
_BARE = re.compile(rf"^\s*{_AUX}{_PEOPLE_VERB}\b", re.I)
# "12,000 are still in the town", "300 were aboard": a form of "to be" or "remain" and a
# preposition of place.
_BE_IN = re.compile(
    r"^\s*(?:still\s+|now\s+)?(?:are|were|is|was|remain|remained|had been|have been)\s+"
    r"(?:still\s+|now\s+|also\s+)?(?:in|at|inside|aboard|on board|among|without|sheltering"
    # "2.5 million are under evacuation orders", "40,000 remain under siege"; not an age
    # ("12 were under 5", "under the age of 18") nor a share ("under half")
    r"|under(?!\s+(?:\d|the age|age|\w+\s+(?:years|months)|half|a third|a quarter)))\b",
    re.I,
)


# "5,000 along the coast were evacuated", "300 in the north have fled": a place, then the
# people's verb.
_WHERE = r"(?:in|at|along|near|across|inside|outside|around|within|on)\s+(?:the\s+)?"
_PLACED = re.compile(
    rf"^\s*{_WHERE}(?:[\w'’-]+\s+){{0,3}}?"
    # "3,000 in the north and 2,000 in the south were still without shelter"
    rf"(?:(?:and|,)\s+\d[\d,.]*\s+{_WHERE}(?:[\w'’-]+\s+){{0,3}}?)?"
    rf"(?:{_AUX}{_PEOPLE_VERB}\b|(?:are|were|is|was|remain|remained|have been|had been)\s+"
    rf"(?:still\s+|now\s+)?(?:in|at|inside|without|aboard|among|under)\b)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Counted:
    """What a number counts: its head noun, subject class, modifiers and full phrase."""

    noun: str
    subject: str
    modifiers: tuple[str, ...]
    phrase: str
    end: int  # offset in the text after the number where the noun ends

    def elsewhere(self) -> Counted:
        """Return the same group with no noun right after the number (its noun was read
        elsewhere: across an aside, in a part's predicate, in the figure before)."""
        return replace(self, end=0)


def _is_people(word: str) -> bool:
    lower = word.lower()
    if lower in THINGS or lower in VEHICLES:
        return False
    if word in PEOPLE or lower in PEOPLE:
        return True
    if (
        word[:1].isupper()
        and lower not in _MONTHS_DAYS
        and lower not in NOT_PLACES
        and not _state_word(lower)
    ):
        return True  # a demonym or group: "Canadians", "Lebanese", "Kosovars"
    if re.fullmatch(r"[a-z]{2,}(?:men|women|people|folk|girls|boys|children)", lower):
        return True  # "fishermen", "servicemen", "townspeople", "tribesmen", "schoolgirls"
    if _AGENT_COMPOUND.fullmatch(lower):
        return True  # "holidaymakers", "shopkeepers", "beachgoers", "homeowners"
    return bool(_SUFFIX.search(lower)) and len(lower) > 5 and not lower.endswith("ments")


def _state_word(lower: str) -> bool:
    """Return whether a word, capitalised in a title, is an adjective or a participle of what
    happened to people or a verb of people ("3,000 Stranded at Airport", "Displaced Flee"), no
    demonym."""
    if lower in _NAMES_TOO or lower in PEOPLE:
        return False
    return lower in _MODIFIERS or _verb_form(lower)


def _subject(word: str) -> str:
    lower = word.lower()
    return CLASSES.get(lower, "people")


def one_counted(after: str) -> Counted | None:
    """Return the one person a singular noun after "one" names ("one patient died", "one
    evacuee was hurt"): a noun whose plural names people; None if it names none."""
    match = re.match(r"\s*([a-z]+)\b(?!['’-])", after)
    if match is None or match[1].endswith("s") or match[1] in THINGS or match[1] in VEHICLES:
        return None
    word = match[1]
    plural = word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"
    if plural in VEHICLES or not _is_people(plural):
        return None
    return Counted(word, _subject(plural), (), word, match.end(1))


def counted(after: str) -> Counted | None:
    """Return what the number just before ``after`` counts, or None if not people/vehicles."""
    key = _KEY_FIGURE.match(after)
    if key is not None:  # "269,936 No. of refugees in the country": a sitrep's key figure
        rest = counted(" " * key.end() + after[key.end() :])
        if rest is not None and rest.end:
            return rest
    those = _OF_THOSE.match(after)
    if those is not None:  # "ten of those rescued", "half of those evacuated by boat"
        nxt = _next_word(after, those.end())
        if nxt is None or not _is_people(nxt):
            return Counted("people", "people", (), "people", 0)
    partitive = re.match(r"^\s*of the\b", after, re.I)
    if partitive is not None:  # "one of the buses" is no count of buses; "seven of the dead"
        whole = counted(" " * partitive.end() + after[partitive.end() :])  # counts people
        if whole is None or not whole.end or whole.subject in ("buses", "ambulances", "vehicles"):
            return None
        return whole
    quote = re.match(r"\s*['‘\"“\[]", after)
    if quote is not None:  # "66,000 'flee' into Turkey": a quoted word is read as the word
        # (and "to take 5,000 [evacuees]": so is a word an editor put in square brackets)
        after = " " * quote.end() + after[quote.end() :]
    strong = _STRONG.match(after) or _PERSON_COMPOUND.match(after)
    if strong is not None:  # "a 5,000-strong crowd": offsets kept
        after = " " * strong.end() + after[strong.end() :]
        if strong.re is _PERSON_COMPOUND and counted(after) is None:
            group = _GROUP_OF.match(after)
            rest = counted(" " * group.end() + after[group.end() :]) if group else None
            if group is not None and group[0].endswith("of") and rest is not None and rest.end:
                return rest  # "a 40-person team of medics"
            # "its 800-person capacity": people, said by the compound itself
            return Counted("people", "people", (), "people", strong.end())
        group = _GROUP_OF.match(after)
        if "strong" in strong.group(0).lower() and group is not None and counted(after) is None:
            rest = counted(" " * group.end() + after[group.end() :])
            if rest is not None and rest.end:
                return rest  # "a 1,000-strong contingent of troops"
            word = group["group"]
            return Counted(word, "people", (), word, group.end("group"))
    listed = _ADJECTIVE_LIST.match(after)
    words = re.findall(r"[a-z-]+", listed["words"]) if listed is not None else []
    if listed is not None and all(_adjective(w) for w in words):
        rest = counted(" " * listed.end() + after[listed.end() :])
        if rest is not None and rest.end:  # the adjectives qualify it ("wounded and sick")
            qualifiers = tuple(w for w in words if w not in ("and", "or"))
            return Counted(rest.noun, rest.subject, (*qualifiers, *rest.modifiers), rest.phrase,
                           rest.end)  # fmt: skip
    shared = _NEXT_COUNT.match(after)
    if shared is not None:  # "3,500 and 2,500 families, respectively": the noun is shared
        rest = counted(" " * shared.end() + after[shared.end() :])
        if rest is not None and rest.end and rest.subject not in _CAR_CLASSES:
            return rest.elsewhere()
    own = _OF_OWN.match(after)
    if own and _is_people(own.group("noun")):
        noun = own.group("noun").lower()
        return Counted(noun, _subject(noun), (), noun, own.end("noun"))
    modifiers: list[str] = []
    position = last_end = 0
    for number, match in enumerate(_TOKEN.finditer(after[:90])):
        word = match.group(0).rstrip(".'’")
        lower = word.lower()
        if number >= 6 or not word or (number == 0 and lower in ("and", "or")):
            break  # "killed 12 and injured 40": the number has no noun of its own
        if lower in VEHICLES:
            return Counted(lower, CLASSES[lower], tuple(modifiers), lower, match.end())
        nxt = _next_word(after, match.end())
        if word[:1].isalpha() and re.search(r"\d", word):
            modifiers.append(word)  # "Il-76", "COVID-19", "C-130": a designation, no people
            continue
        capital = word[:1].isupper()
        if (
            capital
            and (not modifiers or modifiers[-1][:1].isupper())
            and _headline_stop(lower, modifiers[-1] if modifiers else "")
        ):
            # A title-case headline ("2,000 Britons Flown Out", "5,000 Along Coast Evacuated"):
            # a preposition or a verb of what happened ends the noun phrase; the word before
            # it, if it names people, is the head.
            if (
                modifiers
                and _is_people(modifiers[-1])
                and modifiers[-1].lower() not in _PREPOSITIONS
            ):
                head = modifiers[-1]
                kept = [m for m in modifiers[:-1] if m[:1].isupper()]
                return Counted(head, _subject(head), tuple(modifiers[:-1]),
                               " ".join([*kept, head]), last_end)  # fmt: skip
            break
        if capital and (
            _is_place(word, nxt)
            or (nxt is not None and nxt[:1].isupper())
            or match.group(0).endswith(("'s", "’s"))
        ):
            modifiers.append(word)
            last_end = match.end()
            continue
        if word.isupper() and len(word) > 1 and nxt is not None:
            modifiers.append(word)  # "ICRC staff", "UN staff": an acronym is no demonym
            continue
        agent = (
            bool(modifiers)
            and modifiers[-1][:1].isupper()
            and not re.search(r"\d", modifiers[-1])
            and lower not in THINGS
            and _AGENT.match(word)
        )
        if (
            capital
            and lower not in PEOPLE
            and word not in PEOPLE
            and (tail := _NAMED_THINGS.match(after, match.end())) is not None
            and tail["noun"] in _PLURAL_THINGS
        ):  # "Urban Search and Rescue teams", "Red Cross branches": a name before things
            return None
        if (_is_people(word) or agent) and nxt is not None and nxt in _RECORDS | _PLURAL_THINGS:
            # "two missing persons reports", "the 10 Turkish provinces", "30 Rohingya camps":
            # the people qualify the things counted
            return None
        plural = lower.endswith("s") and not lower.endswith("ss")  # "Swiss" is no plural
        compound = None if plural else _compound_head(after, match.end())
        if _is_people(word) and compound is not None:
            # "several German air force flights", "two Japanese military aircraft", "five
            # German aid workers": a nationality qualifies a compound; its last noun is counted
            head, end = compound
            if head not in PEOPLE:
                return None
            phrase = " ".join([m for m in modifiers if m[:1].isupper()] + [word, head])
            return Counted(head, _subject(head), (*modifiers, word), phrase, end)
        if (_is_people(word) or agent) and not _before_head(word, nxt):
            items = _people_list(after, match.end())
            if items is not None:  # "women, children and elderly": the list is counted
                head, end = items
                capitals = [m for m in modifiers if m[:1].isupper()]
                phrase = " ".join([*capitals, word + after[match.end() : end]])
                return Counted(head, _subject(head), tuple(modifiers), phrase, end)
            joined = _COORDINATED.match(after, match.end())
            if joined is not None:  # "men and women", "wounded and sick patients"
                second, third = joined.group("second"), joined.group("third")
                end = joined.end("second")
                if (
                    third is not None
                    and _is_people(third)
                    and (second.lower() in _ADJECTIVES or _demonym_pair(word, second))
                ):  # "Guatemalan and Honduran migrants": two nationalities, one noun
                    end = joined.end("third")
                adjective_only = second.lower() in _ADJECTIVES and lower not in _ADJECTIVES
                if _is_place(second, third):
                    adjective_only = True  # "40,000 refugees and Chile over 20,000"
                if _OWN_ORIGIN.match(after, end):
                    adjective_only = True  # "21 Americans and civilians from other countries"
                if (_is_people(second) and not adjective_only) or end == joined.end("third"):
                    head = after[joined.start("second") : end].split()[-1]
                    capitals = [m for m in modifiers if m[:1].isupper()]
                    phrase = " ".join([*capitals, word, after[match.end() : end].strip()])
                    return Counted(head if head[:1].isupper() else head.lower(), _subject(head),
                                   tuple(modifiers), phrase, end)  # fmt: skip
            shared = _SHARED_NOUN.match(after, match.end())
            if (
                capital
                and not word.endswith("s")
                and shared is not None
                and _is_people(shared["noun"])
            ):  # "Three Nigerian and two Ghanaian sailors": the second count's noun
                noun = shared["noun"]
                return Counted(noun, _subject(noun), (*modifiers, word), f"{word} {noun}",
                               match.end())  # fmt: skip
            # "1,000 feared dead": an adjective standing for the people it describes
            head = "people" if lower in _NOMINAL else word
            phrase = " ".join([m for m in modifiers if m[:1].isupper()] + [head])
            return Counted(word if word[:1].isupper() else lower, _subject(word),
                           tuple(modifiers), phrase, match.end())  # fmt: skip
        if lower in THINGS or (lower in _MONTHS_DAYS and (capital or lower not in _VERBS_TOO)):
            return None
        if lower.endswith("ed") and lower not in _MODIFIERS and _VERB_OBJECT.match(nxt or ""):
            break  # "4,000 reached the Blace crossing": a verb and its object, not an adjective
        if (
            lower in _MODIFIERS
            or word[:1].isupper()
            or lower.endswith(("ed", "al", "ly", "ic", "ble", "ous", "ive", "ful", "less"))
            or (
                nxt is not None
                and lower not in _FUNCTION_WORDS
                and not lower.endswith("ing")
                and (nxt[:1].islower() or nxt in PEOPLE)
                and _is_people(nxt)
                and nxt.lower() not in _NOT_HEADS
            )
        ):  # "three expatriate staff", "5,000 mostly poor residents"
            modifiers.append(word if word[:1].isupper() else lower)
            position = match.end()
            continue
        compound = None if _verb_form(lower) else _compound_head(after, match.start())
        if compound is not None and compound[0] in PEOPLE:
            # "160 elementary school pupils", "40 health care workers": nouns before the head
            head, end = compound
            phrase = " ".join([m for m in modifiers if m[:1].isupper()] + [head])
            return Counted(head, _subject(head), (*modifiers, lower), phrase, end)
        break
    del position
    if _NOUN_USE.match(after):
        return None  # "40 rescue and relief teams", "800 rescue missions": a noun, no verb
    aside = _ASIDE.match(after)
    if aside is not None and not re.search(r"\d", aside.group(0)):
        # "a further 3,400 - mostly women and children - are expected": read past the aside
        rest = counted(" " * aside.end() + after[aside.end() :])
        return None if rest is None else rest.elsewhere()
    of_whom = re.match(r"^\s*of (?:whom|them)\b", after, re.I)
    part = " " * of_whom.end() + after[of_whom.end() :] if of_whom is not None else ""
    predicate = _PREDICATE.match(part) if of_whom is not None else None
    if predicate is not None:  # "6,000 of whom are children": who the part is
        who = counted(" " * predicate.end() + part[predicate.end() :])
        if who is not None and who.end and who.noun.lower() in PEOPLE - _ADJECTIVES - _PARTICIPLES:
            return who.elsewhere()
    if (
        _BARE.match(after)
        or _BE_IN.match(after)
        or _PLACED.match(after)
        or re.match(r"^\s*(?:(?:about|of|among|for)?\s*whom|of them|who)\b", after, re.I)
    ):
        return Counted("people", "people", (), "people", 0)
    predicate = _PREDICATE.match(after)
    if predicate is not None:  # "400 were children": who they are, with no noun of their own
        who = counted(" " * predicate.end() + after[predicate.end() :])
        if who is not None and who.end and who.subject not in ("buses", "ambulances", "vehicles"):
            if who.noun.lower() not in _ADJECTIVES | _PARTICIPLES:
                return who.elsewhere()
    return None


def _verb_form(word: str) -> bool:
    """Return whether a word is a form of a verb of people ("fled", "remain", "shelter")."""
    return re.fullmatch(_PEOPLE_VERB, word, re.I) is not None


def _compound_head(text: str, position: int) -> tuple[str, int] | None:
    """Return the head noun, and where it ends, of a compound after a nationality or another
    singular people word at ``position`` ("German air force flights", "Japanese military
    aircraft", "German aid workers"): one or two lower-case words, each a singular noun or an
    adjective, then a plural noun of people or things; None if the words are no such run."""
    for number, match in enumerate(re.finditer(r"\S+", text[position : position + 60])):
        word = match.group(0)
        bare = word.rstrip(".,;:)\"'’")
        lower = bare.lower()
        if number and (
            lower in _PLURAL_THINGS or lower in VEHICLES or lower == "aircraft"
            or (lower in PEOPLE and lower not in _ADJECTIVES)
        ):  # fmt: skip
            return lower, position + match.start() + len(bare)
        if (
            number >= 2
            or lower != bare
            or bare != word
            or not lower.isalpha()
            or lower.endswith(("s", "ed"))  # "peacekeeping troops" has a noun in -ing
            or lower in _FUNCTION_WORDS
            or lower in _ADVERBS
            or _is_people(lower)
            or (number == 0 and _verb_form(lower))  # "3,000 Lebanese flee homes": a verb
        ):
            return None
    return None


# Things that people nouns qualify in a compound: "missing persons reports", "refugees
# claims", "workers compensation cases" (the count is of the records, not the people).
_RECORDS = frozenset(
    {"reports", "statements", "complaints", "claims", "applications", "petitions",
     "requests", "cases", "records", "files", "forms", "documents", "calls", "lists",
     "registers", "cards", "permits", "visas", "passports"}
)  # fmt: skip
# Plural nouns of things and places that a people word may qualify ("Turkish provinces");
# units of time are left out ("5,000 Syrians days after the quake" is no compound).
_PLURAL_THINGS = frozenset(
    w
    for w in THINGS
    if w.endswith("s") and w not in {"days", "hours", "minutes", "weeks", "months", "years"}
)
# A word that may be a people verb ("rescue", "shelter", "search") used as the first part of
# a compound noun of kit or units ("40 rescue teams", "800 rescue missions", "12 shelter kits")
_NOUN_USE = re.compile(
    r"^\s*[a-z]+(?:\s+(?:and|or|&)\s+[a-z]+)?\s+(?:teams|units|missions|operations|sorties"
    r"|kits|efforts|services|supplies|packages|materials|equipment|funds|squads|dogs|drills"
    r"|exercises|flights|calls|requests|desks|lines|centres|centers|points|stations|vessels"
    r"|helicopters|aircraft|planes|buildings|tents|facilities|sites|boats|trucks|buses)\b"
)
# The rest of a capitalised name and the lower-case noun it qualifies ("Search and Rescue
# teams"): the noun is the head of the phrase
_NAMED_THINGS = re.compile(r"(?:\s+(?:and|&|of|[A-Z][\w'’-]*))*\s+(?P<noun>[a-z]+)")
_CAR_CLASSES = frozenset({"buses", "ambulances", "vehicles"})
# "3,500 and 2,500 families": a second count whose noun the first shares
_NEXT_COUNT = re.compile(r"^\s*(?:and|or)\s+\d[\d,.]*(?:\s+(?:million|thousand|lakh|crore))?(?=\s)")
# "of those" and what happened to them: "ten of those rescued", "40 of those killed"
_OF_THOSE = re.compile(
    r"^\s*of\s+those\s+(?:\w+ly\s+)?(?:[a-z]+ed|dead|injured|hurt|missing|fled|taken|flown"
    r"|brought|left|who)\b",
    re.I,
)
# People words that after "were" are said of the people, not who they are ("were injured").
_PARTICIPLES = frozenset({"injured", "wounded", "dead", "sick", "hurt", "killed", "rescued"})


def _adjective(word: str) -> bool:
    """Return whether a word in a list before a noun can be an adjective: no function word,
    people noun, thing or verb of people ("cold, hungry and exhausted")."""
    lower = word.lower()
    return (
        lower in ("and", "or")
        or lower in _MODIFIERS
        or (
            lower not in _FUNCTION_WORDS
            and lower not in _ADVERBS
            and not _is_people(lower)
            and lower not in THINGS
            and re.fullmatch(_PEOPLE_VERB, lower, re.I) is None
        )
    )


# Adverbs of time and place that end a clause: "1,000 yesterday and other people".
_ADVERBS = frozenset(
    {"yesterday", "today", "tonight", "overnight", "earlier", "later", "ago", "now", "already",
     "too", "here", "there", "alone", "only", "so", "then", "again", "since", "still"}
)  # fmt: skip


# "women, children and elderly", "Syrians, Iraqis, and Afghans": a list of one-word items
_LIST = re.compile(
    r"(?:,\s+[A-Za-z][\w'’-]*){1,4},?\s+(?:and|or|&)\s+(?P<last>[A-Za-z][\w'’-]*)(?!\s+of\b)"
)


def _people_list(text: str, position: int) -> tuple[str, int] | None:
    """Return the last noun, and where it ends, of a list of people nouns after the first one
    at ``position`` ("2,500 women, children and elderly"); None if an item names no people
    or a place; the last item may be a nationality before its own noun ("Iraqis, Syrians
    and Yemeni refugees")."""
    listed = _LIST.match(text, position)
    if listed is None:
        return None
    items = [w for w in re.findall(r"[A-Za-z][\w'’-]*", listed.group(0)) if w not in _AND_OR]
    nxt = _next_word(text, listed.end())
    if any(not _is_people(w) or _is_place(w, None) or w.lower() in _NOT_HEADS for w in items):
        return None
    last, end = listed["last"], listed.end()
    if nxt is not None and _is_people(nxt):
        if not _demonym_pair(last, last) or nxt[:1].isupper():
            return None
        last = nxt  # "Iraqis, Syrians and Yemeni refugees": the last item has its own noun
        end = listed.end() + text[listed.end() :].index(nxt) + len(nxt)
    return (last if last[:1].isupper() else last.lower()), end


_AND_OR = frozenset({"and", "or", "&"})


def _demonym_pair(first: str, second: str) -> bool:
    """Return whether two words are nationalities, not plural nouns ("Guatemalan and
    Honduran"): each capitalised and with no plural -s."""
    return all(
        w[:1].isupper() and (not w.endswith("s") or w.endswith("ss")) for w in (first, second)
    )


# A second group that says where it comes from, unlike the first, is counted apart: "21
# Americans and civilians from other countries", "and staff of several agencies"
_OWN_ORIGIN = re.compile(r"\s+(?:from|of)\s+(?:other|several|various|many|different|\d)", re.I)
_COORDINATED = re.compile(
    r"\s+(?:and|or|&)\s+(?P<second>[A-Za-z][\w'’-]*)(?:\s+(?P<third>[A-Za-z][\w'’-]*))?"
)
# Heads of compound people nouns: "staff members", "aid workers", "passport holders".
# People words that, right after another word, are rarely its head ("people who").
_NOT_HEADS = frozenset({"others", "officials", "police", "people's"})
_FUNCTION_WORDS = frozenset(
    {"in", "at", "on", "of", "from", "to", "for", "by", "with", "into", "and", "or", "but",
     "were", "are", "was", "is", "have", "has", "had", "be", "been", "said", "told", "say",
     "says", "as", "than", "that", "who", "which", "a", "an", "the", "out", "across", "near",
     "per", "each", "every", "among", "between", "without", "via", "over", "under", "after",
     "before", "since", "during", "like", "including", "whom", "while", "where", "when"}
)  # fmt: skip


def _headline_stop(lower: str, previous: str) -> bool:
    """Return whether a word in a title-case run cannot be part of the counted noun phrase:
    a preposition or a verb naming what happened ("Along", "Flown", "Flee", "Wait"); after
    an adjective it is part of a name ("Red Cross")."""
    if lower in _PREPOSITIONS:
        return True
    return (
        previous.lower() not in _MODIFIERS
        and lower not in _MODIFIERS
        and lower not in PEOPLE
        and bool(class_of(lower))
    )


_PREPOSITIONS = frozenset(
    {"in", "at", "on", "of", "from", "to", "for", "by", "with", "into", "onto", "out", "across",
     "near", "over", "under", "after", "before", "since", "during", "among", "between",
     "without", "via", "along", "ahead", "amid", "around", "against", "through", "toward",
     "towards", "behind", "beyond", "inside", "outside", "within", "off", "as", "than"}
)  # fmt: skip
_COMPOUND_HEADS = frozenset(
    {"members", "workers", "holders", "personnel", "officers", "staff", "population", "community"}
)


def _before_head(word: str, nxt: str | None) -> bool:
    """Return whether a people word only qualifies the noun after it ("displaced Iraqis",
    "Indian students", "staff members")."""
    if nxt is None or nxt.lower() in THINGS:
        return False
    if word[:1].isupper() and _AGENT.match(nxt):
        return True  # "German rescuers", "Bolivian miners": a nationality, then who they are
    if not _is_people(nxt):
        return False
    lower = word.lower()
    if lower in _ADJECTIVES:
        return True
    if word[:1].isupper():
        return nxt[:1].islower()
    return nxt.lower() in _COMPOUND_HEADS


# An agent noun ("miners", "rescuers"): people when a nationality qualifies it.
_AGENT = re.compile(r"^[a-z]{3,}ers$")
# Adjectives that stand alone for people ("1,900 dead") and name no group of their own.
_NOMINAL = frozenset({"dead", "missing", "alive"})
# People words that are also adjectives: "displaced people", "wounded civilians".
_ADJECTIVES = frozenset(
    {"wounded", "injured", "sick", "civilian", "dead", "displaced", "stranded", "trapped",
     "missing", "elderly", "young", "foreign", "homeless"}
)  # fmt: skip
_VERB_OBJECT = re.compile(
    r"(?:the|a|an|their|its|his|her|to|from|in|into|at|by|on|out|up|over|across|through)$",
    re.I,
)


def _is_place(word: str, nxt: str | None) -> bool:
    names = index()
    key = word.lower()
    return key in names or (nxt is not None and f"{key} {nxt.lower()}" in names)


def _next_word(text: str, position: int) -> str | None:
    match = re.match(r"\s+([A-Za-z][\w'’-]*)", text[position:])
    return match.group(1) if match else None


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def headline(text: str) -> bool:
    """Return whether a line is a headline in title or upper case ("30,000 Flee As Storm
    Nears"): four or more words and nearly all of them capitalised, small words too, or
    all of them capitalised with a verb of people after the first ("Thousands More Flee
    Fighting")."""
    words = [w for w in _WORD.findall(text) if not re.search(r"\d", w)]
    # "Thousands More Flee Fighting": every word capitalised, a verb of people after the first
    verb = any(re.fullmatch(_PEOPLE_VERB, w, re.I) for w in words[1:] if w[:1].isupper())
    if len(words) < 4:
        return False
    capitals = sum(w[:1].isupper() for w in words)
    small = any(w.lower() in _FUNCTION_WORDS and w[:1].isupper() for w in words[1:])
    return capitals >= 0.85 * len(words) and (
        small or (verb and capitals == len(words)) or all(w.isupper() for w in words)
    )


def detitled(text: str) -> str:
    """Return a headline's words in running-text case where they are common words (people
    nouns, things, verbs of people, small words): names and demonyms keep their capitals."""

    def lower(match: re.Match[str]) -> str:
        word = match.group(0)
        low = word.lower()
        common = (
            low in _FUNCTION_WORDS
            or low in THINGS
            or low in VEHICLES
            or (low in _MODIFIERS and low not in _NAMES_TOO)
            or low in PEOPLE
            or re.fullmatch(_PEOPLE_VERB, low, re.I) is not None
            or re.fullmatch(_AUX.replace(")*", ")+"), low + " ", re.I) is not None
        )
        return low if common else word

    return _WORD.sub(lower, text)


# Modifiers that in a headline are names: "British Nationals", "UN Staff", "US Citizens".
_NAMES_TOO = frozenset({"british", "u.s.", "us", "un"})
