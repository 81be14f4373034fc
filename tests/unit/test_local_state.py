"""The local stack's liveness check: what counts as a process still running."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from deploy.local.state import pid_alive


def test_a_running_process_is_alive_and_a_reaped_one_is_not() -> None:
    child = subprocess.Popen(["sleep", "30"])
    try:
        assert pid_alive(child.pid)
    finally:
        child.kill()
        child.wait()
    assert not pid_alive(child.pid)


def test_a_process_being_reaped_while_its_stat_is_read_is_gone_not_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The chaos harness once met this: a SIGKILLed process still answered kill(0), and reading
    # its /proc/<pid>/stat an instant later failed with ESRCH, which escaped as an error.
    def stat_of_a_process_being_reaped(self: Path, *args: object, **kwargs: object) -> str:
        raise ProcessLookupError(3, "No such process")

    monkeypatch.setattr(Path, "read_text", stat_of_a_process_being_reaped)
    assert not pid_alive(os.getpid())
