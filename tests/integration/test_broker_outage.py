"""Kafka unavailable when a service starts: the API still answers and says it is not ready, writes
wait in the outbox, and once a broker appears the service becomes ready and the relay delivers.
Kafka lost mid-run: the relay and the consumer ride it out, and nothing is lost or doubled."""

from __future__ import annotations

import asyncio
from pathlib import Path

import asyncpg
import httpx
import pytest

from chaos.ports import free_port
from deploy.local import stack
from shared.catalogue import Stream, all_topics, topic_name
from shared.catalogue.partners import PartnerRegistered
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.kafka import ensure_topics
from shared.relay import OutboxRelay
from shared.uow import UnitOfWork
from tests.support.effect_consumer import build
from tests.support.effects import effect_counts, effects_table
from tests.support.ids import random_prefix, random_suffix
from tests.support.infra import Infra
from tests.support.kafka import read_to_end
from tests.support.processes import eventually, kill, start

pytestmark = pytest.mark.integration


async def ready_status(port: int) -> tuple[int, dict[str, object]]:
    async with httpx.AsyncClient() as client:
        response = await client.get(f"http://127.0.0.1:{port}/readyz", timeout=5)
        return response.status_code, response.json()


async def test_service_started_without_kafka_becomes_ready_when_a_broker_appears(
    infra: Infra, registry_db: str, topic_prefix: str, tmp_path: Path
) -> None:
    kafka_port, controller_port, api_port = free_port(), free_port(), free_port()
    bootstrap = f"127.0.0.1:{kafka_port}"
    env = {
        "REGISTRY_DATABASE_URL": registry_db,
        "ALIANZA_KAFKA_BOOTSTRAP": bootstrap,
        "ALIANZA_TOPIC_PREFIX": topic_prefix,
        "REGISTRY_KAFKA_TIMEOUT_SECONDS": "2",
        "REGISTRY_RELAY_POLL_INTERVAL_SECONDS": "0.5",
    }
    api = start(
        ["-m", "services.registry", "api", "--port", str(api_port)], env, tmp_path / "api.log"
    )
    relay = start(["-m", "services.registry", "relay"], env, tmp_path / "relay.log")
    broker = f"kafka-outage-{kafka_port}"
    broker_started: int | None = None
    try:

        async def api_answers() -> bool:
            try:
                await ready_status(api_port)
                return True
            except httpx.TransportError:
                return False

        await eventually(api_answers, timeout=30, what="the API to answer")
        status, body = await ready_status(api_port)
        assert status == 503
        assert body["checks"] == {"database": "up", "kafka": "down"}

        # A write while Kafka is down is accepted and waits in the outbox.
        engine = create_engine(registry_db)
        uow = UnitOfWork(session_factory(engine), source="registry", topic_prefix=topic_prefix)
        async with uow:
            event = uow.record(
                "partner.registered",
                "waiting",
                PartnerRegistered(partner_id="w", name="Waiting", kind="media"),
            )
            await uow.commit()
        await engine.dispose()
        await asyncio.sleep(3)  # the relay tries, times out, and must not hang or crash
        assert relay.poll() is None, "the relay must survive a missing broker"

        broker_started = stack.start_kafka(
            name=broker, port=kafka_port, controller_port=controller_port, home=tmp_path / "kafka"
        )
        await ensure_topics(bootstrap, all_topics(topic_prefix))

        async def ready() -> bool:
            return (await ready_status(api_port))[0] == 200

        await eventually(ready, timeout=60, what="/readyz to turn 200 by itself")

        async def outbox_published() -> bool:
            conn = await asyncpg.connect(asyncpg_dsn(registry_db))
            try:
                unpublished = "SELECT count(*) FROM outbox WHERE published_at IS NULL"
                return not await conn.fetchval(unpublished)
            finally:
                await conn.close()

        await eventually(outbox_published, timeout=60, what="the waiting row published")
        # Read to the end: the waiting event arrived once, and nothing else did.
        records = await read_to_end(bootstrap, topic_name(topic_prefix, Stream.PARTNERSHIPS))
        assert [dict(r.headers)["ce_id"].decode() for r in records] == [event.id]
    finally:
        kill(api)
        kill(relay)
        if broker_started is not None:
            stack.stop_process(broker, timeout=5)


async def test_a_broker_lost_mid_run_loses_nothing_and_applies_nothing_twice(
    infra: Infra, registry_db: str, tmp_path: Path
) -> None:
    # A private broker on its own ports, so stopping it touches nobody else's work.
    kafka_port, controller_port = free_port(), free_port()
    bootstrap = f"127.0.0.1:{kafka_port}"
    broker, home = f"kafka-lost-{kafka_port}", tmp_path / "kafka"
    prefix = random_prefix()
    stack.start_kafka(name=broker, port=kafka_port, controller_port=controller_port, home=home)
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []
    engine = create_engine(registry_db)
    uow = UnitOfWork(session_factory(engine), source="registry", topic_prefix=prefix)
    dsn = asyncpg_dsn(registry_db)
    try:
        await ensure_topics(bootstrap, all_topics(prefix))
        await effects_table(dsn)
        relay = OutboxRelay(dsn=dsn, bootstrap=bootstrap, poll_interval=0.3, kafka_timeout=2)
        consumer, consumer_engine = build(registry_db, bootstrap, prefix, f"lost-{random_suffix()}")
        consumer.kafka_timeout = 2
        tasks = [asyncio.create_task(relay.run(stop)), asyncio.create_task(consumer.run(stop))]
        expected: list[str] = []

        async def record(first: int, count: int) -> None:
            async with uow:
                for index in range(first, first + count):
                    payload = PartnerRegistered(partner_id=f"p-{index}", name="P", kind="media")
                    expected.append(uow.record("partner.registered", f"k-{index % 5}", payload).id)
                await uow.commit()

        await record(0, 100)

        async def some_applied() -> bool:
            return (await effect_counts(dsn))[1] > 0

        await eventually(some_applied, timeout=60, what="work under way before the loss")
        stack.stop_process(broker, timeout=10)
        # Work arrives while the broker is gone: it waits in the outbox.
        await record(100, 100)
        await asyncio.sleep(3)  # the relay's sends and the consumer's fetches fail meanwhile
        conn = await asyncpg.connect(dsn)
        waiting = await conn.fetchval("SELECT count(*) FROM outbox WHERE published_at IS NULL")
        await conn.close()
        assert waiting >= 100, "with the broker gone, the new rows wait in the outbox"
        stack.start_kafka(name=broker, port=kafka_port, controller_port=controller_port, home=home)

        async def all_applied() -> bool:
            return (await effect_counts(dsn))[1] == len(expected)

        await eventually(all_applied, timeout=120, what="every event applied after the return")
        stop.set()
        await asyncio.gather(*tasks)
        await consumer_engine.dispose()
        total, distinct = await effect_counts(dsn)
        assert total == distinct == len(expected), "nothing applied twice"
        # Whatever came again after the loss (a resent batch, a refetch) was skipped by the inbox.
        assert consumer.stats.applied == len(expected)
        records = await read_to_end(bootstrap, topic_name(prefix, Stream.PARTNERSHIPS))
        assert {dict(r.headers)["ce_id"].decode() for r in records} == set(expected)
    finally:
        stop.set()
        for task in tasks:
            if not task.done():
                task.cancel()
        await engine.dispose()
        stack.stop_process(broker, timeout=10)
