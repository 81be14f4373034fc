"""`python -m bench.commit_load URL PREFIX RATE COUNT OUT`: units of work committing one
`partner.registered` event each at a steady rate, in a process of their own, so the relay and the
observer measuring it do not wait behind this load's own work (each commit is a few ms of Python).

One second at the same rate first, not counted (the pool opens its connections as the load
rises). Writes `{event id: commit time}` to OUT as JSON; the times are `time.perf_counter()`,
CLOCK_MONOTONIC on Linux, the same clock in every process of the machine.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from bench.common import open_loop, padded_partner
from shared.db import create_engine, session_factory
from shared.uow import UnitOfWork


async def commit_at_rate(url: str, prefix: str, rate: float, count: int) -> dict[str, float]:
    engine = create_engine(url, pool_size=20)
    sessions = session_factory(engine)
    payload = padded_partner()
    committed: dict[str, float] = {}

    async def one(index: int, scheduled: float) -> None:
        async with UnitOfWork(sessions, source="bench", topic_prefix=prefix) as uow:
            event = uow.record("partner.registered", f"bench-{index % 100}", payload)
            await uow.commit()
        committed[event.id] = time.perf_counter()

    try:
        await open_loop(rate, int(rate), one)
        committed.clear()
        await open_loop(rate, count, one)
    finally:
        await engine.dispose()
    return committed


def main() -> None:
    url, prefix, rate, count, out = sys.argv[1:6]
    committed = asyncio.run(commit_at_rate(url, prefix, float(rate), int(count)))
    Path(out).write_text(json.dumps(committed))


if __name__ == "__main__":
    main()
