"""The idempotent consumer loop against real PostgreSQL and Kafka: redelivery and SIGKILL never
double an effect, and poison records go to the dead-letter topic while good ones flow on."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import text

from shared.catalogue import Stream, dlq_name, topic_name
from shared.consumer import Batched
from shared.db import asyncpg_dsn
from shared.events import Event, to_kafka
from shared.faultpoints import EXIT_STATUS
from shared.uow import UnitOfWork
from tests.support.effect_consumer import build
from tests.support.effects import applied_in_order, effect_counts, effects_table, registered
from tests.support.ids import random_suffix
from tests.support.infra import Infra
from tests.support.kafka import committed_offsets, group_members, produce, read_to_end
from tests.support.processes import eventually, exited, kill, start, terminate

pytestmark = pytest.mark.integration


def skipped_ids(log: Path) -> list[str]:
    """Event ids the consumer's log says the inbox skipped as already applied."""
    ids = []
    for line in log.read_text().splitlines():
        if line.startswith("{"):
            message = json.loads(line).get("message", "")
            if message.startswith("skipped partner.registered ") and message.endswith(
                ": already applied"
            ):
                ids.append(message.split()[2].rstrip(":"))
    return ids


async def test_consumer_dying_between_effect_and_offset_commit_applies_nothing_twice(
    infra: Infra, registry_db: str, topic_prefix: str, tmp_path: Path
) -> None:
    dsn = asyncpg_dsn(registry_db)
    await effects_table(dsn)
    events = [registered(i) for i in range(300)]
    # Every tenth event is delivered twice, as a relay that died before marking its rows would.
    deliveries = events + events[::10]
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    await produce(infra.kafka_bootstrap, topic, [to_kafka(event) for event in deliveries])
    by_position = {
        (record.partition, record.offset): dict(record.headers)["ce_id"].decode()
        for record in await read_to_end(infra.kafka_bootstrap, topic)
    }
    group = f"effects-{random_suffix()}"
    env = {
        "EFFECT_DATABASE_URL": registry_db,
        "ALIANZA_KAFKA_BOOTSTRAP": infra.kafka_bootstrap,
        "ALIANZA_TOPIC_PREFIX": topic_prefix,
        "EFFECT_GROUP": group,
        "EFFECT_DELAY_SECONDS": "0",
        "EFFECT_STATS_FILE": str(tmp_path / "stats.json"),
    }
    log = tmp_path / "consumer.log"
    # Dies on its third committed batch, after the effects and before the offsets are committed.
    crashing = start(
        ["-m", "tests.support.effect_consumer"],
        {**env, "ALIANZA_FAULT_POINTS": "consumer.effect_committed=exit@3"},
        log,
    )
    assert await exited(crashing, timeout=60) == EXIT_STATUS
    assert "fault point consumer.effect_committed: exit" in log.read_text()
    applied_at_crash = await effect_ids(dsn)
    assert 0 < len(applied_at_crash) < len(events)
    committed = await committed_offsets(infra.kafka_bootstrap, group, topic)
    # Applied, yet past the committed offsets: these must come back, and be skipped.
    uncommitted_but_applied = {
        event_id
        for (partition, offset), event_id in by_position.items()
        if offset >= committed.get(partition, 0) and event_id in applied_at_crash
    }
    assert uncommitted_but_applied, "the crash must leave applied records uncommitted"

    consumer = start(["-m", "tests.support.effect_consumer"], env, log)
    try:

        async def all_applied() -> bool:
            return len(await effect_ids(dsn)) == len(events)

        await eventually(all_applied, timeout=90, what="every event applied")

        async def redelivered_skipped() -> bool:
            return uncommitted_but_applied <= set(skipped_ids(log))

        await eventually(redelivered_skipped, what="the inbox to skip every redelivered record")
        assert terminate(consumer) == 0, "SIGTERM must end the consumer cleanly"
    finally:
        if consumer.poll() is None:
            kill(consumer)
    total, distinct = await effect_counts(dsn)
    assert distinct == len(events)
    assert total == len(events), f"{total - len(events)} effects were applied twice"
    stats = json.loads((tmp_path / "stats.json").read_text())
    # The restarted member applied what was left, and skipped the redelivered and the duplicates.
    assert stats["applied"] == len(events) - len(applied_at_crash)
    assert stats["skipped_duplicates"] == len(deliveries) - stats["applied"] - sum(
        1 for (partition, offset) in by_position if offset < committed.get(partition, 0)
    )


async def effect_ids(dsn: str) -> set[str]:
    conn = await asyncpg.connect(dsn)
    try:
        return {row[0] for row in await conn.fetch("SELECT event_id FROM effects")}
    finally:
        await conn.close()


async def test_poison_records_go_to_the_dlq_and_the_next_good_record_is_applied(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    await effects_table(dsn)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    good = registered(1, subject="same-key")
    key, value, headers = to_kafka(good)
    unknown = to_kafka(Event(source="/x", type="partner.exploded", subject="same-key", data={}))
    invalid = to_kafka(
        Event(source="/x", type="partner.registered", subject="same-key", data={"name": 3})
    )
    missing_headers = [(name, raw) for name, raw in headers if name not in ("ce_type", "ce_id")]
    poison = [
        (key, b"{not json", headers),
        unknown,
        invalid,
        (key, value, missing_headers),
    ]
    await produce(infra.kafka_bootstrap, topic, [*poison, (key, value, headers)])

    consumer, engine = build(
        registry_db, infra.kafka_bootstrap, topic_prefix, f"poison-{random_suffix()}"
    )
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    try:

        async def good_applied() -> bool:
            return (await effect_counts(dsn))[0] == 1

        await eventually(good_applied, timeout=30, what="the good record after the poison ones")
    finally:
        stop.set()
        await task
        await engine.dispose()

    # Read to the end: exactly these four dead letters, the good record not among them.
    dead = await read_to_end(infra.kafka_bootstrap, dlq_name(topic))
    reasons = [dict(record.headers)["dlq_reason"].decode() for record in dead]
    assert reasons == ["malformed", "unknown_type", "invalid_payload", "malformed"]
    errors = [dict(record.headers)["dlq_error"].decode() for record in dead]
    assert "not JSON" in errors[0]
    assert "partner.exploded" in errors[1]
    assert "partner_id" in errors[2] and "kind" in errors[2]
    assert "ce_id" in errors[3] and "ce_type" in errors[3]
    # One key, so one partition: the poison records sat at its first four offsets.
    for offset, record in enumerate(dead):
        headers_found = dict(record.headers)
        assert headers_found["dlq_original_topic"].decode() == topic
        assert int(headers_found["dlq_original_offset"]) == offset
        assert record.key == b"same-key"
    assert dead[0].value == b"{not json", "the original bytes are kept for replay"
    assert json.loads(dead[2].value) == {"name": 3}


async def test_a_handler_that_keeps_failing_is_dead_lettered_after_bounded_retries(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    await effects_table(dsn)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    # One fetch: p-3 is applied, then p-1 fails and takes the batch's transaction down with it.
    await produce(
        infra.kafka_bootstrap,
        topic,
        [to_kafka(registered(n, "k")) for n in (3, 1, 2)],
    )
    consumer, engine = build(
        registry_db, infra.kafka_bootstrap, topic_prefix, f"failing-{random_suffix()}"
    )
    calls: list[str] = []
    original = consumer.handlers["partner.registered"]

    async def fails_on_first(uow, event):
        calls.append(event.data["partner_id"])
        if event.data["partner_id"] == "p-1":
            raise RuntimeError("boom")
        await original(uow, event)

    consumer.handlers = {"partner.registered": fails_on_first}
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    try:

        async def others_applied() -> bool:
            return (await effect_counts(dsn))[0] == 2

        await eventually(others_applied, timeout=30, what="the records around the failing one")
    finally:
        stop.set()
        await task
        await engine.dispose()
    # Once in the failed batch, then each of its bounded retries one by one.
    assert calls.count("p-1") == 1 + consumer.max_attempts
    assert calls == ["p-3", "p-1", "p-3", *["p-1"] * consumer.max_attempts, "p-2"]
    effects, distinct = await effect_counts(dsn)
    assert effects == distinct == 2, "p-3's rolled-back effect was not kept twice"
    dead = await read_to_end(infra.kafka_bootstrap, dlq_name(topic))
    assert [dict(r.headers)["dlq_reason"] for r in dead] == [b"handler_failed"]
    assert b"boom" in dict(dead[0].headers)["dlq_error"]


async def test_a_rebalance_mid_batch_applies_nothing_twice(
    infra: Infra, registry_db: str, topic_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dsn = asyncpg_dsn(registry_db)
    await effects_table(dsn)
    # Slow enough (about 12 s in all) that the group rebalances while the first member works.
    monkeypatch.setenv("EFFECT_DELAY_SECONDS", "0.01")
    events = [registered(i, subject=f"s-{i % 11}") for i in range(1200)]
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    await produce(infra.kafka_bootstrap, topic, [to_kafka(event) for event in events])
    group = f"rebalance-{random_suffix()}"
    first, first_engine = build(registry_db, infra.kafka_bootstrap, topic_prefix, group)
    second, second_engine = build(registry_db, infra.kafka_bootstrap, topic_prefix, group)
    stop_first, stop_second = asyncio.Event(), asyncio.Event()
    first_task = asyncio.create_task(first.run(stop_first))
    try:

        async def part_way() -> bool:
            return (await effect_counts(dsn))[0] > 20

        await eventually(part_way, timeout=30, interval=0.01, what="the first consumer to be busy")
        # A second member joins the group: partitions move while the first is mid-batch.
        second_task = asyncio.create_task(second.run(stop_second))

        async def all_applied() -> bool:
            return (await effect_counts(dsn))[1] == len(events)

        await eventually(all_applied, timeout=90, what="every event applied")
        await asyncio.sleep(1.0)
    finally:
        stop_first.set()
        stop_second.set()
        await first_task
        if "second_task" in locals():
            await second_task
        await first_engine.dispose()
        await second_engine.dispose()
    total, distinct = await effect_counts(dsn)
    assert distinct == total == len(events)
    # Each key's events in the order produced: nothing fetched ahead before the move was applied
    # after it, and nothing the first member still held was lost or overtaken.
    by_subject = await applied_in_order(dsn)
    for key in range(11):
        expected = [e.id for e in events if e.subject == f"s-{key}"]
        assert by_subject[f"s-{key}"] == expected, f"s-{key} applied out of order"
    assert second.stats.applied > 0, "the joining member must have taken over some partitions"
    # Finishing a batch for partitions that moved away is not a lost broker.
    assert first.stats.restarts == second.stats.restarts == 0


async def test_sigterm_finishes_the_batch_commits_it_and_leaves_the_group(
    infra: Infra, registry_db: str, topic_prefix: str, tmp_path: Path
) -> None:
    dsn = asyncpg_dsn(registry_db)
    await effects_table(dsn)
    events = [registered(i) for i in range(400)]
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    await produce(infra.kafka_bootstrap, topic, [to_kafka(event) for event in events])
    group = f"sigterm-{random_suffix()}"
    env = {
        "EFFECT_DATABASE_URL": registry_db,
        "ALIANZA_KAFKA_BOOTSTRAP": infra.kafka_bootstrap,
        "ALIANZA_TOPIC_PREFIX": topic_prefix,
        "EFFECT_GROUP": group,
        "EFFECT_DELAY_SECONDS": "0.02",  # a batch of 50 takes about a second
    }
    consumer = start(["-m", "tests.support.effect_consumer"], env, tmp_path / "consumer.log")
    try:

        async def part_way() -> bool:
            return 0 < (await effect_counts(dsn))[0] < len(events) // 2

        await eventually(part_way, timeout=60, interval=0.01, what="the consumer to be busy")
        assert await group_members(infra.kafka_bootstrap, group) == 1
        # A batch's effects become visible only when its transaction commits, and a batch takes
        # about a second against milliseconds between batches. `part_way` holds the instant a
        # batch commits — the one moment between batches — so wait a little into the next one.
        await asyncio.sleep(0.3)
        before_sigterm = (await effect_counts(dsn))[0]
        assert terminate(consumer) == 0, "SIGTERM must end the consumer cleanly"
    finally:
        if consumer.poll() is None:
            kill(consumer)
    applied = await effect_ids(dsn)
    assert before_sigterm < len(applied) < len(events), "the batch in hand was finished"
    # Everything applied is committed and nothing more: the batch in hand was finished and its
    # offsets committed before the process left, so a successor neither skips nor repeats.
    committed = await committed_offsets(infra.kafka_bootstrap, group, topic)
    below_committed = {
        dict(record.headers)["ce_id"].decode()
        for record in await read_to_end(infra.kafka_bootstrap, topic)
        if record.offset < committed.get(record.partition, 0)
    }
    assert below_committed == applied
    # It left the group rather than waiting to be timed out of it.
    assert await group_members(infra.kafka_bootstrap, group) == 0


async def test_a_batched_handler_gets_runs_of_events_and_applies_each_exactly_once_in_order(
    infra: Infra, registry_db: str, topic_prefix: str
) -> None:
    dsn = asyncpg_dsn(registry_db)
    await effects_table(dsn)
    topic = topic_name(topic_prefix, Stream.PARTNERSHIPS)
    events = [registered(i, subject="one-key") for i in range(120)]
    # Every tenth event delivered twice (a relay that died before marking its rows), and p-77
    # fails every time it is in a run: its fetch rolls back and is applied one by one.
    deliveries = events + events[::10]
    await produce(infra.kafka_bootstrap, topic, [to_kafka(event) for event in deliveries])
    consumer, engine = build(
        registry_db, infra.kafka_bootstrap, topic_prefix, f"batched-{random_suffix()}"
    )
    runs: list[list[str]] = []

    async def insert_many(uow: UnitOfWork, run: list[Event]) -> None:
        partners = [event.data["partner_id"] for event in run]
        runs.append(partners)
        if "p-77" in partners:
            raise RuntimeError("p-77 cannot be applied")
        await uow.session.execute(
            text(
                "INSERT INTO effects (event_id, subject)"
                " SELECT * FROM unnest(CAST(:ids AS text[]), CAST(:subjects AS text[]))"
            ),
            {"ids": [e.id for e in run], "subjects": [e.data["partner_id"] for e in run]},
        )

    consumer.handlers = {"partner.registered": Batched(insert_many)}
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    try:

        async def all_but_one_applied() -> bool:
            return (await effect_counts(dsn))[0] >= len(events) - 1

        await eventually(all_but_one_applied, timeout=60, what="every event but p-77 applied")

        async def duplicates_skipped() -> bool:
            return consumer.stats.skipped_duplicates == len(events[::10])

        # The duplicates come after every original: once they are skipped, all is in.
        await eventually(duplicates_skipped, what="the redelivered events skipped")
    finally:
        stop.set()
        await task
        await engine.dispose()
    assert max(len(run) for run in runs) > 1, "the handler was given runs, not single events"
    conn = await asyncpg.connect(dsn)
    try:
        # One key, one partition: effects in the order the events were produced, p-77 left out.
        applied = [
            row[0] for row in await conn.fetch("SELECT subject FROM effects ORDER BY applied")
        ]
    finally:
        await conn.close()
    expected = [event.data["partner_id"] for event in events if event.data["partner_id"] != "p-77"]
    assert applied == expected, "each event applied once, in order"
    # p-77 was retried alone, then set aside; the events around it were applied all the same.
    assert runs.count(["p-77"]) == consumer.max_attempts
    dead = await read_to_end(infra.kafka_bootstrap, dlq_name(topic))
    assert [dict(r.headers)["dlq_reason"] for r in dead] == [b"handler_failed"]
    assert b"p-77 cannot be applied" in dict(dead[0].headers)["dlq_error"]
