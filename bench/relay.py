"""Benchmark 1: the outbox relay against a raw aiokafka producer, and the relay's publish latency.

Throughput: N outbox rows of ~1 KiB are written up front (COPY of valid envelopes), then an
in-process OutboxRelay publishes them until the backlog is 0. Baseline: a raw producer with the
relay's settings (acks=all, idempotent, no linger) sending the very same records to a topic with
the same partitions, awaiting every acknowledgement — run again with a 5 ms linger, and the faster
of the two is the baseline.

Latency: units of work (the real UnitOfWork, one event per transaction) commit at a steady
offered rate in a process of their own (`bench.commit_load`, after one second of warm-up); an
observer consumer here timestamps each record as it arrives. Commit → seen by a consumer, so it
includes one fetch; the baseline is a raw producer → the same observer.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

import asyncpg

from bench.common import (
    Result,
    Servers,
    bench_prefix,
    fresh_database,
    fresh_topics,
    percentile,
    ratio,
    topic_partitions,
)
from bench.kafkaio import bench_events, observer, produce_all, raw_hop_latency, wait_for
from shared.catalogue import Stream, topic_name
from shared.db import asyncpg_dsn
from shared.events import Event, to_kafka
from shared.heap import freeze_startup_heap
from shared.relay import OutboxRelay


async def _preload(dsn: str, topic: str, events: list[Event]) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.copy_records_to_table(
            "outbox",
            records=[
                (event.id, topic, event.subject, event.type, event.model_dump_json())
                for event in events
            ],
            columns=["event_id", "topic", "key", "event_type", "envelope"],
        )
    finally:
        await conn.close()


async def _run_relay_until(relay: OutboxRelay, total: int, timeout: float) -> float:
    stop = asyncio.Event()
    start = time.perf_counter()
    task = asyncio.create_task(relay.run(stop))
    deadline = time.monotonic() + timeout
    try:
        while relay.published_total < total and time.monotonic() < deadline:
            if task.done():
                task.result()  # raise what stopped it
            await asyncio.sleep(0.005)
        return time.perf_counter() - start
    finally:
        stop.set()
        await task


async def run(servers: Servers, n: int, rate: float, seconds: float) -> Result:
    prefix, lat_prefix = bench_prefix(), bench_prefix()
    relay_topic = topic_name(prefix, Stream.PARTNERSHIPS)
    raw_topic, raw_linger_topic = f"{prefix}.raw", f"{prefix}.raw-linger"
    lat_topic = topic_name(lat_prefix, Stream.PARTNERSHIPS)
    raw_lat_topic = f"{lat_prefix}.raw"
    topics = [relay_topic, raw_topic, raw_linger_topic, lat_topic, raw_lat_topic]
    async with fresh_database(servers, "registry") as url, fresh_topics(servers, topics):
        dsn = asyncpg_dsn(url)
        events = bench_events(n)
        records = [to_kafka(event) for event in events]
        record_size = len(records[0][1])
        await _preload(dsn, relay_topic, events)
        del events
        # A relay's process freezes its start-up heap (shared.heap); this one would otherwise
        # hold the bench's own objects, which every full collection would walk mid-run.
        freeze_startup_heap()

        relay = OutboxRelay(dsn=dsn, bootstrap=servers.kafka_bootstrap)
        relay_seconds = await _run_relay_until(relay, n, timeout=max(120.0, n / 100))
        conn = await asyncpg.connect(dsn)
        try:
            backlog = await conn.fetchval("SELECT count(*) FROM outbox WHERE published_at IS NULL")
        finally:
            await conn.close()

        # The relay's settings, and the same with a 5 ms linger: the baseline is the faster.
        raw_no_linger_seconds = await produce_all(servers, raw_topic, records)
        raw_linger_seconds = await produce_all(servers, raw_linger_topic, records, linger_ms=5)
        raw_seconds = min(raw_no_linger_seconds, raw_linger_seconds)

        del records
        latency = await _relay_latency(servers, url, lat_prefix, lat_topic, rate, seconds)
        hop = await raw_hop_latency(servers, raw_lat_topic, rate, int(rate * seconds))
        partitions = await topic_partitions(servers, relay_topic)

    relay_rate = relay.published_total / relay_seconds
    raw_rate = n / raw_seconds
    value = ratio(relay_rate, raw_rate)
    return Result(
        name="relay",
        figures={
            "n": n,
            "record_value_bytes": record_size,
            "partitions": partitions,
            "relay_events_per_s": round(relay_rate),
            "relay_seconds": round(relay_seconds, 2),
            "backlog_after": backlog,
            "latency_offered_per_s": rate,
            "latency_events": latency["events"],
            "latency_p50_ms": latency["p50_ms"],
            "latency_p99_ms": latency["p99_ms"],
            "latency_lost": latency["lost"],
        },
        baseline={
            "raw_producer_events_per_s": round(raw_rate),
            "raw_producer_seconds": round(raw_seconds, 2),
            "raw_producer_no_linger_events_per_s": round(n / raw_no_linger_seconds),
            "raw_producer_linger_5ms_events_per_s": round(n / raw_linger_seconds),
            "raw_hop_p50_ms": hop["p50_ms"],
            "raw_hop_p99_ms": hop["p99_ms"],
        },
        headline={
            f"events/s (N={n}, {record_size} B)": round(relay_rate),
            f"publish latency p50 ms @{rate:g}/s": latency["p50_ms"],
            f"publish latency p99 ms @{rate:g}/s": latency["p99_ms"],
        },
        baseline_headline={
            "raw producer events/s": round(raw_rate),
            "raw hop p50/p99 ms": f"{hop['p50_ms']}/{hop['p99_ms']}",
        },
        ratio=value,
        target="relay ≥ 0.6 x raw producer (the faster of linger 0 and 5 ms)",
        met=value is not None and value >= 0.6,
        notes=[
            "latency = unit-of-work commit → record seen by a consumer (one fetch included); "
            "baseline hop = raw send → same observer",
        ],
    )


async def _relay_latency(
    servers: Servers, url: str, prefix: str, topic: str, rate: float, seconds: float
) -> dict[str, float]:
    count = int(rate * seconds)
    seen: dict[str, float] = {}
    relay = OutboxRelay(dsn=asyncpg_dsn(url), bootstrap=servers.kafka_bootstrap)
    stop = asyncio.Event()
    relay_task = asyncio.create_task(relay.run(stop))
    try:
        async with observer(servers, topic, seen):
            with tempfile.TemporaryDirectory() as scratch:
                out = Path(scratch) / "committed.json"
                # The load in a process of its own, as the services' writes are: here it would
                # hold up the relay and the observer sharing this event loop.
                load = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "bench.commit_load",
                    url,
                    prefix,
                    str(rate),
                    str(count),
                    str(out),
                )
                if await load.wait() != 0:
                    raise RuntimeError(f"the commit load failed (exit {load.returncode})")
                committed: dict[str, float] = json.loads(out.read_text())
            await wait_for(seen, list(committed))
    finally:
        stop.set()
        await relay_task
    latencies = [seen[i] - committed[i] for i in committed if i in seen]
    return {
        "events": count,
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        "lost": count - len(latencies),
    }
