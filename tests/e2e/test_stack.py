"""The stack as `make run` starts it: every service process answers, starting again is harmless,
and a process killed outright is brought back by the supervisor."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys

import httpx
import pytest

from deploy.local import stack
from tests.support.processes import eventually

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
    services = [f"{s.name}-{p}" for s in stack.SERVICES for p in s.processes]
    extras = [name for name, _ in stack.EXTRAS]
    return {name: stack.read_pid(name) for name in [*services, *extras, "prometheus"]}


async def test_prometheus_scrapes_every_target_of_the_stack(running_stack: None) -> None:
    """`make run`'s Prometheus reaches every /metrics (the APIs with the scrape token) and has
    loaded the alert rules."""
    api = f"http://127.0.0.1:{stack.PROMETHEUS_PORT}/api/v1"
    health: dict[str, str] = {}
    async with httpx.AsyncClient(timeout=5) as http:

        async def all_up() -> bool:
            nonlocal health
            targets = (await http.get(f"{api}/targets")).json()["data"]["activeTargets"]
            health = {t["labels"]["job"]: t["health"] for t in targets}
            return bool(health) and set(health.values()) == {"up"}

        # The first scrape comes within one interval (15 s) of Prometheus starting.
        await eventually(all_up, timeout=60, interval=1, what=f"every target up: {health}")
        rules = (await http.get(f"{api}/rules")).json()["data"]["groups"]
    assert set(health) == {t.job for t in stack.prometheus_targets()}
    assert "ReadinessFailing" in {rule["name"] for group in rules for rule in group["rules"]}


@pytest.mark.parametrize("service", stack.SERVICES, ids=lambda s: s.name)
def test_each_service_is_healthy_and_ready(running_stack: None, service: stack.Service) -> None:
    base = f"http://127.0.0.1:{service.port}"
    assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{base}/readyz")
    assert ready.status_code == 200, ready.text
    assert httpx.get(f"{base}/openapi.json").json()["info"]["title"] == f"Alianza {service.name}"


def test_the_ops_watcher_and_console_answer(running_stack: None) -> None:
    # The watcher may be between its first checks; its metrics page is there from the start.
    watcher = httpx.get(f"http://127.0.0.1:{stack.OPS_METRICS_PORT}/metrics")
    assert "consumer_lag_alert_threshold" in watcher.text
    console = f"http://127.0.0.1:{stack.OPS_CONSOLE_PORT}"
    assert httpx.get(f"{console}/readyz").status_code == 200
    assert httpx.get(f"{console}/").headers["location"] == "/login", "the page needs a sign-in"


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


async def test_a_sigkilled_process_is_restarted_and_counted(running_stack: None) -> None:
    name = "commitments-api"
    first = stack.read_pid(name)
    assert first is not None
    os.kill(first, signal.SIGKILL)

    async def replaced() -> bool:
        return stack.read_pid(name) not in (None, first)

    await eventually(replaced, timeout=60, what=f"a new {name} in its pid file")
    commitments = next(s for s in stack.SERVICES if s.name == "commitments")
    async with httpx.AsyncClient(timeout=5) as http:

        async def ready() -> bool:
            try:
                response = await http.get(f"http://127.0.0.1:{commitments.port}/readyz")
            except httpx.TransportError:
                return False
            return response.status_code == 200

        await eventually(ready, timeout=60, what=f"the restarted {name} to be ready")
        supervisor = f"http://127.0.0.1:{stack.SUPERVISOR_PORT}"
        status = (await http.get(f"{supervisor}/status")).json()
        metrics = (await http.get(f"{supervisor}/metrics")).text
    row = next(p for p in status["processes"] if p["name"] == name)
    assert row["pid"] == stack.read_pid(name)
    assert row["last_exit"] == "signal SIGKILL"
    assert row["restarts"] >= 1
    assert f'process_restarts_total{{process="{name}"}} {row["restarts"]}' in metrics
    shown = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "deploy.local.stack", "status"],
        cwd=stack.REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in shown.stdout.splitlines() if line.startswith(name))
    assert f"restarts {row['restarts']}" in line and "signal SIGKILL" in line, line
