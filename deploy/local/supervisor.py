"""Keeps the local stack's processes running: restarts each one that dies, and says so.

`stack up` starts it detached; it owns every service process as its child:

    python -m deploy.local.supervisor --programs FILE --state-dir DIR

FILE is a JSON list of `{"name", "argv", "env"}`. Each child runs in its own session (so its
whole process group can be signalled), logs to `DIR/logs/<name>.log`, and `DIR/pids/<name>.pid`
always holds its current pid (removed while it is down). A child that dies is started again after
a capped exponential backoff (see restart_policy.py); each restart is logged and counted. The
state of every child is written to `DIR/supervisor.json` and served on 127.0.0.1 at `/status`
(JSON) and `/metrics` (Prometheus), port `ALIANZA_SUPERVISOR_PORT` (default 8011, 0 for any).
SIGTERM stops every child (SIGTERM to its group, SIGKILL after a timeout), then the supervisor.
`POST /programs/<name>/stop` stops one child and keeps it stopped, `.../start` starts it again:
how `stack scale` scales a process's replicas down and back up.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from deploy.local.restart_policy import RestartHistory, RestartPolicy
from deploy.local.state import pid_alive, write_pid_file
from shared.logs import configure_logging

logger = logging.getLogger("supervisor")

DEFAULT_PORT = 8011
STATE_FILE = "supervisor.json"
POLL_SECONDS = 0.1
STATE_REFRESH_TICKS = 20


@dataclass(frozen=True)
class Program:
    name: str
    argv: tuple[str, ...]
    env: dict[str, str] = field(default_factory=dict)


def write_programs(path: Path, programs: list[Program]) -> None:
    """Write the programs file; it holds development secrets, so only its owner may read it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    rows = [{"name": p.name, "argv": list(p.argv), "env": p.env} for p in programs]
    path.write_text(json.dumps(rows, indent=2))


def read_programs(path: Path) -> list[Program]:
    rows = json.loads(path.read_text())
    return [Program(row["name"], tuple(row["argv"]), dict(row.get("env", {}))) for row in rows]


def read_state(state_dir: Path) -> dict[str, Any] | None:
    """The supervisor's last written state, or None when it never ran here."""
    try:
        state: dict[str, Any] = json.loads((state_dir / STATE_FILE).read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    return state


def status_lines(state: dict[str, Any]) -> list[str]:
    """One line per supervised process for `make status`, crash-looping ones shouted."""
    lines = []
    for process in state["processes"]:
        pid = process["pid"] or "-"
        line = f"{process['name']:<26} {process['state'].upper() if process['crash_looping'] else process['state']:<14}"
        line += f" pid {pid!s:<8} restarts {process['restarts']:<4}"
        if process["last_exit"]:
            line += f" last: {process['last_exit']}"
        if process["crash_looping"]:
            line += "  <- crash-looping: see its log"
        lines.append(line.rstrip())
    return lines


def describe_exit(returncode: int) -> str:
    if returncode < 0:
        try:
            return f"signal {signal.Signals(-returncode).name}"
        except ValueError:
            return f"signal {-returncode}"
    return f"exit code {returncode}"


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def signal_group(pid: int, signum: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signum)


@dataclass
class Child:
    program: Program
    history: RestartHistory
    process: subprocess.Popen[bytes] | None = None
    state: str = "stopped"
    started_at: float = 0.0
    restart_at: float | None = None
    next_delay: float | None = None
    last_exit: str | None = None
    since: str = field(default_factory=now_text)
    # Stopped on request (scaled down): not restarted until asked to start again.
    held: bool = False
    # Asked to start again while it was still stopping: started once it has exited.
    start_when_stopped: bool = False
    # When a held child that ignores SIGTERM gets SIGKILL.
    kill_at: float | None = None

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None


class Supervisor:
    def __init__(
        self,
        programs: list[Program],
        state_dir: Path,
        policy: RestartPolicy,
        stop_timeout: float,
    ) -> None:
        self.state_dir = state_dir
        self.logs = state_dir / "logs"
        self.pids = state_dir / "pids"
        self.stop_timeout = stop_timeout
        self.children = [Child(p, RestartHistory(policy)) for p in programs]
        self.lock = threading.Lock()
        self.port = 0
        self.started = now_text()

    # ------------------------------------------------------------------- running the children

    def start_all(self) -> None:
        self.logs.mkdir(parents=True, exist_ok=True)
        self.pids.mkdir(parents=True, exist_ok=True)
        with self.lock:
            self._retire_orphans()
            for child in self.children:
                self._start(child)
        self.write_state()

    def _retire_orphans(self) -> None:
        """Pid files left by a supervisor that was killed name processes nobody restarts any
        more: stop them, so each child started now is the only copy (two would fight for a port)."""
        orphans: dict[str, int] = {}
        for child in self.children:
            path = self.pids / f"{child.program.name}.pid"
            try:
                pid = int(path.read_text().strip() or 0)
            except (FileNotFoundError, ValueError):
                continue
            if pid and pid_alive(pid):
                orphans[child.program.name] = pid
            path.unlink(missing_ok=True)
        for name, pid in orphans.items():
            logger.warning("%s: pid %d left from an earlier run; stopping it first", name, pid)
            signal_group(pid, signal.SIGTERM)
        deadline = time.monotonic() + self.stop_timeout
        while time.monotonic() < deadline and any(pid_alive(pid) for pid in orphans.values()):
            time.sleep(POLL_SECONDS)
        for pid in orphans.values():
            signal_group(pid, signal.SIGKILL)

    def _start(self, child: Child) -> None:
        name = child.program.name
        try:
            with (self.logs / f"{name}.log").open("ab") as out:
                child.process = subprocess.Popen(
                    child.program.argv,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    env={**os.environ, **child.program.env},
                    start_new_session=True,
                )
        except OSError as exc:
            # A program that cannot even be executed is a crash like any other: back off.
            now = time.monotonic()
            child.last_exit = f"could not start: {exc}"
            child.next_delay = child.history.died(now, ran_for=0.0)
            child.restart_at = now + child.next_delay
            child.state = "backoff"
            child.since = now_text()
            logger.error("%s could not start (%s); next try in %.1fs", name, exc, child.next_delay)
            return
        write_pid_file(self.pids / f"{name}.pid", child.process.pid)
        child.started_at = time.monotonic()
        child.restart_at = None
        child.kill_at = None
        child.state = "running"
        child.since = now_text()

    def tick(self) -> bool:
        """Reap the children that died and start the ones whose backoff is over; True if any changed."""
        changed = False
        with self.lock:
            now = time.monotonic()
            for child in self.children:
                if child.process is not None and child.process.poll() is not None:
                    self._died(child, now)
                    changed = True
                elif child.restart_at is not None and now >= child.restart_at:
                    self._start(child)
                    changed = True
                elif (
                    child.process is not None and child.kill_at is not None and now >= child.kill_at
                ):
                    signal_group(child.process.pid, signal.SIGKILL)
                    child.kill_at = None
        return changed

    # ------------------------------------------------------------------- scaling on request

    def hold(self, name: str) -> dict[str, Any] | None:
        """Stop one child (SIGTERM, SIGKILL after the stop timeout) and keep it stopped: how a
        replica is scaled away. None when no child has that name."""
        with self.lock:
            child = self._child(name)
            if child is None:
                return None
            child.held = True
            child.start_when_stopped = False
            child.restart_at = None
            if child.process is not None:
                signal_group(child.process.pid, signal.SIGTERM)
                child.kill_at = time.monotonic() + self.stop_timeout
                child.state = "stopping"
            else:
                child.state = "stopped"
            child.since = now_text()
            logger.info("%s stopped on request; not restarted until started", name)
        self.write_state()
        return {"name": name, "state": child.state}

    def release(self, name: str) -> dict[str, Any] | None:
        """Start a held child again (scaled back up); a running one is left as it is. One still
        stopping stays held until it exits and is started then: its exit is not a crash."""
        with self.lock:
            child = self._child(name)
            if child is None:
                return None
            if child.held and child.process is not None:
                child.start_when_stopped = True
            else:
                child.held = False
                if child.process is None:
                    self._start(child)
                    logger.info("%s started on request", name)
        self.write_state()
        return {"name": name, "state": child.state}

    def _child(self, name: str) -> Child | None:
        return next((child for child in self.children if child.program.name == name), None)

    def _died(self, child: Child, now: float) -> None:
        assert child.process is not None
        name, pid = child.program.name, child.process.pid
        # Whatever the leader left behind in its group goes with it, so nothing holds its port.
        signal_group(pid, signal.SIGKILL)
        (self.pids / f"{name}.pid").unlink(missing_ok=True)
        child.last_exit = describe_exit(child.process.returncode)
        if child.held:  # stopped on request: a scale-down, not a crash
            child.process = None
            child.kill_at = None
            child.state = "stopped"
            child.since = now_text()
            logger.info("%s (pid %d) stopped: %s", name, pid, child.last_exit)
            if child.start_when_stopped:
                child.held = child.start_when_stopped = False
                self._start(child)
                logger.info("%s started on request, now that it has stopped", name)
            return
        delay = child.history.died(now, ran_for=now - child.started_at)
        child.process = None
        child.next_delay = delay
        child.restart_at = now + delay
        child.state = "backoff"
        child.since = now_text()
        looping = child.history.crash_looping(now)
        logger.log(
            logging.ERROR if looping else logging.WARNING,
            "%s (pid %d) died: %s; restart %d in %.1fs%s",
            name,
            pid,
            child.last_exit,
            child.history.restarts,
            delay,
            "; CRASH-LOOPING" if looping else "",
            # The same facts as fields, for whoever searches the JSON logs.
            extra={
                "program": name,
                "child_pid": pid,
                "exit": child.last_exit,
                "restarts": child.history.restarts,
                "next_delay_seconds": delay,
                "crash_looping": looping,
            },
        )

    def stop_all(self) -> None:
        """SIGTERM every child's group, wait, then SIGKILL whatever is left."""
        with self.lock:
            running = [c for c in self.children if c.process is not None]
            for child in running:
                assert child.process is not None
                signal_group(child.process.pid, signal.SIGTERM)
            deadline = time.monotonic() + self.stop_timeout
            while time.monotonic() < deadline and any(
                c.process is not None and c.process.poll() is None for c in running
            ):
                time.sleep(POLL_SECONDS)
            for child in self.children:
                if child.process is not None:
                    if child.process.poll() is None:
                        logger.warning(
                            "%s did not stop in %.0fs; killing it",
                            child.program.name,
                            self.stop_timeout,
                        )
                    # Also sweeps any straggler in the group once the leader is gone.
                    signal_group(child.process.pid, signal.SIGKILL)
                    child.process.wait()
                    child.last_exit = describe_exit(child.process.returncode)
                child.process = None
                child.restart_at = None
                child.state = "stopped"
                child.since = now_text()
                (self.pids / f"{child.program.name}.pid").unlink(missing_ok=True)
        self.write_state()

    # ------------------------------------------------------------------- reporting

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            now = time.monotonic()
            processes = []
            for child in self.children:
                looping = child.history.crash_looping(now)
                processes.append(
                    {
                        "name": child.program.name,
                        "pid": child.pid,
                        # A crash-looping process is flagged whether it is up or waiting.
                        "state": "crash-looping" if looping else child.state,
                        "crash_looping": looping,
                        "restarts": child.history.restarts,
                        "last_exit": child.last_exit,
                        "next_delay_seconds": child.next_delay,
                        "since": child.since,
                    }
                )
        return {
            "supervisor": {"pid": os.getpid(), "port": self.port, "started": self.started},
            "processes": processes,
        }

    def metrics(self) -> str:
        processes = self.snapshot()["processes"]
        lines = [
            "# HELP process_restarts_total Restarts of a supervised process since the supervisor started.",
            "# TYPE process_restarts_total counter",
            *(
                f'process_restarts_total{{process="{p["name"]}"}} {p["restarts"]}'
                for p in processes
            ),
            "# HELP process_crash_looping 1 while a supervised process restarts too often.",
            "# TYPE process_crash_looping gauge",
            *(
                f'process_crash_looping{{process="{p["name"]}"}} {int(p["crash_looping"])}'
                for p in processes
            ),
            "# HELP process_up 1 while a supervised process is running.",
            "# TYPE process_up gauge",
            *(
                f'process_up{{process="{p["name"]}"}} {int(p["pid"] is not None)}'
                for p in processes
            ),
        ]
        return "\n".join(lines) + "\n"

    def write_state(self) -> None:
        """Replace the state file in one rename, so a reader never sees half of it."""
        target = self.state_dir / STATE_FILE
        partial = target.with_suffix(".json.partial")
        partial.write_text(json.dumps(self.snapshot(), indent=2))
        partial.replace(target)


def serve(supervisor: Supervisor, port: int) -> ThreadingHTTPServer:
    """Answer `/status`, `/metrics` and `/healthz` on 127.0.0.1 from a background thread."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/status":
                self._answer(json.dumps(supervisor.snapshot()), "application/json")
            elif self.path == "/metrics":
                self._answer(supervisor.metrics(), "text/plain; version=0.0.4")
            elif self.path == "/healthz":
                self._answer('{"status": "ok"}', "application/json")
            else:
                self.send_error(404)

        def do_POST(self) -> None:
            # /programs/<name>/stop and /programs/<name>/start: scaling replicas by hand or
            # from `stack scale`. Bound to 127.0.0.1 like the rest: local development only.
            parts = self.path.strip("/").split("/")
            if len(parts) != 3 or parts[0] != "programs" or parts[2] not in ("stop", "start"):
                self.send_error(404)
                return
            act = supervisor.hold if parts[2] == "stop" else supervisor.release
            found = act(parts[1])
            if found is None:
                self.send_error(404, f"no program named {parts[1]}")
                return
            self._answer(json.dumps(found), "application/json")

        def _answer(self, body: str, content_type: str) -> None:
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return  # polled every few seconds; request lines would drown the restarts

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    supervisor.port = int(server.server_address[1])
    threading.Thread(target=server.serve_forever, name="status-http", daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--programs", type=Path, required=True)
    parser.add_argument("--state-dir", type=Path, required=True)
    args = parser.parse_args()
    configure_logging("supervisor", os.environ.get("ALIANZA_LOG_LEVEL", "INFO"))
    stop_timeout = float(os.environ.get("ALIANZA_SUPERVISOR_STOP_TIMEOUT_SECONDS", "15"))
    supervisor = Supervisor(
        read_programs(args.programs),
        args.state_dir.resolve(),
        RestartPolicy.from_env(),
        stop_timeout,
    )
    stopping = False

    def request_stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    server = serve(supervisor, int(os.environ.get("ALIANZA_SUPERVISOR_PORT", DEFAULT_PORT)))
    supervisor.start_all()
    logger.info(
        "supervising %d processes; status on http://127.0.0.1:%d/status",
        len(supervisor.children),
        supervisor.port,
    )
    ticks = 0
    while not stopping:
        ticks += 1
        # Also rewritten now and then: a crash-loop flag clears with time, not with an event.
        try:
            if supervisor.tick() or ticks % STATE_REFRESH_TICKS == 0:
                supervisor.write_state()
        except Exception:
            # A supervisor that dies leaves every child unwatched: log the fault, keep watching.
            logger.exception("supervisor loop failed; carrying on")
        time.sleep(POLL_SECONDS)
    logger.info("stopping every process")
    supervisor.stop_all()
    server.shutdown()
    logger.info("stopped")


if __name__ == "__main__":
    main()
