"""HTTP routes of consent: an organisation's invitations to be named in partnerships, its
answers, and a partnership's invitations."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from sqlalchemy import and_, select, tuple_
from sqlmodel import col

from services.registry import consent, handlers
from services.registry.domain import InvitationStatus, commitments_held
from services.registry.models import Invitation, Partnership
from services.registry.schemas import InvitationAnswer, InvitationPage, InvitationRead
from shared.auth import AnyCaller, PrincipalDep, Role, require_roles
from shared.web.openapi import CONFLICT
from shared.web.pagination import DEFAULT_LIMIT, Cursor, Limit, decode_cursor, split_page
from shared.web.problems import Forbidden, NotFound
from shared.web.service import UowDep

router = APIRouter(tags=["consent"])


def invitation_read(invitation: Invitation, partnership: Partnership) -> InvitationRead:
    return InvitationRead(
        id=invitation.id,
        partnership_id=invitation.partnership_id,
        owner_organisation_id=partnership.owner_organisation_id,
        organisation_id=invitation.partner_id,
        status=InvitationStatus(invitation.status),
        role=consent.member_role(partnership.members, invitation.partner_id),
        commitment_ids=(
            commitments_held(partnership.planned_commitments, invitation.partner_id)
            if invitation.partner_id in partnership.partner_ids
            else []
        ),
        created_at=invitation.created_at,
        answered_at=invitation.answered_at,
        answered_by_client_id=invitation.answered_by_client_id,
        reason=invitation.reason,
    )


@router.get(
    "/invitations",
    response_model=InvitationPage,
    dependencies=[Depends(require_roles(Role.PARTNER, Role.SECRETARIAT))],
)
async def list_invitations(
    principal: PrincipalDep,
    uow: UowDep,
    status: InvitationStatus | None = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> InvitationPage:
    """The invitations of the caller's organisation, newest first, each with the partnership,
    its owner, the role the organisation is named with and the commitments it would hold; the
    secretariat sees every organisation's. Who: partner (its organisation's), secretariat (all)."""
    conditions: list[Any] = []
    if not principal.has(Role.SECRETARIAT):
        if principal.organisation_id is None:
            raise Forbidden("invitations are an organisation's; this client acts for none")
        conditions.append(col(Invitation.partner_id) == principal.organisation_id)
    if status:
        conditions.append(col(Invitation.status) == status.value)
    if cursor:
        at, last_id = decode_cursor(cursor)
        conditions.append(
            tuple_(col(Invitation.created_at), col(Invitation.id)) < tuple_(at, last_id)
        )
    query = (
        select(Invitation, Partnership)
        .join(Partnership, col(Partnership.id) == col(Invitation.partnership_id))
        .where(and_(True, *conditions))
        .order_by(col(Invitation.created_at).desc(), col(Invitation.id).desc())
        .limit(limit + 1)
    )
    async with uow:
        rows = [(row[0], row[1]) for row in await uow.session.execute(query)]
    partnerships = {invitation.id: partnership for invitation, partnership in rows}
    page, next_cursor = split_page([invitation for invitation, _ in rows], limit)
    return InvitationPage(
        items=[invitation_read(i, partnerships[i.id]) for i in page], next_cursor=next_cursor
    )


async def _answer(
    invitation_id: str,
    answer: InvitationStatus,
    body: InvitationAnswer | None,
    principal: PrincipalDep,
    uow: UowDep,
) -> InvitationRead:
    async with uow:
        invitation, partnership = await handlers.answer_invitation(
            uow, principal, invitation_id, answer, body or InvitationAnswer()
        )
        await uow.commit()
    return invitation_read(invitation, partnership)


PARTNER = [Depends(require_roles(Role.PARTNER))]


@router.post(
    "/invitations/{invitation_id}/accept",
    response_model=InvitationRead,
    dependencies=PARTNER,
    responses=CONFLICT,
)
async def accept_invitation(
    invitation_id: str,
    principal: PrincipalDep,
    uow: UowDep,
    body: InvitationAnswer | None = None,
) -> InvitationRead:
    """Accept being named in the partnership, as its draft names you; recorded in its history
    (`accept-invitation`). Not open any more (answered, or withdrawn by the owner) → 409; an
    invitation of a draft the caller may not see → 404; the owner's or another organisation's
    client that may see the partnership → 403. Who: a partner client of the invited organisation."""
    return await _answer(invitation_id, InvitationStatus.ACCEPTED, body, principal, uow)


@router.post(
    "/invitations/{invitation_id}/decline",
    response_model=InvitationRead,
    dependencies=PARTNER,
    responses=CONFLICT,
)
async def decline_invitation(
    invitation_id: str,
    principal: PrincipalDep,
    uow: UowDep,
    body: InvitationAnswer | None = None,
) -> InvitationRead:
    """Decline being named in the partnership: it cannot be proposed while it names you;
    recorded in its history (`decline-invitation`). Not open any more → 409; an invitation of a
    draft the caller may not see → 404; the owner's or another organisation's client that may
    see the partnership → 403. Who: a partner client of the invited organisation."""
    return await _answer(invitation_id, InvitationStatus.DECLINED, body, principal, uow)


@router.get(
    "/partnerships/{partnership_id}/invitations",
    response_model=list[InvitationRead],
    dependencies=[AnyCaller],
)
async def partnership_invitations(
    partnership_id: str, principal: PrincipalDep, uow: UowDep
) -> list[InvitationRead]:
    """Every invitation of a partnership, oldest first: who was asked, who consented when.
    Who: whoever may see the partnership."""
    async with uow:
        partnership = await uow.session.get(Partnership, partnership_id)
        if partnership is None:
            raise NotFound(f"no partnership {partnership_id}")
        await handlers.ensure_visible(uow, partnership, principal)
        invitations = await consent.invitations_of(uow, partnership_id)
    return [invitation_read(i, partnership) for i in invitations]
