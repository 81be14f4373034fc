"""The short chaos runs: a private whole system under load while processes are killed, the broker
and PostgreSQL restarted and a database cut off — and again on three Kafka nodes with two
replicas of every process; then every accepted command is reconciled.

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


# One broker and one copy of each process, as `make run` starts them; then three nodes and two
# replicas of each, where the quorum's leader and two nodes at once are killed and a consumer
# group is scaled 2 → 1 → 2 → 1 → 2 while the load goes on.
SHAPES = {"one-broker": ["--short"], "cluster": ["--short", "--cluster"]}


@pytest.fixture(scope="module", params=list(SHAPES))
def report(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    path: Path = tmp_path_factory.mktemp("chaos") / "report.json"
    shape = SHAPES[request.param]
    run = subprocess.Popen(
        [sys.executable, "-m", "chaos", *shape, "--seed", str(SEED), "--report", str(path)],
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
    if report["plan"]["brokers"] == 1:
        expected = ("sigkill", "broker_restart", "postgres_restart", "database_refused")
    else:
        expected = ("sigkill", "controller_killed", "minority_left", "consumers_scaled")
    for kind in expected:
        assert kinds.get(kind, {}).get("injected", 0) >= 1, kinds
    assert report["commands_accepted"] > 0


def test_the_apis_went_on_accepting_while_kafka_could_take_no_write(
    report: dict[str, Any],
) -> None:
    # One broker restarted, or two of three nodes down (one replica left, below the minimum
    # in sync): either way no event can be written, and the outboxes hold what is accepted.
    kind = "broker_restart" if report["plan"]["brokers"] == 1 else "minority_left"
    window = next(f for f in report["faults"] if f["kind"] == kind)
    accepted = [at for at in report["accepted_at"] if window["started"] <= at <= window["ended"]]
    assert accepted, (window, f"no command was accepted during {kind}")


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


def test_no_process_died_of_a_fault_it_should_have_waited_out(report: dict[str, Any]) -> None:
    # Every restart the supervisor made follows a SIGKILL the harness sent: broker restarts, a
    # quorum leader's death, two nodes down, a database refusing or restarted — each process
    # rode them out in place.
    assert report["figures"]["unexplained_restarts"] == {}, report["figures"].get(
        "restart_evidence"
    )
