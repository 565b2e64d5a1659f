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


# Issue 14, second round: forms the first development set lacked.
PUBLISHED = date(2019, 6, 12)  # a Wednesday


def figures_of(make_doc: MakeDoc, text: str) -> list[Figure]:
    return extract_figures(make_doc(text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "metric", "period"),
    [
        ("About 6,000 went north on foot.", "evacuated", "daily"),
        ("The remaining 12,000 are still in the town.", "remaining", ""),
        ("Thousands were stranded in the hills.", "remaining", ""),
        # held up at a way out, they wait to leave
        ("Thousands were stranded at the border.", "waiting", ""),
        ("Up to 7,000 are waiting at the crossing for permission to enter.", "waiting", ""),
        ("At least 15,000 have been displaced by the floods.", "evacuated", "cumulative"),
        ("The agency estimates that 30,000 are sheltering in schools.", "present", ""),
        ("Officials approved the list and 250 boarded the ferry.", "evacuated", "daily"),
    ],
)
def test_a_count_with_no_noun_is_read_from_its_verb(
    make_doc: MakeDoc, text: str, metric: str, period: str
) -> None:
    (figure,) = figures_of(make_doc, text)
    assert (figure.metric, figure.period, figure.population) == (metric, period, "people")
    assert "who inferred" in figure.note


def test_a_rate_is_a_daily_figure_of_its_own(make_doc: MakeDoc) -> None:
    (bare,) = figures_of(make_doc, "Aid workers said 3,500 a day were crossing at the post.")
    (noun,) = figures_of(make_doc, "Roughly 2,500 people per day are arriving in the camp.")
    for figure in (bare, noun):
        assert (figure.metric, figure.period) == ("arrived", "daily")
        assert "rate per day" in figure.note
    text = "Between 90 and 120 Malians have been arriving daily this week."
    (words,) = figures_of(make_doc, text)
    assert words.period == "daily"


def test_a_toll_is_a_running_total_and_its_earlier_value_is_the_same_count(
    make_doc: MakeDoc,
) -> None:
    (toll,) = figures_of(make_doc, "The toll rose to 64 on Wednesday.")
    assert (toll.metric, toll.period) == ("killed", "cumulative")
    text = "The regional government says 12,500 residents have left, up from 9,000 on Monday."
    now, before = figures_of(make_doc, text)
    assert (before.value, before.metric, before.population) == (9000, "evacuated", "residents")
    assert (now.as_of, before.as_of) == (PUBLISHED, date(2019, 6, 10))


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The fighting killed 75 civilians, the monitor said.", "cumulative"),
        ("An air strike killed 12 people near the market.", "daily"),
        ("On Tuesday, shelling killed 9 people in the port.", "daily"),
        ("As of 2 PM today, an estimated 30,000 people have evacuated the coast.", "cumulative"),
        ("Nearly 80,000 people moved inland over the weekend.", "cumulative"),
        ("Some 11,000 refugees have arrived in just 12 hours.", "daily"),
        ("A total of 9,000 people have crossed since 1 May, including 1,200 on Sunday.", "daily"),
    ],
)
def test_periods_from_days_incidents_weekends_and_hours(
    make_doc: MakeDoc, text: str, period: str
) -> None:
    assert figures_of(make_doc, text)[-1].period == period


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Nearly 40,000 residents were ordered out of the valley.", "planned"),
        ("Officials fear the toll could exceed 900.", "planned"),
        ("Around 50,000 people are affected by the evacuation order.", "planned"),
        ("About 5,000 people will need food aid.", "other"),
        ("Medics evacuated 80 wounded and sick patients by boat.", "evacuated"),
        ("The camp now hosts 30,000 refugees.", "present"),
        ("Some 4,000 people are internally displaced.", "present"),
        ("The floods struck a town of 65,000 inhabitants.", "present"),
        ("The closure left 2,000 new arrivals stuck in a no man's land.", "waiting"),
        ("Thousands of civilians trapped by the fighting have crossed out of the zone.",
         "evacuated"),
        ("Two staff who had remained inside to help the sick had travelled out.", "evacuated"),
        ("The ferry took 900 to Larnaca, the ministry said.", "evacuated"),
        ("Some 300 people were taken by bus to the coast.", "evacuated"),
        ("The town received around 8,000 people overnight.", "arrived"),
        ("Around 15,000 people still needed to be rescued.", "remaining"),
    ],
)  # fmt: skip
def test_metric_rules_of_the_second_round(make_doc: MakeDoc, text: str, metric: str) -> None:
    assert figures_of(make_doc, text)[0].metric == metric


def test_a_plan_is_known_on_the_day_of_the_report(make_doc: MakeDoc) -> None:
    (figure,) = figures_of(make_doc, "A further 2,000 are expected to arrive by Friday.")
    assert (figure.metric, figure.as_of) == ("planned", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "population"),
    [
        ("Medics evacuated 80 wounded and sick patients by boat.", "patients"),
        ("Dozens of men and women waited at the gate.", "women"),
        ("Three UN staff members left the city.", "members"),
        ("The province hosts close to 90,000 displaced Syrians.", "Syrians"),
        ("Three expatriate nurses stayed behind.", "nurses"),
    ],
)
def test_who_is_counted_in_coordinated_compound_and_partitive_phrases(
    make_doc: MakeDoc, text: str, population: str
) -> None:
    figure = figures_of(make_doc, text)[0]
    assert population in figure.population.split()


def test_a_gapped_list_keeps_the_verb_and_noun_of_its_first_item(make_doc: MakeDoc) -> None:
    text = "Peru houses 40,000 refugees and Chile over 20,000."
    first, second = figures_of(make_doc, text)
    assert (second.value, second.population, second.metric) == (20000, "refugees", first.metric)


@pytest.mark.parametrize(
    "text",
    [
        "Flight 302 arrived at noon.",
        "Two US officials said the camp was calm.",
        "In the capital 4 agreements have been signed.",
        "The number of open crossings was cut to two.",
        "The railway sent one lakh water bottles.",
    ],
)
def test_numbers_that_count_no_people(make_doc: MakeDoc, text: str) -> None:
    assert figures_of(make_doc, text) == []


def test_a_feared_toll_and_an_increment_are_marked(make_doc: MakeDoc) -> None:
    (feared,) = figures_of(make_doc, "1,000 feared dead after the storm")
    assert "hedged" in feared.note
    total, more = figures_of(make_doc, "At least 215 people died, and another 48 died later.")
    assert "an increment" in more.note and "an increment" not in total.note


def test_a_part_of_a_stated_whole_counts_what_the_whole_counts(make_doc: MakeDoc) -> None:
    part = figures_of(make_doc, "Only 300 of the 1,200 residents were allowed to leave.")[0]
    assert (part.value, part.population) == (300, "residents")
    part = figures_of(make_doc, "Some 400 out of the town's 3,000 people left.")[0]
    assert (part.value, part.population) == (400, "people")


def test_a_count_said_on_a_named_day_is_as_of_that_day(make_doc: MakeDoc) -> None:
    text = '"Some 60,000 people remain in the camps," the governor told reporters on Monday.'
    (stock,) = figures_of(make_doc, text)
    assert (stock.metric, stock.as_of) == ("remaining", date(2019, 6, 10))
    text = (
        "The minister said 540 people were flown home on Monday while 500 have already "
        "arrived on Tuesday."
    )
    first, second = figures_of(make_doc, text)
    assert (second.period, second.as_of) == ("daily", date(2019, 6, 11))


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("As many as 9,000 Malians have poured into Niger since Friday.", "arrived"),
        ("Tens of thousands of people streamed out of the town on Thursday.", "evacuated"),
        ("More than 800 people have sought refuge at the school.", "arrived"),
        ("Over 300 volunteers have come to the border to help.", "arrived"),
        ("The number of people who have fled the region has reached 3 million.", "evacuated"),
        ("The authorities said the number could be around 200,000.", "other"),
        ("The government says 4 million could leave by 2030.", "planned"),
    ],
)
def test_direction_of_movement_totals_and_estimates(
    make_doc: MakeDoc, text: str, metric: str
) -> None:
    assert figures_of(make_doc, text)[0].metric == metric


def test_could_be_before_a_number_is_an_estimate_after_it_a_forecast(make_doc: MakeDoc) -> None:
    (estimate,) = figures_of(make_doc, "Officials said the number could be around 200,000.")
    (forecast,) = figures_of(make_doc, "The government says 4 million could be living there.")
    assert "planned" not in estimate.note and "planned" in forecast.note
