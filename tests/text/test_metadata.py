"""Reading where and when a report was published (issue 14)."""

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from corridor.cli.brief import brief_command
from corridor.text.brief import build_brief, notices
from corridor.text.metadata import dateline, dateline_span, header_fields, opening_date
from corridor.text.sources import document_from_text, load_documents


def test_it_reads_a_clipping_header_and_never_reads_its_url_digits() -> None:
    raw = (
        "SOURCE: https://www.example.com/news/574845/story | DATE: 2006-07-16\n"
        "BEIRUT (Reuters) - Some 460 people left Lebanon by road on Saturday.\n"
    )
    document = document_from_text(raw, "clip")
    assert (document.outlet, document.published) == ("Reuters", date(2006, 7, 16))
    assert document.url == "https://www.example.com/news/574845/story"
    assert len(document.text) == len(raw) and "574845" not in document.text
    brief = build_brief([document])
    assert [f.value for f in brief.figures] == [460]
    assert brief.figures[0].as_of == date(2006, 7, 15)


def test_it_reads_wire_datelines() -> None:
    afp = dateline("NICOSIA, July 21, 2006 (AFP) – Thousands of foreigners huddled.")
    assert (afp.outlet, afp.published) == ("AFP", date(2006, 7, 21))
    rfe = dateline("Blace, Macedonia; 14 May 1999 (RFE/RL) -- After some 20,000 crossed.")
    assert (rfe.outlet, rfe.published) == ("RFE/RL", date(1999, 5, 14))
    no_year = dateline("LVIV, March 8 (Reuters) — Ukraine began evacuating civilians.")
    assert (no_year.outlet, no_year.published, no_year.day_without_year) == (
        "Reuters", None, True,
    )  # fmt: skip
    assert dateline("Friday: 3,200 people waited at the port.").outlet == ""


def test_several_fields_on_one_header_line() -> None:
    assert header_fields("URL: http://a.org/1 | Published: 2023-08-02\nOutlet: X\n\nBody") == {
        "url": "http://a.org/1",
        "date": "2023-08-02",
        "outlet": "X",
    }


def test_the_outlet_falls_back_to_the_url_host() -> None:
    document = document_from_text("URL: https://www.cbsnews.com/news/x/\n\n40 people left.", "c")
    assert (document.outlet, document.outlet_known) == ("cbsnews.com", True)


def test_the_brief_warns_where_dates_or_outlets_are_unknown(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some 40 people left the town on Friday.\n")
    (tmp_path / "b.txt").write_text("Outlet: Desk\nDate: 2022-03-08\n\nSome 50 people left.\n")
    brief = build_brief(load_documents([tmp_path]).documents)
    warnings = " ".join(notices(brief))
    assert "Publication date unknown for 1 article(s) [1]" in warnings
    assert "Outlet unknown for 1 article(s) [1]" in warnings


def test_dates_per_file_on_the_command_line_and_in_a_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kyiv, March 8 : Some 40 people left on Tuesday.\n")
    (tmp_path / "b.txt").write_text("Some 50 people left yesterday.\n")
    (tmp_path / "list.csv").write_text("file,date,outlet\nb.txt,2023-08-03,Wire\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        brief_command,
        [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out),
         "--date", "a.txt=2022-03-08", "--manifest", str(tmp_path / "list.csv")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    markdown = (out / "brief.md").read_text()
    assert "2022-03-08" in markdown and "Wire, 2023-08-03" in markdown
    assert "Publication date unknown" not in markdown and "Outlet unknown for 1" in markdown
    bad = CliRunner().invoke(brief_command, [str(tmp_path / "a.txt"), "--date", "a.txt=soon"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    (tmp_path / "bad.csv").write_text("file,date\nb.txt,next week\n")
    bad_manifest = CliRunner().invoke(
        brief_command, [str(tmp_path / "a.txt"), "--manifest", str(tmp_path / "bad.csv")]
    )
    assert bad_manifest.exit_code == 2 and "line 2" in bad_manifest.output
    assert not (tmp_path / "brief").exists()


def test_non_english_articles_are_reported_not_misread(tmp_path: Path) -> None:
    (tmp_path / "ar.txt").write_text(
        "أفادت المتحدثة باسم رئيس الوزراء الأرمني بوصول أكثر من 50 ألف نازح إلى أرمينيا من الإقليم",
        encoding="utf-8",
    )
    (tmp_path / "en.txt").write_text("Date: 2023-09-27\n\nSome 42,500 refugees have arrived.\n")
    batch = load_documents([tmp_path])
    assert [d.doc_id for d in batch.documents] == ["en"]
    (failure,) = batch.failures
    assert failure.language == "Arabic" and "not read" in failure.reason
    brief = build_brief(batch.documents, batch.failures)
    assert "1 Arabic article(s) not read (the Brief reads English)." in notices(brief)


def test_a_title_line_may_stand_above_the_header_fields() -> None:
    raw = "Floods cut off the valley\nPublished: 13 August, 2014\nOutlet: Relief Desk\n\nBody.\n"
    document = document_from_text(raw, "titled")
    assert (document.outlet, document.published) == ("Relief Desk", date(2014, 8, 13))
    assert document.title == "Floods cut off the valley"


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Thousands shelter in schools after the floods\n12 August 2014\n", date(2014, 8, 12)),
        ("Valley: agency moves 240 patients by sea\n28-05-2021 News Release 34/21\n",
         date(2021, 5, 28)),
        ("Situation Report No. 4\n28 May 2021\n", date(2021, 5, 28)),
        ("Hundreds stranded\nApril 26, 2015 03:12 am | Updated November 17, 2021 11:07 am\n",
         date(2015, 4, 26)),
        ("Port reopens\n(Agencies)\nUpdated: 2008-08-31 11:47\n", date(2008, 8, 31)),
    ],
)  # fmt: skip
def test_a_date_line_near_the_top_gives_the_publication_day(opening: str, day: date) -> None:
    raw = opening + "The agency moved 240 patients from the port to the city hospital.\n"
    assert opening_date(raw) == day
    assert document_from_text(raw, "opening").published == day


def test_a_dateline_below_a_title_gives_the_outlet_and_masks_only_itself() -> None:
    raw = (
        "Valley: agency evacuates over 240 wounded and sick by sea\n"
        "10-02-2009 News Release 34/09\n"
        "Colombo/Geneva (ICRC) – A ferry is evacuating about 240 patients to the city.\n"
        "They fled the hospital on 4 February.\n"
    )
    document = document_from_text(raw, "release")
    assert (document.outlet, document.published) == ("ICRC", date(2009, 2, 10))
    start, end = dateline_span(document.text)
    assert document.text[start:end].startswith("Colombo/Geneva (ICRC)")
    values = [f.value for f in build_brief([document]).figures]
    assert values[:1] == [240] and len(values) == 2  # the title's figure is still read


def test_a_weekday_line_is_no_dateline_and_a_url_path_gives_the_day() -> None:
    raw = "The ministry spoke at noon.\nFriday: 3,200 people waited at the port.\n"
    assert dateline_span(raw) == (0, 0)
    clipped = "URL: https://example.org/news/2022/03/07/corridor\n\nBody with 40 people.\n"
    assert document_from_text(clipped, "url").published == date(2022, 3, 7)


_BODY = "\n\nSome 300 people left the valley after the flood, officials said.\n"


@pytest.mark.parametrize(
    ("header", "day"),
    [
        # clipping header lines
        ("SOURCE: https://example.org/a | DATE: May 3, 2019", date(2019, 5, 3)),
        ("Date: Fri, 03 May 2019 10:31:00 +0000", date(2019, 5, 3)),
        ("Date: 2019/05/03", date(2019, 5, 3)),
        ("Published on: 03 May 2019 10:31 GMT", date(2019, 5, 3)),
        ("Publication date: 3 May 2019", date(2019, 5, 3)),
        ("Title: Valley floods\nAuthor: A. Writer\nDate: 3 May 2019", date(2019, 5, 3)),
        ("Updated: 4 May 2019\nPublished: 3 May 2019", date(2019, 5, 3)),
        ("Last updated: 4 May 2019", date(2019, 5, 4)),
        ("Updated: 2019-05-04T10:31:00Z", date(2019, 5, 4)),
        # news sites and blogs
        ("Posted on May 3, 2019 by A. Writer", date(2019, 5, 3)),
        ("By A. Writer | May 3, 2019", date(2019, 5, 3)),
        ("Friday 3rd May 2019", date(2019, 5, 3)),
        ("Sept. 14, 2023", date(2023, 9, 14)),
        ("May 3, 2019 / 10:31 AM / Updated 5 years ago", date(2019, 5, 3)),
        ("PUBLISHED: 10:31 BST, 3 May 2019 | UPDATED: 12:00 BST, 4 May 2019", date(2019, 5, 3)),
        ("Sat 4 May 2019 10.31 EDT\nFirst published on Fri 3 May 2019 22.00 EDT", date(2019, 5, 3)),
        ("2019.05.03", date(2019, 5, 3)),
        ("3.5.2019", date(2019, 5, 3)),  # dots part a day written day first
        # ReliefWeb: the report's own day, not the day it was reposted
        ("Situation Report\nSource: Relief Office\nPosted: 3 May 2019\n"
         "Originally published: 2 May 2019", date(2019, 5, 2)),
        # UN, ICRC and agency releases
        ("NEWS RELEASE\nGeneva, 3 May 2019 – Some 300 people left.", date(2019, 5, 3)),
        ("News release\n03 May 2019\nGeneva (Red Cross) – Some 300 left.", date(2019, 5, 3)),
        ("GENEVA (3 May 2019) – Some 300 people left the valley.", date(2019, 5, 3)),
        ("3 May 2019 – Some 300 people left the valley, the agency said.", date(2019, 5, 3)),
        # tweets
        ("Relief Agency (@relief)\n10:31 AM · May 3, 2019", date(2019, 5, 3)),
        # URLs: a day in the path, never a figure
        ("URL: https://news.example.org/2019/05/03/flood-story/", date(2019, 5, 3)),
        ("URL: https://news.example.org/2019/may/03/flood", date(2019, 5, 3)),
        ("URL: https://news.example.org/world/flood-story-20190503.html", date(2019, 5, 3)),
        ("URL: https://news.example.org/world/20190503-flood-story", date(2019, 5, 3)),
        # no day can be read
        ("Date: 03/05/2019", None),
        ("BEIRUT, April 15 (AFP) – Some 300 people left.", None),
        ("URL: https://news.example.org/id/20191345/story", None),
    ],
)  # fmt: skip
def test_publication_days_in_common_clipping_formats(header: str, day: date | None) -> None:
    document = document_from_text(header + _BODY, "clip")
    assert document.published == day
    assert "20190503" not in document.text and "2019/05/03" not in document.text


def test_an_ambiguous_numeric_day_is_read_only_when_the_report_settles_it() -> None:
    """Should read 03/05/2019 as 3 May only when the report names May, never guess."""
    settled = "Date: 03/05/2019\n\nSome 300 people left on 2 May, officials said.\n"
    assert document_from_text(settled, "a").published == date(2019, 5, 3)
    march = "Date: 03/05/2019\n\nSome 300 people left on 4 March, officials said.\n"
    assert document_from_text(march, "b").published == date(2019, 3, 5)
    assert document_from_text("Date: 28/05/2021" + _BODY, "c").published == date(2021, 5, 28)
    assert document_from_text("Date: 05/28/2021" + _BODY, "d").published == date(2021, 5, 28)


def test_an_undated_briefing_is_dated_by_the_day_it_says_it_was_given() -> None:
    raw = (
        "Displaced families head north\n"
        "This is a summary of what was said by the agency's spokesperson at the press "
        "briefing, on 10 October 2014, in Geneva.\n"
        "Some 1,600 people have sought refuge at the camp over the past fortnight.\n"
    )
    assert document_from_text(raw, "notes").published == date(2014, 10, 10)
    history = "The dam burst on 17 January 2002, killing 250 people.\nSome 300 left.\n"
    assert document_from_text(history, "old").published is None


def test_a_label_and_value_block_gives_the_original_day() -> None:
    """Should read a copied page whose labels stand on their own lines (ReliefWeb style)."""
    raw = (
        "Format\nSituation Report\nSource\nRelief Office\nPosted\n3 May 2019\n"
        "Originally published\n2 May 2019" + _BODY
    )
    assert document_from_text(raw, "block").published == date(2019, 5, 2)


def test_a_dateline_without_a_year_takes_it_from_the_url_month() -> None:
    raw = (
        "URL: https://news.example.org/2022/03/city-evacuation\n\n"
        "LVIV, March 8 (Wire) - Some 300 people left the city on Tuesday.\n"
    )
    document = document_from_text(raw, "wire")
    assert (document.outlet, document.published) == ("Wire", date(2022, 3, 8))
    assert build_brief([document]).figures[0].as_of == date(2022, 3, 8)


def test_a_dateline_day_wins_over_a_later_clipping_date() -> None:
    """Should date a wire story by its dateline when the clipping was saved days later."""
    raw = (
        "SOURCE: https://example.org/x | DATE: 2022-03-10\n\n"
        "LVIV, March 8 (Wire) - Some 300 people left the city yesterday, officials said.\n"
    )
    document = document_from_text(raw, "late")
    assert document.published == date(2022, 3, 8)
    assert build_brief([document]).figures[0].as_of == date(2022, 3, 7)
    later = raw.replace("2022-03-10", "2022-04-20")  # a month on: the clip date stands
    assert document_from_text(later, "much-later").published == date(2022, 4, 20)


def test_a_bare_url_opening_a_copied_page_gives_its_day_and_host() -> None:
    raw = "https://news.example.org/2019/05/03/4000-flee\n\nSome 300 people left on Friday.\n"
    document = document_from_text(raw, "bare")
    assert (document.published, document.outlet) == (date(2019, 5, 3), "news.example.org")
    assert [f.value for f in build_brief([document]).figures] == [300]


def test_a_date_line_at_the_foot_of_a_clipping_dates_it() -> None:
    body = "Some 300 people left the valley after the flood, officials said.\n"
    footed = body + "More families are expected to follow.\n\nPublished 3 May 2019 10:31 GMT\n"
    assert document_from_text(footed, "foot").published == date(2019, 5, 3)
    history = body + "The dam had burst on 17 January 2002, killing 250 people.\n"
    assert document_from_text(history, "history").published is None


def test_a_sentence_whose_subject_has_an_acronym_in_brackets_is_no_dateline() -> None:
    """Should read "The Department of Foreign Affairs (DFA) said ..." as the body, and "The
    Hague (Reuters) -" as a dateline: "The" opens a place only when the gazetteer knows it."""
    from corridor.text.metadata import dateline_span

    assert dateline_span("The Department of Foreign Affairs (DFA) said 1,200 left.") == (0, 0)
    assert dateline_span("The Hague (Reuters) - About 300 people left.") == (0, 22)


@pytest.mark.parametrize(
    ("line", "outlet", "day"),
    [
        ("Russia announced Friday (Dec 16) it was negotiating a ceasefire.", "", None),
        ("The ministry said on Sunday (5 May) that 300 people had left.", "", None),
        ("GENEVA (3 May 2019) - The UN said 300 people fled.", "", date(2019, 5, 3)),
        ("NAIROBI, May 3 2019 (Reuters) - Some 300 people fled.", "Reuters", date(2019, 5, 3)),
    ],
)
def test_a_bracketed_day_after_a_clause_is_no_agency(
    line: str, outlet: str, day: date | None
) -> None:
    """A day in brackets after a clause dates the body, it names no outlet; after a place it
    is the dateline's day."""
    found = dateline(line)
    assert (found.outlet, found.published) == (outlet, day)


# Round 7: the shapes users save reports in, made up in the style of real ones.
SAVED_SHAPES = [
    # a title that closes on its day in brackets, with a fiscal year before it
    ("Valdoria - Complex Emergency Fact Sheet #3, Fiscal Year (FY) 2031 (April 9, 2031)\n\n"
     "Some 41,000 people have left their homes.", date(2031, 4, 9)),
    ("Relief Office Flood Response Flash Update IV (12 March 2031)\n\n"
     "Some 7,400 people are in shelters.", date(2031, 3, 12)),
    # a sentence that ends on a year is prose, not the page's day
    ("Harbour town still reeling\nThe storm struck the coast on 14 August 2029.\n"
     "About 3,100 people remain in shelters, the mayor said.", None),
    # ... but a stamp line ending in a stop is still a stamp
    ("Harbour town still reeling\nPublished on Friday, 17 August 2029.\n"
     "About 3,100 people remain in shelters, the mayor said.", date(2029, 8, 17)),
    # a messenger post's dotted stamp is written day first
    ("Civil Defence Service, [07.05.2031 18:12]\nSome 2,600 people were moved today.",
     date(2031, 5, 7)),
    # a body that opens by dating its news, in an otherwise undated text
    ("On Thursday, 4 September 2031, officials said 5,200 people had left the delta.",
     date(2031, 9, 4)),
    ("Posted 3 hours ago\nOn 4 September 2031 the agency said 5,200 people had left.",
     date(2031, 9, 4)),
    # a copyright year alone dates nothing
    ("Lakeside camp swells\nAbout 900 families arrived on Friday, the agency said.\n"
     "© 2024 Example Media. All rights reserved.", None),
    # a long title closing on its day after a comma, a dash or "as of"
    ("Valdoria: Port Fire Flash Update No. 2 for the coastal wards, as of 6 May 2031\n\n"
     "Some 7,400 people are in shelters.", date(2031, 5, 6)),
    ("Valdoria Drought Response Situation Report No. 9 for the whole country (As of 31 July "
     "2031)\n\nSome 7,400 people are in shelters.", date(2031, 7, 31)),
    # ... but a long headline ending on an event's day is no date line
    ("Thousands flee as the powerful storm makes landfall on the coast on 14 August 2029\n"
     "About 3,100 people remain in shelters, the mayor said.", None),
    # a copied page's stamp with its year run into the time
    ("Harbour fire\nMay 6, 20318:03 AM GMT+5:30Updated 2 years ago\n"
     "About 3,100 people remain in shelters, the mayor said.", date(2031, 5, 6)),
    # a copied page's fields run into one long line: the labelled first day
    ("Valdoria\nFlood update\nFormat News and Press Release Source Relief Aid Posted 13 Mar "
     "2031 Originally published 12 Mar 2031 Origin View original\n"
     "Some 7,400 people are in shelters.", date(2031, 3, 12)),
    ("Valdoria\nFlood update\nFormat Situation Report Source Valdoria Relief Office and "
     "partners Posted 13 Mar 2031 Origin View original\n"
     "Some 7,400 people are in shelters.", date(2031, 3, 13)),
    # a far later revision never displaces the first day
    ("Camp swells\nPublished: 2 May 2029\nLast updated: 19 January 2031\n"
     "About 900 families arrived on Friday.", date(2029, 5, 2)),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "day"), SAVED_SHAPES)
def test_the_publication_day_of_a_saved_report(raw: str, day: date | None) -> None:
    assert document_from_text(raw, "saved").published == day


def test_a_wire_dateline_below_summary_bullets_and_a_byline_gives_the_outlet() -> None:
    raw = (
        "Evacuation spares coastal towns\n\n* Storm kills at least 9\n\n"
        "* Half a million in shelters\n\nBy Ana Ruiz and Tom Bell\n\n"
        "PORTVALE, Nov 3 (Reuters) - About 500,000 people spent the night in shelters.\n"
    )
    document = document_from_text(raw, "wire")
    assert document.outlet == "Reuters"
    assert document.published is None  # a day without its year is not guessed


def test_a_dated_first_line_above_a_dateline_is_a_standfirst_not_the_page_day() -> None:
    raw = (
        "On Friday, 3 May 2030, the army said the town had emptied\n\n"
        "CAIRO (AP) - Some 1,200 foreigners have left the country.\n"
    )
    assert document_from_text(raw, "standfirst").published is None


_PAGE_BODY = (
    "<p>Some 12,000 people were moved from the low-lying wards on Monday, the district "
    "office said in a statement to reporters at the town hall.</p>" * 3
)


def _page(head: str = "", top: str = "", foot: str = "", before: str = "") -> str:
    return (
        f"{before}<html><head>{head}<title>Floods</title></head><body><article><h1>Floods"
        f"</h1>{top}{_PAGE_BODY}</article><footer>{foot}</footer></body></html>"
    )


SAVED_PAGES = [
    # a footer's copyright year is no publication day
    (_page(foot="© 2024 Example Media"), None),
    (_page(foot="Copyright 2019-2024 Example Media"), None),
    # ... though a page dated on 1 January keeps its day
    (_page(head='<meta property="article:published_time" content="2024-01-01T08:00:00Z">',
           foot="© 2024 Example Media"), date(2024, 1, 1)),
    # a browser's "saved from" comment names the address, and its path the day
    (_page(before="<!-- saved from url=(0058)https://news.example.net/2024/03/14/"
                  "flood-wards -->\n"), date(2024, 3, 14)),
    # a wire dateline in the page's text dates it when the markup does not
    (_page(top="<p>MARLOW, March 14, 2024 (Reuters) - The river rose again overnight as "
               "rain fell across the valley and crews worked.</p>"), date(2024, 3, 14)),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "day"), SAVED_PAGES)
def test_the_publication_day_of_a_saved_page(raw: str, day: date | None) -> None:
    assert document_from_text(raw, "page").published == day


@pytest.mark.parametrize(
    "stamp",
    ["May 6, 20318:03 AM GMT+5:30Updated 2 years ago", "May 6, 2031 · 4 min read",
     "Updated 6 May 2031, 9:40am | 3 hours ago"],
)  # fmt: skip
def test_a_stamp_line_with_its_reading_time_or_age_is_never_read_for_figures(stamp: str) -> None:
    raw = f"Harbour fire\n{stamp}\nAbout 3,100 people remain in shelters, the mayor said.\n"
    document = document_from_text(raw, "stamp")
    assert stamp not in document.text
    assert [f.surface for f in build_brief([document]).figures] == ["About 3,100"]


def test_an_email_header_gives_the_sender_as_outlet_and_the_sent_day() -> None:
    raw = (
        "From: Valdoria Relief Desk <desk@relief.example.org>\n"
        "Sent: Tuesday, March 11, 2031 10:04 AM\nTo: partners\nCc: cluster leads\n"
        "Subject: Flood update\n\nDear colleagues, some 12,000 people arrived in Marlow "
        "yesterday.\n"
    )
    document = document_from_text(raw, "mail")
    assert (document.outlet, document.published, document.title) == (
        "Valdoria Relief Desk",
        date(2031, 3, 11),
        "Flood update",
    )
    assert "desk@relief" not in document.text and "partners" not in document.text
    (figure,) = build_brief([document]).figures
    assert figure.as_of == date(2031, 3, 10)
