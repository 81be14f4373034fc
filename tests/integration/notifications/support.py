"""Notification test helpers: a real HTTP receiver, the app in-process, events, consumer, dispatcher."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
import httpx

from services.notifications.app import create_app
from services.notifications.consumers import CONSUMES, HANDLERS
from services.notifications.dispatcher import Dispatcher
from services.notifications.settings import NotificationsSettings
from shared.auth import Principal, Role
from shared.catalogue import topic_name
from shared.consumer import EventConsumer
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.events import Event, to_kafka
from shared.uow import UnitOfWork
from tests.support.ids import random_suffix
from tests.support.issuer import Issuer
from tests.support.kafka import produce

# --------------------------------------------------------------------------- settings and app


SCRAPE_TOKEN = "notifications-scrape-token-0123456789"
SCRAPER = {"Authorization": f"Bearer {SCRAPE_TOKEN}"}


def make_settings(db: str, bootstrap: str, prefix: str, **overrides: Any) -> NotificationsSettings:
    values: dict[str, Any] = {
        "database_url": db,
        "kafka_bootstrap": bootstrap,
        "topic_prefix": prefix,
        "allow_hosts": "127.0.0.1",
        "retry_schedule_seconds": "0,0.2,0.2",
        "dispatch_poll_interval_seconds": 0.05,
        "webhook_timeout_seconds": 3.0,
        "dispatch_concurrency": 4,
        "metrics_scrape_token": SCRAPE_TOKEN,
    }
    values.update(overrides)
    return NotificationsSettings(**values)


ORG_A = "org-a"
ORG_B = "org-b"
ORG_C = "org-c"

PRINCIPALS = {
    "partner-a": Principal("client-a", ORG_A, frozenset({Role.PARTNER})),
    "partner-a2": Principal("client-a2", ORG_A, frozenset({Role.PARTNER})),
    "secretariat-a": Principal("client-sec-a", ORG_A, frozenset({Role.SECRETARIAT})),
    "partner-b": Principal("client-b", ORG_B, frozenset({Role.PARTNER})),
    "partner-c": Principal("client-c", ORG_C, frozenset({Role.PARTNER})),
    "secretariat": Principal("client-sec", "org-iom", frozenset({Role.SECRETARIAT})),
    "ops": Principal("client-ops", None, frozenset({Role.OPS})),
}


# Real tokens for each of PRINCIPALS, from the session's registry (see `use_issuer`).
_issued: dict[str, dict[str, str]] = {}
_issuer: list[Issuer] = []


async def use_issuer(issuer: Issuer) -> None:
    """Get a real token for every principal the tests name; `as_` and `api` use them."""
    if not _issuer:
        _issuer.append(issuer)
    for who, principal in PRINCIPALS.items():
        _issued[who] = await issuer.headers_for(principal)


def as_(who: str) -> dict[str, str]:
    """The `Authorization` header of the caller the tests call `who`: a real registry token."""
    return dict(_issued[who])


@asynccontextmanager
async def api(settings: NotificationsSettings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        # The registry's keys, over its ASGI transport instead of settings.jwks_url.
        await app.state.verifier.aclose()
        app.state.verifier = _issuer[0].verifier()
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://notifications") as c:
            yield c


async def subscribe(client: httpx.AsyncClient, who: str, **body: Any) -> dict[str, Any]:
    response = await client.post("/subscriptions", json=body, headers=as_(who))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


# --------------------------------------------------------------------------- events


def snapshot(
    partnership_id: str,
    *,
    status: str = "adopted",
    version: int = 1,
    owner: str = ORG_A,
    members: tuple[str, ...] = (ORG_B,),
    themes: tuple[str, ...] = ("human_rights",),
    gcm: tuple[int, ...] = (6,),
    countries: tuple[str, ...] = ("MX", "CA"),
    level: str = "bilateral",
) -> dict[str, Any]:
    return {
        "id": partnership_id,
        "version": version,
        "status": status,
        "title": f"Partnership {partnership_id[:8]}",
        "summary": "A test partnership.",
        "owner_organisation_id": owner,
        "lead_partner_id": owner,
        "members": [{"partner_id": owner, "role": "lead"}]
        + [{"partner_id": m, "role": "implementing"} for m in members],
        "level": level,
        "countries": [{"code": c, "role": "origin"} for c in countries],
        "themes": list(themes),
        "gcm_objectives": list(gcm),
    }


def partnership_event(event_type: str, partnership_id: str, **facts: Any) -> Event:
    data: dict[str, Any] = {
        "partnership": snapshot(partnership_id, **facts),
        "actor_client_id": "someone",
    }
    if event_type in ("partnership.review_opened",):
        data.update({"review_id": f"rev-{random_suffix()}", "cycle": 1})
    return Event(
        source="/alianza/registry",
        type=event_type,
        subject=partnership_id,
        data=data,
        dataschema=f"urn:alianza:schema:{event_type}:v1",
    )


def commitment_event(
    event_type: str, partnership_id: str, responsible: str = ORG_B, **extra: Any
) -> Event:
    """A `commitment.*` event; `extra` adds the fields its type needs beyond the common ones."""
    return Event(
        source="/alianza/commitments",
        type=event_type,
        subject=partnership_id,
        data={
            "commitment_id": f"c-{random_suffix()}",
            "partnership_id": partnership_id,
            "responsible_partner_id": responsible,
            "due_date": "2026-01-31",
            **extra,
        },
    )


def new_partnership_id() -> str:
    return f"p-{random_suffix()}"


async def publish(bootstrap: str, prefix: str, *events: Event) -> None:
    """Put events on their topics, in order, as the other services' relays would."""
    from shared.catalogue import spec_for

    for event in events:
        topic = topic_name(prefix, spec_for(event.type).stream)
        await produce(bootstrap, topic, [to_kafka(event)])


# --------------------------------------------------------------------------- workers


@asynccontextmanager
async def running_consumer(settings: NotificationsSettings) -> AsyncIterator[EventConsumer]:
    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)
    consumer = EventConsumer(
        group_id=f"notifications-{random_suffix()}",
        topics=[topic_name(settings.topic_prefix, stream) for stream in CONSUMES],
        handlers=HANDLERS,
        unit_of_work=lambda: UnitOfWork(
            sessions, source="notifications", topic_prefix=settings.topic_prefix
        ),
        bootstrap=settings.kafka_bootstrap,
        max_attempts=2,
        retry_backoff=0.05,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    try:
        yield consumer
    finally:
        stop.set()
        await task
        await engine.dispose()


@asynccontextmanager
async def running_dispatcher(
    settings: NotificationsSettings, **options: Any
) -> AsyncIterator[Dispatcher]:
    engine = create_engine(settings.database_url)
    dispatcher = Dispatcher(settings, session_factory(engine), **options)
    stop = asyncio.Event()
    task = asyncio.create_task(dispatcher.run(stop))
    try:
        yield dispatcher
    finally:
        stop.set()
        await task
        await engine.dispose()


# --------------------------------------------------------------------------- database


async def fetch(db: str, query: str, *args: Any) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(asyncpg_dsn(db))
    try:
        return list(await conn.fetch(query, *args))
    finally:
        await conn.close()


async def delivery_rows(db: str, subscription_id: str | None = None) -> list[asyncpg.Record]:
    if subscription_id is None:
        return await fetch(db, "SELECT * FROM deliveries ORDER BY seq")
    return await fetch(
        db, "SELECT * FROM deliveries WHERE subscription_id = $1 ORDER BY seq", subscription_id
    )
