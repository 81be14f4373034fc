"""Who is calling, as plain data: roles and the verified principal (no web or crypto imports).

Kept apart from `shared.auth` so pure domain rules can reason about callers without importing
FastAPI or JWT libraries.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


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


class Caller(Protocol):
    """Anything that says who calls: a verified `Principal`, or a service's own actor."""

    @property
    def organisation_id(self) -> str | None: ...

    @property
    def roles(self) -> frozenset[Role]: ...


def restricted_reader(caller: Caller) -> str | None:
    """Whose restricted partnerships the caller reads whole: every one (None) for the
    secretariat; those its organisation is a member of (the organisation's id) for a partner;
    none ("") for anyone else — ops and admin run the platform, they do not read what it
    protects. Every service decides restricted reads by this one rule."""
    if Role.SECRETARIAT in caller.roles:
        return None
    if Role.PARTNER in caller.roles and caller.organisation_id:
        return caller.organisation_id
    return ""


def reads_restricted(caller: Caller, member_ids: Collection[str]) -> bool:
    """Whether the caller reads whole a restricted partnership with these members."""
    reader = restricted_reader(caller)
    return reader is None or (reader != "" and reader in member_ids)
