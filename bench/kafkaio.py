"""Raw aiokafka helpers: the baselines (a plain producer, a plain consumer) and an observer that
timestamps each record as it arrives."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator, Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from bench.common import Servers, open_loop, padded_partner, percentile
from shared.catalogue import spec_for
from shared.events import Event, KafkaHeaders, to_kafka
from tests.support.ids import random_suffix

Record = tuple[bytes, bytes, KafkaHeaders]


def raw_producer(servers: Servers, linger_ms: int = 0) -> AIOKafkaProducer:
    """The same settings as the relay's producer (shared.kafka.make_producer), spelled out; the
    throughput baseline also tries a 5 ms linger and keeps the faster."""
    return AIOKafkaProducer(
        bootstrap_servers=servers.kafka_bootstrap,
        enable_idempotence=True,
        acks="all",
        linger_ms=linger_ms,
        request_timeout_ms=10_000,
    )


def bench_events(count: int, size: int = 1024, keys: int = 1000) -> list[Event]:
    """`count` valid `partner.registered` events of about `size` bytes over `keys` subjects."""
    payload = padded_partner(size).model_dump(mode="json")
    spec = spec_for("partner.registered")
    subjects = [str(uuid.uuid4()) for _ in range(keys)]
    return [
        Event(
            source="/alianza/bench",
            type=spec.name,
            subject=subjects[index % keys],
            dataschema=spec.dataschema,
            data=payload,
        )
        for index in range(count)
    ]


async def produce_all(
    servers: Servers, topic: str, records: Sequence[Record], linger_ms: int = 0
) -> float:
    """Produce every record (acks=all, idempotent), await every acknowledgement; seconds taken,
    producer start included (as it is for the relay, which starts its producer lazily)."""
    start = time.perf_counter()
    producer = raw_producer(servers, linger_ms)
    await producer.start()
    try:
        futures = [
            await producer.send(topic, value=value, key=key, headers=headers)
            for key, value, headers in records
        ]
        await asyncio.gather(*futures)
        return time.perf_counter() - start
    finally:
        await producer.stop()


def new_consumer(servers: Servers, topic: str, **options: object) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        topic,
        bootstrap_servers=servers.kafka_bootstrap,
        group_id=f"bench-{random_suffix()}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        isolation_level="read_committed",
        **options,
    )


@contextlib.asynccontextmanager
async def observer(
    servers: Servers, topic: str, seen: dict[str, float], timeout: float = 30.0
) -> AsyncIterator[None]:
    """While inside, record `seen[ce_id] = perf_counter()` for every record on `topic`."""
    consumer = new_consumer(servers, topic, fetch_max_wait_ms=100)
    await consumer.start()
    deadline = time.monotonic() + timeout
    while not consumer.assignment() and time.monotonic() < deadline:
        await consumer.getmany(timeout_ms=100)
    stop = asyncio.Event()

    async def watch() -> None:
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=100)
            now = time.perf_counter()
            for records in batch.values():
                for record in records:
                    for name, value in record.headers:
                        if name == "ce_id":
                            seen[value.decode()] = now

    task = asyncio.create_task(watch())
    try:
        yield
    finally:
        stop.set()
        await task
        await consumer.stop()


async def wait_for(seen: dict[str, float], ids: Sequence[str], timeout: float = 30.0) -> None:
    for _ in range(int(timeout / 0.02)):  # bounded: gives up after `timeout`
        if all(i in seen for i in ids):
            return
        await asyncio.sleep(0.02)


async def raw_hop_latency(
    servers: Servers, topic: str, rate: float, count: int
) -> dict[str, float]:
    """Producer send → consumer sees it, one record at a time at a fixed rate: the floor a Kafka
    hop adds (the baseline for the latency figures)."""
    events = bench_events(count, keys=min(count, 100))
    sent: dict[str, float] = {}
    seen: dict[str, float] = {}
    producer = raw_producer(servers)
    await producer.start()
    try:
        async with observer(servers, topic, seen):

            async def one(index: int, scheduled: float) -> None:
                key, value, headers = to_kafka(events[index])
                sent[events[index].id] = time.perf_counter()
                await (await producer.send(topic, value=value, key=key, headers=headers))

            await open_loop(rate, count, one)
            await wait_for(seen, [e.id for e in events])
    finally:
        await producer.stop()
    latencies = [seen[i] - sent[i] for i in sent if i in seen]
    return {
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        "lost": count - len(latencies),
    }
