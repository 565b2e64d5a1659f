import numpy as np

from corridor.text.lexrank import lexrank, lexrank_summary, similarity_matrix

TEXTS = [
    "Buses carried families out of the besieged quarter on Friday.",
    "Families left the besieged quarter on buses on Friday morning.",
    "More buses carried families from the quarter late on Friday.",
    "The football league postponed its weekend fixtures.",
]


def test_it_ranks_central_sentences_above_outliers() -> None:
    scores = lexrank(TEXTS)
    assert abs(sum(scores) - 1.0) < 1e-6
    assert min(scores[:3]) > scores[3]


def test_it_builds_a_symmetric_similarity_matrix() -> None:
    matrix = similarity_matrix(TEXTS)
    assert np.allclose(matrix, matrix.T)
    assert np.allclose(np.diag(matrix), 1.0)


def test_it_respects_the_word_budget_and_skips_repeats() -> None:
    chosen = lexrank_summary([*TEXTS, TEXTS[0]], max_words=25)
    assert sum(len(TEXTS[i % 4].split()) for i in chosen) <= 25
    assert not {0, 4} <= set(chosen)
    assert lexrank([]) == []
