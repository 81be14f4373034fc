"""Topics on the single shared broker: the replication defaults come down to one, and say so."""

from __future__ import annotations

import logging

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from shared.kafka import TopicPlan, delete_topics, ensure_topics
from tests.support.ids import random_prefix
from tests.support.infra import Infra

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
