from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from corridor.text.model import BriefError
from corridor.text.sources import document_from_text, header_fields, load_documents, read_document


def test_it_reads_a_folder_and_keeps_going_past_bad_files(
    tmp_path: Path, articles_dir: Path
) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "good.txt").write_text("Outlet: Test Daily\nDate: 2016-12-15\n\nSome 40 left.\n")
    batch = load_documents([tmp_path, articles_dir / "aid_agency_update.txt", tmp_path / "nope"])
    reasons = {Path(f.path).name: f.reason for f in batch.failures}
    assert set(reasons) == {"empty.txt", "binary.txt", "nope"}
    assert "empty" in reasons["empty.txt"] and "UTF-8" in reasons["binary.txt"]
    assert "cannot read" in reasons["nope"]
    outlets = {d.doc_id: (d.outlet, d.published) for d in batch.documents}
    assert outlets == {
        "good": ("Test Daily", date(2016, 12, 15)),
        "aid_agency_update": ("Harbour Times", date(2016, 12, 15)),
    }


def test_it_lets_arguments_override_metadata(articles_dir: Path) -> None:
    batch = load_documents([articles_dir], outlet="Override", published=date(2017, 1, 2))
    assert {(d.outlet, d.published) for d in batch.documents} == {("Override", date(2017, 1, 2))}


def test_it_extracts_main_text_and_metadata_from_html(articles_dir: Path) -> None:
    raw = (articles_dir / "wire_copy.html").read_text()
    document = document_from_text(raw, "w")
    assert (document.outlet, document.published) == ("Plains Gazette", date(2016, 12, 16))
    assert "6,200" in document.text
    assert "All rights reserved" not in document.text and "Home" not in document.text


def test_it_reads_only_leading_header_lines() -> None:
    assert header_fields("Outlet: A\nDate: 2016-01-02\n\nURL: ignored") == {
        "outlet": "A",
        "date": "2016-01-02",
    }


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_it_gives_a_document_or_a_clear_error_for_any_input(raw: str) -> None:
    try:
        document = document_from_text(raw, "x")
    except BriefError as exc:
        assert str(exc)
        return
    assert document.text.strip()


_HTML = (
    b"<html><head><title>T</title></head>"
    b"<body><article><p>Some 40 left.</p></article></body></html>"
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    raw=st.binary(max_size=300)
    | st.tuples(st.integers(0, len(_HTML)), st.binary(max_size=40)).map(
        lambda cut: _HTML[: cut[0]] + cut[1] + _HTML[cut[0] :]
    ),
    suffix=st.sampled_from([".txt", ".html"]),
)
@example(raw=b"<html><body>\x00</body></html>", suffix=".html")
@example(raw=b"\xef\xbb\xbf<p>\xff</p>", suffix=".html")
def test_any_bytes_give_a_document_or_a_clear_error(
    tmp_path: Path, raw: bytes, suffix: str
) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_bytes(raw)
    try:
        document = read_document(path)
    except BriefError as exc:
        assert str(exc)
        return
    assert document.text.strip() and "\x00" not in document.text
