"""The consumer loop when its database goes away: transient failures are waited out, in order,
with the partitions kept — never dead-lettered, never applied twice."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from chaos.ports import free_port
from chaos.proxy import DatabaseProxy
from shared.catalogue import Stream, dlq_name, topic_name
from shared.db import asyncpg_dsn
from shared.events import to_kafka
from shared.kafka import (
    ensure_topics,
    make_producer,
    start_bounded,
    stop_quietly,
    topic_retention,
)
from tests.support.database import server_port, through
from tests.support.effect_consumer import build
from tests.support.effects import applied_in_order, effects_table, registered
from tests.support.ids import random_suffix
from tests.support.infra import Infra
from tests.support.kafka import committed_offsets, produce, read_to_end
from tests.support.processes import eventually

pytestmark = pytest.mark.integration

KEYS = 5


async def test_a_database_that_refuses_connections_is_waited_out_in_order(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    await effects_table(dsn)
    proxy = DatabaseProxy("registry", free_port(), server_port(dsn))
    await proxy.start()
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    events = [registered(i, subject=f"k-{i % KEYS}") for i in range(400)]
    await produce(infra.kafka_bootstrap, topic, [to_kafka(e) for e in events[:150]])

    consumer, engine = build(
        through(proxy, registry_db),
        infra.kafka_bootstrap,
        topic_prefix,
        f"outage-{random_suffix()}",
    )
    consumer.transient_backoff_max = 1.0
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    try:

        async def some_applied() -> bool:
            return sum(map(len, (await applied_in_order(dsn)).values())) >= 50

        await eventually(some_applied, timeout=30, interval=0.02, what="the first events applied")
        await proxy.refuse()
        # Events keep arriving while the database is away: they must wait, not be set aside.
        await produce(infra.kafka_bootstrap, topic, [to_kafka(e) for e in events[150:]])

        async def waiting() -> bool:
            return consumer.stats.transient_waits >= 3

        await eventually(waiting, timeout=30, what="the consumer to wait out the outage")
        applied_during_outage = consumer.stats.applied
        await asyncio.sleep(2.0)
        assert consumer.stats.applied == applied_during_outage
        await proxy.start()

        async def all_applied() -> bool:
            return sum(map(len, (await applied_in_order(dsn)).values())) >= len(events)

        await eventually(all_applied, timeout=60, what="every event applied after the outage")
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await engine.dispose()
        await proxy.stop()

    by_subject = await applied_in_order(dsn)
    for key in range(KEYS):
        expected = [e.id for e in events if e.subject == f"k-{key}"]
        assert by_subject[f"k-{key}"] == expected, f"k-{key} applied out of order or twice"
    assert consumer.stats.dead_lettered == 0
    assert consumer.stats.restarts == 0, "the member left the group instead of waiting"
    dead = await read_to_end(infra.kafka_bootstrap, dlq_name(topic))
    reasons = [json.dumps({k: v.decode() for k, v in r.headers if k == "dlq_reason"}) for r in dead]
    assert dead == [], f"transient failures were dead-lettered: {reasons}"


async def test_dead_letter_topics_keep_records_until_an_operator_deletes_them(
    infra: Infra, topic_prefix: str
) -> None:
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)

    async def both_described() -> bool:
        described = await topic_retention(infra.kafka_bootstrap, [topic, dlq_name(topic)], 10)
        return len(described) == 2

    # Topics just created reach every part of the broker through its metadata log, a moment
    # later: until then a topic is not described (seen once in make test, as a KeyError).
    await eventually(both_described, timeout=10, what="both topics to be described")
    kept = await topic_retention(infra.kafka_bootstrap, [topic, dlq_name(topic)], 10)
    assert kept[dlq_name(topic)] is None, "dead letters must not expire"
    assert kept[topic] is not None

    # A dead-letter topic made earlier with the broker's default is brought back to unlimited.
    admin = AIOKafkaAdminClient(bootstrap_servers=infra.kafka_bootstrap)
    await admin.start()
    try:
        week = ConfigResource(
            ConfigResourceType.TOPIC, dlq_name(topic), {"retention.ms": "604800000"}
        )
        await admin.alter_configs([week])
    finally:
        await admin.close()

    async def retention_is(expected: timedelta | None) -> bool:
        found = await topic_retention(infra.kafka_bootstrap, [dlq_name(topic)], 10)
        return dlq_name(topic) in found and found[dlq_name(topic)] == expected

    # Topic configuration changes reach the broker through its metadata log, a moment later.
    await eventually(lambda: retention_is(timedelta(days=7)), timeout=10, what="a week's retention")
    await ensure_topics(infra.kafka_bootstrap, [topic, dlq_name(topic)])
    await eventually(lambda: retention_is(None), timeout=10, what="unlimited retention again")


async def test_the_inbox_keeps_ids_at_least_as_long_as_the_topics_keep_records(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    consumer, engine = build(
        registry_db, infra.kafka_bootstrap, topic_prefix, f"retention-{random_suffix()}"
    )
    await engine.dispose()
    consumer.inbox_retention = timedelta(hours=1)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    kept = await topic_retention(infra.kafka_bootstrap, [topic], 10)
    topic_keeps = kept[topic]
    assert topic_keeps is not None and topic_keeps > timedelta(hours=1)
    await consumer.check_inbox_retention()
    assert consumer.inbox_retention == topic_keeps, "an older redelivery would be applied twice"


async def test_stopping_commits_what_the_last_batch_applied(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    await effects_table(dsn)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    await produce(infra.kafka_bootstrap, topic, [to_kafka(registered(i)) for i in range(120)])
    group = f"close-{random_suffix()}"
    consumer, engine = build(registry_db, infra.kafka_bootstrap, topic_prefix, group)
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    try:

        async def some_applied() -> bool:
            return consumer.stats.applied > 0

        await eventually(some_applied, timeout=30, interval=0.01, what="a first batch applied")
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await engine.dispose()
    admin = AIOKafkaAdminClient(bootstrap_servers=infra.kafka_bootstrap)
    await admin.start()
    try:
        committed = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    assert sum(meta.offset for meta in committed.values()) == consumer.stats.applied


async def test_a_steady_trickle_commits_offsets_now_and_then_and_all_once_caught_up(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    # One event at a time, each its own fetch: a commit per fetch would be a broker round trip
    # per event for every group. Within the interval the member commits once; when a fetch comes
    # back empty (caught up) it commits everything applied.
    dsn = asyncpg_dsn(registry_db)
    await effects_table(dsn)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    group = f"trickle-{random_suffix()}"
    consumer, engine = build(registry_db, infra.kafka_bootstrap, topic_prefix, group)
    consumer.commit_interval = 3600.0
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    events = 20
    try:
        for index in range(events):
            await produce(infra.kafka_bootstrap, topic, [to_kafka(registered(index))])
            await asyncio.sleep(0.05)

        async def all_committed() -> bool:
            return sum((await committed_offsets(infra.kafka_bootstrap, group, topic)).values()) == (
                events
            )

        await eventually(all_committed, timeout=30, what="every applied offset committed")
        assert consumer.stats.applied == events
        assert consumer.stats.offset_commits <= 2, consumer.stats
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await engine.dispose()


async def test_a_producer_whose_stop_hangs_is_abandoned_for_good(infra: Infra) -> None:
    """aiokafka's stop() flushes first, which waits for ever while the broker is away; giving
    up on it must not leave the sender running to deliver stale records later."""
    producer = make_producer(infra.kafka_bootstrap, 5.0)
    await start_bounded(producer, 10.0)
    sender = producer._sender.sender_task
    assert sender is not None and not sender.done()

    async def hangs() -> None:
        await asyncio.Event().wait()

    producer.stop = hangs
    await stop_quietly(producer, 0.5)
    assert sender.done(), "the abandoned producer's sender task still runs"
