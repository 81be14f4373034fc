"""The relay when rows are poison or its database connection dies silently: a row that can never
be a record is set aside and the others flow, in per-key order; a black-holed leader is replaced."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import asyncpg
import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaTimeoutError

from chaos.ports import free_port
from chaos.proxy import DatabaseProxy
from shared.catalogue import Stream, topic_name
from shared.catalogue.partners import PartnerRegistered
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.events import Event, from_kafka, to_kafka
from shared.kafka import ensure_topics, record_size
from shared.relay import KafkaUnavailable, OutboxRelay
from shared.uow import EventTooLarge, UnitOfWork
from tests.support.database import server_port, through
from tests.support.infra import Infra
from tests.support.kafka import read_to_end
from tests.support.processes import eventually

pytestmark = pytest.mark.integration


def partner(name: str, size: int = 0) -> PartnerRegistered:
    return PartnerRegistered(partner_id=name, name=name + "ж" * size, kind="academia", country="MX")


async def record_events(
    database_url: str, prefix: str, events: list[tuple[str, str]]
) -> dict[str, str]:
    """Write `(key, partner name)` events to the outbox, one committed unit of work each;
    returns each name's event id."""
    engine = create_engine(database_url)
    uow = UnitOfWork(session_factory(engine), source="test", topic_prefix=prefix)
    ids: dict[str, str] = {}
    try:
        for key, name in events:
            async with uow:
                ids[name] = uow.record("partner.registered", key, partner(name)).id
                await uow.commit()
    finally:
        await engine.dispose()
    return ids


async def outbox_rows(dsn: str, ids: dict[str, str]) -> dict[str, asyncpg.Record]:
    """The outbox rows by the name of the partner their event was written for."""
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch("SELECT * FROM outbox ORDER BY id")
    finally:
        await conn.close()
    names = {event_id: name for name, event_id in ids.items()}
    return {names[row["event_id"]]: row for row in rows}


async def published_names(bootstrap: str, topic: str) -> list[str]:
    records = await read_to_end(bootstrap, topic)
    return [from_kafka(r.value, r.headers).data["partner_id"] for r in records]


async def test_poison_rows_are_set_aside_and_only_their_own_key_waits(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    ids = await record_events(
        registry_db,
        topic_prefix,
        [
            ("a", "a1"),
            ("b", "b1-malformed"),
            ("b", "b2"),
            ("c", "c1-no-topic"),
            ("c", "c2"),
            ("d", "d1-too-large"),
            ("e", "e1"),
        ],
    )
    conn = await asyncpg.connect(dsn)
    try:
        # What the unit of work would never write, but a bug, a manual fix or an older version
        # might: an envelope the relay cannot read, a topic the broker lacks, a record too big.
        await conn.execute(
            "UPDATE outbox SET envelope = '{\"data\": 1}'::jsonb"
            " WHERE envelope->'data'->>'partner_id' = 'b1-malformed'"
        )
        await conn.execute(
            "UPDATE outbox SET topic = $1 WHERE envelope->'data'->>'partner_id' = 'c1-no-topic'",
            f"{topic_prefix}.no-such-topic",
        )
        await conn.execute(
            "UPDATE outbox SET envelope = jsonb_set(envelope, '{data,name}', to_jsonb($1::text))"
            " WHERE envelope->'data'->>'partner_id' = 'd1-too-large'",
            "x" * 5000,
        )
    finally:
        await conn.close()

    relay = OutboxRelay(
        dsn=dsn,
        bootstrap=infra.kafka_bootstrap,
        poll_interval=0.2,
        max_record_bytes=4000,
        # Short, not 0: a topic created just before (the test's own) can be missing from the
        # first metadata answer of a busy broker, and with no grace its rows went aside too.
        missing_topic_grace=2,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    try:

        async def others_published_and_missing_topic_given_up() -> bool:
            rows = await outbox_rows(dsn, ids)
            healthy = all(rows[name]["published_at"] for name in ("a1", "e1"))
            return healthy and rows["c1-no-topic"]["quarantined_at"] is not None

        await eventually(
            others_published_and_missing_topic_given_up,
            timeout=30,
            what="the healthy keys published and the missing topic's row set aside",
        )
        await asyncio.sleep(1.0)  # a few more relay cycles: nothing behind a set-aside row moves
        assert not task.done(), "a poison row must not stop the relay"
        rows = await outbox_rows(dsn, ids)
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)

    for name, why in [
        ("b1-malformed", "envelope cannot be read"),
        ("c1-no-topic", "does not exist"),
        ("d1-too-large", "over the limit of 4000"),
    ]:
        assert rows[name]["quarantined_at"] is not None, name
        assert rows[name]["published_at"] is None, name
        assert why in rows[name]["quarantine_reason"], rows[name]["quarantine_reason"]
    for waiting in ("b2", "c2"):
        assert rows[waiting]["published_at"] is None, f"{waiting} overtook its set-aside key"
        assert rows[waiting]["quarantined_at"] is None, f"{waiting} itself is not poison"
    assert relay.quarantined_total == 3
    assert sorted(await published_names(infra.kafka_bootstrap, topic)) == ["a1", "e1"]


async def test_rows_of_a_topic_created_within_the_grace_wait_for_it_in_order(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    # A broker that has just come up, or a topic operator that has not caught up yet: the topic
    # appears a little after the rows meant for it. They wait (with the rest of their key) and
    # are published once it exists, not set aside.
    dsn = asyncpg_dsn(registry_db)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    late_topic = f"{topic_prefix}.created-late"
    ids = await record_events(
        registry_db, topic_prefix, [("a", "a1"), ("c", "c1-late-topic"), ("c", "c2")]
    )
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(
            "UPDATE outbox SET topic = $1 WHERE envelope->'data'->>'partner_id' = 'c1-late-topic'",
            late_topic,
        )
    finally:
        await conn.close()

    # A poll ten minutes apart: only the relay's own recheck of a missing topic can publish
    # the waiting rows within the test's 30 s.
    relay = OutboxRelay(
        dsn=dsn, bootstrap=infra.kafka_bootstrap, poll_interval=600, missing_topic_grace=600
    )
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    try:

        async def published(*names: str) -> bool:
            rows = await outbox_rows(dsn, ids)
            return all(rows[name]["published_at"] for name in names)

        await eventually(lambda: published("a1"), timeout=30, what="the other key published")
        await asyncio.sleep(2.5)  # a few more relay rechecks while the topic is missing
        rows = await outbox_rows(dsn, ids)
        for waiting in ("c1-late-topic", "c2"):
            assert rows[waiting]["quarantined_at"] is None, f"{waiting} set aside within the grace"
            assert rows[waiting]["published_at"] is None, f"{waiting} published too early"

        await ensure_topics(infra.kafka_bootstrap, [late_topic])
        await eventually(
            lambda: published("c1-late-topic", "c2"), timeout=30, what="the key published"
        )
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)

    assert relay.quarantined_total == 0
    assert await published_names(infra.kafka_bootstrap, late_topic) == ["c1-late-topic"]
    assert sorted(await published_names(infra.kafka_bootstrap, topic)) == ["a1", "c2"]


async def test_a_released_row_is_published_before_the_rows_that_waited_behind_it(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    await record_events(registry_db, topic_prefix, [("k", "k1"), ("k", "k2"), ("k", "k3")])
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(
            "UPDATE outbox SET quarantined_at = now(), quarantine_reason = 'test'"
            " WHERE envelope->'data'->>'partner_id' = 'k1'"
        )
        relay = OutboxRelay(dsn=dsn, bootstrap=infra.kafka_bootstrap, poll_interval=0.2)
        assert await relay.publish_batch(conn) == 0, "k2 and k3 must wait behind k1"
        # The operator's release (what `alianza outbox release` does through the API).
        await conn.execute("UPDATE outbox SET quarantined_at = NULL, quarantine_reason = NULL")
        assert await relay.publish_batch(conn) == 3
    finally:
        await conn.close()
        await relay.close()
    assert await published_names(infra.kafka_bootstrap, topic) == ["k1", "k2", "k3"]


async def test_an_event_the_unit_of_work_measured_under_the_limit_goes_out_compact(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    # PostgreSQL prints the stored JSON with a space after each `:` and `,`: 200 bytes more here
    # than the compact form the unit of work measured against the limit.
    dsn = asyncpg_dsn(registry_db)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    event = Event(
        source="/test",
        type="partner.registered",
        subject="k",
        data={f"k{n}": "ü" for n in range(100)},
    )
    compact_size = record_size(*to_kafka(event))
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(
            "INSERT INTO outbox (event_id, topic, key, event_type, envelope)"
            " VALUES ($1, $2, 'k', 'partner.registered', $3::jsonb)",
            event.id,
            topic,
            event.model_dump_json(),
        )
        relay = OutboxRelay(
            dsn=dsn, bootstrap=infra.kafka_bootstrap, max_record_bytes=compact_size + 50
        )
        assert await relay.publish_batch(conn) == 1
        await relay.close()
    finally:
        await conn.close()
    assert relay.quarantined_total == 0
    [record] = await read_to_end(infra.kafka_bootstrap, topic)
    # Compact again (JSONB keeps its own order of keys, so compare what the bytes say).
    assert json.loads(record.value) == event.data
    assert len(record.value) == len(to_kafka(event)[1])


async def test_an_event_over_the_size_limit_is_refused_before_anything_is_written(
    registry_db: str, topic_prefix: str
) -> None:
    engine = create_engine(registry_db)
    uow = UnitOfWork(
        session_factory(engine), source="test", topic_prefix=topic_prefix, max_event_bytes=3000
    )
    try:
        async with uow:
            uow.record("partner.registered", "fits", partner("fits", size=100))
            with pytest.raises(EventTooLarge) as refused:
                uow.record("partner.registered", "big", partner("big", size=2000))
            await uow.commit()
    finally:
        await engine.dispose()
    assert refused.value.status == 413
    assert refused.value.extensions["limit_bytes"] == 3000
    assert "3000 bytes" in str(refused.value.detail)
    conn = await asyncpg.connect(asyncpg_dsn(registry_db))
    try:
        assert await conn.fetchval("SELECT array_agg(key) FROM outbox") == ["fits"]
    finally:
        await conn.close()


async def test_a_leader_whose_connection_is_black_holed_is_replaced_by_a_standby(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    proxies = [DatabaseProxy(f"relay-{n}", free_port(), server_port(dsn)) for n in range(2)]
    for proxy in proxies:
        await proxy.start()
    relays = [
        OutboxRelay(
            dsn=asyncpg_dsn(through(proxy, registry_db)),
            bootstrap=infra.kafka_bootstrap,
            poll_interval=0.2,
            standby_interval=0.5,
            kafka_timeout=2.0,
            session_timeout=5.0,
        )
        for proxy in proxies
    ]
    stop = asyncio.Event()
    leader_task = asyncio.create_task(relays[0].run(stop))
    await record_events(registry_db, topic_prefix, [("x", "before")])

    async def leader_published() -> bool:
        return relays[0].published_total == 1

    await eventually(leader_published, timeout=20, what="the first relay to lead")
    standby_task = asyncio.create_task(relays[1].run(stop))
    await asyncio.sleep(1.0)
    # The leader's route goes silent; its process lives on.
    assert proxies[0].blackhole({link.client_port for link in proxies[0].links}) >= 1
    await record_events(registry_db, topic_prefix, [("x", "after")])
    try:

        async def standby_took_over() -> bool:
            return relays[1].published_total >= 1

        # 30 s is the promise; the server ends the silent session after `session_timeout`.
        await eventually(standby_took_over, timeout=30, what="the standby to take over")
    finally:
        stop.set()
        for proxy in proxies:
            await proxy.stop()  # the silent connection is cut, so the old leader can stop too
        await asyncio.wait_for(asyncio.gather(leader_task, standby_task), 60)
    names = await published_names(
        infra.kafka_bootstrap, topic_name(topic_prefix, Stream.PARTNERSHIPS)
    )
    assert names.count("after") >= 1 and names.index("before") < names.index("after")


class LosingProducer:
    """A producer whose first `lose` records never reach the broker: the acks of the batches
    that hold them fail a second later, as on a broker that timed out. Everything else goes to
    the real producer."""

    def __init__(self, real: AIOKafkaProducer, lose: int) -> None:
        self.real = real
        self.lose = lose

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    async def send_batch(self, batch: Any, topic: str, *, partition: int) -> asyncio.Future[Any]:
        if self.lose == 0:
            delivery: asyncio.Future[Any] = await self.real.send_batch(
                batch, topic, partition=partition
            )
            return delivery
        self.lose = max(0, self.lose - batch.record_count())
        loop = asyncio.get_running_loop()
        lost: asyncio.Future[Any] = loop.create_future()
        # As a broker that times out: the ack fails a while later, once the next batch is out.
        loop.call_later(1.0, lost.set_exception, KafkaTimeoutError())
        return lost


class RelayLosingItsFirstBatch(OutboxRelay):
    def __init__(self, lose: int, **options: Any) -> None:
        super().__init__(**options)
        self.losing: LosingProducer | None = None
        self.lose = lose

    async def _ensure_producer(self) -> Any:
        if self.losing is None:
            self.losing = LosingProducer(await super()._ensure_producer(), self.lose)
        return self.losing


async def test_when_the_batch_in_flight_is_lost_no_later_row_of_its_keys_has_gone_ahead(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    # Batches of four: the first (a1 b1 c1 d1) is lost at the broker while the next is claimed
    # beside it. Had that one taken a2, a2 would be on the topic before a1 is ever sent.
    names = ["a1", "b1", "c1", "d1", "a2", "e1", "f1", "g1", "h1", "b2"]
    await record_events(registry_db, topic_prefix, [(name[0], name) for name in names])
    relay = RelayLosingItsFirstBatch(
        lose=4, dsn=dsn, bootstrap=infra.kafka_bootstrap, batch_size=4, kafka_timeout=5
    )
    conn, spare = await asyncpg.connect(dsn), await asyncpg.connect(dsn)
    try:
        with pytest.raises(KafkaUnavailable):
            await relay.publish_backlog(conn, spare)
        assert relay.losing is not None and relay.losing.lose == 0, "the first batch was lost"
        unpublished = "SELECT count(*) FROM outbox WHERE published_at IS NULL"
        assert await conn.fetchval(unpublished) == 10, "nothing is marked without its ack"
        while not await relay.publish_backlog(conn, spare):
            pass
        assert await conn.fetchval(unpublished) == 0
    finally:
        await relay.close()
        await conn.close()
        await spare.close()

    # The batch beside the lost one may be on the topic twice (sent, then rolled back with it);
    # a consumer drops repeats by event id, so the order that counts is each event's first.
    first_seen = list(dict.fromkeys(await published_names(infra.kafka_bootstrap, topic)))
    for earlier, later in [("a1", "a2"), ("b1", "b2")]:
        assert first_seen.index(earlier) < first_seen.index(later), first_seen
    assert sorted(first_seen) == sorted(names)
