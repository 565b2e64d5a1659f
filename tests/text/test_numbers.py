import pytest
from hypothesis import given
from hypothesis import strategies as st

from corridor.text.model import BriefError
from corridor.text.numbers import find_numbers, parse_digits, parse_words


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("seven", 7), ("twenty-three", 23), ("two hundred and five", 205),
     ("three thousand four hundred", 3400), ("a dozen", 12), ("ninety nine", 99)],
)  # fmt: skip
def test_it_parses_spelled_out_numbers(phrase: str, value: int) -> None:
    assert parse_words(phrase) == value


def test_it_rejects_words_that_are_not_numbers() -> None:
    with pytest.raises(BriefError):
        parse_words("many people")


@given(st.integers(min_value=0, max_value=10**9))
def test_it_round_trips_digits_with_separators(value: int) -> None:
    assert parse_digits(f"{value:,}") == value


def test_it_scales_millions() -> None:
    assert parse_digits("1.5 million") == 1_500_000


def test_it_reads_qualifiers_and_bounds() -> None:
    found = find_numbers("at least 40 died, up to 70 fled and around 1,200 stayed")
    assert [(m.value, m.qualifier, m.low, m.high) for m in found] == [
        (40, "at least", 40, None),
        (70, "up to", None, 70),
        (1200, "around", None, None),
    ]


def test_it_gives_vague_amounts_a_range() -> None:
    (mention,) = find_numbers("tens of thousands of residents")
    assert (mention.low, mention.high, mention.vague) == (10_000, 99_999, True)


def test_it_keeps_offsets_of_the_number() -> None:
    text = "Officials counted some 3,400 people."
    (mention,) = find_numbers(text)
    assert text[mention.span.start : mention.span.end] == "some 3,400"
    assert text[mention.number_span.start : mention.number_span.end] == "3,400"


@given(st.text(max_size=200))
def test_it_never_crashes_on_arbitrary_text(text: str) -> None:
    for mention in find_numbers(text):
        assert mention.value >= 0
        assert 0 <= mention.span.start <= mention.span.end <= len(text)


@given(st.text(max_size=40))
def test_it_fails_clearly_on_bad_digit_strings(text: str) -> None:
    try:
        value = parse_digits(text)
    except BriefError:
        return
    assert value >= 0


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "low", "high"),
    [("125 crore Indians", 1_250_000_000, "", None, None),
     ("2 lakh pilgrims", 200_000, "", None, None),
     ("half a million refugees", 500_000, "", None, None),
     ("a handful of passengers", 2, "a handful", 2, 9),
     ("close to 90,000 people", 90_000, "close to", None, None),
     ("as high as 66,000 people", 66_000, "as high as", None, 66_000),
     ("just over 400 people", 400, "just over", 400, None)],
)  # fmt: skip
def test_scales_and_qualifiers_of_other_regions(
    text: str, value: int, qualifier: str, low: int | None, high: int | None
) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.qualifier, mention.low, mention.high) == (
        value, qualifier, low, high,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Around 1,20,000 people", 120_000),  # Indian grouping
        ("some 2.3 mn people", 2_300_000),
        ("1.4 mln residents", 1_400_000),
        ("2 lakhs of pilgrims", 200_000),
        ("3 crores", 30_000_000),
    ],
)
def test_it_reads_regional_groupings_and_scale_abbreviations(text: str, value: int) -> None:
    """Should read Indian digit grouping and the "mn"/"mln" abbreviations of million."""
    assert [m.value for m in find_numbers(text)][-1:] == [value]


def test_a_share_is_no_count() -> None:
    """Should read neither side of "one in three" or "1 out of 5" as a number of people."""
    assert find_numbers("One in three residents has left.") == []
    assert find_numbers("Roughly 1 out of 5 homes was damaged.") == []
    assert [m.value for m in find_numbers("One in three of the 1,200 residents left.")] == [1200]


def test_spelled_numbers_with_indian_scales_and_fractions_of_a_scale() -> None:
    """Should read 'two lakh' and 'five crore' as written, and a fraction of a scale."""
    from corridor.text.numbers import find_numbers

    for text, value in (("two lakh people", 200_000), ("five crore voters", 50_000_000),
                        ("a quarter of a million people", 250_000),
                        ("two-thirds of a million people", 666_666)):  # fmt: skip
        (mention,) = find_numbers(text)
        assert mention.value == value, text
