"""Places of figures: gazetteer, roles in the sentence, and the report's own places."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from corridor.text.extract import extract_figures
from corridor.text.gazetteer import lookup
from corridor.text.model import Document
from corridor.text.places import choose_place, countries_named, find_places, scope_of

MakeDoc = Callable[..., Document]


def _roles(text: str, country: str = "", countries: frozenset[str] = frozenset()) -> dict[str, str]:
    return {p.name: p.role for p in find_places(text, country, countries | {country})}


def _place(make_doc: MakeDoc, text: str, value: int) -> str:
    figures = extract_figures(make_doc(text, published=date(2020, 5, 4)))
    return next(f.place for f in figures if f.value == value)


def test_people_who_left_are_counted_where_they_left(make_doc: MakeDoc) -> None:
    assert _place(make_doc, "Some 2,500 people fled Mosul for Erbil on Tuesday.", 2500) == "Mosul"


def test_arrivals_are_counted_where_they_arrived(make_doc: MakeDoc) -> None:
    text = "Some 2,500 people arrived in Erbil from Mosul on Tuesday."
    assert _place(make_doc, text, 2500) == "Erbil"


def test_refugees_who_fled_into_a_country_are_counted_there(make_doc: MakeDoc) -> None:
    text = "Nearly 9,000 villagers have fled into Kenya since Monday, officials said."
    assert _place(make_doc, text, 9000) == "Kenya"


def test_a_state_that_evacuates_is_not_the_place(make_doc: MakeDoc) -> None:
    text = "Chile evacuated 150 of its citizens from Lima on Sunday."
    assert _place(make_doc, text, 150) == "Lima"
    assert _roles(text)["Chile"] == "agent"


def test_a_list_of_countries_names_where_people_come_from() -> None:
    roles = _roles("The camp holds 4,000 workers from Chad, Sudan and Niger.")
    assert {roles["Chad"], roles["Sudan"], roles["Niger"]} == {"nationality"}


def test_a_dateline_is_where_the_report_was_filed() -> None:
    roles = _roles("MADRID, May 3 (Reuters) - Some 200 people were moved out of Valencia.", "ES")
    assert roles["MADRID"] == "dateline" and roles["Valencia"] == "origin"


def test_the_country_and_the_capital_are_the_reports_own() -> None:
    names = {p.name for p in find_places("Thousands left the capital and the country.", "PE")}
    assert names == {"Lima", "Peru"}


def test_a_demonym_before_a_noun_is_no_place() -> None:
    assert "Peruvian" not in {p.name for p in find_places("They reached the Peruvian border.")}


def test_a_place_keeps_the_reports_spelling_and_is_compared_by_the_gazetteers() -> None:
    (dohuk,) = find_places("About 500 people reached Dohuk.", "IQ", frozenset({"IQ"}))
    assert dohuk.name == "Dohuk"
    assert scope_of("Dohuk") == scope_of("Dihok")


def test_a_named_camp_or_crossing_is_a_place_by_its_name() -> None:
    sites = {p.name for p in find_places("Some 1,200 arrived at the remote Tarna refugee camp.")}
    assert sites == {"Tarna"}
    crossing = find_places("Another 800 crossed at the Velo border crossing.")
    assert [p.name for p in crossing] == ["Velo"]


def test_organisations_after_according_to_are_no_sites() -> None:
    assert not find_places("Over 300 fled, according to the Regional Relief Agency.")
    assert not find_places("Over 300 fled, according to Maria Ostrova.")


def test_provinces_come_from_iso_subdivisions_in_the_reports_countries() -> None:
    (alberta,) = find_places("Fires spread across Alberta.", "CA", frozenset({"CA"}))
    assert (alberta.kind, alberta.country) == ("region", "CA")


def test_a_continent_is_no_country_and_keeps_its_compass_word() -> None:
    assert lookup("Africa") is not None and lookup("Africa").kind == "continent"  # type: ignore[union-attr]
    (region,) = find_places("A cyclone swept through southern Africa.")
    assert region.name == "southern Africa"


def test_a_compass_word_before_an_adjective_place_is_dropped() -> None:
    (coast,) = find_places("The boat sank off the southern Chile coast.", "CL")
    assert coast.name == "Chile"
    (part,) = find_places("Fighting spread in north-eastern Kenya.", "KE")
    assert part.name == "north-eastern Kenya"


def test_a_two_word_town_needs_no_country_named() -> None:
    place = lookup("Fort McMurray")
    assert place is not None and place.country == "CA"
    assert lookup("Fort McMurray".split()[1]) is None


def test_the_clause_decides_before_the_rest_of_the_sentence() -> None:
    text = "In Erbil officials said 300 people left Mosul."
    places = find_places(text, "IQ", frozenset({"IQ"}))
    chosen = choose_place([places], text.index("300"), "evacuated")
    assert chosen is not None and chosen.name == "Mosul"


def test_a_figure_with_no_place_in_its_sentence_takes_the_reports_main_place(
    make_doc: MakeDoc,
) -> None:
    text = "Floods swept Beira and Beira again. Officials said 44 people died.\n"
    (figure,) = extract_figures(make_doc(text, published=date(2019, 3, 20)))
    assert figure.place == "Beira" and "place inferred" in figure.note


def test_towns_count_for_the_main_country_once_it_is_named() -> None:
    main, named = countries_named(
        ["Thousands fled Kobani on Friday.", "Kobani lies in Syria, near Turkey.", "Kobani."]
    )
    assert main == "SY" and {"SY", "TR"} <= named


def test_a_titled_person_is_no_site() -> None:
    assert not find_places("The appeal went to President Amara Kole on Friday.")


def test_an_area_named_with_its_kind_is_a_region_named_by_its_name() -> None:
    (area,) = find_places("Thousands fled Fukushima Prefecture.", "JP", frozenset({"JP"}))
    assert (area.name, area.kind, area.country) == ("Fukushima", "region", "JP")
    (unknown,) = find_places("Some 400 families reached the Tavel region.")
    assert (unknown.name, unknown.kind) == ("Tavel", "region")


def test_a_country_is_known_by_its_usual_and_official_names() -> None:
    for name in ("Democratic Republic of Congo", "Democratic Republic of the Congo"):
        place = lookup(name)
        assert place is not None and place.country == "CD", name
    assert lookup("Republic of Korea") is not None
    (congo,) = find_places("Some 300 people fled the Democratic Republic of the Congo.")
    assert congo.name == "Democratic Republic of the Congo"


def test_a_country_found_by_any_of_its_names_is_shown_by_its_common_name() -> None:
    """Should show "Democratic Republic of the Congo", never ISO's inverted "Congo, The
    Democratic Republic of the", whichever of its names a report used."""
    for name in ("Democratic Republic of Congo", "Republic of Korea", "Cote d'Ivoire"):
        place = lookup(name)
        assert place is not None and ", " not in place.name and " of the" not in place.name[-7:]
    assert lookup("Democratic Republic of Congo").name == "Democratic Republic of the Congo"  # type: ignore[union-attr]
