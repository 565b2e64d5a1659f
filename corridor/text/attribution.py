"""Work out who a figure is attributed to (SOHR, ICRC, Syrian state media, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from corridor.text.model import Span

# Canonical source -> spellings. Checked in order; longer, more specific names first.
KNOWN_SOURCES: dict[str, tuple[str, ...]] = {
    "SOHR": (
        r"Syrian Observatory for Human Rights", r"the Observatory", r"SOHR",
        r"Britain-based (?:war )?monitor",
    ),
    "ICRC": (
        r"International Committee of the Red Cross", r"ICRC(?: Syria)?", r"@ICRC\w*",
        r"(?<!Canadian )Red Cross(?! Red Crescent)",
    ),
    "Syrian Arab Red Crescent": (r"Syrian Arab Red Crescent", r"@SYRedCrescent"),
    "Syrian state media": (
        r"Syrian [Ss]tate(?:-run|-controlled)? (?:media|television(?: station)?|TV|news agency)",
        r"SANA", r"Syrian television",
    ),
    "state media": (
        r"(?:[Tt]he )?[Ss]tate(?:-run|-controlled|-owned)? (?:media|television(?: station)?|TV"
        r"|news agency|broadcaster)",
    ),
    "UNHCR": (
        r"UNHCR", r"(?:the )?U\.?N\.?(?:'s)? (?:refugee|Refugee) (?:agency|Agency)",
        r"(?:the )?United Nations(?:'s)? (?:refugee|Refugee) (?:agency|Agency)",
        r"(?:U\.?N\.?|United Nations) High Commissioner for Refugees",
    ),
    "IOM": (
        r"International Organi[sz]ation for Migration", r"\bIOM\b",
        r"UN's International Agency for Migration", r"(?:the )?U\.?N\.? migration agency",
    ),
    "MSF": (r"M[ée]decins Sans Fronti[èe]res", r"Doctors Without Borders", r"\bMSF\b"),
    "OCHA": (
        r"\bOCHA\b", r"(?:UN|United Nations) Office for the Coordination of Humanitarian Affairs",
        r"(?:[Aa] |[Tt]he )?(?:U\.?N\.?|United Nations) humanitarian (?:agency|office)",
    ),
    "WHO": (r"World Health Organi[sz]ation", r"\bWHO\b"),
    "OHCHR": (
        r"(?:United Nations|UN) High Commissioner for Human Rights", r"OHCHR",
        r"UN (?:human rights|rights) (?:office|chief)",
    ),
    "UN": (
        r"UN envoy(?: Staffan de Mistura)?", r"Staffan de Mistura", r"de Mistura",
        r"United Nations", r"\bthe UN\b", r"\bUN\b(?! Security)",
    ),
    "Russian Ministry of Defence": (
        r"Russian Centre for the Reconciliation[\w\s]*", r"Russian (?:defence|defense) ministry",
        r"Ministry of Defence of the Russian Federation",
    ),
    "Anadolu Agency": (r"Anadolu(?: Agency)?(?: reporter)?",),
    "AFP": (r"AFP(?: correspondent)?", r"Agence France-Presse"),
    "Reuters": (r"Reuters",),
    "BBC": (r"BBC",),
    "local reports": (r"local reports", r"local sources", r"activists", r"witnesses"),
    "Canadian Red Cross": (r"Canadian Red Cross", r"@redcrosscanada"),
}  # fmt: skip

_KNOWN = tuple(
    (name, re.compile(r"(?:" + "|".join(variants) + r")"))
    for name, variants in KNOWN_SOURCES.items()
)

# "put the death toll at 56", "raised its estimate to 900": who sets a figure gives it.
_SETS_TOLL = (
    r"(?:puts? (?:the|its) (?:[\w-]+ ){0,3}?(?:toll|number|figure|count|total|tally)"
    r"(?: of [\w-]+)? at|(?:raised|lowered|revised|updated|raises|revises) (?:the|its) "
    r"(?:[\w-]+ ){0,2}?(?:toll|figure|number|count|estimate|tally))"
)
_VERBS = (
    r"(?:said|says|say|reported|reports|report|estimated|estimates|estimate|told|tweeted|posted"
    r"|announced"
    r"|stated|claimed|claims|claim|confirmed|added|counted|cited|wrote|indicated"
    r"|(?:gave|gives|give) (?:an? |the )?(?:\w+ )?(?:figure|toll|estimate|number|tally|count)"
    r"|believe|believes|believed|has said|have said"
    rf"|{_SETS_TOLL}"
    r"|had said|expects|predicts|predicted|warned|worried|hopes?|fears|feared|advised|adds"
    r"|disclosed|revealed|declared|noted|explained|acknowledged"
    r"|Says|Said|Reports|Confirms|Estimates)"  # a headline in title case: "..., Says Minister"
)
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:of\s+(?:the\s+)?|al-|el-|de |bin )?[A-Z][\w'’.-]+){0,5}"
# "Ahmad al-Dbis, a doctor helping ..., said" and "said spokeswoman Ingy Sedky"
# A place after a preposition is no speaker: "Civilians in Irpin, Ukraine, told VOA".
_NOT_AFTER_PREPOSITION = (
    r"(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bon )(?<!\bto )(?<!\bfrom )(?<!\bby )(?<!\bfor )"
    r"(?<!\bwith )(?<!\bnear )(?<!\binto )"
)
_NAMED_SPEAKER = re.compile(
    rf"{_NOT_AFTER_PREPOSITION}(?P<name>{_NAME}),\s+[^,\"“]{{3,80}},\s+{_VERBS}\b"
)
# After a comma, a verb with a subject of its own after it ("..., said the minister",
# "..., reports AFP"): what stands before the comma is no subject.
# "has said", "have since said", "had earlier reported"
_AUX = r"(?:(?:has|have|had)\s+(?:(?:since|also|now|already|earlier|\w+ly)\s+)?)?"
_INVERTED_AFTER = r"(?!\s+(?:(?:the|a|an)\s|(?![A-Z][a-z]+day\b)[A-Z@]))"
_INVERTED = r"(?(comma)(?!\s+(?:(?:the|a|an)\s|(?![A-Z][a-z]+day\b)[A-Z@])))"
# "Edwards said"; but in "... on board the Grand Princess, reports AFP" the subject is
# the name after the verb, and the one before the comma only ends the clause.
_SPEAKER_SAID = re.compile(
    rf"(?P<name>{_NAME})(?P<comma>,)?\s+"
    rf"(?:(?:had|has|have|also|earlier|later|previously|then|further|again|separately|\w+ly)\s+){{0,2}}"
    rf"{_VERBS}\b{_INVERTED}"
)
_PERSON_OF = re.compile(
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]\.?)?\s+[A-Z][\w'’-]+) of (?:the )?"
    rf"(?:[A-Za-z][\w'’-]*\s+){{1,6}}?{_VERBS}\b"
)
# "said spokeswoman Ingy Sedky": a speaker put after the verb, with only a title or
# determiner between. A name after a preposition ("feared dead in Mozambique"), after
# "told" (the listener) or after a passive ("are believed to be in Nepal") is no speaker.
_PREPOSITION = (
    r"(?:in|at|on|to|into|from|with|after|before|by|of|for|over|near|across|that|than|as|be)"
)
_SAID_SPEAKER = re.compile(
    rf"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )"
    rf"\b(?!told\b){_VERBS}\s+(?:(?!{_PREPOSITION}\b)[a-z]+\s+){{0,4}}(?P<name>{_NAME})"
)
_ROLE_WORDS = (
    r"(?i:officials?|authorities|ministry|minister|spokes(?:wo)?man|spokesperson|government"
    r"|(?:aid |rescue |health |relief |humanitarian )?workers|rescuers|residents|witnesses"
    r"|survivors|volunteers|doctors|medics|staff|sources|media|broadcaster|newspaper"
    r"|embassy|agency|department|police|army|military|guard|office|services?|commission"
    r"|council|committee|society|mission|authority|command|observatory|programme|directorate"
    r"|bureau|administration|mayor|governor|president|commissioner|prime minister|secretary)"
)
_ROLE = (
    rf"(?P<name>(?<![\w'’.-])(?:(?:the|The)\s+)?(?:[A-Z][\w.'’-]*\s+){{0,4}}"
    rf"(?:(?!(?:where|when|which|who|that|as|and|but|while|if|after|before|on|in|at|to|from"
    rf"|with|by|for|of|into|via)\b)[a-z]+(?:['’]s)?\s+){{0,2}}"
    rf"{_ROLE_WORDS}(?:\s+(?:sources|officials?|spokes(?:wo)?man|spokesperson))?"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){{0,4}})?)"
)
# A body named after a preposition: "from the Polish border guard", "by the Associated Press".
_BODY = (
    rf"(?:[a-z]+\s+){{0,2}}(?:[A-Z][\w.'’-]*\s+){{0,4}}(?:[a-z]+\s+){{0,2}}{_ROLE_WORDS}\b"
    r"|(?:[a-z]+\s+){0,2}[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w.'’-]*){0,5}"
)
# "The Armenian government on Saturday put the figure at": a day between credit and verb.
_WHEN = (
    r"(?:\s+(?:(?:late |early )?on\s+(?:[A-Z][a-z]+day|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last) (?:week|month|weekend)"
    r"|yesterday|today|earlier|later|also|since))?"
)
# "The mayor, quoted by Interfax, said", "The ministry, for its part, said": an aside
# between a body and its verb.
_ROLE_ASIDE = re.compile(
    rf"{_ROLE},\s+[^,\"“]{{3,60}},\s+(?:(?:has|have|had)\s+)?{_VERBS}\b{_INVERTED_AFTER}"
)
_ROLE_SAID = re.compile(
    rf"{_ROLE}(?:\s+(?:in|at|from)(?:\s+[\w'’-]+){{1,4}}?)?{_WHEN}(?P<comma>,)?\s+"
    rf"{_AUX}{_VERBS}\b{_INVERTED}"
)
# "its NGO partners estimated", "their staff reported": a noun a possessive opens is the
# subject of the verb right after it.
_OWN_SAID = re.compile(
    rf"\b(?:its|their|his|her)\s+(?P<name>(?:[\w-]+\s+){{0,2}}?[\w-]{{3,}}){_WHEN},?\s+{_VERBS}\b"
)
# Verbs that only report: "gave", "fears" or "hopes" may have any subject ("the storm gave").
_SAY_VERBS = (
    r"(?:said|says|say|reported|reports|report|told|tweeted|posted|announced|stated|confirmed"
    r"|added|estimated|estimates|estimate|wrote|noted|claimed|claims|claim|disclosed|revealed"
    r"|declared|explained|acknowledged"
    rf"|{_SETS_TOLL})"
)
# Words no noun phrase holds: "Nyusi, who declared mourning, has said" has no subject "has".
_NO_NOUN = (
    r"(?:who|whom|which|that|whose|where|when|of|has|have|had|is|are|was|were|be|been|will"
    r"|would|could|also|then|later|earlier|previously|again|not)\b"
)
# Any noun phrase that opens a clause and is followed by a reporting verb is its subject:
# "..., the hospital said", "and the navy said", "The prefecture reported 40 dead".
_CLAUSE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?P<name>(?:(?:[Tt]he|[Aa]n?)\s+)?"
    rf"(?![a-z]+(?:ing|ed)\s+(?:{_PREPOSITION}|about|by|under)\b|{_PREPOSITION}\b"
    rf"|(?i:however|meanwhile|though|for|as)\b)"
    rf"(?:(?!{_NO_NOUN})[A-Za-z][\w'’.-]*\s+){{0,3}}?"
    rf"(?!{_NO_NOUN}|(?:it|he|she|they|we|I|you|this|these|there|many|some|most|all|others"
    rf"|one)\b)[A-Za-z][\w'’.-]{{2,}})"
    rf"{_WHEN}(?P<comma>,)?\s+{_AUX}{_SAY_VERBS}\b{_INVERTED}"
)
# "Commissioner for Refugees in Sudan Abdallah Suleiman reported": a title, then the
# person who holds it and speaks.
_TITLE_NAME_SAID = re.compile(
    rf"{_ROLE}(?:\s+(?:in|at|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*)*\s+"
    rf"(?P<person>[A-Z][a-z'’-]+(?:\s+(?:al-|el-|de |bin )?[A-Z][a-z'’-]+){{1,2}})"
    rf"(?:\s+(?:has|had|have))?{_WHEN},?\s+{_VERBS}\b"
)
# "A tour operator from the State said", "An Algerian journalist at Debdeb, on the
# border, said": the speaker is the noun the phrase opens with, not the place after it.
_NOUN_OF_SAID = re.compile(
    rf"(?<![\w'’]){_NOT_AFTER_PREPOSITION}(?:[Aa]n?|[Tt]he)\s+"
    rf"(?P<name>(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){{0,2}}?(?!spokes)[a-z]{{3,}})"
    rf"\s+(?:from|at|in|of|with|for)\s+(?:the\s+)?[A-Z][^,.;:\"“\d]{{1,60}}?"
    rf"(?:,[^,.;:\"“\d]{{3,80}},)?\s+{_VERBS}\b"
)
# "a spokesperson for the Norwegian Refugee Council said": a spokesperson not named speaks
# for the body ("Ana Ruiz, a spokeswoman for the ministry, said" names her).
_SPOKESPERSON_FOR = re.compile(
    r"(?<!,\s)\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?spokes(?:wo)?(?:man|person)\s+(?:for|of)\s+(?:the\s+)?"
    rf"(?P<name>{_BODY})(?=,?{_WHEN},?\s+{_VERBS}\b)"
)
# "the Gaza health ministry, which is run by Hamas, said": the head of the relative clause
# speaks, not a name inside it.
_RELATIVE_SAID = re.compile(
    rf"{_ROLE}(?:\s+(?:in|at|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*)*,?\s+(?:which|who)\s+"
    rf"[^.;\"“]{{3,80}}?,?\s+{_VERBS}\b"
)
# "As "Radio Azatutyun" reports", "as Reuters reported"
_AS_REPORTS = re.compile(
    rf"\b[Aa]s\s+[\"“]?(?P<name>{_NAME})[\"”]?\s+(?:reports|reported|said|says|notes|noted)\b"
    rf"|\b[Aa]s\s+(?:reported|announced|stated|confirmed)\s+by\s+(?:[Tt]he\s+)?(?P<source>{_BODY})"
)
# "NHK said, citing local officials", "Citing the interior ministry, state TV said": the
# one cited is the voice the report passes on.
_CITING = re.compile(rf"\b(?i:citing|quoting)\s+(?:[Tt]he\s+|an?\s+)?(?P<name>{_BODY})")
_SAID_ROLE = re.compile(rf"\b{_VERBS}\s+{_ROLE}")
_ACCORDING = re.compile(
    rf"(?:\b(?i:according to)|\bper(?=\s+[A-Z]))\s+"
    rf"(?:{_ROLE}|(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?P<person>{_NAME})"
    rf"|(?P<document>the (?:report|statement|figures|data|agency|organi[sz]ation)))"
)
# "border police data showed", "UN data in September showed", "data from national
# immigration authorities shows", "figures collected by the UN refugee agency"
_DATA_SHOWS = re.compile(
    r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}(?:[a-z]+\s+)?(?:[A-Z]{2,}[\w.'’-]*|(?i:police"
    r"|authorities|ministry|government|agency|guards?)))\s+(?:data|figures|statistics|records)\b"
    r"(?:\s+[\w,'’-]+){0,4}?\s+(?:showed|shows|show|indicated|indicates|suggest)\b"
    r"|\b(?i:data|figures|statistics)\s+(?:from|by|of|collected by|released by|published by)"
    rf"\s+(?:the\s+)?(?P<source>{_BODY})"
)
# What may join the parts of a person's name: "Abdulmenam al-Ghaithi", "Ana da Silva".
_PARTICLE = r"(?:al-|el-|de |da |bin |van |von )"
# "The head of the Red Crescent in Tobruk, Omar Salem, said": the person set off by commas
# right before the verb is the one speaking, whatever the title before.
_APPOSED_NAME = re.compile(
    rf"(?<=,)\s+(?P<name>[A-Z][a-z'’-]+(?:\s+{_PARTICLE}?[A-Z][a-z'’-]+){{1,3}})"
    rf",{_WHEN}\s+{_VERBS}\b"
)
# A document a source issued: "the ministry's latest figures", "a tally by the AP".
_DOCUMENT = (
    r"(?:(?:latest|new|own|initial|official|preliminary|updated|final|daily|revised|provisional"
    r"|first|last|most recent)\s+)*(?:figures|data|tally|count|estimates?|statistics|records"
    r"|reports?|statement|accounts?|numbers|toll|assessment|update|census)"
)
# "the agency's figures show", "according to other refugees' accounts": the owner speaks.
_OWNER_SAYS = re.compile(
    rf"(?P<name>(?<![\w'’.-])(?:(?:[A-Z][\w.-]*|[a-z]+)\s+){{0,4}}?[\w.-]+?)(?:(?<=s)['’]|['’]s)\s+"
    rf"{_DOCUMENT}\b(?=(?:\s+[\w,'’-]+){{0,4}}?\s+(?:showed|shows|show|put|puts|indicated"
    rf"|indicates|suggests?|said|says|reported|stood|stands|rose|has risen|had risen)\b)"
    rf"|\b(?i:according to)\s+(?P<owner>(?:(?:[A-Z][\w.-]*|[a-z]+)\s+){{0,4}}?[\w.-]+?)"
    rf"(?:(?<=s)['’]|['’]s)\s+{_DOCUMENT}\b"
)
# "according to a tally by The Associated Press", "according to figures released by X"
_DOCUMENT_BY = re.compile(
    rf"\b(?i:according to)\s+(?:(?:a|an|the)\s+)?{_DOCUMENT}\s+"
    r"(?:(?:released|compiled|published|issued|collected|gathered|kept|provided|cited)\s+)?"
    rf"(?:by|from|of)\s+(?:the\s+)?(?P<name>{_BODY})"
)
# "public broadcaster CT said", "state news agency Xinhua reported": the name the
# description introduces speaks.
_DESCRIBED = re.compile(
    r"(?<![\w'’])(?:[a-z-]+\s+){0,2}(?:broadcaster|news agency|agency|newspaper|daily|channel"
    r"|television|TV|station|network|radio|carrier|airline|charity|NGO|group|organi[sz]ation"
    r"|monitor|outlet|website|tabloid|weekly)\s+"
    rf"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}){_WHEN},?\s+{_VERBS}\b"
)
# ", says its governor William Villamizar", "said Kieran Dwyer, OCHA's director": a speaker
# named after the verb governs what comes before it
_POSTPOSED = re.compile(
    r"[,”\"]\s*(?:said|says|added|adds|wrote|tweeted|stated|explained|noted)\s+"
    r"(?:(?:its|his|her|their|the|a|an|[a-z]+|[A-Z][a-z]*['’]s)\s+){0,4}"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:al-|el-|de |bin )?[A-Z][\w'’.-]+){1,3})"
)
# "the ministry", "the Geneva-based agency": a credit that names no one by itself.
_GENERIC = re.compile(
    rf"^(?:[Tt]he\s+)?(?:(?:[a-z]+|[A-Z][\w.]*-[a-z]+)\s+){{0,2}}"
    rf"(?P<head>{_ROLE_WORDS}|(?i:organi[sz]ation|group|monitor|report))$"
)
_DATA_WORDS = re.compile(r"\b(?:data|figures|statistics)\b", re.I)
_HAS_VERB = re.compile(rf"\b{_VERBS}|\b(?i:according to)|\bper\s+[A-Z]")
_PRONOUN = re.compile(rf"\b(?:It|it|he|she|He|She|They|they|the (?:organi[sz]ation|report|group|"
                      rf"monitor|agency|centre|center|office))\s+{_VERBS}\b")  # fmt: skip
_STOP_NAMES = frozenset(
    {
        "The",
        "A",
        "An",
        "But",
        "And",
        "On",
        "In",
        "It",
        "He",
        "She",
        "They",
        "This",
        "That",
        "However",
        "US",
        "Meanwhile",
        "Also",
        "Earlier",
        "Later",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Today",
        "Yesterday",
        "Source",
        "Quote",
        "Details",
        "Exclusive",
        "Among",
        "Of",
        "By",
        "At",
        "As",
        "For",
        "With",
        "Say",
        "Says",
        "Said",
        "Estimate",
        "Estimates",
    }
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a statement is attributed to and where that is said."""

    source: str
    span: Span
    explicit: bool


def canonical_source(name: str) -> str:
    """Return the canonical name for a source's spelling, or the spelling itself."""
    for canonical, pattern in _KNOWN:
        if pattern.fullmatch(name.strip()):
            return canonical
    return name.strip()


# A national Red Cross or Red Crescent society ("the Philippine Red Cross", "Kenya Red
# Cross Society") is not the ICRC, nor is a country's state media Syria's: each is
# credited as written.
_NATIONAL = re.compile(
    r"(?:[A-Z][a-z]+(?:['’]s)?\s+){1,3}(?:Red (?:Cross|Crescent)(?:\s+Society)?"
    r"|[Ss]tate(?:-run|-controlled|-owned)? (?:media|television|TV|news agency|broadcaster))"
    r"|Red (?:Cross|Crescent) Society of (?:the\s+)?[A-Z][a-z]+"
)


def _national_societies(text: str) -> list[Attribution]:
    found = []
    for match in _NATIONAL.finditer(text):
        start = match.start()
        while (word := re.match(r"[A-Z][a-z]+\s+", text[start:])) and word.group(0).strip() in (
            _STOP_NAMES
        ):
            start += word.end()  # "On Monday Red Cross officials": the day is no part of it
        name = text[start : match.end()]
        if re.match(r"Red Cross(?! Society of)|[Ss]tate\b", name) or canonical_source(name) != name:
            continue  # the Red Cross (ICRC), plain state media, the known societies
        found.append(Attribution(name, Span(start, match.end()), True))
    return found


@lru_cache(maxsize=4096)
def known_sources(text: str) -> tuple[Attribution, ...]:
    """Return mentions of well-known sources, without overlaps."""
    found: list[Attribution] = _national_societies(text)
    for name, pattern in _KNOWN:
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end())
            if not any(span.overlaps(other.span) for other in found):
                found.append(Attribution(name, span, True))
    return tuple(sorted(found, key=lambda a: a.span.start))


def _speaker(text: str, position: int | None = None) -> Attribution | None:
    """Return the speaker the sentence names; with several (two speech verbs), the one
    nearest the figure at ``position`` ("172,000 fled, Edwards said, though the
    authorities said the number could be 200,000")."""
    found = [
        a
        for a in _speakers(text)
        if not _speaks_later(text, a, position) and not _counted(text, a, position)
    ]
    if not found:
        return None
    if position is None or len(found) == 1:
        return found[0]
    start, end = 0, len(text)
    for match in _CONTRAST.finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    own = [a for a in found if start <= a.span.start < end]
    if not own:
        return found[0]
    return _inner_voice(text, own, position) if own[0].span.end <= position else own[0]


def _inner_voice(text: str, speakers: list[Attribution], position: int) -> Attribution:
    """Return the innermost voice before the figure: in "the ministry said local officials
    reported 40 dead" the officials, whom the ministry quotes; "UNHCR spokesman Edwards"
    with no verb between is one voice, the first found."""
    before = sorted((a for a in speakers if a.span.end <= position), key=lambda a: a.span.start)
    voice = speakers[0]
    for other in before:
        verb = _VERB_AFTER.match(text[other.span.end :])
        if (
            other.span.start >= voice.span.end
            and verb is not None
            and other.span.end + verb.end() <= position
            and _HAS_VERB.search(text[voice.span.end : other.span.start])
        ):
            voice = other  # a subject whose own verb stands before the figure
    return voice


# A speech verb after its speaker: "officials said", "the ministry on Friday reported".
# An appositive may stand between ("Ana Ruiz, the mayor, said"); a relative clause may
# not ("UNHCR, which said ...": UNHCR is not the subject of "said").
_VERB_AFTER = re.compile(
    rf"^(?:,[^,.;:\"“]{{3,80}},)?(?:(?!\b(?:which|who|that|where|when)\b)[^.;:,]){{0,60}}?"
    rf"\b{_VERBS}\b"
)
# What may follow a verb that takes no complement of its own: when and to whom it was
# said ("told reporters on Friday", "said Kieran Dwyer"), or a preposition ("said in Geneva").
_ADJUNCT = re.compile(
    r"^(?:\s+(?:(?:late|early)(?: on)? \w+(?: \d+)?|(?:last|this) \w+|yesterday"
    r"|today|tonight|overnight|morning|afternoon|evening|night|earlier|later|again|also|too"
    r"|separately|now|then|reporters|journalists"
    r"|(?:the )?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))*"
)
_NEXT_VERB = re.compile(rf"^\s+{_VERBS}\b")
# "told a news conference": the listener, then a complement only if "that" or a number.
_TOLD_WHOM = re.compile(r"^\s+(?:[\w'’.-]+\s+){0,4}?(?:that\b|\d)")
_COMPLEMENT = re.compile(
    r"^\s+(?:that\b|(?!(?:in|at|on|to|from|with|as|while|after|before|during|when|and|but|for"
    r"|by|of|via|through|without|amid|since|until|over)\b)[a-z\d])"
)


def _speaks_later(text: str, speaker: Attribution, position: int | None) -> bool:
    """Return whether ``speaker`` stands after the figure and its verb takes a clause of
    its own: in "300 fled, and officials said 400 more were expected", officials say the
    400, not the 300; in "300 fled, officials told reporters in Lima." they say the 300.

    ``position`` 0 asks for the sentence's speaker, whatever it governs.
    """
    if not position or speaker.span.start <= position:
        return False
    verb = _VERB_AFTER.match(text[speaker.span.end :])
    if verb is None:
        return False
    rest = text[speaker.span.end + verb.end() :]
    while (noun := _NEXT_VERB.match(rest)) is not None:
        rest = rest[noun.end() :]  # "the IOM report said": "report" was a noun
    if verb.group(0).endswith("told"):
        return _TOLD_WHOM.match(rest) is not None
    adjunct = _ADJUNCT.match(rest)
    return _COMPLEMENT.match(rest[adjunct.end() if adjunct else 0 :]) is not None


# A figure where a phrase starts: digits, a count word, or a hedge before a number.
_FIGURE_START = re.compile(
    r"\d|(?i:thousands|hundreds|dozens|scores|millions|tens|some|about|around|nearly|over"
    r"|almost|roughly|more than|at least|up to|an estimated|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twelve|twenty|fifty)\b"
)
_FIGURE_PHRASE = re.compile(r"(?:\d[\d.,]*\d|\w+)(?:\s+(?:of|[a-z][\w-]*|\d[\d.,]*\d|\d)){0,3}\s+")


def _counted(text: str, speaker: Attribution, position: int | None) -> bool:
    """Return whether the speaker is the group the figure counts: in "Hundreds of residents
    said they would stay" or "Thousands said ..." the residents speak about themselves."""
    if position is None or not _FIGURE_START.match(text, position):
        return False
    if speaker.span.start <= position < speaker.span.end:
        return True
    between = text[position : speaker.span.start]
    return speaker.span.start > position and _FIGURE_PHRASE.fullmatch(between) is not None


# Clauses that may have speakers of their own: "..., Edwards said, though the Turkish
# authorities said the number could be around 200,000".
_CONTRAST = re.compile(r";|\b(?:though|although|but|while|whereas)\b")


@lru_cache(maxsize=4096)
def _speakers(text: str) -> tuple[Attribution, ...]:
    if _HAS_VERB.search(text) is None and _DATA_WORDS.search(text) is None:
        return ()
    speakers: list[Attribution] = []
    patterns = (
        _CITING, _POSTPOSED, _APPOSED_NAME, _SPOKESPERSON_FOR, _RELATIVE_SAID, _PERSON_OF,
        _NOUN_OF_SAID, _NAMED_SPEAKER, _OWNER_SAYS, _DOCUMENT_BY, _DESCRIBED, _ACCORDING,
        _AS_REPORTS, _TITLE_NAME_SAID, _ROLE_ASIDE, _ROLE_SAID, _SPEAKER_SAID, _OWN_SAID,
        _CLAUSE_SUBJECT, _SAID_ROLE, _SAID_SPEAKER, _DATA_SHOWS,
    )  # fmt: skip
    for pattern in patterns:
        for match in pattern.finditer(text):
            found = match.groupdict()
            group = next(
                (g for g in ("person", "document", "source", "owner") if found.get(g)), "name"
            )
            if match.group(group) is None:
                continue
            words = re.sub(r"^the\s+", "", match.group(group).strip(" .,")).split()
            while words and (words[0] in _STOP_NAMES or words[0] in _LEADING):
                words.pop(0)  # "the latest UN figures", "a senior official"
            while words and words[0].lower() in _COUNTS:
                words.pop(0)  # "Two officials said"
            titles = [i for i, w in enumerate(words[:-2]) if w.rstrip(".").lower() in _HONORIFICS]
            if titles and _PERSON_NAME.fullmatch(" ".join(words[titles[-1] + 1 :])):
                words = words[titles[-1] + 1 :]  # "Butte County Sheriff Kory Honea": Kory Honea
            name = " ".join(words)
            short = len(name) < 3 and not any(p.fullmatch(name) for _, p in _KNOWN)  # "UN"
            if short or name.endswith(("'s", "’s")):
                continue  # "Nagorno-Karabakh's estimated population" names no speaker
            if pattern is _PERSON_OF and (
                words[-1].lower() in _TITLES
                or re.fullmatch(_ROLE_WORDS, words[-1])
                or words[-1].lower() in _BODY_HEADS
            ):
                continue  # "French Minister of Defense Sebastien Lecornu said": the name follows
            if name.lower() in _STOP_LOWER or _REPORTER.fullmatch(name):
                continue  # "our correspondent said": the outlet's own reporter
            span = Span(match.start(group), match.end(group))
            if not any(span.overlaps(s.span) for s in speakers):
                speakers.append(Attribution(canonical_source(name), span, True))
            if pattern not in _SUBJECT_VERB:
                break  # one speaker per pattern; the patterns are in order of trust
    return tuple(speakers)


_LEADING = frozenset({"a", "an", "the", "latest", "new", "other", "its", "their", "his", "her"})
_COUNTS = frozenset({"two", "three", "four", "five", "several", "some", "many"})
# The last word of a body's name, which no person's name ends with ("Armed Forces of the
# Philippines said" is no person "of" the Philippines).
_BODY_HEADS = frozenset(
    {"forces", "corps", "institute", "centre", "center", "unit", "board", "association",
     "federation", "union", "fund", "court", "parliament", "assembly", "network", "forum",
     "alliance", "coalition", "foundation", "trust", "league", "front", "movement", "party"}
)  # fmt: skip
_HONORIFICS = frozenset(
    {"mayor", "governor", "president", "premier", "prime", "minister", "chancellor", "gen",
     "general", "col", "colonel", "lt", "capt", "captain", "dr", "mr", "mrs", "ms", "sen",
     "senator", "rep", "chief", "commissioner", "secretary", "ambassador", "deputy", "sheriff",
     "spokesman", "spokeswoman", "spokesperson", "director", "judge", "envoy", "brig", "maj",
     "major", "sgt", "adm", "admiral", "cmdr", "supt", "insp", "inspector", "superintendent",
     "officer", "head", "coordinator", "representative"}
)  # fmt: skip
# A person's name: capitalised words, none of them a body ("Office", "Ministry").
_PERSON_NAME = re.compile(
    rf"(?!.*\b{_ROLE_WORDS}\b)[A-Z][a-z'’-]+(?:\s+{_PARTICLE}?[A-Z][a-z'’-]+){{0,3}}"
)
# Patterns whose every match is a speaker of its own: in nested speech ("the ministry said
# local officials reported 40") both are found, and the inner one governs what follows.
_SUBJECT_VERB = (_ROLE_SAID, _SPEAKER_SAID, _OWN_SAID, _CLAUSE_SUBJECT)
_TITLES = frozenset(
    {"minister", "secretary", "president", "spokesman", "spokeswoman", "spokesperson",
     "director", "chief", "commissioner", "head", "ambassador", "premier", "governor",
     "mayor", "envoy", "chancellor", "general", "commander", "officer", "official"}
)  # fmt: skip
# "Catherine Colonna told AFP": the outlet told is the listener, not the source.
_TOLD = re.compile(r"\b(?i:told|telling|tells|(?:said|speaking|spoke|talking) to)\s+(?:the\s+)?$")


def attribute(sentence: str, position: int) -> Attribution | None:
    """Return who the sentence attributes the figure at ``position`` to, if anyone.

    Known organisations win over named people, unless the person is the organisation's
    voice or speaks inside its report; among several, the nearest one governs the figure.
    ``None`` means the sentence names nobody.
    """
    # "The National Disaster Management Authority (NDMA) said": the acronym is put aside.
    sentence = _ACRONYM.sub(_unknown_acronym, sentence)
    quotes = [m.span() for m in _QUOTE.finditer(sentence)]
    sources = tuple(
        a
        for a in known_sources(sentence)
        if not _TOLD.search(sentence[max(0, a.span.start - 16) : a.span.start])
        and not _speaks_later(sentence, a, position)
        and not any(start < a.span.start < end for start, end in quotes)
        and not _COUNTED_WITH.fullmatch(sentence[position : a.span.start])
    )
    speaker = _speaker(sentence, position)
    if speaker is not None and _CITED.search(sentence[: speaker.span.start]):
        return speaker  # "state TV said, citing the interior ministry": the ministry
    if sources:
        has_verb = re.search(rf"{_VERBS}|(?i:according to)|tweet|@", sentence)
        if has_verb:
            known = min(sources, key=lambda a: _distance(a.span, position))
            inside = speaker is not None and any(speaker.span.overlaps(a.span) for a in sources)
            if speaker is not None and not inside and _person_of(speaker, known):
                return speaker  # "UNHCR spokesman Adrian Edwards said": the person speaks
            if speaker is not None and 0 <= speaker.span.start - known.span.end <= 1:
                return speaker  # "state broadcaster CCTV said": the name it introduces
            if (
                speaker is not None
                and not inside
                and known.span.end <= speaker.span.start < position
                and _HAS_VERB.search(sentence[known.span.end : speaker.span.start])
            ):
                return speaker  # "UNHCR said that the government says 900": the inner voice
            return known
    return speaker


def _unknown_acronym(match: re.Match[str]) -> str:
    text = match.group(0)
    return text if canonical_source(text.strip(" ()")) != text.strip(" ()") else " " * len(text)


_ACRONYM = re.compile(r"\s\((?:[A-Z][A-Za-z.&-]*)(?:\s[A-Z][A-Za-z.&-]*)?\)")
_CITED = re.compile(r"\b(?i:citing|quoting)\s+(?:[Tt]he\s+|an?\s+)?$")
# A known name inside a quotation is mentioned by the one quoted, who is the source.
_QUOTE = re.compile(r"[\"“][^\"“”]{3,}[\"”]")
# "three ICRC staff members": a known name right after the number is part of who is
# counted, not who counts them.
_COUNTED_WITH = re.compile(r"(?!(?i:the|a|an)\s)[\w.,-]+(?:\s+[a-z][\w-]*){0,2}\s+")


def _person_of(speaker: Attribution, known: Attribution) -> bool:
    """Return whether a named person is the known organisation's voice: its spokesman or
    head named next to it ("Filippo Grandi, the UN High Commissioner for Refugees")."""
    if not _PERSON.fullmatch(speaker.source) or canonical_source(speaker.source) != speaker.source:
        return False
    gap = (
        known.span.start - speaker.span.end
        if known.span.start >= speaker.span.end
        else speaker.span.start - known.span.end
    )
    return -1 <= gap <= 40


_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:al-|el-|de |bin )?[A-Z][a-z'’-]+){1,3}")


_REPORTER = re.compile(
    r"(?i:our|this)\s+(?:[a-z]+\s+)?(?:reporters?|correspondents?|journalists?|photographers?)"
)
_STOP_LOWER = frozenset(n.lower() for n in _STOP_NAMES)


def resolve_surname(source: str, earlier: list[str]) -> str:
    """Return the full name a later mention ("Mr. Sahai", "Correia", "the NDMA") refers
    back to."""
    bare = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Gen|Col|Capt)\.?\s+", "", source.strip())
    if re.fullmatch(r"[A-Z]{2,7}", bare):
        for name in reversed(earlier):
            if _initials(name) == bare:
                return name  # "the NDMA" after "the National Disaster Management Authority"
    if " " in bare or not bare[:1].isupper():
        return source
    for name in reversed(earlier):
        if name != bare and name.split()[-1:] == [bare]:
            return name
    return bare if bare != source.strip() else source


def _initials(name: str) -> str:
    words = [w for w in name.split() if w not in ("of", "the", "and", "for", "on", "in")]
    return "".join(w[0] for w in words) if all(w[:1].isupper() for w in words) else ""


def resolve_generic(source: str, earlier: list[str]) -> str:
    """Return the named source a generic credit ("the ministry") refers back to.

    "The ministry claims" after "Ukraine's defence ministry said" is the defence
    ministry, not the outlet. Without an earlier match the generic credit is kept.
    """
    match = _GENERIC.match(source.strip())
    if match is None:
        return source
    head = match.group("head").lower()
    named = [n for n in earlier if _GENERIC.match(n.strip()) is None]
    for name in reversed(named):
        spellings = " ".join(KNOWN_SOURCES.get(name, ())).lower()
        if head in name.lower() or head in spellings:
            return name
    bodies = [n for n in named if not _PERSON.fullmatch(n)]  # "the agency" is no person
    if bodies and head in ("agency", "organisation", "organization", "report", "group"):
        return bodies[-1]
    return re.sub(r"^the\s+", "", source.strip(), flags=re.I)


def is_outlet(source: str, outlet: str) -> bool:
    """Return whether a credit names the outlet that publishes the report, which then
    states the figure itself: "reports AFP" in a copy headed "Daily Star (AFP)"."""
    name = canonical_source(source)
    words = re.findall(r"[A-Za-z][\w.&'’-]*", outlet)
    spans = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return bool(outlet.strip()) and any(canonical_source(s) == name for s in spans)


def refers_back(sentence: str) -> bool:
    """Return whether the sentence attributes with a pronoun ("it said", "she said")."""
    return bool(_PRONOUN.search(sentence))


def referent(sentence: str, earlier: list[str]) -> str:
    """Return whom a pronoun speaker refers back to: "he" or "she" the last person
    credited, "it" the last body, "they" the last body or group; empty if none fits.

    After "Governor Ana Ruiz said ... The ministry said ...", "She added" is Ana Ruiz.
    """
    match = _PRONOUN.search(sentence)
    if match is None or not earlier:
        return ""
    word = match.group(0).split()[0].lower()
    for name in reversed(earlier):
        person = _is_person(name)
        if (word in ("he", "she") and person) or (word not in ("he", "she") and not person):
            return name
    return ""


def _is_person(name: str) -> bool:
    """Return whether a credit names a person ("Ana Ruiz", "Ruiz", "the mayor"), not a
    body."""
    words = name.split()
    if words and words[-1].lower() in _TITLES | _HONORIFICS:
        return True  # "the Mozambique president", "deputy mayor"
    if canonical_source(name) != name or re.search(_ROLE_WORDS, name):
        return False
    return (
        bool(_PERSON_NAME.fullmatch(name))
        and words[-1].lower() not in _BODY_HEADS
        and (len(words) > 1 or not name.isupper())
    )


def _distance(span: Span, position: int) -> int:
    if span.end <= position:
        return position - span.end
    return (span.start - position) * 2
