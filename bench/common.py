"""What every benchmark shares: where the servers are, throwaway databases and topics, timing
figures, the result record, and reading a process's memory from /proc."""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient

from chaos.sockets import listening_pid
from deploy.local import stack
from shared.catalogue.partners import PartnerRegistered
from shared.heap import CPYTHON_YOUNG_THRESHOLD, freeze_startup_heap
from shared.kafka import TopicPlan, delete_topics, ensure_topics
from tests.support.database import create_database, drop_database, migrate
from tests.support.ids import random_suffix

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Servers:
    kafka_bootstrap: str
    postgres_url: str  # a server URL where throwaway databases may be created


def locate_servers() -> Servers:
    """The local stack's broker and PostgreSQL, started with `stack up` if they do not answer."""
    bootstrap = os.environ.get("ALIANZA_KAFKA_BOOTSTRAP", f"127.0.0.1:{stack.KAFKA_PORT}")
    database = os.environ.get("ALIANZA_TEST_DATABASE_URL", stack.postgres_url("postgres"))
    services_up = all(stack.port_open(service.port) for service in stack.SERVICES)
    if not (services_up and stack.port_open(stack.KAFKA_PORT) and stack.port_open(stack.PG_PORT)):
        print("[bench] the local stack is not running; starting it (deploy.local.stack up)")
        subprocess.run([sys.executable, "-m", "deploy.local.stack", "up"], check=True, cwd=REPO)
    return Servers(kafka_bootstrap=bootstrap, postgres_url=database)


def bench_prefix() -> str:
    return f"bench{random_suffix()}"


# --------------------------------------------------------------------------- throwaway resources


@contextlib.asynccontextmanager
async def fresh_database(servers: Servers, service: str) -> AsyncIterator[str]:
    """A new database migrated like `service`'s own; dropped afterwards. Yields its URL."""
    url = await create_database(servers.postgres_url, prefix=f"bench_{service}")
    try:
        await asyncio.to_thread(migrate, service, url)
        yield url
    finally:
        await drop_database(servers.postgres_url, url)


@contextlib.asynccontextmanager
async def fresh_topics(
    servers: Servers, topics: Sequence[str], partitions: int = 3
) -> AsyncIterator[None]:
    """Create `topics` (same partition count as the stack's) and delete them afterwards."""
    await ensure_topics(servers.kafka_bootstrap, list(topics), TopicPlan(partitions=partitions))
    await _wait_for_leaders(servers, topics)
    try:
        yield
    finally:
        await delete_bench_topics(servers, topics)


async def _wait_for_leaders(servers: Servers, topics: Sequence[str], timeout: float = 30.0) -> None:
    """A new topic is usable once every partition has a leader; timing starts after that."""
    admin = AIOKafkaAdminClient(bootstrap_servers=servers.kafka_bootstrap)
    await admin.start()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            described = await admin.describe_topics(list(topics))
            if all(
                topic["error_code"] == 0
                and topic["partitions"]
                and all(part["leader"] >= 0 for part in topic["partitions"])
                for topic in described
            ):
                return
            await asyncio.sleep(0.1)
    finally:
        await admin.close()


async def delete_bench_topics(servers: Servers, topics: Sequence[str]) -> None:
    try:
        await delete_topics(servers.kafka_bootstrap, list(topics))
    except Exception as exc:  # cleanup must not hide the figures
        print(f"[bench] could not delete topics {list(topics)}: {exc!r}")


async def topic_partitions(servers: Servers, topic: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=servers.kafka_bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
        return len(described[0]["partitions"])
    finally:
        await admin.close()


# --------------------------------------------------------------------------- payloads


def padded_partner(size: int = 1024) -> PartnerRegistered:
    """A valid `partner.registered` payload whose JSON is about `size` bytes."""
    base = PartnerRegistered(partner_id=str(random_suffix()), name="", kind="civil_society")
    overhead = len(base.model_dump_json())
    return PartnerRegistered(
        partner_id=base.partner_id,
        name="x" * max(size - overhead, 1),
        kind="civil_society",
        country="MX",
    )


# --------------------------------------------------------------------------- figures


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


@dataclass
class Result:
    """One benchmark's figures, its baseline from the same run, and the target it is held to."""

    name: str
    figures: dict[str, Any]
    baseline: dict[str, Any] = field(default_factory=dict)
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    notes: list[str] = field(default_factory=list)
    # What the table shows (a few of the figures, and of the baseline's).
    headline: dict[str, Any] = field(default_factory=dict)
    baseline_headline: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "figures": self.figures,
            "baseline": self.baseline,
            "ratio": self.ratio,
            "target": self.target,
            "met": self.met,
            "notes": self.notes,
        }


def ratio(value: float, baseline: float) -> float | None:
    return round(value / baseline, 3) if baseline > 0 else None


async def open_loop(
    rate: float, count: int, call: Callable[[int, float], Awaitable[None]], *, limit: int = 2000
) -> float:
    """Start `call(i, scheduled)` at a fixed arrival rate, `count` times, not waiting for earlier
    calls (`scheduled` is the perf_counter time it was due, so a late start counts as latency);
    returns the elapsed time. At most `limit` calls are in flight (a bounded loop, not a leak)."""
    gate = asyncio.Semaphore(limit)
    tasks: list[asyncio.Task[None]] = []

    async def one(index: int, scheduled: float) -> None:
        try:
            await call(index, scheduled)
        finally:
            gate.release()

    start = time.perf_counter()
    for index in range(count):
        scheduled = start + index / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        await gate.acquire()
        tasks.append(asyncio.create_task(one(index, scheduled)))
    await asyncio.gather(*tasks)
    return time.perf_counter() - start


# --------------------------------------------------------------------------- memory


def _status_kib(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_kib(pid: int) -> int:
    return _status_kib(pid, "VmRSS")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command may contain spaces and parentheses: the fields start after the last ')'.
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def group_memory(root: int) -> dict[str, int]:
    """VmRSS summed over a process and its children (shared pages counted once per process,
    so an over-count for PostgreSQL's shared buffers) and PSS summed (shared pages split)."""
    pids = [root, *children_of(root)]
    return {
        "processes": len(pids),
        "rss_kib": sum(rss_kib(pid) for pid in pids),
        "pss_kib": sum(_pss_kib(pid) for pid in pids),
    }


def postmaster_pid(port: int) -> int | None:
    """PostgreSQL's postmaster: the listener itself, or the parent of a backend listening."""
    pid = listening_pid(port)
    if pid is None:
        return None
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    parent = int(stat[1])
    cmdline = Path(f"/proc/{parent}/cmdline").read_bytes() if parent > 1 else b""
    return parent if b"postgres" in cmdline else pid


def freeze_heap() -> None:
    """Before a timed phase: take what this process has alive now out of the collector's full
    walks, as the services do at start-up (`shared.heap`), with CPython's young collections. The
    benchmark's process sends the requests and receives the webhooks it times: its own full
    collections (60-80 ms, seen with `gc.callbacks`) held back every request due meanwhile, and
    a young collection at a service's threshold (10 000 objects) 10-15 ms."""
    freeze_startup_heap(young_threshold=CPYTHON_YOUNG_THRESHOLD)
