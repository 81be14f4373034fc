"""Reading the system's topics from outside: records, consumer lag, topic figures, dead letters.

Nothing here joins a consumer group: records are read by partition assignment with no group id,
so looking never moves a service's offsets. Every wait on the broker is bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import json
from collections.abc import AsyncGenerator, AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.coordinator.protocol import ConsumerProtocolMemberMetadata
from aiokafka.errors import KafkaError

from ops.errors import OpsError
from shared.catalogue import Stream, dlq_name, topic_name
from shared.kafka import (
    PLAINTEXT,
    KafkaSecurity,
    kafka_reachable,
    make_producer,
    start_bounded,
    stop_quietly,
)


@dataclass(frozen=True)
class Record:
    """One Kafka record with its headers decoded where they are text."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...]

    def header(self, name: str) -> str | None:
        for header, raw in self.headers:
            if header == name:
                return raw.decode(errors="replace")
        return None

    @property
    def key_text(self) -> str | None:
        return None if self.key is None else self.key.decode(errors="replace")

    @property
    def event_type(self) -> str | None:
        return self.header("ce_type")

    @property
    def source(self) -> str | None:
        return self.header("ce_source")

    @property
    def time(self) -> datetime:
        """The event's `ce_time`, else the record's broker timestamp."""
        return parse_time(self.header("ce_time")) or datetime.fromtimestamp(
            self.timestamp_ms / 1000, UTC
        )

    @property
    def is_dead_letter(self) -> bool:
        return self.header("dlq_reason") is not None

    def payload(self) -> Any:
        """The value as JSON when it is JSON, else as text (or None)."""
        if self.value is None:
            return None
        try:
            return json.loads(self.value)
        except (UnicodeDecodeError, json.JSONDecodeError):
            return self.value.decode(errors="replace")

    def original_headers(self) -> list[tuple[str, bytes]]:
        """The headers the record had before it was dead-lettered."""
        return [(name, raw) for name, raw in self.headers if not name.startswith("dlq_")]

    def as_json(self) -> dict[str, Any]:
        ce = {
            name[3:]: raw.decode(errors="replace")
            for name, raw in self.headers
            if name.startswith("ce_")
        }
        found: dict[str, Any] = {
            "time": self.time.isoformat(),
            "topic": self.topic,
            "partition": self.partition,
            "offset": self.offset,
            "key": self.key_text,
            "type": ce.get("type"),
            "subject": ce.get("subject"),
            "source": ce.get("source"),
            "id": ce.get("id"),
            "correlationid": ce.get("correlationid"),
            "causationid": ce.get("causationid"),
            "data": self.payload(),
        }
        if self.is_dead_letter:
            found["dead_letter"] = dead_letter_info(self)
        return found


def dead_letter_info(record: Record) -> dict[str, Any]:
    partition = record.header("dlq_original_partition")
    offset = record.header("dlq_original_offset")
    return {
        "reason": record.header("dlq_reason"),
        "error": record.header("dlq_error"),
        "original_topic": record.header("dlq_original_topic"),
        "original_partition": int(partition) if partition and partition.isdigit() else None,
        "original_offset": int(offset) if offset and offset.isdigit() else None,
        "consumer_group": record.header("dlq_consumer_group"),
        "failed_at": record.header("dlq_failed_at"),
    }


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _to_record(raw: Any) -> Record:
    return Record(
        topic=raw.topic,
        partition=raw.partition,
        offset=raw.offset,
        timestamp_ms=raw.timestamp,
        key=raw.key,
        value=raw.value,
        headers=tuple(raw.headers),
    )


# --------------------------------------------------------------------------- topic names


def stream_topics(prefix: str) -> list[str]:
    return [topic_name(prefix, stream) for stream in Stream]


def dlq_topics(prefix: str) -> list[str]:
    return [dlq_name(topic) for topic in stream_topics(prefix)]


def resolve_topic(prefix: str, name: str) -> str:
    """`partnerships`, `partnerships.dlq` or a full `<prefix>.partnerships` name, as a full name."""
    return name if name.startswith(f"{prefix}.") else f"{prefix}.{name}"


def matches_service(record: Record, service: str) -> bool:
    source = record.source or ""
    return source == service or source.rstrip("/").rsplit("/", 1)[-1] == service


@dataclass(frozen=True)
class RecordFilter:
    """What `tail` and `dlq replay --all` select by; empty fields select everything."""

    types: tuple[str, ...] = ()  # glob patterns on ce_type, e.g. `partnership.*`
    partnership: str | None = None
    services: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()  # dlq_reason

    def __call__(self, record: Record) -> bool:
        if self.types and not any(
            fnmatch.fnmatchcase(record.event_type or "", pattern) for pattern in self.types
        ):
            return False
        if self.partnership and self.partnership not in (
            record.key_text,
            record.header("ce_subject"),
        ):
            return False
        if self.services and not any(matches_service(record, s) for s in self.services):
            return False
        return not (self.reasons and record.header("dlq_reason") not in self.reasons)


# --------------------------------------------------------------------------- clients


class Kafka:
    """Bounded access to one cluster for one command."""

    def __init__(
        self, bootstrap: str, timeout: float = 10.0, security: KafkaSecurity = PLAINTEXT
    ) -> None:
        self.bootstrap = bootstrap
        self.timeout = timeout
        self.security = security

    async def check(self) -> None:
        if not await kafka_reachable(self.bootstrap, min(self.timeout, 5.0), self.security):
            hint = (
                " If it is, check ALIANZA_KAFKA_SASL_USERNAME / _PASSWORD and _SSL_CAFILE: a "
                "refused login looks the same from here."
                if self.security.protocol.uses_sasl
                else ""
            )
            raise OpsError(
                f"Kafka is not reachable at {self.bootstrap}. Is the stack running? "
                "Start it with `make run`, or point --bootstrap / ALIANZA_KAFKA_BOOTSTRAP at a broker."
                + hint
            )

    @contextlib.asynccontextmanager
    async def admin(self) -> AsyncIterator[AIOKafkaAdminClient]:
        await self.check()
        admin = AIOKafkaAdminClient(
            **self.security.client_options(),
            bootstrap_servers=self.bootstrap,
            request_timeout_ms=int(self.timeout * 1000),
        )
        await asyncio.wait_for(admin.start(), self.timeout)
        try:
            yield admin
        finally:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(admin.close(), self.timeout)

    @contextlib.asynccontextmanager
    async def consumer(self) -> AsyncIterator[AIOKafkaConsumer]:
        """A consumer with no group: it reads by assignment and never commits."""
        await self.check()
        consumer = AIOKafkaConsumer(
            **self.security.client_options(),
            bootstrap_servers=self.bootstrap,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            request_timeout_ms=int(max(self.timeout, 5) * 4000),
        )
        await asyncio.wait_for(consumer.start(), self.timeout)
        try:
            yield consumer
        finally:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(consumer.stop(), self.timeout)

    # ----------------------------------------------------------------------- topics

    async def describe(self, topics: Iterable[str]) -> dict[str, list[int]]:
        """Partition numbers of each topic that exists (unknown topics are left out)."""
        wanted = list(dict.fromkeys(topics))
        async with self.admin() as admin:
            existing = set(await admin.list_topics())
            known = [t for t in wanted if t in existing]
            described = await admin.describe_topics(known) if known else []
        return {d["topic"]: sorted(p["partition"] for p in d["partitions"]) for d in described}

    async def partitions(
        self, consumer: AIOKafkaConsumer, topics: Iterable[str]
    ) -> list[TopicPartition]:
        """Every partition of the topics; an unknown topic is an OpsError naming it."""
        wanted = list(dict.fromkeys(topics))
        found = await self.describe(wanted)
        result: list[TopicPartition] = []
        for topic in wanted:
            if topic not in found:
                raise OpsError(f"topic {topic!r} does not exist (check --prefix / --topic)")
            result += [TopicPartition(topic, p) for p in found[topic]]
        return result

    async def scan(self, topics: Iterable[str]) -> AsyncGenerator[Record, None]:
        """Every record now on the topics, from the beginning to the end offsets taken at the start."""
        async with self.consumer() as consumer:
            tps = await self.partitions(consumer, topics)
            if not tps:
                return
            consumer.assign(tps)
            end = await asyncio.wait_for(consumer.end_offsets(tps), self.timeout)
            begin = await asyncio.wait_for(consumer.beginning_offsets(tps), self.timeout)
            pending = {tp for tp in tps if end[tp] > begin[tp]}
            for tp in tps:
                consumer.seek(tp, begin[tp])
            idle_deadline = asyncio.get_running_loop().time() + self.timeout
            while pending:
                batch = await consumer.getmany(*pending, timeout_ms=500)
                if batch:
                    idle_deadline = asyncio.get_running_loop().time() + self.timeout
                for tp, records in batch.items():
                    for raw in records:
                        if raw.offset < end[tp]:
                            yield _to_record(raw)
                for tp in list(pending):
                    if await consumer.position(tp) >= end[tp]:
                        pending.discard(tp)
                if pending and asyncio.get_running_loop().time() > idle_deadline:
                    raise OpsError(f"Kafka stopped answering while reading {sorted(topics)}")

    async def follow(
        self,
        topics: Iterable[str],
        *,
        from_beginning: bool = False,
        last: int = 0,
        positioned: asyncio.Event | None = None,
    ) -> AsyncGenerator[Record, None]:
        """Records as they arrive, after the ones already there: all of them with
        `from_beginning`, else the `last` few of each partition. `positioned` is set once every
        partition's start offset is fixed, so a record written after that is never missed."""
        async with self.consumer() as consumer:
            tps = await self.partitions(consumer, topics)
            consumer.assign(tps)
            begin = await asyncio.wait_for(consumer.beginning_offsets(tps), self.timeout)
            end = await asyncio.wait_for(consumer.end_offsets(tps), self.timeout)
            for tp in tps:
                start = begin[tp] if from_beginning else max(begin[tp], end[tp] - last)
                consumer.seek(tp, start)
            if positioned is not None:
                positioned.set()
            while True:
                batch = await consumer.getmany(timeout_ms=500)
                records = [_to_record(raw) for part in batch.values() for raw in part]
                # Across partitions there is no order; the event time is the closest we have.
                for record in sorted(records, key=lambda r: (r.timestamp_ms, r.offset)):
                    yield record

    async def fetch(self, topic: str, partition: int, offset: int) -> Record:
        """The one record at topic[partition]@offset."""
        async with self.consumer() as consumer:
            tps = await self.partitions(consumer, [topic])
            tp = TopicPartition(topic, partition)
            if tp not in tps:
                raise OpsError(f"{topic} has no partition {partition}")
            consumer.assign([tp])
            begin = (await consumer.beginning_offsets([tp]))[tp]
            end = (await consumer.end_offsets([tp]))[tp]
            if not begin <= offset < end:
                raise OpsError(
                    f"{topic}[{partition}] has no record at offset {offset} "
                    f"(it holds offsets {begin}..{end - 1})"
                    if end > begin
                    else f"{topic}[{partition}] has no record at offset {offset} (it is empty)"
                )
            consumer.seek(tp, offset)
            deadline = asyncio.get_running_loop().time() + self.timeout
            while asyncio.get_running_loop().time() < deadline:
                batch = await consumer.getmany(tp, timeout_ms=500)
                for raw in batch.get(tp, []):
                    if raw.offset == offset:
                        return _to_record(raw)
                    if raw.offset > offset:
                        raise OpsError(f"{topic}[{partition}]@{offset} is gone (compacted?)")
            raise OpsError(f"timed out reading {topic}[{partition}]@{offset}")

    async def send(self, records: list[tuple[str, Record]]) -> None:
        """Send each record's key, value and original headers to the given topic."""
        producer = make_producer(self.bootstrap, self.timeout, self.security)
        await self.check()
        await start_bounded(producer, self.timeout)
        try:
            futures = [
                await producer.send(
                    topic, key=record.key, value=record.value, headers=record.original_headers()
                )
                for topic, record in records
            ]
            await asyncio.wait_for(asyncio.gather(*futures), self.timeout)
        finally:
            await stop_quietly(producer, self.timeout)

    # ----------------------------------------------------------------------- figures

    async def offsets(
        self, tps: list[TopicPartition]
    ) -> tuple[dict[TopicPartition, int], dict[TopicPartition, int]]:
        """Beginning and end offsets of the partitions."""
        if not tps:
            return {}, {}
        async with self.consumer() as consumer:
            begin = await asyncio.wait_for(consumer.beginning_offsets(tps), self.timeout)
            end = await asyncio.wait_for(consumer.end_offsets(tps), self.timeout)
        return dict(begin), dict(end)

    async def dlq_depths(self, prefix: str) -> dict[str, int]:
        """Records on each of the prefix's dead-letter topics that exists."""
        partitions = await self.describe(dlq_topics(prefix))
        tps = [TopicPartition(t, p) for t, parts in partitions.items() for p in parts]
        begin, end = await self.offsets(tps)
        return {
            topic: sum(end[tp] - begin[tp] for tp in tps if tp.topic == topic)
            for topic in partitions
        }

    async def written(self, prefix: str) -> dict[str, int]:
        """Records ever written to each of the prefix's stream and dead-letter topics that exists:
        the sum of its partitions' end offsets, which only grows (retention does not lower it)."""
        partitions = await self.describe([*stream_topics(prefix), *dlq_topics(prefix)])
        tps = [TopicPartition(t, p) for t, parts in partitions.items() for p in parts]
        _, end = await self.offsets(tps)
        return {topic: sum(end[tp] for tp in tps if tp.topic == topic) for topic in partitions}

    async def topics(self, prefix: str) -> list[TopicInfo]:
        async with self.admin() as admin:
            names = sorted(t for t in await admin.list_topics() if t.startswith(f"{prefix}."))
            if not names:
                return []
            described = await admin.describe_topics(names)
            responses = await admin.describe_configs(
                [ConfigResource(ConfigResourceType.TOPIC, name) for name in names]
            )
        partitions = {
            d["topic"]: sorted(p["partition"] for p in d["partitions"]) for d in described
        }
        configs: dict[str, dict[str, str]] = {}
        for response in responses:
            for resource in response.resources:
                configs[resource[3]] = {entry[0]: entry[1] for entry in resource[4]}
        tps = [TopicPartition(n, p) for n in names for p in partitions.get(n, [])]
        begin, end = await self.offsets(tps)
        return [
            TopicInfo(
                name=name,
                partitions=len(partitions.get(name, [])),
                records=sum(end[tp] - begin[tp] for tp in tps if tp.topic == name),
                retention_ms=_int_or_none(configs.get(name, {}).get("retention.ms")),
                retention_bytes=_int_or_none(configs.get(name, {}).get("retention.bytes")),
                cleanup_policy=configs.get(name, {}).get("cleanup.policy"),
            )
            for name in names
        ]

    async def lag(self, prefix: str, groups: Iterable[str] = ()) -> list[PartitionLag]:
        """Every consumer group's lag on the prefix's topics, per topic and partition."""
        wanted = set(groups)
        async with self.admin() as admin:
            listed = [g[0] for g in await admin.list_consumer_groups()]
            names = sorted(g for g in listed if not wanted or g in wanted)
            committed: dict[str, dict[TopicPartition, int]] = {}
            # Topics per group: those it committed offsets on, and those its live members
            # subscribe to (a group that has consumed nothing yet lags too).
            group_topics: dict[str, set[str]] = {}
            subscribed = await _subscriptions(admin, names) if names else {}
            for group in names:
                offsets = await admin.list_consumer_group_offsets(group)
                mine = {
                    tp: meta.offset
                    for tp, meta in offsets.items()
                    if tp.topic.startswith(f"{prefix}.")
                }
                topics_of = {tp.topic for tp in mine} | {
                    t for t in subscribed.get(group, set()) if t.startswith(f"{prefix}.")
                }
                if topics_of:
                    committed[group] = mine
                    group_topics[group] = topics_of
            topics = sorted(set().union(*group_topics.values())) if group_topics else []
            described = await admin.describe_topics(topics) if topics else []
        partitions = {
            d["topic"]: sorted(p["partition"] for p in d["partitions"]) for d in described
        }
        tps = [TopicPartition(t, p) for t in topics for p in partitions.get(t, [])]
        begin, end = await self.offsets(tps)
        rows: list[PartitionLag] = []
        for group, offsets in committed.items():
            for topic in sorted(group_topics[group]):
                for partition in partitions.get(topic, []):
                    tp = TopicPartition(topic, partition)
                    done = offsets.get(tp)
                    done = done if done is not None and done >= 0 else None
                    # No commit yet: the group (auto_offset_reset=earliest) starts at the beginning.
                    start = done if done is not None else begin.get(tp, 0)
                    rows.append(
                        PartitionLag(
                            group=group,
                            topic=topic,
                            partition=partition,
                            committed=done,
                            end=end.get(tp, 0),
                            lag=max(end.get(tp, 0) - start, 0),
                        )
                    )
        return rows


async def _subscriptions(admin: AIOKafkaAdminClient, groups: list[str]) -> dict[str, set[str]]:
    """The topics the live members of each consumer group subscribe to."""
    found: dict[str, set[str]] = {}
    # One group per request: aiokafka 0.14 fails to decode Kafka 4.1's answer for several
    # groups at once (a buffer underrun that closes the connection); one at a time decodes.
    responses = [r for g in groups for r in await admin.describe_consumer_groups([g])]
    for response in responses:
        for _error, group, _state, protocol_type, _protocol, members in response.groups:
            if protocol_type != "consumer":
                continue
            for member in members:
                metadata = member[3]
                if metadata:
                    decoded = ConsumerProtocolMemberMetadata.decode(metadata)
                    found.setdefault(group, set()).update(decoded.subscription)
    return found


def _int_or_none(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class TopicInfo:
    name: str
    partitions: int
    records: int
    retention_ms: int | None
    retention_bytes: int | None
    cleanup_policy: str | None


@dataclass(frozen=True)
class PartitionLag:
    group: str
    topic: str
    partition: int
    committed: int | None
    end: int
    lag: int


def lag_by_group(rows: Iterable[PartitionLag]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for row in rows:
        totals[row.group] = totals.get(row.group, 0) + row.lag
    return totals


__all__ = [
    "KafkaError",
    "OpsError",
    "PartitionLag",
    "Record",
    "RecordFilter",
    "TopicInfo",
]
