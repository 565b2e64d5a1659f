"""Pages of long lists: the query fields every paged route takes and the links between pages."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from corridor.services.review import MAX_PAGE_SIZE, PAGE_SIZE, Page
from corridor.web.context import Ctx
from corridor.web.forms import Field

PAGING_FIELDS = (
    Field("page", "int", minimum=1, help="Page number, from 1."),
    Field(
        "limit",
        "int",
        minimum=1,
        maximum=MAX_PAGE_SIZE,
        help=f"Rows per page (default {PAGE_SIZE}).",
    ),
)


def paging(data: dict[str, Any]) -> dict[str, int]:
    """The page and page size asked for, with their defaults."""
    return {"page": data.get("page", 1), "limit": data.get("limit", PAGE_SIZE)}


def page_url(ctx: Ctx, page: int) -> str:
    """This request's URL (path and query) showing another page."""
    query = [(k, v) for k, v in ctx.request.query_params.multi_items() if k not in ("page", "lang")]
    return f"{ctx.request.url.path}?{urlencode([*query, ('page', str(page))])}"


def links(ctx: Ctx, page: Page) -> dict[str, str | None]:
    """Links to the next and previous pages (None at either end)."""
    return {
        "next": page_url(ctx, page.page + 1) if page.has_next else None,
        "prev": page_url(ctx, min(page.page - 1, page.pages)) if page.page > 1 else None,
    }


def as_json(ctx: Ctx, name: str, page: Page) -> dict[str, Any]:
    """A page for the JSON API: its rows under ``name``, the total, and the links."""
    return {
        name: page.rows,
        "total": page.total,
        "page": page.page,
        "limit": page.limit,
        "pages": page.pages,
        "links": links(ctx, page),
    }
