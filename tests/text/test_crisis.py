"""Which crisis each report is about (corridor.text.crisis)."""

from __future__ import annotations

from datetime import date

from corridor.text.crisis import crises
from corridor.text.model import Document
from corridor.text.sentences import split_sentences


def _label(reports: list[tuple[str, date | None, str]]) -> dict[str, str]:
    documents = [Document(doc_id=d, text=t, outlet="Desk", published=p) for d, p, t in reports]
    return crises(documents, {d.doc_id: split_sentences(d.text) for d in documents})


GOMA = "Lava reached the edge of Goma in Congo on Saturday, and 8,000 people fled the city."
RWANDA = "About 3,500 Congolese crossed into Rwanda overnight from Goma in Congo, officials said."
OTHER = "Floods in Rwanda forced 2,000 people from their homes, the ministry said."


def test_undated_reports_join_the_one_dated_crisis_they_name() -> None:
    """Should put an undated report that names a dated crisis's country with that crisis."""
    labels = _label([("a", date(2021, 5, 23), GOMA), ("b", None, RWANDA)])
    assert labels["a"] == labels["b"] == "CD 2021"


def test_an_undated_report_linked_to_two_dated_crises_stays_apart() -> None:
    """Should not join an undated report that links to two crises years apart to either."""
    labels = _label(
        [("a", date(2021, 5, 23), GOMA), ("c", date(2018, 4, 2), OTHER), ("b", None, RWANDA)]
    )
    assert labels["a"] == "CD 2021" and labels["c"] == "RW 2018"
    assert labels["b"] not in {"CD 2021", "RW 2018"}


def test_reports_far_apart_in_time_stay_two_crises() -> None:
    """Should keep two dated reports on one country a year apart as two crises."""
    labels = _label([("a", date(2021, 5, 23), GOMA), ("b", date(2022, 6, 1), RWANDA)])
    assert labels["a"] != labels["b"]


def test_crisis_title_names_the_country_of_a_country_year_key() -> None:
    from corridor.text.crisis import crisis_title

    assert crisis_title("PK 2022") == "Pakistan, 2022"
    assert crisis_title("BO 2019") == "Bolivia, 2019"  # the common name, not the official one
    assert crisis_title("XQ 2022") == "XQ 2022"  # no such ISO code: kept as written
    assert crisis_title("") == ""
    assert crisis_title("crisis 2") == "crisis 2"
