"""Use cases of the registry: load, decide with the domain rules, save, record the event.

Each function runs inside a unit of work the caller opened and commits nothing itself; the
route (or consumer) commits, so a state change and its events always land together.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Text, and_, any_, bindparam, exists, insert, not_, or_, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import col

from services.registry import consent, domain, narratives, versions
from services.registry.domain import Action, Actor, InvitationStatus, PartnershipStatus
from services.registry.models import Invitation, Partner, Partnership, Review, Transition
from services.registry.schemas import (
    ActionRequest,
    ClassificationChange,
    InvitationAnswer,
    PartnerCreate,
    PartnershipCreate,
    PartnershipUpdate,
)
from shared.auth import Principal, Role
from shared.catalogue.commitments import DossierCompiled
from shared.catalogue.partners import PartnerRegistered
from shared.catalogue.partnerships import (
    Classification,
    CountryInvolvement,
    InvitationAnswered,
    Member,
    NarrativeTranslation,
    PartnershipChanged,
    PartnershipReplicated,
    PartnershipSnapshot,
    PlannedCommitment,
    ReviewConcluded,
    ReviewOpened,
    ReviewTranslation,
)
from shared.prepared import Prepared
from shared.principal import reads_restricted
from shared.reference import DEFAULT_LANGUAGE
from shared.reporting import MAX_PERIODS, ReportingFrequency, count_periods
from shared.uow import UnitOfWork
from shared.web.preconditions import IfMatch
from shared.web.problems import Conflict, Forbidden, InvalidInput, NotFound, PreconditionFailed


class IllegalAction(Conflict):
    slug, title = "illegal-transition", "Action not allowed in the current state"


def actor_of(principal: Principal) -> Actor:
    return Actor(principal.organisation_id, frozenset(Role(r) for r in principal.roles))


def new_id() -> str:
    return str(uuid.uuid4())


# --------------------------------------------------------------------------- partners


async def register_partner(uow: UnitOfWork, data: PartnerCreate) -> Partner:
    partner = Partner(id=new_id(), **data.model_dump())
    uow.session.add(partner)
    await uow.session.flush()
    await uow.session.refresh(partner)
    uow.record(
        "partner.registered",
        partner.id,
        PartnerRegistered(
            partner_id=partner.id,
            name=partner.name,
            kind=partner.kind,
            country=partner.country,
            iati_org_ref=partner.iati_org_ref,
        ),
    )
    return partner


# Compiled once, the ids bound at each execution: every draft written checks its members.
_PARTNER_KINDS = Prepared.of(
    select(col(Partner.id), col(Partner.kind)).where(
        col(Partner.id) == any_(bindparam("ids", type_=ARRAY(Text)))
    )
)


async def partner_kinds(uow: UnitOfWork, partner_ids: Sequence[str]) -> dict[str, str]:
    if not partner_ids:
        return {}
    rows = await uow.fetch(_PARTNER_KINDS, {"ids": sorted(set(partner_ids))})
    return {row[0]: row[1] for row in rows}


# --------------------------------------------------------------------------- partnerships


async def lock_partnership(uow: UnitOfWork, partnership_id: str) -> Partnership | None:
    """Lock the aggregate row, or None when there is no such partnership.

    Every use case locks the partnership before any of its parts (reviews): one order for
    all, so two transactions on one partnership wait for each other instead of deadlocking.
    """
    row: Partnership | None = (
        await uow.session.execute(
            select(Partnership).where(col(Partnership.id) == partnership_id).with_for_update()
        )
    ).scalar_one_or_none()
    return row


async def load_for_update(uow: UnitOfWork, partnership_id: str) -> Partnership:
    """Lock the aggregate row first, so outbox rows of one partnership follow commit order."""
    partnership = await lock_partnership(uow, partnership_id)
    if partnership is None:
        raise NotFound(f"no partnership {partnership_id}")
    return partnership


def ever_proposed(partnership_id: Any = None) -> Any:
    """SQL: the partnership (the given id, else the row in the outer query) was proposed at least
    once, so others have seen it (a proposal returned for revision included)."""
    subject = col(Partnership.id) if partnership_id is None else partnership_id
    return exists().where(
        col(Transition.partnership_id) == subject,
        col(Transition.action) == Action.PROPOSE.value,
    )


def private_condition() -> Any:
    """SQL: drafts (a proposal returned for revision too, while it is reworked), and drafts
    withdrawn before anyone else saw them, which stay private for good."""
    return or_(
        col(Partnership.status) == PartnershipStatus.DRAFT,
        and_(col(Partnership.status) == PartnershipStatus.WITHDRAWN, not_(ever_proposed())),
    )


async def was_ever_proposed(uow: UnitOfWork, partnership: Partnership) -> bool:
    return bool(await uow.session.scalar(select(ever_proposed(partnership.id))))


async def is_private(uow: UnitOfWork, partnership: Partnership) -> bool:
    if partnership.status == PartnershipStatus.DRAFT:
        return True
    if partnership.status != PartnershipStatus.WITHDRAWN:
        return False
    return not await was_ever_proposed(uow, partnership)


async def ensure_visible(uow: UnitOfWork, partnership: Partnership, principal: Principal) -> None:
    """A private partnership (a draft, or one withdrawn as a draft) is seen only by its owner, the
    secretariat and the organisations it invites (while their invitation is open or accepted); a
    restricted one only by its members and the secretariat. Others are told it does not exist."""
    actor = actor_of(principal)
    if is_restricted(partnership) and not reads_restricted(actor, partnership.partner_ids):
        raise NotFound(f"no partnership {partnership.id}")
    if (
        await is_private(uow, partnership)
        and not domain.can_view_draft(actor, partnership.owner_organisation_id)
        and not await consent.is_reading_invitee(uow, partnership, actor)
    ):
        raise NotFound(f"no partnership {partnership.id}")


async def may_see(uow: UnitOfWork, partnership: Partnership, principal: Principal) -> bool:
    try:
        await ensure_visible(uow, partnership, principal)
    except NotFound:
        return False
    return True


async def validated_content(uow: UnitOfWork, owner: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Check cross-field rules the schema cannot: members exist, the owner leads, pledges are members'."""
    members = [dict(m) for m in fields["members"]]
    if not any(m["partner_id"] == owner and m["role"] == domain.MemberRole.LEAD for m in members):
        members = [m for m in members if m["partner_id"] != owner]
        members.insert(0, {"partner_id": owner, "role": domain.MemberRole.LEAD.value})
    errors: list[dict[str, str]] = []
    leads = [m for m in members if m["role"] == domain.MemberRole.LEAD]
    if len(leads) != 1:
        errors.append(
            {
                "field": "members",
                "message": "exactly one member is the lead: the owning organisation",
            }
        )
    ids = [m["partner_id"] for m in members]
    if len(set(ids)) != len(ids):
        errors.append({"field": "members", "message": "a partner appears more than once"})
    kinds = await partner_kinds(uow, ids)
    for index, member in enumerate(members):
        if member["partner_id"] not in kinds:
            errors.append({"field": f"members[{index}].partner_id", "message": "no such partner"})
    commitments = []
    for index, pledge in enumerate(fields["planned_commitments"]):
        pledge_errors = commitment_holder_problems(pledge, set(ids), date.today())
        errors += [
            {"field": f"planned_commitments[{index}]{field}", "message": message}
            for field, message in pledge_errors
        ]
        commitments.append({"id": pledge.get("id") or new_id(), **with_holders(pledge)})
    translations = given_translations(fields.get("translations") or {})
    default_language = fields.get("language") or DEFAULT_LANGUAGE
    if default_language in translations:
        errors.append(default_language_translated("translations", default_language))
    if errors:
        raise InvalidInput(errors)
    for member in members:
        member["kind"] = kinds.get(member["partner_id"])
    countries = [dict(c) for c in fields["countries"]]
    return {
        **fields,
        "members": members,
        "countries": countries,
        "planned_commitments": commitments,
        "lead_partner_id": owner,
        "language": default_language,
        "translations": translations,
        "country_codes": sorted({c["code"] for c in countries}),
        "partner_ids": sorted(set(ids)),
        "themes": sorted(set(fields["themes"])),
        "policy_areas": sorted(set(fields["policy_areas"])),
        "gcm_objectives": sorted(set(fields["gcm_objectives"])),
        "sdg_targets": sorted(set(fields["sdg_targets"])),
    }


def given_translations(translations: dict[str, dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Translations as stored and published: only the texts given, languages in order."""
    return {
        language: {field: text for field, text in texts.items() if text is not None}
        for language, texts in sorted(translations.items())
    }


def default_language_translated(field: str, language: str) -> dict[str, str]:
    return {
        "field": f"{field}.{language}",
        "message": f"{language} is the default language, whose texts are the fields themselves;"
        " translations are for the other languages",
    }


def with_holders(pledge: dict[str, Any]) -> dict[str, Any]:
    """A planned commitment with both forms of its holders filled in: `holders` (the responsible
    partner first) and `responsible_partner_id`; stored ones from before joint commitments name
    only the responsible partner."""
    holders = [dict(h) for h in pledge.get("holders") or []]
    responsible = pledge.get("responsible_partner_id") or (
        holders[0]["partner_id"] if holders else None
    )
    if not holders and responsible is not None:
        holders = [{"partner_id": responsible, "share": None}]
    holders.sort(key=lambda h: h["partner_id"] != responsible)  # stable: the rest keep order
    return {
        **pledge,
        "responsible_partner_id": responsible,
        "holders": holders,
        "reporting_frequency": pledge.get("reporting_frequency") or ReportingFrequency.ONCE.value,
    }


def commitment_holder_problems(
    pledge: dict[str, Any], member_ids: set[str], today: date
) -> list[tuple[str, str]]:
    """What is wrong with a planned commitment's holders and calendar, as (field suffix, message):
    every holder a member, none twice, the responsible partner one of them, shares given to all
    or none and summing to the target, and a calendar of at most MAX_PERIODS periods."""
    holders = pledge.get("holders") or []
    responsible = pledge.get("responsible_partner_id")
    problems: list[tuple[str, str]] = []
    if not holders:
        if responsible is None:
            return [(".holders", "name at least one holder (or the responsible_partner_id)")]
        if responsible not in member_ids:
            problems.append(
                (
                    ".responsible_partner_id",
                    "the responsible partner must be a member of the partnership",
                )
            )
    holder_ids = [h["partner_id"] for h in holders]
    for position, holder_id in enumerate(holder_ids):
        if holder_id not in member_ids:
            problems.append(
                (f".holders[{position}].partner_id", "a holder must be a member of the partnership")
            )
    if len(set(holder_ids)) != len(holder_ids):
        problems.append((".holders", "a partner holds the commitment more than once"))
    if holders and responsible is not None and responsible not in holder_ids:
        problems.append((".responsible_partner_id", "must be one of the holders"))
    shares = [h.get("share") for h in holders]
    if any(share is not None for share in shares):
        if any(share is None for share in shares):
            problems.append((".holders", "give every holder a share, or none"))
        elif sum(Decimal(str(s)) for s in shares) != Decimal(str(pledge["target"])):
            problems.append((".holders", "the holders' shares must sum to the target"))
    frequency = ReportingFrequency(pledge.get("reporting_frequency") or ReportingFrequency.ONCE)
    start = date.fromisoformat(pledge["start_date"]) if pledge.get("start_date") else today
    if count_periods(start, date.fromisoformat(pledge["due_date"]), frequency) > MAX_PERIODS:
        problems.append(
            (
                ".reporting_frequency",
                f"makes more than {MAX_PERIODS} reporting periods before the due date",
            )
        )
    return problems


def _require_organisation(principal: Principal) -> str:
    if not principal.has(Role.PARTNER) or principal.organisation_id is None:
        raise Forbidden("only a partner organisation may own a partnership")
    return principal.organisation_id


async def create_draft(
    uow: UnitOfWork, principal: Principal, data: PartnershipCreate
) -> Partnership:
    owner = _require_organisation(principal)
    content = await validated_content(uow, owner, data.model_dump(mode="json"))
    partnership = Partnership(
        id=new_id(),
        version=1,
        status=PartnershipStatus.DRAFT,
        owner_organisation_id=owner,
        **content,
    )
    await insert_new(uow, partnership)
    versions.remember(uow, partnership)
    record_history(uow, partnership, "create", None, principal, event_id=None)
    consent.invite_members(uow, partnership)
    return partnership


_PARTNERSHIPS = Partnership.__table__  # type: ignore[attr-defined]
_WRITTEN_COLUMNS = tuple(
    column.name
    for column in _PARTNERSHIPS.columns
    if column.name not in ("created_at", "updated_at")
)
_INSERT_PARTNERSHIP = Prepared.of(
    insert(_PARTNERSHIPS).returning(_PARTNERSHIPS.c.created_at, _PARTNERSHIPS.c.updated_at),
    columns=_WRITTEN_COLUMNS,
)


async def insert_new(uow: UnitOfWork, partnership: Partnership) -> None:
    """Write a new partnership's row with one INSERT and set the timestamps the database gave it.

    The hot path of `POST /partnerships`: a statement compiled once and sent with asyncpg,
    where the ORM's flush cost more than the rest of the request. The instance stays outside
    the session, so nothing changed on it afterwards is written: a later change in this unit of
    work reads the row (`load_for_update`) like any other.
    """
    values = {name: getattr(partnership, name) for name in _WRITTEN_COLUMNS}
    (stamps,) = await uow.fetch(_INSERT_PARTNERSHIP, values)
    partnership.created_at, partnership.updated_at = stamps


async def edit_draft(
    uow: UnitOfWork,
    principal: Principal,
    partnership_id: str,
    changes: PartnershipUpdate,
    if_match: IfMatch,
) -> Partnership:
    partnership = await load_for_update(uow, partnership_id)
    await ensure_visible(uow, partnership, principal)
    if partnership.owner_organisation_id != principal.organisation_id or not principal.has(
        Role.PARTNER
    ):
        raise Forbidden("only the owning organisation edits a partnership")
    if partnership.status != PartnershipStatus.DRAFT:
        raise IllegalAction(
            f"only a draft can be edited; this partnership is {partnership.status}",
            current_state=partnership.status,
            allowed_actions=list(domain.allowed_actions(PartnershipStatus(partnership.status))),
        )
    current_tags = narratives.entity_tags(
        partnership.version, partnership.language, partnership.translations
    )
    if not any(if_match.matches(tag) for tag in current_tags):
        raise PreconditionFailed(
            f'If-Match names no current version; the partnership is now "{partnership.version}"'
        )
    current = {name: getattr(partnership, name) for name in PartnershipUpdate.model_fields}
    update = changes.model_dump(mode="json", exclude_unset=True)
    reclassified = update.get("classification", partnership.classification)
    if reclassified != partnership.classification and await was_ever_proposed(uow, partnership):
        raise InvalidInput(
            [
                {
                    "field": "classification",
                    "message": "the secretariat has seen this partnership: only it changes"
                    " the classification now (PUT /partnerships/{id}/classification)",
                }
            ]
        )
    if "members" not in update:
        current["members"] = [
            {"partner_id": m["partner_id"], "role": m["role"]} for m in partnership.members
        ]
    content = await validated_content(uow, partnership.owner_organisation_id, {**current, **update})
    previous_member_ids = list(partnership.partner_ids)
    for name, value in content.items():
        setattr(partnership, name, value)
    partnership.version += 1
    partnership.updated_at = datetime.now(UTC)
    versions.remember(uow, partnership)
    await uow.session.flush()
    # Drafts are private: an edit publishes nothing until the partnership is proposed, but an
    # organisation it newly names is asked for its consent (an event of ids, no texts).
    await consent.sync_invitations(uow, partnership, previous_member_ids)
    return partnership


def is_restricted(partnership: Partnership) -> bool:
    return partnership.classification == Classification.RESTRICTED


def snapshot(partnership: Partnership) -> PartnershipSnapshot:
    """The partnership as its events carry it: whole when public, thin when restricted (every
    text emptied; see `shared.catalogue.partnerships`)."""
    whole = PartnershipSnapshot(
        id=partnership.id,
        version=partnership.version,
        status=partnership.status,
        title=partnership.title,
        summary=partnership.summary,
        owner_organisation_id=partnership.owner_organisation_id,
        lead_partner_id=partnership.lead_partner_id,
        members=[Member(**m) for m in partnership.members],
        level=partnership.level,
        countries=[CountryInvolvement(**c) for c in partnership.countries],
        themes=partnership.themes,
        policy_areas=partnership.policy_areas,
        gcm_objectives=partnership.gcm_objectives,
        sdg_targets=partnership.sdg_targets,
        consultation_platform=partnership.consultation_platform,
        planned_commitments=[
            PlannedCommitment(**with_holders(c)) for c in partnership.planned_commitments
        ],
        replicated_from=partnership.replicated_from,
        review_cycle=partnership.review_cycle,
        language=partnership.language,
        translations={
            language: NarrativeTranslation(**texts)
            for language, texts in partnership.translations.items()
        },
    )
    return whole.thin() if is_restricted(partnership) else whole


def published_reason(partnership: Partnership, reason: str | None) -> str | None:
    """A decision's reason as its event may carry it: never for a restricted partnership (its
    history keeps it, for those entitled to read it)."""
    return None if is_restricted(partnership) else reason


_EVENT_OF: dict[Action, str] = {
    Action.PROPOSE: "partnership.proposed",
    Action.WITHDRAW: "partnership.withdrawn",
    Action.ADOPT: "partnership.adopted",
    Action.REJECT: "partnership.rejected",
    Action.RETURN: "partnership.returned_for_revision",
    Action.START: "partnership.implementation_started",
    Action.OPEN_REVIEW: "partnership.review_opened",
    Action.CONCLUDE_REVIEW: "partnership.review_concluded",
}


async def act(
    uow: UnitOfWork,
    principal: Principal,
    partnership_id: str,
    action: Action,
    body: ActionRequest,
    round_id: str | None = None,
) -> Partnership:
    """Apply a lifecycle action; returns the partnership it produced (the new draft for replicate).

    `round_id` marks a review opened as part of a review round (review and event carry it)."""
    partnership = await load_for_update(uow, partnership_id)
    await ensure_visible(uow, partnership, principal)
    current = PartnershipStatus(partnership.status)
    if action is Action.REPLICATE and await is_private(uow, partnership):
        # The lifecycle allows replicating a withdrawn partnership, but this one was never public.
        raise IllegalAction(
            "a partnership withdrawn as a draft was never public and cannot be replicated",
            current_state=current.value,
            allowed_actions=[],
        )
    if action is not Action.CONCLUDE_REVIEW and body.outcome is not None:
        raise InvalidInput(
            [
                {
                    "field": "outcome",
                    "message": f"an outcome only goes with conclude-review, not {action}",
                }
            ]
        )
    if action is Action.CONCLUDE_REVIEW and body.outcome is None:
        raise InvalidInput(
            [{"field": "outcome", "message": "required: continue, complete or discontinue"}]
        )
    review_translations = _review_translations(action, body)
    try:
        target = domain.decide(
            current, action, actor_of(principal), partnership.owner_organisation_id, body.outcome
        )
    except domain.IllegalTransition as exc:
        raise IllegalAction(
            str(exc), current_state=current.value, allowed_actions=[a.value for a in exc.allowed]
        ) from exc
    except domain.NotPermitted as exc:
        raise Forbidden(exc.reason) from exc
    # After the lifecycle and the permission: who may not decide learns that first.
    if action in domain.REASON_REQUIRED and body.reason is None:
        raise InvalidInput(
            [{"field": "reason", "message": f"required: the partner must learn why ({action})"}]
        )
    if action is Action.REPLICATE:
        return await _replicate(uow, principal, partnership)
    if action is Action.PROPOSE:
        await consent.ensure_consented(uow, partnership)
    if action is Action.WITHDRAW and current is PartnershipStatus.DRAFT:
        await consent.withdraw_open(uow, partnership)

    partnership.status = target
    partnership.version += 1
    partnership.updated_at = datetime.now(UTC)
    actor_fields = {
        "actor_client_id": principal.client_id,
        "actor_organisation_id": principal.organisation_id,
        "reason": published_reason(partnership, body.reason),
    }
    payload: PartnershipChanged
    if action is Action.OPEN_REVIEW:
        partnership.review_cycle += 1
        review = Review(
            id=new_id(),
            partnership_id=partnership.id,
            cycle=partnership.review_cycle,
            round_id=round_id,
        )
        uow.session.add(review)
        payload = ReviewOpened(
            partnership=snapshot(partnership),
            review_id=review.id,
            cycle=review.cycle,
            round_id=round_id,
            **actor_fields,
        )
    elif action is Action.CONCLUDE_REVIEW:
        assert body.outcome is not None
        review = await _open_review(uow, partnership)
        review.concluded_at = datetime.now(UTC)
        review.outcome = body.outcome
        review.findings, review.lessons_learned = body.findings, body.lessons_learned
        review.good_practices = body.good_practices
        review.challenges, review.language = body.challenges, body.language
        review.translations = review_translations
        payload = ReviewConcluded(
            partnership=snapshot(partnership),
            review_id=review.id,
            cycle=review.cycle,
            outcome=body.outcome.value,
            **_published_review_texts(partnership, body, review_translations),
            **actor_fields,
        )
    else:
        payload = PartnershipChanged(partnership=snapshot(partnership), **actor_fields)
    versions.remember(uow, partnership)
    await uow.session.flush()
    if (
        action is Action.WITHDRAW
        and current is PartnershipStatus.DRAFT
        and not await was_ever_proposed(uow, partnership)
    ):
        # A draft never proposed was never public: its withdrawal is nobody else's business,
        # and an event would carry the draft's body to every subscriber. The history keeps it.
        record_history(uow, partnership, action.value, current, principal, None, body.reason)
        return partnership
    event = uow.record(_EVENT_OF[action], partnership.id, payload)
    record_history(uow, partnership, action.value, current, principal, event.id, body.reason)
    return partnership


def _published_review_texts(
    partnership: Partnership, body: ActionRequest, translations: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """A concluded review's texts as its event carries them: none for a restricted partnership."""
    if is_restricted(partnership):
        return {}
    return {
        "findings": body.findings,
        "lessons_learned": body.lessons_learned,
        "good_practices": body.good_practices,
        "challenges": body.challenges,
        "language": body.language,
        "translations": {
            language: ReviewTranslation(**texts) for language, texts in translations.items()
        },
    }


def _review_translations(action: Action, body: ActionRequest) -> dict[str, dict[str, str]]:
    """A conclusion's translations, checked against its language; nothing for other actions."""
    if not body.translations:
        return {}
    if action is not Action.CONCLUDE_REVIEW:
        message = f"translations of review texts only go with conclude-review, not {action}"
        raise InvalidInput([{"field": "translations", "message": message}])
    if body.language is None:
        raise InvalidInput(
            [
                {
                    "field": "language",
                    "message": "required with translations: the language the texts are written in",
                }
            ]
        )
    if body.language in body.translations:
        raise InvalidInput([default_language_translated("translations", body.language)])
    return given_translations(
        {language: texts.model_dump() for language, texts in body.translations.items()}
    )


async def _replicate(uow: UnitOfWork, principal: Principal, original: Partnership) -> Partnership:
    owner = _require_organisation(principal)
    # The replica keeps the design (themes, objectives, commitments' shape) but is the caller's:
    # they lead it, and the original's other members are not enrolled without their consent.
    fields = {
        "title": original.title,
        "summary": original.summary,
        "language": original.language,
        "translations": original.translations,
        "members": [],
        "level": original.level,
        "countries": original.countries,
        "themes": original.themes,
        "policy_areas": original.policy_areas,
        "gcm_objectives": original.gcm_objectives,
        "sdg_targets": original.sdg_targets,
        "consultation_platform": original.consultation_platform,
        # A replica of a restricted partnership is about the same kind of people: restricted too.
        "classification": original.classification,
        "planned_commitments": [
            {
                **{k: v for k, v in c.items() if k not in ("id", "holders")},
                "responsible_partner_id": owner,
            }
            for c in original.planned_commitments
        ],
    }
    content = await validated_content(uow, owner, fields)
    replica = Partnership(
        id=new_id(),
        version=1,
        status=PartnershipStatus.DRAFT,
        owner_organisation_id=owner,
        replicated_from=original.id,
        **content,
    )
    uow.session.add(replica)
    versions.remember(uow, replica)
    await uow.session.flush()
    # The original is public; its lineage event is keyed by the original so its history stays whole.
    event = uow.record(
        "partnership.replicated",
        original.id,
        PartnershipReplicated(
            partnership=snapshot(original),
            replicated_from=original.id,
            actor_client_id=principal.client_id,
            actor_organisation_id=principal.organisation_id,
        ),
    )
    record_history(
        uow,
        original,
        Action.REPLICATE.value,
        PartnershipStatus(original.status),
        principal,
        event.id,
    )
    record_history(uow, replica, "create", None, principal, event_id=None)
    return replica


async def _open_review(uow: UnitOfWork, partnership: Partnership) -> Review:
    # The caller holds the partnership's lock already: root first, then the review.
    review = (
        await uow.session.execute(
            select(Review)
            .where(
                col(Review.partnership_id) == partnership.id,
                col(Review.cycle) == partnership.review_cycle,
            )
            .with_for_update()
        )
    ).scalar_one()
    open_review: Review = review
    return open_review


_TRANSITIONS = Transition.__table__  # type: ignore[attr-defined]


def record_history(
    uow: UnitOfWork,
    partnership: Partnership,
    action: str,
    from_status: PartnershipStatus | None,
    principal: Principal,
    event_id: str | None,
    reason: str | None = None,
) -> None:
    """The step in the partnership's history; written at commit (nothing reads it back before)."""
    uow.insert_at_commit(
        _TRANSITIONS,
        [
            {
                "partnership_id": partnership.id,
                "action": action,
                "from_status": from_status,
                "to_status": partnership.status,
                "actor_client_id": principal.client_id,
                "actor_organisation_id": principal.organisation_id,
                "event_id": event_id,
                "reason": reason,
            }
        ],
    )


async def reviews_of(uow: UnitOfWork, partnership_id: str) -> list[Review]:
    rows = await uow.session.execute(
        select(Review)
        .where(col(Review.partnership_id) == partnership_id)
        .order_by(col(Review.cycle))
    )
    return list(rows.scalars())


async def history_of(uow: UnitOfWork, partnership_id: str) -> list[Transition]:
    rows = await uow.session.execute(
        select(Transition)
        .where(col(Transition.partnership_id) == partnership_id)
        .order_by(col(Transition.id))
    )
    return list(rows.scalars())


# --------------------------------------------------------------------------- classification


async def reclassify(
    uow: UnitOfWork, principal: Principal, partnership_id: str, change: ClassificationChange
) -> Partnership:
    """The secretariat sets a partnership's classification, with a reason kept in its history.

    Downstream copies follow through `partnership.updated`: made restricted, the event is thin
    and each consumer replaces its copy, so the narrative leaves their stores too.
    """
    if not principal.has(Role.SECRETARIAT):
        raise Forbidden("only the secretariat changes a partnership's classification")
    partnership = await load_for_update(uow, partnership_id)
    await ensure_visible(uow, partnership, principal)
    if partnership.classification == change.classification:
        return partnership
    partnership.classification = change.classification.value
    partnership.version += 1
    partnership.updated_at = datetime.now(UTC)
    versions.remember(uow, partnership)
    await uow.session.flush()
    event_id = None
    if not await is_private(uow, partnership):
        event = uow.record(
            "partnership.updated",
            partnership.id,
            PartnershipChanged(
                partnership=snapshot(partnership),
                actor_client_id=principal.client_id,
                actor_organisation_id=principal.organisation_id,
                reason=published_reason(partnership, change.reason),
            ),
        )
        event_id = event.id
    current = PartnershipStatus(partnership.status)
    record_history(uow, partnership, "classify", current, principal, event_id, change.reason)
    return partnership


# --------------------------------------------------------------------------- consent


async def answer_invitation(
    uow: UnitOfWork,
    principal: Principal,
    invitation_id: str,
    answer: InvitationStatus,
    body: InvitationAnswer,
) -> tuple[Invitation, Partnership]:
    """The invited organisation accepts or declines being named in a partnership; its history
    records who answered, when and why, and `partnership.invitation_answered` tells the owner.

    Anyone who may not learn the invitation exists (it is about a private draft) is told it does
    not (404); whoever may see it but is not the invited organisation's partner — the owner, the
    secretariat — is refused (403). An invitation no longer open is a 409 naming its status.
    """
    assert answer in (InvitationStatus.ACCEPTED, InvitationStatus.DECLINED)
    found = await uow.session.get(Invitation, invitation_id)
    if found is None:
        raise NotFound(f"no invitation {invitation_id}")
    # Root first, then its part: the order every use case of a partnership takes its locks in.
    partnership = await load_for_update(uow, found.partnership_id)
    invitation: Invitation = (
        await uow.session.execute(
            select(Invitation)
            .where(col(Invitation.id) == invitation_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).scalar_one()
    if not domain.may_answer_invitation(actor_of(principal), invitation.partner_id):
        if await may_see(uow, partnership, principal):
            raise Forbidden("only a partner client of the invited organisation answers for it")
        raise NotFound(f"no invitation {invitation_id}")
    if invitation.status != InvitationStatus.OPEN:
        raise consent.AlreadyAnswered(
            f"the invitation is {invitation.status}: only an open invitation is answered",
            current_state=invitation.status,
        )
    invitation.status = answer.value
    invitation.answered_at = datetime.now(UTC)
    invitation.answered_by_client_id = principal.client_id
    invitation.reason = body.reason
    await uow.session.flush()
    event = uow.record(
        "partnership.invitation_answered",
        partnership.id,
        InvitationAnswered(
            invitation_id=invitation.id,
            partnership_id=partnership.id,
            organisation_id=invitation.partner_id,
            owner_organisation_id=partnership.owner_organisation_id,
            answer=answer.value,
            actor_client_id=principal.client_id,
            reason=published_reason(partnership, body.reason),
        ),
    )
    action = "accept-invitation" if answer is InvitationStatus.ACCEPTED else "decline-invitation"
    current = PartnershipStatus(partnership.status)
    record_history(uow, partnership, action, current, principal, event.id, body.reason)
    return invitation, partnership


# --------------------------------------------------------------------------- dossiers


async def attach_dossier(uow: UnitOfWork, dossier: DossierCompiled) -> bool:
    """Attach a compiled dossier to its review; a repeat or a stale dossier changes nothing.

    Locks the partnership before the review, the order `act` (conclude-review) uses: the
    aggregate root first, then its parts. Taking them in opposite orders let a dossier and a
    conclusion of the same review each hold one lock and wait for the other (a deadlock).
    """
    partnership = await lock_partnership(uow, dossier.partnership_id)
    if partnership is None:
        return False
    review = (
        await uow.session.execute(
            select(Review)
            .where(
                col(Review.id) == dossier.review_id,
                col(Review.partnership_id) == dossier.partnership_id,
            )
            .with_for_update()
        )
    ).scalar_one_or_none()
    if review is None or review.dossier_id == dossier.dossier_id:
        return False
    if (
        review.dossier is not None
        and str(review.dossier.get("compiled_at", "")) >= dossier.compiled_at.isoformat()
    ):
        return False
    review.dossier_id = dossier.dossier_id
    review.dossier = dossier.model_dump(mode="json")
    partnership.version += 1
    partnership.updated_at = datetime.now(UTC)
    versions.remember(uow, partnership)
    await uow.session.flush()
    uow.record(
        "partnership.updated",
        partnership.id,
        PartnershipChanged(
            partnership=snapshot(partnership), actor_client_id="commitments-service"
        ),
    )
    return True


# --------------------------------------------------------------------------- statistics


# Public: neither a draft nor a withdrawn never-proposed one (see `private_condition`), in SQL.
_PUBLIC = (
    "FROM partnerships p WHERE p.status <> 'draft' AND NOT (p.status = 'withdrawn' AND NOT EXISTS"
    " (SELECT 1 FROM partnership_transitions t WHERE t.partnership_id = p.id"
    " AND t.action = 'propose'))"
)
# Fixed SQL (no caller input): one grouped count per dimension of the statistics.
_STATS_QUERIES = {
    "by_status": f"SELECT status AS k, count(*) {_PUBLIC} GROUP BY k ORDER BY k",
    "by_theme": f"SELECT unnest(themes) AS k, count(*) {_PUBLIC} GROUP BY k ORDER BY k",
    "by_level": f"SELECT level AS k, count(*) {_PUBLIC} GROUP BY k ORDER BY k",
    "by_country": f"SELECT unnest(country_codes) AS k, count(*) {_PUBLIC} GROUP BY k ORDER BY k",
}


async def statistics(uow: UnitOfWork) -> dict[str, Any]:
    """Counts over every public partnership (drafts, withdrawn ones too, are private: not counted)."""
    result: dict[str, Any] = {
        "total": int((await uow.session.execute(text(f"SELECT count(*) {_PUBLIC}"))).scalar_one())
    }
    for name, sql in _STATS_QUERIES.items():
        rows = await uow.session.execute(text(sql))
        result[name] = {str(key): int(count) for key, count in rows}
    return result
