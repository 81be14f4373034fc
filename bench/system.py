"""Benchmarks 3, 4 and 6 on one whole system: every service process (tests/support/system.py's
System) on fresh databases, ports and topics.

3. REST writes: `POST /partnerships` with a partner's token, closed loop at fixed concurrency for
   a fixed count, then open loop at half the measured maximum (requests through
   `bench.lean_http`, whose CPU is a small share of the system's). Baseline: what the endpoint
   writes (partner lookup, the partnership row, its version and history rows, the named member's
   invitation and its event in the outbox with the NOTIFY, one transaction) with asyncpg; the
   running relay and consumers carry that event on, as they do the endpoint's.
4. End to end: `propose` on pre-made drafts at a fixed arrival rate; time from the HTTP 2xx to the
   signed webhook reaching a receiver on 127.0.0.1. Baseline: one raw Kafka hop at the same rate.
6. Footprint: VmRSS of every service process, the broker and PostgreSQL (postmaster + backends)
   at rest and at peak during the REST benchmark.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from bench.common import (
    Result,
    Servers,
    bench_prefix,
    delete_bench_topics,
    freeze_heap,
    fresh_topics,
    group_memory,
    ms,
    open_loop,
    percentile,
    postmaster_pid,
    ratio,
    rss_kib,
)
from bench.kafkaio import raw_hop_latency
from bench.lean_http import LeanClient
from chaos.sockets import listening_pid
from deploy.local import stack
from ops.kafka_tools import Kafka
from shared.catalogue import Stream, all_topics, spec_for, topic_name
from shared.catalogue.partnerships import InvitationSent
from shared.db import asyncpg_dsn
from shared.events import Event
from shared.outbox import OUTBOX_CHANNEL
from tests.support.infra import Infra
from tests.support.receiver import Receiver
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System


@dataclass
class Client:
    http: httpx.AsyncClient
    token: str

    async def call(self, method: str, url: str, expect: int = 200, **kwargs: Any) -> Any:
        headers = {"Authorization": f"Bearer {self.token}", **kwargs.pop("headers", {})}
        response = await self.http.request(method, url, headers=headers, **kwargs)
        if response.status_code != expect:
            raise RuntimeError(f"{method} {url}: {response.status_code} {response.text[:300]}")
        return response.json() if response.content else None


async def login(http: httpx.AsyncClient, base: str, client_id: str, secret: str) -> Client:
    response = await http.post(
        f"{base}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    response.raise_for_status()
    return Client(http, response.json()["access_token"])


async def enrol(admin: Client, base: str, roles: list[str], org: str | None) -> Client:
    body: dict[str, Any] = {"name": f"bench {roles[0]}", "roles": roles}
    if org:
        body["organisation_id"] = org
    created = await admin.call("POST", f"{base}/clients", 201, json=body)
    return await login(admin.http, base, created["client_id"], created["client_secret"])


def draft_body(member: str, index: int) -> dict[str, Any]:
    return {
        "title": f"Fair recruitment corridor {index}",
        "summary": "Zero-fee recruitment of seasonal farm workers, with diaspora support.",
        "members": [{"partner_id": member, "role": "implementing"}],
        "level": "bilateral",
        "countries": [{"code": "MX", "role": "origin"}, {"code": "CA", "role": "destination"}],
        "themes": ["human_rights"],
        "gcm_objectives": [6],
        "sdg_targets": ["8.8", "10.7"],
        "planned_commitments": [
            {
                "description": "Workers recruited without paying fees",
                "responsible_partner_id": member,
                "indicator": "workers recruited fee-free",
                "unit": "workers",
                "baseline": "0",
                "target": "400",
                "due_date": (date.today() + timedelta(days=365)).isoformat(),
            }
        ],
    }


@dataclass
class Latencies:
    values: list[float]
    failures: int
    seconds: float

    def summary(self) -> dict[str, Any]:
        return {
            "requests": len(self.values) + self.failures,
            "per_s": round((len(self.values) + self.failures) / self.seconds, 1),
            "p50_ms": ms(percentile(self.values, 50)),
            "p99_ms": ms(percentile(self.values, 99)),
            "non_2xx": self.failures,
        }


async def closed_loop(
    count: int, concurrency: int, call: Callable[[int], Awaitable[bool]]
) -> Latencies:
    values: list[float] = []
    failures = 0
    next_index = 0

    async def worker() -> None:
        nonlocal next_index, failures
        while next_index < count:
            index, next_index = next_index, next_index + 1
            start = time.perf_counter()
            ok = await call(index)
            if ok:
                values.append(time.perf_counter() - start)
            else:
                failures += 1

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Latencies(values, failures, time.perf_counter() - start)


class Footprint:
    """Samples VmRSS of the system's processes, the broker and PostgreSQL; keeps the peak."""

    def __init__(self, system: System, servers: Servers) -> None:
        self.pids = {name: process.pid for name, process in system.processes.items()}
        port = int(servers.kafka_bootstrap.rsplit(":", 1)[1])
        self.broker = listening_pid(port)
        self.postgres = postmaster_pid(stack.PG_PORT)
        self.peak: dict[str, int] = {}

    def sample(self) -> dict[str, int]:
        figures = {f"{name}_rss_mib": rss_kib(pid) // 1024 for name, pid in self.pids.items()}
        figures["services_total_rss_mib"] = sum(figures.values())
        if self.broker:
            figures["kafka_broker_rss_mib"] = rss_kib(self.broker) // 1024
        if self.postgres:
            memory = group_memory(self.postgres)
            figures["postgres_processes"] = memory["processes"]
            figures["postgres_rss_sum_mib"] = memory["rss_kib"] // 1024
            figures["postgres_pss_sum_mib"] = memory["pss_kib"] // 1024
        for key, value in figures.items():
            self.peak[key] = max(self.peak.get(key, 0), value)
        return figures

    async def watch(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await asyncio.to_thread(self.sample)
            await asyncio.sleep(0.5)


async def run(
    servers: Servers,
    *,
    count: int,
    concurrency: int,
    open_seconds: float,
    e2e_rate: float,
    e2e_seconds: float,
    api_workers: int = 1,
    keep_logs: Path | None = None,
) -> list[Result]:
    infra = Infra(kafka_bootstrap=servers.kafka_bootstrap, postgres_url=servers.postgres_url)
    with tempfile.TemporaryDirectory(prefix="alianza-bench-") as logs:
        system = System(infra=infra, logs=Path(logs), api_replicas=api_workers)
        try:
            await system.start()
            return await _measure(
                system, servers, count, concurrency, open_seconds, e2e_rate, e2e_seconds
            )
        except Exception:
            print(await asyncio.to_thread(_tails, Path(logs)))
            raise
        finally:
            await system.stop()
            if keep_logs is not None:
                await asyncio.to_thread(shutil.copytree, logs, keep_logs, dirs_exist_ok=True)
            if system.env:
                await delete_bench_topics(servers, all_topics(system.env["ALIANZA_TOPIC_PREFIX"]))


def _tails(logs: Path) -> str:
    return "\n".join(
        f"--- {log.name}\n" + "\n".join(log.read_text().splitlines()[-15:])
        for log in sorted(logs.glob("*.log"))
    )


async def _measure(
    system: System,
    servers: Servers,
    count: int,
    concurrency: int,
    open_seconds: float,
    e2e_rate: float,
    e2e_seconds: float,
) -> list[Result]:
    registry = system.url("registry")
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(timeout=30, limits=limits) as http:
        admin = await login(http, registry, ADMIN_ID, ADMIN_SECRET)
        orgs = []
        for name, kind, country in [
            ("Secretaría del Trabajo", "line_ministry", "MX"),
            ("Canadian Agricultural Employers", "employer_or_recruiter", "CA"),
            ("Compact Secretariat", "un_agency", "CH"),
        ]:
            partner = await admin.call(
                "POST",
                f"{registry}/partners",
                201,
                json={"name": name, "kind": kind, "country": country},
            )
            orgs.append(partner["id"])
        owner = await enrol(admin, registry, ["partner"], orgs[0])
        member = await enrol(admin, registry, ["partner"], orgs[1])
        secretariat = await enrol(admin, registry, ["secretariat"], orgs[2])
        ops = await enrol(admin, registry, ["ops"], None)

        footprint = Footprint(system, servers)
        await asyncio.sleep(2)
        at_rest = footprint.sample()
        footprint.peak = {}

        created: list[str] = []

        # The hot loop's requests go through the lean client: httpx's own CPU, on the cores the
        # system under test runs on, was a tenth of what the system spent per request.
        lean = LeanClient(registry)
        authorised = {"Authorization": f"Bearer {owner.token}"}

        async def create(index: int) -> bool:
            reply = await lean.post_json("/partnerships", draft_body(orgs[1], index), authorised)
            if reply.status == 201:
                created.append(reply.json()["id"])
                return True
            return False

        freeze_heap()  # this process's own collections would count as the system's latency
        stop = asyncio.Event()
        sampler = asyncio.create_task(footprint.watch(stop))
        try:
            await closed_loop(min(50, count), concurrency, create)  # warm-up
            closed = await closed_loop(count, concurrency, create)
            max_rate = closed.summary()["per_s"]
            half = max(1.0, max_rate / 2)
            values: list[float] = []
            failures = 0

            async def create_at(index: int, scheduled: float) -> None:
                nonlocal failures
                if await create(index):
                    values.append(time.perf_counter() - scheduled)
                else:
                    failures += 1

            open_elapsed = await open_loop(half, int(half * open_seconds), create_at)
            opened = Latencies(values, failures, open_elapsed)
        finally:
            stop.set()
            await sampler
            await lean.aclose()
        under_load = dict(footprint.peak)
        baseline = await _asyncpg_baseline(
            asyncpg_dsn(system.env["REGISTRY_DATABASE_URL"]),
            topic_name(system.env["ALIANZA_TOPIC_PREFIX"], Stream.PARTNERSHIPS),
            orgs,
            count,
            concurrency,
        )

        e2e = await _end_to_end(
            system, servers, http, owner, member, secretariat, ops, orgs, e2e_rate, e2e_seconds
        )

    closed_figures, open_figures = closed.summary(), opened.summary()
    value = ratio(closed_figures["per_s"], baseline.summary()["per_s"])
    rest_met = (
        value is not None
        and value >= 0.5
        and open_figures["p99_ms"] <= 50
        and closed_figures["non_2xx"] == 0
        and open_figures["non_2xx"] == 0
    )
    rest = Result(
        name="rest_writes",
        figures={
            "endpoint": "POST /partnerships (draft)",
            "closed_loop": closed_figures | {"concurrency": concurrency},
            "api_workers": system.api_replicas,
            "open_loop": open_figures | {"offered_per_s": round(half, 1)},
        },
        baseline={"asyncpg_same_writes": baseline.summary() | {"concurrency": concurrency}},
        ratio=value,
        target="≥ 0.5 x asyncpg; p99 ≤ 50 ms at half max",
        met=rest_met,
        headline={
            f"closed loop req/s (c={concurrency}, API workers {system.api_replicas})": closed_figures[
                "per_s"
            ],
            "closed loop p50/p99 ms": f"{closed_figures['p50_ms']}/{closed_figures['p99_ms']}",
            f"open loop @{half:.0f}/s p50/p99 ms": f"{open_figures['p50_ms']}/{open_figures['p99_ms']}",
            "non-2xx (closed+open)": closed_figures["non_2xx"] + open_figures["non_2xx"],
        },
        baseline_headline={"asyncpg tx/s": baseline.summary()["per_s"]},
        notes=[
            "a draft naming a member: partner lookup + partnership, version, history and "
            "invitation rows + the invitation's outbox row and NOTIFY, in one transaction "
            "(the baseline the same, with asyncpg)",
            "load generator (httpx) shares the 2 cores with the API, PostgreSQL and Kafka",
        ],
    )
    total_rest = at_rest["services_total_rss_mib"]
    footprint_result = Result(
        name="footprint",
        figures={"at_rest": at_rest, "peak_under_rest_benchmark": under_load},
        baseline={"at_rest_services_total_rss_mib": total_rest},
        ratio=ratio(under_load.get("services_total_rss_mib", 0), total_rest),
        target="(none: reported)",
        met=None,
        headline={
            "services RSS MiB rest/peak (9 procs)": (
                f"{total_rest}/{under_load.get('services_total_rss_mib')}"
            ),
            "registry-api RSS MiB rest/peak": (
                f"{at_rest.get('registry-api_rss_mib')}/{under_load.get('registry-api_rss_mib')}"
            ),
            "kafka broker RSS MiB rest/peak": (
                f"{at_rest.get('kafka_broker_rss_mib')}/{under_load.get('kafka_broker_rss_mib')}"
            ),
            "postgres PSS MiB rest/peak": (
                f"{at_rest.get('postgres_pss_sum_mib')}/{under_load.get('postgres_pss_sum_mib')}"
            ),
        },
        baseline_headline={"ratio = peak/rest services RSS": ""},
        notes=[
            "PostgreSQL and the broker are the local stack's, shared with anything else using "
            "them; postgres_rss_sum counts shared buffers once per backend, PSS splits them",
        ],
    )
    return [rest, e2e, footprint_result]


async def _asyncpg_baseline(
    dsn: str, topic: str, orgs: list[str], count: int, concurrency: int
) -> Latencies:
    pool = await asyncpg.create_pool(dsn, min_size=concurrency, max_size=concurrency)
    assert pool is not None
    owner, member = orgs[0], orgs[1]
    body = draft_body(member, 0)

    async def write(index: int) -> bool:
        partnership_id = str(uuid.uuid4())
        async with pool.acquire() as conn, conn.transaction():
            kinds = await conn.fetch(
                "SELECT id, kind FROM partners WHERE id = ANY($1::text[])", [owner, member]
            )
            by_id = {row["id"]: row["kind"] for row in kinds}
            members = [
                {"partner_id": owner, "role": "lead", "kind": by_id.get(owner)},
                {"partner_id": member, "role": "implementing", "kind": by_id.get(member)},
            ]
            commitments = [{"id": str(uuid.uuid4()), **body["planned_commitments"][0]}]
            await conn.execute(
                "INSERT INTO partnerships (id, version, status, owner_organisation_id,"
                " lead_partner_id, title, summary, level, members, countries, planned_commitments,"
                " themes, policy_areas, gcm_objectives, sdg_targets, country_codes, partner_ids,"
                " review_cycle) VALUES ($1, 1, 'draft', $2, $2, $3, $4, $5, $6::jsonb, $7::jsonb,"
                " $8::jsonb, $9, $10, $11, $12, $13, $14, 0)",
                partnership_id,
                owner,
                f"Fair recruitment corridor {index}",
                body["summary"],
                body["level"],
                json.dumps(members),
                json.dumps(body["countries"]),
                json.dumps(commitments),
                body["themes"],
                [],
                body["gcm_objectives"],
                body["sdg_targets"],
                ["CA", "MX"],
                sorted([owner, member]),
            )
            await conn.execute(
                "INSERT INTO partnership_transitions (partnership_id, action, from_status,"
                " to_status, actor_client_id, actor_organisation_id) VALUES"
                " ($1, 'create', NULL, 'draft', 'bench', $2)",
                partnership_id,
                owner,
            )
            # The version kept whole, the member's invitation, and its `invitation_sent` event in
            # the outbox with the NOTIFY that wakes the relay: what the endpoint writes too.
            await conn.execute(
                "INSERT INTO partnership_versions (partnership_id, version, record)"
                " VALUES ($1, 1, $2::jsonb)",
                partnership_id,
                json.dumps({"id": partnership_id, "members": members, **body}),
            )
            invitation_id = str(uuid.uuid4())
            await conn.execute(
                "INSERT INTO partnership_invitations (id, partnership_id, partner_id, status)"
                " VALUES ($1, $2, $3, 'open')",
                invitation_id,
                partnership_id,
                member,
            )
            event = Event(
                source="/alianza/registry",
                type="partnership.invitation_sent",
                subject=partnership_id,
                dataschema=spec_for("partnership.invitation_sent").dataschema,
                data=InvitationSent(
                    invitation_id=invitation_id,
                    partnership_id=partnership_id,
                    organisation_id=member,
                    owner_organisation_id=owner,
                    role="implementing",
                    commitment_ids=[commitments[0]["id"]],
                ).model_dump(mode="json"),
            )
            await conn.execute(
                "INSERT INTO outbox (event_id, topic, key, event_type, envelope)"
                " VALUES ($1, $2, $3, $4, $5::jsonb)",
                event.id,
                topic,
                partnership_id,
                event.type,
                event.model_dump_json(),
            )
            await conn.execute(f"SELECT pg_notify('{OUTBOX_CHANNEL}', '')")
        return True

    try:
        await closed_loop(min(50, count), concurrency, write)
        return await closed_loop(count, concurrency, write)
    finally:
        await pool.close()


async def _quiet(system: System, servers: Servers, limit: float = 180.0) -> float:
    """Wait until the earlier phases' events are all through — no unpublished outbox row in any
    service, no consumer group behind on the system's topics — so the end-to-end figures are of a
    system at the offered rate, not one still digesting thousands of writes; the seconds it took."""
    started = time.monotonic()
    prefix = system.env["ALIANZA_TOPIC_PREFIX"]
    kafka = Kafka(servers.kafka_bootstrap)
    quiet_checks = 0
    while time.monotonic() - started < limit and quiet_checks < 2:
        unpublished = 0
        for service in stack.SERVICES:
            conn = await asyncpg.connect(
                asyncpg_dsn(system.env[f"{service.env_prefix}DATABASE_URL"])
            )
            try:
                unpublished += await conn.fetchval(
                    "SELECT count(*) FROM outbox WHERE published_at IS NULL"
                    " AND quarantined_at IS NULL"
                )
            finally:
                await conn.close()
        behind = sum(row.lag for row in await kafka.lag(prefix))
        quiet_checks = quiet_checks + 1 if unpublished == 0 and behind == 0 else 0
        await asyncio.sleep(1.0)
    return round(time.monotonic() - started, 1)


async def _end_to_end(
    system: System,
    servers: Servers,
    http: httpx.AsyncClient,
    owner: Client,
    member: Client,
    secretariat: Client,
    ops: Client,
    orgs: list[str],
    rate: float,
    seconds: float,
) -> Result:
    registry, notifications = system.url("registry"), system.url("notifications")
    count = int(rate * seconds)
    warm = 3
    drafts = []
    for index in range(count + warm):
        draft = await owner.call(
            "POST", f"{registry}/partnerships", 201, json=draft_body(orgs[1], index)
        )
        drafts.append(draft["id"])
        # The member it names consents, as the registry asks before a proposal (not timed).
        [invitation] = await member.call(
            "GET", f"{registry}/partnerships/{draft['id']}/invitations"
        )
        await member.call("POST", f"{registry}/invitations/{invitation['id']}/accept")
    with Receiver() as hooks:
        await ops.call(
            "POST",
            f"{notifications}/subscriptions",
            201,
            json={"target_url": hooks.url, "event_types": ["partnership.proposed"]},
        )

        def arrivals() -> dict[str, tuple[float, bool]]:
            found = {}
            for request in list(hooks.received):
                envelope = json.loads(request.body)
                if envelope.get("type") == "partnership.proposed":
                    signed = bool(request.headers.get("webhook-signature"))
                    found[envelope["subject"]] = (request.at, signed)
            return found

        async def settle(ids: list[str], timeout: float = 30.0) -> dict[str, tuple[float, bool]]:
            deadline = time.monotonic() + timeout
            found = arrivals()
            while time.monotonic() < deadline and any(i not in found for i in ids):
                await asyncio.sleep(0.05)
                found = arrivals()
            return found

        settled_seconds = await _quiet(system, servers)
        freeze_heap()
        for pid in drafts[:warm]:  # the first events also wait for consumer groups to settle
            await owner.call("POST", f"{registry}/partnerships/{pid}/actions/propose")
        await settle(drafts[:warm])

        answered: dict[str, float] = {}
        failures = 0

        async def propose(index: int, scheduled: float) -> None:
            nonlocal failures
            pid = drafts[warm + index]
            response = await http.post(
                f"{registry}/partnerships/{pid}/actions/propose",
                headers={"Authorization": f"Bearer {owner.token}"},
            )
            if response.is_success:
                answered[pid] = time.monotonic()
            else:
                failures += 1

        await open_loop(rate, count, propose)
        found = await settle(list(answered))
    latencies = [found[pid][0] - at for pid, at in answered.items() if pid in found]
    signed = sum(1 for pid in answered if pid in found and found[pid][1])
    hop_topic = f"{bench_prefix()}.hop"
    async with fresh_topics(servers, [hop_topic]):
        hop = await raw_hop_latency(servers, hop_topic, rate, count)
    p50, p99 = ms(percentile(latencies, 50)), ms(percentile(latencies, 99))
    return Result(
        name="end_to_end",
        figures={
            "action": "propose (partner) → partnership.proposed webhook (ops subscription)",
            "offered_per_s": rate,
            "actions": count,
            "non_2xx": failures,
            "webhooks_received": len(latencies),
            "webhooks_signed": signed,
            "p50_ms": p50,
            "p99_ms": p99,
            "max_ms": ms(max(latencies, default=float("nan"))),
            "backlog_settled_seconds_before": settled_seconds,
        },
        baseline={"raw_kafka_hop_p50_ms": hop["p50_ms"], "raw_kafka_hop_p99_ms": hop["p99_ms"]},
        ratio=ratio(hop["p50_ms"], p50),
        target="p50 ≤ 25 ms, p99 ≤ 100 ms",
        met=p50 <= 25 and p99 <= 100 and len(latencies) == count,
        headline={
            f"2xx → webhook p50/p99 ms @{rate:g}/s": f"{p50}/{p99}",
            "webhooks received/sent": f"{len(latencies)}/{count}",
        },
        baseline_headline={"raw Kafka hop p50/p99 ms": f"{hop['p50_ms']}/{hop['p99_ms']}"},
        notes=[
            "path: API commit → relay → Kafka → notifications consumer → delivery row → "
            "dispatcher → HTTP POST; ratio = raw hop p50 / measured p50",
        ],
    )
