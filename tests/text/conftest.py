"""Shared fixtures: small articles written for these tests (not the evaluation seeds)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from corridor.text.model import Document

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture
def articles_dir() -> Path:
    return ARTICLES


@pytest.fixture
def make_doc() -> object:
    def build(
        text: str, doc_id: str = "d1", outlet: str = "Test Post", published: date | None = None
    ) -> Document:
        return Document(doc_id, text, outlet, published or date(2016, 12, 16))

    return build
