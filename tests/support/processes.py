"""Running the real service processes from tests, and waiting on conditions without sleeping blind."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def start(argv: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start `python <argv>` from the repository root, with its output in `log`."""
    out = log.open("ab")
    return subprocess.Popen(
        [sys.executable, *argv],
        cwd=REPO,
        env={**os.environ, **env},
        stdout=out,
        stderr=subprocess.STDOUT,
    )


def kill(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL: no finally blocks, no clean shutdown — the crash the design must survive."""
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)


def terminate(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise


async def eventually(
    condition: Callable[[], Awaitable[bool]],
    *,
    timeout: float = 30.0,
    interval: float = 0.05,
    what: str = "",
) -> None:
    """Poll `condition` until it holds; fail the test with `what` if it never does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await condition():
            return
        await asyncio.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what or condition}")


async def exited(process: subprocess.Popen[bytes], *, timeout: float = 60.0) -> int:
    """Wait (without blocking the loop) for a process to end by itself; its exit status."""
    deadline = time.monotonic() + timeout
    while process.poll() is None:
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            raise AssertionError(f"the process did not end by itself within {timeout}s")
        await asyncio.sleep(0.05)
    return process.returncode
