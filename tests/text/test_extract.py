from collections.abc import Callable
from datetime import date

from corridor.text.extract import extract_figures
from corridor.text.model import Document

MakeDoc = Callable[..., Document]

ARTICLE = (
    "Buses kept leaving eastern Aleppo on Thursday.\n"
    "The Syrian Observatory for Human Rights estimated some 6,200 people had left, "
    "including around 1,500 rebel fighters.\n"
    "State media gave a figure of about 6,000.\n"
    "On Wednesday, the UN said perhaps 30,000 people remained in eastern Aleppo.\n"
    "Twelve buses and 9 ambulances crossed the line.\n"
    "The war began in 2011 and four years later one of the buses broke down.\n"
)


def by_surface(doc: Document) -> dict[str, object]:
    return {f.surface: f for f in extract_figures(doc)}


def test_it_extracts_figures_with_metric_source_date_and_span(make_doc: MakeDoc) -> None:
    doc = make_doc(ARTICLE)
    figures = extract_figures(doc)
    found = {f.surface: f for f in figures}
    assert set(found) == {
        "some 6,200", "around 1,500", "about 6,000", "perhaps 30,000", "Twelve", "9",
    }  # fmt: skip
    left = found["some 6,200"]
    assert (left.metric, left.source, left.value, left.qualifier) == (
        "evacuated", "SOHR", 6200, "some",
    )  # fmt: skip
    assert doc.text[left.span.start : left.span.end] == "some 6,200"
    # a part of a larger figure takes its metric; who it counts says the rest
    part = found["around 1,500"]
    assert (part.metric, part.population) == ("evacuated", "fighters")
    assert "part of a larger figure" in part.note
    assert found["about 6,000"].metric == "evacuated"
    assert found["about 6,000"].source == "state media"
    remaining = found["perhaps 30,000"]
    assert (remaining.metric, remaining.as_of, remaining.place) == (
        "remaining", date(2016, 12, 14), "eastern Aleppo",
    )  # fmt: skip
    assert found["Twelve"].metric == "buses" and found["Twelve"].value == 12
    assert found["9"].metric == "ambulances"


def test_it_credits_the_outlet_when_nobody_is_named(make_doc: MakeDoc) -> None:
    (figure,) = extract_figures(make_doc("About 70 families left on Friday.", outlet="Daily X"))
    assert (figure.source, figure.attributed) == ("Daily X", False)


def test_it_attributes_pronouns_to_the_last_speaker(make_doc: MakeDoc) -> None:
    text = "The ICRC said the operation was going well. It said 400 people had left."
    (figure,) = extract_figures(make_doc(text))
    assert figure.source == "ICRC"


def test_it_reads_embedded_posts_as_the_posters_words(make_doc: MakeDoc) -> None:
    text = (
        "Aid groups posted updates.\n"
        "We have moved 350 civilians out with our partners.\n"
        "— ICRC Syria (@ICRC_sy) December 15, 2016\n"
    )
    (figure,) = extract_figures(make_doc(text))
    assert (figure.source, figure.as_of, figure.metric) == (
        "ICRC", date(2016, 12, 15), "evacuated",
    )  # fmt: skip


def test_it_finds_nothing_in_an_empty_document(make_doc: MakeDoc) -> None:
    assert extract_figures(make_doc("")) == []
