"""`python -m bench.ab_reads CHECKOUT_A CHECKOUT_B [--rows N] [--rounds R]`: which of two
versions of the registry serves list pages with less CPU.

A list page's latency on a shared two-core machine swings by half from one hour to the next with
no change to the code, so two versions timed one after the other compare the machine's moods.
Here both serve at once: one database of `--rows` partnerships (loaded as the reads benchmark
loads it), a registry API started from each checkout (its own `.venv`, made with `uv sync`),
and the same page requests — every `reads` filter set, walked 20 pages deep with the cursor —
sent to one and then the other, alternating which goes first. What is compared is the CPU time
each API process spent (`/proc/<pid>/stat`) per page, and the pages' latency.

Prints JSON. A first round warms both up and is not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench import reads
from bench.common import cpu_seconds, fresh_database, locate_servers, ms, percentile
from bench.lean_http import LeanClient
from bench.system import enrol, login
from chaos.ports import free_port
from shared.db import asyncpg_dsn
from tests.support.system import ADMIN_ID, ADMIN_SECRET


class Api:
    """One registry API process run from `checkout`, and the pages it served."""

    def __init__(self, checkout: Path, env: dict[str, str], port: int, log: Path) -> None:
        self.checkout = checkout
        self.base = f"http://127.0.0.1:{port}"
        python = str(checkout / ".venv/bin/python")
        self.process = subprocess.Popen(  # noqa: S603 - the checkouts the developer named
            [python, "-m", "services.registry", "api", "--port", str(port)],
            cwd=checkout,
            env={**os.environ, **env, "PYTHONPATH": str(checkout)},
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
        )
        self.latencies: list[float] = []
        self.cpu_at_start = 0.0
        self.headers: dict[str, str] = {}
        self.client = LeanClient(self.base)

    async def ready(self, http: httpx.AsyncClient) -> None:
        for _ in range(300):
            if self.process.poll() is not None:
                raise RuntimeError(f"the registry API from {self.checkout} ended")
            try:
                if (await http.get(f"{self.base}/readyz")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
        raise RuntimeError(f"the registry API from {self.checkout} did not get ready")

    async def page(self, params: dict[str, Any]) -> str | None:
        start = time.perf_counter()
        reply = await self.client.get("/partnerships", params, self.headers)
        self.latencies.append(time.perf_counter() - start)
        if reply.status != 200:
            raise RuntimeError(f"{self.checkout}: {reply.status} {reply.body[:300]!r}")
        cursor: str | None = reply.json()["next_cursor"]
        return cursor

    def figures(self) -> dict[str, Any]:
        pages = len(self.latencies)
        return {
            "checkout": str(self.checkout),
            "pages": pages,
            "cpu_ms_per_page": round(
                (cpu_seconds(self.process.pid) - self.cpu_at_start) / pages * 1000, 2
            ),
            "p50_ms": ms(percentile(self.latencies, 50)),
            "p90_ms": ms(percentile(self.latencies, 90)),
        }


async def compare(checkouts: list[Path], rows: int, rounds: int) -> dict[str, Any]:
    servers = locate_servers()
    async with fresh_database(servers, "registry") as url:
        await reads.load(asyncpg_dsn(url), rows)
        with tempfile.TemporaryDirectory(prefix="alianza-ab-") as logs:
            apis = []
            for index, checkout in enumerate(checkouts):
                port = free_port()
                env = reads.registry_api_env(servers, url, port)
                apis.append(Api(checkout, env, port, Path(logs) / f"api-{index}.log"))
            try:
                async with httpx.AsyncClient(timeout=30) as http:
                    for api in apis:
                        await api.ready(http)
                        admin = await login(http, api.base, ADMIN_ID, ADMIN_SECRET)
                        partner = await enrol(admin, api.base, ["partner"], "p0001")
                        api.headers = {"Authorization": f"Bearer {partner.token}"}
                for round_ in range(rounds + 1):
                    if round_ == 1:  # the first round warmed both up
                        for api in apis:
                            api.latencies.clear()
                            api.cpu_at_start = cpu_seconds(api.process.pid)
                    order = apis if round_ % 2 else apis[::-1]
                    await _walk_all(order)
                return {"rows": rows, "rounds": rounds, "apis": [api.figures() for api in apis]}
            finally:
                for api in apis:
                    api.process.terminate()
                    api.process.wait(timeout=20)
                    await api.client.aclose()


async def _walk_all(apis: list[Api]) -> None:
    """Every filter set 20 pages deep, each page asked of every API in turn."""
    for query in reads.filters("p0042"):
        cursors: list[str | None] = [None] * len(apis)
        for _ in range(20):
            for index, api in enumerate(apis):
                params = {**query, **({"cursor": cursors[index]} if cursors[index] else {})}
                cursors[index] = await api.page(params)
            if cursors[0] is None:
                break


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", nargs=2, type=Path, help="two checkouts, each with .venv")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    checkouts = [path.resolve() for path in args.checkouts]
    print(json.dumps(asyncio.run(compare(checkouts, args.rows, args.rounds)), indent=2))


if __name__ == "__main__":
    main()
