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
# "... 12 were burned alive pic.twitter.com/x1Y — Ana Ruiz (@anaruiz) June 12, 2023": a post
# embedded as one paragraph, its text with the signature at its end.
_SIGNED = re.compile(
    r"\S.{10,}?(?:\s*pic\.twitter\.com/\w+)?\s*[—–]\s*(?P<name>[^()\n—–]{2,60}?)\s*"
    r"\((?P<handle>@\w+)\)\s*(?P<when>[^\n]{0,40})$"
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


def _post(signature: re.Match[str], published: date | None) -> Post:
    days = find_dates(signature.group("when"), published)
    day = days[0].day if days else published
    return Post(_poster(signature.group("name"), signature.group("handle")), day)


def find_posts(paragraphs: list[str], published: date | None) -> dict[int, Post]:
    """Map paragraph index -> poster for paragraphs that are the body of a post."""
    posts: dict[int, Post] = {}
    for index, paragraph in enumerate(paragraphs):
        signature = _SIGNATURE.match(paragraph)
        if signature is not None and index > 0:
            posts[index - 1] = posts[index] = _post(signature, published)
            continue
        signed = _SIGNED.match(paragraph) if "(@" in paragraph else None
        if signed is not None:
            posts[index] = _post(signed, published)  # the post and its signature in one
            continue
        header = _HEADER.match(paragraph)
        if header is not None and index + 1 < len(paragraphs):
            posts[index + 1] = Post(
                _poster(header.group("name"), header.group("handle")), published
            )
    return posts
