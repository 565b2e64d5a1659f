"""Read articles from files and folders (the only module of the Brief that does I/O)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from corridor.text.dates import header_date, named_months, url_date, url_month_end
from corridor.text.html import extract_html, looks_like_html
from corridor.text.language import language_name, language_of
from corridor.text.metadata import (
    blank_date_lines,
    blank_header,
    closing_date,
    dateline,
    header_fields,
    opening_date,
    outlet_from_url,
    stated_date,
)
from corridor.text.model import Batch, BriefError, Document, IngestFailure

SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml"})
MAX_BYTES = 5_000_000

__all__ = ["NotEnglish", "document_from_text", "expand", "header_fields", "load_documents",
           "read_document"]  # fmt: skip


class NotEnglish(BriefError):
    """The article is in a language the Brief does not read."""

    def __init__(self, language: str) -> None:
        super().__init__(f"{language} text, not read (the Brief reads English)")
        self.language = language


def expand(paths: Iterable[Path]) -> list[Path]:
    """Return the files named, with folders replaced by their article files, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES))
        else:
            files.append(path)
    return files


def document_from_text(
    raw: str, doc_id: str, path: str = "", outlet: str | None = None, published: date | None = None
) -> Document:
    """Return a Document from file content (plain text or HTML), using overrides first."""
    if not raw.strip():
        raise BriefError("file is empty")
    title = url = meta_outlet = meta_date = ""
    if looks_like_html(raw):
        extracted = extract_html(raw)
        text, title, url = extracted.text, extracted.title, extracted.url
        meta_outlet, meta_date = extracted.outlet, extracted.published
    else:
        fields = header_fields(raw)
        text = blank_header(raw)
        meta_outlet, meta_date = fields.get("outlet", ""), fields.get("date", "")
        url, title = fields.get("url", ""), fields.get("title", "")
    # a saved page's text keeps its dateline and date lines as a pasted one does
    wire = dateline(text)
    near = header_date(meta_date) if meta_date else None
    if wire.day_without_year and (near := near or url_month_end(url) or opening_date(text)):
        # "LVIV, March 8 (Reuters)" at /2022/03/, or under a date line stamped in
        # another time zone ("Sat, 04 May 2019 01:30 GMT" over "MANILA, May 3")
        wire = dateline(text, near)
    meta_outlet = meta_outlet or wire.outlet
    story_day = wire.published
    wire_day = wire.published or opening_date(text)
    language = language_of(text)
    if language not in ("en", ""):
        raise NotEnglish(language_name(language))
    day = published
    if day is None and meta_date:
        day = header_date(meta_date, named_months(text))
        if day is not None and story_day is not None and 0 < (day - story_day).days <= 7:
            day = story_day  # a clipping saved or reposted after the day its dateline gives
    day = day or wire_day or url_date(url) or closing_date(text) or stated_date(text)
    text = blank_date_lines(text)
    found_outlet = outlet or meta_outlet or outlet_from_url(url)
    return Document(
        doc_id=doc_id,
        text=text,
        outlet=found_outlet or f"unknown outlet ({Path(path).name or doc_id})",
        published=day,
        title=title,
        url=url,
        path=path,
        outlet_known=bool(found_outlet),
    )


def read_document(
    path: Path, doc_id: str | None = None, outlet: str | None = None, published: date | None = None
) -> Document:
    """Read one file; raise BriefError with a clear reason when it cannot be used."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BriefError(f"file is larger than {MAX_BYTES} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise BriefError(f"cannot read file: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefError(f"not UTF-8 text (byte {exc.start})") from exc
    if "\x00" in text:
        raise BriefError("binary file, not text")
    return document_from_text(text, doc_id or path.stem, str(path), outlet, published)


def load_documents(
    paths: Iterable[Path],
    outlet: str | None = None,
    published: date | None = None,
    dates: dict[str, date] | None = None,
    outlets: dict[str, str] | None = None,
) -> Batch:
    """Read every file (folders expanded); failures are recorded and the batch goes on.

    ``dates`` and ``outlets`` give a publication date and outlet per file, keyed by
    file name or path; they win over the file's own metadata (``outlet`` wins over all).
    """
    dates = dates or {}
    outlets = outlets or {}
    batch = Batch()
    used: set[str] = set()
    for path in expand(paths):
        doc_id = path.stem
        suffix = 2
        while doc_id in used:
            doc_id, suffix = f"{path.stem}-{suffix}", suffix + 1
        day = dates.get(str(path), dates.get(path.name, published))
        named = outlet or outlets.get(str(path), outlets.get(path.name))
        try:
            document = read_document(path, doc_id, named, day)
        except NotEnglish as exc:
            batch.failures.append(IngestFailure(str(path), str(exc), exc.language))
            continue
        except BriefError as exc:
            batch.failures.append(IngestFailure(str(path), str(exc)))
            continue
        used.add(doc_id)
        batch.documents.append(document)
    return batch
