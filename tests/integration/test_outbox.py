"""The outbox and relay against real PostgreSQL and Kafka: committed events arrive, with their
CloudEvents headers and key; rolled-back ones never do; a relay killed mid-batch loses nothing."""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from shared.catalogue import Stream, topic_name
from shared.catalogue.partners import PartnerRegistered
from shared.context import tracing
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.events import from_kafka, to_kafka
from shared.faultpoints import EXIT_STATUS
from shared.relay import CLAIM, OutboxRelay
from shared.uow import UnitOfWork
from tests.support.infra import Infra
from tests.support.kafka import read_to_end
from tests.support.processes import eventually, exited, kill, start

pytestmark = pytest.mark.integration


def partner(index: int) -> PartnerRegistered:
    return PartnerRegistered(
        partner_id=f"p-{index}", name=f"Partner {index}", kind="civil_society", country="MX"
    )


async def scratch_table(dsn: str) -> None:
    conn = await asyncpg.connect(dsn)
    await conn.execute("CREATE TABLE IF NOT EXISTS scratch_partner (id text PRIMARY KEY)")
    await conn.close()


async def count(dsn: str, sql: str) -> int:
    conn = await asyncpg.connect(dsn)
    try:
        return int(await conn.fetchval(sql))
    finally:
        await conn.close()


async def record_keyed(database_url: str, prefix: str, keys: list[str]) -> dict[str, list[str]]:
    """One event per entry of `keys`, in that order, in one unit of work; each key's event ids."""
    engine = create_engine(database_url)
    uow = UnitOfWork(session_factory(engine), source="registry", topic_prefix=prefix)
    expected: dict[str, list[str]] = {key: [] for key in keys}
    async with uow:
        for index, key in enumerate(keys):
            expected[key].append(uow.record("partner.registered", key, partner(index)).id)
        await uow.commit()
    await engine.dispose()
    return expected


def ids_by_key(records: list[Any]) -> dict[str, list[str]]:
    """The event ids on a topic, key by key, in the order they arrived."""
    seen: dict[str, list[str]] = {}
    for record in records:
        seen.setdefault(record.key.decode(), []).append(dict(record.headers)["ce_id"].decode())
    return seen


async def run_relay(dsn: str, bootstrap: str, stop: asyncio.Event) -> None:
    await OutboxRelay(dsn=dsn, bootstrap=bootstrap, poll_interval=0.2).run(stop)


async def test_committed_change_publishes_its_event_and_rollback_publishes_nothing(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    await scratch_table(dsn)
    engine = create_engine(registry_db)
    uow = UnitOfWork(session_factory(engine), source="registry", topic_prefix=topic_prefix)
    from sqlalchemy import text

    with tracing("corr-123"):
        async with uow:
            await uow.session.execute(text("INSERT INTO scratch_partner VALUES ('kept')"))
            committed = uow.record("partner.registered", "kept", partner(1))
            await uow.commit()
        async with uow:
            await uow.session.execute(text("INSERT INTO scratch_partner VALUES ('rolled-back')"))
            uow.record("partner.registered", "rolled-back", partner(2))
            # leaving the block without commit() rolls back the row and its event together
    await engine.dispose()

    assert await count(dsn, "SELECT count(*) FROM scratch_partner") == 1
    assert await count(dsn, "SELECT count(*) FROM outbox") == 1

    stop = asyncio.Event()
    relay = asyncio.create_task(run_relay(dsn, infra.kafka_bootstrap, stop))
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    await eventually(
        lambda: _between(dsn, "SELECT count(*) FROM outbox WHERE published_at IS NULL", 0, 0),
        what="the committed row published",
    )
    stop.set()
    await relay
    records = await read_to_end(infra.kafka_bootstrap, topic)

    assert len(records) == 1, "only the committed event may reach Kafka"
    record = records[0]
    headers = dict(record.headers)
    assert record.key == b"kept"
    assert headers["ce_id"].decode() == committed.id
    assert headers["ce_type"] == b"partner.registered"
    assert headers["ce_specversion"] == b"1.0"
    assert headers["ce_source"] == b"/alianza/registry"
    assert headers["ce_subject"] == b"kept"
    assert headers["ce_correlationid"] == b"corr-123"
    assert headers["content-type"] == b"application/json"
    assert headers["ce_dataschema"] == b"urn:alianza:schema:partner.registered:v1"
    event = from_kafka(record.value, list(record.headers))
    assert event.data == partner(1).model_dump()
    # The relay reads the stored envelope column by column: the record is `to_kafka`'s.
    key, value, headers_in_order = to_kafka(committed)
    assert (record.key, list(record.headers)) == (key, headers_in_order)
    assert json.loads(record.value) == json.loads(value)
    assert await count(dsn, "SELECT count(*) FROM outbox WHERE published_at IS NULL") == 0


async def test_events_recorded_in_one_unit_of_work_are_stored_in_the_order_recorded(
    registry_db: str, topic_prefix: str
) -> None:
    # The unit of work writes its events at commit in one statement: the outbox sequence must
    # still number them in the order they were recorded (per key, that order is publication
    # order), and each envelope must be the event exactly.
    keys = [f"k-{n % 7}" for n in range(300)]
    random.Random(5).shuffle(keys)
    engine = create_engine(registry_db)
    uow = UnitOfWork(session_factory(engine), source="registry", topic_prefix=topic_prefix)
    async with uow:
        recorded = [uow.record("partner.registered", key, partner(n)) for n, key in enumerate(keys)]
        await uow.commit()
    await engine.dispose()

    conn = await asyncpg.connect(asyncpg_dsn(registry_db))
    try:
        rows = await conn.fetch("SELECT event_id, key, envelope::text FROM outbox ORDER BY id")
    finally:
        await conn.close()
    assert [(row["event_id"], row["key"]) for row in rows] == [
        (event.id, event.subject) for event in recorded
    ]
    assert [json.loads(row["envelope"]) for row in rows] == [
        event.model_dump(mode="json") for event in recorded
    ]


async def test_relay_dying_between_acks_and_marking_republishes_that_batch_only(
    infra: Infra, registry_db: str, topic_prefix: str, tmp_path: Path
) -> None:
    dsn = asyncpg_dsn(registry_db)
    engine = create_engine(registry_db)
    uow = UnitOfWork(session_factory(engine), source="registry", topic_prefix=topic_prefix)
    total, keys, batch = 1000, 20, 25
    expected: dict[str, list[str]] = {f"key-{k}": [] for k in range(keys)}
    for chunk in range(0, total, 500):
        async with uow:
            for index in range(chunk, chunk + 500):
                key = f"key-{index % keys}"
                expected[key].append(uow.record("partner.registered", key, partner(index)).id)
            await uow.commit()
    await engine.dispose()
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)

    env = {
        "REGISTRY_DATABASE_URL": registry_db,
        "ALIANZA_KAFKA_BOOTSTRAP": infra.kafka_bootstrap,
        "REGISTRY_RELAY_BATCH_SIZE": str(batch),
    }
    log = tmp_path / "relay.log"
    # The fifth batch is acknowledged by the broker, then the process dies before its UPDATE.
    relay = start(
        ["-m", "services.registry", "relay"],
        {**env, "ALIANZA_FAULT_POINTS": "relay.acked=exit@5"},
        log,
    )
    assert await exited(relay) == EXIT_STATUS
    assert "fault point relay.acked: exit" in log.read_text()
    unpublished = "SELECT count(*) FROM outbox WHERE published_at IS NULL"
    assert await count(dsn, unpublished) == total - 4 * batch, "four batches were marked"
    on_topic = [
        dict(r.headers)["ce_id"].decode() for r in await read_to_end(infra.kafka_bootstrap, topic)
    ]
    assert len(on_topic) == 5 * batch, "the fifth batch reached the broker before the crash"
    conn = await asyncpg.connect(dsn)
    marked = {
        row[0]
        for row in await conn.fetch("SELECT event_id FROM outbox WHERE published_at IS NOT NULL")
    }
    await conn.close()
    acked_not_marked = set(on_topic) - marked
    assert len(acked_not_marked) == batch

    relay = start(["-m", "services.registry", "relay"], env, log)
    try:
        await eventually(
            lambda: _between(dsn, unpublished, 0, 0), timeout=60, what="every row published"
        )
    finally:
        kill(relay)

    records = await read_to_end(infra.kafka_bootstrap, topic)
    ids = [dict(record.headers)["ce_id"].decode() for record in records]
    # Nothing missing, and the only repeats are the batch that was acked but not marked.
    assert set(ids) == {event_id for key_ids in expected.values() for event_id in key_ids}
    repeated = {event_id for event_id in ids if ids.count(event_id) > 1}
    assert repeated == acked_not_marked
    assert len(ids) == total + batch
    seen: dict[str, list[str]] = {key: [] for key in expected}
    for record in records:
        seen[record.key.decode()].append(dict(record.headers)["ce_id"].decode())
    for key, key_ids in expected.items():
        # Dropping the repeats must leave the original order.
        assert list(dict.fromkeys(seen[key])) == key_ids, f"{key}: events out of order"


async def _between(dsn: str, sql: str, low: int, high: int) -> bool:
    return low <= await count(dsn, sql) <= high


async def test_two_relays_publish_everything_once_in_order_per_key(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    expected = await record_keyed(
        registry_db, topic_prefix, [f"key-{index % 5}" for index in range(1000)]
    )

    stop = asyncio.Event()
    relays = [
        OutboxRelay(
            dsn=dsn,
            bootstrap=infra.kafka_bootstrap,
            batch_size=20,
            poll_interval=0.2,
            standby_interval=0.1,
        )
        for _ in range(2)
    ]
    tasks = [asyncio.create_task(relay.run(stop)) for relay in relays]
    unpublished = "SELECT count(*) FROM outbox WHERE published_at IS NULL"
    await eventually(
        lambda: _between(dsn, unpublished, 0, 0), timeout=60, what="every row published"
    )
    stop.set()
    await asyncio.gather(*tasks)

    # One relay leads (advisory lock) while the other stands by: no row is sent twice.
    assert sorted(relay.published_total for relay in relays) == [0, 1000]
    records = await read_to_end(
        infra.kafka_bootstrap, topic_name(topic_prefix, Stream.PARTNERSHIPS)
    )
    assert len(records) == 1000, "read to the end: nothing missing, nothing extra"
    assert ids_by_key(records) == expected


class WatchedRelay(OutboxRelay):
    """A relay that notes, for every batch it claims, the keys it claimed and those it had to
    leave out because a batch of theirs was still in flight."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.claims: list[tuple[frozenset[str], frozenset[str]]] = []

    async def _claim(self, conn: asyncpg.Connection, keys_in_flight: frozenset[str]) -> Any:
        batch = await super()._claim(conn, keys_in_flight)
        if batch is not None:
            self.claims.append((keys_in_flight, batch.keys))
        return batch


async def test_a_long_backlog_goes_out_once_in_order_per_key_with_batches_claimed_beside_one_in_flight(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    # 1 000 events over 150 keys drawn at random, in batches of 20: a batch shares a few keys
    # with the next, which must leave those rows for later.
    draw = random.Random(7)
    expected = await record_keyed(
        registry_db, topic_prefix, [f"key-{draw.randrange(150)}" for _ in range(1000)]
    )

    relay = WatchedRelay(dsn=dsn, bootstrap=infra.kafka_bootstrap, batch_size=20, poll_interval=0.2)
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    unpublished = "SELECT count(*) FROM outbox WHERE published_at IS NULL"
    try:
        await eventually(
            lambda: _between(dsn, unpublished, 0, 0), timeout=60, what="every row published"
        )
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)

    beside = [(in_flight, claimed) for in_flight, claimed in relay.claims if in_flight]
    assert len(beside) > 10, "batches were claimed while another was in flight"
    for in_flight, claimed in beside:
        assert not in_flight & claimed, "a batch took a key of the batch in flight"
    assert relay.published_total == 1000
    records = await read_to_end(
        infra.kafka_bootstrap, topic_name(topic_prefix, Stream.PARTNERSHIPS)
    )
    assert len(records) == 1000, "read to the end: nothing missing, nothing extra"
    assert ids_by_key(records) == expected


async def test_published_outbox_rows_old_inbox_entries_and_idempotency_keys_are_pruned(
    registry_db: str,
) -> None:
    from datetime import timedelta

    from shared.outbox import prune_inbox

    dsn = asyncpg_dsn(registry_db)
    conn = await asyncpg.connect(dsn)
    await conn.execute(
        "INSERT INTO outbox (event_id, topic, key, event_type, envelope, published_at)"
        " SELECT 'old-' || g, 't', 'k', 'partner.registered', '{}', now() - interval '10 days'"
        " FROM generate_series(1, 120) g"
    )
    await conn.execute(
        "INSERT INTO outbox (event_id, topic, key, event_type, envelope, published_at)"
        " VALUES ('fresh', 't', 'k', 'partner.registered', '{}', now()), ('pending', 't', 'k', 'x', '{}', NULL)"
    )
    await conn.execute(
        "INSERT INTO inbox (consumer_group, event_id, event_type, processed_at)"
        " SELECT 'g', 'old-' || g, 't', now() - interval '10 days' FROM generate_series(1, 120) g"
    )
    await conn.execute(
        "INSERT INTO inbox (consumer_group, event_id, event_type) VALUES ('g', 'fresh', 't')"
    )

    relay = OutboxRelay(dsn=dsn, bootstrap="unused:9", retention=timedelta(days=3))
    assert await relay.prune(conn, batch=50) == 120
    assert await conn.fetchval("SELECT array_agg(event_id ORDER BY event_id) FROM outbox") == [
        "fresh",
        "pending",
    ]

    await conn.execute(
        "INSERT INTO idempotency_keys (client_id, key, request_hash, created_at)"
        " SELECT 'c', 'old-' || g, 'h', now() - interval '2 days' FROM generate_series(1, 70) g"
    )
    await conn.execute(
        "INSERT INTO idempotency_keys (client_id, key, request_hash) VALUES ('c', 'fresh', 'h')"
    )
    assert await relay.prune_idempotency_keys(conn, batch=50) == 70, "older than 24 h"
    assert await conn.fetchval("SELECT array_agg(key) FROM idempotency_keys") == ["fresh"]

    engine = create_engine(registry_db)
    async with session_factory(engine)() as session:
        assert await prune_inbox(session, timedelta(days=3), batch=50) == 120
    await engine.dispose()
    assert await conn.fetchval("SELECT array_agg(event_id) FROM inbox") == ["fresh"]
    await conn.close()


async def _relay_idle(dsn: str) -> bool:
    """The leading relay has listened and claimed once: any NOTIFY from now on wakes it, and
    only a NOTIFY or its poll can make it claim again."""
    conn = await asyncpg.connect(dsn)
    try:
        query = await conn.fetchval(
            "SELECT a.query FROM pg_locks l JOIN pg_stat_activity a USING (pid)"
            " WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database()"
        )
        return query is not None and "advisory" not in query and not query.startswith("LISTEN")
    finally:
        await conn.close()


async def _record_one(registry_db: str, topic_prefix: str, index: int) -> str:
    engine = create_engine(registry_db)
    uow = UnitOfWork(session_factory(engine), source="registry", topic_prefix=topic_prefix)
    async with uow:
        event_id = uow.record("partner.registered", f"k-{index}", partner(index)).id
        await uow.commit()
    await engine.dispose()
    return event_id


async def test_notify_wakes_a_relay_whose_poll_would_not_come_for_ten_minutes(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    stop = asyncio.Event()
    relay = OutboxRelay(dsn=dsn, bootstrap=infra.kafka_bootstrap, poll_interval=600)
    task = asyncio.create_task(relay.run(stop))
    try:
        await eventually(lambda: _relay_idle(dsn), what="the relay to wait for work")
        event_id = await _record_one(registry_db, topic_prefix, 1)
        unpublished = "SELECT count(*) FROM outbox WHERE published_at IS NULL"
        # Only the commit's NOTIFY can wake it this soon.
        await eventually(lambda: _between(dsn, unpublished, 0, 0), timeout=15, what="publish")
    finally:
        stop.set()
        await task
    records = await read_to_end(
        infra.kafka_bootstrap, topic_name(topic_prefix, Stream.PARTNERSHIPS)
    )
    assert [dict(r.headers)["ce_id"].decode() for r in records] == [event_id]


async def test_the_safety_poll_publishes_a_row_whose_notify_nobody_heard(
    infra: Infra, registry_db: str, topic_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dsn = asyncpg_dsn(registry_db)
    stop = asyncio.Event()
    relay = OutboxRelay(dsn=dsn, bootstrap=infra.kafka_bootstrap, poll_interval=3)
    task = asyncio.create_task(relay.run(stop))
    try:
        await eventually(lambda: _relay_idle(dsn), what="the relay to wait for work")
        # The commit notifies a channel no relay listens on: the NOTIFY is lost.
        monkeypatch.setattr("shared.uow.OUTBOX_CHANNEL", "nobody_listens_here")
        event_id = await _record_one(registry_db, topic_prefix, 2)
        unpublished = "SELECT count(*) FROM outbox WHERE published_at IS NULL"
        await eventually(lambda: _between(dsn, unpublished, 0, 0), timeout=15, what="publish")
    finally:
        stop.set()
        await task
    records = await read_to_end(
        infra.kafka_bootstrap, topic_name(topic_prefix, Stream.PARTNERSHIPS)
    )
    assert [dict(r.headers)["ce_id"].decode() for r in records] == [event_id]


async def test_a_claim_reads_one_batch_in_id_order_however_large_the_backlog(
    registry_db: str,
) -> None:
    # A backlog grown since the table's statistics were taken (here: never), as after an outage.
    # Planned from those, the claim read every unpublished row and sorted them, for each batch.
    dsn = asyncpg_dsn(registry_db)
    relay = OutboxRelay(dsn=dsn, bootstrap="unused:9092")
    conn = await relay.connect()
    try:
        await conn.copy_records_to_table(
            "outbox",
            records=[
                (f"e-{n}", "t", f"k-{n % 500}", "partner.registered", "{}") for n in range(20_000)
            ],
            columns=["event_id", "topic", "key", "event_type", "envelope"],
        )
        async with conn.transaction():
            plan = "\n".join(
                row[0]
                for row in await conn.fetch(
                    f"EXPLAIN (ANALYZE) {CLAIM}", relay.batch_size, ["k-1", "k-2"]
                )
            )
    finally:
        await conn.close()
    assert "Index Scan using outbox_unpublished" in plan, plan
    assert "Sort" not in plan, plan
    assert f"rows={relay.batch_size} " in plan.splitlines()[0], plan
