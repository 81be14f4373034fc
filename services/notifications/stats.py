"""How webhooks are doing: attempt outcomes and latency over a trailing window, open and dead deliveries.

One query serves two readers: `/metrics` (gauges refreshed on each scrape) and
`GET /deliveries/stats` (the ops console's webhook success rate). Both are read from the tables
the dispatcher writes, so every dispatcher replica's attempts count, and the dispatcher needs no
HTTP server of its own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from prometheus_client import CollectorRegistry, Gauge
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from services.notifications.domain import OWNER_DISABLED_REASON
from shared.web.service import Runtime

DEFAULT_WINDOW_SECONDS = 300
OUTCOMES = ("succeeded", "retry_scheduled", "failed", "endpoint_gone")


@dataclass(frozen=True)
class WebhookStats:
    window_seconds: int
    attempts: dict[str, int]  # by outcome, every outcome present
    latency_p50_ms: float | None
    latency_p99_ms: float | None
    open_deliveries: int  # pending or waiting for a retry now
    dead_deliveries: int  # failed after their last attempt, not replayed since

    @property
    def total_attempts(self) -> int:
        return sum(self.attempts.values())

    @property
    def success_rate(self) -> float | None:
        """Share of attempts in the window that got a 2xx; None when there were none."""
        total = self.total_attempts
        return self.attempts["succeeded"] / total if total else None


async def webhook_stats(conn: AsyncConnection, window_seconds: int) -> WebhookStats:
    window = {"window": window_seconds}
    by_outcome = dict.fromkeys(OUTCOMES, 0)
    for outcome, count in await conn.execute(
        text(
            "SELECT outcome, count(*) FROM delivery_attempts"
            " WHERE attempted_at > now() - make_interval(secs => :window) GROUP BY outcome"
        ),
        window,
    ):
        by_outcome[outcome] = count
    p50, p99 = (
        await conn.execute(
            text(
                "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms),"
                " percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms)"
                " FROM delivery_attempts"
                " WHERE attempted_at > now() - make_interval(secs => :window)"
            ),
            window,
        )
    ).one()
    # Both counts use the partial indexes the dispatcher and bulk replay already rely on.
    open_count = await conn.scalar(
        text("SELECT count(*) FROM deliveries WHERE status IN ('pending', 'retrying')")
    )
    dead_count = await conn.scalar(text("SELECT count(*) FROM deliveries WHERE status = 'failed'"))
    return WebhookStats(
        window_seconds=window_seconds,
        attempts=by_outcome,
        latency_p50_ms=None if p50 is None else float(p50),
        latency_p99_ms=None if p99 is None else float(p99),
        open_deliveries=open_count or 0,
        dead_deliveries=dead_count or 0,
    )


@dataclass(frozen=True)
class AttemptBucket:
    start: datetime  # the bucket covers [start, start + bucket_seconds)
    attempts: int
    succeeded: int


async def webhook_trend(
    conn: AsyncConnection, minutes: int, bucket_seconds: int
) -> list[AttemptBucket]:
    """Attempts and successes per bucket over the last `minutes`, oldest first; buckets without
    attempts are left out. The console's success-rate chart when no Prometheus keeps history."""
    rows = await conn.execute(
        text(
            "SELECT date_bin(make_interval(secs => :bucket), attempted_at,"
            " TIMESTAMPTZ '2000-01-01 00:00:00+00') AS start, count(*),"
            " count(*) FILTER (WHERE outcome = 'succeeded')"
            " FROM delivery_attempts WHERE attempted_at > now() - make_interval(mins => :minutes)"
            " GROUP BY 1 ORDER BY 1"
        ),
        {"bucket": bucket_seconds, "minutes": minutes},
    )
    return [AttemptBucket(start, attempts, succeeded) for start, attempts, succeeded in rows]


def webhook_gauges(
    registry: CollectorRegistry, runtime_of: Callable[[], Runtime]
) -> Callable[[], Awaitable[None]]:
    window = DEFAULT_WINDOW_SECONDS
    attempts = Gauge(
        "webhook_attempts_recent",
        f"Webhook attempts in the last {window} s, by outcome",
        ["outcome"],
        registry=registry,
    )
    success = Gauge(
        "webhook_success_rate_recent",
        f"Share of webhook attempts in the last {window} s answered with a 2xx (NaN when none)",
        registry=registry,
    )
    latency = Gauge(
        "webhook_latency_seconds_recent",
        f"Webhook attempt latency over the last {window} s",
        ["quantile"],
        registry=registry,
    )
    open_deliveries = Gauge(
        "webhook_deliveries_open", "Deliveries pending or waiting for a retry", registry=registry
    )
    dead = Gauge(
        "webhook_deliveries_dead", "Deliveries failed after their last attempt", registry=registry
    )
    auto_disabled = Gauge(
        "webhook_subscriptions_auto_disabled",
        "Subscriptions the service disabled (endpoint gone or failing for days), not their owner",
        registry=registry,
    )

    async def refresh() -> None:
        async with runtime_of().engine.connect() as conn:
            stats = await webhook_stats(conn, window)
            disabled_by_us = await conn.scalar(
                text(
                    "SELECT count(*) FROM subscriptions"
                    " WHERE NOT enabled AND disabled_reason IS DISTINCT FROM :owner"
                ),
                {"owner": OWNER_DISABLED_REASON},
            )
        for outcome, count in stats.attempts.items():
            attempts.labels(outcome).set(count)
        rate = stats.success_rate
        success.set(float("nan") if rate is None else rate)
        for quantile, value in (("0.5", stats.latency_p50_ms), ("0.99", stats.latency_p99_ms)):
            latency.labels(quantile).set(float("nan") if value is None else value / 1000)
        open_deliveries.set(stats.open_deliveries)
        dead.set(stats.dead_deliveries)
        auto_disabled.set(disabled_by_us or 0)

    return refresh
