"""Benchmark 2: consumer catch-up. A backlog of N valid events sits on a topic; an EventConsumer in
a fresh group applies them with a trivial handler (one INSERT), inbox row and all.

Baseline (the ratio): a raw aiokafka consumer reading the same records, committing offsets after
each batch. A second reference, for what the database costs: the same raw consumer doing the
same per-record transaction (inbox row + effect row) with plain asyncpg.
"""

from __future__ import annotations

import asyncio
import time

import asyncpg
from sqlalchemy import text

from bench.common import Result, Servers, bench_prefix, fresh_database, fresh_topics, ratio
from bench.kafkaio import bench_events, new_consumer, produce_all
from shared.catalogue import Stream, topic_name
from shared.consumer import EventConsumer
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.events import Event, from_kafka, to_kafka
from shared.uow import UnitOfWork
from tests.support.ids import random_suffix

EFFECTS_DDL = "CREATE TABLE effects (event_id text NOT NULL, subject text NOT NULL)"
BATCH = 200  # the services' consumer_batch_size


async def insert_effect(uow: UnitOfWork, event: Event) -> None:
    await uow.session.execute(
        text("INSERT INTO effects (event_id, subject) VALUES (:id, :subject)"),
        {"id": event.id, "subject": event.subject},
    )


async def _event_consumer(servers: Servers, url: str, topic: str, n: int) -> float:
    engine = create_engine(url)
    sessions = session_factory(engine)
    consumer = EventConsumer(
        group_id=f"bench-{random_suffix()}",
        topics=[topic],
        handlers={"partner.registered": insert_effect},
        unit_of_work=lambda: UnitOfWork(sessions, source="bench", topic_prefix="bench"),
        bootstrap=servers.kafka_bootstrap,
        batch_size=BATCH,
    )
    stop = asyncio.Event()
    start = time.perf_counter()
    task = asyncio.create_task(consumer.run(stop))
    deadline = time.monotonic() + max(120.0, n / 50)
    try:
        while consumer.stats.applied < n and time.monotonic() < deadline:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        return time.perf_counter() - start
    finally:
        stop.set()
        await task
        await engine.dispose()


async def _raw(servers: Servers, topic: str, n: int, dsn: str | None) -> float:
    """Raw consumer, offsets committed per batch; with `dsn`, each record's inbox + effect rows
    are written in their own transaction first (what the EventConsumer does, minus the kit)."""
    consumer = new_consumer(servers, topic)
    conn = await asyncpg.connect(dsn) if dsn else None
    group = f"raw-{random_suffix()}"
    start = time.perf_counter()
    await consumer.start()
    count = 0
    deadline = time.monotonic() + max(120.0, n / 50)
    try:
        while count < n and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500, max_records=BATCH)
            for records in batch.values():
                for record in records:
                    if conn is not None:
                        event = from_kafka(record.value, list(record.headers))
                        async with conn.transaction():
                            await conn.execute(
                                "INSERT INTO inbox (consumer_group, event_id, event_type)"
                                " VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                                group,
                                event.id,
                                event.type,
                            )
                            await conn.execute(
                                "INSERT INTO effects (event_id, subject) VALUES ($1, $2)",
                                event.id,
                                event.subject,
                            )
                    count += 1
            if batch:
                await consumer.commit()
        return time.perf_counter() - start
    finally:
        await consumer.stop()
        if conn is not None:
            await conn.close()


async def run(servers: Servers, n: int) -> Result:
    topic = topic_name(bench_prefix(), Stream.PARTNERSHIPS)
    async with fresh_database(servers, "registry") as url, fresh_topics(servers, [topic]):
        dsn = asyncpg_dsn(url)
        conn = await asyncpg.connect(dsn)
        try:
            await conn.execute(EFFECTS_DDL)
        finally:
            await conn.close()
        await produce_all(servers, topic, [to_kafka(event) for event in bench_events(n)])
        kit_seconds = await _event_consumer(servers, url, topic, n)
        raw_seconds = await _raw(servers, topic, n, None)
        raw_db_seconds = await _raw(servers, topic, n, dsn)
        conn = await asyncpg.connect(dsn)
        try:
            effects = await conn.fetchval("SELECT count(*) FROM effects")
        finally:
            await conn.close()
    kit, raw, raw_db = n / kit_seconds, n / raw_seconds, n / raw_db_seconds
    value = ratio(kit, raw)
    return Result(
        name="consumer",
        figures={
            "n": n,
            "batch": BATCH,
            "event_consumer_events_per_s": round(kit),
            "event_consumer_seconds": round(kit_seconds, 2),
            "effect_rows": effects,
            "ratio_vs_raw_with_same_db_writes": ratio(kit, raw_db),
        },
        baseline={
            "raw_consumer_events_per_s": round(raw),
            "raw_consumer_with_asyncpg_tx_per_record_events_per_s": round(raw_db),
        },
        ratio=value,
        target="EventConsumer ≥ 0.5 x raw consumer",
        met=value is not None and value >= 0.5,
        headline={
            f"applied events/s (N={n})": round(kit),
            "vs raw + same asyncpg writes": ratio(kit, raw_db),
        },
        baseline_headline={
            "raw consumer events/s": round(raw),
            "raw + asyncpg tx/record events/s": round(raw_db),
        },
        notes=[
            "effect_rows counts the EventConsumer's rows plus the asyncpg reference's (2 x n)",
        ],
    )
