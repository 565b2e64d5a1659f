from dataclasses import replace
from datetime import date

from corridor.text.compare import CONTRADICTION, SCOPE_UNCLEAR, find_series, group_figures
from corridor.text.model import Figure, Span
from corridor.text.summarize import figure_sentences

BASE = Figure(
    doc_id="a", span=Span(0, 5), surface="2,400", value=2400, metric="arrived", subject="people",
    place="Ruvalo", as_of=date(2031, 4, 2), source="Border police", sentence_index=0,
    crisis="XK 2031", population="people", period="daily",
)  # fmt: skip


def test_each_disagreement_gets_one_sentence_naming_who_said_what_citing_its_articles() -> None:
    """Should name each source with its value and cite only the articles that carry the two
    disagreeing values, not a third article that agrees with neither's scope."""
    police = BASE
    copy = replace(BASE, doc_id="b")
    agency = replace(BASE, doc_id="c", value=6000, qualifier="about", source="Relief agency")
    guessed = replace(BASE, doc_id="d", value=3100, source="Mayor", place="")
    groups = group_figures([police, copy, agency, guessed], {})
    assert [g.status for g in groups].count(CONTRADICTION) == 1
    sentences = [c for c in figure_sentences(groups) if c.text.startswith("Sources disagree")]
    (one,) = sentences
    assert "Border police said 2,400" in one.text and "Relief agency said about 6,000" in one.text
    assert "Mayor" not in one.text
    assert one.doc_ids == ("a", "b", "c")


def test_values_of_unclear_scope_are_shown_as_such() -> None:
    """Should not join differing values with "and" as if they were one count when their
    scope was guessed: the sentence says they may count different people or periods."""
    guessed = replace(BASE, doc_id="b", value=9000, source="Mayor", note="period assumed")
    (group,) = group_figures([BASE, guessed], {})
    assert group.status == SCOPE_UNCLEAR
    (sentence,) = figure_sentences([group])
    assert "may not count the same" in sentence.text
    assert (
        "Border police reported 2,400" in sentence.text and "Mayor reported 9,000" in sentence.text
    )
    assert sentence.doc_ids == ("a", "b")


def test_a_sources_rising_count_is_one_series_sentence_not_a_disagreement() -> None:
    days = [date(2031, 4, 2), date(2031, 4, 3), date(2031, 4, 4)]
    toll = [
        replace(BASE, doc_id=f"d{i}", metric="killed", period="cumulative", value=value, as_of=day,
                source="Health ministry")
        for i, (value, day) in enumerate(zip((12, 19, 26), days, strict=True))
    ]  # fmt: skip
    groups = group_figures(toll, {})
    assert all(g.status != CONTRADICTION for g in groups)
    sentences = figure_sentences(groups, find_series(groups))
    (series,) = [c for c in sentences if "updated its count" in c.text]
    assert "12 (2 Apr 2031) → 19 (3 Apr 2031) → 26 (4 Apr 2031)" in series.text
    assert series.doc_ids == ("d0", "d1", "d2")
    assert not any(c.text.startswith("Sources disagree") for c in sentences)


def test_a_series_sentence_starts_with_a_capital_and_agrees_with_a_plural_source() -> None:
    """Should write "Local authorities updated their count", "UNHCR updated its count"."""
    days = [date(2031, 4, 2), date(2031, 4, 3)]
    for source, start in (("local authorities", "Local authorities updated their count"),
                          ("UNHCR", "UNHCR updated its count")):  # fmt: skip
        toll = [
            replace(BASE, doc_id=f"d{i}", metric="killed", period="cumulative", value=value,
                    as_of=day, source=source)
            for i, (value, day) in enumerate(zip((12, 19), days, strict=True))
        ]  # fmt: skip
        groups = group_figures(toll, {})
        sentences = figure_sentences(groups, find_series(groups))
        assert any(c.text.startswith(start) for c in sentences), [c.text for c in sentences]


def test_a_noun_that_says_what_happened_is_not_said_twice() -> None:
    """Should write "89 deaths in Ruvalo", never "89 deaths who were killed"."""
    deaths = replace(BASE, population="deaths", metric="killed", value=89, surface="89")
    (text,) = [c.text for c in figure_sentences(group_figures([deaths], {}))]
    assert "deaths in Ruvalo" in text and "who were killed" not in text
    people = replace(deaths, population="people")
    (text,) = [c.text for c in figure_sentences(group_figures([people], {}))]
    assert "people who were killed in Ruvalo" in text
