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


def test_numbers_with_no_noun_of_their_own(make_doc: MakeDoc) -> None:
    """Should count people where the noun stands apart from the number: an apposition
    ("numbering"), people aboard, and the people of a place."""
    doc = make_doc(
        "The refugees, numbering about 9,000, reached the border on Monday.\n"
        "The ferry, with 1,700 on board, docked in the evening.\n"
        "The town of 15,000 was emptied within hours.\n"
        "They waited in 300 evacuation centres.\n"
        "Officials counted 1,345 arrivals and 23,000 departures.\n"
        "Figures show 12,000 in temporary shelters.\n"
    )
    found = {f.surface: f for f in extract_figures(doc)}
    assert set(found) == {"about 9,000", "1,700", "15,000", "1,345", "23,000", "12,000"}
    assert found["12,000"].metric == "present"
    assert found["about 9,000"].population == "refugees"
    assert found["15,000"].metric == "present"
    assert found["1,345"].metric == "arrived"
    assert found["23,000"].metric == "evacuated"


def test_a_labelled_count_takes_its_metric_from_the_label(make_doc: MakeDoc) -> None:
    """Should read "Dead: 7" in a table or sitrep line as seven people killed, and a count
    under a label for things as no count of people."""
    doc = make_doc("Evacuated: 12,000; Missing: 45; Dead: 7; Tents: 300\nFloods displace 50,000.\n")
    found = {f.surface: f for f in extract_figures(doc)}
    assert set(found) == {"12,000", "45", "7", "50,000"}
    assert [found[s].metric for s in ("12,000", "45", "7")] == ["evacuated", "missing", "killed"]


def test_a_list_of_days_repeats_the_first_counts_verb(make_doc: MakeDoc) -> None:
    """Should read "700 on Tuesday" after "500 left on Monday," as 700 who left that day,
    and no number of a photo gallery ("Image 3 of 12") as a count."""
    doc = make_doc(
        "Some 500 left on Monday, 700 on Tuesday and 900 on Wednesday.\n"
        "Image 3 of 12: evacuees board a bus.\n"
    )
    found = {f.surface: f for f in extract_figures(doc)}
    assert set(found) == {"Some 500", "700", "900"}
    assert {f.metric for f in found.values()} == {"evacuated"}
    assert len({f.as_of for f in found.values()}) == 3


def test_a_place_in_an_aside_is_not_the_place_of_a_figure_outside_it(make_doc: MakeDoc) -> None:
    """Should place "847,000 refugees" in Turkey, not in the countries an aside between
    dashes names to describe Turkey; a place in the figure's own aside still counts."""
    doc = make_doc(
        "Refugees kept crossing the border on Sunday.\n"
        "Officials said Turkey - which shares a border with Iraq and Syria - has taken in "
        "more than 847,000 refugees.\n"
    )
    (figure,) = [f for f in extract_figures(doc) if f.value == 847_000]
    assert figure.place == "Turkey"
