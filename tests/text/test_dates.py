from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corridor.text.dates import (
    find_dates,
    header_date,
    named_months,
    numeric_date,
    parse_date,
    url_date,
    url_month_end,
)
from corridor.text.model import BriefError

FRIDAY = date(2016, 12, 16)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("on Thursday", date(2016, 12, 15)), ("on Friday", FRIDAY),
     ("on Saturday", date(2016, 12, 10)),
     ("yesterday", date(2016, 12, 15)), ("Dec 14", date(2016, 12, 14)),
     ("December 1, 2014", date(2014, 12, 1)), ("in mid-November", date(2016, 11, 15)),
     ("20 December", date(2016, 12, 20)), ("March 3", date(2016, 3, 3))],
)  # fmt: skip
def test_it_resolves_dates_against_publication(phrase: str, expected: date) -> None:
    (mention,) = find_dates(f"It happened {phrase}.", FRIDAY)
    assert mention.day == expected


def test_it_keeps_only_absolute_dates_without_a_publication_date() -> None:
    found = find_dates("On Thursday, and on December 15, 2016.", None)
    assert [m.day for m in found] == [date(2016, 12, 15)]


def test_it_skips_impossible_calendar_dates() -> None:
    assert find_dates("on February 31", FRIDAY) == []


def test_it_parses_and_rejects_publication_dates() -> None:
    assert parse_date("2016-12-15T10:00:00") == date(2016, 12, 15)
    with pytest.raises(BriefError, match="YYYY-MM-DD"):
        parse_date("15/12/2016")


@given(st.text(max_size=120), st.dates())
def test_it_never_crashes_on_arbitrary_text(text: str, published: date) -> None:
    for mention in find_dates(text, published):
        assert text[mention.span.start : mention.span.end] == mention.text


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("a day earlier", date(2016, 12, 15)), ("the day before yesterday", date(2016, 12, 14)),
     ("three days ago", date(2016, 12, 13)), ("over the weekend", date(2016, 12, 11)),
     ("the previous day", date(2016, 12, 15)), ("48 hours ago", date(2016, 12, 14)),
     ("24 hours ago", date(2016, 12, 15))],
)  # fmt: skip
def test_it_resolves_relative_days(phrase: str, expected: date) -> None:
    (mention,) = find_dates(f"It happened {phrase}.", FRIDAY)
    assert mention.day == expected


def test_hours_ago_that_are_no_whole_days_name_no_day() -> None:
    assert find_dates("It happened 36 hours ago.", FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2019-06-12", date(2019, 6, 12)), ("12 June 2019", date(2019, 6, 12)),
     ("Wed, June 12, 2019 10:31 GMT", date(2019, 6, 12)), ("sometime", None)],
)  # fmt: skip
def test_header_dates_in_any_written_form(text: str, expected: date | None) -> None:
    assert header_date(text) == expected


def test_a_url_path_gives_a_day() -> None:
    assert url_date("https://example.org/news/2022/03/07/corridor-opens") == date(2022, 3, 7)
    assert url_date("https://example.org/2019-06-12-floods.html") == date(2019, 6, 12)
    assert url_date("https://example.org/news/574845/story") is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("in October", date(2016, 10, 31)), ("during June 2014", date(2014, 6, 30)),
     ("in December", FRIDAY), ("early last month", date(2016, 11, 5)),
     ("last month", date(2016, 11, 30)), ("on October 3 and 4,", date(2016, 10, 4)),
     ("on October 3-4 when", date(2016, 10, 4))],
)  # fmt: skip
def test_it_resolves_months_named_alone_and_ranges_of_days(phrase: str, expected: date) -> None:
    """Should take a month named alone as of its last day (or publication, if sooner)
    and a range of days as of its last day."""
    (mention,) = find_dates(f"It happened {phrase} there.", FRIDAY)
    assert mention.day == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Aid may arrive soon.", []), ("In April 2,000 people left.", []),
     ("On May 4 and 5 boats sank.", ["May 4"])],
)  # fmt: skip
def test_a_modal_or_a_count_is_not_read_as_part_of_a_date(text: str, expected: list[str]) -> None:
    """Should not read "may" as a month, nor a count after a month as its day or range."""
    assert [m.text for m in find_dates(text, FRIDAY)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("on Friday", FRIDAY), ("last Friday", date(2016, 12, 9)),
     ("last Thursday", date(2016, 12, 15)), ("next Friday", date(2016, 12, 23)),
     ("next Monday", date(2016, 12, 19))],
)  # fmt: skip
def test_last_and_next_move_a_weekday_off_the_day_of_publication(
    phrase: str, expected: date
) -> None:
    """Should read "last Friday" in a Friday's report as a week before, "next" as to come."""
    (mention,) = find_dates(f"It happened {phrase}.", FRIDAY)
    assert mention.day == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2019/06/12", date(2019, 6, 12)), ("2019.6.12", date(2019, 6, 12)),
     ("2019-6-12", date(2019, 6, 12)), ("20190612", date(2019, 6, 12)),
     ("28/05/2021", date(2021, 5, 28)), ("05/28/2021", date(2021, 5, 28)),
     ("03/05/2019", None), ("3.5.2019", date(2019, 5, 3)), ("2019/13/45", None), ("12/06", None)],
)  # fmt: skip
def test_all_digit_days_are_read_only_when_their_order_is_clear(
    text: str, expected: date | None
) -> None:
    assert numeric_date(text) == expected
    assert header_date(text) == expected


def test_the_months_a_report_names_settle_an_ambiguous_numeric_day() -> None:
    assert named_months("They fled on 4 February and on March 2.") == frozenset({2, 3})
    assert numeric_date("10-02-2009", frozenset({2})) == date(2009, 2, 10)
    assert numeric_date("10-02-2009", frozenset({10})) == date(2009, 10, 2)
    assert numeric_date("10-02-2009", frozenset({2, 10})) is None


def test_url_paths_give_days_in_several_shapes_and_never_from_the_host_or_ids() -> None:
    assert url_date("https://example.org/2019/jun/12/floods") == date(2019, 6, 12)
    assert url_date("https://example.org/world/floods-20190612.html") == date(2019, 6, 12)
    assert url_date("https://example.org/world/20190612_floods") == date(2019, 6, 12)
    assert url_date("https://example.org/story/120190612") is None
    assert url_date("https://example.org/id/20191345/story") is None
    assert url_date("https://[broken/2019/06/12/x") is None
    assert url_month_end("https://example.org/2019/03/cyclone-toll") == date(2019, 3, 31)
    assert url_month_end("https://example.org/news/574845/story") is None


def test_an_ordinal_day_of_a_month_is_a_date() -> None:
    (mention,) = find_dates("They left on the 3rd of May 2019.", None)
    assert mention.day == date(2019, 5, 3)
    assert [m.text for m in find_dates("Some 12 of March's arrivals stayed.", FRIDAY)] == []


def test_a_day_earlier_counts_back_from_the_day_named_before_it() -> None:
    mentions = find_dates("It rose on Tuesday from 62 a day earlier.", FRIDAY)
    assert [m.day for m in mentions] == [date(2016, 12, 13), date(2016, 12, 12)]
    (alone,) = find_dates("It was 62 a day earlier.", FRIDAY)
    assert alone.day == date(2016, 12, 15)


def test_a_report_names_its_own_month_or_the_one_before_never_a_later_one() -> None:
    assert numeric_date("03/04/2019", frozenset({4})) == date(2019, 4, 3)
    assert numeric_date("03/04/2019", frozenset({2})) == date(2019, 3, 4)
    assert numeric_date("03/04/2019", frozenset({3})) is None  # 3 April or 4 March
    assert numeric_date("05/01/2019", frozenset({12})) == date(2019, 1, 5)
