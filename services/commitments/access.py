"""Who reads the commitments of a restricted partnership: its members and the secretariat.

The registry decides a partnership's classification; this service keeps it, with the member
ids, on its copy of the partnership (from the events). For everyone else a restricted
partnership's commitments, progress reports and dossiers do not exist (404, left out of lists)
and the IATI export never holds it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import not_, select
from sqlmodel import col

from services.commitments.models import PartnershipCopy
from shared.auth import Principal
from shared.catalogue.partnerships import Classification
from shared.principal import restricted_reader
from shared.uow import UnitOfWork
from shared.web.problems import NotFound


def hidden_partnerships(principal: Principal) -> Any | None:
    """SQL: ids of the restricted partnerships this caller may not read; None for none."""
    reader = restricted_reader(principal)
    if reader is None:
        return None
    hidden = select(col(PartnershipCopy.id)).where(
        col(PartnershipCopy.classification) == Classification.RESTRICTED.value
    )
    if reader:
        hidden = hidden.where(not_(col(PartnershipCopy.member_ids).contains([reader])))
    return hidden


async def ensure_readable(
    uow: UnitOfWork, principal: Principal, partnership_id: str, missing: str
) -> None:
    """Raise `missing` as a 404 when the partnership is restricted and the caller no member."""
    hidden = hidden_partnerships(principal)
    if hidden is None:
        return
    found = await uow.session.scalar(
        select(col(PartnershipCopy.id)).where(
            col(PartnershipCopy.id) == partnership_id, col(PartnershipCopy.id).in_(hidden)
        )
    )
    if found is not None:
        raise NotFound(missing)


async def is_restricted(uow: UnitOfWork, partnership_id: str) -> bool:
    classification = await uow.session.scalar(
        select(col(PartnershipCopy.classification)).where(col(PartnershipCopy.id) == partnership_id)
    )
    return classification == Classification.RESTRICTED.value
