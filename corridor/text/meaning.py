"""What happened to the people a number counts (the metric).

The metric comes from the verb nearest the number in its clause, with three rules on
top: a plan or a hope ("will leave", "expected to", "ordered to leave", "a list of 400
approved to cross") is ``planned``, never done; people waiting to be evacuated are
``waiting``; a failed attempt counts what was meant to move, so it is ``planned``.
The period over which it counts is read in ``corridor.text.period``.
"""

from __future__ import annotations

import re
from functools import lru_cache

STOCKS = frozenset({"remaining", "waiting", "present", "planned", "missing"})

_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("killed", r"\b(?:killed|killing|dead|died|dying|deaths?|lost their lives|massacred"
                   r"|executed|slain|fatalities|bodies|asphyxiated|suffocated|drowned|perished"
                   r"|burned to death|crushed to death)\b"),
        ("wounded", r"\b(?:wounded|wounding|injured|injuring|wounds|injuries|hurt"
                    r"|critical condition|sick)\b"),
        ("missing", r"\b(?:missing|unaccounted for|disappeared|about whom)\b"),
        ("captured", r"\b(?:captured?|abducted|kidnapped|detained|arrested|held hostage)\b"),
        ("waiting", r"\b(?:wait(?:ed|ing)?|awaiting|queu(?:e|ed|ing)|lin(?:ing|ed) up|told to be"
                    r"|no man's land|gathered to leave|stranded there)\b"),
        ("remaining", r"\b(?:remain(?:ed|s|ing)?|trapped|still (?:in|inside|at|need(?:ed|s)?)"
                      r"|stayed"
                      r"|being held|held as|yet to (?:leave|heed|be evacuated|get out)"
                      r"|stranded|stuck|besieged|holding out|confined|left behind"
                      r"|kept back|not allowed out)\b"),
        ("present", r"\b(?:home to|living|lived|live in|residing|resident|registered"
                    r"|total (?:number )?of \w+ in"
                    r"|deployed|population|packed with|sheltering|sheltered|were in the"
                    r"|host(?:s|ing)?|(?:are|is|were) (?:now |currently )?(?:in|at) (?:\w+ )?"
                    r"(?:camps?|shelters?|centres?|centers?|schools?|tents?|sites?|hotels?)"
                    r"|(?:are|is|remain) (?:still )?(?:internally )?displaced"
                    r"|in the dome|bears|include|huddled|hosted|supplies for|camped)\b"),
        ("arrived", r"\b(?:arriv\w*|receiv(?:ed|ing)|t(?:aken|ook) in|enter(?:ed|ing)?"
                    r"|cross(?:ed|ing)?(?! out)|came across"
                    r"|reach(?:ed|ing)?"
                    r"|disembarked|landed|docked|flooded over|transplanted|touched down"
                    r"|(?:streamed|poured|flooded|flocked) (?:in|into|over|across)"
                    r"|c[ao]me (?:to|into)|(?:sought|took|found) (?:refuge|shelter) (?:in|at)"
                    r")\b"),
        ("evacuated", r"\b(?:evacuat\w*|left|leaving|leave|departed|bussed|boarded|fle[de]"
                      r"|flee|fleeing|transported|driven|drove|got out|brought out|moved|flown"
                      r"|repatriated|rescued|extricated|swept|climbed|exodus|escaped?|returned"
                      r"|brought back|bringing back|move|travel|flew|airlifted|carried out"
                      r"|relocated|transferred|travell?(?:ed|ing)|went|headed|walked|trekked|ferried|shipped|took"
                      r"|displaced|uprooted|crossed out|taken|bus(?:s)?ed|trucked"
                      r"|(?:streamed|poured|flooded) (?:out|from))\b"),
        ("moving", r"\b(?:carrying|on board|aboard|passengers|with)\b"),
    )
)  # fmt: skip

_PLANNED = re.compile(
    r"\b(?:will|would|shall|could(?! be\s*(?:$|around|about|as|some|up|more|over|nearly|close|\d))"
    r"|might(?! be\s*(?:$|around|about|as|some|up|more|over|nearly|close|\d))|expected|expects?"
    r"|due to"
    r"|to be (?:evacuated|transferred|moved"
    r"|flown|bussed)|scheduled|planned|plans? to|hopes? to|hoping to|asked (?:to|for)"
    r"|ordered (?:to|out|from)|evacuation orders?|told to leave|urged to leave|to allow"
    r"|reserved for|braced for|can (?:carry|take)"
    r"|(?<!beyond )(?<!over )(?<!at )(?<!above )capacity|approved"
    r"|on a list|list of|meant to|supposed to|set to|going to|prepared to|requested"
    r"|prepar\w+ (?:\w+ ){0,3}for)\b",
    re.I,
)
_FAILED = re.compile(r"\b(?:failed|asked to disembark|turned back|called off|aborted)\b", re.I)


_BREAK = (
    r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b|\b(?:al)?though\b"
    r"|, (?:and|as(?! of| at)|where|bringing|after|out of) |\band (?=\d|$)"
    r"|\band (?:a|an|the|another)\b"
)
_ASIDE = re.compile(
    r"^(?P<keep>[^,;:]{0,40}?),?\s*including\b[^;:]*?(?=\b(?:have|has|had|were|was|are|is)\b)", re.I
)


# Between a counted noun and its verb: an aside in commas ("1,000 Americans, visibly
# relieved to have escaped, disembarked") or a participle phrase ("50,000 Albanians
# driven from their homes were stranded"). The finite verb tells what happened.
_COMMA_ASIDE = re.compile(r"^\s*,[^,;:]{3,90},\s*(?=[a-z])")
_PARTICIPLE = re.compile(
    r"^\s*(?:fleeing|escaping|driven|forced|displaced|uprooted|chased|expelled)\b[^,;:]{0,70}?"
    r"(?=\b(?:had|have|has|were|was|are|is)\b)",
    re.I,
)


# "three staff who had remained inside to help the injured had travelled out": the
# relative clause tells what they did before; the main verb tells what the figure counts.
_RELATIVE = re.compile(
    r"^\s*,?\s*(?:who|that)\s+(?:had|have|has|were|was|are|is)\s+\w+[^,;:]{0,90}?"
    r"(?=\b(?:had|have|has|were|was|are|is)\s+\w+)",
    re.I,
)


# "Thousands of civilians trapped by the fighting have crossed out": a state, then what
# they did; the verb tells what the figure counts.
_STATE_THEN_MOVE = re.compile(
    r"^\s*(?:trapped|stranded|caught|stuck|besieged)\b[^,;:]{0,60}?"
    r"(?=\b(?:have|has|had|were|was)\s+(?:now\s+|already\s+|been\s+)?(?:crossed|fled|left"
    r"|escaped|evacuated|arrived|reached|moved|rescued|managed)\b)",
    re.I,
)


@lru_cache(maxsize=64)  # event, plan and period of one figure read the same clause
def clause(before: str, after: str, window: int = 120) -> tuple[str, str]:
    """Return the parts of the clause before and after a number, cut at clause breaks."""
    head = re.split(_BREAK, before[-window:])[-1]
    after = _ASIDE.sub(lambda m: m.group("keep") + " ", after[: window * 2], count=1)
    after = _COMMA_ASIDE.sub(" ", after[:window])
    after = _PARTICIPLE.sub(" ", after)
    after = _RELATIVE.sub(" ", after)
    after = _STATE_THEN_MOVE.sub(" ", after)
    tail = re.split(_BREAK + r"|\. ", after)[0]
    return head, tail


def event_of(before: str, after: str) -> str:
    """Return the event named nearest to a number in its clause, or ''."""
    head, tail = clause(before, after)
    best, best_distance = "", float("inf")
    strong, strong_distance = "", float("inf")
    # "192 were killed, 512 were wounded": a number that is the subject of a verb group
    # right after it takes that verb, not the one of the clause before.
    weight = 4.5 if _OWN_VERB.match(tail) else 1.5
    for event, pattern in _EVENTS:
        first = pattern.search(tail)
        found = [float(first.start())] if first is not None else []
        found += [(len(head) - m.end()) * weight for m in pattern.finditer(head)]
        for distance in found:
            if distance < best_distance:
                best, best_distance = event, distance
            if event != "moving" and distance < strong_distance:
                strong, strong_distance = event, distance
    if best == "moving":
        best = strong or "evacuated"
    if best == "evacuated" and _LEAVING.search(head):
        # "leaving 2,000 new arrivals stuck", "left 300 homeless": the state they are left in
        state = [e for e, p in _EVENTS if e not in ("evacuated", "moving") and p.search(tail[:70])]
        if state:
            return "waiting" if "waiting" in state else state[0]
    if best in ("evacuated", "arrived", "remaining", "present") and re.search(
        r"\bwait(?:ing)?\b|\bawaiting\b|\bno man's land\b", tail[:60], re.I
    ):
        return "waiting"
    return best


_LEAVING = re.compile(r"\b(?:leaving|leaves|leave|left)\s+(?:\w+\s+){0,2}$", re.I)
_OWN_VERB = re.compile(
    r"^\s*(?:were|was|are|is|have been|has been|had been)\s+\w+(?:ed|en)\b", re.I
)
_VERB = re.compile(
    r"\b(?:\w+ed|left|fled|flee|leave|remain|are|were|was|is|have|has|had|moved|took|sent"
    r"|brought|came|went|got|swept)\b",
    re.I,
)


_NEED = re.compile(
    r"^\s*(?:[a-zA-Z]+\s+){0,3}?(?:will |would |could )?(?:require|need)s?\b(?! to be)", re.I
)


def is_planned(before: str, after: str) -> bool:
    """Return whether the figure is a plan, a hope or a failed attempt rather than a fact.

    The cue must govern the number: just before it ("hope to move 4,000", "reserved for
    20,000") or in the verb group after it, ahead of any other verb ("20,000 more
    expected", "400 will leave", "40,000 have been ordered to leave").
    """
    head, tail = clause(before, after)
    near_head = head[-40:]
    if _FAILED.search(near_head + " " + tail[:60]):
        return True
    if re.match(r"^\s*(?:[a-zA-Z]+\s+){0,3}?still\b", tail):
        return False  # "4,000 still need to be evacuated" are remaining, not planned
    if _NEED.match(tail):
        return False  # "5.3 million people will require food aid": a need, not a move
    verbs = list(_VERB.finditer(near_head))
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
        if event == "moving":
            continue
        match = pattern.search(tail[:80])
        if (
            match is not None
            and match.start() < cue_tail.start()
            and not re.search(r"\b(?:been|be|to)\s+$", tail[: match.start()])
        ):
            return False
    return True
