"""The features a learned metric/period classifier reads around a number (corridor.text.learned)."""

from __future__ import annotations

from corridor.text.learned import features


def _features(sentence: str, number: str, metric: str = "", period: str = "") -> dict[str, float]:
    start = sentence.index(number)
    return features(sentence[:start], sentence[start + len(number) :], metric, period, "people")


def test_it_reads_a_perfect_tense_and_a_since_after_the_number() -> None:
    """Should mark the perfect aspect and the 'since' adverbial of the number's own clause."""
    found = _features(
        "Boat crews say 640 islanders have been ferried to the mainland since the storm began.",
        "640",
    )
    assert found["perfect"] == 1.0
    assert found["time:since"] == 1.0
    assert found["aaux:have"] == 1.0
    assert "future" not in found


def test_it_reads_a_future_verb_group_and_a_weekday() -> None:
    """Should mark 'will' in the verb group after the number, and a named day."""
    found = _features("Officials said 85 patients will be moved out on Thursday.", "85")
    assert found["future"] == 1.0
    assert found["time:weekday"] == 1.0
    assert "perfect" not in found


def test_it_keeps_words_by_distance_and_joins_word_forms() -> None:
    """Should put the word next to the number in the nearest bucket and stem its forms."""
    found = _features("The convoy carrying 120 evacuees reached the river crossing.", "120")
    assert found["b1:carry"] == 1.0  # "carrying", right before the number
    assert found["a1:evacuee"] == 1.0  # "evacuees", right after it
    assert found["a2:reach"] == 1.0  # "reached", two words after it
    assert found["noun:people"] == 1.0


def test_it_stops_at_the_clause_break() -> None:
    """Should not read a time cue from another clause of the sentence."""
    found = _features(
        "Yesterday the roads were closed, but 300 families have since walked out.", "300"
    )
    assert "time:yesterday" not in found
    assert found["perfect"] == 1.0


def test_it_carries_the_rules_answers() -> None:
    """Should give the rules' metric and period as features of their own."""
    found = _features("In all, 2,000 residents left the valley.", "2,000", "evacuated", "daily")
    assert found["rule_metric:evacuated"] == 1.0
    assert found["rule_period:daily"] == 1.0
    assert found["rule:evacuated/daily"] == 1.0
