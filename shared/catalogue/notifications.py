"""Payloads of `notification.*` events, published by the notifications service (for ops)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class DeliveryFailed(BaseModel):
    """`notification.delivery_failed`: a webhook delivery used up its attempts (dead-lettered).

    The event's subject (and Kafka key) is the partnership the delivered event was about.
    """

    delivery_id: str  # also the `webhook-id` the receiver saw on every attempt
    subscription_id: str
    owner_organisation_id: str | None = None
    event_id: str
    event_type: str
    partnership_id: str
    attempts: int
    last_status_code: int | None = None
    last_error: str | None = None
    failed_at: datetime
