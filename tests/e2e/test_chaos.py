"""The short chaos run: a private whole system under load while processes are killed, the broker
and PostgreSQL restarted and a database cut off; then every accepted command is reconciled.

Each must of the report is its own assertion, so a failure names what broke. Until the stack
supervises its processes, a SIGKILLed process stays dead and the run is expected to fail."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from deploy.local import stack

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

SEED = 7


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path: Path = tmp_path_factory.mktemp("chaos") / "report.json"
    run = subprocess.Popen(
        [sys.executable, "-m", "chaos", "--short", "--seed", str(SEED), "--report", str(path)],
        cwd=stack.REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        output, _ = run.communicate(timeout=780)
    except subprocess.TimeoutExpired:
        # SIGTERM lets the harness stop its private stack before it goes.
        run.send_signal(signal.SIGTERM)
        output, _ = run.communicate(timeout=120)
    print(output[-8000:])
    assert path.exists(), f"no report was written (exit {run.returncode})"
    found: dict[str, Any] = json.loads(path.read_text())
    assert (run.returncode == 0) == all(found["musts"].values()), "exit code follows the musts"
    return found


def test_the_run_injected_every_kind_of_fault(report: dict[str, Any]) -> None:
    kinds = report["faults_by_kind"]
    for kind in ("sigkill", "broker_restart", "postgres_restart", "database_refused"):
        assert kinds.get(kind, {}).get("injected", 0) >= 1, kinds
    assert report["commands_accepted"] > 0


def test_no_accepted_effect_was_lost(report: dict[str, Any]) -> None:
    assert report["lost"] == {}, report["examples"]


def test_no_effect_happened_twice(report: dict[str, Any]) -> None:
    assert report["duplicated"] == {}, report["examples"]


def test_nothing_was_dead_lettered_for_a_transient_reason(report: dict[str, Any]) -> None:
    transient = [d for d in report["figures"]["dead_letters"] if d["transient"]]
    assert report["figures"]["transient_dead_letters"] == 0, transient


def test_events_of_one_key_stayed_in_order(report: dict[str, Any]) -> None:
    assert report["figures"]["order_violations"] == 0


def test_every_expected_webhook_reached_the_receiver(report: dict[str, Any]) -> None:
    figures = report["figures"]
    assert figures["webhooks_delivered"] == figures["webhooks_expected"]
    assert figures["webhook_ids_unexpected"] == 0


def test_the_system_drained_within_a_minute_of_the_last_fault(report: dict[str, Any]) -> None:
    assert report["drain_seconds"] is not None, "lag or unpublished outbox rows never reached 0"
    assert report["drain_seconds"] <= report["plan"]["drain_limit_seconds"]


def test_the_run_could_be_reconciled(report: dict[str, Any]) -> None:
    assert "reconcile_error" not in report["figures"], report["figures"].get("reconcile_error")


def test_no_process_was_left_dead(report: dict[str, Any]) -> None:
    assert report["processes_left_dead"] == []
