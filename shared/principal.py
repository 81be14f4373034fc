"""Who is calling, as plain data: roles and the verified principal (no web or crypto imports).

Kept apart from `shared.auth` so pure domain rules can reason about callers without importing
FastAPI or JWT libraries.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    PARTNER = "partner"  # acts for one organisation (the token's `org`)
    SECRETARIAT = "secretariat"
    OPS = "ops"
    ADMIN = "admin"


STAFF_ROLES = frozenset({Role.SECRETARIAT, Role.OPS, Role.ADMIN})


@dataclass(frozen=True)
class Principal:
    """The verified caller: an API client, the organisation it acts for (if any), its roles."""

    client_id: str
    organisation_id: str | None
    roles: frozenset[Role]

    def has(self, role: Role) -> bool:
        return role in self.roles

    @property
    def is_staff(self) -> bool:
        return not self.roles.isdisjoint(STAFF_ROLES)
