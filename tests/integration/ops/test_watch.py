"""The ops watcher: lag and DLQ depth gauges, and a lag alert raised and cleared as events."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from aiokafka import TopicPartition
from prometheus_client.parser import text_string_to_metric_families

from chaos.ports import free_port
from ops.watch import EXCEEDED, RECOVERED, Watcher, WatchSettings
from ops.watch_history import serve
from shared.catalogue import Stream, dlq_name, topic_name, validate_payload
from shared.events import from_kafka
from tests.integration.ops.support import dead_letter, event_record
from tests.support.ids import random_suffix
from tests.support.infra import Infra
from tests.support.kafka import commit_offsets, produce, read_to_end
from tests.support.processes import eventually

pytestmark = pytest.mark.integration


def gauge(text: str, name: str, **labels: str) -> float | None:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return float(sample.value)
    return None


async def test_a_paused_group_raises_the_lag_alert_and_clears_it_when_it_catches_up(
    infra: Infra, topic_prefix: str
) -> None:
    bootstrap = infra.kafka_bootstrap
    partnerships = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    ops_topic = topic_name(topic_prefix, Stream.OPS)
    group = f"paused-{random_suffix()}"
    tps = [TopicPartition(partnerships, p) for p in range(3)]
    # The group consumed everything there was (nothing), then paused while records kept coming.
    await commit_offsets(bootstrap, group, dict.fromkeys(tps, 0))
    await produce(
        bootstrap, partnerships, [event_record("partnership.proposed", f"p-{i}") for i in range(6)]
    )
    await produce(
        bootstrap,
        dlq_name(partnerships),
        [dead_letter(event_record("partnership.adopted", "p-x"), original_topic=partnerships)],
    )

    settings = WatchSettings(
        ALIANZA_KAFKA_BOOTSTRAP=bootstrap,
        ALIANZA_TOPIC_PREFIX=topic_prefix,
        ALIANZA_LAG_ALERT_THRESHOLD=3,
        ALIANZA_LAG_ALERT_SECONDS=0.5,
        ALIANZA_LAG_WATCH_INTERVAL_SECONDS=0.2,
    )
    watcher = Watcher(settings)
    port = free_port()
    server = serve("127.0.0.1", port, watcher.registry, watcher.history)
    stop = asyncio.Event()
    running = asyncio.create_task(watcher.run(stop))
    try:

        async def metrics() -> str:
            async with httpx.AsyncClient() as http:
                return (await http.get(f"http://127.0.0.1:{port}/metrics")).text

        async def alert_is(value: float) -> bool:
            return gauge(await metrics(), "consumer_lag_alert", group=group) == value

        await eventually(lambda: alert_is(1.0), timeout=30, interval=0.1, what="the lag alert")
        text = await metrics()
        assert gauge(text, "consumer_group_lag", group=group) == 6
        assert gauge(text, "dlq_depth", topic=dlq_name(partnerships)) == 1
        assert gauge(text, "dlq_depth", topic=dlq_name(ops_topic)) == 0
        assert gauge(text, "consumer_lag_alert_threshold") == 3
        per_partition = [
            gauge(text, "consumer_lag", group=group, topic=partnerships, partition=str(p))
            for p in range(3)
        ]
        assert sum(v or 0 for v in per_partition) == 6
        # Records ever written, for rate(): six events and one dead letter.
        assert gauge(text, "topic_records_written", topic=partnerships) == 6
        assert gauge(text, "topic_records_written", topic=dlq_name(partnerships)) == 1

        # The same figures, sample by sample, for the console's charts without Prometheus.
        async with httpx.AsyncClient() as http:
            trends = (await http.get(f"http://127.0.0.1:{port}/trends")).json()
        assert trends["window_seconds"] == 3600
        latest = trends["samples"][-1]
        assert latest["lag"][group] == 6
        assert latest["written"][partnerships] == 6
        assert latest["dlq_depth"][dlq_name(partnerships)] == 1
        assert [s["time"] for s in trends["samples"]] == sorted(
            s["time"] for s in trends["samples"]
        )

        # The group resumes and catches up: the alert clears.
        _, end = await watcher.kafka.offsets(tps)
        await commit_offsets(bootstrap, group, end)
        await eventually(lambda: alert_is(0.0), timeout=30, interval=0.1, what="the alert to clear")
    finally:
        stop.set()
        await running
        server.shutdown()

    # Read to the end: one alert and one all-clear for the group, no repeats.
    records = await read_to_end(bootstrap, ops_topic)
    events = [from_kafka(r.value, list(r.headers)) for r in records if r.key == group.encode()]
    assert [e.type for e in events] == [EXCEEDED, RECOVERED]
    exceeded, recovered = events
    assert exceeded.source == "/alianza/ops" and exceeded.subject == group
    validate_payload(EXCEEDED, exceeded.data)
    validate_payload(RECOVERED, recovered.data)
    assert exceeded.data["lag"] == 6 and exceeded.data["threshold"] == 3
    assert exceeded.data["topics"] == {partnerships: 6}
    assert exceeded.data["above_for_seconds"] >= 0.5
    assert recovered.data["lag"] == 0
    assert json.loads(records[0].value)  # plain JSON payload, binary-mode CloudEvent


async def test_a_short_spike_raises_no_alert(infra: Infra, topic_prefix: str) -> None:
    partnerships = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    group = f"spike-{random_suffix()}"
    tps = [TopicPartition(partnerships, p) for p in range(3)]
    await commit_offsets(infra.kafka_bootstrap, group, dict.fromkeys(tps, 0))
    await produce(
        infra.kafka_bootstrap,
        partnerships,
        [event_record("partnership.proposed", f"p-{i}") for i in range(4)],
    )
    watcher = Watcher(
        WatchSettings(
            ALIANZA_KAFKA_BOOTSTRAP=infra.kafka_bootstrap,
            ALIANZA_TOPIC_PREFIX=topic_prefix,
            ALIANZA_LAG_ALERT_THRESHOLD=1,
            ALIANZA_LAG_ALERT_SECONDS=60,
        )
    )
    try:
        assert (await watcher.check(now=0.0))[group] == 4
        assert (await watcher.check(now=30.0))[group] == 4  # above, but not for long enough
        assert watcher.alert.labels(group)._value.get() == 0
        _, end = await watcher.kafka.offsets(tps)
        await commit_offsets(infra.kafka_bootstrap, group, end)
        assert (await watcher.check(now=61.0))[group] == 0
        assert watcher.alert.labels(group)._value.get() == 0
    finally:
        await watcher.close()
    records = await read_to_end(infra.kafka_bootstrap, topic_name(topic_prefix, Stream.OPS))
    assert records == []


async def test_the_watcher_keeps_running_when_kafka_is_unreachable() -> None:
    watcher = Watcher(
        WatchSettings(
            ALIANZA_KAFKA_BOOTSTRAP="127.0.0.1:1",
            ALIANZA_LAG_WATCH_INTERVAL_SECONDS=0.1,
            kafka_timeout_seconds=1,
        )
    )
    stop = asyncio.Event()
    running = asyncio.create_task(watcher.run(stop))
    await eventually(
        lambda: asyncio.sleep(0, watcher.failures._value.get() >= 2), timeout=20, what="retries"
    )
    stop.set()
    await running
    assert watcher.kafka_up._value.get() == 0
