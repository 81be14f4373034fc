"""The stack as `make run` starts it: every service process answers, and starting again is harmless."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from deploy.local import stack

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def running_stack() -> None:
    subprocess.run(
        [sys.executable, "-m", "deploy.local.stack", "up"],
        check=True,
        cwd=stack.REPO,
        capture_output=True,
    )


def pids() -> dict[str, int | None]:
    return {
        f"{s.name}-{p}": stack.read_pid(f"{s.name}-{p}")
        for s in stack.SERVICES
        for p in s.processes
    }


@pytest.mark.parametrize("service", stack.SERVICES, ids=lambda s: s.name)
def test_each_service_is_healthy_and_ready(running_stack: None, service: stack.Service) -> None:
    base = f"http://127.0.0.1:{service.port}"
    assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{base}/readyz")
    assert ready.status_code == 200, ready.text
    assert httpx.get(f"{base}/openapi.json").json()["info"]["title"] == f"Alianza {service.name}"


def test_every_process_runs_and_a_second_up_changes_nothing(running_stack: None) -> None:
    before = pids()
    assert all(before.values()), {name: pid for name, pid in before.items() if pid is None}
    result = subprocess.run(
        [sys.executable, "-m", "deploy.local.stack", "up"],
        check=True,
        cwd=stack.REPO,
        capture_output=True,
        text=True,
    )
    assert "Alianza is up." in result.stdout
    assert pids() == before
