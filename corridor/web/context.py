"""What a view receives: the request's store, clock, operation, user, language and CSRF token."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from corridor.clock import Clock
from corridor.domain.access import Principal
from corridor.domain.messages import Message
from corridor.errors import Forbidden
from corridor.i18n import Language
from corridor.i18n.wording import Wording, moment
from corridor.services.accounts import log_read
from corridor.services.common import Recorder
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

    def log_personal_read(self, what: Message) -> None:
        """Record in the audit log that this request showed per-person rows, and where."""
        log_read(
            store=self.store,
            clock=self.clock,
            actor=self.actor,
            what={**what, "path": self.request.url.path},
        )

    def recorder(self) -> Recorder:
        """What every recording service takes: this request's store, clock, user and operation."""
        return Recorder(self.store, self.clock, self.actor, self.op, self.user)

    def wording(self) -> Wording:
        """System-made text in this reader's language, sites by their name in it (once)."""
        if "wording" not in self.extra:
            arabic = self.lang.code == "ar"
            names = {
                s["site_id"]: (s["name_ar"] if arabic and s["name_ar"] else s["name"])
                for s in self.store.query("sites", op=self.op)
            }
            zone = time_zone(self.store, self.op) if self.op else None
            self.extra["wording"] = Wording(self.lang.code, names, zone)
        found: Wording = self.extra["wording"]
        return found

    def operation(self) -> dict[str, Any]:
        """The operation's derived row (name, Arabic name, month names), or {} (once)."""
        if "operation" not in self.extra:
            rows = self.store.query("operations", op=self.op) if self.op else []
            self.extra["operation"] = dict(rows[0]) if rows else {}
        found: dict[str, Any] = self.extra["operation"]
        return found

    def say(self, exc: BaseException) -> str:
        """An error in the reader's language when the system made its text, else as it is."""
        said = getattr(exc, "said", None)
        return self.wording().render(said) if said else str(exc)

    def _wording_helpers(self) -> dict[str, Any]:
        """What templates use to say system-made text in the reader's language."""
        operation = self.operation() if self.user else {}
        code = self.lang.code
        return {
            "months": operation.get("months"),
            # the operation's name in the reader's language
            "op_name": (code == "ar" and operation.get("name_ar")) or operation.get("name"),
            # system-made text (messages) and reported figures in the reader's language
            "said": lambda msg: self.wording().render(msg) if msg else "",
            "detail": lambda stored: self.wording().detail(stored),
            "figure": lambda e: self.wording().figure(
                e["value"], e.get("qualifier"), e.get("low"), e.get("high")
            ),
            # a ledger time, local to the operation's zone, in the reader's digits
            "moment": lambda iso: moment(iso, code, self.wording().time_zone) if iso else "",
            "action": lambda text: self.wording().action(text),
            "site_name": lambda site_id: self.wording().site_names.get(site_id, site_id),
        }

    def render(self, template: str, status: int = 200, **values: Any) -> HTMLResponse:
        """Render a page in the user's language."""
        page = render_page(
            template,
            {**self._wording_helpers(), **values},
            user=self.user,
            lang=self.lang,
            csrf=self.csrf,
            path=self.request.url.path,
            error=self.error,
            op=self.op,
            time_zone=time_zone(self.store, self.op) if self.op else None,
        )
        return HTMLResponse(page, status_code=status)
