"""Benchmark 6: how the APIs grow with processes. The REST write benchmark (`system`) and a
concurrent read load run against 1, 2 and as many API processes as the machine has CPUs (each
count once), the processes of one service sharing its port as `make run REPLICAS=N` runs them.

Reads: `rows` partnerships loaded as the `reads` benchmark loads them; `CONCURRENCY` partner
clients read for `READ_SECONDS` the first `PAGES` pages of each of the `reads` filter sets, in
turn. Baseline: the same page queries through an asyncpg pool of as many connections, measured
once (the database does not change with the API's processes).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import httpx

from bench import reads, system
from bench.common import Result, Servers, fresh_database, ratio
from bench.lean_http import LeanClient
from bench.system import Latencies, enrol, login
from shared.db import DatabaseTimeouts, asyncpg_dsn
from tests.support.system import ADMIN_ID, ADMIN_SECRET

CONCURRENCY = 8
PAGES = 3
READ_SECONDS = 15.0
OWNER = "p0001"  # the partner organisation the clients read as (see reads.load)


def worker_counts() -> list[int]:
    """1, 2 and the machine's CPU count, each once."""
    return sorted({1, 2, os.cpu_count() or 1})


async def run(servers: Servers, rows: int, rest_count: int, concurrency: int) -> list[Result]:
    counts = worker_counts()
    writes: dict[int, dict[str, Any]] = {}
    for workers in counts:
        print(f"[bench] scaling: REST writes with {workers} API process(es)", flush=True)
        results = await system.run(
            servers,
            count=rest_count,
            concurrency=concurrency,
            # Short: only the closed loop and its open-loop p99 are reported here.
            open_seconds=5,
            e2e_rate=5,
            e2e_seconds=2,
            api_workers=workers,
        )
        rest = next(result for result in results if result.name == "rest_writes")
        writes[workers] = rest.figures["closed_loop"] | {
            "open_loop_p99_ms": rest.figures["open_loop"]["p99_ms"],
            "asyncpg_per_s": rest.baseline["asyncpg_same_writes"]["per_s"],
        }
    read_figures, baseline = await _reads(servers, rows, counts)
    return [_writes_result(writes), _reads_result(read_figures, baseline, rows)]


async def _reads(
    servers: Servers, rows: int, counts: list[int]
) -> tuple[dict[int, dict[str, Any]], dict[str, Any]]:
    figures: dict[int, dict[str, Any]] = {}
    async with fresh_database(servers, "registry") as url:
        dsn = asyncpg_dsn(url)
        await reads.load(dsn, rows)
        token = ""
        requests: list[dict[str, Any]] = []
        for workers in counts:
            print(f"[bench] scaling: reads with {workers} API process(es)", flush=True)
            with reads.registry_apis(servers, url, workers) as base:
                limits = httpx.Limits(max_connections=CONCURRENCY)
                async with httpx.AsyncClient(timeout=30, limits=limits) as http:
                    if not token:
                        admin = await login(http, base, ADMIN_ID, ADMIN_SECRET)
                        token = (await enrol(admin, base, ["partner"], OWNER)).token
                        requests = await _page_requests(http, base, token)
                # The timed reads go through the lean client (bench/lean_http.py): httpx's
                # own CPU per request would be taken from the cores the APIs run on.
                lean = LeanClient(base)
                try:
                    read = _api_reader(lean, token)
                    await _for_a_while(requests, read, seconds=3)  # warm-up: caches, connections
                    measured = await _for_a_while(requests, read, seconds=READ_SECONDS)
                finally:
                    await lean.aclose()
                figures[workers] = measured.summary()
        baseline = await _asyncpg_reads(dsn, requests)
    return figures, baseline


def _api_reader(lean: LeanClient, token: str) -> Callable[[dict[str, Any]], Awaitable[bool]]:
    headers = {"Authorization": f"Bearer {token}"}

    async def read(params: dict[str, Any]) -> bool:
        reply = await lean.get("/partnerships", params, headers)
        return reply.status == 200

    return read


async def _page_requests(http: httpx.AsyncClient, base: str, token: str) -> list[dict[str, Any]]:
    """The query parameters of the first PAGES pages of every filter set, cursors included."""
    params_list: list[dict[str, Any]] = []
    for query in reads.filters("p0042"):
        cursor: str | None = None
        for _ in range(PAGES):
            params = {**query, **({"cursor": cursor} if cursor else {})}
            response = await http.get(
                f"{base}/partnerships", params=params, headers={"Authorization": f"Bearer {token}"}
            )
            response.raise_for_status()
            params_list.append(params)
            cursor = response.json()["next_cursor"]
            if cursor is None:
                break
    return params_list


async def _for_a_while(
    requests: list[dict[str, Any]],
    call: Callable[[dict[str, Any]], Awaitable[bool]],
    *,
    seconds: float,
) -> Latencies:
    """CONCURRENCY callers take the next of `requests` (round and round) until `seconds` pass."""
    turns = itertools.cycle(requests)
    values: list[float] = []
    failures = 0
    deadline = time.perf_counter() + seconds

    async def caller() -> None:
        nonlocal failures
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            if await call(next(turns)):
                values.append(time.perf_counter() - start)
            else:
                failures += 1

    start = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(CONCURRENCY)))
    return Latencies(values, failures, time.perf_counter() - start)


async def _asyncpg_reads(dsn: str, requests: list[dict[str, Any]]) -> dict[str, Any]:
    """The same pages' queries through asyncpg, with the services' session settings."""
    pool = await asyncpg.create_pool(
        dsn,
        min_size=CONCURRENCY,
        max_size=CONCURRENCY,
        **DatabaseTimeouts().connect_args(),
    )
    assert pool is not None

    async def read(params: dict[str, Any]) -> bool:
        query = {name: value for name, value in params.items() if name != "cursor"}
        statement = reads.page_sql(query, OWNER, params.get("cursor"))
        async with pool.acquire() as conn:
            await reads.fetch_page(conn, statement)
        return True

    try:
        await _for_a_while(requests, read, seconds=3)
        return (await _for_a_while(requests, read, seconds=READ_SECONDS)).summary()
    finally:
        await pool.close()


def _by_count(figure: str, by_count: dict[int, dict[str, Any]]) -> dict[str, str]:
    """One headline row per count of API processes: the rate and, in brackets, the p99."""
    return {
        f"{figure} (p99 ms), {n} API process(es)": f"{figures['per_s']} ({figures['p99_ms']})"
        for n, figures in by_count.items()
    }


def _writes_result(writes: dict[int, dict[str, Any]]) -> Result:
    one = writes[min(writes)]["per_s"]
    most = max(writes)
    return Result(
        name="scaling_writes",
        figures={f"api_workers_{n}": figures for n, figures in writes.items()},
        baseline={"one_api_process_req_per_s": one},
        ratio=ratio(writes[most]["per_s"], one),
        target="(reported: growth with API processes)",
        met=None,
        headline=_by_count("POST /partnerships req/s", writes),
        baseline_headline={"ratio = most processes / one": ""},
        notes=["each count on a whole system of its own; asyncpg_per_s is that run's baseline"],
    )


def _reads_result(
    read_figures: dict[int, dict[str, Any]], baseline: dict[str, Any], rows: int
) -> Result:
    one = read_figures[min(read_figures)]["per_s"]
    most = max(read_figures)
    return Result(
        name="scaling_reads",
        figures={"rows": rows, "concurrency": CONCURRENCY}
        | {f"api_workers_{n}": figures for n, figures in read_figures.items()},
        baseline={"asyncpg_same_pages": baseline, "one_api_process_pages_per_s": one},
        ratio=ratio(read_figures[most]["per_s"], one),
        target="(reported: growth with API processes)",
        met=None,
        headline=_by_count("GET /partnerships pages/s", read_figures)
        | {"vs asyncpg, most processes": ratio(read_figures[most]["per_s"], baseline["per_s"])},
        baseline_headline={
            "asyncpg pages/s (p99 ms)": f"{baseline['per_s']} ({baseline['p99_ms']})"
        },
        notes=[f"{CONCURRENCY} clients; ratio = most processes / one process"],
    )
