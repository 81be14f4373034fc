"""A supervisor (deploy/local/supervisor.py) run by a test on its own state folder and port, and
the throwaway programs it supervises there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from prometheus_client.parser import text_string_to_metric_families

from chaos.ports import free_port
from deploy.local import stack
from deploy.local.supervisor import Program, write_programs
from tests.support.processes import eventually

SLEEPER = Program("sleeper", (sys.executable, "-c", "import time; time.sleep(600)"))
CRASHER = Program("crasher", (sys.executable, "-c", "raise SystemExit(3)"))


@dataclass
class Supervised:
    state: Path
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def pid(self, name: str) -> int | None:
        path = self.state / "pids" / f"{name}.pid"
        return int(path.read_text()) if path.exists() else None

    async def status(self, name: str) -> dict[str, Any]:
        async with httpx.AsyncClient() as http:
            processes = (await http.get(f"{self.url}/status")).json()["processes"]
        return next(p for p in processes if p["name"] == name)

    async def metric(self, family: str, name: str) -> float:
        async with httpx.AsyncClient() as http:
            text = (await http.get(f"{self.url}/metrics")).text
        for found in text_string_to_metric_families(text):
            for sample in found.samples:
                if sample.name == family and sample.labels["process"] == name:
                    return sample.value
        raise AssertionError(f"{family}{{process={name!r}}} not in /metrics")

    def stop(self) -> None:
        """SIGTERM, as `make stop` sends it; the supervisor stops its children before it exits.
        Children a failed (or killed) supervisor left behind are killed too, by their pid files."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)
        for path in (self.state / "pids").glob("*.pid"):
            pid = int(path.read_text() or 0)
            if pid and pid != self.process.pid and stack.pid_alive(pid):
                os.killpg(pid, signal.SIGKILL)

    def log(self) -> str:
        return (self.state / "logs" / "supervisor.log").read_text()


def supervise(state: Path, programs: list[Program], **env: str) -> Supervised:
    """Start a supervisor the way `stack up` does: detached, its pid in pids/supervisor.pid."""
    port = free_port()
    write_programs(state / "programs.json", programs)
    (state / "logs").mkdir(parents=True, exist_ok=True)
    (state / "pids").mkdir(parents=True, exist_ok=True)
    with (state / "logs" / "supervisor.log").open("ab") as out:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "deploy.local.supervisor"),
                *("--programs", str(state / "programs.json"), "--state-dir", str(state)),
            ],
            cwd=stack.REPO,
            env={**os.environ, "ALIANZA_SUPERVISOR_PORT": str(port), **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    (state / "pids" / "supervisor.pid").write_text(str(process.pid))
    return Supervised(state, port, process)


async def answering(supervised: Supervised) -> None:
    async def up() -> bool:
        try:
            async with httpx.AsyncClient() as http:
                return (await http.get(f"{supervised.url}/healthz")).status_code == 200
        except httpx.TransportError:
            return False

    await eventually(up, timeout=30, what="the supervisor's status endpoint")


def alive(pid: int) -> bool:
    return stack.pid_alive(pid)
