"""Who is counted, what happened to them and over what period (issue 14)."""

from collections.abc import Callable
from datetime import date

import pytest

from corridor.text.extract import extract_figures
from corridor.text.model import Document, Figure

MakeDoc = Callable[..., Document]


def one(make_doc: MakeDoc, text: str, **kw: object) -> Figure:
    (figure,) = [f for f in extract_figures(make_doc(text, **kw)) if f.metric != "buses"]
    return figure


@pytest.mark.parametrize(
    ("text", "population"),
    [
        ("Denmark evacuated 1,400 Canadians from the port.", "Canadians"),
        ("The ship carried 300 foreign passport holders to Cyprus.", "holders"),
        ("A flight took out 120 service members on Monday.", "members"),
        ("Police said 83 Kenyans had left by road.", "Kenyans"),
        ("Some 700 Indian students left Sumy.", "Indian students"),
        ("The navy moved 2,000 travellers out of the port.", "travellers"),
        ("About 90 evacuees of foreign nationalities reached the border.", "evacuees"),
    ],
)
def test_it_reads_who_is_counted_in_an_open_vocabulary(
    make_doc: MakeDoc, text: str, population: str
) -> None:
    assert one(make_doc, text).population == population


def test_it_does_not_count_days_distances_or_years(make_doc: MakeDoc) -> None:
    text = "The convoy drove 350 km in 3 days, the worst since 1995, to bring 40 people out."
    assert [f.value for f in extract_figures(make_doc(text))] == [40]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("3,200 people are at the port waiting to be evacuated.", "waiting"),
        ("A list of 400 people approved to cross was handed over.", "planned"),
        ("Another 4,500 Americans were due to depart on three ships.", "planned"),
        ("The convoy meant to carry 600 people failed to leave.", "planned"),
        ("Some 40,000 women have been ordered to leave the compound.", "planned"),
        ("More than 4,000 people still need to be evacuated.", "remaining"),
        ("About 1,000 Americans arrived in Cyprus on Thursday.", "arrived"),
        ("Germany evacuated 2,300 of its citizens by bus.", "evacuated"),
        ("Lebanon is home to 17,000 French residents.", "present"),
        ("Maybe 10,000 people are missing.", "missing"),
    ],
)
def test_it_tells_what_happened_to_the_people_counted(
    make_doc: MakeDoc, text: str, metric: str
) -> None:
    assert one(make_doc, text).metric == metric


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Some 1,200 people were evacuated in the past 24 hours.", "24h"),
        ("In all, 5,000 people have left since 3 March.", "cumulative"),
        ("So far 30,000 people have fled.", "cumulative"),
        ("On Tuesday 700 people left the city.", "daily"),
        ("Some 9,000 people remain in the city.", ""),
        ("By noon, more than 800 residents had been bussed to the stadium.", "cumulative"),
        ("As of 8 a.m. on 3 May, 6,100 people crossed the bridge.", "cumulative"),
        ("The first three flights carried out 740 nationals.", "cumulative"),
        ("The ministry has successfully repatriated 310 people.", "cumulative"),
        ("Some 200 people were evacuated by 2 pm today.", "daily"),
    ],
)
def test_it_reads_the_period_a_figure_covers(make_doc: MakeDoc, text: str, period: str) -> None:
    assert one(make_doc, text).period == period


def test_a_since_date_starts_the_period_and_is_not_the_as_of_day(make_doc: MakeDoc) -> None:
    figure = one(
        make_doc,
        "Around 607,000 Rohingya have crossed since Aug. 25.",
        published=date(2017, 10, 31),
    )
    assert (figure.period, figure.as_of) == ("cumulative", date(2017, 10, 31))


def test_vague_words_keep_their_range(make_doc: MakeDoc) -> None:
    figure = one(make_doc, "Dozens of families fled the village.")
    assert (figure.low, figure.high, figure.qualifier) == (24, 99, "dozens")


def test_weekdays_are_not_sources_and_the_ministry_is_the_one_named_before(
    make_doc: MakeDoc,
) -> None:
    text = (
        "Ukraine's defence ministry said the corridor opened at noon.\n"
        "Friday: 3,200 people waited at the port.\n"
        "The ministry claims 1,500 people left on Saturday.\n"
    )
    figures = extract_figures(make_doc(text, outlet="Desk", published=date(2022, 3, 12)))
    by_value = {f.value: f for f in figures}
    assert by_value[3200].source == "Desk" and not by_value[3200].attributed
    assert by_value[1500].source == "Ukraine's defence ministry"


def test_places_come_from_the_gazetteer_with_the_main_country_as_context(
    make_doc: MakeDoc,
) -> None:
    text = (
        "Fighting spread across Ukraine on Monday.\n"
        "Some 2,000 people were evacuated from Irpin.\n"
        "In Cyprus, 900 evacuees landed at Larnaca.\n"
    )
    figures = extract_figures(make_doc(text, published=date(2022, 3, 7)))
    assert [f.place for f in figures] == ["Irpin", "Larnaca"]
    assert {f.crisis for f in figures} == {"UA 2022"}


def test_url_digits_are_never_figures(make_doc: MakeDoc) -> None:
    text = "See https://example.org/news/574845/2006 and www.x.com/1019000 for 40 people who left."
    assert [f.value for f in extract_figures(make_doc(text))] == [40]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # the finite verb, not a participle or an aside, tells what happened
        ("About 9,000 villagers driven from their homes were queuing at the border.", "waiting"),
        ("Some 600 people fleeing the fighting had reached the camp by then.", "arrived"),
        ("About 300 tourists, tired after a night on deck, disembarked at the port.", "arrived"),
    ],
)
def test_the_finite_verb_decides_the_metric(make_doc: MakeDoc, text: str, metric: str) -> None:
    assert one(make_doc, text).metric == metric


def test_a_verb_before_a_place_is_not_a_demonym(make_doc: MakeDoc) -> None:
    figure = one(make_doc, "Of the new arrivals, around 900 reached the Ostrava depot.")
    assert "Ostrava" not in figure.population


def test_a_population_of_n_is_a_stock_of_that_population(make_doc: MakeDoc) -> None:
    text = (
        "Officials counted 4,000 arrivals, out of an estimated population of 25,000 in the valley."
    )
    figures = {f.value: f for f in extract_figures(make_doc(text))}
    stock = figures[25000]
    assert (stock.metric, stock.population, stock.period) == ("present", "estimated population", "")
    assert figures[4000].metric != "present"


def test_a_part_takes_the_metric_of_its_whole(make_doc: MakeDoc) -> None:
    text = "A plane flew 180 people out on Monday, including 20 infants."
    part = {f.value: f for f in extract_figures(make_doc(text))}[20]
    assert (part.metric, part.period) == ("evacuated", "daily")


def test_a_figure_without_its_own_day_keeps_the_day_named_before(make_doc: MakeDoc) -> None:
    text = (
        "A charter plane landed in Lyon on Friday. Its 140 passengers disembarked.\n"
        "There was no respite on Sunday: some 900 people crossed the bridge."
    )
    figures = {f.value: f for f in extract_figures(make_doc(text, published=date(2021, 5, 11)))}
    assert figures[140].as_of == date(2021, 5, 7)
    assert figures[900].as_of == date(2021, 5, 9)


def test_a_stock_keeps_the_publication_day(make_doc: MakeDoc) -> None:
    text = "The convoy left on Friday. Some 3,000 people remain in the town."
    (figure,) = extract_figures(make_doc(text, published=date(2021, 5, 11)))
    assert figure.as_of == date(2021, 5, 11)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Some 400 people left the western districts of Mosul on Monday.", "western Mosul"),
        ("The convoy left Mosul at dawn. Gunmen backed by Turkey fired on its 20 buses.", "Mosul"),
        ("The convoy left Mosul at dawn. Turkey-backed gunmen fired on its 20 buses.", "Mosul"),
        ("The convoy left Mosul at dawn. Ahmad al-Hassan said 300 people were on it.", "Mosul"),
    ],
)
def test_parts_of_a_city_agents_and_first_names(make_doc: MakeDoc, text: str, place: str) -> None:
    figures = [f for f in extract_figures(make_doc(text)) if f.value in (300, 400, 20)]
    assert figures and figures[0].place == place


def test_a_number_takes_the_verb_of_its_own_verb_group(make_doc: MakeDoc) -> None:
    text = "In the raid 41 guards were killed, 95 were wounded."
    figures = {f.value: f for f in extract_figures(make_doc(text))}
    assert (figures[41].metric, figures[95].metric) == ("killed", "wounded")


def test_full_beyond_capacity_is_no_plan(make_doc: MakeDoc) -> None:
    text = "The camp was full beyond capacity, with 800 new arrivals waiting at the gate."
    assert one(make_doc, text).metric == "waiting"


def test_as_of_survives_a_comma_and_displaced_is_an_adjective(make_doc: MakeDoc) -> None:
    text = "As the agency reports, as of 9 a.m. on 2 May, 5 120 displaced people entered Chad."
    figure = one(make_doc, text, published=date(2023, 5, 3))
    assert (figure.period, figure.population) == ("cumulative", "people")
