"""The console's trend charts: the last hour of events per second, lag per group, dead letters
arriving and webhook success, as series of (time, value) points.

Read from Prometheus (`query_range`) when one is configured and answers; otherwise from the ops
watcher's in-memory hour (`/trends`: records written, lag and DLQ depth per check) and the
notifications service's attempts per minute. The answer says which source it used and why, and a
chart whose source fails carries an error in place of its series, so the others still show.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx

from ops.api import OpsApi
from shared.kafka import is_dead_letter_topic

WINDOW_SECONDS = 3600
STEP_SECONDS = 30
SUCCESS_RATE = "success rate"

Point = tuple[float, float]  # seconds since the epoch, value


@dataclass
class Chart:
    id: str
    title: str
    unit: str
    series: dict[str, list[Point]] = field(default_factory=dict)
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        answer: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "unit": self.unit,
            "series": [
                {"name": name, "points": [list(point) for point in points]}
                for name, points in sorted(self.series.items())
            ],
        }
        if self.error is not None:
            answer["error"] = self.error
        return answer


@dataclass(frozen=True)
class Query:
    chart: Chart
    promql: str
    label: str | None  # the label naming each series; None for a single series
    name: str = ""  # that single series' name


def charts() -> list[Chart]:
    """The four charts, empty, in the order the page shows them (one definition for both
    sources: Prometheus, and the watcher with the notifications service)."""
    return [
        Chart("events", "Events per second", "events/s"),
        Chart("lag", "Consumer lag per group", "records"),
        Chart("dlq", "Dead letters arriving", "per minute"),
        Chart("webhooks", "Webhook success", "% of attempts"),
    ]


def prometheus_queries(made: list[Chart]) -> list[Query]:
    events, lag, dlq, webhooks = made
    return [
        Query(
            events, 'sum by (topic) (rate(topic_records_written{topic!~".+\\\\.dlq"}[2m]))', "topic"
        ),
        Query(lag, "max by (group) (consumer_group_lag)", "group"),
        Query(
            dlq,
            'sum by (topic) (increase(topic_records_written{topic=~".+\\\\.dlq"}[1m]))',
            "topic",
        ),
        Query(webhooks, "100 * max(webhook_success_rate_recent)", None, SUCCESS_RATE),
    ]


class PrometheusUnavailable(Exception):
    pass


def _finite(points: list[Point]) -> list[Point]:
    return [(t, v) for t, v in points if math.isfinite(v)]


async def _query_range(
    http: httpx.AsyncClient, url: str, promql: str, start: float, end: float
) -> list[dict[str, Any]]:
    try:
        response = await http.get(
            f"{url.rstrip('/')}/api/v1/query_range",
            params={"query": promql, "start": start, "end": end, "step": STEP_SECONDS},
        )
    except httpx.TransportError as exc:
        raise PrometheusUnavailable(f"{exc.__class__.__name__} from {url}") from None
    if response.status_code != 200:
        raise PrometheusUnavailable(f"{url} answered {response.status_code}")
    result: list[dict[str, Any]] = response.json()["data"]["result"]
    return result


async def from_prometheus(http: httpx.AsyncClient, url: str, now: float) -> list[Chart]:
    """Every chart from Prometheus; PrometheusUnavailable when it does not answer at all."""
    made = charts()
    queries = prometheus_queries(made)
    start = now - WINDOW_SECONDS
    results = await asyncio.gather(
        *(_query_range(http, url, query.promql, start, now) for query in queries),
        return_exceptions=True,
    )
    unavailable = [result for result in results if isinstance(result, PrometheusUnavailable)]
    if len(unavailable) == len(results):
        raise unavailable[0]
    for query, result in zip(queries, results, strict=True):
        if isinstance(result, BaseException):
            query.chart.error = f"{result.__class__.__name__}: {result}"[:300]
            continue
        for series in result:
            name = series["metric"].get(query.label, "(none)") if query.label else query.name
            points = [(float(t), float(v)) for t, v in series["values"]]
            query.chart.series[name] = _finite(points)
    return made


# ----------------------------------------------------------------------------- the fallback


def watcher_charts(history: dict[str, Any]) -> tuple[Chart, Chart, Chart]:
    """Events per second, lag and dead letters per minute from the watcher's samples."""
    events, lag, dlq, _ = charts()
    samples = history["samples"]
    for sample in samples:
        for group, value in sample["lag"].items():
            lag.series.setdefault(group, []).append((sample["time"], float(value)))
    # Rates between consecutive samples; a topic that shrank (recreated) gives no point.
    for before, after in itertools.pairwise(samples):
        elapsed = after["time"] - before["time"]
        if elapsed <= 0:
            continue
        for topic, written in after["written"].items():
            grown = written - before["written"].get(topic, written)
            if grown < 0:
                continue
            if is_dead_letter_topic(topic):
                dlq.series.setdefault(topic, []).append((after["time"], grown * 60 / elapsed))
            else:
                events.series.setdefault(topic, []).append((after["time"], grown / elapsed))
    return events, lag, dlq


def webhook_chart(trend: dict[str, Any]) -> Chart:
    chart = charts()[3]
    points = [
        (datetime.fromisoformat(bucket["start"]).timestamp(), 100 * bucket["succeeded"] / total)
        for bucket in trend["buckets"]
        if (total := bucket["attempts"]) > 0
    ]
    if points:
        chart.series[SUCCESS_RATE] = points
    return chart


def _failed(chart: Chart, exc: BaseException) -> Chart:
    chart.error = f"{exc.__class__.__name__}: {exc}"[:300]
    return chart


async def _watched(http: httpx.AsyncClient, url: str) -> list[Chart]:
    response = await http.get(url)
    response.raise_for_status()
    return list(watcher_charts(response.json()))


async def _webhooks(api: OpsApi) -> list[Chart]:
    trend = await api.get("notifications", "/deliveries/stats/trend", minutes=WINDOW_SECONDS // 60)
    return [webhook_chart(trend)]


async def from_watcher(http: httpx.AsyncClient, api: OpsApi, watch_trends_url: str) -> list[Chart]:
    """The watcher's charts and the notifications service's; either failing leaves the other."""
    watched, webhooks = await asyncio.gather(
        _watched(http, watch_trends_url), _webhooks(api), return_exceptions=True
    )
    empty = charts()
    if isinstance(watched, BaseException):
        watched = [_failed(chart, watched) for chart in empty[:3]]
    if isinstance(webhooks, BaseException):
        webhooks = [_failed(empty[3], webhooks)]
    return [*watched, *webhooks]


async def trends(
    http: httpx.AsyncClient,
    api: OpsApi,
    prometheus_url: str | None,
    watch_trends_url: str,
) -> dict[str, Any]:
    now = time.time()
    note = None
    if prometheus_url:
        try:
            made = await from_prometheus(http, prometheus_url, now)
            return _answer("prometheus", made, now, None)
        except PrometheusUnavailable as exc:
            note = f"Prometheus did not answer ({exc}); the watcher's last hour instead"
    else:
        note = "no Prometheus configured (ALIANZA_OPS_PROMETHEUS_URL); the watcher's last hour"
    return _answer("watcher", await from_watcher(http, api, watch_trends_url), now, note)


def _answer(source: str, made: list[Chart], now: float, note: str | None) -> dict[str, Any]:
    return {
        "source": source,
        "note": note,
        "window_seconds": WINDOW_SECONDS,
        "now": now,
        "charts": [chart.as_json() for chart in made],
    }
