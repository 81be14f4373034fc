"""One chaos run from start to finish: stack up, load and faults, drain, reconcile, report, clean up."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import signal
import time
from collections import Counter
from pathlib import Path

import httpx

from chaos import faults as fault_schedule
from chaos.evidence import restart_evidence
from chaos.faults import Injector
from chaos.ledger import Ledger
from chaos.load import Walker, bootstrap
from chaos.plan import Plan
from chaos.proxy import DatabaseProxy
from chaos.receiver import WebhookReceiver
from chaos.reconcile import Findings, drain, reconcile, settle_deliveries, settle_sweep
from chaos.report import Report
from chaos.stack import REPO, SERVICE_NAMES, PrivateStack
from deploy.local import supervisor

logger = logging.getLogger(__name__)

CHAOS_DIR = REPO / ".local" / "chaos"
WALKER_STOP_SECONDS = 60.0
# Bounds the waits for the webhook backlog and the sweep (each gives up once it stalls).
SETTLE_SECONDS = 600.0
RECONCILE_SECONDS = 300.0
# When faults outlast the planned length, the load goes on this long after the last has healed.
LOAD_AFTER_LATE_FAULTS_SECONDS = 10.0


async def run(plan: Plan, report_path: Path | None, keep: bool) -> Report:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    stack = PrivateStack(CHAOS_DIR / f"run-{stamp}", brokers=plan.brokers, replicas=plan.replicas)
    proxies = {
        name: DatabaseProxy(name, stack.proxy_ports[name], stack.ports["pg"])
        for name in SERVICE_NAMES
    }
    receiver = WebhookReceiver(plan.seed)
    # SIGTERM (a test's timeout, an impatient operator) still stops the private stack.
    main = asyncio.current_task()
    if main is not None:
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, main.cancel)
    try:
        logger.info("private stack in %s, ports %s", stack.state, stack.ports)
        starting = time.monotonic()
        # The proxies listen first: a port picked but not yet bound can be taken as the local
        # end of any outgoing connection, and PostgreSQL and the broker take a while to start.
        for proxy in proxies.values():
            await proxy.start()
        await stack.infra()
        await stack.start_services()
        await receiver.start()
        logger.info("private stack up in %.0fs", time.monotonic() - starting)
        report = await _storm_and_reconcile(plan, stack, proxies, receiver)
    finally:
        await receiver.stop()
        with contextlib.suppress(Exception):
            await stack.down()
        for proxy in proxies.values():
            await proxy.stop()
        if not keep:
            stack.remove()
    path = report_path or CHAOS_DIR / f"report-{stamp}.json"
    report.write(path)
    logger.info("report written to %s", path)
    return report


async def _storm_and_reconcile(
    plan: Plan, stack: PrivateStack, proxies: dict[str, DatabaseProxy], receiver: WebhookReceiver
) -> Report:
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
    async with httpx.AsyncClient(limits=limits) as http:
        urls = {name: stack.url(name) for name in SERVICE_NAMES}
        stop = asyncio.Event()
        cast, subscriptions = await bootstrap(http, urls, receiver.url, stop)
        logger.info("cast registered and subscriptions made; the load starts")
        injector = Injector(stack, proxies)
        loop = asyncio.get_running_loop()
        started = loop.time()
        ledger = Ledger(started=started)
        walkers = [
            asyncio.create_task(Walker(i, plan.seed, cast, ledger, stop).run())
            for i in range(plan.walkers)
        ]
        injecting = asyncio.create_task(injector.run(fault_schedule.schedule(plan), started))
        await asyncio.sleep(plan.duration_seconds)
        # A slow machine can push the slow lane (node restarts, scalings; one after another)
        # past the planned length; a fault that meets no load proves nothing, so the load goes
        # on until the last fault has healed.
        faults_late = not injecting.done()
        if faults_late:
            logger.info("faults still running at the planned end; the load goes on until they heal")
        await injecting
        if faults_late:
            await asyncio.sleep(LOAD_AFTER_LATE_FAULTS_SECONDS)
        load_seconds = loop.time() - started
        stop.set()
        # Walkers finish the attempt in hand; every fault has healed by now.
        _, late = await asyncio.wait(walkers, timeout=WALKER_STOP_SECONDS)
        for task in late:
            task.cancel()
        healed_at = loop.time()
        logger.info("load stopped, last fault healed; draining")
        # Past the limit the must has failed; a little longer only says by how much.
        drain_seconds = await drain(stack, plan.drain_limit_seconds + 15)
        # A drain that never finished (None) gets a short settle; one that took 0.0 s did finish.
        settle_seconds = SETTLE_SECONDS if drain_seconds is not None else 10
        settled = await settle_deliveries(stack, settle_seconds)
        await settle_sweep(stack, settle_seconds)
        logger.info(
            "drained in %ss; deliveries and sweep settled %.0fs after the last fault",
            drain_seconds,
            loop.time() - healed_at,
        )
        try:
            found = await asyncio.wait_for(
                reconcile(stack, ledger, cast, subscriptions, receiver), RECONCILE_SECONDS
            )
        except Exception as exc:  # a run that cannot be checked fails, with why
            logger.exception("reconciliation failed")
            found = Findings(figures={"reconcile_error": repr(exc)[:500]})
        logger.info("reconciled %.0fs after the last fault", loop.time() - healed_at)
    unexplained = unexplained_restarts(stack, injector)
    found.figures["unexplained_restarts"] = unexplained
    found.figures["load_seconds"] = round(load_seconds, 1)
    if unexplained:
        found.figures["restart_evidence"] = restart_evidence(stack.state, list(unexplained))
    report = Report(
        seed=plan.seed,
        plan=dataclasses.asdict(plan),
        faults_by_kind=injector.by_kind(),
        faults=[
            {
                **dataclasses.asdict(item.fault),
                "started": round(item.started, 1),
                "ended": round(item.ended, 1),
                "outcome": item.outcome,
            }
            for item in injector.applied
        ],
        commands=dict(ledger.commands),
        commands_accepted=ledger.accepted(),
        accepted_at=ledger.accepted_at,
        partnerships=len(ledger.partnerships),
        partnerships_stopped=dict(
            Counter(t.stopped for t in ledger.partnerships.values() if t.stopped)
        ),
        refusals=ledger.refusals[:50],
        drain_seconds=drain_seconds,
        deliveries_settled=settled,
        processes_left_dead=stack.dead_processes(),
        lost=dict(found.lost),
        duplicated=dict(found.duplicated),
        figures=found.figures,
        examples=found.examples,
    )
    report.judge(plan.drain_limit_seconds)
    return report


def unexplained_restarts(stack: PrivateStack, injector: Injector) -> dict[str, int]:
    """Restarts the supervisor made beyond the SIGKILLs the harness sent: a process that died
    of a broker or database fault instead of waiting it out. By process name; empty is good."""
    state = supervisor.read_state(stack.state)
    if state is None:
        return {"(no supervisor state)": 1}
    killed = Counter(
        item.fault.target
        for item in injector.applied
        if item.fault.kind == "sigkill" and item.outcome.startswith("killed")
    )
    found = {}
    for process in state["processes"]:
        extra = process["restarts"] - killed[process["name"]]
        if extra > 0:
            found[process["name"]] = extra
    return found
