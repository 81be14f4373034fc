"""The Grafana dashboard: every query parses, names only metrics the code exports, reads the
datasource compose provisions, and together they cover the flows an operator reads."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from deploy.local import stack
from tests.support.metric_names import exported_metric_names, metric_names_in

GRAFANA = Path(stack.REPO) / "deploy" / "grafana"
DASHBOARD = json.loads((GRAFANA / "dashboards" / "alianza.json").read_text())
COMPOSE = yaml.safe_load((Path(stack.REPO) / "docker-compose.yml").read_text())


def queries() -> list[tuple[str, dict[str, Any]]]:
    """(panel title, target) of every query on every panel."""
    found = []
    for panel in DASHBOARD["panels"]:
        for target in panel.get("targets", []):
            found.append((panel["title"], target))
    return found


def test_every_query_names_only_exported_metrics(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exported = exported_metric_names(monkeypatch, tmp_path)
    assert queries()
    for title, target in queries():
        names = metric_names_in(target["expr"])
        assert names, f"{title}: {target['expr']} selects nothing"
        assert names <= exported, f"{title}: {names - exported} is exported by nothing"


def test_every_query_is_valid_promql(tmp_path: Path) -> None:
    """promtool parses each query as it would a recording rule's expression."""
    rules = [
        {"record": f"dashboard:query_{index}", "expr": target["expr"]}
        for index, (_, target) in enumerate(queries())
    ]
    path = tmp_path / "dashboard-queries.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    binary = shutil.which("promtool")
    assert binary, "promtool is missing: `make test` installs Debian's prometheus package"
    checked = subprocess.run(
        [binary, "check", "rules", str(path)], capture_output=True, text=True, timeout=60
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_panels_read_the_provisioned_datasource() -> None:
    provisioned = yaml.safe_load(
        (GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text()
    )["datasources"]
    uids = {source["uid"] for source in provisioned}
    assert provisioned[0]["url"] == "http://prometheus:9090"
    for title, target in queries():
        assert target["datasource"]["uid"] in uids, title
    panel_ids = [panel["id"] for panel in DASHBOARD["panels"]]
    assert len(panel_ids) == len(set(panel_ids)), "panel ids must be unique"


def test_compose_provisions_the_dashboard_and_prometheus() -> None:
    grafana = COMPOSE["services"]["grafana"]
    assert "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro" in grafana["volumes"]
    assert "./deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro" in grafana["volumes"]
    provider = yaml.safe_load(
        (GRAFANA / "provisioning" / "dashboards" / "alianza.yml").read_text()
    )["providers"][0]
    assert provider["options"]["path"] == "/var/lib/grafana/dashboards"
    prometheus = COMPOSE["services"]["prometheus"]
    assert (
        "./deploy/prometheus/prometheus.compose.yml:/etc/prometheus/prometheus.yml:ro"
        in prometheus["volumes"]
    )
    assert "./deploy/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro" in prometheus["volumes"]
    # The token Prometheus presents is the one the services accept.
    services_token = COMPOSE["x-environment"]["ALIANZA_METRICS_SCRAPE_TOKEN"]
    assert prometheus["environment"]["ALIANZA_METRICS_SCRAPE_TOKEN"] == services_token
    assert "/prometheus/scrape-token" in " ".join(prometheus["entrypoint"])


def test_the_dashboard_covers_the_flows_an_operator_reads() -> None:
    used = set().union(*(metric_names_in(target["expr"]) for _, target in queries()))
    flows = {
        "events per topic and type": "events_published_per_second",
        "consumer lag per group": "consumer_group_lag",
        "outbox backlog": "outbox_backlog",
        "outbox age": "outbox_oldest_unpublished_age_seconds",
        "dead letters arriving": "topic_records_written",
        "webhook attempts by outcome": "webhook_attempts_recent",
        "webhook latency": "webhook_latency_seconds_recent",
        "HTTP rate and errors": "http_requests_total",
        "HTTP latency": "http_request_duration_seconds_bucket",
    }
    missing = {flow for flow, metric in flows.items() if metric not in used}
    assert missing == set()
