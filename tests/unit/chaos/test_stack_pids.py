"""The harness only ever signals processes its own stack started, even when a pid is reused."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from chaos.stack import PROCESS_NAMES, SERVICE_PROCESS_NAMES, PrivateStack


def _pretend(name: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """A stand-in whose command line carries the named process's arguments (after `-c`, they
    are only the script's arguments): it sleeps."""
    service, process = name.split("-")
    sleeper = [sys.executable, "-c", "import time; time.sleep(30)"]
    child = subprocess.Popen([*sleeper, "-m", f"services.{service}", process], env=env)
    _wait_until_exec_done(child.pid)
    return child


def _wait_until_exec_done(pid: int) -> None:
    """Popen may return (vfork) while the kernel is still setting up the child's new program:
    its environment reads as empty for that instant, as if another stack had started it."""
    deadline = time.monotonic() + 10
    while not Path(f"/proc/{pid}/environ").read_bytes():
        assert time.monotonic() < deadline, "the child never finished starting"
        time.sleep(0.01)


def test_a_pid_file_naming_a_process_of_another_stack_is_treated_as_dead(tmp_path: Path) -> None:
    stack = PrivateStack(tmp_path / "state")
    (stack.state / "pids").mkdir(parents=True)
    # This test process is alive but was not started by that stack: its number was "reused".
    (stack.state / "pids" / "registry-api.pid").write_text(str(os.getpid()))
    assert stack.pid("registry-api") is None
    assert stack.sigkill("registry-api") is None


def test_a_process_the_stack_started_is_found_and_killed(tmp_path: Path) -> None:
    stack = PrivateStack(tmp_path / "state")
    (stack.state / "pids").mkdir(parents=True)
    env = {**os.environ, "ALIANZA_STATE_DIR": str(stack.state)}
    child = _pretend("registry-api", env)
    try:
        (stack.state / "pids" / "registry-api.pid").write_text(str(child.pid))
        assert stack.pid("registry-api") == child.pid
        assert stack.sigkill("registry-api") == child.pid
        assert child.wait(timeout=5) == -9
    finally:
        child.kill()
        child.wait()


def test_pid_files_of_gone_or_foreign_processes_are_forgotten_before_the_stack_reads_them(
    tmp_path: Path,
) -> None:
    stack = PrivateStack(tmp_path / "state")
    pids = stack.state / "pids"
    pids.mkdir(parents=True)
    (pids / "kafka.pid").write_text(str(os.getpid()))
    env = {**os.environ, "ALIANZA_STATE_DIR": str(stack.state)}
    child = _pretend("registry-api", env)
    try:
        (pids / "registry-api.pid").write_text(str(child.pid))
        stack.forget_dead()
        assert sorted(path.name for path in pids.iterdir()) == ["registry-api.pid"]
    finally:
        child.kill()
        child.wait()


def test_a_number_reused_by_another_process_of_the_same_stack_is_not_the_named_one(
    tmp_path: Path,
) -> None:
    stack = PrivateStack(tmp_path / "state")
    (stack.state / "pids").mkdir(parents=True)
    env = {**os.environ, "ALIANZA_STATE_DIR": str(stack.state)}
    # Started by this stack, but it is not the registry relay (as a restarted broker would not be).
    child = subprocess.Popen(["sleep", "30"], env=env)
    _wait_until_exec_done(child.pid)
    try:
        (stack.state / "pids" / "registry-relay.pid").write_text(str(child.pid))
        assert stack.pid("registry-relay") is None
        assert child.poll() is None
    finally:
        child.kill()
        child.wait()


def test_the_quorum_leader_is_the_node_with_the_newest_epoch_in_the_logs(tmp_path: Path) -> None:
    stack = PrivateStack(tmp_path / "state", brokers=3, replicas=3)
    logs = stack.state / "logs"
    logs.mkdir(parents=True)
    assert stack.controller_leader() is None  # no node has said anything yet
    line = "[quorum-controller-{0}-event-handler] INFO org.apache.kafka.controller.QuorumController"
    line += " - [QuorumController id={0}] Becoming the active controller at epoch {1}, next write"
    (logs / "kafka-1.log").write_text(line.format(1, 3) + "\n" + line.format(1, 12) + "\n")
    (logs / "kafka-2.log").write_text(line.format(2, 9) + "\n")
    (logs / "kafka-3.log").write_text("[main] INFO kafka.Kafka - started\n")
    assert stack.controller_leader() == "kafka-1"
    (logs / "kafka-3.log").write_text(line.format(3, 13) + "\n")  # a newer election
    assert stack.controller_leader() == "kafka-3"


def test_a_cluster_stack_lists_its_nodes_and_each_service_process_three_times(
    tmp_path: Path,
) -> None:
    stack = PrivateStack(tmp_path / "state", brokers=3, replicas=3)
    first = stack.ports["kafka"]
    assert stack.kafka_bootstrap == f"127.0.0.1:{first},127.0.0.1:{first + 2},127.0.0.1:{first + 4}"
    assert stack.ports["kafka_controller"] == first + 1
    assert stack.kafka_nodes == ["kafka-1", "kafka-2", "kafka-3"]
    assert stack.replicas_of("registry-relay") == [f"registry-relay-{i}" for i in (1, 2, 3)]
    assert stack.replicas_of("ops-watch") == ["ops-watch"]
    # Nothing started yet: every replica and node is reported dead.
    ops = len(PROCESS_NAMES) - len(SERVICE_PROCESS_NAMES)
    assert len(stack.dead_processes()) == 3 * len(SERVICE_PROCESS_NAMES) + ops + 3
