"""The dispatcher as its own process, dying after a receiver answered and before the attempt was
recorded: the delivery is resent under the same webhook-id, its row is not duplicated, nothing
else is resent, and order per partnership holds."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from shared.faultpoints import EXIT_STATUS
from tests.integration.notifications.support import (
    api,
    delivery_rows,
    fetch,
    make_settings,
    new_partnership_id,
    partnership_event,
    publish,
    running_consumer,
    subscribe,
)
from tests.support.infra import Infra
from tests.support.processes import eventually, exited, kill, start, terminate
from tests.support.receiver import Answer, Receiver

pytestmark = pytest.mark.integration


async def test_a_dispatcher_dying_between_answer_and_record_resends_under_the_same_id(
    infra: Infra, notifications_db: str, topic_prefix: str, tmp_path: Path
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    partnerships = [new_partnership_id() for _ in range(3)]
    events = [
        partnership_event("partnership.updated", p, version=v)
        for v in range(1, 5)
        for p in partnerships
    ]
    with Receiver(lambda index, request: Answer(status=200)) as receiver:
        async with api(settings) as client:
            created = await subscribe(client, "ops", target_url=receiver.url, event_types=["*"])
        async with running_consumer(settings):
            await publish(infra.kafka_bootstrap, topic_prefix, *events)

            async def queued() -> bool:
                return len(await delivery_rows(notifications_db)) == len(events)

            await eventually(queued, what="every delivery to be queued")

        env = {
            "NOTIFICATIONS_DATABASE_URL": notifications_db,
            "ALIANZA_KAFKA_BOOTSTRAP": infra.kafka_bootstrap,
            "ALIANZA_TOPIC_PREFIX": topic_prefix,
            "NOTIFICATIONS_ALLOW_HOSTS": "127.0.0.1",
            "NOTIFICATIONS_RETRY_SCHEDULE_SECONDS": "0,0.2,0.2,0.2",
            "NOTIFICATIONS_DISPATCH_CONCURRENCY": "1",
            "NOTIFICATIONS_DISPATCH_POLL_INTERVAL_SECONDS": "0.1",
        }
        log = tmp_path / "dispatcher.log"
        # The receiver answers 200 to the fourth send; the process dies before recording it.
        crashing = start(
            ["-m", "services.notifications", "dispatch"],
            {**env, "ALIANZA_FAULT_POINTS": "dispatcher.answered=exit@4"},
            log,
        )
        assert await exited(crashing) == EXIT_STATUS
        assert "fault point dispatcher.answered: exit" in log.read_text()
        sent_before = receiver.webhook_ids()
        assert len(sent_before) == 4
        answered_unrecorded = sent_before[-1]
        by_id = {row["id"]: row for row in await delivery_rows(notifications_db)}
        assert [by_id[i]["status"] for i in sent_before[:3]] == ["succeeded"] * 3
        assert by_id[answered_unrecorded]["status"] != "succeeded", "its answer was not recorded"
        assert await attempt_count(notifications_db, answered_unrecorded) == 0

        dispatcher = start(["-m", "services.notifications", "dispatch"], env, log)
        try:

            async def all_succeeded() -> bool:
                rows = await delivery_rows(notifications_db)
                return all(r["status"] == "succeeded" for r in rows)

            await eventually(all_succeeded, timeout=90, what="every delivery to succeed")
            assert terminate(dispatcher) == 0, "SIGTERM must end the dispatcher cleanly"
        finally:
            if dispatcher.poll() is None:
                kill(dispatcher)

    rows = await delivery_rows(notifications_db, created["id"])
    assert len(rows) == len(events), "one delivery row per event, the resent one included"
    received = receiver.webhook_ids()
    assert set(received) == {r["id"] for r in rows}
    # The answered-but-unrecorded delivery went out again under the same webhook-id (what
    # receivers deduplicate on); every other delivery went out exactly once.
    assert received.count(answered_unrecorded) == 2
    assert len(received) == len(events) + 1
    assert await attempt_count(notifications_db, answered_unrecorded) == 1
    # Per partnership, each delivery was first received after the previous one.
    first_seen = {webhook_id: received.index(webhook_id) for webhook_id in set(received)}
    per_partnership: dict[str, list[int]] = defaultdict(list)
    for row in rows:  # in seq order, which is the order the events arrived
        per_partnership[row["partnership_id"]].append(first_seen[row["id"]])
    for partnership, order in per_partnership.items():
        assert order == sorted(order), f"deliveries of {partnership} went out of order"


async def attempt_count(db: str, delivery_id: str) -> int:
    rows = await fetch(
        db, "SELECT count(*) FROM delivery_attempts WHERE delivery_id = $1", delivery_id
    )
    return int(rows[0][0])
