"""A seventh battery of made-up reports for the as-of day (issue 14): the publication day
as the first cause of a wrong as-of.

Each report is saved the way users paste or save one, and a relative day in it ("today",
"yesterday", "on Monday") resolves from the day its metadata gives. Each group is one
general cause the Brief got wrong on such reports:

- a long title that closes on its day in brackets ("Fact Sheet #2, Fiscal Year (FY) 2031
  (April 9, 2031)") gives the report's day;
- a sentence near the top that ends on a year ("The storm struck on 14 August 2029.") is
  prose on an event, not the page's date line;
- a messenger post's dotted stamp ("[07.05.2031 18:12]") is written day first;
- an undated text whose first line opens on a day with its year ("On Thursday, 4
  September 2031, ...") is dated by it;
- a wire dateline below summary bullets and a byline is still the dateline;
- a copied stamp whose year runs into the time ("Sep 17, 20318:03 AM") still dates the
  report, and "48 hours ago" is two days before it.
"""

from datetime import date

import pytest

from corridor.text.brief import build_brief
from corridor.text.sources import document_from_text


def as_of(raw: str, surface: str) -> date | None:
    """Return the as-of day of the figure whose surface ends with ``surface``."""
    figures = build_brief([document_from_text(raw, "saved")]).figures
    days = [f.as_of for f in figures if f.surface.endswith(surface)]
    assert days, (raw, [(f.surface, f.as_of) for f in figures])
    return days[0]


CASES = [
    # a title closing on its day in brackets
    ("Valdoria - Complex Emergency Fact Sheet #3, Fiscal Year (FY) 2031 (April 9, 2031)\n\n"
     "Some 41,000 people have been displaced since January.", "41,000", date(2031, 4, 9)),
    ("Relief Office Flood Response Flash Update IV (12 March 2031)\n\n"
     "Some 7,400 people were moved to shelters yesterday.", "7,400", date(2031, 3, 11)),
    # a sentence ending on a year is no date line: the count has no day to stand on
    ("Harbour town still reeling\nThe storm struck the coast on 14 August 2029.\n"
     "About 3,100 people remain in shelters, the mayor said.", "3,100", None),
    # a stamp line that ends in a stop still dates the page
    ("Harbour town still reeling\nPublished on Friday, 17 August 2029.\n"
     "About 3,100 people remain in shelters, the mayor said.", "3,100", date(2029, 8, 17)),
    # dotted messenger stamps, day first
    ("Civil Defence Service, [07.05.2031 18:12]\nSome 2,600 people were moved today.",
     "2,600", date(2031, 5, 7)),
    ("Regional Governor, [11.06.2031 09:40]\nYesterday 1,350 residents left the river villages.",
     "1,350", date(2031, 6, 10)),
    # relative days count from the day the metadata gives (Wednesday 17 September 2031)
    ("Published On 17 Sep 2031\nSome 2,900 people were moved out 48 hours ago, the "
     "mayor said.", "2,900", date(2031, 9, 15)),
    ("Published On 17 Sep 2031\nSome 2,900 people were moved out 24 hours ago.", "2,900",
     date(2031, 9, 16)),
    ("Sep 17, 20318:03 AM GMT+2Updated 2 years ago\nSome 2,900 people fled on Monday, the "
     "mayor said.", "2,900", date(2031, 9, 15)),
    ("From: Desk <desk@example.org>\nSent: Wednesday, September 17, 2031 10:04 AM\n"
     "Subject: update\n\nSome 2,900 people were moved out yesterday.", "2,900",
     date(2031, 9, 16)),
    # the first line opens on the day
    ("On Thursday, 4 September 2031, officials said 5,200 people had left the delta.",
     "5,200", date(2031, 9, 4)),
    ("Posted 3 hours ago\nOn 4 September 2031 the agency said 5,200 people had left.",
     "5,200", date(2031, 9, 4)),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "surface", "day"), CASES)
def test_a_saved_report_dates_its_figures_from_its_own_day(
    raw: str, surface: str, day: date | None
) -> None:
    assert as_of(raw, surface) == day


def test_a_dateline_below_bullets_and_a_byline_is_no_figure_and_gives_the_outlet() -> None:
    raw = (
        "Evacuation spares coastal towns\n\n* Storm kills at least 9\n\n"
        "By Ana Ruiz\n\nPORTVALE, Nov 3 2031 (Reuters) - About 500,000 people spent the "
        "night in shelters, officials said on Sunday.\n"
    )
    document = document_from_text(raw, "wire")
    assert (document.outlet, document.published) == ("Reuters", date(2031, 11, 3))
    assert as_of(raw, "500,000") == date(2031, 11, 2)


@pytest.mark.parametrize(
    ("raw", "surfaces"),
    [
        ("Valdoria Situation Report regarding Flood / Heavy Rainfall 30th June, 2031 1800 Hrs\n\n"
         "About 31,500 people are taking shelter in 560 relief camps.", ["About 31,500"]),
        ("At 0630 hours IST, some 1,200 people were moved to the school.", ["some 1,200"]),
    ],
)  # fmt: skip
def test_a_four_digit_time_of_day_in_a_stamp_is_no_figure(raw: str, surfaces: list[str]) -> None:
    figures = build_brief([document_from_text(raw, "sitrep")]).figures
    assert [f.surface for f in figures] == surfaces
