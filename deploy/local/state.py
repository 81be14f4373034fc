"""Where the local stack keeps its state, and the few process chores it and the Kafka cluster share.

Everything lives under the state folder (`.local/` by default, `ALIANZA_STATE_DIR` to move it):
each detached process logs to `logs/<name>.log` and leaves its pid in `pids/<name>.pid`.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STATE = Path(os.environ.get("ALIANZA_STATE_DIR", REPO / ".local")).resolve()
LOGS = STATE / "logs"
PIDS = STATE / "pids"


def log(message: str) -> None:
    print(f"[stack] {message}", flush=True)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers kill(0); treat it as gone.
    stat = Path(f"/proc/{pid}/stat")
    try:
        return not stat.read_text().split(") ", 1)[-1].startswith("Z")
    except (FileNotFoundError, ProcessLookupError):
        # Gone, or going: a process being reaped answers the read with ESRCH.
        return False


def write_pid_file(path: Path, pid: int) -> None:
    """Write `path` whole or not at all: a reader (`make stop`, a test) never sees it empty."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(str(pid))
    os.replace(partial, path)


def read_pid(name: str) -> int | None:
    path = PIDS / f"{name}.pid"
    if not path.exists():
        return None
    pid = int(path.read_text().strip() or 0)
    return pid if pid and pid_alive(pid) else None


def spawn(name: str, argv: list[str], env: dict[str, str] | None = None) -> int:
    """Start a detached process in its own session, logging to logs/<name>.log."""
    LOGS.mkdir(parents=True, exist_ok=True)
    PIDS.mkdir(parents=True, exist_ok=True)
    with (LOGS / f"{name}.log").open("ab") as out:
        proc = subprocess.Popen(
            argv,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**os.environ, **(env or {})},
            cwd=REPO,
            start_new_session=True,
        )
    write_pid_file(PIDS / f"{name}.pid", proc.pid)
    return proc.pid


def stop_process(name: str, timeout: float = 15.0) -> None:
    pid = read_pid(name)
    if pid is None:
        (PIDS / f"{name}.pid").unlink(missing_ok=True)
        return
    # The process leads its own session: signal the whole group so nothing is left behind.
    with _ignore_missing():
        os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and pid_alive(pid):
        time.sleep(0.1)
    if pid_alive(pid):
        log(f"{name} did not stop in {timeout:.0f}s; killing it")
        with _ignore_missing():
            os.killpg(pid, signal.SIGKILL)
    (PIDS / f"{name}.pid").unlink(missing_ok=True)


def stop_together(names: list[str], timeout: float = 15.0) -> None:
    """SIGTERM every one at once, then wait (killing what is left after `timeout`).

    For Kafka nodes: stopped one after another, the last waits for ever on a controller quorum
    that has already left; together, they all shut down while a majority is still there.
    """
    for name in names:
        pid = read_pid(name)
        if pid is not None:
            with _ignore_missing():
                os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for name in names:
        stop_process(name, timeout=max(0.0, deadline - time.monotonic()))


class _ignore_missing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool:
        return isinstance(exc, ProcessLookupError | PermissionError)


def wait_for_port(port: int, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"{what} did not open 127.0.0.1:{port} within {timeout:.0f}s; see {LOGS}")


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0
