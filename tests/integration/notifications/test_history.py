"""Delivery history: finished deliveries pruned after retention, in batches; a disabled
subscription's open deliveries paused out of the dispatcher's way and restored on enable."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import asyncpg
import pytest

from services.notifications.housekeeping import prune_history
from shared.db import asyncpg_dsn, create_engine, session_factory
from tests.integration.notifications.support import (
    api,
    as_,
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
from tests.support.receiver import Receiver

pytestmark = pytest.mark.integration

# (status, finished how long ago or None, kept by a 30-day retention?)
HISTORY = [
    ("succeeded", timedelta(days=40), False),
    ("failed", timedelta(days=31), False),
    ("succeeded", timedelta(days=45), False),
    ("failed", timedelta(days=60), False),
    ("succeeded", timedelta(days=29), True),
    ("failed", timedelta(days=1), True),
    ("retrying", None, True),
    ("pending", None, True),
    ("paused", None, True),
]


async def seed_history(db: str) -> dict[str, bool]:
    """A subscription with one delivery (and two attempts) per HISTORY row; id -> kept."""
    conn = await asyncpg.connect(asyncpg_dsn(db))
    expected: dict[str, bool] = {}
    try:
        await conn.execute(
            "INSERT INTO subscriptions (id, owner_client_id, partner_scoped, target_url, secret)"
            " VALUES ('sub-h', 'client-h', false, 'https://example.org/', 'whsec_x')"
        )
        for index, (status, ago, kept) in enumerate(HISTORY):
            delivery = f"msg_h{index}"
            await conn.execute(
                "INSERT INTO deliveries (id, subscription_id, event_id, event_type,"
                " partnership_id, owner, envelope, status, completed_at, next_attempt_at)"
                " VALUES ($1, 'sub-h', $2, 'partnership.updated', 'p-h', 'client:client-h', '{}', $3,"
                " now() - $4::interval, now() + interval '1 hour')",
                delivery,
                f"e{index}",
                status,
                ago,
            )
            for number in (1, 2):
                await conn.execute(
                    "INSERT INTO delivery_attempts (delivery_id, cycle, number, latency_ms,"
                    " outcome) VALUES ($1, 1, $2, 5, 'failed')",
                    delivery,
                    number,
                )
            expected[delivery] = kept
    finally:
        await conn.close()
    return expected


async def test_finished_deliveries_past_retention_are_pruned_in_batches_with_their_attempts(
    notifications_db: str,
) -> None:
    expected = await seed_history(notifications_db)
    engine = create_engine(notifications_db)
    try:
        pruned = await prune_history(session_factory(engine), timedelta(days=30), batch=3)
    finally:
        await engine.dispose()
    assert pruned == 4  # two batches: 3, then 1
    left = {r["id"] for r in await fetch(notifications_db, "SELECT id FROM deliveries")}
    assert left == {d for d, kept in expected.items() if kept}
    attempts = await fetch(notifications_db, "SELECT DISTINCT delivery_id FROM delivery_attempts")
    assert {r["delivery_id"] for r in attempts} == left


async def test_the_dispatcher_prunes_history_as_part_of_its_housekeeping(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    expected = await seed_history(notifications_db)
    settings = make_settings(
        notifications_db, infra.kafka_bootstrap, topic_prefix, prune_batch_size=2
    )
    async with running_dispatcher(settings):

        async def pruned() -> bool:
            rows = await fetch(notifications_db, "SELECT id FROM deliveries")
            return {r["id"] for r in rows} == {d for d, kept in expected.items() if kept}

        await eventually(pruned, what="the old finished deliveries to be pruned")


async def test_a_disabled_subscriptions_deliveries_leave_the_claim_path_until_enabled(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    partnership = new_partnership_id()
    events = [
        partnership_event("partnership.adopted", partnership, version=1),
        partnership_event("partnership.implementation_started", partnership, version=2),
    ]
    with Receiver() as receiver:
        async with api(settings) as client:
            created = await subscribe(client, "ops", target_url=receiver.url, event_types=["*"])
            path = f"/subscriptions/{created['id']}"
            async with running_consumer(settings):
                await publish(infra.kafka_bootstrap, topic_prefix, *events)

                async def queued() -> bool:
                    return len(await delivery_rows(notifications_db, created["id"])) == 2

                await eventually(queued, what="both deliveries to be queued")
            response = await client.post(f"{path}/disable", headers=as_("ops"))
            assert response.status_code == 200, response.text
            rows = await delivery_rows(notifications_db, created["id"])
            assert [r["status"] for r in rows] == ["paused", "paused"]
            # Paused rows are outside the partial indexes the claim scans.
            due = await fetch(
                notifications_db,
                "SELECT count(*) AS n FROM deliveries WHERE status IN ('pending', 'retrying')",
            )
            assert due[0]["n"] == 0

            async with running_dispatcher(settings):
                await asyncio.sleep(0.5)  # several polls: nothing is claimed while disabled
                assert receiver.received == []
                response = await client.post(f"{path}/enable", headers=as_("ops"))
                assert response.status_code == 200, response.text

                async def delivered() -> bool:
                    rows = await delivery_rows(notifications_db, created["id"])
                    return [r["status"] for r in rows] == ["succeeded", "succeeded"]

                await eventually(delivered, what="the deliveries to go out once enabled")
            rows = await delivery_rows(notifications_db, created["id"])
            assert receiver.webhook_ids() == [r["id"] for r in rows], "order per partnership kept"


async def test_a_replay_for_a_disabled_subscription_waits_paused_until_it_is_enabled(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    with Receiver() as receiver:
        async with api(settings) as client:
            created = await subscribe(client, "ops", target_url=receiver.url, event_types=["*"])
            path = f"/subscriptions/{created['id']}"
            conn = await asyncpg.connect(asyncpg_dsn(notifications_db))
            try:
                # The owner a delivery of this subscription carries (its ops client's).
                owner = await conn.fetchval(
                    "SELECT coalesce(owner_organisation_id, 'client:' || owner_client_id)"
                    " FROM subscriptions WHERE id = $1",
                    created["id"],
                )
                for index in (1, 2):
                    await conn.execute(
                        "INSERT INTO deliveries (id, subscription_id, event_id, event_type,"
                        " partnership_id, owner, envelope, status, completed_at)"
                        " VALUES ($1, $2, $3, 'partnership.updated', 'p-r', $4,"
                        " '{}', 'failed', now())",
                        f"msg_r{index}",
                        created["id"],
                        f"e-r{index}",
                        owner,
                    )
            finally:
                await conn.close()
            assert (await client.post(f"{path}/disable", headers=as_("ops"))).status_code == 200
            one = await client.post("/deliveries/msg_r1/replay", headers=as_("ops"))
            assert one.status_code == 200, one.text
            assert one.json()["status"] == "paused"
            window = {"from": "2000-01-01T00:00:00Z", "to": "2100-01-01T00:00:00Z"}
            bulk = await client.post("/deliveries/replay", json=window, headers=as_("ops"))
            assert bulk.status_code == 200, bulk.text
            rows = await delivery_rows(notifications_db, created["id"])
            assert [r["status"] for r in rows] == ["paused", "paused"]
            # Not finished, so not replayable: it is waiting already.
            again = await client.post("/deliveries/msg_r1/replay", headers=as_("ops"))
            assert again.status_code == 409
            async with running_dispatcher(settings):
                assert (await client.post(f"{path}/enable", headers=as_("ops"))).status_code == 200

                async def delivered() -> bool:
                    return sorted(receiver.webhook_ids()) == ["msg_r1", "msg_r2"]

                await eventually(delivered, what="both replays to go out once enabled")
