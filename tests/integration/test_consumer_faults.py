"""The consumer loop when its database goes away: transient failures are waited out, in order,
with the partitions kept — never dead-lettered, never applied twice."""

from __future__ import annotations

import asyncio
import json

import asyncpg
import pytest

from shared.catalogue import Stream, dlq_name, topic_name
from shared.db import asyncpg_dsn
from shared.events import to_kafka
from tests.integration.test_consumer import effects_table, registered
from tests.support.effect_consumer import build
from tests.support.ids import random_suffix
from tests.support.infra import Infra
from tests.support.kafka import produce, read_to_end
from tests.support.processes import eventually
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.integration

KEYS = 5


async def applied_in_order(dsn: str) -> dict[str, list[str]]:
    """Per subject, the partner ids of its applied events in the order they were applied."""
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch("SELECT subject, event_id FROM effects ORDER BY applied")
    finally:
        await conn.close()
    by_subject: dict[str, list[str]] = {}
    for row in rows:
        by_subject.setdefault(row["subject"], []).append(row["event_id"])
    return by_subject


async def test_a_database_that_refuses_connections_is_waited_out_in_order(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    await effects_table(dsn)
    proxy = TcpProxy("127.0.0.1", int(dsn.rsplit(":", 1)[1].split("/")[0]))
    await proxy.start()
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    events = [registered(i, subject=f"k-{i % KEYS}") for i in range(400)]
    await produce(infra.kafka_bootstrap, topic, [to_kafka(e) for e in events[:150]])

    consumer, engine = build(
        proxy.url_for(registry_db), infra.kafka_bootstrap, topic_prefix, f"outage-{random_suffix()}"
    )
    consumer.transient_backoff_max = 1.0
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    try:

        async def some_applied() -> bool:
            return sum(map(len, (await applied_in_order(dsn)).values())) >= 50

        await eventually(some_applied, timeout=30, interval=0.02, what="the first events applied")
        await proxy.refuse()
        # Events keep arriving while the database is away: they must wait, not be set aside.
        await produce(infra.kafka_bootstrap, topic, [to_kafka(e) for e in events[150:]])

        async def waiting() -> bool:
            return consumer.stats.transient_waits >= 3

        await eventually(waiting, timeout=30, what="the consumer to wait out the outage")
        applied_during_outage = consumer.stats.applied
        await asyncio.sleep(2.0)
        assert consumer.stats.applied == applied_during_outage
        await proxy.accept()

        async def all_applied() -> bool:
            return sum(map(len, (await applied_in_order(dsn)).values())) >= len(events)

        await eventually(all_applied, timeout=60, what="every event applied after the outage")
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await engine.dispose()
        await proxy.close()

    by_subject = await applied_in_order(dsn)
    for key in range(KEYS):
        expected = [e.id for e in events if e.subject == f"k-{key}"]
        assert by_subject[f"k-{key}"] == expected, f"k-{key} applied out of order or twice"
    assert consumer.stats.dead_lettered == 0
    assert consumer.stats.restarts == 0, "the member left the group instead of waiting"
    dead = await read_to_end(infra.kafka_bootstrap, dlq_name(topic))
    reasons = [json.dumps({k: v.decode() for k, v in r.headers if k == "dlq_reason"}) for r in dead]
    assert dead == [], f"transient failures were dead-lettered: {reasons}"
