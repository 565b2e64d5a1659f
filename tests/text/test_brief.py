import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from corridor.cli.brief import brief_command
from corridor.text.brief import build_brief
from corridor.text.model import Document
from corridor.text.sentences import split_sentences
from corridor.text.sources import load_documents
from corridor.text.timeline import build_timeline


def test_it_builds_a_cited_brief_from_several_outlets(articles_dir: Path) -> None:
    brief = build_brief(load_documents([articles_dir]).documents)
    assert brief.summary and all(c.doc_ids for c in brief.summary)
    # (the wire copy's headline, "Thousands leave besieged quarter", is a total so far too
    # and joins the group under the outlet's name)
    evacuated = [g for g in brief.groups if g.metric == "evacuated" and g.sources[:2] == ["SOHR",
                 "state media"]]  # fmt: skip
    (group,) = evacuated
    assert (group.low, group.high) == (6000, 6200)
    sohr = next(r for r in group.reports if r.source == "SOHR")
    assert sohr.doc_ids == ("monitor_report", "wire_copy")  # same wire copy, one report
    assert [e.day.isoformat() for e in brief.timeline] == sorted(
        e.day.isoformat() for e in brief.timeline
    )
    first = brief.summary[0]
    assert first.text.startswith("SOHR reported some 6,200 and state media reported about")
    # SOHR's figure is in both copies of the wire story, state media's only in one.
    assert first.doc_ids == ("monitor_report", "wire_copy")


def test_it_leaves_documents_without_dates_out_of_the_timeline(articles_dir: Path) -> None:
    documents = load_documents([articles_dir]).documents
    assert build_timeline([], {}, {}) == []
    undated = [d for d in documents if d.published is None]
    assert build_timeline(undated, {d.doc_id: [] for d in undated}, {}) == []


def test_it_writes_markdown_html_and_json_from_the_command_line(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(
        "Aid workers said on Thursday that some 700 people had left eastern Aleppo by bus.\n"
        "The UN said <b>perhaps</b> 9,000 people remained in eastern Aleppo.\n"
    )
    (tmp_path / "broken.txt").write_text("")
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(
        brief_command,
        [str(article), str(tmp_path / "broken.txt"), "-o", str(out), "--outlet", "Desk",
         "--date", "2016-12-16"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "broken.txt" in result.output
    data = json.loads((out / "brief.json").read_text())
    assert {f["value"] for f in data["figures"]} == {700, 9000}
    assert all(fact["source"] for fact in data["ledger_facts"])
    assert data["documents"][0]["outlet"] == "Desk"
    assert "| evacuated |" in (out / "brief.md").read_text()
    html = (out / "brief.html").read_text()
    assert "&lt;b&gt;perhaps&lt;/b&gt;" in html and "<b>perhaps</b>" not in html


def test_it_rejects_bad_dates_and_empty_batches(tmp_path: Path) -> None:
    runner = CliRunner()
    bad_date = runner.invoke(brief_command, [str(tmp_path), "--date", "yesterday"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    nothing = runner.invoke(brief_command, [str(tmp_path), "-o", str(tmp_path / "o")])
    assert nothing.exit_code == 1 and "no readable articles" in nothing.output


def test_markdown_output_escapes_article_text(tmp_path: Path) -> None:
    article = tmp_path / "x.txt"
    article.write_text(
        "Outlet: <script>alert(1)</script>\nDate: 2016-12-16\n\n"
        "The UN said [click](http://evil.example) 9,000 people | remained *here*.\n"
        "<script>alert(2)</script> Some 700 people left eastern Aleppo on Friday.\n"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(brief_command, [str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    markdown = (out / "brief.md").read_text()
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert "[click](" not in markdown and "\\[click\\]" in markdown
    assert "\\|" in markdown and "\\*here\\*" in markdown


def test_every_summary_sentence_cites_exactly_the_articles_that_state_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Outlet: A\nDate: 2022-03-08\n\nThe UN said 4,000 people remained in Sumy.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Outlet: B\nDate: 2022-03-08\n\nThe ICRC said 9,000 people remained in Sumy.\n"
    )
    (tmp_path / "c.txt").write_text(
        "Outlet: C\nDate: 2006-07-20\n\n"
        "Some 1,000 Americans evacuated from Lebanon reached Cyprus.\n"
    )
    brief = build_brief(load_documents([tmp_path]).documents)
    texts = {c.text: c.doc_ids for c in brief.summary}
    (disagreement,) = [t for t in texts if t.startswith("Sources disagree")]
    assert "UN said 4,000" in disagreement and "ICRC said 9,000" in disagreement
    assert texts[disagreement] == ("a", "b")
    covered = {brief.crisis_of[d] for ids in texts.values() for d in ids}
    assert covered == {"UA 2022", "LB 2006"}
    for text, ids in texts.items():
        if "Americans" in text:
            assert ids == ("c",)


def test_vague_amounts_are_shown_as_worded_with_their_range(tmp_path: Path) -> None:
    article = tmp_path / "v.txt"
    article.write_text("Outlet: A\nDate: 2022-03-08\n\nDozens of families fled Sumy on Tuesday.\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(brief_command, [str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    markdown = (out / "brief.md").read_text()
    assert "dozens (24–99)" in markdown and "dozens 24" not in markdown


def test_a_month_named_alone_puts_nothing_on_the_timeline() -> None:
    """Should leave a sentence dated only by a month ("in August") off the timeline."""
    text = "The ceasefire was agreed in August. The convoy left on 2 September."
    document = Document("d1", text, "Desk", date(2021, 9, 17))
    entries = build_timeline([document], {"d1": split_sentences(text, "d1")}, {})
    assert [e.day for e in entries] == [date(2021, 9, 2)]
