"""Every metric name the code exports, read from the registries the processes build.

Alert rules and dashboards are held to this list: a query naming a metric nobody exports is
silently empty, which for an alert means it never fires. The registries are built the way the
processes build them (each service's and the console's app, the watcher, the supervisor), without
starting anything: a family is registered whether or not it has samples yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry, Metric
from prometheus_client.parser import text_string_to_metric_families

from deploy.local.restart_policy import RestartPolicy
from deploy.local.supervisor import Supervisor
from ops.console.app import create_app as create_console
from ops.watch import Watcher, WatchSettings
from services.commitments.app import create_app as create_commitments
from services.notifications.app import create_app as create_notifications
from services.registry.app import create_app as create_registry

# Series Prometheus makes itself for every target.
PROMETHEUS_SERIES = frozenset({"up", "scrape_duration_seconds", "scrape_samples_scraped"})

_SUFFIXES = {
    "counter": ("_total", "_created"),
    "histogram": ("_bucket", "_count", "_sum", "_created"),
    "summary": ("", "_count", "_sum", "_created"),
    "gauge": ("",),
    "info": ("_info",),
}


def sample_names(families: Iterable[Metric]) -> set[str]:
    """The names a family's samples carry on /metrics (a counter `x` is scraped as `x_total`)."""
    names: set[str] = set()
    for family in families:
        names.update(family.name + suffix for suffix in _SUFFIXES.get(family.type, ("",)))
        names.update(sample.name for sample in family.samples)
    return names


def _app_registries(monkeypatch: pytest.MonkeyPatch) -> Iterator[CollectorRegistry]:
    # The apps read their settings when built; nothing connects until their lifespan starts.
    for service in ("REGISTRY", "COMMITMENTS", "NOTIFICATIONS"):
        monkeypatch.setenv(
            f"{service}_DATABASE_URL", "postgresql+asyncpg://nobody:unused@127.0.0.1:1/unused"
        )
    for create in (create_registry, create_commitments, create_notifications, create_console):
        yield create().state.metrics_registry


def exported_metric_names(monkeypatch: pytest.MonkeyPatch, state_dir: Path) -> set[str]:
    names = set(PROMETHEUS_SERIES)
    for registry in _app_registries(monkeypatch):
        names |= sample_names(registry.collect())
    names |= sample_names(Watcher(WatchSettings()).registry.collect())
    supervisor = Supervisor([], state_dir, RestartPolicy(), stop_timeout=1.0)
    names |= sample_names(text_string_to_metric_families(supervisor.metrics()))
    return names


# PromQL words that are not metric names.
_KEYWORDS = frozenset(
    {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right"}
    | {"bool", "offset", "inf", "nan"}
)
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_MATCHERS = re.compile(r"\{[^}]*\}")
_RANGES = re.compile(r"\[[^\]]*\]")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_IDENTIFIER = re.compile(r"\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b(\s*\()?")


def metric_names_in(expr: str) -> set[str]:
    """The metric names a PromQL expression selects (functions, keywords and labels left out)."""
    text = _STRINGS.sub('""', expr)
    text = _MATCHERS.sub(" ", text)
    text = _RANGES.sub(" ", text)
    text = _GROUPING.sub(" ", text)
    found = set()
    for match in _IDENTIFIER.finditer(text):
        name, call = match.group(1), match.group(2)
        if call or name.lower() in _KEYWORDS:
            continue
        found.add(name)
    return found
