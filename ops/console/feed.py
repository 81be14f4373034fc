"""The live feed as server-sent events: records from the stream and dead-letter topics, filtered.

Each record becomes an `event: record` whose data is the same JSON `alianza tail --json` prints.
The first message is `event: ready`, sent once every partition's start offset is fixed: anything
written after it is on the feed. A comment line goes out every `heartbeat` seconds, so proxies
keep the connection open and a closed browser tab is noticed; the Kafka reader stops with it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from ops.kafka_tools import Kafka, Record, RecordFilter
from shared.catalogue import dlq_name

# Bounded so a slow browser cannot make the console buffer a whole topic; a full queue pauses
# the reader (Kafka keeps the records), it never drops one.
QUEUE_SIZE = 1000
MAX_LAST = 500


@dataclass(frozen=True)
class FeedRequest:
    topics: list[str]  # full names; each stream topic brings its dead-letter topic along
    selector: RecordFilter
    last: int  # records already on each partition to start with


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, default=str, ensure_ascii=False)}\n\n"


async def event_stream(
    kafka: Kafka,
    wanted: FeedRequest,
    disconnected: Callable[[], Coroutine[Any, Any, bool]],
    heartbeat_seconds: float,
) -> AsyncIterator[str]:
    records: asyncio.Queue[Record] = asyncio.Queue(QUEUE_SIZE)
    positioned = asyncio.Event()
    topics = [*wanted.topics, *(dlq_name(topic) for topic in wanted.topics)]

    async def read() -> None:
        async for record in kafka.follow(topics, last=wanted.last, positioned=positioned):
            if wanted.selector(record):
                await records.put(record)

    reader = asyncio.create_task(read())
    try:
        while not positioned.is_set():
            if reader.done():
                reader.result()  # raises what stopped it (e.g. Kafka unreachable)
                return
            await asyncio.sleep(0.05)
        yield sse("ready", {"topics": topics})
        while not reader.done():
            try:
                record = await asyncio.wait_for(records.get(), heartbeat_seconds)
            except TimeoutError:
                if await disconnected():
                    return
                yield ": keep-alive\n\n"
                continue
            yield sse("record", record.as_json())
        reader.result()
    finally:
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await reader
