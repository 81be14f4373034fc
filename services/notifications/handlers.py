"""Use cases of the notifications service: route events to deliveries and inbox items, manage
subscriptions, replay deliveries, read the inbox.

Each function runs inside a unit of work the caller opened and commits nothing itself; the route,
consumer or dispatcher commits, so a change and the events it records always land together.
"""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import sqlalchemy as sa
from sqlalchemy import and_, bindparam, case, delete, func, or_, select, text, tuple_, update
from sqlalchemy.dialects.postgresql import ARRAY, insert
from sqlmodel import col

from services.notifications import signing
from services.notifications.domain import (
    OWNER_DISABLED_REASON,
    SECRETARIAT_INBOX,
    InboxKind,
    Notice,
    Partnership,
    event_facts,
    notices_for,
    partner_may_hear,
    partnership_from_snapshot,
)
from services.notifications.matching import SubscriptionFilter, is_valid_pattern, matches
from services.notifications.models import (
    Delivery,
    DeliveryAttempt,
    DeliveryStatus,
    InboxItem,
    PartnershipFacts,
    Subscription,
    owner_key,
)
from services.notifications.schemas import BulkReplay, SubscriptionCreate
from services.notifications.targets import UnsafeTarget, check_target_url, system_resolve
from shared.auth import Principal, Role
from shared.events import Event
from shared.prepared import Prepared
from shared.uow import UnitOfWork
from shared.web.pagination import decode_cursor
from shared.web.problems import Conflict, Forbidden, InvalidInput, NotFound, TooManyRequests

# The dispatcher LISTENs here; the consumer NOTIFYs when it adds deliveries (on commit).
DELIVERIES_CHANNEL = "alianza_deliveries"


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_delivery_id() -> str:
    # Standard Webhooks suggests a `msg_` prefix for message ids; this one is the webhook-id.
    return f"msg_{uuid.uuid4().hex}"


# --------------------------------------------------------------------------- routing events

# Built once, values bound at each execution: building a statement and its cache key for every
# event cost more Python than running it (routing runs once per event on every topic).
_CANDIDATES = Prepared.of(
    # The columns routing reads, not whole entities: loading ORM instances cost more than the
    # query, for every event.
    select(
        col(Subscription.id),
        col(Subscription.owner_client_id),
        col(Subscription.owner_organisation_id),
        col(Subscription.partner_scoped),
        # …and one column per part of the filter (`subscription_filter`), named as it is.
        *(col(getattr(Subscription, part.name)) for part in dataclasses.fields(SubscriptionFilter)),
    ).where(
        col(Subscription.enabled),
        or_(
            func.cardinality(col(Subscription.partnership_ids)) == 0,
            # Pinned to one of the run's partnerships (`&&`: the arrays overlap); `matches`
            # then keeps each event to its own partnership's.
            col(Subscription.partnership_ids).op("&&")(
                bindparam("partnerships", type_=ARRAY(sa.Text))
            ),
        ),
    )
)
_NEW_DELIVERIES = (
    insert(Delivery)
    .on_conflict_do_nothing(index_elements=["subscription_id", "event_id"])
    .returning(col(Delivery.id))
)
_NOTICE_COLUMNS = (
    "id",
    "organisation_id",
    "event_id",
    "event_type",
    "kind",
    "partnership_id",
    "title",
    "details",
)
_NEW_INBOX_ITEMS = Prepared.of(
    insert(InboxItem.__table__).on_conflict_do_nothing(  # type: ignore[attr-defined]
        index_elements=["organisation_id", "event_id", "kind"]
    ),
    columns=_NOTICE_COLUMNS,
)
_FACTS = Prepared.of(
    select(PartnershipFacts.__table__).where(  # type: ignore[attr-defined]
        col(PartnershipFacts.id) == func.any(bindparam("ids", type_=ARRAY(sa.Text)))
    )
)
_FACTS_TABLE = PartnershipFacts.__table__  # type: ignore[attr-defined]
_NEW_FACTS = insert(_FACTS_TABLE)
# Every column but the key is the snapshot's, taken from the table so a column added to the model
# is kept up to date too (a second, hand-written list could forget it).
_REMEMBER_FACTS = Prepared.of(
    _NEW_FACTS.on_conflict_do_update(
        index_elements=["id"],
        set_={
            column.name: _NEW_FACTS.excluded[column.name]
            for column in _FACTS_TABLE.columns
            if not column.primary_key
        },
        where=_FACTS_TABLE.c.version < _NEW_FACTS.excluded.version,
    ),
    columns=tuple(column.name for column in _FACTS_TABLE.columns),
)


async def route_events(uow: UnitOfWork, events: list[Event]) -> None:
    """Turn each event, in order, into a delivery per matching enabled subscription, plus any
    inbox items: the consumer hands over each run of consecutive events of one fetch.

    The same effect as routing them one at a time, in a few statements for the whole run instead
    of four or five round trips an event. An event is judged by the partnership as it left it:
    its own snapshot when it carries one, otherwise the newest snapshot known by then — stored
    before the run or carried by an earlier event of it, as `partnership_facts` keeps it.

    Runs in the consumer's transaction, beside the inbox rows that mark the events applied, and
    the (subscription, event) key is unique: a redelivered event can never double a delivery.
    """
    routed = [(event, event.data.get("partnership")) for event in events]
    ids = {_partnership_id(event, snapshot) for event, snapshot in routed}
    known = await _load_partnerships(uow, ids)
    candidates = await uow.fetch(_CANDIDATES, {"partnerships": sorted(ids)})
    remembered: list[Partnership] = []
    rows: list[dict[str, Any]] = []
    notices: list[dict[str, Any]] = []
    for event, snapshot in routed:
        partnership_id = _partnership_id(event, snapshot)
        partnership: Partnership | None
        if isinstance(snapshot, dict):
            # The event's own snapshot describes the partnership as this event left it.
            partnership = partnership_from_snapshot(snapshot)
            remembered.append(partnership)
            stored = known.get(partnership_id)
            if stored is None or stored.version < partnership.version:
                known[partnership_id] = partnership
        else:
            partnership = known.get(partnership_id)
        rows += _deliveries(event, partnership_id, partnership, candidates)
        notices += _notice_rows(
            event, partnership_id, notices_for(event.type, event.data, partnership)
        )
    if remembered:
        await uow.execute_many(_REMEMBER_FACTS, [_facts_row(p) for p in remembered])
    if rows:
        rows = await _still_enabled(uow, rows)
    if rows:
        # The rows as parameters, not `.values(rows)`: a statement with its rows built in is
        # compiled afresh for every run; this one is compiled once and cached.
        added = await uow.session.execute(_NEW_DELIVERIES, rows)
        if added.all():
            await uow.session.execute(
                text("SELECT pg_notify(:channel, '')"), {"channel": DELIVERIES_CHANNEL}
            )
    if notices:
        await uow.execute_many(_NEW_INBOX_ITEMS, notices)


def _partnership_id(event: Event, snapshot: Any) -> str:
    if isinstance(snapshot, dict):
        return str(snapshot["id"])
    return str(event.data.get("partnership_id") or event.subject)


def _deliveries(
    event: Event,
    partnership_id: str,
    partnership: Partnership | None,
    candidates: Sequence[asyncpg.Record],
) -> list[dict[str, Any]]:
    """A delivery row for each candidate subscription `event` matches."""
    facts = event_facts(event.type, partnership_id, partnership)
    envelope: dict[str, Any] | None = None
    rows: list[dict[str, Any]] = []
    for subscription in candidates:
        if subscription["partner_scoped"] and not partner_may_hear(
            event.type, event.data, partnership, subscription["owner_organisation_id"]
        ):
            continue
        if matches(subscription_filter(subscription), facts):
            if envelope is None:
                envelope = event.model_dump(mode="json", exclude_none=True)
            rows.append(
                {
                    "id": new_delivery_id(),
                    "subscription_id": subscription["id"],
                    "event_id": event.id,
                    "event_type": event.type,
                    "partnership_id": partnership_id,
                    "owner": owner_key(
                        subscription["owner_organisation_id"], subscription["owner_client_id"]
                    ),
                    "envelope": envelope,
                }
            )
    return rows


async def _still_enabled(uow: UnitOfWork, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows whose subscription is still enabled, read under a share lock.

    A subscription disabled meanwhile has had its open deliveries paused; without the lock a
    delivery added for it now would be pending, in the dispatcher's way, until re-enabled.
    """
    enabled = await uow.session.execute(
        text(
            "SELECT id FROM subscriptions WHERE id = ANY(CAST(:ids AS text[])) AND enabled"
            " ORDER BY id FOR SHARE"
        ),
        {"ids": sorted({row["subscription_id"] for row in rows})},
    )
    still = {row[0] for row in enabled}
    return [row for row in rows if row["subscription_id"] in still]


async def pause_deliveries(uow: UnitOfWork, subscription_id: str) -> None:
    """Take a disabled subscription's open deliveries out of the dispatcher's way."""
    await uow.session.execute(
        text(
            "UPDATE deliveries SET status = 'paused'"
            " WHERE subscription_id = :id AND status IN ('pending', 'retrying')"
        ),
        {"id": subscription_id},
    )


async def resume_deliveries(uow: UnitOfWork, subscription_id: str) -> None:
    """Put a re-enabled subscription's paused deliveries back where they were, and wake the
    dispatchers: the overdue ones go out at once, the others when their time comes."""
    resumed = await uow.session.execute(
        text(
            "UPDATE deliveries SET status = CASE WHEN attempts_in_cycle > 0"
            " THEN 'retrying' ELSE 'pending' END"
            " WHERE subscription_id = :id AND status = 'paused' RETURNING id"
        ),
        {"id": subscription_id},
    )
    if resumed.first() is not None:
        await _wake_dispatchers(uow)


def subscription_filter(subscription: asyncpg.Record) -> SubscriptionFilter:
    """The filter of a subscription read by `_CANDIDATES`."""
    return SubscriptionFilter(
        event_types=tuple(subscription["event_types"]),
        partnership_ids=frozenset(subscription["partnership_ids"]),
        themes=frozenset(subscription["themes"]),
        gcm_objectives=frozenset(subscription["gcm_objectives"]),
        countries=frozenset(subscription["countries"]),
        levels=frozenset(subscription["levels"]),
    )


def _facts_row(partnership: Partnership) -> dict[str, Any]:
    """A partnership's snapshot as `partnership_facts` keeps it (`_REMEMBER_FACTS` keeps the
    newest snapshot only, so redelivered or reordered events cannot roll it back)."""
    return {
        "id": partnership.id,
        "version": partnership.version,
        "status": partnership.status,
        "owner_organisation_id": partnership.owner_organisation_id,
        "member_ids": sorted(partnership.member_ids),
        "themes": sorted(partnership.themes),
        "gcm_objectives": sorted(partnership.gcm_objectives),
        "countries": sorted(partnership.countries),
        "level": partnership.level,
        "title": partnership.title,
    }


async def _load_partnerships(uow: UnitOfWork, ids: set[str]) -> dict[str, Partnership]:
    """The stored snapshots of the partnerships `ids`, by id (those known)."""
    found = await uow.fetch(_FACTS, {"ids": sorted(ids)})
    return {
        row["id"]: Partnership(
            id=row["id"],
            version=row["version"],
            status=row["status"],
            owner_organisation_id=row["owner_organisation_id"],
            member_ids=frozenset(row["member_ids"]),
            themes=frozenset(row["themes"]),
            gcm_objectives=frozenset(row["gcm_objectives"]),
            countries=frozenset(row["countries"]),
            level=row["level"],
            title=row["title"],
        )
        for row in found
    }


def _notice_rows(
    event: Event, partnership_id: str | None, notices: Sequence[Notice]
) -> list[dict[str, Any]]:
    """The inbox rows of `notices`, each `event`'s."""
    return [
        {
            "id": str(uuid.uuid4()),
            "organisation_id": notice.organisation_id,
            "event_id": event.id,
            "event_type": event.type,
            "kind": notice.kind.value,
            "partnership_id": partnership_id,
            "title": notice.title,
            "details": _details(event),
        }
        for notice in notices
    ]


def _details(event: Event) -> dict[str, Any]:
    keep = (
        "review_id",
        "cycle",
        "commitment_id",
        "due_date",
        "period_start",
        "responsible_partner_id",
        "holder_ids",
        "missing_holder_ids",
        "reason",
        "invitation_id",
        "organisation_id",
        "role",
        "commitment_ids",
        "answer",
    )
    return {name: event.data[name] for name in keep if name in event.data}


async def notify_owner_of_disabling(
    uow: UnitOfWork, subscription: Subscription, reason: str
) -> None:
    """An inbox item for the owner of a subscription the service just disabled."""
    if subscription.owner_organisation_id is None:
        return
    await uow.session.execute(
        insert(InboxItem)
        .values(
            id=str(uuid.uuid4()),
            organisation_id=subscription.owner_organisation_id,
            # No event caused this; a fresh id keeps every disabling its own item.
            event_id=f"subscription-disabled:{uuid.uuid4()}",
            event_type="subscription.disabled",
            kind=InboxKind.SUBSCRIPTION_DISABLED.value,
            partnership_id=None,
            title=f"Webhook {subscription.target_url} was disabled: {reason}",
            details={"subscription_id": subscription.id, "reason": reason},
        )
        .on_conflict_do_nothing()
    )


# --------------------------------------------------------------------------- subscriptions


def sees_everything(principal: Principal) -> bool:
    return principal.has(Role.OPS) or principal.has(Role.ADMIN)


def manageable_by(principal: Principal) -> Any:
    """The SQL condition selecting the subscriptions `principal` may see and manage.

    Ops and admin: every one. Staff acting for an organisation (the secretariat): every one of
    that organisation. A partner client: only those partner clients of its organisation made
    (`partner_scoped`) — a staff-made one may receive drafts and other organisations' business,
    so a partner must not read its deliveries, take over its secret or delete it.
    """
    if sees_everything(principal):
        return True
    if principal.organisation_id is not None:
        same_organisation = col(Subscription.owner_organisation_id) == principal.organisation_id
        if principal.is_staff:
            return same_organisation
        return and_(same_organisation, col(Subscription.partner_scoped))
    return and_(
        col(Subscription.owner_organisation_id).is_(None),
        col(Subscription.owner_client_id) == principal.client_id,
    )


async def check_target(url: str, allowed_hosts: Sequence[str]) -> None:
    """422 naming `target_url` unless the URL is safe to call (see `targets.check_target_url`)."""
    try:
        # The lookup blocks; a thread keeps the event loop serving other requests meanwhile.
        await asyncio.to_thread(check_target_url, url, allowed_hosts, system_resolve)
    except UnsafeTarget as exc:
        raise InvalidInput([{"field": "target_url", "message": exc.reason}]) from None
    except OSError:
        raise InvalidInput(
            [{"field": "target_url", "message": "the host name could not be resolved"}]
        ) from None


def check_patterns(patterns: Sequence[str]) -> None:
    errors = [
        {
            "field": f"event_types[{index}]",
            "message": f"{pattern!r} is not an event type, a `prefix.*` wildcard or `*`",
        }
        for index, pattern in enumerate(patterns)
        if not is_valid_pattern(pattern)
    ]
    if errors:
        raise InvalidInput(errors)


# A full quota frees up only when its owner deletes a subscription; this is when to look again.
SUBSCRIPTION_CAP_RETRY_SECONDS = 3600


async def _check_subscription_cap(uow: UnitOfWork, principal: Principal, cap: int) -> None:
    """429 if the caller's organisation (or, acting for none, the client) already has `cap`."""
    if principal.organisation_id is not None:
        owner, owned = principal.organisation_id, col(Subscription.owner_organisation_id)
    else:
        owner, owned = principal.client_id, col(Subscription.owner_client_id)
    # Serialise concurrent creations for one owner, so two at once cannot both squeeze under it.
    await uow.session.execute(
        text("SELECT pg_advisory_xact_lock(hashtext('subscriptions:' || :owner))"),
        {"owner": owner},
    )
    count = await uow.session.scalar(select(func.count()).where(owned == owner))
    if (count or 0) >= cap:
        raise TooManyRequests(
            f"an organisation may hold at most {cap} subscriptions; delete one first",
            SUBSCRIPTION_CAP_RETRY_SECONDS,
        )


async def create_subscription(
    uow: UnitOfWork,
    principal: Principal,
    data: SubscriptionCreate,
    allowed_hosts: Sequence[str],
    max_per_owner: int,
) -> tuple[Subscription, str]:
    """A new subscription owned by the caller (and their organisation), and its secret."""
    partner_scoped = principal.has(Role.PARTNER) and not principal.is_staff
    if partner_scoped and principal.organisation_id is None:
        raise Forbidden("a partner client must act for an organisation to subscribe")
    check_patterns(data.event_types)
    await check_target(data.target_url, allowed_hosts)
    await _check_subscription_cap(uow, principal, max_per_owner)
    secret = signing.generate_secret()
    subscription = Subscription(
        id=str(uuid.uuid4()),
        owner_client_id=principal.client_id,
        owner_organisation_id=principal.organisation_id,
        partner_scoped=partner_scoped,
        target_url=data.target_url.strip(),
        description=data.description,
        event_types=list(dict.fromkeys(data.event_types)),
        partnership_ids=list(dict.fromkeys(data.partnership_ids)),
        themes=list(dict.fromkeys(data.themes)),
        gcm_objectives=list(dict.fromkeys(data.gcm_objectives)),
        countries=list(dict.fromkeys(data.countries)),
        levels=list(dict.fromkeys(data.levels)),
        secret=secret,
    )
    uow.session.add(subscription)
    await uow.session.flush()
    await uow.session.refresh(subscription)
    return subscription, secret


async def manageable_subscription(
    uow: UnitOfWork, principal: Principal, subscription_id: str, *, lock: bool = False
) -> Subscription:
    """The subscription if the caller may manage it; 404 otherwise (its existence is not told)."""
    query = select(Subscription).where(
        col(Subscription.id) == subscription_id, manageable_by(principal)
    )
    if lock:
        query = query.with_for_update()
    subscription: Subscription | None = (await uow.session.execute(query)).scalars().first()
    if subscription is None:
        raise NotFound(f"no subscription {subscription_id}")
    return subscription


async def list_subscriptions(
    uow: UnitOfWork,
    principal: Principal,
    *,
    enabled: bool | None,
    cursor: str | None,
    limit: int,
) -> list[Subscription]:
    query = select(Subscription).where(manageable_by(principal))
    if enabled is not None:
        query = query.where(col(Subscription.enabled) == enabled)
    if cursor:
        at, last_id = decode_cursor(cursor)
        query = query.where(
            tuple_(col(Subscription.created_at), col(Subscription.id)) < tuple_(at, last_id)
        )
    query = query.order_by(col(Subscription.created_at).desc(), col(Subscription.id).desc())
    return list((await uow.session.execute(query.limit(limit + 1))).scalars())


async def set_enabled(
    uow: UnitOfWork, principal: Principal, subscription_id: str, enabled: bool
) -> Subscription:
    """Enable (clearing the failure record, so pending deliveries resume) or disable."""
    subscription = await manageable_subscription(uow, principal, subscription_id, lock=True)
    now = utcnow()
    subscription.enabled = enabled
    subscription.disabled_reason = None if enabled else OWNER_DISABLED_REASON
    subscription.disabled_at = None if enabled else now
    if enabled:
        subscription.failing_since = None
    subscription.updated_at = now
    uow.session.add(subscription)
    await uow.session.flush()
    if enabled:
        await resume_deliveries(uow, subscription.id)
    else:
        await pause_deliveries(uow, subscription.id)
    return subscription


async def rotate_secret(
    uow: UnitOfWork, principal: Principal, subscription_id: str, overlap: timedelta
) -> tuple[Subscription, str, datetime]:
    """A new secret; the old one keeps signing beside it for `overlap`."""
    subscription = await manageable_subscription(uow, principal, subscription_id, lock=True)
    now = utcnow()
    secret = signing.generate_secret()
    valid_until = now + overlap
    subscription.previous_secret = subscription.secret
    subscription.previous_secret_expires_at = valid_until
    subscription.secret = secret
    subscription.updated_at = now
    uow.session.add(subscription)
    await uow.session.flush()
    return subscription, secret, valid_until


async def delete_subscription(uow: UnitOfWork, principal: Principal, subscription_id: str) -> None:
    """Delete a subscription with its deliveries and their attempts."""
    subscription = await manageable_subscription(uow, principal, subscription_id, lock=True)
    await uow.session.execute(delete(Subscription).where(col(Subscription.id) == subscription.id))


# --------------------------------------------------------------------------- deliveries


async def deliveries_of(
    uow: UnitOfWork,
    principal: Principal,
    subscription_id: str,
    *,
    status: str | None,
    cursor: str | None,
    limit: int,
) -> tuple[list[Delivery], dict[str, list[DeliveryAttempt]]]:
    """Deliveries of one subscription, newest first, with every attempt of each."""
    await manageable_subscription(uow, principal, subscription_id)
    query = select(Delivery).where(col(Delivery.subscription_id) == subscription_id)
    if status:
        query = query.where(col(Delivery.status) == status)
    if cursor:
        at, last_id = decode_cursor(cursor)
        query = query.where(
            tuple_(col(Delivery.created_at), col(Delivery.id)) < tuple_(at, last_id)
        )
    query = query.order_by(col(Delivery.created_at).desc(), col(Delivery.id).desc())
    deliveries = list((await uow.session.execute(query.limit(limit + 1))).scalars())
    attempts: dict[str, list[DeliveryAttempt]] = {d.id: [] for d in deliveries}
    if deliveries:
        rows = await uow.session.execute(
            select(DeliveryAttempt)
            .where(col(DeliveryAttempt.delivery_id).in_(list(attempts)))
            .order_by(col(DeliveryAttempt.id))
        )
        for attempt in rows.scalars():
            attempts[attempt.delivery_id].append(attempt)
    return deliveries, attempts


async def replay_delivery(uow: UnitOfWork, principal: Principal, delivery_id: str) -> Delivery:
    """Start a new attempt cycle for a finished delivery; the webhook-id stays the same."""
    delivery: Delivery | None = (
        (
            await uow.session.execute(
                select(Delivery).where(col(Delivery.id) == delivery_id).with_for_update()
            )
        )
        .scalars()
        .first()
    )
    if delivery is None:
        raise NotFound(f"no delivery {delivery_id}")
    try:
        subscription = await manageable_subscription(uow, principal, delivery.subscription_id)
    except NotFound:
        # Answered exactly like a missing delivery: naming its subscription would leak it.
        raise NotFound(f"no delivery {delivery_id}") from None
    if delivery.status not in DeliveryStatus.FINISHED:
        raise Conflict(
            f"delivery {delivery_id} is still {delivery.status}; only a finished one is replayed",
            current_state=delivery.status,
        )
    _restart(delivery)
    if not subscription.enabled:
        delivery.status = DeliveryStatus.PAUSED  # goes out once the subscription is enabled
    uow.session.add(delivery)
    await _wake_dispatchers(uow)
    await uow.session.flush()
    return delivery


async def bulk_replay(uow: UnitOfWork, principal: Principal, window: BulkReplay) -> list[str]:
    """Replay every failed delivery created in [from, to) of subscriptions the caller manages."""
    manageable = select(col(Subscription.id)).where(manageable_by(principal))
    if window.subscription_id is not None:
        manageable = manageable.where(col(Subscription.id) == window.subscription_id)
    result = await uow.session.execute(
        update(Delivery)
        .where(
            col(Delivery.status) == DeliveryStatus.FAILED,
            col(Delivery.created_at) >= window.from_,
            col(Delivery.created_at) < window.to,
            col(Delivery.subscription_id).in_(manageable),
        )
        .values(
            # A disabled subscription's replays wait, paused, for it to be enabled again.
            status=case(
                (_subscription_enabled(), DeliveryStatus.PENDING), else_=DeliveryStatus.PAUSED
            ),
            cycle=col(Delivery.cycle) + 1,
            attempts_in_cycle=0,
            next_attempt_at=func.now(),
            completed_at=None,
        )
        .returning(col(Delivery.id))
    )
    replayed = [row[0] for row in result]
    if replayed:
        await _wake_dispatchers(uow)
    return replayed


def _subscription_enabled() -> Any:
    return (
        select(col(Subscription.enabled))
        .where(col(Subscription.id) == col(Delivery.subscription_id))
        .scalar_subquery()
    )


def _restart(delivery: Delivery) -> None:
    delivery.status = DeliveryStatus.PENDING
    delivery.cycle += 1
    delivery.attempts_in_cycle = 0
    delivery.next_attempt_at = utcnow()
    delivery.completed_at = None


async def _wake_dispatchers(uow: UnitOfWork) -> None:
    await uow.session.execute(
        text("SELECT pg_notify(:channel, '')"), {"channel": DELIVERIES_CHANNEL}
    )


# --------------------------------------------------------------------------- inbox


def inboxes_of(principal: Principal) -> list[str]:
    """The inboxes a client reads: its organisation's, and the secretariat's shared one if it
    acts for the secretariat (what waits for a decision, whoever of the secretariat takes it)."""
    inboxes = [principal.organisation_id] if principal.organisation_id else []
    if principal.has(Role.SECRETARIAT):
        inboxes.append(SECRETARIAT_INBOX)
    if not inboxes:
        raise Forbidden("the inbox belongs to an organisation; this client acts for none")
    return inboxes


async def inbox_of(
    uow: UnitOfWork, principal: Principal, *, unread: bool, cursor: str | None, limit: int
) -> list[InboxItem]:
    query = select(InboxItem).where(col(InboxItem.organisation_id).in_(inboxes_of(principal)))
    if unread:
        query = query.where(col(InboxItem.read_at).is_(None))
    if cursor:
        at, last_id = decode_cursor(cursor)
        query = query.where(
            tuple_(col(InboxItem.created_at), col(InboxItem.id)) < tuple_(at, last_id)
        )
    query = query.order_by(col(InboxItem.created_at).desc(), col(InboxItem.id).desc())
    return list((await uow.session.execute(query.limit(limit + 1))).scalars())


async def mark_read(uow: UnitOfWork, principal: Principal, item_id: str) -> InboxItem:
    item = await uow.session.get(InboxItem, item_id)
    if item is None or item.organisation_id not in inboxes_of(principal):
        raise NotFound(f"no inbox item {item_id}")
    if item.read_at is None:
        item.read_at = utcnow()
        uow.session.add(item)
        await uow.session.flush()
    return item
