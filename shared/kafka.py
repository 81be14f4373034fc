"""Kafka clients made the same way everywhere: idempotent producers, bounded waits, topic setup."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.client import AIOKafkaClient
from aiokafka.errors import TopicAlreadyExistsError

logger = logging.getLogger(__name__)


def make_producer(bootstrap: str, timeout_seconds: float) -> AIOKafkaProducer:
    """An idempotent producer that waits for every in-sync replica (`acks=all`)."""
    timeout_ms = int(timeout_seconds * 1000)
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        enable_idempotence=True,
        acks="all",
        linger_ms=5,
        request_timeout_ms=timeout_ms,
        metadata_max_age_ms=30_000,
    )


async def start_bounded(producer: AIOKafkaProducer, timeout_seconds: float) -> None:
    """Start a producer, giving up after the timeout (start() can wait forever on a dead broker)."""
    try:
        await asyncio.wait_for(producer.start(), timeout_seconds)
    except BaseException:
        await stop_quietly(producer, timeout_seconds)
        raise


async def stop_quietly(producer: AIOKafkaProducer, timeout_seconds: float) -> None:
    """Stop a producer we are giving up on; a hung stop is abandoned, not waited on forever."""
    try:
        await asyncio.wait_for(producer.stop(), timeout_seconds)
    except Exception:
        logger.warning("producer did not stop cleanly; discarded")


async def kafka_reachable(bootstrap: str, timeout_seconds: float = 2.0) -> bool:
    """True when a broker answers a metadata request."""
    client = AIOKafkaClient(
        bootstrap_servers=bootstrap, request_timeout_ms=int(timeout_seconds * 1000)
    )
    try:
        await asyncio.wait_for(client.bootstrap(), timeout_seconds)
        return True
    except Exception:
        return False
    finally:
        # Closing a client that never connected may fail too; there is nothing left to do then.
        with contextlib.suppress(Exception):
            await asyncio.wait_for(client.close(), timeout_seconds)


async def ensure_topics(
    bootstrap: str, topics: list[str], partitions: int = 3, replication: int = 1
) -> list[str]:
    """Create the topics that do not exist yet; returns the ones created."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [topic for topic in topics if topic not in existing]
        if missing:
            # Another starter may win the race; the topic is there, which is all we want.
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(
                    [
                        NewTopic(topic, num_partitions=partitions, replication_factor=replication)
                        for topic in missing
                    ]
                )
        return missing
    finally:
        await admin.close()


async def delete_topics(bootstrap: str, topics: list[str]) -> list[str]:
    """Delete those of `topics` that exist; returns the ones deleted.

    Tests and benchmarks create topics under throwaway prefixes; left behind, thousands of them
    make every broker restart load partitions for minutes.
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        doomed = [topic for topic in topics if topic in existing]
        if doomed:
            await admin.delete_topics(doomed)
        return doomed
    finally:
        await admin.close()
