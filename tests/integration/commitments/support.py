"""Commitments test helpers: partnership events as the registry publishes them, the consumer and
relay run in-process, and the HTTP app called with a real registry token for the caller the
test chooses, on the day it chooses."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import asyncpg
import httpx

from services.commitments.api import get_clock
from services.commitments.app import create_app
from services.commitments.clock import FixedClock
from services.commitments.consumers import HANDLERS
from services.commitments.sweep import SweepResult, sweep
from shared.auth import Principal, Role
from shared.catalogue import Stream, topic_name
from shared.catalogue.partnerships import (
    PartnershipChanged,
    PartnershipSnapshot,
    PlannedCommitment,
    ReviewConcluded,
    ReviewOpened,
)
from shared.consumer import EventConsumer
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.events import Event, from_kafka, to_kafka
from shared.relay import OutboxRelay
from shared.uow import UnitOfWork
from tests.support.ids import random_suffix
from tests.support.issuer import Issuer
from tests.support.kafka import produce, read_to_end
from tests.support.processes import eventually

ADOPTED_AT = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
REPORT_DUE_DAYS = 14  # the reminder window the sweep tests run with


def new_id() -> str:
    return str(uuid.uuid4())


def planned(responsible: str, **overrides: Any) -> PlannedCommitment:
    fields: dict[str, Any] = {
        "id": new_id(),
        "description": "Workers recruited with zero recruitment fees",
        "responsible_partner_id": responsible,
        "indicator": "workers recruited fee-free",
        "unit": "workers",
        "baseline": Decimal(0),
        "target": Decimal(100),
        "start_date": date(2025, 1, 1),
        "due_date": date(2025, 1, 11),
    }
    fields.update(overrides)
    return PlannedCommitment(**fields)


def snapshot(
    partnership_id: str,
    version: int,
    status: str,
    commitments: list[PlannedCommitment],
    **overrides: Any,
) -> PartnershipSnapshot:
    fields: dict[str, Any] = {
        "id": partnership_id,
        "version": version,
        "status": status,
        "title": "Fair recruitment corridor Mexico-Canada",
        "summary": "Ethical recruitment of seasonal agricultural workers.",
        "owner_organisation_id": "org-mexico",
        "lead_partner_id": "org-mexico",
        "members": [{"partner_id": "org-mexico", "role": "lead"}],
        "level": "bilateral",
        "countries": [{"code": "MX", "role": "origin"}, {"code": "CA", "role": "destination"}],
        "themes": ["human_rights", "development_contribution"],
        "gcm_objectives": [6, 18],
        "planned_commitments": commitments,
    }
    fields.update(overrides)
    return PartnershipSnapshot(**fields)


def partnership_event(
    event_type: str, state: PartnershipSnapshot, *, at: datetime = ADOPTED_AT, **extra: Any
) -> Event:
    payload: PartnershipChanged
    if event_type == "partnership.review_opened":
        payload = ReviewOpened(partnership=state, actor_client_id="secretariat", **extra)
    elif event_type == "partnership.review_concluded":
        payload = ReviewConcluded(partnership=state, actor_client_id="secretariat", **extra)
    else:
        payload = PartnershipChanged(partnership=state, actor_client_id="secretariat")
    return Event(
        source="/alianza/registry",
        type=event_type,
        subject=state.id,
        time=at,
        data=payload.model_dump(mode="json"),
    )


async def publish(bootstrap: str, prefix: str, events: list[Event]) -> None:
    topic = topic_name(prefix, Stream.PARTNERSHIPS)
    await produce(bootstrap, topic, [to_kafka(event) for event in events])


@dataclass
class Service:
    """The commitments database and the in-process parts of the service around it."""

    database_url: str
    bootstrap: str
    prefix: str
    issuer: Issuer

    @property
    def dsn(self) -> str:
        return asyncpg_dsn(self.database_url)

    async def fetch(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        conn = await asyncpg.connect(self.dsn)
        try:
            return list(await conn.fetch(sql, *args))
        finally:
            await conn.close()

    async def scalar(self, sql: str, *args: Any) -> Any:
        rows = await self.fetch(sql, *args)
        return rows[0][0]

    async def outbox_types(self) -> list[str]:
        rows = await self.fetch("SELECT event_type FROM outbox ORDER BY id")
        return [row[0] for row in rows]

    @asynccontextmanager
    async def consumer(self) -> AsyncIterator[EventConsumer]:
        """The service's own consumer loop (its handlers, its inbox) in a background task."""
        engine = create_engine(self.database_url)
        sessions = session_factory(engine)
        consumer = EventConsumer(
            group_id=f"commitments-{random_suffix()}",
            topics=[topic_name(self.prefix, Stream.PARTNERSHIPS)],
            handlers=HANDLERS,
            unit_of_work=lambda: UnitOfWork(
                sessions, source="commitments", topic_prefix=self.prefix
            ),
            bootstrap=self.bootstrap,
            max_attempts=1,
            retry_backoff=0.01,
        )
        stop = asyncio.Event()
        task = asyncio.create_task(consumer.run(stop))
        try:
            yield consumer
        finally:
            stop.set()
            await asyncio.wait_for(task, 30)
            await engine.dispose()

    async def consume(self, events: list[Event], *, handled: int | None = None) -> EventConsumer:
        """Publish `events` and run the consumer until every one was applied or skipped."""
        expected = len(events) if handled is None else handled
        await publish(self.bootstrap, self.prefix, events)
        async with self.consumer() as consumer:

            async def done() -> bool:
                stats = consumer.stats
                return stats.applied + stats.skipped_duplicates + stats.ignored >= expected

            await eventually(done, timeout=60, what=f"{expected} events consumed")
        assert consumer.stats.dead_lettered == 0, consumer.stats.by_reason
        return consumer

    async def apply(self, events: list[Event]) -> None:
        """Apply events with the service's handlers and inbox but without Kafka: for setting a
        scene quickly when the test is about what happens next."""
        engine = create_engine(self.database_url)
        try:
            for event in events:
                async with self.unit_of_work(engine) as uow:
                    if await uow.claim_inbox("commitments", [event]):
                        await HANDLERS[event.type](uow, event)
                        await uow.commit()
        finally:
            await engine.dispose()

    @asynccontextmanager
    async def relay(self) -> AsyncIterator[None]:
        stop = asyncio.Event()
        relay = OutboxRelay(dsn=self.dsn, bootstrap=self.bootstrap, poll_interval=0.2)
        task = asyncio.create_task(relay.run(stop))
        try:
            yield
        finally:
            stop.set()
            await asyncio.wait_for(task, 30)

    async def published(self, expect: int, timeout: float = 20.0) -> list[Event]:
        """Every event on the commitments topic, read to its end once the relay has published
        the whole outbox; exactly `expect` of them, no fewer and no more."""
        async with self.relay():

            async def all_published() -> bool:
                unpublished = "SELECT count(*) FROM outbox WHERE published_at IS NULL"
                return bool(await self.scalar(unpublished) == 0)

            await eventually(all_published, timeout=timeout, what="the outbox published")
        topic = topic_name(self.prefix, Stream.COMMITMENTS)
        records = await read_to_end(self.bootstrap, topic)
        events = [from_kafka(record.value, list(record.headers)) for record in records]
        assert len(events) == expect, [event.type for event in events]
        return events

    def unit_of_work(self, engine: Any) -> UnitOfWork:
        return UnitOfWork(session_factory(engine), source="commitments", topic_prefix=self.prefix)


def partner(organisation_id: str) -> Principal:
    return Principal(
        client_id=f"client-{organisation_id}",
        organisation_id=organisation_id,
        roles=frozenset({Role.PARTNER}),
    )


SECRETARIAT = Principal(
    client_id="client-secretariat", organisation_id="org-iom", roles=frozenset({Role.SECRETARIAT})
)


@dataclass
class Caller:
    """Who the in-process app believes is calling, and what day it believes it is."""

    principal: Principal
    clock: FixedClock


@asynccontextmanager
async def api(
    service: Service, caller: Caller, monkeypatch: Any
) -> AsyncIterator[httpx.AsyncClient]:
    monkeypatch.setenv("COMMITMENTS_DATABASE_URL", service.database_url)
    monkeypatch.setenv("ALIANZA_KAFKA_BOOTSTRAP", service.bootstrap)
    monkeypatch.setenv("ALIANZA_TOPIC_PREFIX", service.prefix)
    app = create_app()
    app.dependency_overrides[get_clock] = lambda: caller.clock
    # The caller authenticates with a real token from the session's registry.
    headers = await service.issuer.headers_for(caller.principal)
    async with app.router.lifespan_context(app):
        # The registry's keys, over its ASGI transport instead of settings.jwks_url.
        await app.state.verifier.aclose()
        app.state.verifier = service.issuer.verifier()
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://commitments", headers=headers
        ) as client:
            yield client


def day(value: date) -> FixedClock:
    return FixedClock(datetime(value.year, value.month, value.day, 12, tzinfo=UTC))


async def run_sweep(service: Service, engine: Any, today: date) -> SweepResult:
    """One sweep in-process, on `today`, with a reminder window of REPORT_DUE_DAYS."""

    def unit_of_work() -> UnitOfWork:
        return service.unit_of_work(engine)

    return await sweep(unit_of_work, today, REPORT_DUE_DAYS, day(today))
