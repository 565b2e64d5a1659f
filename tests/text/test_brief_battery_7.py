"""A seventh battery (issue 14): the brief read on a phone.

The page opens with "Key figures": per crisis and people-counting metric, the latest value
with its source and as-of day, marked where the sources of that day disagree; the full table,
the single-source ``other`` figures and the timeline are folded in closed ``<details>``.
Groups and reports are made up (places, sources and numbers invented).
"""

from __future__ import annotations

import re
from datetime import date

from corridor.text.brief import Brief
from corridor.text.compare import CONTRADICTION, Group, Report
from corridor.text.key_figures import key_figures
from corridor.text.model import Document
from corridor.text.render_html import to_html
from corridor.text.render_markdown import to_markdown

CRISIS = "ZZ 2031"


def _report(source: str, value: int, doc: str, qualifier: str = "") -> Report:
    return Report(source, value, None, None, qualifier, (doc,), ())


class _Judged(Group):
    """A group whose status is given: the comparison rules are tested elsewhere."""

    verdict = "agree"

    @property
    def status(self) -> str:
        return self.verdict


def _group(metric: str, day: date | None, *reports: Report, **scope: str) -> Group:
    group = _Judged(
        metric=metric,
        place=scope.get("place", "Velmar"),
        as_of=day,
        part=False,
        crisis=scope.get("crisis", CRISIS),
        population="people",
        period=scope.get("period", "cumulative"),
    )
    group.reports.extend(reports)
    return group


def _brief(groups: list[Group]) -> Brief:
    documents = [Document(d, "", "The Coast Herald") for d in "abcd"]
    return Brief(documents=documents, figures=[], groups=groups, timeline=[], summary=[])


def test_the_latest_value_of_each_series_is_kept() -> None:
    groups = [
        _group("killed", date(2031, 3, 2), _report("Red Lantern", 40, "a")),
        _group("killed", date(2031, 3, 5), _report("Red Lantern", 71, "b")),
        _group("killed", date(2031, 3, 4), _report("Civil Defence", 65, "c")),
        _group("killed", None, _report("a witness", 300, "d")),
        _group("evacuated", date(2031, 3, 1), _report("Civil Defence", 900, "c"), period="daily"),
        _group("other", date(2031, 3, 6), _report("Civil Defence", 5, "c")),
    ]
    keys = {(k.metric, k.period): k for k in key_figures(groups)}
    assert set(keys) == {("killed", "cumulative"), ("evacuated", "daily")}
    killed = keys["killed", "cumulative"]
    assert (killed.low, killed.as_of, killed.sources) == (71, date(2031, 3, 5), ("Red Lantern",))
    # evacuated comes before killed, as a coordinator reads them
    assert [k.metric for k in key_figures(groups)] == ["evacuated", "killed"]


def test_on_one_day_the_figure_more_sources_give_is_kept_and_a_dispute_is_marked() -> None:
    day = date(2031, 3, 5)
    groups = [
        _group("remaining", day, _report("Port Authority", 12_000, "a"), place="Kessa"),
        _group(
            "remaining", day, _report("Port Authority", 3_000, "a"),
            _report("Blue Cross", 3_000, "b"), place="Old Town",
        ),
    ]  # fmt: skip
    [key] = key_figures(groups)
    assert (key.place, key.sources, key.disputed) == (
        "Old Town",
        ("Port Authority", "Blue Cross"),
        False,
    )


def test_the_html_page_opens_with_key_figures_and_folds_the_long_sections() -> None:
    groups = [
        _group("evacuated", date(2031, 3, 5), _report("Civil <b>Defence</b>", 2_400, "a")),
        _group("other", date(2031, 3, 5), _report("Civil <b>Defence</b>", 14, "a")),
        _group("wounded", date(2031, 3, 4), _report("Blue Cross", 80, "b"),
               _report("Port Authority", 80, "c")),
    ]  # fmt: skip
    page = to_html(_brief(groups))
    key = page.index("<h2>Key figures</h2>")
    assert key < page.index("<h2>Summary</h2>") < page.index("<details>")
    block = page[key : page.index("<h2>Summary</h2>")]
    assert "evacuated (cumulative): 2,400" in block and "as of 2031-03-05" in block
    assert "Civil &lt;b&gt;Defence&lt;/b&gt;" in block and "<b>Defence" not in page
    assert "other" not in block  # metric other is no key figure
    # closed by default: no details element carries the open attribute
    assert re.findall(r"<details[^>]*>", page) == ["<details>"] * 3
    assert "Figures by quantity (2)" in page and "Other figures from one source (1)" in page
    folded = page[page.index("Other figures from one source") :]
    assert ">14<" in folded


def test_a_disputed_key_figure_is_marked_in_html_and_markdown() -> None:
    group = _group("missing", date(2031, 3, 5), _report("Blue Cross", 120, "a"),
                   _report("Port Authority", 45, "b"), period="")  # fmt: skip
    assert isinstance(group, _Judged)
    assert "sources disagree" not in to_html(_brief([group]))
    group.verdict = CONTRADICTION
    assert key_figures([group])[0].disputed
    assert 'missing: 45–120</b> <span class="disputed">⚠ sources disagree' in to_html(
        _brief([group])
    )
    assert "**missing: 45–120** — **sources disagree**" in to_markdown(_brief([group]))


def test_markdown_gains_the_same_key_figures_list_escaped() -> None:
    groups = [_group("waiting", date(2031, 3, 5), _report("Port_Authority *", 700, "a"), period="")]
    text = to_markdown(_brief(groups))
    assert text.index("## Key figures") < text.index("## Summary")
    assert "**waiting: 700**" in text and "Port\\_Authority \\*" in text


def test_a_vague_figure_is_worded_as_written() -> None:
    groups = [_group("arrived", date(2031, 3, 5), Report("Red Lantern", 1_000, 1_000, 9_999,
                                                             "thousands", ("a",), ()))]  # fmt: skip
    assert "arrived (cumulative): thousands (1,000–9,999)" in to_html(_brief(groups))
