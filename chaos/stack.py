"""A private whole system run through `python -m deploy.local.stack`, on its own folder and ports.

Nothing here talks to the shared PostgreSQL on 55432 or the broker on 9092: every port is a free
one picked at start, and each service's database URL points at the harness's own proxy.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from chaos.ports import kernel_port, kernel_port_block
from deploy.local import stack as local_stack

REPO = local_stack.REPO
# Kafka's jars are resolved once, offline from the local Maven cache, and shared by every run.
KAFKA_LIBS_CACHE = REPO / ".local" / "chaos" / "kafka-libs"
STACK_TIMEOUT_SECONDS = 300.0
SERVICE_NAMES = tuple(service.name for service in local_stack.SERVICES)
SERVICE_PROCESS_NAMES = tuple(
    f"{service.name}-{process}" for service in local_stack.SERVICES for process in service.processes
)
PROCESS_NAMES = SERVICE_PROCESS_NAMES + tuple(name for name, _ in local_stack.EXTRAS)
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
# "[QuorumController id=2] Becoming the active controller at epoch 7": a node's log line when
# it leads the metadata quorum; epochs only grow, so the highest one names today's leader.
ACTIVE_CONTROLLER = re.compile(
    r"\[QuorumController id=(\d+)\] Becoming the active controller at epoch (\d+)"
)


def process_type(name: str) -> str:
    """`registry-consume-2` → `registry-consume`, `kafka-3` → `kafka`: what the process runs."""
    return re.sub(r"-\d+$", "", name)


class StackError(RuntimeError):
    pass


@dataclass
class PrivateStack:
    """One private stack: its state folder, its ports, and the commands that drive it."""

    state: Path
    brokers: int = 1
    replicas: int = 1
    ports: dict[str, int] = field(default_factory=dict)
    proxy_ports: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        names = [
            "pg",
            *SERVICE_NAMES,
            "ops_metrics",
            "ops_console",
            "supervisor",
            "prometheus",
        ]
        self.ports = {name: kernel_port() for name in names}
        # Node i listens on kafka + 2(i-1) and its controller on the port after that.
        self.ports["kafka"] = kernel_port_block(2 * self.brokers)
        self.ports["kafka_controller"] = self.ports["kafka"] + 1
        self.proxy_ports = {name: kernel_port() for name in SERVICE_NAMES}

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
            "ALIANZA_KAFKA_BROKERS": str(self.brokers),
            "ALIANZA_REPLICAS": str(self.replicas),
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
        first = self.ports["kafka"]
        return ",".join(f"127.0.0.1:{first + 2 * index}" for index in range(self.brokers))

    @property
    def kafka_nodes(self) -> list[str]:
        """The broker processes' names, as the stack's pid files call them."""
        if self.brokers == 1:
            return ["kafka"]
        return [f"kafka-{index}" for index in range(1, self.brokers + 1)]

    def replicas_of(self, process: str) -> list[str]:
        """`registry-relay` or, with replicas, `registry-relay-1` … `-N` (ops processes run once)."""
        if self.replicas == 1 or process not in SERVICE_PROCESS_NAMES:
            return [process]
        return [f"{process}-{index}" for index in range(1, self.replicas + 1)]

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    # ------------------------------------------------------------------- commands

    async def infra(self) -> None:
        """PostgreSQL, the broker, databases, topics, migrations; what already runs is kept."""
        self._link_kafka_libs()
        await self._stack("infra", self.base_env())

    async def start_services(self) -> None:
        """Every service process, their databases reached through the proxies (`infra` has
        prepared the databases and topics already)."""
        await self._stack("services", self.service_env())

    async def down(self) -> None:
        await self._stack("down", self.base_env(), check=False)

    async def start_kafka(self) -> None:
        """Start the Kafka nodes that are down and wait until every one is a broker again."""
        await self._stack("kafka", self.base_env())

    async def scale(self, process: str, replicas: int) -> None:
        """Run `replicas` of the process's replicas (`stack scale`): the others stop and stay so."""
        await self._stack("scale", self.base_env(), process, str(replicas))

    async def _stack(
        self, command: str, env: dict[str, str], *args: str, check: bool = True
    ) -> None:
        self.forget_dead()
        full = {key: value for key, value in {**os.environ, **env}.items() if value != ""}
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "deploy.local.stack",
            command,
            *args,
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
        return pid if _runs(pid, COMMAND_MARKS.get(process_type(name), ())) else None

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
        names = [replica for name in PROCESS_NAMES for replica in self.replicas_of(name)]
        return [name for name in names + self.kafka_nodes if self.pid(name) is None]

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

    async def kill_nodes(self, names: list[str]) -> list[int]:
        """SIGKILL these Kafka nodes and wait until they are gone; their pids."""
        killed = [pid for pid in (self.sigkill(name) for name in names) if pid is not None]
        for pid in killed:
            await self.wait_gone(pid, 30)
        return killed

    def controller_leader(self) -> str | None:
        """The node leading the metadata quorum now, read from the nodes' own logs."""
        latest: tuple[int, str] | None = None
        for name in self.kafka_nodes:
            try:
                text = (self.state / "logs" / f"{name}.log").read_text(errors="replace")
            except OSError:
                continue
            for node_id, epoch in ACTIVE_CONTROLLER.findall(text):
                if latest is None or int(epoch) > latest[0]:
                    latest = (int(epoch), f"kafka-{node_id}")
        return latest[1] if latest else None

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
