"""Fair claims: one organisation's backlog to a slow endpoint does not hold up another's webhook."""

from __future__ import annotations

import time

import pytest

from tests.integration.notifications.support import (
    api,
    delivery_rows,
    fetch,
    make_settings,
    new_partnership_id,
    partnership_event,
    publish,
    running_consumer,
    running_dispatcher,
    subscribe,
)
from tests.support.infra import Infra
from tests.support.processes import eventually
from tests.support.receiver import Answer, Receiver

pytestmark = pytest.mark.integration

BACKLOG = 50
SLOW_SECONDS = 3.0


async def test_an_organisation_with_a_slow_backlog_does_not_delay_another(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    # The service's own concurrency (8 sends at once), a deadline the slow receiver stays under.
    settings = make_settings(
        notifications_db,
        infra.kafka_bootstrap,
        topic_prefix,
        dispatch_concurrency=8,
        webhook_timeout_seconds=10.0,
    )
    busy, quiet = new_partnership_id(), new_partnership_id()
    with (
        Receiver(lambda index, request: Answer(delay=SLOW_SECONDS)) as slow,
        Receiver() as fast,
    ):
        async with api(settings) as client:
            for _ in range(BACKLOG):
                await subscribe(
                    client,
                    "partner-a",
                    target_url=slow.url,
                    event_types=["*"],
                    partnership_ids=[busy],
                )
            await subscribe(
                client, "partner-b", target_url=fast.url, event_types=["*"], partnership_ids=[quiet]
            )
        async with running_consumer(settings), running_dispatcher(settings):
            await publish(
                infra.kafka_bootstrap, topic_prefix, partnership_event("partnership.adopted", busy)
            )

            async def backlog_queued_and_sending() -> bool:
                rows = await delivery_rows(notifications_db)
                return len(rows) == BACKLOG and len(slow.received) > 0

            await eventually(backlog_queued_and_sending, what="organisation A's backlog to start")
            published = time.monotonic()
            await publish(
                infra.kafka_bootstrap, topic_prefix, partnership_event("partnership.adopted", quiet)
            )

            async def b_arrived() -> bool:
                return len(fast.received) == 1

            await eventually(b_arrived, timeout=90, what="organisation B's webhook")
            arrived = fast.received[0].at
            a_before_b = sum(1 for request in list(slow.received) if request.at < arrived)
            print(
                f"B's webhook latency: {arrived - published:.2f} s;"
                f" A's webhooks sent before it: {a_before_b} of {BACKLOG}"
            )
            assert a_before_b < BACKLOG, "B waited for all of A's backlog"


async def test_a_claim_locks_only_the_delivery_it_sends(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    """Owners are tried one by one: trying them all in one statement would lock a delivery of
    each while only one is sent, hiding the others from every dispatcher for the whole send."""
    settings = make_settings(
        notifications_db,
        infra.kafka_bootstrap,
        topic_prefix,
        dispatch_concurrency=1,
        webhook_timeout_seconds=10.0,
    )
    owners = ["partner-a", "partner-b", "partner-c", "secretariat", "ops"]
    with Receiver(lambda index, request: Answer(delay=SLOW_SECONDS)) as slow:
        async with api(settings) as client:
            for who in owners:
                await subscribe(client, who, target_url=slow.url, event_types=["*"])
        async with running_consumer(settings):
            await publish(
                infra.kafka_bootstrap,
                topic_prefix,
                partnership_event("partnership.adopted", new_partnership_id()),
            )

            async def queued() -> bool:
                return len(await delivery_rows(notifications_db)) == len(owners)

            await eventually(queued, what="a delivery per owner")
        async with running_dispatcher(settings):

            async def sending() -> bool:
                return len(slow.received) == 1

            await eventually(sending, what="the first send")
            # Rows this statement cannot lock are the ones the dispatcher holds.
            free = await fetch(
                notifications_db,
                "SELECT id FROM deliveries WHERE status IN ('pending', 'retrying')"
                " FOR UPDATE SKIP LOCKED",
            )
            assert len(slow.received) == 1, "still the first send"
            assert len(free) == len(owners) - 1
