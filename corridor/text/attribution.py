"""Work out who a figure is attributed to (SOHR, ICRC, a ministry, a named official, ...)."""

from __future__ import annotations

import re

from corridor.text.agencies import (
    KNOWN_SOURCES,
    Attribution,
    canonical_source,
    is_known,
    known_sources,
)
from corridor.text.model import Span
from corridor.text.speech import (
    BODY_HEADS,
    HAS_VERB,
    HONORIFICS,
    NAME_WORD,
    PERSON_NAME,
    PRONOUN,
    ROLE_WORDS,
    SENTENCE,
    TITLES,
    VERBS,
    credited_after,
    find_speaker,
    participle_speaker,
    says_this,
    speaks_later,
    voices,
)
from corridor.text.word_start import word_start

__all__ = [
    "KNOWN_SOURCES",
    "SENTENCE",
    "Attribution",
    "attribute",
    "affiliation",
    "canonical_source",
    "credited_after",
    "earlier_estimate",
    "follows_on",
    "forecasts",
    "headline_credit",
    "is_generic",
    "is_outlet",
    "known_sources",
    "referent",
    "refers_back",
    "resolve_generic",
    "resolve_society",
    "says_this",
    "speaks_as_person",
    "sums_up",
    "titled_people",
    "resolve_surname",
    "resolve_owner",
    "resolve_person_role",
    "resolve_title",
    "resolve_un_agency",
    "titles_named",
]

# What a source issues: "the statement said" is its author speaking.
_PAPERS = r"report|statement|release|bulletin|update|communiqu[ée]"
# "the ministry", "the Geneva-based agency": a credit that names no one by itself.
_GENERIC = re.compile(
    rf"^(?:[Tt]he\s+)?(?:(?:[a-z]+|[A-Z][\w.]*-[a-z]+)\s+){{0,2}}"
    rf"(?P<head>{ROLE_WORDS}|(?i:organi[sz]ation|group|monitor|charity|ngo|watchdog|{_PAPERS}))$"
)
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
        and not speaks_later(sentence, a, position)
        and not any(start < a.span.start < end for start, end in quotes)
        and not (position >= 0 and _COUNTED_WITH.fullmatch(sentence[position : a.span.start]))
        and not _owns_known(sentence, a)
    )
    speaker = find_speaker(sentence, position)
    if _hedged_aside(sentence, position, speaker, sources):
        return None  # "the UN estimates 416,000, while 200,000 are reported elsewhere"
    if _narrated(sentence, position, speaker, sources):
        return None  # "..., the agency said as 115,000 refugees fled": the report narrates
    if speaker is not None and _CITED.search(sentence[: speaker.span.start]):
        return speaker  # "state TV said, citing the interior ministry": the ministry
    if sources:
        has_verb = re.search(
            rf"{_NOT_ATTRIBUTIVE}{VERBS}|(?i:according to|as per)|tweet|@", sentence
        )
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
                and HAS_VERB.search(sentence[known.span.end : speaker.span.start])
            ):
                return speaker  # "UNHCR said that the government says 900": the inner voice
            if (
                speaker is not None
                and not inside
                and not _voiced(sentence, known)
                and not _OWN_VOICE.search(sentence[: speaker.span.start])
                and not _ITS_OWN.search(speaker.source)
            ):
                return speaker  # "no UN food reached them, aid workers said": UN is no voice
            return known
    if speaker is None and position >= 0:
        speaker = participle_speaker(sentence, position)  # "X appealed, saying 900 ..."
    return speaker if speaker is not None else headline_credit(sentence)


# "much higher than the initial estimate of 10,000": a superseded figure whose owner the
# sentence does not name is not what the sentence's speaker now says.
_EARLIER_ESTIMATE = re.compile(
    r"\b(?i:the|an?)\s+(?i:initial|earlier|previous|original|first|old|preliminary|prior)\s+"
    r"(?i:estimates?|figures?|tolls?|counts?|tall(?:y|ies)|numbers?|projections?)\s+of\s+"
    r"(?:(?i:about|around|some|nearly|more than|up to|at least|roughly|over|just)\s+)?$"
)


def earlier_estimate(sentence: str, position: int) -> bool:
    """Return whether the figure at ``position`` is an earlier estimate the sentence sets
    its own against, with no owner named ("than the initial estimate of 10,000")."""
    return (
        position > 0
        and _EARLIER_ESTIMATE.search(sentence[max(0, position - 80) : position]) is not None
    )


# "the estimated 1 million refugees", "the reported 40 dead": a participle that describes a
# noun reports nothing.
_NOT_ATTRIBUTIVE = r"(?<![Tt]he )(?<![Aa]n )(?<![Aa] )"
# What makes a known body a voice: a verb or a document of its own right after it ("UN
# figures show", "MSF teams said", "UNHCR spokesman Ana Ruiz said") ...
_VOICE_AFTER = re.compile(
    rf"^(?:['’]s)?(?:\s*\([^()]{{1,20}}\))?(?:,[^,;]{{1,80}},)?(?:\s+[\w'’.-]+){{0,4}}?\s+"
    rf"(?:{VERBS}|show(?:s|ed)?|put|puts)\b"
)
# ... or a frame before it that credits ("according to", "citing", "told"), or the post of
# the one who speaks ("said Ana Ruiz, the spokeswoman for the medical charity MSF").
_VOICE_POST = re.compile(
    r"\b(?i:spokes(?:wo)?(?:man|person)|head|chief|director|representative|officials?|officer"
    r"|coordinator|president|staff|members?|workers?)\s+(?:for|of|at|with|from)\s+"
    r"(?:the\s+)?(?:[\w'’.,-]+\s+){0,4}$"
)
_VOICE_BEFORE = re.compile(
    r"\b(?i:according to|as per|citing|quoting|per|told|telling|tells|said|says)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w'’.,-]+\s+){0,6}$"
)


# "UNHCR registered 900, the agency said", "a spokeswoman said": a speaker the body's name
# may stand for.
_ITS_OWN = re.compile(
    r"(?i:^(?:spokes(?:wo)?(?:man|person))$|\b(?:agency|organi[sz]ation|group"
    r"|charity|ngo|mission|committee|office|programme|fund|body|society|movement)$)"
)
# "The ICRC organised the transport, its officials said": the body's own people speak for it.
_OWN_VOICE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$")


def _voiced(sentence: str, known: Attribution) -> bool:
    """Return whether a well-known body the sentence names speaks in it, not only appears
    in it as a modifier ("UN food") or an actor ("tents set up by MSF")."""
    if any(v.span.overlaps(known.span) for v in voices(sentence)):
        return True
    if re.fullmatch(r"\W*(?:(?:the|The)\s+)?", sentence[: known.span.start]):
        return True  # the sentence's subject: "IOM staff at the border ..., say"
    return bool(
        _VOICE_AFTER.match(sentence[known.span.end :])
        or _VOICE_BEFORE.search(sentence[max(0, known.span.start - 80) : known.span.start])
        or _VOICE_POST.search(sentence[max(0, known.span.start - 60) : known.span.start])
    )


# "..., while 200,000 to 400,000 are reported on the other side": a clause of contrast whose
# own verb is a passive report with no agent gives its figure on no one's word.
_CONTRAST_WORD = re.compile(r";|\b(?:though|although|but|while|whereas)\b")
_PASSIVE_REPORT = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:reported|estimated|said"
    r"|believed|thought|understood|rumou?red)\b(?!\s+by\b)"
)


def _hedged_aside(
    sentence: str, position: int, speaker: Attribution | None, sources: tuple[Attribution, ...]
) -> bool:
    """Return whether the figure stands in a clause of contrast after every voice of the
    sentence, whose own verb is a passive report with no agent."""
    if position < 0:
        return False
    starts = [m.end() for m in _CONTRAST_WORD.finditer(sentence, 0, position)]
    if not starts:
        return False
    start = starts[-1]
    later = _CONTRAST_WORD.search(sentence, position)
    end = later.start() if later is not None else len(sentence)
    voices = [a for a in (speaker, *sources) if a is not None]
    if not voices or any(a.span.end > start for a in voices):
        return False
    return _PASSIVE_REPORT.search(sentence[start:end]) is not None


# "said in a statement as 115,000 refugees fled", "urging calm as the toll rose to 191": a
# clause of time after the speech verb is the report's own narration.
_AS_CLAUSE = re.compile(r"\bas\s+(?=the\s+[a-z]|\d|(?:some|about|nearly|more than|over)\s+\d)")


# "..., after a cyclone ripped through the region": once the speaker has given a figure,
# a clause of time with a subject of its own is the report's background.
_BACKGROUND = re.compile(
    r",\s+(?:after|as|while|when)\s+(?:an?|the)\s+[a-z]+(?:\s+[a-z]+)?\s+[a-z]+ed\b"
)


# ", said Lena Fox, a mother of three, who is one of hundreds living in tents": a relative
# clause that describes a speaker put after the verb is the report's description of them.
_DESCRIBES_SPEAKER = re.compile(r"(?:,\s+[^,.;:\"“]{3,80}?)?,?\s+(?:who|which)\b")


def _describes_speaker(sentence: str, position: int, speaker: Attribution | None) -> bool:
    """Return whether the figure stands in a relative clause about a speaker named after
    its speech verb, with no speech verb of its own before the figure."""
    if speaker is None or speaker.span.end > position:
        return False
    if not HAS_VERB.search(sentence[: speaker.span.start]):
        return False  # "Lena Fox, who lives in a tent, said 300 ...": she says the figure
    relative = _DESCRIBES_SPEAKER.match(sentence, speaker.span.end)
    return (
        relative is not None
        and relative.end() <= position
        and not HAS_VERB.search(sentence[relative.end() : position])
    )


def _narrated(
    sentence: str, position: int, speaker: Attribution | None, sources: tuple[Attribution, ...]
) -> bool:
    """Return whether the figure at ``position`` stands in a clause of time ("as ...") after
    the speech verb of every voice before it, which then says something else."""
    voices_before = [a.span.end for a in (speaker, *sources) if a is not None]
    if position < 0 or not voices_before or max(voices_before) > position:
        return False
    start = max(voices_before)
    if _describes_speaker(sentence, position, speaker):
        return True
    background = _BACKGROUND.search(sentence, start)
    if (
        background is not None
        and background.start() < position
        and HAS_VERB.search(sentence[start : background.start()])
        and re.search(r"\d", sentence[start : background.start()])
        and not re.search(r"[\"“:]", sentence[start : background.start()])
    ):
        return True  # "said the toll rose to 242, after a cyclone ... killed hundreds"
    clauses = [m.start() for m in _AS_CLAUSE.finditer(sentence, start) if m.start() < position]
    if not clauses:
        return False
    before = sentence[start : clauses[-1]]
    verb = HAS_VERB.search(before)
    return (
        verb is not None
        and re.search(r"\w", before[verb.end() :]) is not None  # "said as ..." may be its speech
        and re.search(r"\bthat\b|[\"“:]", before) is None
        and not re.search(r"\d", before)
    )


# A headline's credit: "Cholera kills 2,000 a day in camps - aid workers", "UN: 200,000
# refugees now in Chad" (a line with no full stop, the credit after a dash or before a colon).
_CREDIT_WORDS = r"(?:[A-Z][\w.'’-]*|[a-z]+)(?:\s+(?:[A-Z][\w.'’-]*|[a-z]+)){0,3}"
_HEADLINE_AFTER = re.compile(rf"(?:\s[-–—]|:)\s*(?P<name>{_CREDIT_WORDS})\s*$")
_HEADLINE_BEFORE = re.compile(rf"^\s*(?P<name>{_CREDIT_WORDS}):\s+(?=[^:]*\d)")


# "... - aid workers", "... - Prosecutor General's Office": a role, or a name ending in one.
_HEADLINE_ROLE = re.compile(rf"(?:[a-z]+\s+|[A-Z][\w'’.-]*\s+){{0,3}}{ROLE_WORDS}")


def headline_credit(sentence: str) -> Attribution | None:
    """Return the credit a headline gives after a dash or before a colon, if the words
    name a well-known source or a role ("officials", "aid workers", "agency")."""
    if sentence.rstrip().endswith((".", "?", "!", '"', "”")):
        return None
    for pattern in (_HEADLINE_AFTER, _HEADLINE_BEFORE):
        match = pattern.search(sentence)
        if match is None:
            continue
        name = re.sub(r"^(?:the|The)\s+", "", match.group("name").strip())
        if is_known(name) or _HEADLINE_ROLE.fullmatch(name):
            return Attribution(canonical_source(name), Span(*match.span("name")), True)
    return None


def _unknown_acronym(match: re.Match[str]) -> str:
    text = match.group(0)
    return text if canonical_source(text.strip(" ()")) != text.strip(" ()") else " " * len(text)


_ACRONYM = re.compile(r"\s\((?:[A-Z][A-Za-z.&-]*)(?:\s[A-Z][A-Za-z.&-]*)?\)")
_CITED = re.compile(r"\b(?i:citing|quoting|with reference to)\s+(?:[Tt]he\s+|an?\s+)?$")
# A known name inside a quotation is mentioned by the one quoted, who is the source.
_QUOTE = re.compile(r"[\"“][^\"“”]{3,}[\"”]")
# "three ICRC staff members": a known name right after the number is part of who is
# counted, not who counts them.
_COUNTED_WITH = re.compile(r"(?!(?i:the|a|an)\s)[\w.,-]+(?:\s+[a-z][\w-]*){0,2}\s+")


# "the UN's International Organization for Migration": a body named as another's owner.
_OWNER = re.compile(r"['’]s\s+")


def _owns_known(sentence: str, known: Attribution) -> bool:
    """Return whether a well-known body is named only as the owner of another one right
    after it ("the UN's International Organization for Migration"), which is the voice."""
    owner = _OWNER.match(sentence, known.span.end)
    return owner is not None and any(
        other.span.start == owner.end() for other in known_sources(sentence)
    )


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


_PERSON = re.compile(rf"{NAME_WORD}(?:\s+(?:al-|el-|de |bin )?{NAME_WORD}){{1,3}}")


def affiliation(sentence: str, person: str) -> str:
    """Return the well-known body a credited person speaks for in the sentence ("Dr Ana
    Ruiz of MSF", "UNHCR spokesman Adrian Edwards"): the known source named next to them,
    or "" if none is (so that "the charity" later refers back to MSF)."""
    at = sentence.find(person)
    if at < 0 or not _PERSON.fullmatch(person) or canonical_source(person) != person:
        return ""
    mention = Attribution(person, Span(at, at + len(person)), True)
    near = [a for a in known_sources(sentence) if _person_of(mention, a)]
    return near[0].source if near else ""


# A Red Cross named by no more than the movement's name: "the Red Cross said".
_BARE_RED_CROSS = re.compile(r"(?:[Tt]he\s+)?Red\s+Cross")


_SOCIETY_WINDOW = 6000


def resolve_society(mention: str, source: str, before: str, after: str = "") -> str:
    """Return which Red Cross a bare "Red Cross" is: the one the report named before it.

    After "the American Red Cross opened shelters", "the Red Cross said" is the American
    Red Cross; after "the International Committee of the Red Cross", the ICRC. With no
    fuller name before, the first one the report names after it ("Floods killed 23, the Red
    Cross said. ... the Kenya Red Cross Society said in a statement"); with none, the credit
    is kept.
    """
    if not _BARE_RED_CROSS.fullmatch(mention.strip()):
        return source
    # The fuller name stands a few paragraphs away at most; reading a bounded window keeps a
    # long text's cost linear (as _RECALL does for "the ministry").
    named = _society_named(before[-_SOCIETY_WINDOW:], last=True)
    if not named:
        named = _society_named(after[:_SOCIETY_WINDOW], last=False)
    return named or source


def _society_named(text: str, last: bool) -> str:
    """Return the Red Cross or Red Crescent body ``text`` names in full (its last or first)."""
    named = ""
    for found in known_sources(text):
        spelled = text[found.span.start : found.span.end]
        if found.source == "ICRC" and _BARE_RED_CROSS.fullmatch(spelled.strip()):
            continue  # another bare mention settles nothing
        if found.source == "ICRC" or re.search(r"Red (?:Cross|Crescent)", found.source):
            named = found.source
            if not last:
                break
    return named


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


# The UN's own agencies: "the UN agency" after one of them is that one, not the UN.
_UN_AGENCIES = frozenset({"UNHCR", "IOM", "OCHA", "WHO", "OHCHR"})
_UN_FAMILY = re.compile(r"\bUN[A-Z]{2,}\b|\bU\.?N\.?\s|United Nations|World Food Programme|\bWFP\b")
_UN_HEAD = re.compile(r"^(?:['’]s)?\s+(?:[a-z]+\s+)?(?:agency|body|organi[sz]ation)\b")


def resolve_un_agency(source: str, after: str, earlier: list[str]) -> str:
    """Return which UN agency "the UN agency" is: the last one credited before ("UNHCR said
    ... The UN agency said ..."); ``after`` is the text right after the credit's words."""
    if source != "UN" or not _UN_HEAD.match(after):
        return source
    for name in reversed(earlier):
        if name in _UN_AGENCIES or (name != "UN" and _UN_FAMILY.search(f"{name} ")):
            return name
    return source


# "Her office said", "his spokesman said": a person's staff speak for the person named
# before, and are credited as theirs.
_HIS_HER = re.compile(r"(?:[Hh]is|[Hh]er)\s+(?P<head>(?:[a-z]+\s+)?[a-z]+)")


def resolve_owner(source: str, fresh: str, earlier: list[str], people: list[str]) -> str:
    """Return whose "her office" is: the person just named with a title (``fresh``), else
    the last person credited, else the last person named with a title ("Ana Ruiz's
    office"); the credit as it stands if the report has named no one."""
    match = _HIS_HER.fullmatch(source)
    if match is None:
        return source
    person = fresh or next((n for n in reversed(earlier) if _is_person(n)), "")
    person = person or (people[-1] if people else "")
    return f"{person}'s {match.group('head')}" if person else source


def is_generic(source: str) -> bool:
    """Return whether a credit names a role, not who holds it ("the ministry", "a
    government minister")."""
    words = source.lower().split()
    return _GENERIC.match(source.strip()) is not None or (bool(words) and words[-1] in TITLES)


# "Mayor Ana Ruiz", "Defence Minister Luis Soto": a person a title names.
_TITLE_WORDS = "|".join(sorted(HONORIFICS | TITLES, key=len, reverse=True))
_TITLED = re.compile(
    word_start(
        r"\b(?P<title>(?i:" + _TITLE_WORDS + r"))\.?\s+"
        rf"(?P<name>{NAME_WORD}(?:\s+[A-Z]\.)?"
        rf"(?:\s+(?:al-|el-|de |da |bin )?{NAME_WORD}){{1,2}})"
    )
)


# "The Minister of Health in Tripoli, Hamid Omar, visited": a title, then the name set
# off by commas.
_TITLE_APPOSED = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?i:" + _TITLE_WORDS + r")\b(?:\s+(?:of|for|in|at)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})*,\s+"
    rf"(?P<name>{NAME_WORD}(?:\s+(?:al-|el-|de |da |bin )?{NAME_WORD}){{1,2}}),"
)


def titled_people(sentence: str) -> list[str]:
    """Return the people the sentence names with a title, in order: whom a later "he" or
    "she" may mean when no person has been credited yet."""
    found = [*_TITLED.finditer(sentence), *_TITLE_APPOSED.finditer(sentence)]
    return [m.group("name") for m in sorted(found, key=lambda m: m.start("name"))]


def titles_named(sentence: str) -> list[tuple[str, str]]:
    """Return each title the sentence puts before a name, with the name ("Foreign Minister
    Luis Soto" gives ("minister", "Luis Soto")), in order."""
    return [(m.group("title").lower(), m.group("name")) for m in _TITLED.finditer(sentence)]


# "the minister", "the provincial governor": a credit that names a title and no one.
_BARE_TITLE = re.compile(rf"(?:[Tt]he\s+)?(?:[a-z]+\s+){{0,2}}(?P<title>(?i:{_TITLE_WORDS}))")


def resolve_title(source: str, titled: list[tuple[str, str]]) -> str:
    """Return the person a bare title credits: "the minister told reporters" after "Foreign
    Minister Luis Soto dismissed the report" is Luis Soto. With no one named with that title
    before, the credit is kept."""
    match = _BARE_TITLE.fullmatch(source.strip())
    if match is None:
        return source
    title = match.group("title").lower()
    for held, name in reversed(titled):
        if held == title:
            return name
    return source


# "the official added": a role anyone credited holds, with the definite article ("the
# spokeswoman" may be someone else's).
_THE_PERSON_ROLE = re.compile(r"(?i:the\s+official)\s*$")


def resolve_person_role(source: str, before: str, earlier: list[str]) -> str:
    """Return the person a definite person's role refers back to: "The official added that
    900 soldiers were helping" after "Its head, Luis Soto, told reporters" is Luis Soto.
    ``before`` is the sentence up to the end of the credit; an indefinite role ("an
    official said") is someone new, and is kept."""
    if not _THE_PERSON_ROLE.search(before):
        return source
    for name in reversed(earlier):
        if _is_person(name) and _PERSON.fullmatch(name):
            return name
    return source


# Generic nouns for a body named before: "the agency said", "the Paris-based monitor".
_BODY_WORDS = frozenset(
    {"agency", "organisation", "organization", "group", "charity", "ngo", "monitor"}
)


def resolve_generic(source: str, earlier: list[str]) -> str:
    """Return the named source a generic credit ("the ministry") refers back to.

    "The ministry claims" after "Ukraine's defence ministry said" is the defence
    ministry, not the outlet. Without an earlier match the generic credit is kept.
    """
    match = _GENERIC.match(source.strip())
    if match is None:
        return source
    head = match.group("head").lower()
    bare = re.sub(r"^the\s+", "", source.strip(), flags=re.I).lower()
    for name in reversed(earlier):  # "the agency" after "the disaster management agency"
        if _GENERIC.match(name.strip()) and name.lower().endswith(" " + bare):
            return name
    named = [n for n in earlier if _GENERIC.match(n.strip()) is None]
    for name in reversed(named):
        spellings = " ".join(KNOWN_SOURCES.get(name, ())).lower()
        if head in name.lower() or head in spellings:
            return name
    if earlier and re.fullmatch(_PAPERS, head):
        return earlier[-1]  # "the statement said": the last one credited issued it
    bodies = [n for n in named if not _PERSON.fullmatch(n)]  # "the agency" is no person
    if bodies and (head in _BODY_WORDS or head.endswith(" body")):  # "the world body"
        return bodies[-1]
    return re.sub(r"^the\s+", "", source.strip(), flags=re.I)


def is_outlet(source: str, outlet: str) -> bool:
    """Return whether a credit names the outlet that publishes the report, which then
    states the figure itself: "reports AFP" in a copy headed "Daily Star (AFP)"."""
    name = canonical_source(source)
    words = re.findall(r"[A-Za-z][\w.&'’-]*", outlet)
    spans = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}", outlet.strip()):
        # "data.unhcr.org": a body's own site, whose name is a label of the domain
        spans |= {label.upper() for label in outlet.strip().split(".")[:-1]}
        name = name.upper() if name.upper() in spans else name  # "Trend" on en.trend.az
    return bool(outlet.strip()) and any(canonical_source(s) == name for s in spans)


# "the prime minister warned he expects that to rise": a pronoun that opens the clause a
# reporting verb reports is the verb's own subject, named in the sentence, not one before.
_REPORTED_PRONOUN = re.compile(rf"\b{VERBS}\s+(?:that\s+)?$")


def refers_back(sentence: str) -> bool:
    """Return whether the sentence attributes with a pronoun ("it said", "she said"); not
    with one inside what a speaker of the sentence reports ("Ruiz warned he expects")."""
    return any(
        not _REPORTED_PRONOUN.search(sentence[max(0, m.start() - 60) : m.start()])
        for m in PRONOUN.finditer(sentence)
    )


# "... 24,000 in six days, the agency added. That brings the total to 230,000.": a sentence
# that sums up the figures just given continues the speaker who gave them.
_SUMS_UP = re.compile(
    r"^\W*(?:That|This|These|Those|Which)\s+(?:(?:figure|number|tally|count|increase|rise)s?\s+)?"
    r"(?:brings|brought|takes|took|raises|raised|pushes|pushed|puts|put|lifts|lifted"
    r"|increases|increased|swells|swelled)\s+(?:the|its|their)\b"
)


def sums_up(sentence: str) -> bool:
    """Return whether the sentence sums up the figures of the sentence before ("That brings
    the total to 230,000"), whose speaker then also gives the sum."""
    return _SUMS_UP.match(sentence) is not None


# "Of these, 7,600 are children", "Among them are 3,000 children", "The number represents
# half the capacity of 5,000": a sentence that breaks down or measures the figures just
# given, with no voice of its own, continues the speaker who gave them. ("In addition, 93
# were injured" may be the report's own fact, and is not read so.)
_FOLLOWS_ON = re.compile(
    r"^\W*(?:(?:Of|Among)\s+(?:these|them|those|whom)\b"
    # "The number represents about half of ...": the figure just given is the subject
    r"|(?:The|That|This)\s+(?:number|figure|total|tally|count)\s+(?:represents|includes"
    r"|accounts for|amounts to|equals|compares)\b)"
)


def follows_on(sentence: str) -> bool:
    """Return whether the sentence breaks down the figures of the sentence before ("Of
    these, 40 are children"), whose speaker then also gives the parts."""
    return _FOLLOWS_ON.match(sentence) is not None


# "..., officials said, at least 22 more flights are expected. Around 2,000 more people
# should get out.": a figure that opens its sentence as the subject of a modal of
# expectation is a forecast, which the report makes on the word of the speaker before it.
_FORECAST = re.compile(
    r"^\W*(?:(?:about|around|some|roughly|nearly|up to|more than|over|at least|another|an"
    r"|a further)\s+)*\d[\d,.]*(?:\s+(?:million|thousand|lakh))?(?:\s+[a-z-]+){0,3}\s+"
    r"(?:should|would|could|may|might|will|(?:are|were|is|was)\s+(?:expected|likely|due)\s+to)\s",
    re.IGNORECASE,
)


def forecasts(sentence: str) -> bool:
    """Return whether the sentence opens with a figure that a modal of expectation
    forecasts ("Around 2,000 more people should get out")."""
    return _FORECAST.match(sentence) is not None


def speaks_as_person(sentence: str) -> bool:
    """Return whether the sentence's pronoun speaker is "he" or "she"."""
    match = PRONOUN.search(sentence)
    return match is not None and match.group(0).split()[0].lower() in ("he", "she")


def referent(sentence: str, earlier: list[str]) -> str:
    """Return whom a pronoun speaker refers back to: "he" or "she" the last person
    credited, "it" the last body, "they" the last body or group; empty if none fits.

    After "Governor Ana Ruiz said ... The ministry said ...", "She added" is Ana Ruiz.
    """
    match = PRONOUN.search(sentence)
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
    if words and words[-1].lower() in TITLES | HONORIFICS:
        return True  # "the Mozambique president", "deputy mayor"
    if canonical_source(name) != name or re.search(ROLE_WORDS, name):
        return False
    return (
        bool(PERSON_NAME.fullmatch(name))
        and not any(w.lower() in BODY_HEADS for w in words)
        and (len(words) > 1 or not name.isupper())
    )


def _distance(span: Span, position: int) -> int:
    if span.end <= position:
        return position - span.end
    return (span.start - position) * 2
