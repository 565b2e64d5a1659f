"""Find near-duplicate sentences across documents (the same wire copy carried twice)."""

from __future__ import annotations

import re
from collections import defaultdict

from corridor.text.model import Sentence

_WORD = re.compile(r"[a-z0-9]+")


def shingles(text: str, size: int = 3) -> frozenset[tuple[str, ...]]:
    """Return the set of word ``size``-grams of ``text``, lower-cased."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(zip(*(words[i:] for i in range(size)), strict=False))


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


# A 3-gram shared by more sentences than this is boilerplate; it is not used to find
# duplicates, which keeps the cost linear in the number of sentences.
MAX_POSTINGS = 40


def origins(sentences: list[Sentence], threshold: float = 0.6) -> dict[tuple[str, int], int]:
    """Map (doc_id, sentence index) to an origin id shared by near-duplicate sentences.

    Two sentences share an origin when at least ``threshold`` of the shorter one's
    word 3-grams also occur in the other, and the shorter has at least 6 words.
    Exact repeats (after lower-casing) always share one.
    """
    groups = _UnionFind(len(sentences))
    first: dict[str, int] = {}
    unique: list[int] = []
    for position, sentence in enumerate(sentences):
        key = " ".join(_WORD.findall(sentence.text.lower()))
        if key in first:
            groups.union(first[key], position)
        else:
            first[key] = position
            unique.append(position)
    sets = {p: shingles(sentences[p].text) for p in unique}
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for position, shingle_set in sets.items():
        for shingle in shingle_set:
            index[shingle].append(position)
    for position, shingle_set in sets.items():
        if len(shingle_set) < 4:
            continue
        shared: dict[int, int] = defaultdict(int)
        for shingle in shingle_set:
            postings = index[shingle]
            if len(postings) > MAX_POSTINGS:
                continue
            for other in postings:
                if other > position:
                    shared[other] += 1
        for other, count in shared.items():
            smaller = min(len(shingle_set), len(sets[other]))
            if smaller >= 4 and count / smaller >= threshold:
                groups.union(position, other)
    return {(s.doc_id, s.index): groups.find(i) for i, s in enumerate(sentences)}
