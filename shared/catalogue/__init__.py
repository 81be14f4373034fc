"""The event catalogue: every event type, the stream (topic) it travels on, and its payload schema.

Services publish and consume only types listed here; a record of any other type is a poison
message. The payload models are the contract: `make contracts` turns them into JSON Schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ValidationError

from shared.catalogue import commitments, identity, notifications, ops, partners, partnerships


class Stream(StrEnum):
    """Topics are named for the stream, not the type; each has a `.dlq` beside it."""

    PARTNERSHIPS = "partnerships"
    COMMITMENTS = "commitments"
    NOTIFICATIONS = "notifications"
    OPS = "ops"  # alerts raised by the ops watcher, for operations staff
    IDENTITY = (
        "identity"  # clients disabled or enabled, signing keys rotated: every service listens
    )


@dataclass(frozen=True)
class EventSpec:
    name: str
    stream: Stream
    payload: type[BaseModel]
    version: int = 1

    @property
    def dataschema(self) -> str:
        return f"urn:alianza:schema:{self.name}:v{self.version}"


_SPECS = (
    EventSpec("partner.registered", Stream.PARTNERSHIPS, partners.PartnerRegistered),
    EventSpec("partnership.proposed", Stream.PARTNERSHIPS, partnerships.PartnershipChanged),
    EventSpec("partnership.updated", Stream.PARTNERSHIPS, partnerships.PartnershipChanged),
    EventSpec("partnership.withdrawn", Stream.PARTNERSHIPS, partnerships.PartnershipChanged),
    EventSpec("partnership.adopted", Stream.PARTNERSHIPS, partnerships.PartnershipChanged),
    EventSpec("partnership.rejected", Stream.PARTNERSHIPS, partnerships.PartnershipChanged),
    EventSpec(
        "partnership.returned_for_revision", Stream.PARTNERSHIPS, partnerships.PartnershipChanged
    ),
    EventSpec(
        "partnership.implementation_started", Stream.PARTNERSHIPS, partnerships.PartnershipChanged
    ),
    EventSpec("partnership.review_opened", Stream.PARTNERSHIPS, partnerships.ReviewOpened),
    EventSpec("partnership.review_concluded", Stream.PARTNERSHIPS, partnerships.ReviewConcluded),
    EventSpec("partnership.replicated", Stream.PARTNERSHIPS, partnerships.PartnershipReplicated),
    EventSpec("partnership.amendment_proposed", Stream.PARTNERSHIPS, partnerships.AmendmentEvent),
    EventSpec("partnership.amended", Stream.PARTNERSHIPS, partnerships.AmendmentEvent),
    EventSpec("partnership.amendment_rejected", Stream.PARTNERSHIPS, partnerships.AmendmentEvent),
    EventSpec("partnership.invitation_sent", Stream.PARTNERSHIPS, partnerships.InvitationSent),
    EventSpec(
        "partnership.invitation_answered", Stream.PARTNERSHIPS, partnerships.InvitationAnswered
    ),
    EventSpec("review.dossier_compiled", Stream.COMMITMENTS, commitments.DossierCompiled),
    EventSpec("commitment.registered", Stream.COMMITMENTS, commitments.CommitmentRegistered),
    EventSpec(
        "commitment.progress_reported", Stream.COMMITMENTS, commitments.CommitmentProgressReported
    ),
    EventSpec("commitment.status_changed", Stream.COMMITMENTS, commitments.CommitmentStatusChanged),
    EventSpec("commitment.report_due", Stream.COMMITMENTS, commitments.CommitmentReportDue),
    EventSpec("commitment.overdue", Stream.COMMITMENTS, commitments.CommitmentOverdue),
    EventSpec("commitment.achieved", Stream.COMMITMENTS, commitments.CommitmentAchieved),
    EventSpec("notification.delivery_failed", Stream.NOTIFICATIONS, notifications.DeliveryFailed),
    EventSpec("ops.consumer_lag_exceeded", Stream.OPS, ops.ConsumerLagExceeded),
    EventSpec("ops.consumer_lag_recovered", Stream.OPS, ops.ConsumerLagRecovered),
    EventSpec("client.disabled", Stream.IDENTITY, identity.ClientDisabled),
    EventSpec("client.enabled", Stream.IDENTITY, identity.ClientEnabled),
    EventSpec("signing_key.rotated", Stream.IDENTITY, identity.SigningKeyRotated),
)

CATALOGUE: dict[str, EventSpec] = {spec.name: spec for spec in _SPECS}


class UnknownEventType(KeyError):
    pass


def spec_for(event_type: str) -> EventSpec:
    try:
        return CATALOGUE[event_type]
    except KeyError:
        raise UnknownEventType(event_type) from None


def topic_name(prefix: str, stream: Stream) -> str:
    return f"{prefix}.{stream.value}"


def dlq_name(topic: str) -> str:
    return f"{topic}.dlq"


def all_topics(prefix: str) -> list[str]:
    """Every topic the system needs, dead-letter topics included."""
    topics = [topic_name(prefix, stream) for stream in Stream]
    return topics + [dlq_name(topic) for topic in topics]


def validate_payload(event_type: str, data: dict[str, object]) -> BaseModel:
    """The payload parsed with its schema; raises UnknownEventType or ValidationError."""
    return spec_for(event_type).payload.model_validate(data)


__all__ = [
    "CATALOGUE",
    "EventSpec",
    "Stream",
    "UnknownEventType",
    "ValidationError",
    "all_topics",
    "dlq_name",
    "spec_for",
    "topic_name",
    "validate_payload",
]
