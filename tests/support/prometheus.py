"""A real Prometheus (Debian's binary) for a test: our rendered configuration and alert rules,
scraping the test's own processes every second, on a free port with its data in a temp folder."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from chaos.ports import free_port
from deploy.local import stack
from deploy.prometheus.config import Target


@dataclass
class RunningPrometheus:
    url: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_prometheus(home: Path, targets: list[Target], scrape_token: str) -> RunningPrometheus:
    binary = shutil.which("prometheus")
    assert binary, "prometheus is missing: `make test` installs Debian's prometheus package"
    config = stack.write_prometheus_config(home, scrape_token, targets, scrape_interval="1s")
    port = free_port()
    with (home / "prometheus.log").open("ab") as log:
        process = subprocess.Popen(
            stack.prometheus_command(binary, config, home, port),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    return RunningPrometheus(f"http://127.0.0.1:{port}", process)
