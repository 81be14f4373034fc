"""Three plain brokers as `make run KAFKA_BROKERS=3` starts them: topics laid out by the default
plan are replicated three times, and with one broker killed every acknowledged write is kept."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from deploy.local.kafka import KafkaCluster
from shared.kafka import ensure_topics, make_producer, start_bounded, stop_quietly
from tests.support.ids import random_prefix
from tests.support.kafka import read_to_end
from tests.support.processes import eventually

pytestmark = [pytest.mark.integration, pytest.mark.cluster]


async def produce(bootstrap: str, topic: str, values: range) -> None:
    producer = make_producer(bootstrap, 30)
    await start_bounded(producer, 30)
    try:
        sent = [await producer.send(topic, key=b"%d" % v, value=b"%d" % v) for v in values]
        await asyncio.wait_for(asyncio.gather(*sent), 60)
    finally:
        await stop_quietly(producer, 30)


async def test_with_one_of_three_brokers_killed_acknowledged_writes_go_on_and_none_is_lost(
    kafka_cluster: KafkaCluster,
) -> None:
    topic = f"{random_prefix()}.partnerships"
    assert await ensure_topics(kafka_cluster.bootstrap, [topic]) == [topic]
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_cluster.bootstrap)
    await admin.start()
    replicas: set[int] = set()

    async def described() -> bool:
        # A new topic reaches each broker's metadata a moment after the controller has it.
        [found] = await admin.describe_topics([topic])
        replicas.update(len(p["replicas"]) for p in found["partitions"])
        return len(found["partitions"]) == 3

    try:
        await eventually(described, timeout=30, interval=0.2, what="the topic in the metadata")
        assert replicas == {3}
    finally:
        await admin.close()

    await produce(kafka_cluster.bootstrap, topic, range(0, 100))
    lost = kafka_cluster.nodes[0]
    kafka_cluster.kill_node(lost)
    try:
        # Two replicas of every partition remain: min.insync.replicas=2 is still met.
        survivors = ",".join(f"127.0.0.1:{n.port}" for n in kafka_cluster.nodes if n != lost)
        await produce(survivors, topic, range(100, 200))
        records = await read_to_end(survivors, topic, timeout=60)
        assert sorted(int(r.value or b"") for r in records) == list(range(200))
    finally:
        await asyncio.to_thread(kafka_cluster.start_node, lost)
        await kafka_cluster.wait_for_brokers()
