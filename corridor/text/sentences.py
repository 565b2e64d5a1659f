"""Split plain text into sentences that keep their character offsets."""

from __future__ import annotations

import re

from corridor.text.model import Sentence, Span

# Titles before a name ("Texas Gov. Rick Perry", "Capt. John Pollard"), months, and the usual
# short forms; the titles are those pysbd knows that wire copy uses (see docs/architecture.md).
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "st", "no", "gen", "col", "lt", "sgt", "prof", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n",
        "u.k", "e.g", "i.e", "vs", "etc", "approx", "est", "gov", "capt", "maj", "brig", "cmdr",
        "adm", "cpl", "pvt", "sen", "rep", "rev", "hon", "amb", "supt", "insp", "mt", "ft",
    }
)  # fmt: skip

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space, or glued to a
# capitalised word ("convoy.According"), which happens in scraped copy.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|(?<=[a-z][.])[A-Z][a-z])")
_PARAGRAPH = re.compile(r"\n+")


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if word in ("a.m", "p.m"):  # "at 6 a.m. on Friday" goes on; "at 6 p.m. The" ends
        return bool(re.match(r"\.\s+[a-z0-9]", text[dot : dot + 3]))
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return True  # a dotted initialism, like "U.S." and "U.N.": "the N.W.T. Health Authority"
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _split_paragraph(text: str, offset: int) -> list[Span]:
    """Split one line; a quotation of several sentences stays one sentence when it closes on
    the line (so the credit after it, '..." Ajay Singh told PTI.', is read with all of it)."""
    spans: list[Span] = []
    start = 0
    last_straight, last_closing = text.rfind('"'), text.rfind("”")
    straight = curly = 0  # quote marks seen since ``start``, counted once each
    seen = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        piece = text[seen:end]
        straight += piece.count('"')
        curly += piece.count("“") - piece.count("”")
        seen = end
        if (straight % 2 and last_straight >= end) or (curly > 0 and last_closing >= end):
            continue  # inside a quotation that closes later on this line
        if text[start:end].strip():
            spans.append(_trim(text, start, end, offset))
        start = end
        straight = curly = 0
    if text[start:].strip():
        spans.append(_trim(text, start, len(text), offset))
    return spans


def _trim(text: str, start: int, end: int, offset: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(offset + start, offset + end)


def split_sentences(text: str, doc_id: str = "") -> list[Sentence]:
    """Return the sentences of ``text``; every line break also ends a sentence."""
    sentences: list[Sentence] = []
    position = 0
    paragraph = 0
    for block in [*_PARAGRAPH.split(text)]:
        offset = text.index(block, position) if block else position
        for span in _split_paragraph(block, offset):
            sentences.append(
                Sentence(doc_id, len(sentences), span, text[span.start : span.end], paragraph)
            )
        position = offset + len(block)
        paragraph += 1
    return sentences
