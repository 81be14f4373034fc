"""The alert rules: valid, each unit-tested with `promtool test rules`, each linked to a runbook
section naming real `alianza` commands, and each selecting metrics the code really exports; and
the scrape configuration Prometheus is given is one it accepts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml

from deploy.local import stack
from deploy.prometheus import config as prometheus_config
from ops.cli import app as cli_app
from ops.console import trends
from tests.support.metric_names import exported_metric_names, metric_names_in

PROMETHEUS = Path(stack.REPO) / "deploy" / "prometheus"
RULES = PROMETHEUS / prometheus_config.RULE_FILE
RULE_TESTS = sorted((PROMETHEUS / "tests").glob("*.test.yml"))
RUNBOOK = Path(stack.REPO) / "docs" / "runbook.md"


def alerts() -> list[dict[str, Any]]:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    return [rule for group in groups for rule in group["rules"] if "alert" in rule]


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("promtool")
    assert binary, "promtool is missing: `make test` installs Debian's prometheus package"
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=120)


def test_the_rules_are_valid() -> None:
    checked = promtool("check", "rules", str(RULES))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"{len(alerts())} rules found" in checked.stdout


@pytest.mark.parametrize("test_file", RULE_TESTS, ids=lambda path: path.name)
def test_each_rule_unit_test_passes(test_file: Path) -> None:
    ran = promtool("test", "rules", str(test_file))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "SUCCESS" in ran.stdout


def test_every_alert_has_a_unit_test_that_sees_it_fire_and_stay_quiet() -> None:
    fired: set[str] = set()
    quiet: set[str] = set()
    for path in RULE_TESTS:
        for case in yaml.safe_load(path.read_text())["tests"]:
            for check in case.get("alert_rule_test", []):
                (fired if check["exp_alerts"] else quiet).add(check["alertname"])
    names = {rule["alert"] for rule in alerts()}
    assert names - fired == set(), "alerts no test sees firing"
    assert names - quiet == set(), "alerts no test sees staying quiet"


def runbook_anchors() -> set[str]:
    headings = re.findall(r"^#+ (.+)$", RUNBOOK.read_text(), flags=re.MULTILINE)
    # GitHub's anchors: lower case, punctuation dropped, spaces as hyphens.
    return {re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") for h in headings}


def test_every_alert_links_to_a_runbook_section() -> None:
    anchors = runbook_anchors()
    for rule in alerts():
        url = rule["annotations"]["runbook_url"]
        path, _, anchor = url.partition("#")
        assert path == "docs/runbook.md", url
        assert anchor in anchors, f"{rule['alert']}: no section #{anchor} in docs/runbook.md"
        assert rule["labels"]["severity"] == "page"
        assert rule["annotations"]["summary"]


def test_the_runbook_names_only_real_alianza_commands() -> None:
    commands: dict[str, Any] = typer.main.get_command(cli_app).commands  # type: ignore[attr-defined]
    mentioned = re.findall(r"`alianza ([a-z]+)(?: ([a-z]+))?", RUNBOOK.read_text())
    assert mentioned
    for command, subcommand in mentioned:
        assert command in commands, f"alianza {command} does not exist"
        group: dict[str, Any] | None = getattr(commands[command], "commands", None)
        if group is not None and subcommand:
            assert subcommand in group, f"alianza {command} {subcommand} does not exist"


def test_every_metric_an_alert_selects_is_exported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exported = exported_metric_names(monkeypatch, tmp_path)
    for rule in alerts():
        selected = metric_names_in(rule["expr"])
        assert selected, rule["alert"]
        assert selected <= exported, f"{rule['alert']} selects {selected - exported}"


def test_the_metric_name_reader_sees_through_promql() -> None:
    expr = (
        'sum by (job) (rate(http_requests_total{route="/oauth/token", status=~"4.."}[5m])) > 1'
        " and on (job, instance) max without (x) (relay_leaders offset 5m) == bool 0"
    )
    assert metric_names_in(expr) == {"http_requests_total", "relay_leaders"}


def test_the_local_scrape_configuration_is_accepted_by_prometheus(tmp_path: Path) -> None:
    config = stack.write_prometheus_config(tmp_path, "a-scrape-token", stack.prometheus_targets())
    assert (tmp_path / "scrape-token").stat().st_mode & 0o077 == 0, "the token is owner-only"
    checked = promtool("check", "config", str(config))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    rendered = yaml.safe_load(config.read_text())
    jobs = {job["job_name"]: job for job in rendered["scrape_configs"]}
    for service in stack.SERVICES:
        assert jobs[service.name]["static_configs"] == [{"targets": [f"127.0.0.1:{service.port}"]}]
        # The services' /metrics want the token; the watcher's, console's and supervisor's not.
        assert jobs[service.name]["authorization"]["credentials_file"] == str(
            tmp_path / "scrape-token"
        )
    for job in ("ops-watch", "ops-console", "supervisor"):
        assert "authorization" not in jobs[job]
    assert rendered["rule_files"] == [str(RULES)]


def test_compose_prometheus_configuration_matches_the_rendering() -> None:
    compose = yaml.safe_load((PROMETHEUS / "prometheus.compose.yml").read_text())
    assert compose == prometheus_config.render(
        COMPOSE_TARGETS, "/prometheus/scrape-token", ["/etc/prometheus/alerts.yml"]
    )


COMPOSE_TARGETS = [
    prometheus_config.Target("registry", "registry-api:8001", guarded=True),
    prometheus_config.Target("commitments", "commitments-api:8002", guarded=True),
    prometheus_config.Target("notifications", "notifications-api:8003", guarded=True),
    prometheus_config.Target("ops-watch", "ops-watch:8009"),
    prometheus_config.Target("ops-console", "ops-console:8010"),
]


def test_every_metric_the_console_charts_is_exported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exported = exported_metric_names(monkeypatch, tmp_path)
    for query in trends.prometheus_queries(trends.charts()):
        selected = metric_names_in(query.promql)
        assert selected and selected <= exported, query.promql
