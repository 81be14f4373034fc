"""Consent of the organisations a partnership names: their invitations, kept in step with the
draft's members, and what they let (or keep from) happening.

An organisation named in a draft other than its owner gets one invitation, announced by
`partnership.invitation_sent`; it accepts or declines over REST (`handlers.answer_invitation`).
The draft cannot be proposed while a member's invitation is open or declined. Consent given
stands: later edits of a member already asked do not ask it again.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import any_, exists, select
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.sql.elements import BindParameter
from sqlmodel import col

from services.registry import domain
from services.registry.domain import InvitationStatus
from services.registry.models import Invitation, Partner, Partnership
from shared.catalogue.partnerships import InvitationSent
from shared.principal import Role
from shared.uow import UnitOfWork
from shared.web.problems import Conflict


class ConsentMissing(Conflict):
    slug, title = "consent-missing", "Named organisations have not all consented"


class AlreadyAnswered(Conflict):
    slug, title = "invitation-closed", "The invitation is no longer open"


async def invitations_of(uow: UnitOfWork, partnership_id: str) -> list[Invitation]:
    rows = await uow.session.execute(
        select(Invitation)
        .where(col(Invitation.partnership_id) == partnership_id)
        .order_by(col(Invitation.created_at), col(Invitation.id))
    )
    return list(rows.scalars())


def member_role(members: Sequence[Mapping[str, Any]], partner_id: str) -> str | None:
    """The role `partner_id` is named with among `members`, or None when they do not name it."""
    return next((str(m["role"]) for m in members if m["partner_id"] == partner_id), None)


async def sync_invitations(
    uow: UnitOfWork, partnership: Partnership, previous_member_ids: Collection[str]
) -> None:
    """Bring a draft's invitations in step with its members, after it was created or edited.

    A member with no invitation is invited; one added back after its invitation was declined or
    withdrawn is asked afresh (the history keeps its earlier answer). A member taken off the
    draft has its open invitation withdrawn; an answer it gave stays as given.
    """
    invitees = domain.invitees(partnership.owner_organisation_id, partnership.partner_ids)
    existing = {i.partner_id: i for i in await invitations_of(uow, partnership.id)}
    _ask(uow, partnership, existing, invitees, kept=previous_member_ids)
    for partner_id, invitation in existing.items():
        if partner_id not in invitees and invitation.status == InvitationStatus.OPEN:
            invitation.status = InvitationStatus.WITHDRAWN.value
    await uow.session.flush()


def invite_members(uow: UnitOfWork, partnership: Partnership) -> None:
    """Invite every organisation a new draft names: it has no invitations yet, so there are none
    to read first."""
    invitees = domain.invitees(partnership.owner_organisation_id, partnership.partner_ids)
    _ask(uow, partnership, {}, invitees)


async def withdraw_open(uow: UnitOfWork, partnership: Partnership) -> None:
    """A withdrawn draft asks nobody anything any more: its open invitations are withdrawn."""
    for invitation in await invitations_of(uow, partnership.id):
        if invitation.status == InvitationStatus.OPEN:
            invitation.status = InvitationStatus.WITHDRAWN.value
    await uow.session.flush()


def _reopen(invitation: Invitation) -> None:
    invitation.status = InvitationStatus.OPEN.value
    invitation.created_at = datetime.now(UTC)
    invitation.answered_at = None
    invitation.answered_by_client_id = None
    invitation.reason = None


def _announce(
    uow: UnitOfWork,
    partnership: Partnership,
    invitation_id: str,
    organisation_id: str,
    content: dict[str, Any] | None = None,
) -> None:
    """`content`: the members and planned commitments it is named in, when not yet the
    partnership's own (an amendment waiting for approval)."""
    members = (content or {}).get("members", partnership.members)
    commitments = (content or {}).get("planned_commitments", partnership.planned_commitments)
    uow.record(
        "partnership.invitation_sent",
        partnership.id,
        InvitationSent(
            invitation_id=invitation_id,
            partnership_id=partnership.id,
            organisation_id=organisation_id,
            owner_organisation_id=partnership.owner_organisation_id,
            role=member_role(members, organisation_id) or "",
            commitment_ids=domain.commitments_held(commitments, organisation_id),
        ),
    )


async def invite_newly_named(
    uow: UnitOfWork, partnership: Partnership, content: dict[str, Any]
) -> list[str]:
    """Ask the organisations an amendment would name for the first time (`content`: its
    validated members and planned commitments); returns their ids. One asked before and still
    open or accepted is not asked again; one that declined or was taken off is asked afresh."""
    named = domain.invitees(partnership.owner_organisation_id, content["partner_ids"])
    newly = [pid for pid in named if pid not in partnership.partner_ids]
    existing = {i.partner_id: i for i in await invitations_of(uow, partnership.id)}
    _ask(uow, partnership, existing, newly, content=content)
    await uow.session.flush()
    return newly


# New invitations are inserted at commit (`POST /partnerships` invites every member a new draft
# names; invitations are read only before a change); answered ones asked afresh are changed on
# their loaded rows.
_INVITATIONS = Invitation.__table__  # type: ignore[attr-defined]


def _ask(
    uow: UnitOfWork,
    partnership: Partnership,
    existing: dict[str, Invitation],
    partner_ids: Sequence[str],
    *,
    kept: Collection[str] = (),
    content: dict[str, Any] | None = None,
) -> None:
    """Invite each organisation that has no invitation yet, and ask afresh one whose invitation
    was declined or withdrawn — unless it is in `kept` (named already before this change). Each
    one asked is announced, in the order of `partner_ids`."""
    new_rows: list[dict[str, str]] = []
    asked: list[tuple[str, str]] = []  # (invitation id, organisation id)
    for partner_id in partner_ids:
        invitation = existing.get(partner_id)
        if invitation is None:
            row = {
                "id": str(uuid.uuid4()),
                "partnership_id": partnership.id,
                "partner_id": partner_id,
                "status": InvitationStatus.OPEN.value,
            }
            new_rows.append(row)
            asked.append((row["id"], partner_id))
        elif partner_id in kept or invitation.status not in domain.ASKED_AGAIN:
            continue
        else:
            _reopen(invitation)
            asked.append((invitation.id, partner_id))
    uow.insert_at_commit(_INVITATIONS, new_rows)
    for invitation_id, organisation_id in asked:
        _announce(uow, partnership, invitation_id, organisation_id, content)


async def ensure_consented(
    uow: UnitOfWork, partnership: Partnership, named: Collection[str] | None = None
) -> None:
    """409 naming every member whose invitation is still open or was declined; nothing else.

    Only the members the draft names now count (or `named`: those an amendment adds): taking a
    decliner off the draft lifts its refusal. A draft made before invitations existed has none,
    and nothing to wait for.
    """
    members = set(
        named
        if named is not None
        else domain.invitees(partnership.owner_organisation_id, partnership.partner_ids)
    )
    waiting = [
        i
        for i in await invitations_of(uow, partnership.id)
        if i.partner_id in members and i.status in domain.BLOCKS_PROPOSAL
    ]
    if not waiting:
        return
    names = await partner_names(uow, [i.partner_id for i in waiting])
    pending = [i.partner_id for i in waiting if i.status == InvitationStatus.OPEN]
    declined = [i.partner_id for i in waiting if i.status == InvitationStatus.DECLINED]
    parts = []
    if pending:
        parts.append("not yet answered: " + _listed(pending, names))
    if declined:
        parts.append("declined: " + _listed(declined, names))
    raise ConsentMissing(
        "every organisation the partnership names must accept its invitation before it is"
        f" proposed, or an amendment naming it approved; {'; '.join(parts)}",
        current_state=partnership.status,
        pending_organisation_ids=pending,
        declined_organisation_ids=declined,
    )


def _listed(partner_ids: Sequence[str], names: dict[str, str]) -> str:
    return ", ".join(f"{names.get(pid, pid)} ({pid})" for pid in partner_ids)


async def partner_names(uow: UnitOfWork, partner_ids: Sequence[str]) -> dict[str, str]:
    rows = await uow.session.execute(
        select(col(Partner.id), col(Partner.name)).where(col(Partner.id).in_(set(partner_ids)))
    )
    return {row[0]: row[1] for row in rows}


def invitee_reads(organisation_id: str | BindParameter[str], partnership_id: Any = None) -> Any:
    """SQL: `organisation_id` holds an open or accepted invitation to the partnership (the given
    id, else the row in the outer query), which lets it read the draft it is named in."""
    subject = col(Partnership.id) if partnership_id is None else partnership_id
    return exists().where(
        col(Invitation.partnership_id) == subject,
        col(Invitation.partner_id) == organisation_id,
        # `= ANY(ARRAY[…])` rather than IN: the same plan, and a statement compiled once (the
        # list's) needs no list expanded at each execution.
        col(Invitation.status) == any_(array([s.value for s in domain.INVITEE_READS])),
    )


async def is_reading_invitee(
    uow: UnitOfWork, partnership: Partnership, actor: domain.Actor
) -> bool:
    """Whether a partner client's organisation is named in the partnership and invited with an
    open or accepted invitation (not one declined or withdrawn)."""
    organisation = actor.organisation_id
    if Role.PARTNER not in actor.roles or organisation is None:
        return False
    if organisation not in partnership.partner_ids:
        return False
    return bool(await uow.session.scalar(select(invitee_reads(organisation, partnership.id))))
