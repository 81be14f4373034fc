"""Kafka clients made the same way everywhere: idempotent producers, bounded waits, topic setup."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.client import AIOKafkaClient
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from aiokafka.record.default_records import DefaultRecordBatchBuilder

# Dead letters wait for an operator, however long that takes: -1 keeps them until deleted.
UNLIMITED_RETENTION_MS = -1

# The largest record the system produces: below the broker's default `message.max.bytes`
# (1 048 588) with room for the batch header, so a record we accept the broker accepts too.
MAX_RECORD_BYTES = 1_000_000


def record_size(key: bytes | None, value: bytes | None, headers: list[tuple[str, bytes]]) -> int:
    """Bytes the record takes in a batch, as the producer itself measures it."""
    return int(DefaultRecordBatchBuilder.estimate_size_in_bytes(key, value, headers))


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
    """Stop a producer we are giving up on, and make sure nothing of it lives on.

    `stop()` first flushes what is queued, which waits for ever while the broker is away. A stop
    that times out is not enough on its own: the producer's sender task would keep retrying in
    the background and deliver its stale batches later, after their rows were sent again by a
    fresh producer. So a hung stop ends with the queued batches failed, the sender cancelled and
    the connections closed.
    """
    try:
        await asyncio.wait_for(producer.stop(), timeout_seconds)
    except Exception:
        logger.warning("producer did not stop cleanly; abandoning its queued records")
        await _abandon(producer, timeout_seconds)


async def _abandon(producer: AIOKafkaProducer, timeout_seconds: float) -> None:
    # aiokafka has no public "close without flushing"; these are the parts stop() would close.
    with contextlib.suppress(Exception):
        producer._message_accumulator.fail_all(KafkaError("producer abandoned"))
    sender = getattr(producer, "_sender", None)
    if sender is not None:
        with contextlib.suppress(BaseException):
            await asyncio.wait_for(sender.close(), timeout_seconds)
    with contextlib.suppress(BaseException):
        await asyncio.wait_for(producer.client.close(), timeout_seconds)


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


def is_dead_letter_topic(topic: str) -> bool:
    return topic.endswith(".dlq")


async def ensure_topics(
    bootstrap: str,
    topics: list[str],
    partitions: int = 3,
    replication: int = 1,
    dlq_retention_ms: int = UNLIMITED_RETENTION_MS,
) -> list[str]:
    """Create the topics that do not exist yet; returns the ones created.

    Dead-letter topics keep their records for `dlq_retention_ms` (unlimited by default), set on
    existing ones too: the broker's default would delete unreplayed dead letters after a week.
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    dlq_config = {"retention.ms": str(dlq_retention_ms)}
    try:
        existing = set(await admin.list_topics())
        missing = [topic for topic in topics if topic not in existing]
        if missing:
            # Another starter may win the race; the topic is there, which is all we want.
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(
                    [
                        NewTopic(
                            topic,
                            num_partitions=partitions,
                            replication_factor=replication,
                            topic_configs=dlq_config if is_dead_letter_topic(topic) else {},
                        )
                        for topic in missing
                    ]
                )
        dead_letters = [t for t in topics if t in existing and is_dead_letter_topic(t)]
        if dead_letters:
            await admin.alter_configs(
                [ConfigResource(ConfigResourceType.TOPIC, t, dlq_config) for t in dead_letters]
            )
        return missing
    finally:
        await admin.close()


async def topic_retention(
    bootstrap: str, topics: list[str], timeout_seconds: float
) -> dict[str, timedelta | None]:
    """How long each existing topic keeps its records; None for as long as it exists."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=int(timeout_seconds * 1000)
    )
    await asyncio.wait_for(admin.start(), timeout_seconds)
    try:
        responses = await asyncio.wait_for(
            admin.describe_configs(
                [
                    ConfigResource(ConfigResourceType.TOPIC, topic, {"retention.ms": None})
                    for topic in topics
                ]
            ),
            timeout_seconds,
        )
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(admin.close(), timeout_seconds)
    retention: dict[str, timedelta | None] = {}
    for response in responses:
        for error_code, _message, _type, name, entries in response.resources:
            if error_code:
                continue  # no such topic (yet): nothing it keeps can be replayed
            for key, value, *_ in entries:
                if key == "retention.ms":
                    milliseconds = int(value)
                    retention[name] = (
                        None if milliseconds < 0 else timedelta(milliseconds=milliseconds)
                    )
    return retention


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
