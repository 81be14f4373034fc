"""Topics on the single shared broker: the replication defaults come down to one, and say so."""

from __future__ import annotations

import logging

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import KafkaError

from shared.kafka import TopicPlan, delete_topics, ensure_topics
from tests.support.ids import random_prefix
from tests.support.infra import Infra
from tests.support.processes import eventually

pytestmark = pytest.mark.integration


async def test_on_one_broker_topics_get_one_replica_and_the_log_says_why(
    infra: Infra, caplog: pytest.LogCaptureFixture
) -> None:
    topic = f"{random_prefix()}.partnerships"
    caplog.set_level(logging.WARNING, logger="shared.kafka")
    await ensure_topics(infra.kafka_bootstrap, [topic], TopicPlan(retention_ms=3_600_000))
    admin = AIOKafkaAdminClient(bootstrap_servers=infra.kafka_bootstrap)
    await admin.start()
    try:
        [described] = await admin.describe_topics([topic])
        assert {len(p["replicas"]) for p in described["partitions"]} == {1}
        [response] = await admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, None)]
        )
        configs = {entry[0]: entry[1] for entry in response.resources[0][4]}
        assert configs["min.insync.replicas"] == "1"
        assert configs["retention.ms"] == "3600000"
    finally:
        await admin.close()
        await delete_topics(infra.kafka_bootstrap, [topic])
    assert "the cluster has 1 broker(s): topics get replication factor 1" in caplog.text


async def test_an_existing_topic_gets_settings_its_own_replicas_can_meet(infra: Infra) -> None:
    topic = f"{random_prefix()}.commitments"
    await ensure_topics(infra.kafka_bootstrap, [topic])
    try:
        # A second start with a new retention: applied to the topic that is already there. The
        # broker applies a change through its metadata log, so a describe straight after may
        # still show the old value for a moment (seen once under `make test`'s load).
        await ensure_topics(infra.kafka_bootstrap, [topic], TopicPlan(retention_ms=7_200_000))

        async def settings_applied() -> bool:
            configs = await topic_configs(infra.kafka_bootstrap, topic)
            return (configs["retention.ms"], configs["min.insync.replicas"]) == ("7200000", "1")

        await eventually(settings_applied, timeout=10, what="the new retention on the topic")
        # Two in-sync replicas of a topic with one copy would refuse every write: an error.
        with pytest.raises(ValueError, match="exceeds the replication factor 1"):
            await ensure_topics(infra.kafka_bootstrap, [topic], TopicPlan(min_insync_replicas=2))
        # A value the broker refuses is said, not swallowed.
        with pytest.raises(KafkaError, match="topic configuration refused"):
            await ensure_topics(infra.kafka_bootstrap, [topic], TopicPlan(retention_ms=-7))
    finally:
        await delete_topics(infra.kafka_bootstrap, [topic])


async def topic_configs(bootstrap: str, topic: str) -> dict[str, str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        [response] = await admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, None)]
        )
    finally:
        await admin.close()
    return {entry[0]: entry[1] for entry in response.resources[0][4]}


async def test_created_topics_are_led_when_ensure_topics_returns(infra: Infra) -> None:
    # Whoever starts next — a relay, a second `ensure_topics` — asks the broker at once; a topic
    # it does not list yet would be taken for missing (its rows held back, its settings skipped).
    topics = [f"{random_prefix()}.{name}" for name in ("partnerships", "commitments", "identity")]
    await ensure_topics(infra.kafka_bootstrap, topics, TopicPlan(partitions=6))
    admin = AIOKafkaAdminClient(bootstrap_servers=infra.kafka_bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics(topics)
        assert {topic["error_code"] for topic in described} == {0}
        assert all(
            len(topic["partitions"]) == 6
            and all(partition["leader"] >= 0 for partition in topic["partitions"])
            for topic in described
        ), described
    finally:
        await admin.close()
        await delete_topics(infra.kafka_bootstrap, topics)
