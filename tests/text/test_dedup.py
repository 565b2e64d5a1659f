from corridor.text.dedup import origins
from corridor.text.sentences import split_sentences


def test_it_links_wire_copy_across_outlets() -> None:
    first = split_sentences(
        "Officials said some 6,200 people had left the quarter so far on Friday.", "a"
    )
    second = split_sentences(
        "Officials said some 6,200 people had left the quarter so far on Friday, AFP added.", "b"
    )
    other = split_sentences("A storm closed the mountain road near the border crossing.", "c")
    found = origins(first + second + other)
    assert found[("a", 0)] == found[("b", 0)]
    assert found[("c", 0)] != found[("a", 0)]
