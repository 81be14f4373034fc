"""Benchmark 2: consumer catch-up. A backlog of N valid events sits on a topic; an EventConsumer in
a fresh group applies them, inbox row and all, with a handler in the kit's batched form (one
multi-row INSERT for each run of events, `shared.consumer.Batched`) — and, for comparison, with a
one-INSERT-per-event handler.

Baseline (the ratio): a raw aiokafka consumer doing the same writes with plain asyncpg, batched
per fetch as the EventConsumer batches them — one transaction per fetch claiming every event in
the inbox with one statement and inserting the claimed events' effect rows with another — and
committing offsets as the EventConsumer does (at most once a second, and at the end). A
reference, for what Kafka alone gives: the same raw consumer only reading.
"""

from __future__ import annotations

import asyncio
import time

import asyncpg
from sqlalchemy import text

from bench.common import Result, Servers, bench_prefix, fresh_database, fresh_topics, ratio
from bench.kafkaio import bench_events, new_consumer, produce_all
from shared.catalogue import Stream, topic_name
from shared.consumer import OFFSET_COMMIT_INTERVAL_SECONDS, Batched, EventConsumer, Handler
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


async def insert_effects(uow: UnitOfWork, events: list[Event]) -> None:
    await uow.session.execute(
        text(
            "INSERT INTO effects (event_id, subject)"
            " SELECT * FROM unnest(CAST(:ids AS text[]), CAST(:subjects AS text[]))"
        ),
        {"ids": [event.id for event in events], "subjects": [event.subject for event in events]},
    )


async def _event_consumer(
    servers: Servers, url: str, topic: str, n: int, handler: Handler
) -> float:
    engine = create_engine(url)
    # The pool's first connection is made before the clock starts, as the raw consumer's is.
    async with engine.connect():
        pass
    sessions = session_factory(engine)
    consumer = EventConsumer(
        group_id=f"bench-{random_suffix()}",
        topics=[topic],
        handlers={"partner.registered": handler},
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
    """Raw consumer, offsets committed as the EventConsumer commits them; with `dsn`, each
    fetch's inbox and effect rows are written first, in one transaction (what the EventConsumer
    does, minus the kit)."""
    consumer = new_consumer(servers, topic)
    conn = await asyncpg.connect(dsn) if dsn else None
    group = f"raw-{random_suffix()}"
    start = time.perf_counter()
    await consumer.start()
    count = 0
    last_commit = time.monotonic()
    deadline = time.monotonic() + max(120.0, n / 50)
    try:
        while count < n and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500, max_records=BATCH)
            records = [record for partition in batch.values() for record in partition]
            if conn is not None and records:
                events = [from_kafka(record.value, list(record.headers)) for record in records]
                await _apply_fetch(conn, group, events)
            count += len(records)
            # The EventConsumer's offset policy: at most once a second, and when it is done.
            if batch and (
                count >= n or time.monotonic() >= last_commit + OFFSET_COMMIT_INTERVAL_SECONDS
            ):
                await consumer.commit()
                last_commit = time.monotonic()
        return time.perf_counter() - start
    finally:
        await consumer.stop()
        if conn is not None:
            await conn.close()


async def _apply_fetch(conn: asyncpg.Connection, group: str, events: list[Event]) -> None:
    """One fetch's writes in one transaction: the inbox claim, then the effects of the events
    not seen before."""
    async with conn.transaction():
        claimed = await conn.fetch(
            "INSERT INTO inbox (consumer_group, event_id, event_type)"
            " SELECT $1, id, type FROM unnest($2::text[], $3::text[]) AS claimed(id, type)"
            " ON CONFLICT DO NOTHING RETURNING event_id",
            group,
            [event.id for event in events],
            [event.type for event in events],
        )
        new = {row["event_id"] for row in claimed}
        fresh = [event for event in events if event.id in new]
        await conn.execute(
            "INSERT INTO effects (event_id, subject) SELECT * FROM unnest($1::text[], $2::text[])",
            [event.id for event in fresh],
            [event.subject for event in fresh],
        )


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
        kit_seconds = await _event_consumer(servers, url, topic, n, Batched(insert_effects))
        per_event_seconds = await _event_consumer(servers, url, topic, n, insert_effect)
        raw_seconds = await _raw(servers, topic, n, None)
        raw_db_seconds = await _raw(servers, topic, n, dsn)
        conn = await asyncpg.connect(dsn)
        try:
            effects = await conn.fetchval("SELECT count(*) FROM effects")
        finally:
            await conn.close()
    kit, raw, raw_db = n / kit_seconds, n / raw_seconds, n / raw_db_seconds
    per_event = n / per_event_seconds
    value = ratio(kit, raw_db)
    return Result(
        name="consumer",
        figures={
            "n": n,
            "batch": BATCH,
            "event_consumer_events_per_s": round(kit),
            "event_consumer_seconds": round(kit_seconds, 2),
            "per_event_handler_events_per_s": round(per_event),
            "per_event_handler_ratio": ratio(per_event, raw_db),
            "effect_rows": effects,
            "ratio_vs_raw_read_only": ratio(kit, raw),
        },
        baseline={
            "raw_consumer_same_writes_batched_per_fetch_events_per_s": round(raw_db),
            "raw_consumer_read_only_events_per_s": round(raw),
        },
        ratio=value,
        target="EventConsumer ≥ 0.8 x raw consumer doing the same writes batched per fetch",
        met=value is not None and value >= 0.8,
        headline={
            f"applied events/s, batched handler (N={n})": round(kit),
            "applied events/s, one INSERT per event": round(per_event),
        },
        baseline_headline={
            "raw consumer + same writes batched per fetch events/s": round(raw_db),
            "raw consumer read only events/s": round(raw),
        },
        notes=[
            "effect_rows counts both EventConsumer runs' rows plus the asyncpg baseline's (3 x n)",
        ],
    )
