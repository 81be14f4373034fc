"""Kafka clients made the same way everywhere: idempotent producers, bounded waits, topic setup,
and one way to say how a client authenticates (TLS, SASL) that every client is built with."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.client import AIOKafkaClient
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from aiokafka.helpers import create_ssl_context
from aiokafka.partitioner import DefaultPartitioner, murmur2
from aiokafka.record.default_records import DefaultRecordBatchBuilder
from pydantic import SecretStr

# Dead letters wait for an operator, however long that takes: -1 keeps them until deleted.
UNLIMITED_RETENTION_MS = -1

# The largest record the system produces: below the broker's default `message.max.bytes`
# (1 048 588) with room for the batch header, so a record we accept the broker accepts too.
MAX_RECORD_BYTES = 1_000_000


def record_size(key: bytes | None, value: bytes | None, headers: list[tuple[str, bytes]]) -> int:
    """Bytes the record takes in a batch, as the producer itself measures it."""
    return int(DefaultRecordBatchBuilder.estimate_size_in_bytes(key, value, headers))


logger = logging.getLogger(__name__)


class SecurityProtocol(StrEnum):
    PLAINTEXT = "PLAINTEXT"
    SSL = "SSL"
    SASL_PLAINTEXT = "SASL_PLAINTEXT"
    SASL_SSL = "SASL_SSL"

    @property
    def uses_tls(self) -> bool:
        return self in (SecurityProtocol.SSL, SecurityProtocol.SASL_SSL)

    @property
    def uses_sasl(self) -> bool:
        return self in (SecurityProtocol.SASL_PLAINTEXT, SecurityProtocol.SASL_SSL)


@dataclass(frozen=True)
class KafkaSecurity:
    """How a client proves who it is to the brokers and checks who they are.

    Built once from settings (`shared.settings.KafkaSettings.kafka_security`) and handed to every
    client: producers, consumers, admin clients, reachability probes. The default speaks plain
    text, as the single local broker does.
    """

    protocol: SecurityProtocol = SecurityProtocol.PLAINTEXT
    sasl_mechanism: str = "SCRAM-SHA-512"
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    # The CA that signed the brokers' certificates; None trusts the system's CAs.
    ssl_cafile: str | None = None
    # A client certificate and its key, for brokers that ask for one (mTLS).
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None

    def problems(self) -> list[str]:
        """What is missing for the chosen protocol (empty when nothing)."""
        found = []
        if self.protocol.uses_sasl and not (self.sasl_username and self.sasl_password):
            found.append(
                f"ALIANZA_KAFKA_SASL_USERNAME and ALIANZA_KAFKA_SASL_PASSWORD are required with "
                f"ALIANZA_KAFKA_SECURITY_PROTOCOL={self.protocol.value}"
            )
        if bool(self.ssl_certfile) != bool(self.ssl_keyfile):
            found.append(
                "ALIANZA_KAFKA_SSL_CERTFILE and ALIANZA_KAFKA_SSL_KEYFILE go together (mTLS)"
            )
        return found

    def client_options(self) -> dict[str, Any]:
        """The keyword arguments every aiokafka client (producer, consumer, admin) takes."""
        options: dict[str, Any] = {"security_protocol": self.protocol.value}
        if self.protocol.uses_tls:
            options["ssl_context"] = self.ssl_context
        if self.protocol.uses_sasl:
            options["sasl_mechanism"] = self.sasl_mechanism
            options["sasl_plain_username"] = self.sasl_username
            password = self.sasl_password
            options["sasl_plain_password"] = password.get_secret_value() if password else None
        return options

    @cached_property
    def ssl_context(self) -> ssl.SSLContext:
        # Made once: the files are read once and every connection of the process shares it.
        context: ssl.SSLContext = create_ssl_context(
            cafile=self.ssl_cafile, certfile=self.ssl_certfile, keyfile=self.ssl_keyfile
        )
        return context


PLAINTEXT = KafkaSecurity()


@lru_cache(maxsize=65_536)
def _key_hash(key: bytes) -> int:
    return int(murmur2(key)) & 0x7FFFFFFF


def keyed_partition(key: bytes | None, all_partitions: list[int], available: list[int]) -> int:
    """The partition aiokafka's (and Java's) default partitioner picks, with each key's hash
    remembered: the pure-Python murmur2 cost ~9 µs a record, and one partnership's events share
    a key. The same key always lands on the same partition, whichever producer sends it."""
    if key is None:
        return int(DefaultPartitioner()(key, all_partitions, available))
    return all_partitions[_key_hash(key) % len(all_partitions)]


def make_producer(
    bootstrap: str, timeout_seconds: float, security: KafkaSecurity = PLAINTEXT
) -> AIOKafkaProducer:
    """An idempotent producer that waits for every in-sync replica (`acks=all`)."""
    timeout_ms = int(timeout_seconds * 1000)
    return AIOKafkaProducer(
        **security.client_options(),
        bootstrap_servers=bootstrap,
        enable_idempotence=True,
        acks="all",
        # No linger: the relay queues a whole batch of records before the producer's sender runs
        # (send() does not yield while the topic's metadata is known), so they go out together
        # anyway, and records queued while a request is in flight wait for it and batch up.
        # Lingering only held each batch's last records back (5 ms on every single event).
        linger_ms=0,
        request_timeout_ms=timeout_ms,
        metadata_max_age_ms=30_000,
        partitioner=keyed_partition,
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


async def kafka_reachable(
    bootstrap: str, timeout_seconds: float = 2.0, security: KafkaSecurity = PLAINTEXT
) -> bool:
    """True when a broker answers a metadata request (after authenticating, when it asks to)."""
    client = AIOKafkaClient(
        **security.client_options(),
        bootstrap_servers=bootstrap,
        request_timeout_ms=int(timeout_seconds * 1000),
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


# What a topic gets on a cluster of three or more brokers, unless settings say otherwise: a write
# is acknowledged once two replicas have it, so one broker can be lost without losing a record
# and without refusing writes.
DEFAULT_REPLICATION_FACTOR = 3
DEFAULT_MIN_INSYNC_REPLICAS = 2


@dataclass(frozen=True)
class TopicPlan:
    """How the system's topics are laid out; read from settings (`shared.settings.TopicSettings`).

    `replication_factor` and `min_insync_replicas` left unset mean "3 and 2, or what the cluster
    can hold": on a smaller cluster (the single local broker) they come down to its broker count,
    and `ensure_topics` logs that they did. Set explicitly, they are asked for as they are, and a
    cluster too small for them refuses the topics.
    """

    partitions: int = 3
    replication_factor: int | None = None
    min_insync_replicas: int | None = None
    # None: the broker's own default (`log.retention.*`).
    retention_ms: int | None = None
    # Dead letters wait for an operator, however long that takes.
    dlq_retention_ms: int = UNLIMITED_RETENTION_MS
    # Per topic, by its name without the prefix ("ops", "partnerships.dlq"): overrides the two above.
    retention_ms_by_topic: Mapping[str, int] = field(default_factory=dict)

    def replication_for(self, brokers: int) -> tuple[int, int]:
        """(replication factor, min.insync.replicas) for a new topic on `brokers` brokers."""
        replication = self.replication_factor or min(DEFAULT_REPLICATION_FACTOR, brokers)
        return replication, self.min_insync_for(replication)

    def min_insync_for(self, replication: int) -> int:
        """min.insync.replicas for a topic kept on `replication` brokers: as set, else 2 of 3
        (one fewer than the copies, at least one). More than the copies would refuse every
        acknowledged write, so that is an error, not a setting to apply."""
        min_insync = self.min_insync_replicas or max(
            1, min(DEFAULT_MIN_INSYNC_REPLICAS, replication - 1)
        )
        if min_insync > replication:
            raise ValueError(
                f"min.insync.replicas {min_insync} exceeds the replication factor {replication}:"
                " every write with acks=all would be refused"
            )
        return min_insync

    def retention_for(self, topic: str) -> int | None:
        for name, retention in self.retention_ms_by_topic.items():
            if topic == name or topic.endswith(f".{name}"):
                return retention
        return self.dlq_retention_ms if is_dead_letter_topic(topic) else self.retention_ms

    def configs_for(self, topic: str, min_insync: int) -> dict[str, str]:
        configs = {"min.insync.replicas": str(min_insync)}
        retention = self.retention_for(topic)
        if retention is not None:
            configs["retention.ms"] = str(retention)
        return configs


async def ensure_topics(
    bootstrap: str,
    topics: list[str],
    plan: TopicPlan | None = None,
    security: KafkaSecurity = PLAINTEXT,
) -> list[str]:
    """Create the topics that do not exist yet as `plan` says; returns the ones created.

    Existing topics get the plan's configuration too (min.insync.replicas, retention), so a
    changed setting takes effect at the next start; their partitions and replicas are left as
    they are (more partitions would move keys to other partitions and break their order).
    """
    plan = plan or TopicPlan()
    admin = AIOKafkaAdminClient(**security.client_options(), bootstrap_servers=bootstrap)
    await admin.start()
    try:
        brokers = len((await admin.describe_cluster())["brokers"])
        replication, min_insync = plan.replication_for(brokers)
        if plan.replication_factor is None and replication < DEFAULT_REPLICATION_FACTOR:
            logger.warning(
                "the cluster has %d broker(s): topics get replication factor %d and "
                "min.insync.replicas %d instead of %d and %d (set ALIANZA_KAFKA_REPLICATION_FACTOR "
                "to insist)",
                brokers,
                replication,
                min_insync,
                DEFAULT_REPLICATION_FACTOR,
                DEFAULT_MIN_INSYNC_REPLICAS,
            )
        existing = set(await admin.list_topics())
        missing = [topic for topic in topics if topic not in existing]
        if missing:
            # Another starter may win the race; the topic is there, which is all we want.
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(
                    [
                        NewTopic(
                            topic,
                            num_partitions=plan.partitions,
                            replication_factor=replication,
                            topic_configs=plan.configs_for(topic, min_insync),
                        )
                        for topic in missing
                    ]
                )
            await _wait_until_led(admin, missing)
        present = [topic for topic in topics if topic in existing]
        if present:
            # Each existing topic's own replication factor, not today's live broker count: a
            # broker restarting during a start must not lower min.insync.replicas for good, and
            # a topic made on one broker keeps a minimum its single copy can meet.
            copies = {
                described["topic"]: len(described["partitions"][0]["replicas"])
                for described in await admin.describe_topics(present)
            }
            # AlterConfigs replaces a topic's overrides as a whole: the plan is their one source.
            responses = await admin.alter_configs(
                [
                    ConfigResource(
                        ConfigResourceType.TOPIC,
                        t,
                        plan.configs_for(t, plan.min_insync_for(copies[t])),
                    )
                    for t in present
                ]
            )
            _raise_refused_configs(responses)
        return missing
    finally:
        await admin.close()


# How long a start waits for the topics it created to be served (a leader for every partition).
TOPIC_READY_TIMEOUT_SECONDS = 30.0


async def _wait_until_led(
    admin: AIOKafkaAdminClient,
    topics: list[str],
    timeout_seconds: float = TOPIC_READY_TIMEOUT_SECONDS,
) -> None:
    """Return once every partition of `topics` has a leader in the broker's metadata.

    CreateTopics answers before the new topics are in every metadata answer: a relay started
    right after took its topic for missing, and a second `ensure_topics` listed the topics without
    it and skipped its configuration. Past the timeout this only warns; the relay waits out a
    missing topic on its own."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_seconds
    while True:
        described = await admin.describe_topics(topics)
        waiting = sorted(
            topic["topic"]
            for topic in described
            if topic["error_code"] != 0
            or not topic["partitions"]
            or any(partition["leader"] < 0 for partition in topic["partitions"])
        )
        if not waiting:
            return
        if loop.time() > deadline:
            logger.warning(
                "topics %s still have no leader %g s after creation", waiting, timeout_seconds
            )
            return
        await asyncio.sleep(0.1)


def _raise_refused_configs(responses: list[Any]) -> None:
    # AlterConfigs answers per topic and aiokafka raises for none of them: a refused setting
    # (an invalid value, a missing ACL) would otherwise pass unnoticed.
    refused = [
        f"{name}: {message or error_code}"
        for response in responses
        for error_code, message, _type, name in response.resources
        if error_code != 0
    ]
    if refused:
        raise KafkaError("topic configuration refused: " + "; ".join(refused))


async def topic_retention(
    bootstrap: str, topics: list[str], timeout_seconds: float, security: KafkaSecurity = PLAINTEXT
) -> dict[str, timedelta | None]:
    """How long each existing topic keeps its records; None for as long as it exists."""
    admin = AIOKafkaAdminClient(
        **security.client_options(),
        bootstrap_servers=bootstrap,
        request_timeout_ms=int(timeout_seconds * 1000),
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


async def delete_topics(
    bootstrap: str, topics: list[str], security: KafkaSecurity = PLAINTEXT
) -> list[str]:
    """Delete those of `topics` that exist; returns the ones deleted.

    Tests and benchmarks create topics under throwaway prefixes; left behind, thousands of them
    make every broker restart load partitions for minutes.
    """
    admin = AIOKafkaAdminClient(**security.client_options(), bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        doomed = [topic for topic in topics if topic in existing]
        if doomed:
            await admin.delete_topics(doomed)
        return doomed
    finally:
        await admin.close()
