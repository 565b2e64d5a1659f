"""Read how a sentence uses a place it names: its role for the figures around it.

The words before a place tell where people left (``origin``: "from", "fled", "out of"),
where they went (``destination``: "to", "into", "entered", "arrived in"; ``refuge`` when
they fled there: "fled into Kenya"), where something is (``location``: "in", "at",
"near", "residents of", "Lebanon's residents"), or that they only passed (``transit``:
"via"). Some places are no place of a figure: a state that moves people from elsewhere
(``agent``: "Denmark evacuated", "France's flights", "backed by Turkey"), a list of
nationalities (``nationality``: "workers from Chad", "Germany, Belgium and Canada"), a
dateline (``dateline``: "BEIRA, Mozambique (Reuters) –"); a state that speaks
(``speaker``: "Zimbabwe says") mostly speaks of itself, a weaker sign; a country the people
are only beside (``beside``: "villages near Tajikistan") is no place of theirs.
"""

from __future__ import annotations

import re

# A compass word before a place: "north-eastern", "southeast", "central".
COMPASS_WORD = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central"
# A country that backs, arms or organises something is not where the people are.
_AGENT_BEFORE = re.compile(
    r"\b(?:backed|supported|armed|funded|sponsored|allied|set up|run|organi[sz]ed|by)"
    r"\s+(?:by|with)?\s*$",
    re.I,
)

# "France's first two flights", "Denmark evacuated 4,000 of its citizens": a state that
# moves people acts from elsewhere; "Zimbabwe says", "Armenia's prime minister said": a
# state that speaks mostly speaks of itself, a weaker sign of the place.
_STATE_MOVES = re.compile(
    r"^(?:(?:['’]s?\s+(?:[\w-]+\s+){0,2}?|\s+)(?:flights?|planes?|aircraft|military|army|forces"
    r"|troops|navy|air force|ships?|evacuation)\b"
    r"|\s+(?:has\s+|had\s+|have\s+|also\s+|on\s+\w+\s+)?(?:evacuated|evacuates|repatriated"
    r"|flew|sent|sends|deployed|chartered|dispatched|completed|launched|organi[sz]ed"
    r"|airlifted|rescued|brought)\b)",
    re.I,
)
_STATE_SPEAKS = re.compile(
    r"^(?:(?:['’]s?\s+(?:[\w-]+\s+){0,2}?|\s+(?:[\w-]+\s+)?)(?:government|minist\w*|president|prime|premier"
    r"|foreign|defen[cs]e|embassy|consulate|authorities|officials?|spokes\w+|leaders?|envoy"
    r"|ambassador|state media|interior|emergency|department|agency|king|chancellor)\b"
    r"|\s+(?:has\s+|had\s+|have\s+|also\s+|on\s+\w+\s+)?(?:said|says|say|announced"
    r"|announces|estimated|estimates|asked|asks|told|reported|reports|confirmed|confirms"
    r"|stated|claimed|claims|urged|warned)\b)",
    re.I,
)
# "workers from Chad", "12,000 from Bangladesh", "nationals of 50 countries": who they are.
_NATIONALITY = re.compile(
    r"(?:\d|\b(?:nationals|citizens|natives|people|workers|tourists|members|migrants"
    r"|passengers|students|labou?rers|expatriates|crew))\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
_MOVED = re.compile(
    r"\b(?:evacuat\w+|flew|flown|airlift\w*|rescued|brought|moved|took|taken|bussed"
    r"|repatriat\w+|carrying|carried)\b",
    re.I,
)

# What may stand between a place and the word that tells its role: "from the besieged
# city of", "into neighbouring", "out of Russian-occupied".
_MODIFIER = re.compile(
    r"(?:\s+|^)(?:the|a|an|nearby|neighbou?ring|remote|embattled|besieged|war-torn"
    rf"|{COMPASS_WORD}|[A-Z][\w-]*['’]s"
    r"|[\w’'-]+-\w+|\w+ed|(?:[A-Z][\w’'-]*\s+)*(?:city|town|village|port|province|region"
    r"|district|governorate|state|country|enclave|area|island|capital|outskirts|suburbs?"
    r"|camps?|settlements?|areas|villages|towns) of)\s*$"
)
_ORIGIN = re.compile(
    r"\b(?:from|out of|left|leave|leaves|leaving|fled|flee|flees|fleeing|escaped|escape"
    r"|escapes|escaping|abandoned|abandon|deserted|quit|exodus|evacuated|evacuate)\s*$",
    re.I,
)
_DESTINATION = re.compile(
    r"\b(?:to|into|towards?|for|entered|enter|enters|entering|reached|reach|reaches|reaching"
    r"|(?:arrived|arrive|arrives|arriving|arrival|landed|land|lands|landing|docked|docks"
    r"|disembarked|taken|brought|flown|bussed|moved|transferred|relocated|sent)"
    r"\s+(?:in|at|on))\s*$",
    re.I,
)
_LOCATION = re.compile(
    r"\b(?:in|at|on|near|inside|around|within|throughout|outside|across|of|atop|off|along"
    r"|over|behind|beyond|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s*$",
    re.I,
)
# A country the people are only beside: "villages near Tajikistan", "areas bordering
# Ruvania", "along the border with Ruvania" (no role a figure's place takes).
_BESIDE = re.compile(
    r"\b(?:near|close to|bordering|borders? with|frontier with|adjacent to)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_TRANSIT = re.compile(r"\b(?:via|through)\s*$", re.I)


def role_of(text: str, start: int, end: int, kind: str) -> str:
    """Return how ``text`` uses the place named at ``start``..``end`` (of ``kind``: "country",
    "city"...), from the words before and after it (see the module's docstring)."""
    before = text[:start]
    after = text[end:]
    if _in_dateline(text, start, end):
        return "dateline"
    if _HOME_OF.match(after):
        return "home"  # "Upper Varosh's population of 60,000": who live there, not who arrive
    state = kind in ("country", "city") and not _LOCATION.search(before[-12:])
    if _AGENT_BEFORE.search(before[-24:]) or (state and _STATE_MOVES.match(after)):
        return "agent"
    if state and _STATE_SPEAKS.match(after):
        return "speaker"
    if kind == "country" and _BESIDE.search(before[-30:]):
        return "beside"  # "villages near Tajikistan": the people are beside it, not in it
    if kind == "country" and _NATIONALITY.search(before[-40:]) and not _MOVED.search(before[-40:]):
        return "nationality"
    head = before[-60:]
    while True:
        for role, pattern in _ROLE_WORDS:
            if pattern.search(head):
                return "refuge" if role == "destination" and _FLED_TO.search(head) else role
        cut = _MODIFIER.search(head)
        if cut is None or cut.start() == cut.end():
            break
        head = head[: cut.start()]
    if re.match(r"^['’]s?\s", after):
        return "location"  # "Lebanon's residents", "Mozambique's death toll"
    return ""


# "Kosovo's estimated population": the place whose people are counted
_HOME_OF = re.compile(r"['’]s\s+(?:estimated\s+|total\s+|whole\s+|entire\s+)?population\b")


# "fled to Turkey", "poured into Bangladesh": where refugees went is where they are counted.
_FLED_TO = re.compile(
    r"\b(?:fled|flee|flees|fleeing|ran|run|poured|pouring|streamed|streaming|escaped"
    r"|crossed|crossing|flooded|flocked)\s+(?:\w+\s+)?(?:to|into|towards?)\s*$",
    re.I,
)
_ROLE_WORDS = (
    ("destination", _DESTINATION),
    ("origin", _ORIGIN),
    ("transit", _TRANSIT),
    ("location", _LOCATION),
)


_DATELINE_END = re.compile(r"\s(?:--?|–|—)\s")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Return whether a place is in a dateline ("BEIRA, Mozambique (Reuters) –",
    "Colombo/Geneva (ICRC) –", "MOSCOW (Sputnik) France said"): where the report was
    filed, not what it counts."""
    if text[start:end].isupper() and not text[:start].strip(" \"“'"):
        return True
    dash = _DATELINE_END.search(text[:120])
    if dash is None or end > dash.start():
        return False
    head = re.sub(r"\([^)]*\)", " ", text[: dash.start()])
    return not re.search(r"(?<![\w-])[a-z][a-z]+\b", head)


def nationality_lists(text: str, places: list[tuple[int, int, str]]) -> set[int]:
    """Return the indices of the places, given as (start, end, kind) in text order, that
    are countries listed three or more in a row ("Germany, Belgium, Canada and India"):
    a list of where people come from, not where they are."""
    marked: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            marked.update(run)
        run.clear()

    for i, (start, _, kind) in enumerate(places):
        if kind != "country":
            close()
            continue
        gap = text[places[run[-1]][1] : start] if run else ""
        if run and not re.fullmatch(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*", gap):
            close()
        run.append(i)
    close()
    return marked
