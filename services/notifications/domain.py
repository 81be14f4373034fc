"""Pure rules of the notifications service: what an event tells the filters and the inbox."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from services.notifications.matching import EventFacts

DRAFT = "draft"
# Why a subscription its owner switched off is disabled; any other reason is the service's own
# (an endpoint gone or failing for days), which an operator is told about.
OWNER_DISABLED_REASON = "disabled by its owner"


# Not an organisation: the inbox every secretariat client reads, whatever its organisation.
SECRETARIAT_INBOX = "role:secretariat"


class InboxKind(StrEnum):
    REVIEW_OPENED = "review_opened"
    COMMITMENT_REPORT_DUE = "commitment_report_due"
    COMMITMENT_OVERDUE = "commitment_overdue"
    PROPOSAL_ADOPTED = "proposal_adopted"
    PROPOSAL_REJECTED = "proposal_rejected"
    PROPOSAL_RETURNED = "proposal_returned"
    AMENDMENT_APPROVED = "amendment_approved"
    AMENDMENT_REJECTED = "amendment_rejected"
    # For the secretariat's shared inbox: what waits for its decision.
    PROPOSAL_WAITING = "proposal_waiting"
    DOSSIER_COMPILED = "dossier_compiled"
    AMENDMENT_WAITING = "amendment_waiting"
    SUBSCRIPTION_DISABLED = "subscription_disabled"
    # Consent: the invited organisation is asked; the owner learns its answer.
    INVITATION_RECEIVED = "invitation_received"
    INVITATION_ANSWERED = "invitation_answered"


@dataclass(frozen=True)
class Partnership:
    """What this service keeps about a partnership (from the registry's snapshots)."""

    id: str
    version: int
    status: str
    owner_organisation_id: str
    member_ids: frozenset[str]
    themes: frozenset[str]
    gcm_objectives: frozenset[int]
    countries: frozenset[str]
    level: str
    title: str


@dataclass(frozen=True)
class Notice:
    """An inbox item one organisation should get."""

    organisation_id: str
    kind: InboxKind
    title: str


def partnership_from_snapshot(snapshot: Mapping[str, Any]) -> Partnership:
    """The facts of a `partnership` snapshot as every `partnership.*` event carries it."""
    return Partnership(
        id=str(snapshot["id"]),
        version=int(snapshot["version"]),
        status=str(snapshot["status"]),
        owner_organisation_id=str(snapshot["owner_organisation_id"]),
        member_ids=frozenset(str(m["partner_id"]) for m in snapshot.get("members", [])),
        themes=frozenset(str(t) for t in snapshot.get("themes", [])),
        gcm_objectives=frozenset(int(o) for o in snapshot.get("gcm_objectives", [])),
        countries=frozenset(str(c["code"]).upper() for c in snapshot.get("countries", [])),
        level=str(snapshot["level"]),
        # A restricted partnership's snapshot is thin (its title empty): its id stands in.
        title=str(snapshot.get("title") or snapshot["id"]),
    )


def event_facts(event_type: str, partnership_id: str, known: Partnership | None) -> EventFacts:
    """What the filters see of an event: its type, and its partnership's facts when known.

    An event about a partnership this service has not heard of yet (a commitment event that
    overtook the partnership's own on another topic) matches only filters that ask nothing of
    themes, objectives, countries or level.
    """
    return EventFacts(
        event_type=event_type,
        partnership_id=partnership_id,
        themes=known.themes if known else frozenset(),
        gcm_objectives=known.gcm_objectives if known else frozenset(),
        countries=known.countries if known else frozenset(),
        level=known.level if known else None,
    )


# Events about one organisation's consent to a (usually draft, so private) partnership.
INVITATION_EVENTS = frozenset({"partnership.invitation_sent", "partnership.invitation_answered"})


def partner_may_hear(
    event_type: str,
    data: Mapping[str, Any],
    partnership: Partnership | None,
    organisation_id: str | None,
) -> bool:
    """Whether a partner-scoped subscription of `organisation_id` may receive this event.

    An invitation concerns two organisations only, the invited one and the owner, whatever this
    service knows of the partnership (a draft never proposed it has never heard of). Any other
    event goes by `visible_to_partner`.
    """
    if event_type in INVITATION_EVENTS:
        parties = {str(data.get("organisation_id")), str(data.get("owner_organisation_id"))}
        return organisation_id is not None and organisation_id in parties
    return visible_to_partner(partnership, organisation_id)


def visible_to_partner(partnership: Partnership | None, organisation_id: str | None) -> bool:
    """Whether a partner (not staff) of `organisation_id` may hear about this partnership:
    anything but a draft, and its own drafts.

    The registry publishes one event of a draft: a proposal returned for revision, for its owner
    to rework. Other partners' subscriptions must not carry it. An event of a partnership not
    yet known here is about an adopted one (commitments exist only then).
    """
    if partnership is None or partnership.status != DRAFT:
        return True
    return organisation_id is not None and organisation_id == partnership.owner_organisation_id


def notices_for(
    event_type: str, data: Mapping[str, Any], partnership: Partnership | None
) -> list[Notice]:
    """The inbox items an event asks for: what needs an organisation's action.

    - `partnership.review_opened`: the owner and every member, to prepare for the review;
    - `commitment.report_due` / `commitment.overdue`: every holder of the commitment, to report
      its part (a joint commitment's holders all answer for it);
    - `partnership.adopted` / `partnership.rejected` / `partnership.returned_for_revision` /
      `partnership.amended` / `partnership.amendment_rejected`: the owner, whose proposal or
      amendment it was (the decision's reason is in the item's details);
    - `partnership.proposed` / `partnership.amendment_proposed` / `review.dossier_compiled`: the
      secretariat's shared inbox, as a decision now waits for it (its work queue is the
      registry's `GET /queue`);
    - `partnership.invitation_sent`: the invited organisation, to accept or decline;
      `partnership.invitation_answered`: the owner, who cannot propose without every consent.
      Both name the partnership by its id: a draft's title is not for every reader of an inbox.
    """
    if event_type in INVITATION_EVENTS:
        return _invitation_notices(event_type, data)
    title = partnership.title if partnership else str(data.get("partnership_id", ""))
    if event_type == "partnership.review_opened":
        owner = str(data["partnership"]["owner_organisation_id"])
        members = [str(m["partner_id"]) for m in data["partnership"].get("members", [])]
        cycle = data.get("cycle")
        return [
            Notice(org, InboxKind.REVIEW_OPENED, f"Review cycle {cycle} opened: {title}")
            for org in _unique([owner, *members])
        ]
    if event_type == "commitment.report_due":
        return [
            Notice(
                holder,
                InboxKind.COMMITMENT_REPORT_DUE,
                f"Progress report due by {data.get('due_date')}: {title}",
            )
            for holder in holders_of(data)
        ]
    if event_type == "commitment.overdue":
        return [
            Notice(
                holder,
                InboxKind.COMMITMENT_OVERDUE,
                f"Commitment overdue since {data.get('due_date')}: {title}",
            )
            for holder in holders_of(data)
        ]
    if event_type == "partnership.proposed":
        return [
            Notice(SECRETARIAT_INBOX, InboxKind.PROPOSAL_WAITING, f"Proposal to decide: {title}")
        ]
    if event_type == "partnership.amendment_proposed":
        return [
            Notice(SECRETARIAT_INBOX, InboxKind.AMENDMENT_WAITING, f"Amendment to decide: {title}")
        ]
    if event_type == "review.dossier_compiled":
        cycle = data.get("cycle")
        return [
            Notice(
                SECRETARIAT_INBOX,
                InboxKind.DOSSIER_COMPILED,
                f"Dossier compiled, review cycle {cycle} to conclude: {title}",
            )
        ]
    if event_type in _DECISIONS:
        kind, what = _DECISIONS[event_type]
        owner = str(data["partnership"]["owner_organisation_id"])
        return [Notice(owner, kind, f"{what}: {title}")]
    return []


def _invitation_notices(event_type: str, data: Mapping[str, Any]) -> list[Notice]:
    partnership_id = str(data["partnership_id"])
    if event_type == "partnership.invitation_sent":
        role = data.get("role") or "member"
        return [
            Notice(
                str(data["organisation_id"]),
                InboxKind.INVITATION_RECEIVED,
                f"Invitation to join partnership {partnership_id} as {role}: accept or decline",
            )
        ]
    return [
        Notice(
            str(data["owner_organisation_id"]),
            InboxKind.INVITATION_ANSWERED,
            f"Invitation {data['answer']} by {data['organisation_id']}:"
            f" partnership {partnership_id}",
        )
    ]


# The secretariat's decisions the owner is told of (the reason is in the item's details).
_DECISIONS: dict[str, tuple[InboxKind, str]] = {
    "partnership.adopted": (InboxKind.PROPOSAL_ADOPTED, "Proposal adopted"),
    "partnership.rejected": (InboxKind.PROPOSAL_REJECTED, "Proposal rejected"),
    "partnership.returned_for_revision": (
        InboxKind.PROPOSAL_RETURNED,
        "Proposal returned for revision",
    ),
    "partnership.amended": (InboxKind.AMENDMENT_APPROVED, "Amendment approved"),
    "partnership.amendment_rejected": (InboxKind.AMENDMENT_REJECTED, "Amendment rejected"),
}


def holders_of(data: Mapping[str, Any]) -> list[str]:
    """Every holder a `commitment.*` event names; events from before joint commitments name
    only the responsible partner."""
    return _unique([str(data["responsible_partner_id"]), *map(str, data.get("holder_ids", []))])


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
