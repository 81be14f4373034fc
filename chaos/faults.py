"""The fault injector: a schedule drawn from the seed, then each fault applied in turn."""

from __future__ import annotations

import asyncio
import logging
import random
from collections import Counter
from dataclasses import dataclass, field

from chaos.plan import Plan
from chaos.proxy import DatabaseProxy
from chaos.sockets import client_ports
from chaos.stack import (
    PROCESS_NAMES,
    SERVICE_NAMES,
    SERVICE_PROCESS_NAMES,
    PrivateStack,
    process_type,
)

logger = logging.getLogger(__name__)

WARMUP_SECONDS = 5.0
KILL_WAIT_SECONDS = 5.0
# Faults that take no time to apply; the others (broker, PostgreSQL, refusals) take their own lane.
QUICK_KINDS = frozenset({"sigkill", "relay_blackholed"})


@dataclass(frozen=True)
class Fault:
    at: float  # seconds after the load starts
    kind: str
    target: str
    seconds: float = 0.0
    hard: bool = False


@dataclass
class Applied:
    fault: Fault
    started: float
    ended: float
    outcome: str


def schedule(plan: Plan) -> list[Fault]:
    """Every fault of the run, in time order; the same seed and plan give the same list."""
    rng = random.Random(f"faults-{plan.seed}")
    last = max(WARMUP_SECONDS + 1, plan.duration_seconds - plan.quiet_tail_seconds)

    def at() -> float:
        return round(rng.uniform(WARMUP_SECONDS, last), 2)

    def replica(name: str) -> str:
        # With replicas, each kill of a service process type hits one of its replicas.
        if plan.replicas == 1 or name not in SERVICE_PROCESS_NAMES:
            return name
        return f"{name}-{rng.randint(1, plan.replicas)}"

    faults = [
        Fault(at(), "sigkill", replica(name))
        for name in PROCESS_NAMES
        for _ in range(plan.kills_per_process)
    ]
    faults += cluster_faults(plan, rng, last)
    faults += [
        Fault(at(), "broker_restart", "kafka", hard=rng.random() < 0.5)
        for _ in range(plan.broker_restarts)
    ]
    if plan.broker_outage_seconds:
        faults.append(Fault(at(), "broker_outage", "kafka", plan.broker_outage_seconds))
    faults += [Fault(at(), "postgres_restart", "postgresql") for _ in range(plan.postgres_restarts)]
    if plan.refuse_seconds:
        faults.append(
            Fault(at(), "database_refused", rng.choice(SERVICE_NAMES), plan.refuse_seconds)
        )
    # A black hole needs a live connection: it comes before that relay's first SIGKILL (the
    # stack has no supervisor yet to bring a killed relay back).
    for _ in range(plan.relay_blackholes):
        service = rng.choice(SERVICE_NAMES)
        first_kill = min(
            (
                f.at
                for f in faults
                if f.kind == "sigkill" and process_type(f.target) == f"{service}-relay"
            ),
            default=last,
        )
        before = max(WARMUP_SECONDS, first_kill - 0.5)
        faults.append(
            Fault(round(rng.uniform(WARMUP_SECONDS, before), 2), "relay_blackholed", service)
        )
    return sorted(faults, key=lambda fault: (fault.at, fault.kind, fault.target))


def cluster_faults(plan: Plan, rng: random.Random, last: float) -> list[Fault]:
    """A cluster's node kills, then its quorum leader's, then two nodes at once, with the
    consumer scaling among them, each in its own slot spread over the run: they take the slow
    lane one after another, and each should start (and end) while the load still runs."""
    nodes = [f"kafka-{index}" for index in range(1, plan.brokers + 1)]
    down = plan.node_down_seconds
    steps: list[tuple[str, str, float]] = [
        *(("node_killed", rng.choice(nodes), down) for _ in range(plan.node_kills)),
        *(("controller_killed", "quorum leader", down) for _ in range(plan.controller_kills)),
        *(
            ("minority_left", ",".join(rng.sample(nodes, 2)), down)
            for _ in range(plan.minority_kills)
        ),
    ]
    for _ in range(plan.consumer_scalings):
        scaled = f"{rng.choice(SERVICE_NAMES)}-consume"
        steps.insert(
            rng.randint(0, len(steps)), ("consumers_scaled", scaled, plan.scale_step_seconds)
        )
    if not steps:
        return []
    width = (last - WARMUP_SECONDS) / len(steps)
    return [
        Fault(
            round(WARMUP_SECONDS + index * width + rng.uniform(0, width / 5), 2),
            kind,
            target,
            seconds,
        )
        for index, (kind, target, seconds) in enumerate(steps)
    ]


@dataclass
class Injector:
    stack: PrivateStack
    proxies: dict[str, DatabaseProxy]
    applied: list[Applied] = field(default_factory=list)

    async def run(self, faults: list[Fault], started: float) -> None:
        """Apply every fault: process faults and infrastructure faults in two lanes, so a slow
        broker restart does not hold back the SIGKILLs scheduled behind it."""
        quick = [fault for fault in faults if fault.kind in QUICK_KINDS]
        slow = [fault for fault in faults if fault.kind not in QUICK_KINDS]
        await asyncio.gather(self._lane(quick, started), self._lane(slow, started))
        self.applied.sort(key=lambda item: item.started)

    async def _lane(self, faults: list[Fault], started: float) -> None:
        """Apply each fault at its time (later if the previous one in the lane still runs)."""
        loop = asyncio.get_running_loop()
        for fault in faults:
            delay = started + fault.at - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            begin = loop.time()
            try:
                outcome = await asyncio.wait_for(self.apply(fault), fault.seconds + 300)
            except Exception as exc:
                outcome = f"error: {exc!r}"[:300]
            self.applied.append(Applied(fault, begin - started, loop.time() - started, outcome))
            logger.info(
                "fault %s %s at %.1fs: %s", fault.kind, fault.target, begin - started, outcome
            )

    async def apply(self, fault: Fault) -> str:
        if fault.kind == "sigkill":
            pid = self.stack.sigkill(fault.target)
            if pid is None:
                return "skipped: not running"
            # Wait for it to be gone, so the next kill of this type finds it dead or replaced.
            await self.stack.wait_gone(pid, KILL_WAIT_SECONDS)
            return f"killed pid {pid}"
        if fault.kind == "broker_restart":
            await self.stack.stop_broker(hard=fault.hard)
            await self.stack.start_kafka()
            return f"restarted ({'SIGKILL' if fault.hard else 'SIGTERM'})"
        if fault.kind == "broker_outage":
            await self.stack.stop_broker(hard=False)
            await asyncio.sleep(fault.seconds)
            await self.stack.start_kafka()
            return f"stopped {fault.seconds:.0f}s"
        if fault.kind == "node_killed":
            return await self._nodes_down([fault.target], fault.seconds)
        if fault.kind == "controller_killed":
            leader = self.stack.controller_leader()
            if leader is None:
                return "skipped: no node says it leads the quorum"
            return f"{leader} led the quorum; " + await self._nodes_down([leader], fault.seconds)
        if fault.kind == "minority_left":
            # Two of three down: one replica left, below min.insync.replicas. Writes to Kafka
            # wait (the relays retry), the APIs go on accepting into their outboxes.
            return await self._nodes_down(fault.target.split(","), fault.seconds)
        if fault.kind == "consumers_scaled":
            steps = [1, self.stack.replicas, 1, self.stack.replicas]
            for replicas in steps:
                await self.stack.scale(fault.target, replicas)
                await asyncio.sleep(fault.seconds)
            return f"scaled {' → '.join(str(n) for n in [self.stack.replicas, *steps])}"
        if fault.kind == "postgres_restart":
            await self.stack.restart_postgres()
            return "restarted (pg_ctl -m fast)"
        if fault.kind == "database_refused":
            proxy = self.proxies[fault.target]
            await proxy.refuse()
            await asyncio.sleep(fault.seconds)
            await proxy.start()
            return f"refused {fault.seconds:.0f}s"
        if fault.kind == "relay_blackholed":
            # Every replica's connections: the one that leads is among them.
            pids = [
                self.stack.pid(name) for name in self.stack.replicas_of(f"{fault.target}-relay")
            ]
            running = [pid for pid in pids if pid is not None]
            if not running:
                return "skipped: relay not running"
            proxy = self.proxies[fault.target]
            cut = sum(proxy.blackhole(client_ports(pid, proxy.listen_port)) for pid in running)
            return f"black-holed {cut} connection(s) of pid(s) {running}"
        raise ValueError(f"unknown fault {fault.kind}")

    async def _nodes_down(self, nodes: list[str], seconds: float) -> str:
        """SIGKILL Kafka nodes, leave them down for `seconds`, start them again and wait until
        every node is a broker of the cluster once more."""
        killed = await self.stack.kill_nodes(nodes)
        await asyncio.sleep(seconds)
        await self.stack.start_kafka()
        return f"SIGKILLed {', '.join(nodes)} (pids {killed}), back after {seconds:.0f}s"

    def by_kind(self) -> dict[str, dict[str, int]]:
        """Per kind: how many were applied and how many found nothing to break."""
        counts: dict[str, Counter[str]] = {}
        for item in self.applied:
            verdict = (
                "skipped"
                if item.outcome.startswith("skipped")
                else ("failed" if item.outcome.startswith("error") else "injected")
            )
            counts.setdefault(item.fault.kind, Counter())[verdict] += 1
        return {kind: dict(counter) for kind, counter in counts.items()}

    def last_healed(self) -> float:
        return max((item.ended for item in self.applied), default=0.0)
