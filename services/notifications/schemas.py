"""Request and response shapes of the notifications API (Create / Read / Page families).

No read shape has a field for a signing secret: only `SubscriptionCreated` and `SecretRotated`,
the answers to creating a subscription and rotating its secret, carry one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    model_validator,
)

from services.notifications.matching import PATTERN_SYNTAX
from shared.reference import Level, Theme, is_country_code
from shared.web.dates import Timestamp
from shared.web.openapi import COUNTRY_CODE_SCHEMA

DeliveryStatusName = Literal["pending", "retrying", "paused", "succeeded", "failed"]


def _country(code: str) -> str:
    code = code.upper()
    if not is_country_code(code):
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
    return code


# Any case is accepted and stored upper-case; the schema lists the codes as they are stored.
CountryCode = Annotated[
    str,
    AfterValidator(_country),
    COUNTRY_CODE_SCHEMA,
]
GcmObjective = Annotated[int, Field(ge=1, le=23)]
EventTypePattern = Annotated[
    str,
    Field(
        min_length=1,
        max_length=100,
        pattern=PATTERN_SYNTAX,
        description="an event type (`partnership.adopted`), a prefix wildcard (`commitment.*`) or `*`",
        examples=["partnership.adopted", "commitment.*"],
    ),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SubscriptionCreate(_Strict):
    """A webhook subscription. Empty filter lists place no constraint; patterns must match.
    `target_url` must resolve to an address the service may call (not loopback or private)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "target_url": "https://hooks.employers-ca.example.org/alianza",
                    "description": "Our commitments' deadlines and progress",
                    "event_types": ["commitment.*", "partnership.adopted"],
                    "countries": ["CA", "MX"],
                }
            ]
        },
    )

    target_url: Annotated[str, Field(min_length=1, max_length=2000)]
    description: Annotated[str, Field(max_length=500)] = ""
    event_types: Annotated[list[EventTypePattern], Field(min_length=1, max_length=50)]
    partnership_ids: Annotated[
        list[Annotated[str, Field(max_length=100)]], Field(max_length=500)
    ] = []
    themes: Annotated[list[Theme], Field(max_length=6)] = []
    gcm_objectives: Annotated[list[GcmObjective], Field(max_length=23)] = []
    countries: Annotated[list[CountryCode], Field(max_length=250)] = []
    levels: Annotated[list[Level], Field(max_length=5)] = []


class SubscriptionRead(BaseModel):
    id: str
    owner_client_id: str
    owner_organisation_id: str | None
    partner_scoped: bool = Field(
        description="created by a partner: receives events of non-draft partnerships only"
    )
    target_url: str
    description: str
    event_types: list[str]
    partnership_ids: list[str]
    themes: list[str]
    gcm_objectives: list[int]
    countries: list[str]
    levels: list[str]
    enabled: bool
    disabled_reason: str | None
    disabled_at: datetime | None
    failing_since: datetime | None
    secret_rotating_until: datetime | None = Field(
        description="until then the previous secret signs beside the current one"
    )
    created_at: datetime
    updated_at: datetime


class SubscriptionCreated(SubscriptionRead):
    secret: str = Field(description="the signing secret; shown this once and never again")


class SecretRotated(BaseModel):
    subscription_id: str
    secret: str = Field(description="the new signing secret; shown this once and never again")
    previous_secret_valid_until: datetime


class SubscriptionPage(BaseModel):
    items: list[SubscriptionRead]
    next_cursor: str | None = None


class AttemptRead(BaseModel):
    cycle: int
    number: int
    attempted_at: datetime
    status_code: int | None
    latency_ms: int
    response_body: str | None = Field(description="the first KiB of the receiver's answer")
    error: str | None
    outcome: str


class DeliveryRead(BaseModel):
    id: str = Field(description="also the `webhook-id` header of every attempt")
    subscription_id: str
    event_id: str
    event_type: str
    partnership_id: str
    status: DeliveryStatusName
    cycle: int
    attempt_count: int
    next_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str | None
    created_at: datetime
    completed_at: datetime | None
    attempts: list[AttemptRead]


class DeliveryPage(BaseModel):
    items: list[DeliveryRead]
    next_cursor: str | None = None


class BulkReplay(_Strict):
    """Replay failed deliveries created in [from, to); `from` must be before `to`."""

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        json_schema_extra={
            "examples": [{"from": "2026-05-01T00:00:00Z", "to": "2026-05-02T00:00:00Z"}]
        },
    )

    from_: Timestamp = Field(alias="from", description="Inclusive; must be before `to`.")
    to: Timestamp = Field(description="Exclusive; must be after `from`.")
    subscription_id: str | None = None

    @model_validator(mode="after")
    def _window_in_order(self) -> BulkReplay:
        if self.from_.tzinfo is None or self.to.tzinfo is None:
            raise ValueError("from and to need a time zone (e.g. a trailing Z)")
        if self.from_ >= self.to:
            raise ValueError("from must be before to")
        return self


class BulkReplayed(BaseModel):
    replayed: int
    delivery_ids: list[str]


class AttemptBucketRead(BaseModel):
    start: datetime
    attempts: int
    succeeded: int


class WebhookTrendRead(BaseModel):
    """Webhook attempts and successes per bucket, oldest first; buckets without attempts are
    left out."""

    minutes: int
    bucket_seconds: int
    buckets: list[AttemptBucketRead]


class WebhookStatsRead(BaseModel):
    """Webhook attempts over the trailing window, and the deliveries open or dead right now.

    Read off `stats.WebhookStats` by attribute; `total_attempts` and `success_rate` are its
    derived properties."""

    window_seconds: int
    attempts: dict[str, int]
    total_attempts: int
    success_rate: float | None
    latency_p50_ms: float | None
    latency_p99_ms: float | None
    open_deliveries: int
    dead_deliveries: int


class InboxItemRead(BaseModel):
    id: str
    kind: str
    event_id: str
    event_type: str
    partnership_id: str | None
    title: str
    details: dict[str, object]
    created_at: datetime
    read_at: datetime | None


class InboxPage(BaseModel):
    items: list[InboxItemRead]
    next_cursor: str | None = None
