"""Amendments: after adoption a partnership changes only through an amendment the owner proposes
with a reason and the secretariat approves (or rejects, saying why).

An amendment replaces whole lists — members, countries, planned commitments — as an edit of a
draft does, and is validated by the same rules when proposed and again when approved (the
partnership may have moved on in between). A commitment already tracked cannot be dropped: the
commitments service holds its reports. One amendment waits per partnership at a time. An
organisation it names for the first time is invited when it is proposed, and it is approved only
once they have all accepted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import col, select

from services.registry import consent, handlers, versions
from services.registry.domain import PartnershipStatus
from services.registry.models import Amendment, Partnership
from services.registry.schemas import AmendmentCreate, AmendmentDecision
from shared.auth import Principal, Role
from shared.catalogue.partnerships import AmendmentEvent
from shared.uow import UnitOfWork
from shared.web.problems import Conflict, Forbidden, InvalidInput, NotFound

# What an amendment may change, and the statuses in which a partnership takes one.
AMENDABLE_FIELDS = ("members", "countries", "planned_commitments")
AMENDABLE_STATUSES = frozenset(
    {PartnershipStatus.ADOPTED, PartnershipStatus.IMPLEMENTING, PartnershipStatus.UNDER_REVIEW}
)


class AmendmentConflict(Conflict):
    slug, title = "amendment-conflict", "The amendment cannot be taken now"


async def propose(
    uow: UnitOfWork, principal: Principal, partnership_id: str, request: AmendmentCreate
) -> Amendment:
    partnership = await handlers.load_for_update(uow, partnership_id)
    await handlers.ensure_visible(uow, partnership, principal)
    if not principal.has(Role.PARTNER) or principal.organisation_id != (
        partnership.owner_organisation_id
    ):
        raise Forbidden("only the owning organisation proposes an amendment")
    _ensure_amendable(partnership)
    if await _waiting(uow, partnership.id) is not None:
        raise AmendmentConflict(
            "an amendment of this partnership already waits for the secretariat's decision"
        )
    changes = request.model_dump(mode="json", include=set(AMENDABLE_FIELDS), exclude_none=True)
    validated = await _validated(uow, partnership, changes)
    # An organisation the amendment names for the first time is asked, as a draft's would be.
    await consent.invite_newly_named(uow, partnership, validated)
    amendment = Amendment(
        id=handlers.new_id(),
        partnership_id=partnership.id,
        status="proposed",
        changes={name: validated[name] for name in changes},
        reason=request.reason,
        base_version=partnership.version,
        proposed_by_client_id=principal.client_id,
    )
    uow.session.add(amendment)
    await uow.session.flush()
    event = _record(uow, "partnership.amendment_proposed", partnership, amendment, principal)
    _record_history(uow, partnership, "propose-amendment", principal, event, request.reason)
    return amendment


async def decide(
    uow: UnitOfWork,
    principal: Principal,
    partnership_id: str,
    amendment_id: str,
    approve: bool,
    decision: AmendmentDecision,
) -> tuple[Amendment, Partnership]:
    """Approve (the partnership's next version) or reject (with a reason) a waiting amendment."""
    if not principal.has(Role.SECRETARIAT):
        raise Forbidden("only the secretariat decides on an amendment")
    partnership = await handlers.load_for_update(uow, partnership_id)
    amendment = await _one(uow, partnership_id, amendment_id)
    if amendment.status != "proposed":
        raise AmendmentConflict(f"the amendment was already {amendment.status}")
    if not approve and decision.reason is None:
        raise InvalidInput([{"field": "reason", "message": "required: the owner must learn why"}])
    amendment.decided_by_client_id = principal.client_id
    amendment.decided_at = datetime.now(UTC)
    amendment.decision_reason = decision.reason
    if not approve:
        amendment.status = "rejected"
        await uow.session.flush()
        event = _record(
            uow,
            "partnership.amendment_rejected",
            partnership,
            amendment,
            principal,
            decision.reason,
        )
        _record_history(uow, partnership, "reject-amendment", principal, event, decision.reason)
        return amendment, partnership
    _ensure_amendable(partnership)
    validated = await _validated(uow, partnership, amendment.changes, stored=True)
    newly_named = [pid for pid in validated["partner_ids"] if pid not in partnership.partner_ids]
    await consent.ensure_consented(uow, partnership, newly_named)
    previous = partnership.version
    for name in ("members", "countries", "planned_commitments", "country_codes", "partner_ids"):
        setattr(partnership, name, validated[name])
    partnership.version += 1
    partnership.updated_at = datetime.now(UTC)
    versions.remember(uow, partnership)
    amendment.status = "approved"
    amendment.resulting_version = partnership.version
    await uow.session.flush()
    event = _record(
        uow,
        "partnership.amended",
        partnership,
        amendment,
        principal,
        amendment.reason,
        previous_version=previous,
    )
    _record_history(uow, partnership, "amend", principal, event, amendment.reason)
    return amendment, partnership


async def of_partnership(uow: UnitOfWork, partnership_id: str) -> list[Amendment]:
    rows = await uow.session.execute(
        select(Amendment)
        .where(col(Amendment.partnership_id) == partnership_id)
        .order_by(col(Amendment.proposed_at), col(Amendment.id))
    )
    return list(rows.scalars())


def _ensure_amendable(partnership: Partnership) -> None:
    status = PartnershipStatus(partnership.status)
    if status not in AMENDABLE_STATUSES:
        raise AmendmentConflict(
            f"a partnership that is {status} takes no amendment; adopted, implementing or"
            " under review ones do"
        )


async def _waiting(uow: UnitOfWork, partnership_id: str) -> Amendment | None:
    found: Amendment | None = (
        await uow.session.execute(
            select(Amendment).where(
                col(Amendment.partnership_id) == partnership_id,
                col(Amendment.status) == "proposed",
            )
        )
    ).scalar_one_or_none()
    return found


async def _one(uow: UnitOfWork, partnership_id: str, amendment_id: str) -> Amendment:
    amendment: Amendment | None = (
        await uow.session.execute(
            select(Amendment)
            .where(
                col(Amendment.id) == amendment_id,
                col(Amendment.partnership_id) == partnership_id,
            )
            .with_for_update()
        )
    ).scalar_one_or_none()
    if amendment is None:
        raise NotFound(f"no amendment {amendment_id} of partnership {partnership_id}")
    return amendment


async def _validated(
    uow: UnitOfWork, partnership: Partnership, changes: dict[str, Any], *, stored: bool = False
) -> dict[str, Any]:
    """The partnership's content with the changes applied, checked as a draft's edit is, and
    keeping every commitment already tracked. A request names only tracked ids (new commitments
    come without one); a stored amendment also carries the ids its new commitments were given
    when it was proposed."""
    tracked = [c["id"] for c in partnership.planned_commitments]
    if "planned_commitments" in changes:
        named = [c.get("id") for c in changes["planned_commitments"] if c.get("id")]
        problems = [
            {
                "field": f"planned_commitments[{index}].id",
                "message": f"no commitment {c['id']} in this partnership",
            }
            for index, c in enumerate(changes["planned_commitments"])
            if c.get("id") and c["id"] not in tracked and not stored
        ]
        problems += [
            {
                "field": "planned_commitments",
                "message": f"commitment {cid} is tracked and cannot be dropped; change it instead",
            }
            for cid in tracked
            if cid not in named
        ]
        if problems:
            raise InvalidInput(problems)
    current: dict[str, Any] = {
        "members": [
            {"partner_id": m["partner_id"], "role": m["role"]} for m in partnership.members
        ],
        "countries": partnership.countries,
        "planned_commitments": partnership.planned_commitments,
        "language": partnership.language,
        "translations": partnership.translations,
        "themes": partnership.themes,
        "policy_areas": partnership.policy_areas,
        "gcm_objectives": partnership.gcm_objectives,
        "sdg_targets": partnership.sdg_targets,
    }
    return await handlers.validated_content(
        uow, partnership.owner_organisation_id, {**current, **changes}
    )


def _record(
    uow: UnitOfWork,
    event_type: str,
    partnership: Partnership,
    amendment: Amendment,
    principal: Principal,
    reason: str | None = None,
    previous_version: int | None = None,
) -> str:
    event = uow.record(
        event_type,
        partnership.id,
        AmendmentEvent(
            partnership=handlers.snapshot(partnership),
            actor_client_id=principal.client_id,
            actor_organisation_id=principal.organisation_id,
            reason=handlers.published_reason(partnership, reason or amendment.reason),
            amendment_id=amendment.id,
            changed_fields=sorted(amendment.changes),
            previous_version=previous_version,
        ),
    )
    return event.id


def _record_history(
    uow: UnitOfWork,
    partnership: Partnership,
    action: str,
    principal: Principal,
    event_id: str,
    reason: str | None,
) -> None:
    current = PartnershipStatus(partnership.status)
    handlers.record_history(uow, partnership, action, current, principal, event_id, reason)
