"""`python -m bench [--quick] [--n N] [--rows M] [--only NAME ...]`: run the benchmarks against the
local stack (started if it is not running), print a table, write bench/results/<ts>-<commit>.json."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import subprocess
import time
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import REPO, Result, Servers, locate_servers

RESULTS = REPO / "bench" / "results"
NAMES = ("relay", "consumer", "consumer-group", "system", "reads", "scaling")


@dataclass(frozen=True)
class Params:
    n: int
    consumer_n: int
    rows: int
    relay_rate: float
    latency_seconds: float
    rest_count: int
    rest_concurrency: int
    open_seconds: float
    e2e_rate: float
    e2e_seconds: float
    read_pages: int
    api_workers: int = 1
    keep_logs: Path | None = None


def params(args: argparse.Namespace) -> Params:
    if args.quick:
        defaults = Params(
            n=2000,
            consumer_n=1000,
            rows=20_000,
            relay_rate=100,
            latency_seconds=3,
            rest_count=200,
            rest_concurrency=8,
            open_seconds=3,
            e2e_rate=10,
            e2e_seconds=3,
            read_pages=5,
        )
    else:
        defaults = Params(
            n=20_000,
            # A backlog the consumer needs seconds for: at 10 000 events (~0.4 s) the group join
            # and the first fetches were a tenth of the time, and the ratio moved 0.71-0.84.
            consumer_n=50_000,
            rows=1_000_000,
            relay_rate=200,
            latency_seconds=10,
            rest_count=2000,
            rest_concurrency=8,
            open_seconds=15,
            e2e_rate=20,
            e2e_seconds=15,
            read_pages=20,
        )
    return Params(
        n=args.n or defaults.n,
        consumer_n=args.consumer_n or args.n or defaults.consumer_n,
        rows=args.rows or defaults.rows,
        relay_rate=defaults.relay_rate,
        latency_seconds=defaults.latency_seconds,
        rest_count=args.rest_count or defaults.rest_count,
        rest_concurrency=args.concurrency or defaults.rest_concurrency,
        open_seconds=defaults.open_seconds,
        e2e_rate=args.e2e_rate or defaults.e2e_rate,
        e2e_seconds=defaults.e2e_seconds,
        read_pages=defaults.read_pages,
        api_workers=args.api_workers,
        keep_logs=args.keep_logs,
    )


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - read-only
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine() -> dict[str, Any]:
    memory_kib = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            memory_kib = int(line.split()[1])
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory_gib": round(memory_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
        "kernel": platform.release(),
    }


async def run_one(name: str, servers: Servers, p: Params) -> list[Result]:
    if name == "relay":
        from bench import relay

        return [await relay.run(servers, p.n, p.relay_rate, p.latency_seconds)]
    if name == "consumer":
        from bench import consumer

        return [await consumer.run(servers, p.consumer_n)]
    if name == "consumer-group":
        from bench import consumer_group

        return [await consumer_group.run(servers, p.consumer_n)]
    if name == "system":
        from bench import system

        return await system.run(
            servers,
            count=p.rest_count,
            concurrency=p.rest_concurrency,
            open_seconds=p.open_seconds,
            e2e_rate=p.e2e_rate,
            e2e_seconds=p.e2e_seconds,
            api_workers=p.api_workers,
            keep_logs=p.keep_logs,
        )
    if name == "scaling":
        from bench import scaling

        return await scaling.run(servers, p.rows, p.rest_count, p.rest_concurrency)
    from bench import reads

    return [await reads.run(servers, p.rows, p.read_pages)]


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


async def main_async(args: argparse.Namespace) -> int:
    # aiokafka warns while a new topic's metadata propagates; the figures are what matter here.
    logging.basicConfig(level=logging.ERROR)
    p = params(args)
    servers = locate_servers()
    load_before = os.getloadavg()
    names = args.only or list(NAMES)
    results: list[Result] = []
    failures: dict[str, str] = {}
    started = time.perf_counter()
    for name in names:
        print(f"[bench] {name} …", flush=True)
        t0 = time.perf_counter()
        try:
            results += await run_one(name, servers, p)
        except Exception:
            failures[name] = traceback.format_exc()
            print(f"[bench] {name} failed:\n{failures[name]}", flush=True)
        print(f"[bench] {name} took {time.perf_counter() - t0:.1f}s", flush=True)
    print()
    print(render(results))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{stamp}-{commit()}.json"
    document = {
        "timestamp": stamp,
        "commit": commit(),
        "machine": machine(),
        "params": p.__dict__ | {"quick": args.quick},
        "servers": servers.__dict__ | {"postgres_url": "(local stack)"},
        "seconds": round(time.perf_counter() - started, 1),
        # Other work on the machine (tests sharing the broker) skews figures; this shows it.
        "loadavg_1_5_15_before": load_before,
        "loadavg_1_5_15_after": os.getloadavg(),
        "results": [result.as_json() for result in results],
        "failures": failures,
    }
    path.write_text(json.dumps(document, indent=2, default=str) + "\n")
    print(f"\n[bench] wrote {path.relative_to(REPO)} ({document['seconds']}s)")
    return 1 if failures else 0


def render(results: list[Result]) -> str:
    header = f"| benchmark | figure | value | baseline | ratio | target | met |\n|{'---|' * 7}"
    rows = []
    for result in results:
        met = "n/a" if result.met is None else ("yes" if result.met else "**no**")
        shown = result.headline or {"-": "-"}
        base = result.baseline_headline
        first = True
        for key, value in shown.items():
            if first:
                baseline_text = ", ".join(f"{k} {_cell(v)}" for k, v in base.items())
                ratio_text = "-" if result.ratio is None else f"{result.ratio:g}"
                rows.append(
                    f"| {result.name} | {key} | {_cell(value)} | {baseline_text} | {ratio_text} "
                    f"| {result.target} | {met} |"
                )
                first = False
            else:
                rows.append(f"| | {key} | {_cell(value)} | | | | |")
    return "\n".join([header, *rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--n", type=int, help="outbox rows for the relay benchmark (20000)")
    parser.add_argument("--consumer-n", type=int, help="backlog for the consumer (50000)")
    parser.add_argument("--rows", type=int, help="partnerships loaded for the reads (1000000)")
    parser.add_argument("--rest-count", type=int, help="requests in the closed loop (2000)")
    parser.add_argument("--concurrency", type=int, help="closed-loop concurrency (8)")
    parser.add_argument("--e2e-rate", type=float, help="lifecycle actions per second (20)")
    parser.add_argument("--only", nargs="+", choices=NAMES, help="run only these")
    parser.add_argument(
        "--api-workers",
        type=int,
        default=1,
        help="API processes per service on one port (SO_REUSEPORT) for the system benchmark",
    )
    parser.add_argument(
        "--keep-logs",
        type=Path,
        help="copy the system benchmark's service logs here (to trace where the time goes)",
    )
    raise SystemExit(asyncio.run(main_async(parser.parse_args())))


if __name__ == "__main__":
    main()
