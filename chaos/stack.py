"""A private whole system run through `python -m deploy.local.stack`, on its own folder and ports.

Nothing here talks to the shared PostgreSQL on 55432 or the broker on 9092: every port is a free
one picked at start, and each service's database URL points at the harness's own proxy.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from deploy.local import stack as local_stack

REPO = local_stack.REPO
# Kafka's jars are resolved once, offline from the local Maven cache, and shared by every run.
KAFKA_LIBS_CACHE = REPO / ".local" / "chaos" / "kafka-libs"
STACK_TIMEOUT_SECONDS = 300.0
SERVICE_NAMES = tuple(service.name for service in local_stack.SERVICES)
PROCESS_NAMES = tuple(
    f"{service.name}-{process}" for service in local_stack.SERVICES for process in service.processes
) + tuple(name for name, _ in local_stack.EXTRAS)
# What each process's command line holds: a pid file's number, once its process is gone, can be
# handed to another process of this very stack (a restarted broker taking a killed relay's pid).
COMMAND_MARKS: dict[str, tuple[str, ...]] = {
    **{
        f"{service.name}-{process}": (f"services.{service.name}", process)
        for service in local_stack.SERVICES
        for process in service.processes
    },
    **{name: (module[-1],) for name, module in local_stack.EXTRAS},
    "kafka": ("kafka.Kafka",),
}
# Ports other people's stacks use; a free port is never one of these, but say so out loud.
RESERVED_PORTS = frozenset({55432, 9092, 9093, 8001, 8002, 8003, 8009, 8010, 8011})


def free_port() -> int:
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if port not in RESERVED_PORTS:
            return port


class StackError(RuntimeError):
    pass


@dataclass
class PrivateStack:
    """One private stack: its state folder, its ports, and the commands that drive it."""

    state: Path
    ports: dict[str, int] = field(default_factory=dict)
    proxy_ports: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        names = [
            "pg",
            "kafka",
            "kafka_controller",
            *SERVICE_NAMES,
            "ops_metrics",
            "ops_console",
            "supervisor",
            "prometheus",
        ]
        self.ports = {name: free_port() for name in names}
        self.proxy_ports = {name: free_port() for name in SERVICE_NAMES}

    # ------------------------------------------------------------------- environment

    def base_env(self) -> dict[str, str]:
        env = {
            "ALIANZA_STATE_DIR": str(self.state),
            "ALIANZA_PG_PORT": str(self.ports["pg"]),
            "ALIANZA_KAFKA_PORT": str(self.ports["kafka"]),
            "ALIANZA_KAFKA_CONTROLLER_PORT": str(self.ports["kafka_controller"]),
            "ALIANZA_OPS_METRICS_PORT": str(self.ports["ops_metrics"]),
            "ALIANZA_OPS_CONSOLE_PORT": str(self.ports["ops_console"]),
            "ALIANZA_SUPERVISOR_PORT": str(self.ports["supervisor"]),
            "ALIANZA_PROMETHEUS_PORT": str(self.ports["prometheus"]),
            "ALIANZA_KAFKA_HEAP": "384m",
            "NOTIFICATIONS_ALLOW_HOSTS": "127.0.0.1",
            # Short timings, so retries, the sweep and the relay's safety poll happen within a run.
            "NOTIFICATIONS_RETRY_SCHEDULE_SECONDS": "0,0.5,1,2,4",
            "NOTIFICATIONS_DISPATCH_POLL_INTERVAL_SECONDS": "0.2",
            # Enough senders that the receiver's slow answers do not starve the rest.
            "NOTIFICATIONS_DISPATCH_CONCURRENCY": "16",
            "NOTIFICATIONS_WEBHOOK_TIMEOUT_SECONDS": "5",
            "COMMITMENTS_SWEEP_INTERVAL_SECONDS": "0.5",
            "REGISTRY_ACCESS_TOKEN_TTL_SECONDS": "3600",
        }
        for name in SERVICE_NAMES:
            env[f"ALIANZA_{name.upper()}_PORT"] = str(self.ports[name])
            env[f"{name.upper()}_RELAY_POLL_INTERVAL_SECONDS"] = "0.3"
        # Whatever the caller's shell points at must not leak into the private stack.
        for key in ("ALIANZA_KAFKA_BOOTSTRAP", "ALIANZA_TOPIC_PREFIX", "ALIANZA_JWKS_URL"):
            env[key] = ""
        return env

    def database_url(self, service: str, *, direct: bool = False) -> str:
        port = self.ports["pg"] if direct else self.proxy_ports[service]
        user, password = local_stack.PG_USER, local_stack.PG_PASSWORD
        return f"postgresql+asyncpg://{user}:{password}@127.0.0.1:{port}/alianza_{service}"

    def dsn(self, service: str) -> str:
        """A plain asyncpg DSN straight to the cluster, for the harness's own reads."""
        return self.database_url(service, direct=True).replace("postgresql+asyncpg", "postgresql")

    def service_env(self) -> dict[str, str]:
        env = self.base_env()
        for name in SERVICE_NAMES:
            env[f"{name.upper()}_DATABASE_URL"] = self.database_url(name)
        return env

    @property
    def kafka_bootstrap(self) -> str:
        return f"127.0.0.1:{self.ports['kafka']}"

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    # ------------------------------------------------------------------- commands

    async def infra(self) -> None:
        """PostgreSQL, the broker, databases, topics, migrations; what already runs is kept."""
        self._link_kafka_libs()
        await self._stack("infra", self.base_env())

    async def up(self) -> None:
        """Every service process, their databases reached through the proxies."""
        await self._stack("up", self.service_env())

    async def down(self) -> None:
        await self._stack("down", self.base_env(), check=False)

    async def _stack(self, command: str, env: dict[str, str], check: bool = True) -> None:
        self.forget_dead()
        full = {key: value for key, value in {**os.environ, **env}.items() if value != ""}
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "deploy.local.stack",
            command,
            cwd=REPO,
            env=full,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        try:
            output, _ = await asyncio.wait_for(process.communicate(), STACK_TIMEOUT_SECONDS)
        except TimeoutError:
            process.kill()
            await process.wait()
            raise StackError(f"stack {command} took over {STACK_TIMEOUT_SECONDS:.0f}s") from None
        if check and process.returncode != 0:
            tail = output.decode(errors="replace")[-3000:]
            raise StackError(f"stack {command} failed ({process.returncode}):\n{tail}")

    def _link_kafka_libs(self) -> None:
        libs = self.state / "kafka" / "libs"
        if libs.exists():
            return
        if not (KAFKA_LIBS_CACHE / ".complete").exists():
            KAFKA_LIBS_CACHE.mkdir(parents=True, exist_ok=True)
            # -o: offline; the jars come from ~/.m2, never from the network.
            subprocess.run(
                [
                    "mvn",
                    "-o",
                    "-B",
                    "-q",
                    "-f",
                    str(REPO / "deploy" / "local" / "pom.xml"),
                    "dependency:copy-dependencies",
                    f"-DoutputDirectory={KAFKA_LIBS_CACHE}",
                    "-DincludeScope=runtime",
                ],
                check=True,
                timeout=300,
            )
            (KAFKA_LIBS_CACHE / ".complete").touch()
        libs.parent.mkdir(parents=True, exist_ok=True)
        libs.symlink_to(KAFKA_LIBS_CACHE, target_is_directory=True)

    # ------------------------------------------------------------------- processes

    def pid(self, name: str) -> int | None:
        """The live pid in `pids/<name>.pid`, or None when the file is missing, the process gone,
        or the number now belongs to a process this stack did not start."""
        path = self.state / "pids" / f"{name}.pid"
        try:
            pid = int(path.read_text().strip() or 0)
        except (OSError, ValueError):
            return None
        if not pid or not local_stack.pid_alive(pid) or not self.started(pid):
            return None
        return pid if _runs(pid, COMMAND_MARKS.get(name, ())) else None

    def started(self, pid: int) -> bool:
        """Whether this stack started `pid`: it carries our state folder in its environment.

        A dead process's pid file stays behind, and the kernel hands its number out again; a
        SIGKILL must never reach whatever (or whoever's) process got it."""
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            return False
        return f"ALIANZA_STATE_DIR={self.state}".encode() in environ.split(b"\0")

    def forget_dead(self) -> None:
        """Remove pid files of processes that are gone, before the stack reads them: it would
        take a reused number for its own process (and signal it on `down`)."""
        for path in (self.state / "pids").glob("*.pid"):
            if self.pid(path.stem) is None:
                path.unlink(missing_ok=True)

    def dead_processes(self) -> list[str]:
        return [name for name in PROCESS_NAMES if self.pid(name) is None]

    def sigkill(self, name: str) -> int | None:
        """SIGKILL the process named; returns its pid, or None when it was not running."""
        pid = self.pid(name)
        if pid is None:
            return None
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            return None
        return pid

    async def wait_gone(self, pid: int, timeout: float) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while local_stack.pid_alive(pid):
            if loop.time() > deadline:
                return False
            await asyncio.sleep(0.05)
        return True

    async def stop_broker(self, hard: bool) -> None:
        pid = self.pid("kafka")
        if pid is None:
            return
        os.kill(pid, signal.SIGKILL if hard else signal.SIGTERM)
        if not await self.wait_gone(pid, 60):
            os.kill(pid, signal.SIGKILL)
            await self.wait_gone(pid, 10)

    async def restart_postgres(self) -> None:
        """`pg_ctl restart -m fast`: every connection is cut, the cluster is back within seconds."""
        await self._pg_ctl("-m", "fast", "-w", "-t", "60", "restart")

    async def _pg_ctl(self, *args: str) -> None:
        data = self.state / "pg" / "data"
        pg_ctl = str(local_stack.PG_BIN / "pg_ctl")
        process = await asyncio.create_subprocess_exec(
            "runuser",
            "-u",
            "postgres",
            "--",
            pg_ctl,
            "-D",
            str(data),
            *args,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            await asyncio.wait_for(process.wait(), 90)
        except TimeoutError:
            process.kill()
            await process.wait()
            raise StackError(f"pg_ctl {' '.join(args)} took over 90s") from None

    def remove(self) -> None:
        shutil.rmtree(self.state, ignore_errors=True)


def _runs(pid: int, marks: tuple[str, ...]) -> bool:
    """Whether every mark is one of the process's command-line arguments."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return False
    return all(mark in argv for mark in marks)
