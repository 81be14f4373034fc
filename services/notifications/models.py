"""Tables of the notifications service (its own database), besides the shared outbox and inbox."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Column, Field, SQLModel

from shared.outbox import InboxEntry, OutboxMessage


def _timestamp() -> Column:  # type: ignore[type-arg]
    return Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


def _optional_timestamp() -> Column:  # type: ignore[type-arg]
    return Column(sa.DateTime(timezone=True), nullable=True)


def _texts() -> Column:  # type: ignore[type-arg]
    return Column(ARRAY(sa.Text), nullable=False, server_default="{}")


class DeliveryStatus:
    """A delivery is `pending` (never tried), `retrying`, or final: `succeeded` or `failed`.

    `paused`: it was open when its subscription was disabled; it is out of the dispatcher's
    way until the subscription is enabled again, when it becomes pending or retrying again.
    """

    PENDING = "pending"
    RETRYING = "retrying"
    PAUSED = "paused"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    OPEN = (PENDING, RETRYING)
    FINISHED = (SUCCEEDED, FAILED)


class Subscription(SQLModel, table=True):
    """A webhook endpoint and what it wants to hear about.

    `secret` (and `previous_secret` during a rotation) sign every delivery; no read endpoint
    ever returns them, and they are never logged.
    """

    __tablename__ = "subscriptions"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    owner_client_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    owner_organisation_id: str | None = Field(
        default=None, sa_column=Column(sa.Text, nullable=True)
    )
    # Created by a partner (not staff): it only ever receives events of non-draft partnerships.
    partner_scoped: bool = Field(sa_column=Column(sa.Boolean, nullable=False))
    target_url: str = Field(sa_column=Column(sa.Text, nullable=False))
    description: str = Field(
        default="", sa_column=Column(sa.Text, nullable=False, server_default="")
    )
    event_types: list[str] = Field(sa_column=_texts())
    partnership_ids: list[str] = Field(default_factory=list, sa_column=_texts())
    themes: list[str] = Field(default_factory=list, sa_column=_texts())
    gcm_objectives: list[int] = Field(
        default_factory=list,
        sa_column=Column(ARRAY(sa.Integer), nullable=False, server_default="{}"),
    )
    countries: list[str] = Field(default_factory=list, sa_column=_texts())
    levels: list[str] = Field(default_factory=list, sa_column=_texts())
    secret: str = Field(sa_column=Column(sa.Text, nullable=False))
    previous_secret: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    previous_secret_expires_at: datetime | None = Field(
        default=None, sa_column=_optional_timestamp()
    )
    enabled: bool = Field(default=True, sa_column=Column(sa.Boolean, nullable=False))
    disabled_reason: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    disabled_at: datetime | None = Field(default=None, sa_column=_optional_timestamp())
    # When the current run of failed attempts began; cleared by any success.
    failing_since: datetime | None = Field(default=None, sa_column=_optional_timestamp())
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())
    updated_at: datetime | None = Field(default=None, sa_column=_timestamp())


def owner_key(organisation_id: str | None, client_id: str) -> str:
    """Who a subscription's deliveries count against when owners take turns."""
    return organisation_id if organisation_id is not None else f"client:{client_id}"


class Delivery(SQLModel, table=True):
    """One event on its way to one subscription; its id is the `webhook-id` of every attempt."""

    __tablename__ = "deliveries"
    __table_args__ = (sa.UniqueConstraint("subscription_id", "event_id"),)

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    # Arrival order: deliveries of one (subscription, partnership) are sent in this order.
    seq: int | None = Field(
        default=None, sa_column=Column(sa.BigInteger, sa.Identity(always=False), nullable=False)
    )
    subscription_id: str = Field(
        sa_column=Column(
            sa.Text, sa.ForeignKey("subscriptions.id", ondelete="CASCADE"), nullable=False
        )
    )
    event_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    event_type: str = Field(sa_column=Column(sa.Text, nullable=False))
    partnership_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    # The subscription's owner (`owner_key`), for fair claims across owners.
    owner: str = Field(sa_column=Column(sa.Text, nullable=False))
    # The CloudEvent in structured mode: exactly what is POSTed.
    envelope: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    status: str = Field(default=DeliveryStatus.PENDING, sa_column=Column(sa.Text, nullable=False))
    # A replay starts a new cycle: the schedule starts over, the webhook-id stays.
    cycle: int = Field(default=1, sa_column=Column(sa.Integer, nullable=False))
    attempts_in_cycle: int = Field(default=0, sa_column=Column(sa.Integer, nullable=False))
    attempt_count: int = Field(default=0, sa_column=Column(sa.Integer, nullable=False))
    next_attempt_at: datetime | None = Field(default=None, sa_column=_timestamp())
    last_status_code: int | None = Field(default=None, sa_column=Column(sa.Integer, nullable=True))
    last_error: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())
    completed_at: datetime | None = Field(default=None, sa_column=_optional_timestamp())


class DeliveryAttempt(SQLModel, table=True):
    """One HTTP try of a delivery, kept for the subscriber and for ops."""

    __tablename__ = "delivery_attempts"

    id: int | None = Field(default=None, sa_column=Column(sa.BigInteger, primary_key=True))
    delivery_id: str = Field(
        sa_column=Column(
            sa.Text, sa.ForeignKey("deliveries.id", ondelete="CASCADE"), nullable=False
        )
    )
    cycle: int = Field(sa_column=Column(sa.Integer, nullable=False))
    number: int = Field(sa_column=Column(sa.Integer, nullable=False))
    attempted_at: datetime | None = Field(default=None, sa_column=_timestamp())
    status_code: int | None = Field(default=None, sa_column=Column(sa.Integer, nullable=True))
    latency_ms: int = Field(sa_column=Column(sa.Integer, nullable=False))
    response_body: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    error: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    outcome: str = Field(sa_column=Column(sa.Text, nullable=False))


class DispatchTurn(SQLModel, table=True):
    """When the dispatcher last claimed a delivery of an owner: the least recent goes first."""

    __tablename__ = "dispatch_turns"

    # The owning organisation, or `client:<id>` for a subscription made without one.
    owner: str = Field(sa_column=Column(sa.Text, primary_key=True))
    served_at: datetime = Field(sa_column=Column(sa.DateTime(timezone=True), nullable=False))


class PartnershipFacts(SQLModel, table=True):
    """This service's copy of what filters need about a partnership, kept from its events.

    `commitment.*` and `review.*` events name only the partnership; their themes, countries and
    level come from here. A snapshot is applied only when its version is newer.
    """

    __tablename__ = "partnership_facts"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    version: int = Field(sa_column=Column(sa.Integer, nullable=False))
    status: str = Field(sa_column=Column(sa.Text, nullable=False))
    owner_organisation_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    member_ids: list[str] = Field(sa_column=_texts())
    themes: list[str] = Field(sa_column=_texts())
    gcm_objectives: list[int] = Field(
        sa_column=Column(ARRAY(sa.Integer), nullable=False, server_default="{}")
    )
    countries: list[str] = Field(sa_column=_texts())
    level: str = Field(sa_column=Column(sa.Text, nullable=False))
    title: str = Field(sa_column=Column(sa.Text, nullable=False))


class InboxItem(SQLModel, table=True):
    """Something an organisation needs to act on, derived from an event; unique per
    (organisation, event, kind) so a redelivered event adds nothing."""

    __tablename__ = "inbox_items"
    __table_args__ = (sa.UniqueConstraint("organisation_id", "event_id", "kind"),)

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    organisation_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    event_id: str = Field(sa_column=Column(sa.Text, nullable=False))
    event_type: str = Field(sa_column=Column(sa.Text, nullable=False))
    kind: str = Field(sa_column=Column(sa.Text, nullable=False))
    partnership_id: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    title: str = Field(sa_column=Column(sa.Text, nullable=False))
    details: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSONB, nullable=False, server_default="{}")
    )
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())
    read_at: datetime | None = Field(default=None, sa_column=_optional_timestamp())


__all__ = [
    "Delivery",
    "DeliveryAttempt",
    "DeliveryStatus",
    "DispatchTurn",
    "InboxEntry",
    "InboxItem",
    "OutboxMessage",
    "PartnershipFacts",
    "Subscription",
]
