"""The figures beside the feed: consumer lag per group, DLQ depth per topic, webhook outcomes,
the lag watcher's alerts and the supervised processes. Each source that cannot be read becomes an error string in its
place, so a partial picture still shows."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from prometheus_client.parser import text_string_to_metric_families

from ops.api import OpsApi
from ops.kafka_tools import Kafka, PartitionLag


def lag_groups(rows: list[PartitionLag]) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        group = groups.setdefault(row.group, {"group": row.group, "lag": 0, "partitions": []})
        group["lag"] += row.lag
        group["partitions"].append(
            {
                "topic": row.topic,
                "partition": row.partition,
                "committed": row.committed,
                "end": row.end,
                "lag": row.lag,
            }
        )
    return sorted(groups.values(), key=lambda g: str(g["group"]))


def alerts_from_metrics(text: str) -> dict[str, bool]:
    """Group -> alert raised, from the watcher's `consumer_lag_alert{group=...}` gauge."""
    found: dict[str, bool] = {}
    for family in text_string_to_metric_families(text):
        if family.name == "consumer_lag_alert":
            for sample in family.samples:
                found[sample.labels["group"]] = sample.value >= 1
    return found


async def _lag(kafka: Kafka, prefix: str) -> dict[str, Any]:
    return {"groups": lag_groups(await kafka.lag(prefix))}


async def _dlq(kafka: Kafka, prefix: str) -> dict[str, Any]:
    depths = await kafka.dlq_depths(prefix)
    return {"topics": [{"topic": t, "depth": d} for t, d in sorted(depths.items())]}


async def _webhooks(api: OpsApi) -> dict[str, Any]:
    stats: dict[str, Any] = await api.get("notifications", "/deliveries/stats")
    return stats


async def _alerts(http: httpx.AsyncClient, url: str) -> dict[str, Any]:
    response = await http.get(url)
    response.raise_for_status()
    return {"groups": alerts_from_metrics(response.text)}


class SupervisorUnset(Exception):
    def __str__(self) -> str:
        return "no supervisor configured (ALIANZA_SUPERVISOR_URL is unset)"


PROCESS_FIELDS = ("name", "state", "pid", "restarts", "crash_looping", "last_exit", "since")


def processes_from_status(status: dict[str, Any]) -> list[dict[str, Any]]:
    """The supervisor's processes, reduced to the fields the panel shows."""
    return [{key: row.get(key) for key in PROCESS_FIELDS} for row in status["processes"]]


async def _processes(http: httpx.AsyncClient, url: str | None) -> dict[str, Any]:
    if not url:
        raise SupervisorUnset
    response = await http.get(url)
    response.raise_for_status()
    return {"processes": processes_from_status(response.json())}


async def overview(
    kafka: Kafka,
    api: OpsApi,
    http: httpx.AsyncClient,
    prefix: str,
    watch_metrics_url: str,
    supervisor_url: str | None,
) -> dict[str, Any]:
    names = ("lag", "dlq", "webhooks", "alerts", "processes")
    results = await asyncio.gather(
        _lag(kafka, prefix),
        _dlq(kafka, prefix),
        _webhooks(api),
        _alerts(http, watch_metrics_url),
        _processes(http, supervisor_url),
        return_exceptions=True,
    )
    answer: dict[str, Any] = {}
    for name, result in zip(names, results, strict=True):
        if isinstance(result, BaseException):
            answer[name] = {"error": f"{result.__class__.__name__}: {result}"[:300]}
        else:
            answer[name] = result
    return answer
