from hypothesis import given
from hypothesis import strategies as st

from corridor.text.sentences import split_sentences


def test_it_splits_and_keeps_offsets() -> None:
    text = "Buses left at dawn. Dr. Amal Nour said 40 were hurt! Was it safe?\nNew line here"
    sentences = split_sentences(text, "x")
    assert [s.text for s in sentences] == [
        "Buses left at dawn.",
        "Dr. Amal Nour said 40 were hurt!",
        "Was it safe?",
        "New line here",
    ]
    assert all(text[s.span.start : s.span.end] == s.text for s in sentences)
    assert sentences[-1].paragraph > sentences[0].paragraph


def test_it_splits_sentences_glued_without_a_space() -> None:
    sentences = split_sentences("The convoy stopped.Medics said two were hurt.")
    assert [s.text for s in sentences] == ["The convoy stopped.", "Medics said two were hurt."]


def test_it_does_not_split_inside_abbreviations() -> None:
    (sentence,) = split_sentences("The U.S. envoy met Mr. Haddad on Dec. 15 in town.")
    assert sentence.text.endswith("in town.")


def test_it_does_not_split_after_a_dotted_initialism() -> None:
    (sentence,) = split_sentences("Ana Lee with the N.R. Health Authority said 40 left.")
    assert sentence.text.endswith("40 left.")


def test_it_does_not_split_after_a_title_before_a_name() -> None:
    text = "A spokeswoman for Texas Gov. Rick Perry said so. Capt. John Pollard agreed."
    assert [s.text for s in split_sentences(text)] == [
        "A spokeswoman for Texas Gov. Rick Perry said so.",
        "Capt. John Pollard agreed.",
    ]


def test_a_quotation_closed_on_its_line_stays_one_sentence() -> None:
    text = '"About 2,000 left. Thousands remain," Ajay Singh told PTI. "An open quote. Then more.'
    assert [s.text for s in split_sentences(text)] == [
        '"About 2,000 left. Thousands remain," Ajay Singh told PTI.',
        '"An open quote.',
        "Then more.",
    ]
    curly = "“We moved 4,000. We hope to move more,” he said. Buses left."
    assert [s.text for s in split_sentences(curly)] == [
        "“We moved 4,000. We hope to move more,” he said.",
        "Buses left.",
    ]


@given(st.text(max_size=300))
def test_it_covers_text_without_crashing(text: str) -> None:
    for sentence in split_sentences(text):
        assert text[sentence.span.start : sentence.span.end] == sentence.text
        assert sentence.text.strip() == sentence.text
