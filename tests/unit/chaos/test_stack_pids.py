"""The harness only ever signals processes its own stack started, even when a pid is reused."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from chaos.stack import PrivateStack


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
    child = subprocess.Popen(["sleep", "30"], env=env)
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
    child = subprocess.Popen(["sleep", "30"], env=env)
    try:
        (pids / "registry-api.pid").write_text(str(child.pid))
        stack.forget_dead()
        assert sorted(path.name for path in pids.iterdir()) == ["registry-api.pid"]
    finally:
        child.kill()
        child.wait()
