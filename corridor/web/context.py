"""What a view receives: the request's store, clock, operation, user, language and CSRF token."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from corridor.clock import Clock
from corridor.domain.access import Principal
from corridor.errors import Forbidden
from corridor.i18n import Language
from corridor.services.accounts import log_read
from corridor.services.operation import time_zone
from corridor.storage.base import Store
from corridor.web.cache import Recent
from corridor.web.render import render_page

__all__ = ["Ctx", "Forbidden"]


@dataclass
class Ctx:
    """Per-request context handed to every view."""

    request: Request
    store: Store
    clock: Clock
    op: str
    user: Principal | None
    lang: Language
    csrf: str = ""
    recent: Recent = field(default_factory=Recent)
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def actor(self) -> str:
        """Who records facts: the signed-in user's name."""
        return self.user.username if self.user else "anonymous"

    def require_at(self, permission: str, site_id: str | None) -> None:
        """:raises Forbidden: the user lacks the permission at this site."""
        if self.user is None or not self.user.can_at(permission, site_id):
            raise Forbidden(f"you may not do this at site '{site_id or '-'}'")

    def log_personal_read(self, what: str) -> None:
        """Record in the audit log that this request showed per-person rows, and where."""
        log_read(
            store=self.store,
            clock=self.clock,
            actor=self.actor,
            what=f"{what} ({self.request.url.path})",
        )

    def services(self) -> dict[str, Any]:
        """Keyword arguments every recording service takes (the user, for scope checks)."""
        return {
            "store": self.store,
            "clock": self.clock,
            "actor": self.actor,
            "op": self.op,
            "principal": self.user,
        }

    def render(self, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        """Render a page in the user's language."""
        page = render_page(
            template,
            values,
            user=self.user,
            lang=self.lang,
            csrf=self.csrf,
            path=self.request.url.path,
            error=self.error,
            op=self.op,
            time_zone=time_zone(self.store, self.op) if self.op else None,
        )
        return HTMLResponse(page, status_code=status)
