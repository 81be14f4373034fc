"""The Prometheus configuration: what to scrape, with which credentials, and which rules to load.

One function renders it for both places Prometheus runs beside the stack: `make run` (targets on
127.0.0.1, written under `.local/prometheus/` by deploy/local/stack.py) and docker-compose
(targets by service name: `prometheus.compose.yml` here, held to this rendering by a test).
JSON is YAML, so the rendering needs no YAML library.

What is scraped: each service's API process, whose `/metrics` also carries the figures of the
processes without an HTTP server — outbox backlog and relay leadership, webhook attempts — read
from the service's database; the ops watcher (lag, DLQ depth, records written per topic); the ops
console; and, under `make run`, the supervisor, which reports every process's restarts. The
services' `/metrics` need the scrape token (`ALIANZA_METRICS_SCRAPE_TOKEN`), sent as a bearer
token read from a file. The Kafka broker exposes no Prometheus endpoint (only JMX), so it is not
scraped: the watcher's gauges stand for it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

SCRAPE_INTERVAL = "15s"
RULE_FILE = "alerts.yml"


@dataclass(frozen=True)
class Target:
    job: str  # what the rules and the dashboard select on: registry, ops-watch, supervisor...
    address: str  # host:port
    guarded: bool = False  # /metrics wants the scrape token


def render(
    targets: Iterable[Target],
    token_file: str,
    rule_files: Sequence[str],
    scrape_interval: str = SCRAPE_INTERVAL,
) -> dict[str, Any]:
    """The whole configuration as a dictionary, one job per target job name, in order."""
    jobs: dict[str, list[Target]] = {}
    for target in targets:
        jobs.setdefault(target.job, []).append(target)
    scrape_configs = []
    for job, members in jobs.items():
        scrape: dict[str, Any] = {
            "job_name": job,
            "metrics_path": "/metrics",
            "static_configs": [{"targets": [member.address for member in members]}],
        }
        if any(member.guarded for member in members):
            scrape["authorization"] = {"type": "Bearer", "credentials_file": token_file}
        scrape_configs.append(scrape)
    return {
        "global": {"scrape_interval": scrape_interval, "evaluation_interval": scrape_interval},
        "rule_files": list(rule_files),
        "scrape_configs": scrape_configs,
    }


def dump(config: dict[str, Any]) -> str:
    return json.dumps(config, indent=2) + "\n"
