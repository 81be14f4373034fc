"""The dispatcher as its own process, SIGKILLed in the middle of sending: nothing is lost, the
resend carries the same webhook-id, no delivery row is duplicated and order per partnership holds."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from tests.integration.notifications.support import (
    api,
    delivery_rows,
    make_settings,
    new_partnership_id,
    partnership_event,
    publish,
    running_consumer,
    subscribe,
)
from tests.support.infra import Infra
from tests.support.processes import eventually, kill, start, terminate
from tests.support.receiver import Answer, Receiver

pytestmark = pytest.mark.integration


async def test_a_dispatcher_killed_mid_send_loses_no_delivery(
    infra: Infra, notifications_db: str, topic_prefix: str, tmp_path: Path
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    partnerships = [new_partnership_id() for _ in range(3)]
    events = [
        partnership_event("partnership.updated", p, version=v)
        for v in range(1, 5)
        for p in partnerships
    ]
    # Slow enough that a kill always lands while some request is in flight.
    with Receiver(lambda index, request: Answer(delay=0.4)) as receiver:
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
            "NOTIFICATIONS_DISPATCH_CONCURRENCY": "3",
            "NOTIFICATIONS_DISPATCH_POLL_INTERVAL_SECONDS": "0.1",
        }
        log = tmp_path / "dispatcher.log"
        dispatcher = start(["-m", "services.notifications", "dispatch"], env, log)
        try:

            async def part_way() -> bool:
                return len(receiver.received) >= 4

            await eventually(part_way, timeout=60, interval=0.01, what="sending to be under way")
        finally:
            kill(dispatcher)
        in_flight = set(receiver.webhook_ids()) - {
            row["id"]
            for row in await delivery_rows(notifications_db)
            if row["status"] == "succeeded"
        }
        assert in_flight, "the kill should land while a request is unanswered"
        succeeded_before = sum(
            r["status"] == "succeeded" for r in await delivery_rows(notifications_db)
        )
        assert succeeded_before < len(events)

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
    assert len(rows) == len(events), "no delivery row was lost or duplicated"
    received = receiver.webhook_ids()
    assert set(received) == {r["id"] for r in rows}
    # What was in flight at the kill was sent again under the same webhook-id.
    for webhook_id in in_flight:
        assert received.count(webhook_id) >= 2
    # Per partnership, each delivery was first received after the previous one.
    first_seen = {webhook_id: received.index(webhook_id) for webhook_id in set(received)}
    per_partnership: dict[str, list[int]] = defaultdict(list)
    for row in rows:  # in seq order, which is the order the events arrived
        per_partnership[row["partnership_id"]].append(first_seen[row["id"]])
    for partnership, order in per_partnership.items():
        assert order == sorted(order), f"deliveries of {partnership} went out of order"
