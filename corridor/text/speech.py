"""Find who speaks in a sentence: the subject of a reporting verb ("officials said",
"said the minister", "according to X", "X's figures show"), nested and inverted speech."""

from __future__ import annotations

import re
from functools import lru_cache

from corridor.text.agencies import NOT_NAMES as _STOP_NAMES
from corridor.text.agencies import Attribution, canonical_source, is_known
from corridor.text.model import Span

# One word of a person's name: a capital, then lower-case letters, Latin accents included
# ("Benoît", "Søren"), apostrophes and hyphens.
NAME_WORD = r"[A-Z][a-zß-öø-ÿ'’-]+"

# "put the death toll at 56", "raised its estimate to 900": who sets a figure gives it.
_SETS_TOLL = (
    r"(?:puts? (?:the|its) (?:[\w-]+ ){0,3}?(?:toll|number|figure|count|total|tally)"
    r"(?: of [\w-]+(?: [\w-]+){0,3}?)? at"
    r"|(?:raised|lowered|revised|updated|raises|revises) (?:the|its) "
    r"(?:[\w-]+ ){0,2}?(?:toll|figure|number|count|estimate|tally))"
)
# "the agency is reporting", "officials are now saying": a report still being given.
_PROGRESSIVE = (
    r"(?:is|are|was|were)\s+(?:(?:now|also|still)\s+)?"
    r"(?:saying|reporting|estimating|warning(?=\s+(?:that|of)\b)|claiming|predicting|telling"
    r"|confirming)"
)
# "the confirmed death toll", "an estimated 40", "in a report published": a participle
# or a noun after an article.
_ATTRIBUTIVE = r"(?<![Tt]he )(?<!\b[Aa]n )(?<!\b[Aa] )"
# "other estimates have ranged", "reports are": a plural noun before a verb of its own.
# "Media reports say": a plural noun before a speech verb of its own, too.
_NOUN_PLURAL = (
    r"(?!\s+(?:have|has|had|are|were|vary|varied|range|ranged|say|said|suggest|suggested"
    r"|show|showed|indicate|indicated)\b)"
)
VERBS = (
    rf"{_ATTRIBUTIVE}(?:said|says|say|reported|reports{_NOUN_PLURAL}|report|estimated"
    rf"|estimates{_NOUN_PLURAL}|estimate|told|tweeted|posted"
    r"|announced"
    rf"|stated|claimed|claims{_NOUN_PLURAL}|claim|confirmed|added|counted|cited|wrote|indicated"
    r"|(?:gave|gives|give) (?:an? |the )?(?:\w+ )?(?:figure|toll|estimate|number|tally|count)"
    r"|believe|believes|believed|has said|have said"
    rf"|{_SETS_TOLL}"
    r"|had said|expects|predicts|predicted|warned|worried|hopes?|fears|feared|advised|adds"
    r"|disclosed|revealed|declared|noted|explained|acknowledged"
    # the present of the same verbs, as briefings and radio copy use it ("tells VOA",
    # "confirms that"), and their progressive ("is reporting", "are saying")
    r"|tells|confirms|announces|writes|tweets|(?:warns|warn)(?=\s+(?:that|of)\b)|indicates|reveals"
    r"|(?:states|notes)(?=\s+that\b)"  # "the United States", "notes" are nouns too
    r"|declares|explains|acknowledges|discloses|predict"
    # verbs that report with a stance: "stressed that", "insisted", "pointed out"
    r"|stressed|stresses|insisted|insists|emphasi[sz]ed|emphasi[sz]es|underlined|underscored"
    r"|pointed out|points out|asserted|asserts|argued|argues|remarked|mentioned|admitted"
    r"|admits|conceded|concedes|specified|recounted|(?:observed|maintained|recalled)(?=\s+that\b)"
    rf"|{_PROGRESSIVE}"
    r"|informed(?=\s+(?:\w+\s+)?that\b)"  # "the official informed that" (South Asian English)
    r"|Says|Said|Reports|Confirms|Estimates)"  # a headline in title case: "..., Says Minister"
    # "gunmen believed to be soldiers", "said to have fled": a passive hedge, no speech
    r"(?!\s+to\s+(?:be|have|number|include)\b)"
)
# "Others said", "Many say": a quantifier at a sentence's start names no one
_NAME = r"(?!(?:Others|Some|Many|Most|Several|Few|Both)\b)" + (
    r"[A-Z][\w'’.-]+(?:\s+(?:of\s+(?:the\s+)?|al-|el-|de |bin )?[A-Z][\w'’.-]+){0,7}"
)
# "Ahmad al-Dbis, a doctor helping ..., said" and "said spokeswoman Ingy Sedky"
# A place after a preposition is no speaker: "Civilians in Irpin, Ukraine, told VOA".
_NOT_AFTER_PREPOSITION = (
    r"(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bon )(?<!\bto )(?<!\bfrom )(?<!\bby )(?<!\bfor )"
    r"(?<!\bwith )(?<!\bnear )(?<!\binto )"
)
_NAMED_SPEAKER = re.compile(
    rf"{_NOT_AFTER_PREPOSITION}(?P<name>{_NAME}),(?P<aside>\s+[^,\"“]{{3,120}}),\s+{VERBS}\b"
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
    rf"{VERBS}\b{_INVERTED}"
)
# "Dana Marr of the health authority said", "... with the ..." or "from the ...": the person
# who works for the body speaks.
_PERSON_OF = re.compile(
    rf"(?P<name>(?!(?:The|This|That|Its|Their|Our)\s)[A-Z][\w'’-]+(?:\s+[A-Z]\.?)?\s+[A-Z][\w'’-]+)"
    rf" (?:of (?:the )?|(?:with|from) the )"
    rf"(?:[A-Za-z][\w.'’-]*\s+){{1,6}}?{VERBS}\b"
)
# "said spokeswoman Ingy Sedky": a speaker put after the verb, with only a title or
# determiner between. A name after a preposition ("feared dead in Mozambique"), after
# "told" (the listener) or after a passive ("are believed to be in Nepal") is no speaker.
_PREPOSITION = (
    r"(?:in|at|on|to|into|from|with|after|before|by|of|for|over|near|across|that|than|as|be)"
)
_SAID_SPEAKER = re.compile(
    rf"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )"
    rf"\b(?!told\b|tells\b|(?:is|are|was|were)\s+telling\b){VERBS}\s+(?:(?!{_PREPOSITION}\b)[a-z]+\s+){{0,4}}(?P<name>(?>{_NAME}))"
    # "warned Mount Merapi could erupt": a name with a verb of its own opens the speech
    r"(?!\s+(?:could|would|will|may|might|can|should|must|was|were|is|are|had|has|have)\b)"
)
ROLE_WORDS = (
    r"(?i:officials?|authorities|ministry|minister|spokes(?:wo)?man|spokesperson|government"
    r"|(?:aid |rescue |health |relief |humanitarian )?workers|rescuers|residents|witnesses"
    r"|survivors|volunteers|doctors|medics|staff|sources|media|broadcaster|newspaper"
    r"|embassy|agency|department|police|army|military|guard|office|services?|commission"
    r"|council|committee|society|mission|authority|command|observatory|programme|directorate"
    r"|bureau|administration|mayor|governor|president|commissioner|prime minister|secretary"
    # the other heads a body's name ends with: "the crisis centre", "the disaster board"
    r"|charity|organi[sz]ation|NGO|centre|center|board|unit|task force|team|coordinator"
    r"|institute|chief|head|leaders?|elders?|representatives?|director|manager"
    r"|administrator|collector|magistrate"
    r"|(?:aid |relief |rights |humanitarian )groups|agencies|organi[sz]ations"
    r"|ombuds(?:wo)?(?:man|person)|rights defender|cluster|monitor"
    # "the world body", "the global body": the UN or another body named before
    r"|(?:world|global|international|regional|UN|U\.N\.|rights|monitoring)\s+body)"
)
_ROLE = (
    rf"(?P<name>(?<![\w'’.-])(?:(?:the|The|an?|An?)\s+)?(?:[A-Z][\w.'’-]*\s+(?:and\s+(?=[A-Z]))?){{0,6}}"
    rf"(?:(?!(?:where|when|which|who|that|as|and|but|while|if|after|before|on|in|at|to|from"
    rf"|with|by|for|of|into|via|said|says|told|tells|reported|added|stated|announced|warned"
    rf"|confirmed|estimated)\b)[a-z]+(?:['’]s)?\s+){{0,2}}"
    rf"{ROLE_WORDS}(?:\s+(?:sources|officials?|spokes(?:wo)?man|spokesperson))?"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){{0,4}}"
    rf"|[a-z]{{4,}}(?:\s+and\s+[a-z]{{4,}})?(?=,)))?)"  # "the ministry of health, in a statement,"
)
# A body named after a preposition: "from the Polish border guard", "by the Associated Press".
_BODY = (
    rf"(?:[a-z]+\s+){{0,2}}(?:[A-Z][\w.'’-]*\s+){{0,4}}(?:[a-z]+\s+){{0,2}}{ROLE_WORDS}\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,4})?"
    r"|(?:[a-z]+\s+){0,2}[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w.'’-]*){0,5}"
)
# "The Armenian government on Saturday put the figure at": a day between credit and verb.
_WHEN = (
    r"(?:\s+(?:(?:late |early )?on\s+(?:[A-Z][a-z]+day|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last) (?:week|month|weekend)"
    r"|yesterday|today|earlier|later|also|since|now|still|currently|already)){0,2}"
)  # two together: "earlier today", "also on Sunday"
# "The mayor, quoted by Interfax, said", "The ministry, for its part, said": an aside
# between a body and its verb.
_ROLE_ASIDE = re.compile(
    rf"{_ROLE},\s+[^,\"“]{{3,120}},\s+(?:(?:has|have|had)\s+)?{VERBS}\b{_INVERTED_AFTER}"
)
_ROLE_SAID = re.compile(
    rf"{_ROLE}(?:\s+(?:in|at|from|of)(?:\s+[\w'’-]+){{1,4}}?)?{_WHEN}(?P<comma>,)?\s+"
    rf"{_AUX}{VERBS}\b{_INVERTED}"
)
# "its NGO partners estimated", "their staff reported": a noun a possessive opens is the
# subject of the verb right after it.
_OWN_SAID = re.compile(
    rf"{_NOT_AFTER_PREPOSITION}\b(?:its|their|his|her)\s+"
    rf"(?P<name>(?:[\w-]+\s+){{0,2}}?[\w-]{{3,}}){_WHEN},?\s+{VERBS}\b(?!\s+of\b)"
)
# Verbs that only report: "gave", "fears" or "hopes" may have any subject ("the storm gave").
_SAY_VERBS = (
    rf"{_ATTRIBUTIVE}(?:said|says|say|reported|reports{_NOUN_PLURAL}|report|told|tweeted|posted"
    rf"|announced|stated|confirmed|added|estimated|estimates{_NOUN_PLURAL}|estimate|wrote|noted"
    rf"|claimed|claims{_NOUN_PLURAL}|claim|disclosed|revealed"
    r"|declared|explained|acknowledged|tells|confirms|announces|writes|tweets|declares"
    r"|reveals|discloses|explains|acknowledges|(?:states|notes)(?=\s+that\b)"
    r"|stressed|stresses|insisted|insists|emphasi[sz]ed|emphasi[sz]es|underlined|underscored"
    r"|pointed out|points out|asserted|asserts|remarked|mentioned|admitted|admits|conceded"
    rf"|{_PROGRESSIVE}|{_SETS_TOLL})"
    r"(?!\s+to\s+(?:be|have|number|include)\b)"
)
# Words no noun phrase holds: "Nyusi, who declared mourning, has said" has no subject "has".
_NO_NOUN = (
    r"(?:who|whom|which|that|whose|where|when|of|has|have|had|is|are|was|were|be|been|will"
    r"|would|could|also|then|later|earlier|previously|again|not|\w+n['’]t)\b"
)
# Any noun phrase that opens a clause and is followed by a reporting verb is its subject:
# "..., the hospital said", "and the navy said", "The prefecture reported 40 dead".
_CLAUSE_SUBJECT = re.compile(
    r"(?:^|[,;:][\"”’]?\s+|\b(?:and|but)\s+)(?P<name>(?:(?:[Tt]he|[Aa]n?)\s+)?"
    rf"(?![a-z]+(?:ing|ed)\s+(?:{_PREPOSITION}|about|by|under)\b|{_PREPOSITION}\b"
    rf"|[a-z]+ing\s+(?:the|an?|its|their|his|her)\b"  # ", bringing the toll to 35"
    rf"|(?i:however|meanwhile|though|for|as)\b)"
    rf"(?:(?!{_NO_NOUN})[A-Za-z][\w'’.-]*\s+){{0,3}}?"
    rf"(?!{_NO_NOUN}|(?:it|he|she|they|we|I|you|one)\b"
    # "Others said", "Many say": people the report does not name, at any case
    rf"|(?i:this|these|there|many|some|most|all|others|several|few)\b"
    rf"|[a-z]+ed\s+(?:claims?|reports?|estimates?)\b)"  # "rejected claims": a noun
    rf"[A-Za-z][\w'’.-]{{2,}})"
    rf"{_WHEN}(?P<comma>,)?\s+{_AUX}{_SAY_VERBS}\b(?!\s+(?:of|by)\b){_INVERTED}"
)
# "Commissioner for Refugees in Sudan Abdallah Suleiman reported": a title, then the
# person who holds it and speaks.
_TITLE_NAME_SAID = re.compile(
    rf"{_ROLE}(?:\s+(?:in|at|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*)*\s+"
    rf"(?P<person>{NAME_WORD}(?:\s+(?:al-|el-|de |bin )?{NAME_WORD}){{1,2}})"
    rf"(?:\s+(?:has|had|have))?{_WHEN},?\s+{VERBS}\b"
)
# "A tour operator from the State said", "An Algerian journalist at Debdeb, on the
# border, said": the speaker is the noun the phrase opens with, not the place after it.
_NOUN_OF_SAID = re.compile(
    rf"(?<![\w'’]){_NOT_AFTER_PREPOSITION}(?:[Aa]n?|[Tt]he)\s+"
    rf"(?P<name>(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){{0,2}}?(?!spokes)[a-z]{{3,}})"
    rf"\s+(?:from|at|in|of|with|for)\s+(?:the\s+)?[A-Z][^,.;:\"“\d]{{1,60}}?"
    rf"(?:,[^,.;:\"“\d]{{3,80}},)?\s+{VERBS}\b"
)
# "the government's National Security Council": a body with a name of its own speaks, not
# the owner a possessive names before it ("UNHCR's office" is UNHCR's: no name of its own).
_OWNED = r"(?:(?:the\s+)?[\w.-]+['’]s\s+(?=[A-Z]))?"
# "A statement from the ministry said", "in a report by the agency": who issued a document
# speaks through it, not the document.
_DOCUMENT_FROM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|report|release|bulletin|update|communiqu[ée]|letter|post|message|tweet"
    r"|notice|briefing|situation report)\s+(?:(?:issued|released|published|sent|posted)\s+)?"
    rf"(?:from|by|of)\s+(?:the\s+)?{_OWNED}(?P<name>{_BODY})"
)
# "a spokesperson for the Norwegian Refugee Council said": a spokesperson not named speaks
# for the body ("Ana Ruiz, a spokeswoman for the ministry, said" names her).
_SPOKESPERSON_FOR = re.compile(
    r"(?<!,\s)\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?spokes(?:wo)?(?:man|person)\s+(?:for|of)\s+(?:the\s+)?"
    rf"(?P<name>{_BODY})(?=,?{_WHEN},?\s+{VERBS}\b)"
)
# "..., a spokesman for the US-backed force on the verge of taking the city said": the body
# a spokesperson speaks for, with a phrase of place after it, before the verb.
_SPOKESPERSON_AFTER = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?spokes(?:wo)?(?:man|person)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?P<name>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:on|in|at|near)\s+[^,;\"“]{3,60}?"
    rf"{_WHEN}\s+(?:said|says|told|added)\b"
)
# "the Gaza health ministry, which is run by Hamas, said": the head of the relative clause
# speaks, not a name inside it.
_RELATIVE_SAID = re.compile(
    rf"{_ROLE}(?:\s+(?:in|at|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*)*,?\s+(?:which|who)\s+"
    rf"[^.;\"“]{{3,80}}?,?\s+{VERBS}\b"
)
# "As "Radio Azatutyun" reports", "as Reuters reported"
_AS_REPORTS = re.compile(
    rf"\b[Aa]s\s+[\"“]?(?P<name>{_NAME})[\"”]?\s+(?:reports|reported|said|says|notes|noted)\b"
    rf"|\b[Aa]s\s+(?:reported|announced|stated|confirmed)\s+by\s+(?:[Tt]he\s+)?(?P<source>{_BODY})"
)
# "NHK said, citing local officials", "Citing the interior ministry, state TV said": the
# one cited is the voice the report passes on.
# "Early reports quoted local health officials as saying 40 were killed": those quoted.
_QUOTED_AS = re.compile(
    rf"\b(?:quoted|quotes|cited|cites)\s+(?:the\s+|an?\s+)?(?P<name>{_BODY})\s+as\s+saying\b"
)
# "Trend reports with reference to the ministry": the same, in agencies' English.
_CITING = re.compile(
    rf"\b(?i:citing|quoting|with reference to)\s+(?:[Tt]he\s+|an?\s+)?(?P<name>{_BODY})"
)
# "disclosed its military losses": a role word a noun follows only describes the noun.
_SAID_ROLE = re.compile(
    rf"\b{VERBS}\s+{_ROLE}"
    r"(?!\s+(?!(?:on|in|at|to|from|with|for|of|and|or|but|who|which|that|as|after|before|during"
    r"|when|while|told|said|says|added|adds|late|early|last|this|yesterday|today|earlier"
    r"|later|also|now|however)\b)[a-z]{3,}\b)"
)
# "..., says the report": a document put after the verb speaks for whoever issued it.
_SAID_DOCUMENT = re.compile(
    r"[,”\"]\s*(?:said|says|adds|added|stated|states|notes|noted)\s+"
    r"(?P<document>the\s+(?:report|statement|release|bulletin|communiqu[ée]|update))\b"
)
# "481,627 refugees (source: Ministry of Interior)": a credit in brackets after the figure.
_BRACKET_SOURCE = re.compile(rf"\(\s*(?i:sources?)\s*:\s*(?:[Tt]he\s+)?{_OWNED}(?P<name>{_BODY})")
# "54,000 were displaced (OCHA 13/06/2022; ECHO 17/03/2022)", "(IOM DTM, 2 July 2024)": a
# bracketed citation of a body's acronym and the day of its document credits the body.
_BRACKET_CITATION = re.compile(
    r"\(\s*(?P<name>[A-Z]{2,}[A-Za-z]*(?:[ -][A-Z]{2,}[A-Za-z]*)?)\s*,?\s+"
    r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?"
    r"|[A-Z][a-z]+\.?\s+(?:\d{1,2},\s+)?\d{4}|\d{4})\s*[;)]"
)
# "said a disaster official who gave his name as Rudi", "A resident, identified only as
# Ahmed, said": the speaker a description introduces is the one it names.
_GIVES_NAME = (
    r",?\s+(?:who\s+gave\s+(?:his|her|their)\s+(?:\w+\s+)?name\s+(?:only\s+)?as"
    r"|(?:identified|named)\s+(?:only\s+)?as|named)\s+"
    r"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_NAMED_AS = re.compile(
    rf"\b{VERBS}\s+(?:an?|the)\s+(?:[a-z]+\s+){{0,3}}[a-z]+{_GIVES_NAME}"
    rf"|\b(?:An?|The|an?|the)\s+(?:[a-z]+\s+){{0,3}}[a-z]+{_GIVES_NAME.replace('person', 'name')}"
    rf"(?=,?\s+(?:[^.;\"“]{{0,60}}?,\s+)?{VERBS}\b)"
)
_ACCORDING = re.compile(
    rf"(?:\b(?i:according to|as per)|\bper(?=\s+[A-Z]))\s+"
    rf"(?:{_ROLE}|(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?P<person>{_NAME})"
    rf"|(?P<document>the (?:report|statement|figures|data|agency|organi[sz]ation)))"
)
# "according to NGO the Centre for Peace", "according to the charity Save the Children": a
# common noun that describes a body, then the body's name, which speaks.
_ACCORDING_DESCRIBED = re.compile(
    r"\b(?i:according to|as per)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:charity|NGO|group|organi[sz]ation|monitor|watchdog|network|coalition|institute"
    r"|think[- ]tank)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w.'’&-]*){0,6})"
)
# "according to sources in the Chief Minister's Office", "sources in the state home
# department said": unnamed sources inside a body speak for the body.
_SOURCES_IN = re.compile(
    r"(?P<lead>\b(?i:according to)\s+)?\b(?i:sources?)\s+(?:in|at|within|inside|close to)\s+"
    r"(?:the\s+)?(?P<name>(?:[a-z]+\s+){0,3}?(?:[A-Z][\w.'’-]*\s+){0,4}(?:[a-z]+\s+){0,2}"
    rf"{ROLE_WORDS})\b(?(lead)|(?=,?\s+{_AUX}{VERBS}\b))"
)
# "according to UNHCR spokesperson Olga Serra": the person a title introduces speaks.
_ACCORDING_TITLED = re.compile(
    r"\b(?i:according to|as per)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:[a-z]+\s+){0,2}"
    rf"{ROLE_WORDS}\s+(?P<person>{NAME_WORD}"
    rf"(?:\s+(?:al-|el-|de |da |bin )?{NAME_WORD}){{1,2}})"
)
# "border police data showed", "UN data in September showed", "data from national
# immigration authorities shows", "figures collected by the UN refugee agency"
_DATA_SHOWS = re.compile(
    r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}(?:[a-z]+\s+)?(?:[A-Z]{2,}[\w.'’-]*|(?i:police"
    r"|authorities|ministry|government|agency|guards?)))\s+(?:data|figures|statistics|records)\b"
    r"(?:\s+[\w,'’-]+){0,4}?\s+(?:showed|shows|show|indicated|indicates|suggest)\b"
    r"|\b(?i:data|figures|statistics)\s+(?:from|by|of|(?:collected|released|published|compiled"
    r"|gathered|provided|issued|kept) by)"
    rf"\s+(?:the\s+)?(?P<source>{_BODY})"
)
# "a UN warning that 30,000 ...", "the ministry's announcement that", "claims by aid groups
# that": a noun of speech whose content clause holds the figure is its owner's word.
_SPEECH_NOUN = r"(?:warnings?|announcement|claims?|statement|reports?|estimates?|appeal|assessment)"
_NOUN_THAT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}?)"
    rf"(?:[a-z]+\s+)?{_SPEECH_NOUN}\s+that\b"
    rf"|(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:[a-z]+\s+)?(?:{ROLE_WORDS}|[A-Z]\w+))"
    rf"['’]s?\s+(?:[a-z]+\s+)?{_SPEECH_NOUN}\s+that\b"
    rf"|\b{_SPEECH_NOUN}\s+(?:by|from)\s+(?:the\s+)?(?P<source>{_BODY})\s+that\b"
)
# "The government on Sunday made a rare appeal for help with 700,000 refugees": who makes
# an appeal or a warning speaks, and the figures it holds are theirs.
_MAKES_APPEAL = re.compile(
    rf"(?:{_ROLE}|(?P<person>{_NAME})){_WHEN}\s+(?:made|makes|issued|issues|launched|launches"
    r"|renewed|renews)\s+(?:an?|its|their|his|her)\s+(?:[a-z]+\s+){0,2}"
    r"(?:appeal|plea|warning)\b"
)
# What may join the parts of a person's name: "Abdulmenam al-Ghaithi", "Ana da Silva".
_PARTICLE = r"(?:al-|el-|de |da |bin |van |von )"
# "The head of the Red Crescent in Tobruk, Omar Salem, said": the person set off by commas
# right before the verb is the one speaking, whatever the title before.
_APPOSED_NAME = re.compile(
    r"(?<=,)\s+(?:(?:Col|Gen|Lt|Maj|Capt|Brig|Sgt|Adm|Cmdr|Dr|Prof|Mr|Mrs|Ms)\.?\s+)?"
    # initials may open the name: "AK Majumder", "J.K. Mohapatra", "P. K. Das"
    rf"(?P<name>(?:(?:[A-Z]\.\s?){{1,3}}|[A-Z]{{2,3}}\s+){NAME_WORD}"
    rf"|{NAME_WORD}"
    rf"(?:\s+{_PARTICLE}?{NAME_WORD}){{1,3}})"
    rf",{_WHEN}\s+{VERBS}\b"
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
    r"(?:(?:released|compiled|published|issued|collected|gathered|kept|provided|cited|posted"
    r"|put out|updated|shared)\s+(?:(?:late |early )?on\s+[A-Z]\w+\s+|(?:yesterday|today)\s+)?)?"
    r"(?:by|from|of|at|on\s+the\s+(?:website|site|page|account)\s+of)\s+"
    rf"(?:the\s+)?{_OWNED}(?P<name>{_BODY})"
)
# "The previous toll given by the ministry was 24", "a tally released on Monday by the
# council puts ...": the agent of a document the figure's sentence names gives it.
_DOCUMENT_GIVEN_BY = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:previous|earlier)\s+)?{_DOCUMENT}\s+"
    r"(?:released|compiled|published|issued|provided|given|put out|shared|posted)\s+"
    r"(?:(?:late |early )?on\s+[A-Z]\w+\s+|(?:yesterday|today|earlier)\s+)?by\s+"
    rf"(?:the\s+)?{_OWNED}(?P<name>{_BODY})"
)
# "The toll was put at 45 by the ministry", "were confirmed by police": the agent of a
# passive verb that gives a figure gives it.
_GIVEN_BY = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:(?:later|also|since|first|then|officially|\w+ly)\s+)?"
    r"(?:put|reported|confirmed|given|estimated|announced|raised|revised|lowered|updated"
    r"|counted|recorded|registered|released|compiled|provided|published|verified|documented"
    r"|tallied)"
    rf"(?:\s+(?:at|to|as)\s+[\w.,-]+(?:\s+[a-z]+)?)?\s+by\s+(?:the\s+)?{_OWNED}(?P<name>{_BODY})"
)
# "public broadcaster CT said", "state news agency Xinhua reported": the name the
# description introduces speaks.
_DESCRIBED = re.compile(
    r"(?<![\w'’])(?:[a-z-]+\s+){0,2}(?:broadcaster|news agency|agency|newspaper|daily|channel"
    r"|television|TV|station|network|radio|carrier|airline|charity|NGO|group|organi[sz]ation"
    r"|monitor|outlet|website|tabloid|weekly)\s+"
    rf"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}){_WHEN},?\s+{VERBS}\b"
)
# ", says its governor William Villamizar", "said Kieran Dwyer, OCHA's director": a speaker
# named after the verb governs what comes before it
_POSTPOSED = re.compile(
    r"[,”\"]\s*(?:said|says|added|adds|wrote|tweeted|stated|explained|noted)\s+"
    r"(?:(?:its|his|her|their|the|a|an|[a-z]+|[A-Z][a-z]*['’]s)\s+){0,4}"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:al-|el-|de |bin )?[A-Z][\w'’.-]+){1,3})"
)
# "It also said", "she further added": an adverb between a pronoun and its verb.
_ALSO = r"(?:(?:also|further|later|earlier|then|again|separately|has|had|have)\s+){0,2}"
# "... 4,000 people have left. The figures were released by the regional government.": a
# sentence whose subject is the figures just given, or "that", credits them after the fact.
_CREDITED_AFTER = re.compile(
    r"^\s*(?i:that|this|these|those|the|such)\s+"
    r"(?:(?i:latest|new|official|initial|preliminary|provisional|updated)\s+)?"
    r"(?:(?i:figures?|numbers?|estimates?|data|tall(?:y|ies)|counts?|tolls?|statistics)\s+)?"
    r"(?i:is|are|was|were|comes?|came)\s+(?:(?i:all|also|still|mostly)\s+)?"
    r"(?i:from|according to|by(?!\s+(?:far|design|definition|contrast|comparison|then|now)\b)"
    r"|(?:released|provided|given|compiled|supplied|published|issued|put out) by)"
    rf"\s+(?:(?i:the)\s+)?(?:[\w.-]+['’]s\s+)?(?P<name>{_BODY})"
    # "... given by the state's relief minister, Ravi Shah.": the person named after the post
    rf"(?:,\s+(?P<apposed>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})\s*\.?\s*$)?"
    # "It is reported in the study of the ombudsman", "This was stated by the governor"
    r"|^\s*(?i:it|this|that)\s+(?i:is|was|has been)\s+(?i:reported|stated|said)\s+"
    r"(?:in\s+(?i:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:study|report|statement|bulletin|update|document|survey|findings)\s+(?:of|by|from)|by)"
    rf"\s+(?:(?i:the)\s+)?(?P<author>{_BODY})"
)


def credited_after(sentence: str) -> str:
    """Return the source a sentence credits the figures before it to ("That is according
    to the UN", "The figures were released by the ministry"), or "" if it does not."""
    match = _CREDITED_AFTER.match(sentence)
    if match is None:
        return ""
    name = match.group("apposed") or match.group("name") or match.group("author")
    name = re.sub(r"\s+(?:on|in|at|late|early|last|this)$", "", name.strip(" .,"))
    return canonical_source(name) if len(name) > 1 else ""


# "The charity appealed for doctors, saying 5,000 ...": a participle of a reporting verb
# after a comma has no subject of its own; it lends the main clause's.
_PARTICIPLE = re.compile(
    r",\s+(?:saying|adding|warning|noting|stating|claiming|estimating|reporting|explaining)\b"
    # "Azerbaijan has not disclosed its losses, but says 60 civilians died": a second verb
    # with no subject of its own shares the first one's
    r"|,?\s+(?:but|and)\s+(?:also\s+)?(?:says|said|adds|added|estimates|estimated|reports"
    r"|reported|puts|put)\s+(?!(?:that\s+)?(?:the|a|an|it|he|she|they|[A-Z])\w*\s+\w+\s)"
)
# The main clause's subject: a body or a person, then its finite verb. An opening adverbial
# ("On Monday, ...") may stand before it.
_MAIN_SUBJECT = re.compile(
    r"^\s*(?:[^,]{1,40},\s+)?(?P<name>(?:(?:[Tt]he|[Aa]n?)\s+)?"
    rf"(?:(?:[A-Z][\w.'’-]*\s+){{0,5}}(?:[a-z]+\s+){{0,2}}{ROLE_WORDS}"
    r"|[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*){0,5}))"
    r"(?:\s+(?:on|late|early)\s+[A-Z][a-z]+day)?"
    r"\s+(?:(?:has|have|had|also|then)\s+)?(?!(?:is|are|was|were|will|would)\b)[a-z]{3,}\b"
)


def participle_speaker(text: str, position: int) -> Attribution | None:
    """Return the speaker a participle lends to the figure at ``position``: in "Governor
    Ana Ruiz asked for tents, saying 8,000 families lost their homes" Ana Ruiz, the main
    clause's subject; ``None`` if the figure stands before the participle or the subject
    is no body or person ("The volcano erupted, ..."; "About 400 refugees ...")."""
    before = [m for m in _PARTICIPLE.finditer(text) if m.end() <= position]
    if not before:
        return None
    subject = _MAIN_SUBJECT.match(text[: before[-1].start()])
    if subject is None or any(ch.isdigit() for ch in subject.group("name")):
        return None
    words = subject.group("name").split()
    while words and (words[0] in _STOP_NAMES or words[0].lower() in _LEADING):
        words.pop(0)  # "The charity", "On"
    titles = [i for i, w in enumerate(words[:-1]) if w.rstrip(".").lower() in HONORIFICS]
    if titles and PERSON_NAME.fullmatch(" ".join(words[titles[-1] + 1 :])):
        words = words[titles[-1] + 1 :]  # "Governor Ana Ruiz": Ana Ruiz
    if not words or words[0].lower() in _COUNTS:
        return None
    name = " ".join(words)
    start = subject.start("name") + subject.group("name").find(words[0])
    return Attribution(canonical_source(name), Span(start, start + len(name)), True)


# "Ana Ruiz said this on Sunday", "officials said so": a speech verb whose object is what
# the sentence before said ("said this week" is a time, "said that" opens a clause).
_SAYS_THIS = re.compile(
    rf"\b{VERBS}\s+(?:this|so)\b(?!\s+(?:week|month|year|morning|afternoon|evening|weekend"
    r"|time|is|was|far|many|much|\d))"
)


def says_this(sentence: str) -> bool:
    """Return whether the sentence's speaker says what the sentence before said."""
    return _SAYS_THIS.search(sentence) is not None


_DATA_WORDS = re.compile(
    r"\b(?:data|figures|statistics|statement|report|bulletin|warnings?|announcement|claims?"
    r"|estimates?|appeal|plea)\b",
    re.I,
)
HAS_VERB = re.compile(rf"\b{VERBS}|\b(?i:according to|as per)|\bper\s+[A-Z]")
PRONOUN = re.compile(rf"\b(?:It|it|he|she|He|She|They|they|the (?:organi[sz]ation|report|group|"
                      rf"monitor|agency|centre|center|office))\s+{_ALSO}{VERBS}\b")  # fmt: skip


# The position that asks for a sentence's speaker, not a figure's.
SENTENCE = -1


def find_speaker(text: str, position: int | None = None) -> Attribution | None:
    """Return the speaker the sentence names; with several (two speech verbs), the one
    nearest the figure at ``position`` ("172,000 fled, Edwards said, though the
    authorities said the number could be 200,000")."""
    found = [
        a
        for a in _speakers(text)
        if not speaks_later(text, a, position) and not _counted(text, a, position)
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
            and HAS_VERB.search(text[voice.span.end : other.span.start])
        ):
            voice = other  # a subject whose own verb stands before the figure
    return voice


# A speech verb after its speaker: "officials said", "the ministry on Friday reported".
# An appositive may stand between ("Ana Ruiz, the mayor, said"); a relative clause may
# not ("UNHCR, which said ...": UNHCR is not the subject of "said").
_VERB_AFTER = re.compile(
    rf"^(?:,[^,.;:\"“]{{3,80}},)?(?:(?!\b(?:which|who|that|where|when)\b)[^.;:,]){{0,60}}?"
    rf"\b{VERBS}\b"
)
# What may follow a verb that takes no complement of its own: when and to whom it was
# said ("told reporters on Friday", "said Kieran Dwyer"), or a preposition ("said in Geneva").
_ADJUNCT = re.compile(
    r"^(?:\s+(?:(?:late|early)(?: on)? \w+(?: \d+)?|(?:last|this) \w+|yesterday"
    r"|today|tonight|overnight|morning|afternoon|evening|night|earlier|later|again|also|too"
    r"|separately|now|then|reporters|journalists"
    r"|(?:the )?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))*"
)
_NEXT_VERB = re.compile(rf"^\s+{VERBS}\b")
# "told a news conference": the listener, then a complement only if "that" or a number.
_TOLD_WHOM = re.compile(r"^\s+(?:[\w'’.-]+\s+){0,4}?(?:that\b|\d)")
_COMPLEMENT = re.compile(
    r"^\s+(?:that\b|(?!(?:in|at|on|to|from|with|as|while|after|before|during|when|and|but|for"
    r"|by|of|via|through|without|amid|since|until|over)\b)[a-z\d])"
)


def speaks_later(text: str, speaker: Attribution, position: int | None) -> bool:
    """Return whether ``speaker`` stands after the figure and its verb takes a clause of
    its own: in "300 fled, and officials said 400 more were expected", officials say the
    400, not the 300; in "300 fled, officials told reporters in Lima." they say the 300.

    A negative ``position`` (``SENTENCE``) asks for the sentence's speaker, whatever it
    governs; a figure that opens the sentence is at 0, like any other position.
    """
    if position is None or position < 0 or speaker.span.start <= position:
        return False
    verb = _VERB_AFTER.match(text[speaker.span.end :])
    if verb is None:
        return False
    rest = text[speaker.span.end + verb.end() :]
    while (noun := _NEXT_VERB.match(rest)) is not None:
        rest = rest[noun.end() :]  # "the IOM report said": "report" was a noun
    if verb.group(0).endswith(("told", "tells", "telling")):
        return _TOLD_WHOM.match(rest) is not None
    adjunct = _ADJUNCT.match(rest)
    return _COMPLEMENT.match(rest[adjunct.end() if adjunct else 0 :]) is not None


# A figure where a phrase starts: digits, a count word, or a hedge before a number.
_FIGURE_START = re.compile(
    r"\d|(?i:thousands|hundreds|dozens|scores|millions|tens|some|about|around|nearly|over"
    r"|almost|roughly|more than|at least|up to|an estimated|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twelve|twenty|fifty)\b"
)
_FIGURE_PHRASE = re.compile(
    r"(?:\d[\d.,]*\d|\w+)(?:\s+(?:of|(?!by\b)[a-z][\w-]*|\d[\d.,]*\d|\d)){0,3}\s+"
)


def _counted(text: str, speaker: Attribution, position: int | None) -> bool:
    """Return whether the speaker is the group the figure counts: in "Hundreds of residents
    said they would stay" or "Thousands said ..." the residents speak about themselves."""
    if position is None or position < 0 or not _FIGURE_START.match(text, position):
        return False
    if speaker.span.start <= position < speaker.span.end:
        return True
    between = text[position : speaker.span.start]
    return speaker.span.start > position and _FIGURE_PHRASE.fullmatch(between) is not None


# Clauses that may have speakers of their own: "..., Edwards said, though the Turkish
# authorities said the number could be around 200,000".
_CONTRAST = re.compile(r";|\b(?:though|although|but|while|whereas)\b")


# What a match of a pattern below must contain, searched first: a text without it is not
# scanned by the pattern at all (a cheap test; the matches are the same).
_NEEDS = {
    _NOUN_THAT: re.compile(rf"{_SPEECH_NOUN}\s+(?:that\b|by\s|from\s)"),
    _MAKES_APPEAL: re.compile(
        r"\s(?:made|makes|issued|issues|launched|launches|renewed|renews)\s+"
        r"(?:an?|its|their|his|her)\s+(?:[a-z]+\s+){0,2}(?:appeal|plea|warning)\b"
    ),
    _ROLE_ASIDE: re.compile(rf",\s+(?:(?:has|have|had)\s+)?{VERBS}\b"),
    _RELATIVE_SAID: re.compile(r"\s(?:which|who)\s"),
    _OWNER_SAYS: re.compile(rf"['’]s?\s+{_DOCUMENT}\b"),
    _DATA_SHOWS: re.compile(r"(?i:data|figures|statistics|records)"),
}


# The speaker patterns in order of trust, each with what its matches must hold (paired once
# here: a compiled pattern hashes its whole program, too slow a key to look up per sentence).
_SPEAKER_PATTERNS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = tuple(
    (pattern, _NEEDS.get(pattern))
    for pattern in (
        _BRACKET_SOURCE, _BRACKET_CITATION, _CITING, _QUOTED_AS, _NAMED_AS, _NOUN_THAT,
        _MAKES_APPEAL, _POSTPOSED, _APPOSED_NAME, _SPOKESPERSON_FOR, _SPOKESPERSON_AFTER,
        _RELATIVE_SAID, _PERSON_OF,
        _DOCUMENT_FROM, _NOUN_OF_SAID, _NAMED_SPEAKER, _OWNER_SAYS,
        _DOCUMENT_BY, _DOCUMENT_GIVEN_BY, _GIVEN_BY, _DESCRIBED, _SOURCES_IN,
        _ACCORDING_DESCRIBED, _ACCORDING_TITLED, _ACCORDING,
        _AS_REPORTS, _TITLE_NAME_SAID, _ROLE_ASIDE, _ROLE_SAID, _SPEAKER_SAID, _OWN_SAID,
        _CLAUSE_SUBJECT, _SAID_ROLE, _SAID_DOCUMENT, _SAID_SPEAKER, _DATA_SHOWS,
    )
)  # fmt: skip


@lru_cache(maxsize=4096)
def _speakers(text: str) -> tuple[Attribution, ...]:
    if not (
        HAS_VERB.search(text)
        or _DATA_WORDS.search(text)
        or _GIVEN_BY.search(text)
        or _DOCUMENT_GIVEN_BY.search(text)
        or _BRACKET_SOURCE.search(text)
        or _BRACKET_CITATION.search(text)
    ):
        return ()
    speakers: list[Attribution] = []
    for pattern, need in _SPEAKER_PATTERNS:
        if need is not None and need.search(text) is None:
            continue
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
            titles = [i for i, w in enumerate(words[:-2]) if w.rstrip(".").lower() in HONORIFICS]
            if titles and PERSON_NAME.fullmatch(" ".join(words[titles[-1] + 1 :])):
                words = words[titles[-1] + 1 :]  # "Butte County Sheriff Kory Honea": Kory Honea
            start_of = match.start(group) + match.group(group).find(words[0]) if words else 0
            while (
                len(words) >= 3
                and _PORTFOLIO_BEFORE.search(text[:start_of])
                and PERSON_NAME.fullmatch(" ".join(words[1:]))
            ):  # "Minister of Land and Environment Celso Correia": the portfolio ends first
                start_of = text.find(words[1], start_of + len(words[0]))
                words = words[1:]
            name = " ".join(words)
            short = len(name) < 3 and not is_known(name)  # "UN"
            if short or name.endswith(("'s", "’s")):
                continue  # "Nagorno-Karabakh's estimated population" names no speaker
            if pattern is _PERSON_OF and (
                words[-1].lower() in TITLES
                or re.fullmatch(ROLE_WORDS, words[-1])
                or words[-1].lower() in BODY_HEADS
            ):
                continue  # "French Minister of Defense Sebastien Lecornu said": the name follows
            if name.lower() in _STOP_LOWER or _REPORTER.fullmatch(name):
                continue  # "our correspondent said": the outlet's own reporter
            span = Span(match.start(group), match.end(group))
            if not any(span.overlaps(s.span) for s in speakers):
                speakers.append(Attribution(canonical_source(name), span, True))
            if pattern not in _SUBJECT_VERB:
                break  # one speaker per pattern; the patterns are in order of trust
    return tuple(a for a in speakers if not _in_aside(text, a))


# An apposition that describes the one named before it: "a member of ...", "who heads ...".
_APPOSITION = re.compile(r"\s+(?:an?|the|who|whose|which)\s")


def _in_aside(text: str, speaker: Attribution) -> bool:
    """Return whether a name stands inside the apposition of a speaker named before it:
    "Omar Tesfa, a member of the task force accountable to Prime Minister Haile, said" is
    Tesfa speaking, not the task force or the prime minister."""
    return any(
        m.start("aside") <= speaker.span.start and speaker.span.end <= m.end("aside")
        for m in _NAMED_SPEAKER.finditer(text)
        if _APPOSITION.match(m.group("aside"))  # "a member of ...", not "citing the army"
    )


def voices(text: str) -> tuple[Attribution, ...]:
    """Return every speaker the sentence names, wherever its figures stand."""
    return _speakers(text)


# A title's portfolio ("Minister of Land and ...", "Secretary for Health and ..."): the word
# after "and" ends the portfolio, and the name follows it.
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary|[Dd]irector|[Cc]ommissioner|[Hh]ead|[Cc]hief|[Mm]inistry)"
    r"\s+(?:of|for)\s+(?:[A-Z][\w'’-]*,?\s+){1,4}(?:and|&)\s+(?:[A-Z][\w'’-]*\s+){0,2}$"
)
_LEADING = frozenset({"a", "an", "the", "latest", "new", "other", "its", "their", "his", "her"})
_COUNTS = frozenset({"two", "three", "four", "five", "several", "some", "many"})
# The last word of a body's name, which no person's name ends with ("Armed Forces of the
# Philippines said" is no person "of" the Philippines).
BODY_HEADS = frozenset(
    {"forces", "corps", "institute", "centre", "center", "unit", "board", "association",
     "federation", "union", "fund", "court", "parliament", "assembly", "network", "forum",
     "alliance", "coalition", "foundation", "trust", "league", "front", "movement", "party",
     "cross", "crescent", "navy", "company", "group", "charity", "agency", "bank"}
)  # fmt: skip
HONORIFICS = frozenset(
    {"mayor", "governor", "president", "premier", "prime", "minister", "chancellor", "gen",
     "general", "col", "colonel", "lt", "capt", "captain", "dr", "mr", "mrs", "ms", "sen",
     "senator", "rep", "chief", "commissioner", "secretary", "ambassador", "deputy", "sheriff",
     "spokesman", "spokeswoman", "spokesperson", "director", "judge", "envoy", "brig", "maj",
     "major", "sgt", "adm", "admiral", "cmdr", "supt", "insp", "inspector", "superintendent",
     "officer", "head", "coordinator", "representative"}
)  # fmt: skip
# A person's name: capitalised words, none of them a body ("Office", "Ministry").
PERSON_NAME = re.compile(rf"(?!.*\b{ROLE_WORDS}\b){NAME_WORD}(?:\s+{_PARTICLE}?{NAME_WORD}){{0,3}}")
# Patterns whose every match is a speaker of its own: in nested speech ("the ministry said
# local officials reported 40") both are found, and the inner one governs what follows.
_SUBJECT_VERB = (_ROLE_SAID, _SPEAKER_SAID, _OWN_SAID, _CLAUSE_SUBJECT)
TITLES = frozenset(
    {"minister", "secretary", "president", "spokesman", "spokeswoman", "spokesperson",
     "director", "chief", "commissioner", "head", "ambassador", "premier", "governor",
     "mayor", "envoy", "chancellor", "general", "commander", "officer", "official"}
)  # fmt: skip
_REPORTER = re.compile(
    r"(?i:our|this)\s+(?:[a-z]+\s+)?(?:reporters?|correspondents?|journalists?|photographers?)"
)
_STOP_LOWER = frozenset(n.lower() for n in _STOP_NAMES)
