"""Who may do what: roles, permissions and site scopes (what observers may see of the figures is
``corridor/domain/disclosure.py``'s job).

Pure rules, enforced by the web edge on every route (``corridor/web/routes.py`` names the
permission each route needs).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from corridor.errors import ValidationError

ROLES = ("admin", "coordinator", "registrar", "observer")

# Permissions, from least to most sensitive:
#   totals    aggregate figures (small cells suppressed for observers)
#   operate   read operational lists (trips, incidents, sites) without personal data
#   register  write at a site: registrations, boardings, trips, headcounts (site-scoped)
#   personal  read per-person rows (tokens and categories) at a site (site-scoped, audited)
#   coordinate  status changes, estimates, discrepancies, the audit log
#   admin     accounts and API tokens
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset({"totals", "operate", "register", "personal", "coordinate", "admin"}),
    "coordinator": frozenset({"totals", "operate", "register", "personal", "coordinate"}),
    "registrar": frozenset({"totals", "operate", "register", "personal"}),
    "observer": frozenset({"totals"}),
}
SITE_SCOPED = frozenset({"register", "personal"})


@dataclass(frozen=True)
class Principal:
    """A signed-in user as the access rules see them."""

    username: str
    role: str
    sites: frozenset[str] = frozenset()

    def can(self, permission: str) -> bool:
        """Whether the role grants a permission anywhere."""
        return permission in PERMISSIONS.get(self.role, frozenset())

    def can_at(self, permission: str, site_id: str | None) -> bool:
        """Whether the role grants a permission at a site (registrars: their sites only)."""
        if not self.can(permission):
            return False
        if self.role != "registrar" or permission not in SITE_SCOPED:
            return True
        return site_id is not None and site_id in self.sites


def check_role(role: str, sites: Iterable[str]) -> None:
    """:raises ValidationError: unknown role, or a registrar without sites."""
    if role not in ROLES:
        raise ValidationError(f"must be one of {', '.join(ROLES)}", field="role")
    if role == "registrar" and not list(sites):
        raise ValidationError("a registrar needs at least one site", field="site")
