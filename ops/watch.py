"""The ops watcher: consumer lag and DLQ depth as Prometheus gauges, and lag alerts as events.

    python -m ops.watch            # serves /metrics and /trends on ALIANZA_OPS_METRICS_PORT (default 8009)

Every `ALIANZA_LAG_WATCH_INTERVAL_SECONDS` it computes every consumer group's lag on the prefix's
topics (committed offset vs end offset, as `alianza lag` does) and each dead-letter topic's depth
(end - beginning offsets). A group whose total lag stays above `ALIANZA_LAG_ALERT_THRESHOLD`
(default 1000) for `ALIANZA_LAG_ALERT_SECONDS` (default 60) raises an alert: the gauge
`consumer_lag_alert{group=...}` turns 1 and an `ops.consumer_lag_exceeded` event goes to the
notifications stream; when the lag falls back to the threshold or below, the gauge turns 0 and
`ops.consumer_lag_recovered` follows.

Why no database and no outbox: the watcher owns no state worth a transaction — lag is re-read
from Kafka on every tick — so it publishes with a plain idempotent (`acks=all`) producer. A
publish that fails is retried on the next tick (the alert state only changes once the event is
sent). A restart forgets the alert state: if the lag is still high the alert is raised again
after the window, so `ops.consumer_lag_exceeded` is level-triggered — receivers treat it as "this
group is (still) behind", and duplicates are harmless.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiokafka import AIOKafkaProducer
from prometheus_client import CollectorRegistry, Counter, Gauge
from pydantic import Field

from ops.kafka_tools import Kafka, PartitionLag, lag_by_group
from ops.watch_history import History, Sample, serve
from shared.catalogue import Stream, spec_for, topic_name, validate_payload
from shared.events import Event, to_kafka
from shared.kafka import make_producer, start_bounded, stop_quietly
from shared.logs import configure_logging
from shared.runtime import run_worker, sleep_or_stop
from shared.settings import KafkaSettings

logger = logging.getLogger(__name__)

SOURCE = "/alianza/ops"
EXCEEDED = "ops.consumer_lag_exceeded"
RECOVERED = "ops.consumer_lag_recovered"


class WatchSettings(KafkaSettings):
    topic_prefix: str = Field(default="alianza", validation_alias="ALIANZA_TOPIC_PREFIX")
    log_level: str = Field(default="INFO", validation_alias="ALIANZA_LOG_LEVEL")
    lag_alert_threshold: int = Field(default=1000, validation_alias="ALIANZA_LAG_ALERT_THRESHOLD")
    lag_alert_seconds: float = Field(default=60.0, validation_alias="ALIANZA_LAG_ALERT_SECONDS")
    interval_seconds: float = Field(
        default=15.0, validation_alias="ALIANZA_LAG_WATCH_INTERVAL_SECONDS"
    )
    metrics_host: str = Field(default="127.0.0.1", validation_alias="ALIANZA_HTTP_HOST")
    metrics_port: int = Field(default=8009, validation_alias="ALIANZA_OPS_METRICS_PORT")
    # Only these groups (comma-separated); empty watches every group with offsets on the prefix.
    groups: str = Field(default="", validation_alias="ALIANZA_LAG_WATCH_GROUPS")
    kafka_timeout_seconds: float = 10.0

    @property
    def group_list(self) -> list[str]:
        return [g.strip() for g in self.groups.split(",") if g.strip()]


@dataclass
class GroupState:
    above_since: float | None = None  # monotonic time the lag first exceeded the threshold
    alerted_at: float | None = None  # monotonic time the alert was raised


@dataclass
class Watcher:
    settings: WatchSettings
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)
    states: dict[str, GroupState] = field(default_factory=dict)
    history: History = field(default_factory=History)

    def __post_init__(self) -> None:
        self.kafka = Kafka(
            self.settings.kafka_bootstrap,
            self.settings.kafka_timeout_seconds,
            self.settings.kafka_security,
        )
        self._producer: AIOKafkaProducer | None = None
        r = self.registry
        self.partition_lag = Gauge(
            "consumer_lag",
            "Records a consumer group has not yet committed, per topic and partition",
            ["group", "topic", "partition"],
            registry=r,
        )
        self.group_lag = Gauge(
            "consumer_group_lag", "Total lag of a consumer group", ["group"], registry=r
        )
        self.alert = Gauge(
            "consumer_lag_alert",
            "1 while the group's lag has exceeded the threshold for longer than the window",
            ["group"],
            registry=r,
        )
        self.dlq_depth = Gauge("dlq_depth", "Records on a dead-letter topic", ["topic"], registry=r)
        # Only grows, so Prometheus' rate() gives records per second per topic, and increase()
        # on a `.dlq` topic the dead letters that arrived (depth alone falls with retention).
        self.written = Gauge(
            "topic_records_written",
            "Records ever written to a topic (the sum of its partitions' end offsets)",
            ["topic"],
            registry=r,
        )
        self.threshold = Gauge(
            "consumer_lag_alert_threshold", "The lag alert threshold", registry=r
        )
        self.kafka_up = Gauge(
            "ops_watch_kafka_up", "1 when the last check reached Kafka", registry=r
        )
        self.last_check = Gauge(
            "ops_watch_last_check_timestamp_seconds", "When lag was last computed", registry=r
        )
        self.failures = Counter(
            "ops_watch_check_failures", "Checks that could not reach Kafka", registry=r
        )
        self.alerts_published = Counter(
            "ops_watch_alert_events", "Alert events published", ["type"], registry=r
        )
        self.threshold.set(self.settings.lag_alert_threshold)

    # ----------------------------------------------------------------------- one check

    async def check(self, now: float | None = None) -> dict[str, int]:
        """Compute lag and DLQ depth, update gauges and alerts; returns the lag per group."""
        now = time.monotonic() if now is None else now
        rows = await self.kafka.lag(self.settings.topic_prefix, self.settings.group_list)
        depths = await self._dlq_depth()
        written = await self.kafka.written(self.settings.topic_prefix)
        for topic, count in written.items():
            self.written.labels(topic).set(count)
        self._set_lag(rows)
        totals = lag_by_group(rows)
        self.history.add(Sample(time.time(), written, totals, depths))
        for group in set(self.states) | set(totals):
            await self._evaluate(group, totals.get(group, 0), rows, now)
        self.kafka_up.set(1)
        self.last_check.set(time.time())
        return totals

    def _set_lag(self, rows: list[PartitionLag]) -> None:
        self.partition_lag.clear()
        self.group_lag.clear()
        for row in rows:
            self.partition_lag.labels(row.group, row.topic, str(row.partition)).set(row.lag)
        for group, total in lag_by_group(rows).items():
            self.group_lag.labels(group).set(total)

    async def _dlq_depth(self) -> dict[str, int]:
        depths = await self.kafka.dlq_depths(self.settings.topic_prefix)
        for topic, depth in depths.items():
            self.dlq_depth.labels(topic).set(depth)
        return depths

    async def _evaluate(self, group: str, lag: int, rows: list[PartitionLag], now: float) -> None:
        state = self.states.setdefault(group, GroupState())
        threshold = self.settings.lag_alert_threshold
        if lag > threshold:
            if state.above_since is None:
                state.above_since = now
            above_for = now - state.above_since
            if state.alerted_at is None and above_for >= self.settings.lag_alert_seconds:
                topics: dict[str, int] = {}
                for row in rows:
                    if row.group == group:
                        topics[row.topic] = topics.get(row.topic, 0) + row.lag
                await self.publish(
                    EXCEEDED,
                    group,
                    {
                        "group": group,
                        "lag": lag,
                        "threshold": threshold,
                        "above_for_seconds": round(above_for, 3),
                        "topics": topics,
                        "detected_at": datetime.now(UTC),
                    },
                )
                state.alerted_at = now
                logger.warning("consumer group %s lags %d (> %d)", group, lag, threshold)
        else:
            state.above_since = None
            if state.alerted_at is not None:
                await self.publish(
                    RECOVERED,
                    group,
                    {
                        "group": group,
                        "lag": lag,
                        "threshold": threshold,
                        "alerted_for_seconds": round(now - state.alerted_at, 3),
                        "recovered_at": datetime.now(UTC),
                    },
                )
                state.alerted_at = None
                logger.info("consumer group %s caught up (lag %d)", group, lag)
        self.alert.labels(group).set(1 if state.alerted_at is not None else 0)

    # ----------------------------------------------------------------------- events

    async def publish(self, event_type: str, group: str, data: dict[str, Any]) -> None:
        payload = validate_payload(event_type, data).model_dump(mode="json")
        spec = spec_for(event_type)
        event = Event(
            source=SOURCE,
            type=event_type,
            subject=group,
            data=payload,
            dataschema=spec.dataschema,
        )
        key, value, headers = to_kafka(event)
        producer = await self._ensure_producer()
        topic = topic_name(self.settings.topic_prefix, Stream.OPS)
        delivery = await producer.send(topic, key=key, value=value, headers=headers)
        await asyncio.wait_for(delivery, self.settings.kafka_timeout_seconds)
        self.alerts_published.labels(event_type).inc()

    async def _ensure_producer(self) -> AIOKafkaProducer:
        if self._producer is None:
            producer = make_producer(
                self.settings.kafka_bootstrap,
                self.settings.kafka_timeout_seconds,
                self.settings.kafka_security,
            )
            await start_bounded(producer, self.settings.kafka_timeout_seconds)
            self._producer = producer
        return self._producer

    async def close(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            await stop_quietly(producer, self.settings.kafka_timeout_seconds)

    # ----------------------------------------------------------------------- loop

    async def run(self, stop: asyncio.Event) -> None:
        try:
            while not stop.is_set():
                try:
                    await self.check()
                except Exception as exc:
                    # Never die on a broker outage: report it and try again next tick.
                    self.kafka_up.set(0)
                    self.failures.inc()
                    logger.warning("lag check failed: %r", exc)
                    await self.close()
                await sleep_or_stop(stop, self.settings.interval_seconds)
        finally:
            await self.close()


def main() -> None:
    settings = WatchSettings()
    configure_logging("ops-watch", settings.log_level)
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    watcher = Watcher(settings)
    serve(settings.metrics_host, settings.metrics_port, watcher.registry, watcher.history)
    logger.info(
        "ops watcher: /metrics and /trends on %s:%d, threshold %d for %.0fs, every %.0fs",
        settings.metrics_host,
        settings.metrics_port,
        settings.lag_alert_threshold,
        settings.lag_alert_seconds,
        settings.interval_seconds,
    )
    run_worker(watcher.run)


if __name__ == "__main__":
    main()
