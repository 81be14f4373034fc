"""`python -m bench.write_bill [--count N] [--concurrency C] [--rounds R] [--settle S]
[--idempotency-keys]`: what one `POST /partnerships` costs the whole machine in CPU, process by
process.

A whole system runs as the system benchmark runs it (every service process on fresh databases
and topics, the local stack's PostgreSQL and broker). Each round is a closed loop of `--count`
drafts at `--concurrency`, then `--settle` seconds for the relay and the consumers to carry the
round's events on; around it, the CPU time (`/proc/<pid>/stat`) of every service process, of
PostgreSQL's processes grouped by database, of the broker and of this load generator. The bill
is that CPU time divided by the round's requests.

On a machine whose cores the API shares, this says what its throughput is made of: the API's own
share, and what each request costs the database, the relay and the consumers downstream. (A
PostgreSQL backend that ends within the round takes its CPU time with it: the API's pool and the
workers' connections stay open, short-lived ones are missed.)

With `--idempotency-keys` every request carries its own `Idempotency-Key`, as a client that
retries safely sends it: the key's claim and its stored answer are then part of the bill.

Prints JSON. A first round of 100 warms the system up and is not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from bench.common import children_of, cpu_seconds, locate_servers, postmaster_pid
from bench.lean_http import LeanClient
from bench.system import closed_loop, draft_body, enrol, login
from chaos.sockets import listening_pid
from deploy.local import stack
from tests.support.infra import Infra
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System


def _postgres_groups(postmaster: int) -> dict[int, str]:
    """PostgreSQL's processes by what they serve: `postgres <database>` for a backend
    (`postgres: <user> <database> <client> …` in its title), `postgres (server)` otherwise."""
    groups = {postmaster: "postgres (server)"}
    for pid in children_of(postmaster):
        try:
            title = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        # A backend's title goes on with its client: `127.0.0.1(54321)` or `[local]`.
        words = title.split()
        backend = len(words) > 3 and ("(" in words[3] or words[3].startswith("[local]"))
        groups[pid] = f"postgres {words[2]}" if backend else "postgres (server)"
    return groups


def _sample(named: dict[int, str]) -> dict[int, tuple[str, float]]:
    taken = {}
    for pid, name in named.items():
        try:
            taken[pid] = (name, cpu_seconds(pid))
        except OSError:
            continue  # ended since it was listed
    return taken


def _bill(
    before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]], n: int
) -> dict[str, float]:
    spent: dict[str, float] = {}
    for pid, (name, seconds) in after.items():
        start = before.get(pid, (name, 0.0))[1]
        spent[name] = spent.get(name, 0.0) + seconds - start
    per_request = {name: round(1000 * seconds / n, 2) for name, seconds in spent.items()}
    ordered = dict(sorted(per_request.items(), key=lambda item: -item[1]))
    return {"total": round(sum(ordered.values()), 2)} | ordered


async def run(
    count: int, concurrency: int, rounds: int, settle: float, idempotency_keys: bool = False
) -> dict[str, Any]:
    servers = locate_servers()
    infra = Infra(kafka_bootstrap=servers.kafka_bootstrap, postgres_url=servers.postgres_url)
    with tempfile.TemporaryDirectory(prefix="alianza-bill-") as logs:
        system = System(infra=infra, logs=Path(logs))
        try:
            await system.start()
            registry = system.url("registry")
            async with httpx.AsyncClient(timeout=30) as http:
                admin = await login(http, registry, ADMIN_ID, ADMIN_SECRET)
                orgs = []
                for name, kind, country in [
                    ("Secretaría del Trabajo", "line_ministry", "MX"),
                    ("Canadian Agricultural Employers", "employer_or_recruiter", "CA"),
                ]:
                    body = {"name": name, "kind": kind, "country": country}
                    orgs.append(
                        (await admin.call("POST", f"{registry}/partners", 201, json=body))["id"]
                    )
                owner = await enrol(admin, registry, ["partner"], orgs[0])
            lean = LeanClient(registry)
            authorised = {"Authorization": f"Bearer {owner.token}"}

            async def create(index: int) -> bool:
                headers = authorised
                if idempotency_keys:
                    headers = authorised | {"Idempotency-Key": str(uuid.uuid4())}
                reply = await lean.post_json("/partnerships", draft_body(orgs[1], index), headers)
                return reply.status == 201

            try:
                await closed_loop(100, concurrency, create)  # warm-up
                named = {process.pid: name for name, process in system.processes.items()}
                named[os.getpid()] = "load generator (this process)"
                broker = listening_pid(int(servers.kafka_bootstrap.rsplit(":", 1)[1]))
                if broker:
                    named[broker] = "kafka broker"
                results = []
                for _ in range(rounds):
                    postmaster = postmaster_pid(stack.PG_PORT)
                    watched = named | (_postgres_groups(postmaster) if postmaster else {})
                    before = _sample(watched)
                    started = time.perf_counter()
                    loop = await closed_loop(count, concurrency, create)
                    await asyncio.sleep(settle)
                    after = _sample(watched | (_postgres_groups(postmaster) if postmaster else {}))
                    results.append(
                        {
                            "requests_per_s": round(loop.summary()["per_s"], 1),
                            "seconds_with_settle": round(time.perf_counter() - started, 1),
                            "cpu_ms_per_request": _bill(before, after, count),
                        }
                    )
            finally:
                await lean.aclose()
            return {
                "count": count,
                "concurrency": concurrency,
                "settle_s": settle,
                "idempotency_keys": idempotency_keys,
                "databases": {
                    service.name: system.env[f"{service.env_prefix}DATABASE_URL"].rsplit("/", 1)[1]
                    for service in stack.SERVICES
                },
                "rounds": results,
            }
        finally:
            await system.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1500, help="drafts per round (1500)")
    parser.add_argument("--concurrency", type=int, default=8, help="closed-loop clients (8)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds (2)")
    parser.add_argument("--settle", type=float, default=5.0, help="seconds after each loop (5)")
    parser.add_argument(
        "--idempotency-keys", action="store_true", help="a fresh Idempotency-Key on every request"
    )
    args = parser.parse_args()
    print(
        json.dumps(
            asyncio.run(
                run(args.count, args.concurrency, args.rounds, args.settle, args.idempotency_keys)
            ),
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
