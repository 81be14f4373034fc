"""`python -m chaos`: run the whole system under load while breaking it, then reconcile."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from chaos.faults import schedule
from chaos.plan import plan_for
from chaos.run import run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--short", action="store_true", help="the ~3 minute variant")
    parser.add_argument(
        "--cluster",
        action="store_true",
        help="three Kafka nodes and three replicas of every process (two with --short); node,"
        " quorum-leader and two-node kills, a consumer group scaled to 1 and back, twice",
    )
    parser.add_argument("--brokers", type=int, help="Kafka nodes")
    parser.add_argument("--replicas", type=int, help="how often each service process runs")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--duration", type=float, dest="duration_seconds", help="seconds of load")
    parser.add_argument("--walkers", type=int)
    parser.add_argument(
        "--kills", type=int, dest="kills_per_process", help="SIGKILLs per process type"
    )
    parser.add_argument("--broker-restarts", type=int)
    parser.add_argument("--broker-outage", type=float, dest="broker_outage_seconds")
    parser.add_argument("--postgres-restarts", type=int)
    parser.add_argument(
        "--refuse", type=float, dest="refuse_seconds", help="seconds one database refuses"
    )
    parser.add_argument("--blackholes", type=int, dest="relay_blackholes")
    parser.add_argument("--report", type=Path, help="where the JSON report goes")
    parser.add_argument("--keep", action="store_true", help="keep the state folder (logs, data)")
    parser.add_argument("--print-schedule", action="store_true", help="print the faults and exit")
    args = parser.parse_args()
    options = vars(args)
    plan = plan_for(
        options.pop("short"),
        options.pop("cluster"),
        **{k: v for k, v in options.items() if k not in {"report", "keep", "print_schedule"}},
    )
    if args.print_schedule:
        for fault in schedule(plan):
            print(f"{fault.at:8.2f}s {fault.kind:<18} {fault.target} {fault.seconds or ''}")
        return
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", force=True)
    logging.getLogger("aiokafka").setLevel(logging.ERROR)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    report = asyncio.run(run(plan, args.report, args.keep))
    print(report.summary())
    sys.exit(0 if report.passed else 1)


if __name__ == "__main__":
    main()
