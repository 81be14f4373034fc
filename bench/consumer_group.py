"""Benchmark: consumer catch-up with one member and with three, on six partitions.

A backlog of N valid events sits on a six-partition topic; a consumer group of EventConsumers —
each its own OS process, as `make run REPLICAS=3` runs them — applies them (one INSERT each,
inbox row and all) until every event has its effect row. Timed from the members' start (their
Python start-up included, as a real scale-up pays it) until the last effect row is there.

The baseline is the same group with one member, in the same run. On a two-core machine three
members cannot be three times as fast: the database and the broker share the same cores.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time

import asyncpg
from sqlalchemy import text

from bench.common import Result, Servers, bench_prefix, fresh_database, fresh_topics, ratio
from bench.kafkaio import bench_events, produce_all
from shared.catalogue import Stream, topic_name
from shared.consumer import EventConsumer
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.events import Event, to_kafka
from shared.runtime import run_worker
from shared.uow import UnitOfWork
from tests.support.ids import random_suffix

PARTITIONS = 6
BATCH = 200  # the services' consumer_batch_size
EFFECTS_DDL = "CREATE TABLE effects (event_id text PRIMARY KEY, subject text NOT NULL)"


async def insert_effect(uow: UnitOfWork, event: Event) -> None:
    await uow.session.execute(
        text("INSERT INTO effects (event_id, subject) VALUES (:id, :subject)"),
        {"id": event.id, "subject": event.subject},
    )


def _member(bootstrap: str, url: str, topic: str, group: str) -> None:
    """One member of the group, in its own process, until SIGTERM (as a service's consumer)."""

    async def consume(stop: asyncio.Event) -> None:
        engine = create_engine(url)
        sessions = session_factory(engine)
        consumer = EventConsumer(
            group_id=group,
            topics=[topic],
            handlers={"partner.registered": insert_effect},
            unit_of_work=lambda: UnitOfWork(sessions, source="bench", topic_prefix="bench"),
            bootstrap=bootstrap,
            batch_size=BATCH,
        )
        try:
            await consumer.run(stop)
        finally:
            await engine.dispose()

    run_worker(consume)


async def _catch_up(servers: Servers, url: str, topic: str, n: int, members: int) -> float:
    """Seconds until a fresh group of `members` processes has applied all `n` events."""
    dsn = asyncpg_dsn(url)
    conn = await asyncpg.connect(dsn)
    context = multiprocessing.get_context("spawn")
    group = f"bench-group-{random_suffix()}"
    processes = [
        context.Process(target=_member, args=(servers.kafka_bootstrap, url, topic, group))
        for _ in range(members)
    ]
    try:
        await conn.execute("TRUNCATE effects")
        started = time.perf_counter()
        for process in processes:
            process.start()
        deadline = time.monotonic() + max(180.0, n / 20)
        while await conn.fetchval("SELECT count(*) FROM effects") < n:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{members} member(s) did not apply {n} events in time")
            await asyncio.sleep(0.05)
        return time.perf_counter() - started
    finally:
        for process in processes:
            process.terminate()  # SIGTERM: the member finishes its batch and leaves the group
        for process in processes:
            await asyncio.to_thread(process.join, 30)
            if process.is_alive():
                process.kill()
        await conn.close()


async def run(servers: Servers, n: int) -> Result:
    topic = topic_name(bench_prefix(), Stream.PARTNERSHIPS)
    async with (
        fresh_database(servers, "registry") as url,
        fresh_topics(servers, [topic], partitions=PARTITIONS),
    ):
        conn = await asyncpg.connect(asyncpg_dsn(url))
        try:
            await conn.execute(EFFECTS_DDL)
        finally:
            await conn.close()
        await produce_all(servers, topic, [to_kafka(event) for event in bench_events(n)])
        one = await _catch_up(servers, url, topic, n, members=1)
        three = await _catch_up(servers, url, topic, n, members=3)
    value = ratio(n / three, n / one)
    return Result(
        name="consumer-group",
        figures={
            "n": n,
            "partitions": PARTITIONS,
            "one_member_seconds": round(one, 2),
            "three_members_seconds": round(three, 2),
            "three_members_events_per_s": round(n / three),
        },
        baseline={"one_member_events_per_s": round(n / one)},
        ratio=value,
        target="report only (catch-up with 1 and 3 members)",
        met=None,
        headline={f"3 members: catch-up s (N={n})": round(three, 2)},
        baseline_headline={"1 member: catch-up s": round(one, 2)},
        notes=["each member is its own process; its start-up is inside the time"],
    )
