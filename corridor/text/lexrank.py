"""LexRank sentence centrality (Erkan and Radev, 2004), used as a summary baseline."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
import numpy.typing as npt

_WORD = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been has have
    had it its this that these those he she they we you i his her their our not no said says
    will would could should can may might also than then there which who whom what when where
    into over after before about up out so if do does did more most some such""".split()
)


def tokens(text: str) -> list[str]:
    """Return lower-case content words of ``text``."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


def similarity_matrix(texts: list[str]) -> npt.NDArray[np.float64]:
    """Return the TF-IDF cosine similarity between every pair of texts."""
    counts = [Counter(tokens(t)) for t in texts]
    vocabulary = {w: i for i, w in enumerate(sorted({w for c in counts for w in c}))}
    matrix = np.zeros((len(texts), max(len(vocabulary), 1)))
    document_frequency = Counter(w for c in counts for w in c)
    for row, count in enumerate(counts):
        for word, tf in count.items():
            idf = math.log(len(texts) / document_frequency[word]) + 1.0
            matrix[row, vocabulary[word]] = tf * idf
    norms = np.linalg.norm(matrix, axis=1)
    norms[norms == 0] = 1.0
    unit = matrix / norms[:, None]
    result: npt.NDArray[np.float64] = unit @ unit.T
    return result


def lexrank(
    texts: list[str],
    threshold: float = 0.1,
    damping: float = 0.85,
    similarity: npt.NDArray[np.float64] | None = None,
) -> list[float]:
    """Return each text's LexRank score (thresholded graph, power iteration).

    ``similarity`` is the texts' similarity matrix when the caller already has it.
    """
    size = len(texts)
    if size == 0:
        return []
    if similarity is None:
        similarity = similarity_matrix(texts)
    adjacency = (similarity > threshold).astype(np.float64)
    np.fill_diagonal(adjacency, 0.0)
    degree = adjacency.sum(axis=1)
    dangling = degree == 0
    degree[dangling] = 1.0
    transition = adjacency / degree[:, None]
    transition[dangling] = 1.0 / size  # a sentence like no other spreads its vote evenly
    scores = np.full(size, 1.0 / size)
    for _ in range(100):
        updated = (1 - damping) / size + damping * (transition.T @ scores)
        if float(np.abs(updated - scores).sum()) < 1e-8:
            scores = updated
            break
        scores = updated
    return [float(s) for s in scores]


def lexrank_summary(texts: list[str], max_words: int) -> list[int]:
    """Return indices of the top LexRank texts, skipping near repeats, within a word budget."""
    scores = lexrank(texts)
    similarity = similarity_matrix(texts) if texts else np.zeros((0, 0))
    chosen: list[int] = []
    words = 0
    for index in sorted(range(len(texts)), key=lambda i: -scores[i]):
        length = len(texts[index].split())
        if length < 6 or any(similarity[index, c] > 0.5 for c in chosen):
            continue
        if words + length > max_words:
            continue
        chosen.append(index)
        words += length
    return sorted(chosen)
