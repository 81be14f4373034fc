"""A real three-broker cluster, secured as `make run KAFKA_BROKERS=3 KAFKA_SECURITY=SASL_SSL`
makes it: replicated topics, SCRAM over TLS, and the access table's ACLs enforced."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import KafkaError, TopicAuthorizationFailedError

from deploy.local.kafka import KafkaCluster
from shared.catalogue import Stream, topic_name
from shared.kafka import kafka_reachable, make_producer, start_bounded, stop_quietly
from tests.e2e.test_lifecycle import walk_lifecycle
from tests.support.infra import Infra
from tests.support.processes import eventually
from tests.support.receiver import Receiver
from tests.support.system import System

pytestmark = [pytest.mark.integration, pytest.mark.cluster]


async def send_one(cluster: KafkaCluster, user: str, topic: str, value: bytes) -> None:
    producer = make_producer(cluster.bootstrap, 15, cluster.security(user))
    await start_bounded(producer, 15)
    try:
        await asyncio.wait_for(await producer.send(topic, key=b"k", value=value), 15)
    finally:
        await stop_quietly(producer, 15)


async def test_topics_are_replicated_three_times_and_need_two_in_sync_replicas(
    secured_cluster: KafkaCluster, cluster_prefix: str
) -> None:
    admin = AIOKafkaAdminClient(
        **secured_cluster.security().client_options(), bootstrap_servers=secured_cluster.bootstrap
    )
    await admin.start()
    try:
        topic = topic_name(cluster_prefix, Stream.PARTNERSHIPS)
        replicas: dict[int, int] = {}

        async def described() -> bool:
            # A new topic reaches each broker's metadata a moment after the controller has it.
            [found] = await admin.describe_topics([topic])
            replicas.update({p["partition"]: len(p["replicas"]) for p in found["partitions"]})
            return len(replicas) == 3

        await eventually(described, timeout=30, interval=0.2, what="the topic in the metadata")
        assert replicas == {0: 3, 1: 3, 2: 3}
        [response] = await admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, {"min.insync.replicas": None})]
        )
        configs = {entry[0]: entry[1] for entry in response.resources[0][4]}
        assert configs["min.insync.replicas"] == "2"
    finally:
        await admin.close()


async def test_a_principal_with_its_password_produces_and_another_consumes_over_sasl_ssl(
    secured_cluster: KafkaCluster, cluster_prefix: str
) -> None:
    topic = topic_name(cluster_prefix, Stream.PARTNERSHIPS)
    await send_one(secured_cluster, "registry", topic, b"over tls")
    consumer = AIOKafkaConsumer(
        topic,
        **secured_cluster.security("notifications").client_options(),
        bootstrap_servers=secured_cluster.bootstrap,
        group_id="notifications",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        values: list[bytes | None] = []
        async with asyncio.timeout(30):
            while b"over tls" not in values:
                batch = await consumer.getmany(timeout_ms=500)
                values += [record.value for records in batch.values() for record in records]
        await consumer.commit()  # the group's offsets: the consumer group ACL allows it
    finally:
        await consumer.stop()


async def test_a_wrong_password_is_refused(secured_cluster: KafkaCluster) -> None:
    right = secured_cluster.security("registry")
    wrong = secured_cluster.security("registry", password="not-the-password")
    assert await kafka_reachable(secured_cluster.bootstrap, 10, right)
    assert not await kafka_reachable(secured_cluster.bootstrap, 10, wrong)
    producer = make_producer(secured_cluster.bootstrap, 10, wrong)
    with pytest.raises((KafkaError, TimeoutError)):
        await start_bounded(producer, 10)


async def test_a_service_writes_its_own_topic_but_not_another_services(
    secured_cluster: KafkaCluster, cluster_prefix: str
) -> None:
    await send_one(secured_cluster, "registry", topic_name(cluster_prefix, Stream.IDENTITY), b"ok")
    commitments = topic_name(cluster_prefix, Stream.COMMITMENTS)
    with pytest.raises(TopicAuthorizationFailedError):
        await send_one(secured_cluster, "registry", commitments, b"not registry's to write")


@pytest.mark.e2e
@pytest.mark.long  # three to four minutes: `make test-long`
async def test_a_whole_lifecycle_runs_with_each_service_as_its_own_principal(
    secured_cluster: KafkaCluster, infra: Infra, tmp_path: Path
) -> None:
    # The same walk as tests/e2e/test_lifecycle.py; here every relay, consumer and API logs in
    # with its service's SCRAM user, so an ACL the access table forgot fails the walk.
    system = System(infra=infra, logs=tmp_path, cluster=secured_cluster)
    try:
        await system.start()
        with Receiver() as hooks:
            async with httpx.AsyncClient(timeout=10) as http:
                await walk_lifecycle(system, http, hooks)
        passwords = list((secured_cluster.users or {}).values())
        for name in system.processes:
            log = system.log_text(name)
            assert "AuthorizationFailed" not in log, f"{name} was refused"
            assert not any(password in log for password in passwords), f"{name} logged one"
    finally:
        await system.stop()
