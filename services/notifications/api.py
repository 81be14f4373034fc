"""HTTP routes of the notifications service: subscriptions, their deliveries and replays, the inbox.

Who may call: every route is open to partners, the secretariat, ops and admin, each seeing only
what is theirs — a partner client the subscriptions partner clients of its organisation made
(`partner_scoped`), the secretariat every subscription of its organisation, ops and admin every
subscription; the inbox is always the caller's organisation's. An organisation holds at most
`max_subscriptions_per_organisation` subscriptions and makes at most
`replays_per_minute_per_organisation` replay requests a minute (429 with Retry-After beyond). A subscription
created by a partner only ever receives events of partnerships that are not drafts (the
registry publishes no draft events, and the consumer checks again). Signing secrets appear in
the answers to creating a subscription and rotating its secret, and nowhere else.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from services.notifications import handlers
from services.notifications.models import Delivery, DeliveryAttempt, InboxItem, Subscription
from services.notifications.schemas import (
    AttemptRead,
    BulkReplay,
    BulkReplayed,
    DeliveryPage,
    DeliveryRead,
    DeliveryStatusName,
    InboxItemRead,
    InboxPage,
    SecretRotated,
    SubscriptionCreate,
    SubscriptionCreated,
    SubscriptionPage,
    SubscriptionRead,
    WebhookStatsRead,
    WebhookTrendRead,
)
from services.notifications.settings import NotificationsSettings
from services.notifications.stats import DEFAULT_WINDOW_SECONDS, webhook_stats, webhook_trend
from shared.auth import PrincipalDep, Role, require_roles
from shared.ratelimit import RateLimiter
from shared.web.openapi import CONFLICT, RATE_LIMITED, answers
from shared.web.pagination import DEFAULT_LIMIT, Cursor, Limit, split_page
from shared.web.problems import TooManyRequests
from shared.web.service import RuntimeDep, UowDep

router = APIRouter(
    dependencies=[Depends(require_roles(Role.PARTNER, Role.SECRETARIAT, Role.OPS, Role.ADMIN))]
)


# Reads are shaped inside `async with uow`: leaving it rolls back, which expires loaded rows.


def notifications_settings(runtime: RuntimeDep) -> NotificationsSettings:
    settings = runtime.settings
    if not isinstance(settings, NotificationsSettings):
        raise TypeError("the notifications API runs with NotificationsSettings")
    return settings


SettingsDep = Annotated[NotificationsSettings, Depends(notifications_settings)]

# Where the runtime keeps the per-organisation replay limiter (made at startup in app.py).
REPLAY_LIMIT_KEY = "replay_limit"


@answers(429)
async def within_replay_limit(principal: PrincipalDep, runtime: RuntimeDep) -> None:
    """429 + Retry-After once the caller's organisation has used its replays for now."""
    limiter = runtime.extras[REPLAY_LIMIT_KEY]
    assert isinstance(limiter, RateLimiter), "the notifications startup hook makes the limiter"
    owner = principal.organisation_id or f"client:{principal.client_id}"
    if (wait := limiter.acquire(owner)) > 0:
        raise TooManyRequests("this organisation has made too many replay requests", wait)


ReplayAllowed = Depends(within_replay_limit)


def subscription_read(subscription: Subscription) -> SubscriptionRead:
    # Built field by field from an allow-list: the secrets cannot slip into a read by accident.
    until = subscription.previous_secret_expires_at
    rotating_until = until if until is not None and until > datetime.now(UTC) else None
    return SubscriptionRead(
        id=subscription.id,
        owner_client_id=subscription.owner_client_id,
        owner_organisation_id=subscription.owner_organisation_id,
        partner_scoped=subscription.partner_scoped,
        target_url=subscription.target_url,
        description=subscription.description,
        event_types=subscription.event_types,
        partnership_ids=subscription.partnership_ids,
        themes=subscription.themes,
        gcm_objectives=subscription.gcm_objectives,
        countries=subscription.countries,
        levels=subscription.levels,
        enabled=subscription.enabled,
        disabled_reason=subscription.disabled_reason,
        disabled_at=subscription.disabled_at,
        failing_since=subscription.failing_since,
        secret_rotating_until=rotating_until,
        created_at=subscription.created_at,
        updated_at=subscription.updated_at,
    )


def delivery_read(delivery: Delivery, attempts: list[DeliveryAttempt]) -> DeliveryRead:
    return DeliveryRead(
        id=delivery.id,
        subscription_id=delivery.subscription_id,
        event_id=delivery.event_id,
        event_type=delivery.event_type,
        partnership_id=delivery.partnership_id,
        status=delivery.status,
        cycle=delivery.cycle,
        attempt_count=delivery.attempt_count,
        next_attempt_at=delivery.next_attempt_at
        if delivery.status in ("pending", "retrying")
        else None,
        last_status_code=delivery.last_status_code,
        last_error=delivery.last_error,
        created_at=delivery.created_at,
        completed_at=delivery.completed_at,
        attempts=[AttemptRead.model_validate(a, from_attributes=True) for a in attempts],
    )


# --------------------------------------------------------------------------- subscriptions


@router.post(
    "/subscriptions",
    status_code=201,
    response_model=SubscriptionCreated,
    tags=["subscriptions"],
    responses=RATE_LIMITED,  # the organisation's cap on subscriptions
)
async def create_subscription(
    data: SubscriptionCreate,
    principal: PrincipalDep,
    uow: UowDep,
    settings: SettingsDep,
    response: Response,
) -> SubscriptionCreated:
    """Subscribe a webhook; the answer holds its signing secret, shown only this once. Who: any role;
    what a partner client makes is partner-scoped (only non-draft events, managed by partner
    clients of its organisation). 429 once the organisation holds its maximum."""
    async with uow:
        subscription, secret = await handlers.create_subscription(
            uow,
            principal,
            data,
            settings.allowed_hosts,
            settings.max_subscriptions_per_organisation,
        )
        await uow.commit()
    response.headers["Location"] = f"/subscriptions/{subscription.id}"
    return SubscriptionCreated(**subscription_read(subscription).model_dump(), secret=secret)


@router.get("/subscriptions", response_model=SubscriptionPage, tags=["subscriptions"])
async def list_subscriptions(
    principal: PrincipalDep,
    uow: UowDep,
    enabled: bool | None = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> SubscriptionPage:
    """Subscriptions the caller manages, newest first. Who: any role (partner clients: the
    partner-made ones of their organisation; the secretariat: its organisation's; ops, admin: all)."""
    async with uow:
        rows = await handlers.list_subscriptions(
            uow, principal, enabled=enabled, cursor=cursor, limit=limit
        )
        page, next_cursor = split_page(rows, limit)
        return SubscriptionPage(items=[subscription_read(s) for s in page], next_cursor=next_cursor)


@router.get(
    "/subscriptions/{subscription_id}", response_model=SubscriptionRead, tags=["subscriptions"]
)
async def get_subscription(
    subscription_id: str, principal: PrincipalDep, uow: UowDep
) -> SubscriptionRead:
    """One subscription, without its secret.
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin."""
    async with uow:
        subscription = await handlers.manageable_subscription(uow, principal, subscription_id)
        return subscription_read(subscription)


@router.delete("/subscriptions/{subscription_id}", status_code=204, tags=["subscriptions"])
async def delete_subscription(
    subscription_id: str, principal: PrincipalDep, uow: UowDep
) -> Response:
    """Delete a subscription with its delivery history.
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin."""
    async with uow:
        await handlers.delete_subscription(uow, principal, subscription_id)
        await uow.commit()
    return Response(status_code=204)


@router.post(
    "/subscriptions/{subscription_id}/enable",
    response_model=SubscriptionRead,
    tags=["subscriptions"],
)
async def enable_subscription(
    subscription_id: str, principal: PrincipalDep, uow: UowDep
) -> SubscriptionRead:
    """Enable a subscription; its waiting deliveries resume.
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin."""
    async with uow:
        subscription = await handlers.set_enabled(uow, principal, subscription_id, True)
        await uow.commit()
    return subscription_read(subscription)


@router.post(
    "/subscriptions/{subscription_id}/disable",
    response_model=SubscriptionRead,
    tags=["subscriptions"],
)
async def disable_subscription(
    subscription_id: str, principal: PrincipalDep, uow: UowDep
) -> SubscriptionRead:
    """Disable a subscription; new events are not queued for it.
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin."""
    async with uow:
        subscription = await handlers.set_enabled(uow, principal, subscription_id, False)
        await uow.commit()
    return subscription_read(subscription)


@router.post(
    "/subscriptions/{subscription_id}/rotate-secret",
    response_model=SecretRotated,
    tags=["subscriptions"],
)
async def rotate_secret(
    subscription_id: str, principal: PrincipalDep, uow: UowDep, settings: SettingsDep
) -> SecretRotated:
    """New signing secret (shown once); the old one co-signs for the overlap.
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin."""
    overlap = timedelta(seconds=settings.secret_rotation_overlap_seconds)
    async with uow:
        subscription, secret, valid_until = await handlers.rotate_secret(
            uow, principal, subscription_id, overlap
        )
        await uow.commit()
    return SecretRotated(
        subscription_id=subscription.id, secret=secret, previous_secret_valid_until=valid_until
    )


# --------------------------------------------------------------------------- deliveries


@router.get(
    "/subscriptions/{subscription_id}/deliveries",
    response_model=DeliveryPage,
    tags=["deliveries"],
)
async def list_deliveries(
    subscription_id: str,
    principal: PrincipalDep,
    uow: UowDep,
    status: DeliveryStatusName | None = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> DeliveryPage:
    """Deliveries of a subscription with every attempt, newest first.
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin."""
    async with uow:
        rows, attempts = await handlers.deliveries_of(
            uow, principal, subscription_id, status=status, cursor=cursor, limit=limit
        )
        page, next_cursor = split_page(rows, limit)
        return DeliveryPage(
            items=[delivery_read(d, attempts[d.id]) for d in page], next_cursor=next_cursor
        )


@router.get(
    "/deliveries/stats",
    response_model=WebhookStatsRead,
    tags=["deliveries"],
    dependencies=[Depends(require_roles(Role.OPS, Role.ADMIN))],
)
async def delivery_stats(
    runtime: RuntimeDep,
    window_seconds: Annotated[int, Query(ge=1, le=7 * 24 * 3600)] = DEFAULT_WINDOW_SECONDS,
) -> WebhookStatsRead:
    """Webhook attempts by outcome, success rate and latency over the last `window_seconds`, and the
    deliveries open or dead now, across every subscription. Who: ops, admin."""
    async with runtime.engine.connect() as conn:
        stats = await webhook_stats(conn, window_seconds)
    return WebhookStatsRead.model_validate(stats, from_attributes=True)


@router.get(
    "/deliveries/stats/trend",
    response_model=WebhookTrendRead,
    tags=["deliveries"],
    dependencies=[Depends(require_roles(Role.OPS, Role.ADMIN))],
)
async def delivery_trend(
    runtime: RuntimeDep,
    minutes: Annotated[int, Query(ge=1, le=24 * 60)] = 60,
    bucket_seconds: Annotated[int, Query(ge=10, le=3600)] = 60,
) -> WebhookTrendRead:
    """Webhook attempts and successes per `bucket_seconds` over the last `minutes`, across every
    subscription: the success rate over time. Who: ops, admin."""
    async with runtime.engine.connect() as conn:
        buckets = await webhook_trend(conn, minutes, bucket_seconds)
    return WebhookTrendRead.model_validate(
        {"minutes": minutes, "bucket_seconds": bucket_seconds, "buckets": buckets},
        from_attributes=True,
    )


@router.post(
    "/deliveries/replay",
    response_model=BulkReplayed,
    tags=["deliveries"],
    dependencies=[ReplayAllowed],
)
async def bulk_replay(window: BulkReplay, principal: PrincipalDep, uow: UowDep) -> BulkReplayed:
    """Replay every failed delivery created in [from, to) of subscriptions the caller manages. Who: any
    role, within its organisation's replay rate (429 + Retry-After beyond it)."""
    async with uow:
        replayed = await handlers.bulk_replay(uow, principal, window)
        await uow.commit()
    return BulkReplayed(replayed=len(replayed), delivery_ids=replayed)


@router.post(
    "/deliveries/{delivery_id}/replay",
    response_model=DeliveryRead,
    tags=["deliveries"],
    dependencies=[ReplayAllowed],
    responses=CONFLICT,
)
async def replay_delivery(delivery_id: str, principal: PrincipalDep, uow: UowDep) -> DeliveryRead:
    """Send a finished delivery again (new attempt cycle, same webhook-id).
    Who: its organisation's staff, or its partner clients if a partner client made it; ops, admin."""
    async with uow:
        delivery = await handlers.replay_delivery(uow, principal, delivery_id)
        await uow.commit()
    return delivery_read(delivery, [])


# --------------------------------------------------------------------------- inbox


def inbox_read(item: InboxItem) -> InboxItemRead:
    return InboxItemRead.model_validate(item, from_attributes=True)


@router.get("/inbox", response_model=InboxPage, tags=["inbox"])
async def inbox(
    principal: PrincipalDep,
    uow: UowDep,
    unread: bool = False,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> InboxPage:
    """What needs the caller's organisation's action, newest first. Who: any client acting for an organisation."""
    async with uow:
        rows = await handlers.inbox_of(uow, principal, unread=unread, cursor=cursor, limit=limit)
        page, next_cursor = split_page(rows, limit)
        return InboxPage(items=[inbox_read(item) for item in page], next_cursor=next_cursor)


@router.post("/inbox/{item_id}/read", response_model=InboxItemRead, tags=["inbox"])
async def mark_read(item_id: str, principal: PrincipalDep, uow: UowDep) -> InboxItemRead:
    """Mark an inbox item read. Who: any client of the organisation it belongs to."""
    async with uow:
        item = await handlers.mark_read(uow, principal, item_id)
        await uow.commit()
    return inbox_read(item)
