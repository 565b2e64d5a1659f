from dataclasses import replace
from datetime import date

from corridor.text.compare import (
    AGREE,
    CONSISTENT,
    CONTRADICTION,
    SINGLE,
    VAGUE_ONLY,
    group_figures,
)  # fmt: skip
from corridor.text.model import Figure, Span

BASE = Figure(
    doc_id="a", span=Span(0, 3), surface="900", value=900, metric="evacuated",
    subject="people", place="Aleppo", as_of=date(2016, 12, 16), source="SOHR", sentence_index=0,
)  # fmt: skip


def test_it_flags_contradictions_only_within_the_same_scope() -> None:
    other_day = replace(BASE, doc_id="b", value=5000, source="UN", as_of=date(2016, 12, 15))
    same_day = replace(BASE, doc_id="c", value=5000, source="UN", sentence_index=1)
    groups = group_figures([BASE, other_day], {})
    assert [g.status for g in groups] == [SINGLE, SINGLE]
    (group,) = group_figures([BASE, same_day], {})
    assert group.status == CONTRADICTION
    assert (group.low, group.high, group.sources) == (900, 5000, ["SOHR", "UN"])


def test_it_accepts_values_within_stated_approximations() -> None:
    around = replace(BASE, doc_id="b", value=950, qualifier="around", source="UN", sentence_index=1)
    exact = replace(BASE, value=900, qualifier="about")
    (group,) = group_figures([exact, around], {})
    assert group.status == CONSISTENT
    same = replace(BASE, doc_id="b", source="UN", sentence_index=1)
    (group,) = group_figures([BASE, same], {})
    assert group.status == AGREE


def test_it_counts_repeated_wire_copy_as_one_origin() -> None:
    copy = replace(BASE, doc_id="b", source="Other Outlet")
    (group,) = group_figures([BASE, copy], {("a", 0): 7, ("b", 0): 7})
    assert len(group.reports) == 1
    assert group.reports[0].doc_ids == ("a", "b")
    assert group.status == SINGLE


def test_it_does_not_set_vague_amounts_against_numbers() -> None:
    vague = replace(
        BASE, doc_id="b", source="UN", value=1000, low=1000, high=9999, qualifier="thousands"
    )
    big = replace(BASE, value=50_000, sentence_index=2)
    (group,) = group_figures([big, vague], {})
    assert group.status != CONTRADICTION
    assert (group.low, group.high) == (50_000, 50_000)
    (only_vague,) = group_figures([vague, replace(vague, doc_id="c", source="X")], {})
    assert only_vague.status == VAGUE_ONLY


def test_it_places_placeless_figures_with_the_only_matching_group() -> None:
    placeless = replace(BASE, doc_id="b", place="", source="UN", value=950, qualifier="about")
    (group,) = group_figures([BASE, placeless], {})
    assert group.place == "Aleppo" and len(group.reports) == 2
