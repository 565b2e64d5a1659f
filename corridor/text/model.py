"""Value types shared by the Brief modules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class BriefError(ValueError):
    """A document or an argument could not be processed."""


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` in a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise BriefError(f"invalid span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        """Return whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its plain text plus where and when it was published."""

    doc_id: str
    text: str
    outlet: str
    published: date | None = None
    title: str = ""
    url: str = ""
    path: str = ""
    outlet_known: bool = True


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, located by its span."""

    doc_id: str
    index: int
    span: Span
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported quantity about people or vehicles, with its context."""

    doc_id: str
    span: Span
    surface: str
    value: int
    metric: str
    subject: str
    low: int | None = None
    high: int | None = None
    qualifier: str = ""
    place: str = ""
    as_of: date | None = None
    source: str = ""
    attributed: bool = False
    sentence_index: int = 0
    note: str = ""
    population: str = ""
    period: str = ""
    crisis: str = ""

    def interval(self) -> tuple[float, float]:
        """Return the range of true values the wording allows."""
        lo = float(self.low) if self.low is not None else float(self.value)
        hi = float(self.high) if self.high is not None else float(self.value)
        if self.qualifier in APPROXIMATE and self.low is None and self.high is None:
            # "around 200,000" allows more than "some 172,000": the fewer significant
            # digits a number is given with, the wider the approximation
            digits = len(str(self.value).rstrip("0")) if self.value else 1
            spread = {1: 0.1, 2: 0.05}.get(digits, 0.025)
            lo, hi = self.value * (1 - spread), self.value * (1 + spread)
        if self.qualifier in AT_LEAST and self.high is None:
            hi = float("inf")
        if self.qualifier in AT_MOST and self.low is None:
            lo = 0.0
        return lo, hi


APPROXIMATE = frozenset(
    {
        "about",
        "around",
        "some",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "perhaps",
        "estimated",
        "maybe",
        "some estimated",
        "close to",
    }
)
AT_LEAST = frozenset({"at least", "more than", "over", "upwards of", "just over", "well over"})
AT_MOST = frozenset(
    {"up to", "as many as", "fewer than", "less than", "under", "just under", "as high as"}
)


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """A file that could not be read, and why."""

    path: str
    reason: str
    language: str = ""


@dataclass(slots=True)
class Batch:
    """The documents that were read and the files that failed."""

    documents: list[Document] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)
