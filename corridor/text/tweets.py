"""Recognise embedded social-media posts so their text is attributed to the poster."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from corridor.text.attribution import canonical_source
from corridor.text.dates import find_dates

_SIGNATURE = re.compile(
    r"^\s*[—–-]{1,2}\s*(?P<name>[^()\n]{2,60}?)\s*\((?P<handle>@\w+)\)\s*(?P<when>[^\n]*)$"
)
_HEADER = re.compile(r"^(?P<name>[^@\n]{2,60}?)\s+(?P<handle>@\w+)\s+\d+\s*[hmd](?:\d|\b)")


@dataclass(frozen=True, slots=True)
class Post:
    """Who posted the text of a paragraph, and when."""

    source: str
    day: date | None


def _poster(name: str, handle: str) -> str:
    by_name = canonical_source(name)
    if by_name != name.strip():
        return by_name
    by_handle = canonical_source(handle)
    return by_handle if by_handle != handle else name.strip()


def find_posts(paragraphs: list[str], published: date | None) -> dict[int, Post]:
    """Map paragraph index -> poster for paragraphs that are the body of a post."""
    posts: dict[int, Post] = {}
    for index, paragraph in enumerate(paragraphs):
        signature = _SIGNATURE.match(paragraph)
        if signature is not None and index > 0:
            days = find_dates(signature.group("when"), published)
            day = days[0].day if days else published
            posts[index - 1] = Post(
                _poster(signature.group("name"), signature.group("handle")), day
            )
            posts[index] = posts[index - 1]
            continue
        header = _HEADER.match(paragraph)
        if header is not None and index + 1 < len(paragraphs):
            posts[index + 1] = Post(
                _poster(header.group("name"), header.group("handle")), published
            )
    return posts
