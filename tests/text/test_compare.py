from dataclasses import replace
from datetime import date

from corridor.text.compare import (
    AGREE,
    CONSISTENT,
    CONTRADICTION,
    SCOPE_UNCLEAR,
    SINGLE,
    VAGUE_ONLY,
    find_series,
    group_figures,
)  # fmt: skip
from corridor.text.model import Figure, Span

BASE = Figure(
    doc_id="a", span=Span(0, 3), surface="900", value=900, metric="evacuated",
    subject="people", place="Aleppo", as_of=date(2016, 12, 16), source="SOHR", sentence_index=0,
    crisis="SY 2016", population="people", period="cumulative",
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


def test_it_never_sets_two_crises_populations_periods_or_plans_against_each_other() -> None:
    a = replace(BASE, crisis="LB 2006", population="people", period="cumulative")
    other_crisis = replace(a, doc_id="b", crisis="UA 2022", value=5000, source="UN")
    other_people = replace(a, doc_id="c", population="Americans", value=5000, source="UN")
    other_period = replace(a, doc_id="d", period="24h", value=5000, source="UN")
    planned = replace(a, doc_id="e", metric="planned", value=5000, source="UN")
    groups = group_figures([a, other_crisis, other_people, other_period, planned], {})
    assert len(groups) == 5
    assert all(g.status != CONTRADICTION for g in groups)


def test_general_words_for_people_are_shown_together_but_only_the_same_noun_disagrees() -> None:
    """ "900 people" and "500 refugees" sit in one group (refugees are people), but two
    nouns are two populations: only two counts of refugees contradict, even when the
    refugees outnumber the people (a misread scope is likelier than a disagreement)."""
    a = replace(BASE, population="people")
    b = replace(BASE, doc_id="b", population="refugees", value=500, source="UN")
    (group,) = group_figures([a, b], {})
    assert group.status == SCOPE_UNCLEAR and group.population == "people"
    c = replace(a, population="refugees", value=900)
    (group,) = group_figures([c, b], {})
    assert group.status == CONTRADICTION
    more = replace(b, value=5000)
    (group,) = group_figures([a, more], {})
    assert group.status != CONTRADICTION


def test_two_nouns_each_disputed_form_two_contradictions_not_one() -> None:
    """People against people and refugees against refugees in one group: each dispute is
    set apart with its own noun, never one contradiction holding two populations."""
    people = [BASE, replace(BASE, doc_id="b", value=5000, source="UN")]
    refugees = [
        replace(BASE, doc_id="c", population="refugees", value=100, source="IOM"),
        replace(BASE, doc_id="d", population="refugees", value=2000, source="MSF"),
    ]
    groups = [g for g in group_figures(people + refugees, {}) if g.status == CONTRADICTION]
    nouns = sorted(sorted({f.population for r in g.reports for f in r.figures}) for g in groups)
    assert nouns == [["people"], ["refugees"]]


def test_one_sources_updates_form_a_dated_series_not_a_disagreement() -> None:
    days = [date(2016, 12, 14), date(2016, 12, 15), date(2016, 12, 16)]
    toll = [
        replace(BASE, doc_id=f"d{i}", value=value, metric="killed", as_of=day, source="ICRC")
        for i, (value, day) in enumerate(zip((30, 85, 97), days, strict=True))
    ]
    groups = group_figures(toll, {})
    assert all(g.status == SINGLE for g in groups)
    (series,) = find_series(groups)
    assert [(p[0], p[1]) for p in series.points] == list(zip(days, (30, 85, 97), strict=True))
    assert series.source == "ICRC"


def test_a_figure_whose_scope_was_guessed_is_not_called_a_contradiction() -> None:
    guessed = replace(
        BASE, doc_id="b", value=5000, source="UN", sentence_index=1, note="period assumed"
    )
    (group,) = group_figures([BASE, guessed], {})
    assert group.status == SCOPE_UNCLEAR and group.conflicts() == []
    increment = replace(guessed, note="an increment")
    hedged = replace(guessed, note="hedged")
    for other in (increment, hedged):
        (group,) = group_figures([BASE, other], {})
        assert group.status != CONTRADICTION


def test_a_vague_amount_conflicts_only_below_half_its_least_value() -> None:
    tens = replace(
        BASE, doc_id="b", source="UN", value=10_000, low=10_000, high=99_999,
        qualifier="tens of thousands", sentence_index=1,
    )  # fmt: skip
    (group,) = group_figures([replace(BASE, value=4500), tens], {})
    assert group.status == CONTRADICTION
    (group,) = group_figures([replace(BASE, value=8000), tens], {})
    assert group.status != CONTRADICTION


def test_approximations_narrow_with_significant_digits() -> None:
    some = replace(BASE, value=172_000, qualifier="some")
    around = replace(BASE, doc_id="b", source="UN", value=200_000, qualifier="around",
                     sentence_index=1)  # fmt: skip
    (group,) = group_figures([some, around], {})
    assert group.status == CONTRADICTION
    close = replace(around, value=180_000)
    (group,) = group_figures([replace(some, value=175_000), close], {})
    assert group.status == CONSISTENT


def test_a_rate_is_never_set_against_one_days_count() -> None:
    rate = replace(BASE, doc_id="b", source="UN", value=4000, period="daily", note="rate per day",
                   sentence_index=1)  # fmt: skip
    groups = group_figures([replace(BASE, period="daily"), rate], {})
    assert len(groups) == 2


def test_a_figure_with_no_place_is_never_called_a_contradiction() -> None:
    """Should show a placeless figure beside the group it matches, but not as a disagreement:
    "12,000 fled" with no town named may be another town's count."""
    placeless = replace(BASE, doc_id="b", place="", source="UN", value=12_000)
    (group,) = group_figures([BASE, placeless], {})
    assert len(group.reports) == 2
    assert group.status == SCOPE_UNCLEAR
    both_placeless = [replace(BASE, place=""), placeless]
    assert [g.status for g in group_figures(both_placeless, {})] == [SCOPE_UNCLEAR]


def test_figures_of_unknown_day_are_never_called_a_contradiction() -> None:
    """Should not set two undated figures of two reports against each other, nor call them
    one quantity: they may be days apart."""
    undated = [replace(BASE, as_of=None), replace(BASE, doc_id="b", as_of=None, value=4000,
                                                  source="UN")]  # fmt: skip
    groups = group_figures(undated, {})
    assert [len(g.reports) for g in groups] == [1, 1]
    assert all(g.status != CONTRADICTION for g in groups)


def test_undated_figures_of_one_report_stay_one_quantity() -> None:
    """Should keep one report's undated counts of one scope together (its own update)."""
    undated = [replace(BASE, as_of=None), replace(BASE, as_of=None, value=4000, source="UN",
                                                  sentence_index=3)]  # fmt: skip
    (group,) = group_figures(undated, {})
    assert len(group.reports) == 2


def test_sources_that_also_agree_are_not_called_a_contradiction() -> None:
    """Should read "risen to 446 from 417" as one source's revision that agrees with
    another's 446, not as a disagreement with it."""
    outlet = replace(BASE, doc_id="b", value=446, source="Outlet")
    now = replace(BASE, value=446, source="Minister", sentence_index=1)
    before = replace(BASE, value=417, source="Minister", sentence_index=1)
    (group,) = group_figures([outlet, now, before], {})
    assert group.status != CONTRADICTION
    (alone,) = group_figures([outlet, before], {})
    assert alone.status == CONTRADICTION


def _pair(one: Figure, other: Figure) -> list[str]:
    return [g.status for g in group_figures([one, other], {})]


def test_a_contradiction_needs_every_part_of_both_scopes_stated() -> None:
    """Should call two values a contradiction only when crisis (country and year), place,
    day, who is counted, a metric that counts people and a flow's period are all known."""
    other = replace(BASE, doc_id="b", value=5000, source="UN", sentence_index=1)
    assert CONTRADICTION in _pair(BASE, other)
    unknown = [
        {"crisis": "? 2016"}, {"crisis": ""}, {"crisis": "SY"}, {"place": ""}, {"as_of": None},
        {"population": ""}, {"period": ""}, {"metric": "children"}, {"metric": "other"},
        {"metric": "planned"}, {"note": "planned or hoped for, not done"},
        {"note": "part of a larger figure"}, {"note": "who inferred"},
        {"note": "place inferred"},
    ]  # fmt: skip
    for change in unknown:
        statuses = _pair(replace(BASE, **change), replace(other, **change))  # type: ignore[arg-type]
        assert CONTRADICTION not in statuses, change


def test_a_stock_needs_no_period_but_a_flow_does() -> None:
    stranded = replace(BASE, metric="remaining", period="")
    assert _pair(stranded, replace(stranded, doc_id="b", value=5000, source="UN")) == [
        CONTRADICTION
    ]
    left = replace(BASE, period="")
    assert CONTRADICTION not in _pair(left, replace(left, doc_id="b", value=5000, source="UN"))


def test_a_part_of_a_city_or_of_a_people_is_not_set_against_the_whole() -> None:
    """Should show "eastern Aleppo" beside "Aleppo" and "Syrian Kurds" apart from "Kurds",
    never as a disagreement: the part may be smaller than the whole."""
    east = replace(BASE, doc_id="b", place="eastern Aleppo", value=5000, source="UN")
    assert CONTRADICTION not in _pair(BASE, east)
    kurds = replace(BASE, population="Kurds", value=1000)
    syrian = replace(kurds, doc_id="b", population="Syrian Kurds", value=700, source="UN")
    assert CONTRADICTION not in _pair(kurds, syrian)
    residents = replace(BASE, doc_id="b", population="residents", value=500, source="UN")
    assert CONTRADICTION not in _pair(BASE, residents)


def test_values_that_can_both_be_true_are_not_a_contradiction() -> None:
    def both(a: dict[str, object], b: dict[str, object]) -> str:
        one = replace(BASE, **a)  # type: ignore[arg-type]
        other = replace(BASE, doc_id="b", source="UN", sentence_index=1, **b)  # type: ignore[arg-type]
        (group,) = group_figures([one, other], {})
        return group.status

    assert both({"value": 100, "qualifier": "at least"}, {"value": 150}) != CONTRADICTION
    assert both({"value": 1000, "qualifier": "more than"}, {"value": 1200}) != CONTRADICTION
    assert both({"value": 500, "qualifier": "up to"}, {"value": 300}) != CONTRADICTION
    ranged = {"value": 2000, "low": 2000, "high": 5000, "qualifier": "range"}
    assert both(ranged, {"value": 3000}) != CONTRADICTION
    assert both({"value": 1000, "qualifier": "about"}, {"value": 1050}) != CONTRADICTION
    assert both({"value": 500, "qualifier": "up to"}, {"value": 800}) == CONTRADICTION
    assert both(ranged, {"value": 6500}) == CONTRADICTION
    assert both({"value": 1000, "qualifier": "about"}, {"value": 1500}) == CONTRADICTION
    assert both({"value": 100, "qualifier": "at least"}, {"value": 60}) == CONTRADICTION


def test_a_contradiction_shows_only_the_reports_that_state_its_scope() -> None:
    """Should set the two reports that disagree apart from a placeless or otherwise worded
    figure that was grouped with them, which stays beside them, unjudged."""
    other = replace(BASE, doc_id="b", value=5000, source="UN", sentence_index=1)
    placeless = replace(BASE, doc_id="c", place="", value=2500, source="MSF")
    residents = replace(BASE, doc_id="d", population="residents", value=700, source="WFP")
    groups = group_figures([BASE, other, placeless, residents], {})
    (disputed,) = [g for g in groups if g.status == CONTRADICTION]
    assert sorted(r.source for r in disputed.reports) == ["SOHR", "UN"]
    (rest,) = [g for g in groups if g is not disputed]
    assert sorted(r.source for r in rest.reports) == ["MSF", "WFP"]
    assert rest.status != CONTRADICTION


def test_one_wire_sentence_carried_with_two_values_is_an_update_not_a_disagreement() -> None:
    """Should read two outlets' copies of one sentence, one with a newer toll, as one
    story updated; two sources quoted in one sentence still disagree."""
    first = replace(BASE, metric="killed", value=30, source="Outlet A")
    later = replace(first, doc_id="b", value=45, source="Outlet B")
    origin = {("a", 0): 7, ("b", 0): 7}
    (group,) = group_figures([first, later], origin)
    assert group.status != CONTRADICTION
    said = replace(BASE, span=Span(10, 13), value=900, source="Minister")
    denied = replace(BASE, span=Span(40, 45), value=5000, source="UN")
    copies = [said, denied, replace(said, doc_id="b"), replace(denied, doc_id="b")]
    (group,) = group_figures(copies, origin)
    assert group.status == CONTRADICTION
    assert [r.doc_ids for r in group.reports] == [("a", "b"), ("a", "b")]


def test_one_sources_values_on_one_day_are_not_shown_as_a_series() -> None:
    """Should not read "17,000 went north and 35,000 south" as an update of one count."""
    north = replace(BASE, value=17_000)
    south = replace(BASE, value=35_000, span=Span(20, 26))
    assert find_series(group_figures([north, south], {})) == []


def test_every_contradiction_holds_one_stated_scope_by_construction() -> None:
    """Should never let a contradiction row mix crises, places, nouns, metrics, periods or
    days, whatever mixture of figures is grouped (made-up figures in every combination)."""
    import itertools
    import random

    pick = random.Random(14)
    choices = {
        "crisis": ["SY 2016"] * 4 + ["LB 2006", "? 2016", ""],
        "place": ["Aleppo"] * 4 + ["eastern Aleppo", ""],
        "population": ["people"] * 4 + ["residents", "Syrians", "refugees", ""],
        "metric": ["evacuated"] * 4 + ["remaining", "planned", "children"],
        "period": ["daily"] * 4 + ["cumulative", "24h", ""],
        "note": [""] * 4 + ["period assumed", "hedged"],
        "as_of": [date(2016, 12, 16)] * 4 + [date(2016, 12, 15), None],
        "source": ["SOHR", "UN", "ICRC"],
    }
    figures = []
    for i in range(1000):
        change = {name: pick.choice(values) for name, values in choices.items()}
        change["value"] = pick.choice([300, 900, 5000, 20_000])
        figures.append(replace(BASE, doc_id=f"d{i}", **change))  # type: ignore[arg-type]
    groups = group_figures(figures, {})
    disputed = [g for g in groups if g.status == CONTRADICTION]
    assert disputed
    for group in disputed:
        members = [f for r in group.reports for f in r.figures]
        for one, other in itertools.combinations(members, 2):
            for name in ("crisis", "place", "metric", "period", "as_of"):
                assert getattr(one, name) == getattr(other, name)
            nouns = {one.population.split()[-1], other.population.split()[-1]}
            assert len(nouns) == 1 or "people" in nouns  # one noun, or a part and its whole
        assert all(f.place and f.as_of and f.crisis[:1] != "?" and not f.note for f in members)


def test_a_places_people_residents_and_population_are_one_population() -> None:
    """Should set "a city of 60,000 people" against "its 80,000 residents" (both count who
    lives there), but not people against fewer residents who moved: visitors move too."""
    people = replace(BASE, metric="present", period="", value=60_000)
    residents = replace(people, doc_id="b", population="residents", value=80_000, source="UN")
    assert CONTRADICTION in _pair(people, residents)
    moved = replace(residents, metric="evacuated", period="cumulative", value=600)
    assert CONTRADICTION not in _pair(BASE, moved)


def test_many_claims_of_two_sources_are_compared_without_listing_every_pair() -> None:
    """Should still find the disagreement between two sources that give many claims each,
    and name every claim of either side that takes part in it, once."""
    ours = [replace(BASE, doc_id=f"a{i}", value=900 + i, sentence_index=i) for i in range(200)]
    theirs = [
        replace(BASE, doc_id=f"b{i}", value=5000 + i, source="UN", sentence_index=i)
        for i in range(200)
    ]
    (group,) = [g for g in group_figures(ours + theirs, {}) if g.status == CONTRADICTION]
    assert len(group.reports) == 400
    named = {id(r) for pair in group.conflicts() for r in pair}
    assert len(named) == len(group.reports)
    assert len(group.conflicts()) <= 2 * len(group.reports)
