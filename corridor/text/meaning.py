"""What happened to the people a number counts (the metric).

The metric comes from the word class (``corridor.text.verb_classes``) of the verb that
governs the number in its clause: the finite verb whose subject it is, or the verb whose
object it is, a phrase describing the people coming second ("rescued 150 people trapped
in their cars"); when no verb names an event, the counted noun does ("9,000 arrivals",
"40 dead"), and a count that nothing speaks of is ``other``. On top: a plan or a hope
("will leave", "expected to", "ordered to leave", "a list of 400 approved to cross") is
``planned``, never done; people waiting to be evacuated are ``waiting``; a failed attempt
counts what was meant to move, so it is ``planned``; a move not made, denied or not
followed ("have not evacuated the 5,000", "none of the 400 had been moved", "did not heed
the order") remains. A move told by the place it reaches ("fled into Chad", "have gone
back into the region") is ``arrived``; a second object of one verb ("evacuated 45 staff and
1,200 civilians sheltering in the compound") and a number fronted by "apart from" or
"besides" share that verb; a verb with its own object ("took statements from 900 people")
or a tally ("brought the number of migrants on the island to 3,900") moves no one. The
size of a place ("a city of 20,000") is who lives there (``present``), whatever befell the
place; people massed or staying at a way out (a border, a port) wait. The period over
which it counts is read in ``corridor.text.period``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corridor.text.verb_classes import EVENTS as _EVENTS
from corridor.text.verb_classes import FAILED as _FAILED
from corridor.text.verb_classes import NOT_FOR_AID, SHELTERS, class_of, noun_event
from corridor.text.verb_classes import PLANNED as _PLANNED
from corridor.text.verb_classes import ROOM_FOR as _ROOM_FOR

STOCKS = frozenset({"remaining", "waiting", "present", "planned", "missing"})

_BREAK = (
    # ("because of" is a preposition, no clause: "stuck there because of the storm arrived")
    r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b|\b(?:al)?though\b|\bwhen\b|\bbecause\b(?! of\b)"
    r"|, (?:and|as(?! of| at)|where|bringing(?= (?:the|its|their|total)\b)|after|out of) "
    # a clause of time or cause with its own subject and verb, no comma before it ("are
    # battling to survive as the death toll has touched 197", "as crews try to contain it")
    r"|(?<!such )(?<!well )(?<!known )(?<!same )(?<!much )(?<!many )\bas (?!(?:many|much"
    r"|well|of|at|soon|long|far|part|such|a result)\b)(?=(?:(?:the|an?|its|their|his|her|this"
    r"|these|those)\s+)?(?:[a-z'’-]+\s+){0,3}?(?:has|have|had|is|are|was|were|tr(?:y|ies|ied)"
    r"|continu(?:e|es|ed)|beg(?:an|ins?)|hit|hits|struck|rose|rises|climbed|grew|spread"
    r"|rag(?:ed|es)|advanced|closed in|approached)\b)"
    # a phrase of addition opens another count: "7,554 vulnerable people, in addition to 300
    # who were rescued" (what is said of the second is not the first's)
    r"|,\s+(?:in addition to|as well as|besides|on top of|apart from|along with|together with)"
    r"\s+(?=(?:(?:some|about|around|nearly|almost|over|more than|at least|another|up to"
    r"|an estimated)\s+)*\d)"
    r"|\band (?=(?:(?:some|about|around|nearly|almost|over|more than|at least|up to"
    r"|an estimated|roughly|approximately|only|just)\s+)*(?:\d|(?:two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds"
    r"|thousands)\b)|$)"
    # a list of figures: "17 dead, 63 injured", "rose to 230, with 1,500 injured"
    r"|,\s+(?=\d|with\b)"
    # the figure after a tally ("2 dead, 5 missing"): the tally before it is not its clause
    r"|\d\s+(?:people\s+)?(?:dead|killed|injured|wounded|hurt|missing|rescued|evacuated),\s*$"
    r"|\band (?:a|an|the|another)\b"
    # a clause of time ("were reunited after being rescued"): its verb is not the number's
    r"|\b(?:after|before|since) (?:being|having)\b"
    # a figure joined by "with" ("toll rises to 16 with 31 missing"): each has its own
    r"|\bwith\s+(?=(?:(?:some|about|around|nearly|almost|over|more than|at least|another"
    r"|up to)\s+)*\d)"
    # reported speech: "OCHA estimated that 400,000 would be affected" (the verb of saying
    # governs the clause, not the number)
    r"|\b(?:\w+ed|said|says|say|told|thought|thinks?|believes?|knows?|knew|warns?)"
    # a time between the verb and "that": "officials said yesterday that"
    r"(?: (?:yesterday|today|tonight|on \w+day|\w+day|last \w+|earlier|later|\w+ly))? that\b"
    # a noun of saying opens its own content clause: "issued a warning that thousands ..."
    r"|\b(?:warnings?|statements?|reports?|claims?|fears?|announcements?|news|estimates?"
    r"|messages?|assurances?|indications?|signs?|confirmation|evidence|word) that\b"
)
_ASIDE = re.compile(
    r"^(?P<keep>[^,;:]{0,40}?),?\s*including\b[^;:]*?(?=\b(?:have|has|had|were|was|are|is)\b)", re.I
)


# Between a counted noun and its verb: an aside in commas ("1,000 Americans, visibly
# relieved to have escaped, disembarked"), a relative clause ("three staff who had
# remained inside had travelled out") or a reduced one, a participle phrase ("50,000
# Albanians driven from their homes were stranded", "thousands trapped in camps north of
# the city, Alta., were airlifted"). Only the finite verb after it, whose subject the
# number is, tells what happened; the phrase before it describes the people.
_COMMA_ASIDE = re.compile(r"^\s*,[^,;:]{3,90},\s*(?=[a-z])")
# "200,000 refugees - many limping and hungry - have poured through": an aside in dashes
_DASH_ASIDE = re.compile(
    r"^\s+[-–—]+\s[^-–—;:()]{3,140}?\s[-–—]+\s*(?=[a-z])"
    # a part set off by dashes without spaces: "235 migrants -including 45 women- arrived"
    r"|^\s*[-–—]+\s*(?:including|among them)\b[^-–—;:()]{3,140}?[-–—]+\s*(?=[a-z])"
)
_WITH_ASIDE = re.compile(
    r"^\s*with\s+(?:[\w'’-]+\s+){1,3}?(?=\b(?:had|have|has|were|was|are|is)\s+\w+)", re.I
)
_FINITE = (
    r"(?=\b(?:had|have|has|were|was|are|is|remain|remains|remained|stay|stays|stayed|refused"
    r"|live|lives|lived"
    # a verb of outcome: "who tried to board wound up waiting"
    r"|(?:wound|ended|end|ends) up)"
    r"\s+\w+)"
)
# The phrase must not hold a clause of its own: no number, no conjunction or
# subordinator, no verb of saying, no new noun phrase after a comma ("fled on Monday as
# the troops were coming", "crossed last week, the number crossing since then has").
_PHRASE = (
    # ("and" between names is no clause: "impacted by Hurricanes Irma and Maria")
    r"(?:(?!\b(?:(?:and|or)(?! (?-i:[A-Z][a-z]))|as|while|because(?! of)|that|which|who|whom|where"
    r"|but|so|if|though|although|said|says|told)\b"
    # a clause of time inside the phrase is part of it: "refugees who were in the region
    # before the war began are trapped"
    r"|\b(?:when|after|before|until)\b(?! (?:the|a|an|its|their) [\w-]+(?: [\w-]+)? (?:began"
    r"|begun|started|broke out|erupted|ended|hit|struck)\b)"
    r"|, (?:the|a|an|this|these|those|its|their|his|her|some|many|most)\b)"
    r"(?:\d+(?:[.,]\d+)?[\s-]*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\b|[^\d;:])){0,100}?"
)
_RELATIVE = re.compile(
    r"^\s*,?\s*(?:who|that)\s+(?:(?:had|have|has|were|was|are|is)\s+)?(?:been\s+)?\w+"
    + _PHRASE
    + _FINITE,
    re.I,
)
# A past form with an object is a finite verb, not a passive participle ("crossed the
# border into Rwanda, though the majority has since returned").
_REDUCED = re.compile(
    # "the 80 people to have died in the past week were ...": an infinitive of the perfect
    r"^\s*(?:\w+ly\s+)?(?:to have (?:been )?\w+\b|\w+ing\b"
    r"|(?:\w+(?:ed|en)|left|stuck|caught|held|kept|fled|gone"
    r"|brought|sent|lost)\b(?!\s+(?:the|a|an|their|its|his|her|our)\b))" + _PHRASE + _FINITE,
    re.I,
)


# A participle phrase ended by a simple past right after a plural noun: "208 migrants
# rescued from four boats reached the island" (not "areas flooded by the river").
_REDUCED_PAST = re.compile(
    r"^\s*(?:\w+ly\s+)?\w+(?:ed|en)\s+(?:from|off|out of|in|at|on|near|aboard|after)\s+"
    r"(?:(?!\w+ed\b)[a-z'’-]+\s+){0,5}?(?<=[a-z]s\s)"
    r"(?=(?:[a-z]{3,}ed|fled|went|came|left)\b(?!\s+by\b))",
    re.I,
)


# The next figure of a list, with its qualifier: "511 deaths were reported, at least 1,724
# people are injured" (its verb is not the first one's; a fronted phrase before a list,
# "Of those who fled, some 110,000 reached Tunisia, more than 90,000 Egypt", is shared)
_NEXT_ITEM = (
    r",\s+(?=(?:at least|about|around|nearly|almost|over|more than|some|up to|an estimated"
    r"|another|a further)\s+(?:(?:at least|about|around|nearly|almost|over|more than|some"
    r"|up to|an estimated)\s+)*\d)"
)


# A full stop, not one of an abbreviation ("St. Croix", "U.S. Virgin Islands", "Gov. Ruiz")
_STOP = (  # the full stop is looked for first, the abbreviations only read before one
    r"(?=\. )(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b(?:Mrs|Gen|Col|Gov|Sen|Rep|Sgt|Inc|Ave|Mgr))"
    r"(?<!\bProf)(?<!\bCorp)(?<!\bSept)\. "
)
# A full stop before a new sentence ("... 100,000. More than 1 million"), not one of "a.m."
_HEAD_STOP = r"(?<!\b[a-z])" + _STOP + r"(?=[\"“‘']?[A-Z]|$)"
_BRACKETED = re.compile(r"\([^()\d]{0,80}\)")
# What ends the clause after a number (compiled once: the joined text is long to re-hash)
_CLAUSE_END = re.compile(_BREAK + r"|" + _STOP + r"|" + _NEXT_ITEM)


@lru_cache(maxsize=64)  # event, plan and period of one figure read the same clause
def clause(before: str, after: str, window: int = 120, main: bool = True) -> tuple[str, str]:
    """Return the parts of the clause before and after a number, cut at clause breaks.

    With ``main``, a phrase describing the counted people is left out of the part after,
    so that it starts at the finite verb whose subject the number is.
    """
    # a full stop ends the clause before the number too (a quotation holds several sentences)
    head = re.split(_BREAK + r"|" + _HEAD_STOP, before[-window:])[-1]
    # a list in brackets is no clause break: "people in areas (Awsi, Kilbati, and Fanti) risk"
    after = _BRACKETED.sub(lambda m: " " * len(m.group(0)), after)
    after = _ASIDE.sub(lambda m: m.group("keep") + " ", after[: window * 2], count=1)
    after = _COMMA_ASIDE.sub(" ", _DASH_ASIDE.sub(" ", after[: window * 2], count=1)[:window])
    if main:
        after = _WITH_ASIDE.sub(" ", after)  # "80 people with injuries were evacuated"
        after = _REDUCED_PAST.sub(" ", _REDUCED.sub(" ", _RELATIVE.sub(" ", after)))
    tail = _CLAUSE_END.split(after)[0]
    return head, tail


def event_of(before: str, after: str, noun: str = "") -> str:
    """Return the event named nearest to a number in its clause, or ''.

    A move or a reach denied to the people ("have not yet evacuated the 5,000 residents",
    "could not reach 300 villagers") leaves them where they are: ``remaining``.

    The verb whose subject the number is comes first; when it names no event ("thousands
    trapped on the coast are forced to take cover"), what describes the people does.
    ``noun`` is the event the counted noun names (``noun_event``): it is taken when no
    verb names one, or when the verb before the number only counts ("registered 9,000
    new arrivals", "recorded 40 deaths").
    """
    event = _governing_event(before, after, noun)
    if event == "killed" and _FORETOLD.match(clause(before, after)[1]):
        return ""  # "50,000 would die if ...": a death foretold, a forecast (no toll)
    denied = _NOT_DONE.search(clause(before, after)[0])
    if event in ("evacuated", "arrived") and denied and class_of(denied.group("verb")) == event:
        return "remaining"
    return event


# A death foretold with a modal and a bare infinitive: "20,000 would die if they are not
# moved", "5,000 children could die within weeks" ("could have died" is a hedged toll).
_FORETOLD = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:will|would|could|may|might|shall|(?:are|is) (?:likely|set)"
    r" to)\s+(?:\w+ly\s+|still\s+|soon\s+)?(?:die|perish|starve|drown|freeze to death"
    r"|lose (?:their|his|her) li(?:v|f)es?|be killed)\b",
    re.I,
)
# A negated verb right before its object: "have not (yet) evacuated the", "could not reach".
_NOT_DONE = re.compile(
    r"\b(?:not|n['’]t|never|unable to|fail(?:ed|s)? to)\s+(?:yet\s+)?(?:been able to\s+)?"
    r"(?P<verb>[a-z]+(?:\s+(?:out|away))?)\s+"
    r"(?:(?:the|its|their|all|some|about|around|nearly|almost|over|more than|at least"
    r"|an estimated|another)\s+)*$",
    re.I,
)
# "None of the 400 patients", "not a single one of the 120 families": a whole none of
# which did what the verb says.
_NONE_OF = re.compile(
    r"\b(?:none|no one|nobody|not (?:a single |even )?one|not a single \w+)\s+(?:out\s+)?of\s+"
    r"(?:(?:the|its|their|these|those)\s+)?(?:[\w.-]+['’]s\s+)?$",
    re.I,
)


def none_of(before: str) -> bool:
    """Return whether the number counts a whole none of which did what is said of it
    ("none of the 400 patients had been evacuated": they remain)."""
    return bool(_NONE_OF.search(before[-60:]))


def _governing_event(before: str, after: str, noun: str) -> str:
    # "250,000 Syrians and 82,000 Lebanese had entered": coordinated subjects share a verb
    after = _COORDINATED.sub(" ", after, count=1)
    shared = _SECOND_OBJECT.search(before[-160:])
    if (
        shared
        and not noun
        and _ONLY_DESCRIBED.match(after)
        and not re.fullmatch(r"(?:leav\w*|left)(?:\s+\w+)?", shared.group("verb"), re.I)
    ):  # ("left 23 dead and 11 others missing": each is left in a state of its own)
        # "evacuated 45 aid workers and 1,200 civilians sheltering in the compound": a second
        # object of one verb is moved by it, whatever describes it after
        event = class_of(shared.group("verb"))
        if event and event not in ("moving", "other"):
            return event
    head, tail = clause(before, after)
    if not noun and _FRONTED.match(head) and re.match(r"^[^,;:.]*,", after):
        # "Apart from 577 French people, 502 others have been evacuated": the number
        # fronted by a phrase of addition shares the verb of the main clause
        main = re.split(r"[;:]|\. ", after[after.index(",") + 1 :])[0]
        shared_event = _event_in("", main)
        if shared_event not in ("", "moving"):
            return shared_event
    place_of = PLACE_OF.search(head) or _PLACE_OF.search(head)
    if place_of and not _MOVE_AT_PLACE.search(head[: place_of.start()]):
        # "poured through this town of 30,000", "Ridgeview, a city of 30,000": the verb is
        # the town's, the number its size, who lives there
        return "present"
    if _HOME_TO.search(head):
        # "the camps are home to 230,000 people, most of them Somalis who fled": who lives
        # there, whatever brought them (or the count of people the sentence began with)
        event = _existential(head, tail)
        return "present" if event in ("evacuated", "arrived", "other", "") else event
    if _DEATH_TOLL.search(head):
        return "killed"  # "the death rate among refugees streaming in has reached 2,000 a day"
    tally = _TALLY.search(head)
    if tally:
        # "brought the number of migrants on the island to 3,900": the verb counts; what
        # happened is said of what is counted
        what = tally.group("what") or ""
        counted = _event_in("", what)
        if counted not in ("", "moving"):
            return counted
        if re.search(r"\b(?:in|on|at)\s", what):
            return "present"  # "the number of migrants on the island": who is there
        # else what brought it there ("the new deaths brought the toll to 45")
        counted = _event_in(head[: tally.start()], "")
        return noun or (counted if counted != "moving" else "")
    number_of = _NUMBER_OF.search(head)
    if number_of:
        # "the number of people injured and now receiving treatment has risen to 53", "the
        # number of displacements includes 40,000 in one district": what the number counts
        # is said right after "of", not by the words nearest the figure
        counted = _event_in("", number_of.group("what"))
        if counted not in ("", "moving"):
            return counted
    totalled = _TOTALLED.search(head)
    subject_event = noun_event(totalled.group("what").lower(), ()) if totalled else ""
    if subject_event:
        # "the evacuees now total 51,200 individuals", "a surge of evacuees totalling 8,000
        # persons": the verb counts its subject, whose noun says what happened
        return subject_event
    head = _own_object(head)
    if _WITH.search(head):
        head, tail = clause(before, after, main=False)  # "with 900 having fled": what they did
        if noun and _event_in("", tail) in ("", "moving") and not _FILLED.search(head):
            return noun  # "toll rises to 16 with 31 missing": the adjective says it
    if noun and _COUNTING.search(head):
        return noun
    if _SEARCHED.search(head):
        return "missing"  # "searching for 27 people buried in the mud": not yet found
    if _SUBJECT.match(tail) and "," in head and _event_in("", tail):
        # the number is the subject of a verb that names an event: what comes before a
        # comma is a fronted phrase ("Of the 12,000 registered, 5,000 have returned")
        head = head.split(",")[-1]
    if _AMONG_WHOLE.search(head) and not _event_in("", tail) and not described_event(after):
        # "21 infections among some 3,500 passengers and crew": the people among whom
        # something is counted are there, a stock
        return "present"
    if _THERE.search(head):
        return _existential(head, tail)  # "there are 9,000"
    if _DESCRIBED.match(tail) and not _LEAVING.search(head) and not _WITH.search(head):
        # No finite verb of its own: the number is the object of the verb before it, and
        # what follows only describes the people ("shelling killed 40 people sheltering in
        # a school", "plans to relocate 60 refugees who arrived last week").
        governing = _event_in(head[-40:].split(",")[-1], "")
        if governing and governing != "moving":
            return governing
    if _PARTICIPLE.match(tail) and not _LEAVING.search(head) and not _WITH.search(head):
        # "rescued 150 people trapped in their cars": the number is the object of the verb
        # just before it, and the participle after it describes the people
        verb = _LAST_VERB.search(_MEASURE.sub(" ", head))  # "rescued a group of 30 hikers"
        governing = class_of(verb.group(0)) if verb else ""
        if governing and governing not in ("moving", "other"):
            return governing
    if _PARTICIPLE_PHRASE.match(tail) and not _LEAVING.search(head) and not _WITH.search(head):
        # "the camp received 900 refugees bused from the border": a past participle with its
        # phrase after the object describes the people the finite verb before it counts
        verb = _FINITE_BEFORE.search(_MEASURE.sub(" ", head))
        governing = class_of(verb.group(0)) if verb else ""
        if governing in ("evacuated", "arrived", "killed", "wounded"):
            return governing
    if _TAKING.search(head) and _CAPTIVE.match(tail):
        return "captured"  # "accused of taking dozens of civilians prisoner": held, not moved
    forcing = _FORCING.search(head)
    if (
        forcing
        and _DRIVEN_TO.match(tail)
        # responders sent somewhere are deployed ("sent hundreds of marines into the islands")
        and not (noun == "present" and forcing.group(0).lower().startswith("sen"))
    ):
        # "forcing 250,000 people into the neighbouring province": driven where they reach;
        # "sending a million people to temporary shelters": sent away from home
        return "arrived" if _INTO.match(tail) else "evacuated"
    if noun != "killed" and re.search(r"\bsav(?:e|es|ed|ing)\s+" + _QUALIFIERS + "$", head, re.I):
        return "evacuated"  # "saved 53 people from the boat": a rescue ("saved 5,000 lives" is not)
    if noun == "killed" and _TOOK_LIVES.search(head):
        return "killed"  # "the typhoon has claimed 44 lives": a toll
    if _CLAIMED.search(head) and _NOTHING_AFTER.fullmatch(tail):
        return "killed"  # "Milton has claimed at least 17 more": a toll, its noun left out
    if _OUT.match(tail) and _PAST_VERB.search(_MEASURE.sub(" ", head)):
        # "the army escorted 450 civilians out of the town", "assisted 791 people back to
        # their villages", "helped 85 residents home"; "back into port" reaches a place
        return "arrived" if _INTO.match(tail) else "evacuated"
    if noun and _WITH.search(head) and not _event_in("", tail) and not _FILLED.search(head):
        return noun  # "a toll of 2,408, with a further 1,063 missing": what the noun says
    event = _event_in(head, tail)
    if event in ("", "other"):
        # "Thousands of people who remain in the city are at risk": when the main verb says
        # only how the people are (at risk, in need), what the clause about them says of a
        # move or a stay tells more
        inner_head, inner_tail = clause(before, after, main=False)
        inner = _event_in(_own_object(inner_head), inner_tail)
        if inner in ("evacuated", "arrived") and _STATE_VERB.match(tail):
            # "refugees who have fled the war remain at risk", "... live in camps": how the
            # group came describes it; the main verb tells a stock of people who are there
            return "present"
        event = inner if inner and (not event or inner != "other") else event
    return event or noun


# A main verb of being somewhere or in some state, with no event of its own.
_STATE_VERB = re.compile(
    r"^\s*(?:(?:now|still)\s+)?(?:remain|remains|remained|live|lives|lived|stay|stays|stayed"
    r"|(?:are|is|were|was)\s+(?:still|now)\s+(?:in|at|living|staying|sheltering)\b)\b",
    re.I,
)
# A move told by its noun, then where it happened: "the arrival yesterday on the islands of
# 8,000 people", "the evacuation from the town of 3,000 residents" ("of" is the move's).
_MOVE_AT_PLACE = re.compile(
    r"\b(?:arrivals?|evacuations?|departures?|influx|exodus|relocations?|transfers?)"
    r"(?:\s+(?:yesterday|today|overnight|on \w+day|last \w+))?\s+(?:on|in|at|from|to|into)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# The size of a place: "a city of 30,000", "the town of some 8,000 people".
PLACE_OF = re.compile(
    r"\b(?:cit(?:y|ies)|towns?|villages?|hamlets?|communit(?:y|ies)|islands?|municipalit(?:y|ies)"
    r"|capital|suburbs?|countr(?:y|ies)|nations?) (?:of|with)\s+(?:(?:some|about|around|nearly"
    r"|almost|over|more than|roughly|approximately|an estimated|just over|under|fewer than"
    r"|less than)\s+)*$",
    re.I,
)
# A place filled with people: "the shelters were filled with some 2,500 evacuees".
_FILLED = re.compile(
    r"\b(?:filled|packed|crammed|overflowing|teeming)\s+with(?:\s+(?:some|about|around"
    r"|nearly|almost|over|more than|at least|an estimated))*\s*$",
    re.I,
)
_QUALIFIERS = (
    r"(?:(?:some|about|around|nearly|almost|over|more than|at least|up to|an estimated"
    r"|roughly|approximately|another|a further)\s+)*"
)
# "evacuated 45 aid workers and 1,200 ...": a verb, its first counted object and "and"
_SECOND_OBJECT = re.compile(
    r"\b(?P<verb>[a-z]+(?:\s+(?:out|off|away|back|home|up|in))?)\s+"
    + _QUALIFIERS
    + r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[A-Za-z'’-]+\s+){1,3}?and\s+"
    + _QUALIFIERS
    + r"$",
)
# What may follow the second object (after its noun) when it has no verb of its own: a
# participle or a relative clause that describes it, a phrase of place, or nothing.
_ONLY_DESCRIBED = re.compile(
    r"^\s*(?:$|[,.]|(?!missing)\w+ing\b|who\b|that\b|trapped|stranded|stuck|caught|held|marooned"
    r"|isolated|besieged|(?:to|from|in|inside|at|on|aboard|out of|off|by|with)\b)",
    re.I,
)
# "this town of 30,000", "the city of 20,000 people": the size of a place
_PLACE_OF = re.compile(
    r"\b(?:town|city|village|hamlet|community|communities|district|island|province|region|state"
    r"|country|nation|camp|settlement|capital|port|municipality|county|neighbou?rhood|suburb"
    r"|enclave|valley)\s+of\s+" + _QUALIFIERS + r"$",
    re.I,
)
_FRONTED = re.compile(
    r"^\s*(?:(?:apart|aside) from|besides|in addition to|as well as|along with|together with"
    r"|on top of)\s+" + _QUALIFIERS + r"$",
    re.I,
)
# A death toll or rate that reaches a number counts the dead, whatever the people it is
# said among were doing ("the death toll among migrants arriving on the island rose to 320")
_DEATH_TOLL = re.compile(
    r"\b(?:death|casualty|fatality|mortality)\s+(?:toll|rate|count|tally|figure)s?\b"
    r"[^;:.]{0,80}?\s(?=(?:has|have|had|is|was|reach|rise|rose|climb|jump|soar|hit|pass|top"
    r"|exceed|stand|stood|increas|grew|grown)\w*\s)(?:(?:has|have|had|is|was)\s+(?:now\s+)?)?"
    r"(?:(?:reach|rise|rose|risen|climb|jump|soar|hit|pass|top|exceed|stand|stood|increas|grew"
    r"|grown)\w*(?:\s+(?:to|at|by))?\s+)?" + _QUALIFIERS + r"$",
    re.I,
)
# "brought the number of migrants on the island to": a tally, not a move
_TALLY = re.compile(
    r"\b(?:br(?:ing|ings|inging|ought))\s+(?:the|its|their|this|that)\s+(?:\w+\s+){0,2}?"
    r"(?:number|total|toll|tally|count|figure|population)(?P<what>\s+of\b[^;:]*?)?\s+to\s+"
    + _QUALIFIERS
    + r"$",
    re.I,
)
# "the number of people injured in the storm (has risen to)": a count whose noun of what
# happened comes first; its verb of reaching may already be cut off
_NUMBER_OF = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?:total\s+)?(?:number|tally|count)\s+of\s+"
    # (no other figure and no verb of saying: "put the number of dead at 38 and said 120")
    r"(?P<what>(?:(?!\b(?:said|says|say|told|added|announced)\b)[^;:\d])*?)\s*"
    r"(?:(?:has|have|had|is|was|are|were|now)\s+)*"
    r"(?:(?:includ(?:e|es|ed|ing)|comprises?|comprised|risen|rose|rises|reached|reaches|climbed"
    r"|climbs|jumped|increased|grew|grown|stands|stood)\s+(?:(?:to|at|past|by)\s+)?)?"
    + _QUALIFIERS
    + r"$",
    re.I,
)
# A verb that gives its subject's count: "the evacuees now total", "of evacuees totalling to"
_TOTALLED = re.compile(
    r"\b(?P<what>[A-Za-z][\w'’-]*)\s+(?:(?:now|currently|still)\s+)?(?:(?:is|are|was|were)\s+"
    r"(?:now\s+)?)?(?:total(?:s|ed|led|ing|ling)?|number(?:s|ed|ing)?)(?:\s+(?:to|at|some))?\s+"
    + _QUALIFIERS
    + r"$",
    re.I,
)
# "took statements from", "brought food parcels to": a verb with its own object (no number)
# before the preposition that governs the number
_THING_OBJECT = re.compile(
    r"\s+(?!(?:them|him|her|us|people|out|off|away|back|home|up|down|in"
    r"|north|south|east|west)\b)(?:[a-z-]+\s+){1,3}?(?:from|to|for|among)\s+" + _QUALIFIERS + r"$",
)


_MOVED = dict(_EVENTS)["evacuated"]


def _own_object(head: str) -> str:
    """Cut the head after a verb of moving that has its own object before the number's
    preposition ("took statements from 900 people", "brought food parcels to 1,500
    residents"): that verb moves its object, not the people the number counts."""
    near = head[-60:]
    for verb in re.finditer(r"\b[a-z]+\b", near):
        moved = _MOVED.match(near, verb.start())  # read in place: not "evacuation centres"
        if moved and moved.end() == verb.end() and _THING_OBJECT.match(near[verb.end() :]):
            return ""
    return head


_COORDINATED = re.compile(
    # a list before the last item: "20,000 Chinese, 15,000 Turks and 1,400 Italians were"
    r"^\s*(?:,\s*" + _QUALIFIERS + r"\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+[A-Za-z'-]+){1,2}?"
    r"(?=\s*,|\s+and\b))*,?"
    r"\s*and\s+(?:(?:some|about|around|nearly|over|more than|at least)\s+)?"
    # "two border guards and three civilians were injured": a number in words, too
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+(?:million|thousand))?\s+"
    r"(?:(?:[A-Za-z'-]+\s+){0,2}?"
    r"(?=(?:had|have|has|were|was|are|is|will|would|shall|could|may|might|must|should)\s+\w+)"
    # "six troops and five civilians suffered wounds": a verb in the past after a noun
    r"|(?:[A-Za-z'-]+\s+){1,2}?(?=(?:[a-z]+ed|died|fled|left)\b))",
    re.I,
)
# Searching for the people the number counts: they are missing, whatever describes them.
_SEARCHED = re.compile(
    r"\b(?:search(?:ing|ed|es)?|look(?:ing|ed)|hunt(?:ing|ed)?|comb(?:ing|ed)|scour(?:ing|ed)?)"
    # what is searched may come between: "combed the rubble for 40 people"
    r"(?: (?:through |across )?(?:the|a|an|its|their) [\w-]+(?: [\w-]+)?)? for\s+"
    r"(?:(?:some|about|around|nearly|over|more than|at least|an estimated|another|the)\s+)*$",
    re.I,
)
# Verbs that count or report people rather than say what happened to them.
_COUNTING = re.compile(
    r"\b(?:register(?:ed|s|ing)|record(?:ed|s|ing)|count(?:ed|s|ing)|logg(?:ed|ing)"
    r"|tall(?:ied|ies|ying)|report(?:ed|s|ing)|confirm(?:ed|s|ing)|document(?:ed|s|ing)"
    r"|estimat(?:ed|es|ing)|put (?:\w+ ){0,3}at)\s+(?:(?:a total of|an estimated|some|about"
    r"|around|over|nearly|almost|more than|at least)\s+)*$",
    re.I,
)


# A participle of a state right after the counted noun describes the people; a past form
# of a move ("a plane carrying 141 people landed") is as often the finite verb of the clause.
_PARTICIPLE = re.compile(
    r"^\s*(?:trapped|stranded|stuck|cut off|besieged|caught|held|marooned|isolated|surrounded"
    r"|encircled|displaced|affected|injured|wounded|hurt|still)\b",
    re.I,
)
# A measure of people between a verb and its number: "evacuated a ferry load of 400",
# "rescued a group of 30", "assisted a total of 791".
_MEASURE = re.compile(
    r"\s(?:a|an|another|one|the)\s+(?:[\w-]+\s+)?(?:loads?|boatloads?|busloads?|planeloads?"
    r"|truckloads?|shiploads?|groups?|batch(?:es)?|contingents?|party|total|convoys?|band"
    r"|handful)\s+of\s+$",
    re.I,
)
# Verbs of driving people out, right before the number: "forcing 250,000 people into"
_FORCING = re.compile(
    r"\b(?:(?:forc|driv|push|chas|herd)(?:e|es|ed|ing)|drove|driven|sen(?:d|ds|t|ding))\s+"
    + _QUALIFIERS
    + r"$",
    re.I,
)
# Where people driven or sent go: "into the province", "across the border", "to shelters",
# "to Kerem" (not "to flee", "to stay": what they were made to do)
_DRIVEN_TO = re.compile(
    r"\s*(?:out\s+)?(?:into|across\b|to\s+(?:" + SHELTERS + r"|(?:the\s+)?(?-i:[A-Z])))", re.I
)
# Taking people prisoner: the verb right before the number, the state right after its noun.
_TAKING = re.compile(r"\b(?:took|tak(?:e|es|en|ing))\s+" + _QUALIFIERS + r"$", re.I)
_CAPTIVE = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:prisoners?|hostages?|captives?)\b", re.I)
_CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)?\s+" + _QUALIFIERS + r"$", re.I)
_NOTHING_AFTER = re.compile(r"\s*(?:more|others?)?\s*[.,]?\s*", re.I)
_TOOK_LIVES = re.compile(
    r"\b(?:claim\w*|cost\w*|took|tak(?:e|es|en|ing))\s+(?:at\s+)?" + _QUALIFIERS + r"$", re.I
)
_PARTICIPLE_PHRASE = re.compile(
    r"^\s*\w+(?:ed|en)\s+(?:from|to|by|in|into|out|at|on|across|after|over|during)\b", re.I
)
# A finite verb (a past or a present with -s) right before the number and its qualifiers.
_FINITE_BEFORE = re.compile(
    r"\b(?:[a-z]+(?:ed|es)|took|brought|flew|drove|sent|got|led|received|admitted|killed"
    r"|(?:took|take|takes) in)\s+" + _QUALIFIERS + r"$"
)
_LAST_VERB = re.compile(r"\b[a-z]+(?:\s+(?:out|off|away|home|back|up|down|in))?\s*$")

# "among (the) 3,500 passengers": a whole of which a part is counted.
_AMONG_WHOLE = re.compile(
    r"\b(?:among|amongst)\s+(?:(?:the|its|their|some|about|around|nearly|almost|over"
    r"|more than|at least|an estimated|roughly)\s+)*$",
    re.I,
)
# An existential sentence: the number is the subject of "there are".
_THERE = re.compile(
    r"\bthere\s+(?:are|were|is|was|remain|remained)\s+(?:(?:now|still|currently|also|only"
    r"|just)\s+)*$",
    re.I,
)
_STILL = re.compile(r"\b(?:still|remain|remained)\s+(?:\w+\s+)?$", re.I)
_THERE_NOW = re.compile(r"\bthere\s+(?:are|is|remain)\b(?!.*\bthere\b)", re.I)
# "the town is now home to 16,000 people displaced by the fighting": who lives there now
_HOME_TO = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+)?home\s+to\s+" + _QUALIFIERS + r"$", re.I
)
# A participle of displacement right after the counted noun: "people (internally) displaced"
_DISPLACED_STATE = re.compile(r"^\s*(?:\w+ly\s+)?(?:displaced|uprooted|homeless)\b", re.I)
# A relative clause about the people ("28 civilians there, who at one time refused to leave")
_RELATIVE_AFTER = re.compile(r"^[^;:.]{0,40}?,?\s*\b(?:who|that)\s+", re.I)


def _existential(head: str, tail: str) -> str:
    """Return the metric of the subject of "there are": what is said of the people, or that
    they are there.

    In the present tense a participle of displacement is a state ("there are 9,000 people
    internally displaced in the camps": ``present``, like "9,000 are displaced"); people
    described as refusing or unable to leave stay (``remaining``).
    """
    relative = _RELATIVE_AFTER.match(tail)
    if relative and _NOT_MOVED.match(tail[relative.end() :]):
        return "remaining"  # "there were 28 civilians there, who refused to evacuate"
    event = _event_in("", tail)
    now = _THERE_NOW.search(head) or _HOME_TO.search(head)
    if event == "evacuated" and now and _DISPLACED_STATE.match(tail):
        return "present"
    return event or ("remaining" if _STILL.search(head) else "present")


# A capitalised word inside a sentence is part of a name ("the Red Cross said", "Camp
# Hope", "Crossing Point"), not a verb; a headline in title case is read as it is.
def _name(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 2) : match.start()]
    if match.group(0)[0].isupper() and bool(re.fullmatch(r"[\w,'’] ", before)):
        return True
    # a phrase that ends on a capitalised word runs into a name ("with the Joint
    # Assistance Mission" is no "with assistance")
    words = match.group(0).split()
    return len(words) > 1 and words[-1][0].isupper() and not words[0][0].isupper()


def _headline(text: str) -> bool:
    words = re.findall(r"\b[A-Za-z]{4,}\b", text)
    return len(words) > 2 and sum(w[0].isupper() for w in words) > len(words) / 2


# One group counted in two units, households and people: "2,000 families or 9,000
# residents", "1,296 families (7,776 individuals)", "19,062 individuals, or 5,492 families".
_HOUSEHOLDS = r"(?:families|households|famil(?:y|ies) members)"
_UNIT = r"(?:[A-Za-z'’-]+\s+){0,2}?[A-Za-z'’-]+"
_RESTATED_BEFORE = re.compile(
    r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?P<unit>" + _UNIT + r")\s*(?:,\s*)?"
    r"(?:or\s+|\(\s*|/\s*|(?:which\s+is\s+|or\s+)?equivalent\s+to\s+)" + _QUALIFIERS + r"$",
    re.I,
)
_RESTATED_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:or\s+|\(\s*|/\s*|(?:which\s+is\s+|or\s+)?equivalent\s+to\s+)"
    + _QUALIFIERS
    + r"\d[\d,.]*(?:\s+(?:million|thousand))?"
    r"\s+(?P<unit>" + _UNIT + r")(?:\s*\))?",
    re.I,
)


def _household_pair(first: str, second: str) -> bool:
    """Return whether two units are households and people, in either order."""
    households = [bool(re.search(_HOUSEHOLDS + r"$", u, re.I)) for u in (first, second)]
    return households[0] != households[1]


def without_restatement(before: str, noun: str, after: str) -> tuple[str, str]:
    """Return the clause around a number with the same count restated in another unit left
    out ("over 2,000 families or 9,000 residents living there": the number is read in the
    place of the first, the verb before it governs both; "600 families or 2,000 people
    inside the zone have been evacuated": the verb after the second governs both)."""
    restated = _RESTATED_BEFORE.search(before[-80:])
    if restated is not None and _household_pair(restated.group("unit"), noun):
        before = before[: len(before) - len(before[-80:]) + restated.start()]
    restating = _RESTATED_AFTER.match(after)
    if restating is not None and _household_pair(noun, restating.group("unit")):
        after = " " + after[restating.end() :]
    return before, after


def own_event(after: str) -> str:
    """Return the event named by a finite verb right after a number, whose subject it is
    ("4,000 were sheltering in schools", "600 had crossed"), or ''."""
    part = re.match(r"^\s*of (?:them|whom|those)\b", after, re.I)
    tail = clause("", after[part.end() :] if part else after)[1]
    # "four of them showing symptoms": after "of them", a participle is their own verb
    own = _SUBJECT.match(tail) or (part and re.match(r"^\s*\w+ing\b", tail))
    return _event_in("", tail) if own else ""


def described_event(after: str) -> str:
    """Return the event named by a phrase that describes the counted people before their
    verb ("2,000 people evacuated on Monday were ...", "600 who arrived are ..."), or ''."""
    described = _RELATIVE.match(after) or _REDUCED.match(after) or _LAST_RELATIVE.match(after)
    if described:
        # "of the 5,000 residents ordered to leave": told to, a plan
        return (
            "planned" if _PLANNED.search(described.group(0)) else _event_in("", described.group(0))
        )
    # a participle of a state with no verb after it: "300 of the 2,000 people waiting on the
    # quay", "of the 500 still trapped"
    state = _STATE_PARTICIPLE.match(after)
    event = _event_in("", state.group(0)) if state else ""
    return event if event in ("waiting", "remaining", "missing") else ""


# A relative clause that ends the sentence, no verb of the counted people after it ("half
# of the 5.3 million refugees who left the country since the war began").
_LAST_RELATIVE = re.compile(r"^\s*,?\s*(?:who|that)\s+[^,;:.()]{3,120}(?=[.;:]|$)", re.I)
_STATE_PARTICIPLE = re.compile(
    r"^\s*(?:still\s+)?(?:\w+ing|trapped|stranded|stuck)\b[^,;.]{0,60}", re.I
)


# A move the people cannot make, right before its verb: "and unable to cross".
_UNABLE = re.compile(
    r"\b(?:unable|not able|too (?:weak|frail|sick|afraid|scared)) to\s+(?:\w+ly\s+)?$", re.I
)
_WITH_PHRASE = re.compile(r"\s*with\s+(?:[\w'’-]+\s+){0,3}", re.I)


def _event_in(head: str, tail: str) -> str:
    best, best_distance, best_after, best_before = "", float("inf"), "", ""
    strong, strong_distance, strong_after = "", float("inf"), ""
    # "192 were killed, 512 were wounded": a number that is the subject of a verb group
    # right after it takes that verb, not the one of the clause before.
    own_verb = _OWN_VERB.match(tail)
    weight = 4.5 if own_verb else 1.5
    names = not _headline(head + tail)
    # "brought down from the hills 12 people with injuries": a phrase of "with" right after
    # the counted noun describes the people the verb before it moves
    # (each class reads the head once: its matches serve this test and the distances below)
    in_head = [list(pattern.finditer(head)) for _, pattern in _EVENTS]
    moved_before = any(
        e != "moving" and hits for (e, _), hits in zip(_EVENTS, in_head, strict=True)
    )
    for (event, pattern), head_hits in zip(_EVENTS, in_head, strict=True):
        first = next(
            (
                m
                for m in pattern.finditer(tail)
                if not (names and _name(tail, m))
                # "six people with limited mobility": "with" right after the noun describes them
                and not (event == "moving" and m.group(0).lower() == "with" and m.start() <= 1)
                and not (moved_before and _WITH_PHRASE.fullmatch(tail[: m.start()]))
            ),
            None,
        )  # the first hit only: the matches after it are not read
        hits = [] if first is None else [first]
        # each match with what follows it in the clause (a head's runs on through the number)
        # a hit in that verb group is the number's own verb, however many adverbs come
        # between ("its population of 38,000 has been forcibly displaced")
        found = [
            (0.0 if own_verb and m.start() < own_verb.end() else float(m.start()), tail[m.end() :],
             tail[: m.start()])
            for m in hits
        ]  # fmt: skip
        found += [
            ((len(head) - m.end()) * weight, head[m.end() :] + " 0 " + tail, head[: m.start()])
            for m in head_hits
            if not (names and _name(head, m))
        ]
        for distance, rest, ahead in found:
            if distance < best_distance:
                best, best_distance, best_after = event, distance, rest
                best_before = ahead
            if event != "moving" and distance < strong_distance:
                strong, strong_distance, strong_after = event, distance, rest
            if event != "moving" and distance < strong_distance:
                strong, strong_distance, strong_after = event, distance, rest
    if best == "moving":
        # people carried or aboard a vehicle are moved; "a camp with 180,000 refugees" holds them
        best, best_after = strong, strong_after
        if not best and _WRECKED.search(head + " " + tail):
            return "other"  # "the ferry sank with 300 people on board": aboard a wreck, not moved
        best = best or ("evacuated" if _CARRIED.search(head + " " + tail) else "present")
    if (
        best in ("evacuated", "arrived")
        and _UNABLE.search(best_before)
        and not _NOT_BACK.match(tail)
    ):
        return "remaining"  # "1,000 people massed on the far side and unable to cross"
    if best == "evacuated" and _INTO.match(best_after):
        # "fled across the border into Chad", "have gone back into the region": a move told
        # by the place it reaches is counted there (a flight into the hills is still a flight)
        return "arrived"
    if best == "evacuated" and _LEAVING.search(head):
        # "leaving 2,000 new arrivals stuck", "left 300 homeless": the state they are left in
        said = tail[:70].split(",")[0]  # "leave 5 dead, 40 missing": each has its own
        if re.match(r"\s*(?:\w+\s+)?in (?:a |the )?hospitals?\b", said, re.I):
            return "wounded"  # "the blast left 800 in hospital"
        state = [e for e, p in _EVENTS if e not in ("evacuated", "moving") and p.search(said)]
        if state:
            return "waiting" if "waiting" in state else state[0]
        if not re.search(r"\b(?:with|carrying|aboard|on board)\b", head[-20:], re.I):
            # people left somewhere did not leave: "the storm left 45,000 homeless", "left
            # 300 soldiers behind" ("left with 300 people" did)
            return "remaining" if re.match(r"\s*behind\b", tail) else "present"
    if _NOT_BACK.match(tail):
        return "present"  # "12,000 have not been able to return home": still displaced
    if _NOT_MOVED.match(tail):
        return "remaining"  # "1,800 people were unable to leave": they stayed
    if _SUBJECT.match(tail) and _HOPING.search(tail[:90]):
        return "waiting"  # "10,000 had gathered at the port hoping to board ships"
    if best in ("evacuated", "arrived", "remaining", "present") and re.search(
        r"\b(?:wait(?:ing)?|awaiting)\b" + NOT_FOR_AID + r"|\bno man's land\b", tail[:60], re.I
    ):
        return "waiting"
    if best in ("remaining", "present") and _TRANSIT.search(tail[:60]):
        return "waiting"  # "thousands huddled in makeshift transit centres": to move on
    return best


# A place people are held in before they move on: a transit centre, an assembly point.
_TRANSIT = re.compile(
    r"\b(?:in|at|inside) (?:(?:the|a|an|its|their|makeshift|temporary|crowded) )*"
    r"(?:transit|assembly|staging|embarkation|departure|pick-?up|gathering) (?:cent(?:re|er)s?"
    r"|camps?|sites?|points?|areas?|lounges?|halls?|zones?)\b",
    re.I,
)
_INTO = re.compile(
    r"^[^,;:.]{0,60}?\binto\s+(?!(?:the\s+|a\s+|nearby\s+|surrounding\s+)*(?:hills?|mountains?"
    r"|bush|forests?|woods?|jungles?|countryside|fields?|deserts?|wilderness|swamps?|marshes"
    r"|the night|darkness|seas?|waters?|rivers?|streets?|open|interior"
    # a state, not a place: "taken into custody", "went into labour", "into hiding"
    r"|hiding|exile|custody|captivity|detention|slavery|care|account|consideration|labou?r"
    r"|effect|force|operation|service|action|shock|debt|poverty|quarantine|isolation)\b)",
    re.I,
)
_WRECKED = re.compile(
    r"\b(?:s[au]nk|sinking|sinks|capsiz\w+|crash(?:ed|es|ing)|overturn\w*|ran aground|run aground"
    r"|went down|foundered|shipwreck\w*|wreck(?:ed|age)?|caught fire|exploded|derailed)\b",
    re.I,
)
_CARRIED = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)|on board|aboard|passengers|buses|bus|boats?|ships?|planes?"
    r"|flights?|ferry|ferries|convoys?|aircraft|trains?|trucks?|lorries|helicopters?|vessels?"
    r"|coaches|cars?|vans?|jets?)\b",
    re.I,
)
# A description after the number: a relative clause or an -ing participle (a past form
# after a number is as often the finite verb: "1,000 Americans arrived in Cyprus").
_DESCRIBED = re.compile(r"^\s*,?\s*(?:who|that|which|\w+ing)\b", re.I)
# "with 89,000 living in tents": the participle is what the number does.
_WITH = re.compile(
    r"\bwith(?:\s+(?:only|just|some|about|around|nearly|almost|over|more than|at least"
    r"|an estimated|up to|a further|another|an additional|a total of|a reported))*\s*$",
    re.I,
)
# Hoping or trying to leave, said of people somewhere: they wait for a way out.
_HOPING = re.compile(
    r"\b(?:hoping|trying|desperate|waiting|eager|anxious|in the hope of"
    r"|with the (?:intention|hope|aim) of)\s+(?:to\s+)?"
    r"(?:be\s+|being\s+)?"
    r"(?:leave|leaving|board|boarding|cross|crossing|get out|getting out|flee|fleeing|evacuated"
    r"|(?:tak|seek)(?:e|ing) (?:refuge|shelter|asylum)|enter(?:ing)?"
    r"|get on|getting on|catch|find a way out"
    r"|rescued|flown out)\b"
    # hoping for a way out: "hoping for a boat", "waiting for a seat on a bus"
    r"|\b(?:hoping|waiting|praying|desperate) for (?:a |an |the |any )?(?:\w+ )?(?:boats?|ships?"
    r"|ferr(?:y|ies)|bus(?:es)?|coaches|trains?|flights?|planes?|seats?|places?|rides?|lifts?"
    r"|passage|evacuation|rescue|way out|transport)\b",
    re.I,
)
_OUT = re.compile(
    r"^\s*(?:out\s+(?:of|from)|back\s+(?:to|into|across|over|home|in)\b|home\b"
    r"|from\s+(?:(?:their|his|her|its|the)\s+)?(?:[a-z]+\s+)?(?:homes?|houses?|villages?"
    r"|towns?|lands?|farms?))\b",
    re.I,
)
_PAST_VERB = re.compile(
    r"\b(?:\w+ed|took|got|brought|led|drove|driven|flew|sent|carried|forc(?:e|es|ing))\s+$", re.I
)
# A move denied, refused or not (yet) made: "have not yet left", "were blocked from
# leaving", "would not leave", "refused to budge", also after a short phrase of place
# ("13,000 people in the zone have not left").
_NEGATED = (
    r"^\s*(?:(?:in|at|on|inside|near|within) (?:[\w'’-]+ ){1,4}?)?(?:\w+ly\s+)?"
    r"(?:(?:have|has|had|were|was|are|is|could|can|did|do|does|would|will|wo)(?:n['’]t| not"
    r"|not| unable| still unable| (?:still )?yet to)|refus\w+|declin\w+"
    r"|(?:were|was|are|is|have been|had been) (?:\w+ly )?(?:blocked|prevented|barred|stopped"
    r"|kept) from)\b[^,;]{0,25}?"
)
_NOT_MOVED = re.compile(
    _NEGATED + r"\b(?:leave|leaving|left|get out|getting out|flee|fleeing|fled|escape|escaping"
    r"|escaped|cross|crossing|crossed|be evacuated|been evacuated|be moved|been moved"
    r"|be rescued|been rescued|evacuate|evacuated|budge|move|abandon|relocate|go)\b",
    re.I,
)
# A way home not (yet) taken: "have not been able to return", "are yet to go back". The
# people are still displaced, a stock where they are (``present``), not left behind.
_NOT_BACK = re.compile(
    _NEGATED + r"\b(?:return|go (?:back|home)|come (?:back|home)|get back|move back|head (?:back"
    r"|home)|be back)\b",
    re.I,
)
_LEAVING = re.compile(r"\b(?:leaving|leaves|leave|left)\s+(?:\w+\s+){0,2}$", re.I)
_OWN_VERB = re.compile(
    r"^\s*(?:\w+ly\s+|also\s+|already\s+|now\s+)?(?:were|was|are|is|have|has|had)"
    r"(?:\s+(?:\w+ly|already|also|now|since|been))*\s+\w+(?:ed|en)\b",
    re.I,
)
_VERB = re.compile(
    r"\b(?:\w+ed|left|fled|flee|leave|remain|are|were|was|is|have|has|had|moved|took|sent"
    r"|brought|came|went|got|swept|holds|hosts|houses|shelters|accommodates)\b",
    re.I,
)


_SUBJECT = re.compile(
    r"^\s*(?:\w+ly\s+|also\s+)?(?:had|have|has|were|was|are|is|\w+ed|fled|left|went|came)\b",
    re.I,
)
_MODAL = re.compile(r"[^,;]{0,40}?\b(?:will|would|shall|should|must)\b", re.I)
_ORDERED = re.compile(
    r"\b(?:ordered|ordering|orders|told|telling|tells|asked|asking|asks|urged|urging|urges"
    r"|advised|advising|instructed|called on|expects?|expected|wants?|wanted|warn(?:s|ed|ing)?"
    r"|encourag(?:es|ed|ing)|direct(?:s|ed|ing))\s+(?:(?:some|about|around|nearly|over|more than"
    r"|up to|at least|an estimated|all|the)\s+)*"
    # "ordered the town's 9,000 residents to leave"
    r"(?:(?:the|its|their)?\s*[\w.-]+['’]s\s+(?:(?:some|about|around|nearly|over|more than"
    r"|all)\s+)*)?$",
    re.I,
)
# "ordered 5,000 residents (of the coastal town) to leave", "told 700,000 people (living in
# low-lying areas) to move": the order's infinitive (an order to stay where they are is no
# move: "asked 1,500 residents to remain indoors")
_TO_GO = re.compile(
    r"^\s*(?:(?:(?:living|staying|residing|based|located)\s+)?(?:of|in|from|at|on|near|along"
    r"|inside|within) [^,;]{0,40}?\s)?to\s+"
    r"(?!the\b|an?\b|(?:stay|remain|shelter in place|keep)\b(?! (?:off|away|out|clear)\b))\w+",
    re.I,
)
# "5.3 million people (in the north alone) will require food aid": the words before the
# need are no verb of their own
_NEED = re.compile(
    r"^\s*(?:(?!(?:will|would|could|be|been|are|were|is|was|have|has|had|and|but|not)\b)"
    r"[\w'’.-]+\s+){0,8}?(?:will |would |could |may |might )?(?:require|need)s?\b(?! to\b)",
    re.I,
)


# Vehicles or teams being sent to move the people: the move is their purpose, not yet done.
_SENT_TO = re.compile(
    r"\b(?:planes?|aircraft|jets?|flights?|ships?|vessels?|boats?|ferr(?:y|ies)|buses|coaches"
    r"|convoys?|trucks?|helicopters?|teams?) to (?P<verb>[a-z]+(?: [a-z]+)?) "
    r"(?:(?:the|some|about|around|nearly|more than|up to|another)\s+)*$",
    re.I,
)
_NOT_YET = re.compile(r"\b(?:is|are|will|shall)\s+(?:be\s+)?\w+\s+(?:[\w-]+\s+){0,3}$", re.I)
# A move named by a noun ("the evacuation of 2,000") and a verb that stops it.
_MOVE_OF = re.compile(
    r"\b(?:(?:evacuation|relocation|transfer|departure|rescue|airlift|repatriation|removal"
    r"|passage|movement|exit|exodus)\s+of"
    # "the operation to bring out 450 wounded", "a plan to move 10,000"
    r"|(?:operation|plan|mission|effort|attempt|bid|convoy|airlift|sealift)s?\s+to\s+[a-z]+"
    r"(?:\s+(?:out|away|back|home))?)\s+(?:(?:some|about|around|nearly|almost|over"
    r"|more than|at least|up to|an estimated|another|a further|the)\s+)*$",
    re.I,
)
_HALTED = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:(?:was|were|is|are|has been|have been|had been)\s+)?"
    r"(?:\w+ly\s+)?(?:halted|suspended|postponed|called off|cancell?ed|aborted|delayed|stalled"
    r"|put on hold|blocked|scrapped|abandoned|interrupted|stopped|fell through|collapsed)\b",
    re.I,
)
# A number that opens its clause with an infinitive after its noun, as a headline words
# what is to happen ("To Leave", "to be flown out"); "the latest of 30,000 people to leave"
# are people who did.
_INFINITIVE = re.compile(r"^\s*to\s+(?P<verb>be\s+[a-z]+|[a-z]+)\b", re.I)
# The present progressive of a move with a time to come is an arrangement: "250 students
# are departing on Friday", "more are arriving next week".
_PROGRESSIVE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:are|is)\s+(?:\w+ly\s+)?(?P<verb>\w+ing)\b", re.I
)
_LATER = re.compile(
    r"[^,;.]{0,40}?\b(?:tomorrow|tonight|next (?:week|month|year|\w+day)"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|later (?:today|this \w+)"
    r"|in the (?:coming|next) (?:hours|days|weeks|months)|over the (?:coming|next) \w+)\b",
    re.I,
)


# An order issued for the people, told in the passive: the order is the cue, its verb only
# says that it was given ("a mandatory evacuation order was given for 50,000 residents").
_ORDER_ISSUED = re.compile(
    r"\b(?:(?:evacuation|relocation|removal|eviction)\s+(?:orders?|warnings?|notices?"
    r"|advisor(?:y|ies)|alerts?|calls?)|(?:mandatory|voluntary|compulsory)\s+evacuations?)\s+"
    r"(?:(?:was|were|is|are|has|have|had|been|being|also|now|already|later)\s+)*"
    r"(?:issued|given|sent|served|extended|expanded|declared|announced|put in place|ordered"
    r"|imposed|handed|delivered|broadcast|called|recommended)\b[^,;]{0,40}?\b(?:for|to|on)\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more than|at least|up to|an estimated"
    r"|roughly|another|a further|the)\s+)*$",
    re.I,
)
# An inverted copula: "Among those told to leave are 45,000 residents".
_AMONG = re.compile(r"\bamong\b[^,;]*\b(?:are|were|is|was)\s+$", re.I)

# Failing to reach people leaves them where they are, like "could not reach" (no move was
# meant of them): "helicopters failed to reach 80 people cut off by the water".
_FAILED_REACH = re.compile(
    r"\bfail(?:ed|s|ing)? to (?:reach|get to|access)\s+(?:(?:the|some|about|around|nearly"
    r"|more than|at least|an estimated)\s+)*$",
    re.I,
)

# A span of time still to come, said of the number with no verb of a done move around it
# ("evacuated 6,000 over the next two days" tells a past):
# a forecast ("up to 2.7 million people over the coming weeks").
_COMING = re.compile(
    r"\b(?:in|over|during|within|for) the (?:coming|next) (?:[\w-]+ )?(?:hours|days"
    r"|weeks|months|years)\b",
    re.I,
)
_DONE = re.compile(r"\b(?:has|have|had|was|were|did|\w+ed|fled|left|went|came|took)\b", re.I)

# Room found, given or provided for people: done, not a capacity.
_GIVEN_ROOM = re.compile(
    r"\b(?:f(?:ound|inding)|provid(?:ed|ing)|arrang(?:ed|ing)|secur(?:ed|ing)|g(?:ave|iven|iving)"
    r"|allocat(?:ed|ing)|organi[sz](?:ed|ing))\s+"
    r"(?:\w+\s+){0,3}?(?:shelter|accommodation|housing|rooms?|beds?|places|spaces?|homes)"
    r"\s+for\s+(?:(?:some|about|around|nearly|almost|over|more than|at least)\s+)*$",
    re.I,
)
# An effort at something for people right before them: "trying to house 12,000".
_EFFORT = re.compile(
    r"\b(?:tr(?:y|ies|ying|ied)|struggl(?:e|es|ed|ing)|striv(?:e|es|ing)|strove|working)"
    r" to\s+(?=(?:\w+\s+){1,3}(?:(?:some|about|around|nearly|almost|over|more than|at least"
    r"|an estimated)\s+)*$)",
    re.I,
)


def _planned_before(text: str) -> bool:
    """Return whether what a "with" phrase hangs on is to come: a plan cue governs the last
    words before it, with no verb of a done event after the cue ("will be expecting another
    20 flights", "the ship is due on Friday")."""
    near = re.split(r"[,;:]", text)[-1][-60:]
    cues = list(_PLANNED.finditer(near))
    if not cues:
        return False
    rest = near[cues[-1].end() :]
    return not _DONE.search(rest)


# The people are picked or listed for a move: "3,000 residents for evacuation".
_FOR_MOVE = re.compile(
    r"^\s*(?:(?!(?:were|was|are|is|been|be|\w+ing)\b)[\w-]+\s+){0,2}?"
    r"for (?:(?:an?|the|their|urgent|immediate|priority|possible)\s+)?"
    r"(?:evacuation|relocation|resettlement|repatriation|transfer|airlift)\b"
    r"(?! (?:cent(?:re|er)s?|sites?|points?))",
    re.I,
)
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\b[^,]*,", re.I)
_CLOSED_RELATIVE = re.compile(
    r"\b(?:who|which)\b[^,;:()]*?(?:,|\s[-–—]+|\()\s*(?=" + _QUALIFIERS + r"$)", re.I
)


# A number that measures a capacity: "its 300-person capacity" (read after the number or
# after its noun)
_CAPACITY_OF = re.compile(
    r"^[\s-]*(?:(?:person|people|persons|bed|seat|place|space|tent)s?)?\s*capacity\b", re.I
)


def measures_capacity(after: str) -> bool:
    """Return whether the number measures a capacity ("its 300-person capacity")."""
    return bool(_CAPACITY_OF.match(after))


def is_planned(before: str, after: str) -> bool:
    """Return whether the figure is a plan, a hope or a failed attempt rather than a fact.

    The cue must govern the number: just before it ("hope to move 4,000", "reserved for
    20,000") or in the verb group after it, ahead of any other verb ("20,000 more
    expected", "400 will leave", "40,000 have been ordered to leave").
    """
    if measures_capacity(after):
        return True  # "its 300-person capacity", "a 5,000-bed capacity": room, not people
    # "6,000 guardsmen and 3,000 police will be deployed": coordinated subjects share a mood
    head, tail = clause(before, _COORDINATED.sub(" ", after, count=1))
    if PLACE_OF.search(head):
        return False  # "an order was issued for the city of 20,000": the place's size
    # a relative clause after a comma is about the noun before it ("slept at the collection
    # point, which is meant to hold 800"): its mood is not the number's
    tail = re.split(r",\s*which\b", tail, maxsplit=1)[0]
    # a relative clause set off by commas describes a noun before the number ("the toll,
    # which is expected to rise, stands at 74"): its mood is not the number's
    near_head = _RELATIVE_ASIDE.sub(",", head)
    # "all residents who wished to leave, some 40,000 people, had been evacuated": a wish in a
    # relative clause closed before the number describes the people, the number in apposition
    near_head = _CLOSED_RELATIVE.sub(" ", near_head)[-40:]
    if _SUBJECT.match(tail):
        # The number is the subject of the verb after it: a cue before a comma belongs to a
        # fronted phrase ("Warned that the dam could burst, 5,000 people fled").
        near_head = near_head.split(",")[-1]
    # "families whose flats failed the checks": a clause of "whose" is about something else
    own_tail = "" if re.match(r"^\s*,?\s*whose\b", tail, re.I) else tail[:60]
    if _FAILED.search(near_head + " " + own_tail) and not _FAILED_REACH.search(near_head):
        return True
    if _FORETOLD.match(tail):
        return True  # "1,000 people may die of cholera": a forecast of deaths
    if _MOVE_OF.search(near_head) and _HALTED.match(tail):
        return True  # "the evacuation of 2,000 residents was halted": not carried out
    infinitive = _INFINITIVE.match(tail)
    if infinitive and not near_head.strip() and class_of(infinitive.group("verb")):
        return True  # a headline's future: "400 foreigners to leave Gaza today"
    progressive = _PROGRESSIVE.match(tail)
    if (
        progressive
        and class_of(progressive.group("verb")) in ("evacuated", "arrived")
        and _LATER.match(tail[progressive.end() :])
    ):
        return True  # "250 students are departing on Friday": an arrangement
    still = re.match(r"^\s*(?:[a-zA-Z]+\s+){0,3}?still\b", tail)
    if still:
        # "4,000 still need to be evacuated" are remaining, not planned; "160 patients still
        # in the town should be evacuated on Friday" are a plan
        return bool(_MODAL.match(tail[still.end() :]))
    if _NEED.match(tail):
        return False  # "5.3 million people will require food aid": a need, not a move
    if _NOT_MOVED.match(tail) or _NOT_BACK.match(tail):
        return False  # "90 patients could not be evacuated": a fact, that they stayed
    if _SUBJECT.match(tail) and _HOPING.search(tail[:90]):
        return False  # people at a place hoping to leave are waiting, not a plan
    if _FOR_MOVE.match(tail):
        return True  # "identified 3,000 residents for evacuation": picked for a move to come
    coming = _COMING.search(tail[:80])
    if coming and not _DONE.search(near_head + " " + tail[: coming.start()]):
        return True  # "a displacement of up to 2.7 million people over the coming weeks"
    if _ORDERED.search(near_head) and _TO_GO.match(tail):
        return True  # "ordered 60,000 residents to leave": told to, not yet done
    sent = _SENT_TO.search(head)
    if (
        sent
        and class_of(sent.group("verb")) in ("evacuated", "arrived")
        and _NOT_YET.search(head[: sent.start()])
    ):
        # "is sending two planes to bring back 400": what they are being sent to do ("chartered
        # planes to fly home 3,000" tells a done move)
        return True
    effort = _EFFORT.search(near_head)
    if effort and class_of(near_head[effort.end() :]) in ("present", "other"):
        return False  # "trying to take care of 40,000 refugees": they are there
    with_ = _WITH.search(head)
    if with_ and _planned_before(head[: with_.start()]):
        return True  # "expecting 20 flights with a total of 1,800 evacuees": their plan
    if _ROOM_FOR.search(near_head):
        if _GIVEN_ROOM.search(near_head):
            return False  # "after finding accommodation for 700 people": room given
        # "camps for 50,000 people": a capacity, unless the people are described by what
        # they did ("a camp for 3,000 refugees who fled the fighting")
        return not _DESCRIBED.match(tail)
    if _ORDER_ISSUED.search(head):
        return True  # "evacuation orders were issued on Sunday for 375,000 people"
    # the infinitive of a cue ("told to leave") and the copula of an inversion ("Among those
    # told to leave are 45,000") are not a verb of their own
    verbs = [
        v
        for v in _VERB.finditer(near_head)
        if not re.search(r"\bto\s+$", near_head[: v.start()])
        and not (_AMONG.search(near_head) and not near_head[v.end() :].strip())
    ]
    cues = list(_PLANNED.finditer(near_head))
    last_verb = verbs[-1] if verbs else None
    cue_head = cues[-1] if cues else None
    if cue_head is not None and (last_verb is None or cue_head.end() >= last_verb.start()):
        return True
    if last_verb is not None and cue_head is None and len(near_head) - last_verb.end() < 12:
        return False  # "Germany evacuated 2,300 ... where they would be flown out"
    if (
        cue_head is not None
        and last_verb is not None
        and re.search(r"\b(?:will|would|could|might|may|to)\s*$", near_head[: last_verb.start()])
    ):
        return True
    cue_tail = _PLANNED.search(tail[:80])
    if cue_tail is None:
        return False
    for event, pattern in _EVENTS:
        if event in ("moving", "other"):
            continue  # "50,000 are affected by the evacuation order": the order governs
        match = pattern.search(tail[:80])
        if (
            match is not None
            and match.start() < cue_tail.start()
            # a passive move done ("had been taken out") is a verb of its own; one to come
            # ("to be", "will have been") is not, nor a state ("have been told to be ready")
            and not re.search(
                r"\b(?:be|to)\s+$|\b(?:(?:will|would|could|should|might|may|must|shall)"
                r"(?:\s+not)?\s+have\s+|(?<!ha[sd] )(?<!have ))been\s+$"
                if event in ("evacuated", "arrived")
                else r"\b(?:been|be|to)\s+$",
                tail[: match.start()],
            )
        ):
            return False
    return True
