"""Rules of the registry: its vocabularies, the partnership lifecycle and who may move it."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum, auto
from typing import Any

from shared.catalogue.partnerships import Classification as Classification
from shared.principal import Role

# The vocabularies are shared reference data (every service validates against them); they are
# re-exported here because the registry's rules and shapes speak in them.
from shared.reference.vocabularies import CountryRole as CountryRole
from shared.reference.vocabularies import Level as Level
from shared.reference.vocabularies import PartnerKind as PartnerKind
from shared.reference.vocabularies import Theme as Theme


class MemberRole(StrEnum):
    LEAD = "lead"
    IMPLEMENTING = "implementing"
    FUNDING = "funding"
    TECHNICAL = "technical"
    OBSERVER = "observer"


class PolicyArea(StrEnum):
    HUMAN_RIGHTS = "human_rights"
    HUMANITARIAN = "humanitarian"
    EDUCATION = "education"
    HEALTH = "health"
    EMPLOYMENT = "employment"
    SECURITY = "security"
    ENVIRONMENT = "environment"
    CLIMATE_CHANGE = "climate_change"
    CHILDREN_AND_YOUTH = "children_and_youth"
    SMUGGLING_AND_TRAFFICKING = "smuggling_and_trafficking"


class PartnershipStatus(StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    WITHDRAWN = "withdrawn"
    ADOPTED = "adopted"
    REJECTED = "rejected"
    IMPLEMENTING = "implementing"
    UNDER_REVIEW = "under_review"
    COMPLETED = "completed"
    DISCONTINUED = "discontinued"


class Action(StrEnum):
    PROPOSE = "propose"
    WITHDRAW = "withdraw"
    ADOPT = "adopt"
    REJECT = "reject"
    RETURN = "return"  # for revision: back to the owner as a draft, with the secretariat's comments
    START = "start"
    OPEN_REVIEW = "open-review"
    CONCLUDE_REVIEW = "conclude-review"
    REPLICATE = "replicate"


class ReviewOutcome(StrEnum):
    CONTINUE = "continue"
    COMPLETE = "complete"
    DISCONTINUE = "discontinue"


# "Non-state" follows the concept note's split between states and other stakeholders: national
# and local governments and line ministries are the state itself, and UN agencies and
# intergovernmental bodies are made of states, so a partnership of those alone is not inclusive.
# Everyone else, migrant and diaspora organisations included, counts as a non-state actor.
NON_STATE_KINDS: frozenset[PartnerKind] = frozenset(PartnerKind) - {
    PartnerKind.NATIONAL_GOVERNMENT,
    PartnerKind.LOCAL_GOVERNMENT,
    PartnerKind.LINE_MINISTRY,
    PartnerKind.UN_AGENCY,
    PartnerKind.INTERGOVERNMENTAL_BODY,
}

FINAL_STATUSES: frozenset[PartnershipStatus] = frozenset(
    {
        PartnershipStatus.WITHDRAWN,
        PartnershipStatus.REJECTED,
        PartnershipStatus.COMPLETED,
        PartnershipStatus.DISCONTINUED,
    }
)


@dataclass(frozen=True)
class Actor:
    """Whoever asks: the organisation a partner token is scoped to (if any) and its roles."""

    organisation_id: str | None
    roles: frozenset[Role]


class IllegalTransition(Exception):
    """The lifecycle does not allow this action from the current status, whoever asks."""

    def __init__(
        self, current: PartnershipStatus, action: Action, allowed: tuple[Action, ...]
    ) -> None:
        self.current = current
        self.action = action
        self.allowed = allowed
        allowed_text = ", ".join(allowed) or "none"
        super().__init__(
            f"cannot {action} a partnership that is {current}; allowed actions: {allowed_text}"
        )


class NotPermitted(Exception):
    """The lifecycle allows the action now, but not to this actor."""

    def __init__(self, action: Action, reason: str) -> None:
        self.action = action
        self.reason = reason
        super().__init__(f"not permitted to {action}: {reason}")


_S = PartnershipStatus

_SOURCES: dict[Action, frozenset[PartnershipStatus]] = {
    Action.PROPOSE: frozenset({_S.DRAFT}),
    Action.WITHDRAW: frozenset({_S.DRAFT, _S.PROPOSED}),
    Action.ADOPT: frozenset({_S.PROPOSED}),
    Action.REJECT: frozenset({_S.PROPOSED}),
    Action.RETURN: frozenset({_S.PROPOSED}),
    Action.START: frozenset({_S.ADOPTED}),
    Action.OPEN_REVIEW: frozenset({_S.IMPLEMENTING}),
    Action.CONCLUDE_REVIEW: frozenset({_S.UNDER_REVIEW}),
    # Final states included: a partnership that worked (or even one that did not) is still a
    # model others may reproduce elsewhere. A draft is not, as nobody has agreed to it yet.
    Action.REPLICATE: frozenset(_S) - {_S.DRAFT},
}

# conclude-review is absent: its target depends on the outcome (_REVIEW_TARGETS).
_TARGETS: dict[Action, PartnershipStatus] = {
    Action.PROPOSE: _S.PROPOSED,
    Action.WITHDRAW: _S.WITHDRAWN,
    Action.ADOPT: _S.ADOPTED,
    Action.REJECT: _S.REJECTED,
    Action.RETURN: _S.DRAFT,
    Action.START: _S.IMPLEMENTING,
    Action.OPEN_REVIEW: _S.UNDER_REVIEW,
    Action.REPLICATE: _S.DRAFT,
}

_REVIEW_TARGETS: dict[ReviewOutcome, PartnershipStatus] = {
    ReviewOutcome.CONTINUE: _S.IMPLEMENTING,
    ReviewOutcome.COMPLETE: _S.COMPLETED,
    ReviewOutcome.DISCONTINUE: _S.DISCONTINUED,
}


# A partner told "no" or "not yet" must learn why: these decisions are refused without a reason.
REASON_REQUIRED: frozenset[Action] = frozenset({Action.REJECT, Action.RETURN})


class _Who(Enum):
    OWNER = auto()
    SECRETARIAT = auto()
    ANY_PARTNER = auto()


# Admin and ops appear nowhere here on purpose: the table gives them no lifecycle powers, and
# running the platform is not the same as deciding what the partnerships are.
_WHO_MAY: dict[Action, frozenset[_Who]] = {
    Action.PROPOSE: frozenset({_Who.OWNER}),
    Action.WITHDRAW: frozenset({_Who.OWNER}),
    Action.ADOPT: frozenset({_Who.SECRETARIAT}),
    Action.REJECT: frozenset({_Who.SECRETARIAT}),
    Action.RETURN: frozenset({_Who.SECRETARIAT}),
    Action.START: frozenset({_Who.OWNER, _Who.SECRETARIAT}),
    Action.OPEN_REVIEW: frozenset({_Who.SECRETARIAT}),
    Action.CONCLUDE_REVIEW: frozenset({_Who.SECRETARIAT}),
    Action.REPLICATE: frozenset({_Who.ANY_PARTNER}),
}

_WHO_TEXT: dict[frozenset[_Who], str] = {
    frozenset({_Who.OWNER}): "only the owning organisation may",
    frozenset({_Who.SECRETARIAT}): "only the secretariat may",
    frozenset(
        {_Who.OWNER, _Who.SECRETARIAT}
    ): "only the owning organisation or the secretariat may",
    frozenset({_Who.ANY_PARTNER}): "only a partner organisation may",
}


def _is_owner(actor: Actor, owner_organisation_id: str) -> bool:
    return Role.PARTNER in actor.roles and actor.organisation_id == owner_organisation_id


def _is_secretariat(actor: Actor) -> bool:
    return Role.SECRETARIAT in actor.roles


def _is_partner_organisation(actor: Actor) -> bool:
    # The replica is owned by the caller, so a partner role without an organisation cannot own it.
    return Role.PARTNER in actor.roles and actor.organisation_id is not None


def _qualifies(who: _Who, actor: Actor, owner_organisation_id: str) -> bool:
    match who:
        case _Who.OWNER:
            return _is_owner(actor, owner_organisation_id)
        case _Who.SECRETARIAT:
            return _is_secretariat(actor)
        case _Who.ANY_PARTNER:
            return _is_partner_organisation(actor)


@functools.cache  # a few statuses, read for every partnership a page shows
def allowed_actions(status: PartnershipStatus) -> tuple[Action, ...]:
    """What the lifecycle allows from `status`, whoever asks, in the order `Action` lists them."""
    return tuple(action for action in Action if status in _SOURCES[action])


def decide(
    status: PartnershipStatus,
    action: Action,
    actor: Actor,
    owner_organisation_id: str,
    outcome: ReviewOutcome | None = None,
) -> PartnershipStatus:
    """The status `action` leads to, or why it may not happen.

    For `replicate` the result is the status of the new draft (owned by the caller, with
    `replicated_from` set by the caller); the original partnership keeps its status.
    """
    allowed = allowed_actions(status)
    if action not in allowed:
        raise IllegalTransition(status, action, allowed)
    who = _WHO_MAY[action]
    if not any(_qualifies(w, actor, owner_organisation_id) for w in who):
        raise NotPermitted(action, f"{_WHO_TEXT[who]} {action}")
    if action is Action.CONCLUDE_REVIEW:
        if outcome is None:
            raise ValueError("conclude-review needs an outcome: continue, complete or discontinue")
        return _REVIEW_TARGETS[outcome]
    if outcome is not None:
        # A stray outcome means the caller confused its actions; better to say so than ignore it.
        raise ValueError(f"an outcome only goes with conclude-review, not with {action}")
    return _TARGETS[action]


def can_view_draft(actor: Actor, owner_organisation_id: str) -> bool:
    # Ops and admin do not see drafts: a draft is visible only to its owner and the secretariat.
    return _is_owner(actor, owner_organisation_id) or _is_secretariat(actor)


class InvitationStatus(StrEnum):
    """Where an organisation's consent to be named in a partnership stands."""

    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"  # the owner took the organisation off the draft before it answered


# An invitation in one of these lets the invitee read the draft it is invited to.
INVITEE_READS: frozenset[InvitationStatus] = frozenset(
    {InvitationStatus.OPEN, InvitationStatus.ACCEPTED}
)
# A member whose invitation stands so keeps the partnership from being proposed.
BLOCKS_PROPOSAL: frozenset[InvitationStatus] = frozenset(
    {InvitationStatus.OPEN, InvitationStatus.DECLINED}
)
# A member added (again) to a draft whose earlier invitation ended so is asked afresh.
ASKED_AGAIN: frozenset[InvitationStatus] = frozenset(
    {InvitationStatus.DECLINED, InvitationStatus.WITHDRAWN}
)


def invitees(owner_organisation_id: str, member_ids: Sequence[str]) -> list[str]:
    """The organisations a partnership names whose consent it needs: every member but the
    owner (whose own client drafted it), each once, in the members' order."""
    return list(dict.fromkeys(m for m in member_ids if m != owner_organisation_id))


def may_answer_invitation(actor: Actor, invited_organisation_id: str) -> bool:
    """Only the invited organisation answers for itself, through a partner client of its own:
    neither the owner, nor the secretariat, nor ops or admin consent on its behalf."""
    return Role.PARTNER in actor.roles and actor.organisation_id == invited_organisation_id


def commitments_held(
    planned_commitments: Sequence[Mapping[str, Any]], partner_id: str
) -> list[str]:
    """The ids of the planned commitments `partner_id` would hold (as a holder or, in commitments
    stored before joint ones, as the responsible partner)."""
    held = []
    for commitment in planned_commitments:
        holders = commitment.get("holders") or []
        holder_ids = {h["partner_id"] for h in holders}
        if partner_id in holder_ids or commitment.get("responsible_partner_id") == partner_id:
            held.append(str(commitment["id"]))
    return held


@dataclass(frozen=True)
class InclusivenessProfile:
    """Who a partnership brings together, as the concept note asks: kinds of stakeholder,
    how many non-state actors, whether migrants or diasporas are at the table, and which
    countries of origin, transit and destination it spans."""

    stakeholder_kinds: tuple[str, ...]
    non_state_actor_count: int
    includes_migrant_or_diaspora: bool
    countries_by_role: dict[str, list[str]]


_COUNTRY_ROLES = tuple(role.value for role in CountryRole)

MIGRANT_OR_DIASPORA = frozenset(
    {PartnerKind.MIGRANT_ORGANISATION, PartnerKind.DIASPORA_ORGANISATION}
)


def inclusiveness_profile(
    members: Sequence[tuple[str, str]],
    countries: Sequence[tuple[str, str]],
) -> InclusivenessProfile:
    """From the members as (PartnerKind, MemberRole) and the countries as (code, CountryRole),
    each by its value: a list page works this out for every partnership it shows, from stored
    JSON where they are strings, and making an enum member of each string cost more than the rest
    (a StrEnum member is its value, so members work as well)."""
    kinds = {kind for kind, _ in members}
    # Every role is present even when empty, so readers need not guess whether "no transit
    # countries" was computed or forgotten; a country named twice in one role counts once.
    by_role: dict[str, list[str]] = {
        role: sorted({code for code, r in countries if r == role}) for role in _COUNTRY_ROLES
    }
    return InclusivenessProfile(
        stakeholder_kinds=tuple(sorted(str(kind) for kind in kinds)),
        non_state_actor_count=sum(1 for kind, _ in members if kind in NON_STATE_KINDS),
        includes_migrant_or_diaspora=bool(kinds & MIGRANT_OR_DIASPORA),
        countries_by_role=by_role,
    )
