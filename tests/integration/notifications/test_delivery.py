"""Webhook delivery end to end: Kafka event → consumer → deliveries → dispatcher → a real HTTP
receiver; signatures, retries with a stable webhook-id, dead letters, replays, order, rotation."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from tests.integration.notifications.support import (
    SCRAPER,
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
from tests.support.receiver import Answer, Receiver

pytestmark = pytest.mark.integration


async def test_a_delivery_is_signed_and_verifies_with_the_reference_library(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    partnership = new_partnership_id()
    event = partnership_event("partnership.adopted", partnership)
    with Receiver() as receiver:
        async with api(settings) as client:
            created = await subscribe(
                client, "partner-a", target_url=receiver.url, event_types=["partnership.*"]
            )
            secret = created["secret"]
            assert secret.startswith("whsec_")
            async with running_consumer(settings), running_dispatcher(settings):
                await publish(infra.kafka_bootstrap, topic_prefix, event)

                async def delivered() -> bool:
                    return len(receiver.received) == 1

                await eventually(delivered, what="the webhook to arrive")

            request = receiver.received[0]
            payload = Webhook(secret).verify(request.body, request.headers)
            assert payload["id"] == event.id
            assert payload["type"] == "partnership.adopted"
            assert payload["specversion"] == "1.0"
            assert payload["subject"] == partnership
            assert payload["data"]["partnership"]["id"] == partnership
            assert request.headers["content-type"] == "application/cloudevents+json"

            (row,) = await delivery_rows(notifications_db, created["id"])
            assert request.headers["webhook-id"] == row["id"]
            deliveries = await client.get(
                f"/subscriptions/{created['id']}/deliveries", headers=as_("partner-a")
            )
            assert deliveries.status_code == 200
            (item,) = deliveries.json()["items"]
            assert item["status"] == "succeeded"
            assert [(a["status_code"], a["response_body"]) for a in item["attempts"]] == [
                (200, "ok")
            ]
            # The secret is never read back, by anyone.
            for who in ("partner-a", "ops"):
                for path in ("/subscriptions", f"/subscriptions/{created['id']}"):
                    response = await client.get(path, headers=as_(who))
                    assert response.status_code == 200
                    assert secret not in response.text
                    assert secret.removeprefix("whsec_") not in response.text
            assert secret not in deliveries.text


async def test_a_receiver_failing_then_recovering_gets_the_event_with_the_same_webhook_id(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    partnership = new_partnership_id()
    first = partnership_event("partnership.adopted", partnership, version=2)
    second = partnership_event("partnership.implementation_started", partnership, version=3)

    def fail_first_twice(index: int, request: object) -> Answer:
        # The failures are slow, so their measured latency has something to show.
        return Answer(status=500, body=b"not yet", delay=0.3) if index < 2 else Answer()

    with Receiver(fail_first_twice) as receiver:
        async with api(settings) as client:
            created = await subscribe(client, "ops", target_url=receiver.url, event_types=["*"])
            async with running_consumer(settings), running_dispatcher(settings):
                await publish(infra.kafka_bootstrap, topic_prefix, first, second)

                async def both_succeeded() -> bool:
                    rows = await delivery_rows(notifications_db, created["id"])
                    return len(rows) == 2 and all(r["status"] == "succeeded" for r in rows)

                await eventually(both_succeeded, what="both deliveries to succeed")

            rows = await delivery_rows(notifications_db, created["id"])
            ids = receiver.webhook_ids()
            # Two failures and the success of the first, then the second: order per
            # partnership holds although the first had to be retried.
            assert ids == [rows[0]["id"]] * 3 + [rows[1]["id"]]
            types = [json.loads(r.body)["type"] for r in receiver.received]
            assert types == ["partnership.adopted"] * 3 + ["partnership.implementation_started"]
            response = await client.get(
                f"/subscriptions/{created['id']}/deliveries", headers=as_("ops")
            )
            by_event = {d["event_id"]: d for d in response.json()["items"]}
            assert [a["status_code"] for a in by_event[first.id]["attempts"]] == [500, 500, 200]
            assert by_event[first.id]["attempts"][0]["response_body"] == "not yet"
            # Each attempt's latency is measured: the two slow answers took at least 300 ms.
            latencies = [a["latency_ms"] for a in by_event[first.id]["attempts"]]
            assert len(latencies) == 3 and min(latencies[:2]) >= 300, latencies


async def test_an_always_failing_receiver_ends_failed_logged_and_reported_then_replay_delivers(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    partnership = new_partnership_id()
    event = partnership_event("partnership.adopted", partnership)
    healthy = False

    def answer(index: int, request: object) -> Answer:
        return Answer() if healthy else Answer(status=502, body=b"x" * 5000)

    with Receiver(answer) as receiver:
        async with api(settings) as client:
            created = await subscribe(
                client, "partner-a", target_url=receiver.url, event_types=["partnership.adopted"]
            )
            async with running_consumer(settings), running_dispatcher(settings):
                await publish(infra.kafka_bootstrap, topic_prefix, event)

                async def failed() -> bool:
                    rows = await delivery_rows(notifications_db, created["id"])
                    return len(rows) == 1 and rows[0]["status"] == "failed"

                await eventually(failed, what="the delivery to fail")
                (row,) = await delivery_rows(notifications_db, created["id"])
                assert len(receiver.received) == 3, "one try per entry of the schedule"
                assert set(receiver.webhook_ids()) == {row["id"]}

                attempts = await fetch(
                    notifications_db,
                    "SELECT * FROM delivery_attempts WHERE delivery_id = $1 ORDER BY id",
                    row["id"],
                )
                assert [a["status_code"] for a in attempts] == [502, 502, 502]
                assert [a["outcome"] for a in attempts] == [
                    "retry_scheduled",
                    "retry_scheduled",
                    "failed",
                ]
                assert all(len(a["response_body"].encode()) == 1024 for a in attempts)

                stats = await client.get("/deliveries/stats", headers=as_("ops"))
                assert stats.status_code == 200, stats.text
                assert stats.json()["attempts"] == {
                    "succeeded": 0,
                    "retry_scheduled": 2,
                    "failed": 1,
                    "endpoint_gone": 0,
                }
                assert stats.json()["success_rate"] == 0
                assert stats.json()["dead_deliveries"] == 1
                refused = await client.get("/deliveries/stats", headers=as_("partner-a"))
                assert refused.status_code == 403, (
                    "only ops and admin see every subscription's figures"
                )

                (dead,) = await fetch(
                    notifications_db,
                    "SELECT * FROM outbox WHERE event_type = 'notification.delivery_failed'",
                )
                assert dead["key"] == partnership
                assert dead["topic"] == f"{topic_prefix}.notifications"
                data = json.loads(dead["envelope"])["data"]
                assert data["delivery_id"] == row["id"]
                assert data["attempts"] == 3
                assert data["last_status_code"] == 502

                # The receiver is fixed; a replay sends the same message again.
                healthy = True
                replay = await client.post(
                    f"/deliveries/{row['id']}/replay", headers=as_("partner-a")
                )
                assert replay.status_code == 200, replay.text
                assert replay.json()["status"] == "pending"

                async def succeeded() -> bool:
                    rows = await delivery_rows(notifications_db, created["id"])
                    return bool(rows[0]["status"] == "succeeded")

                await eventually(succeeded, what="the replay to succeed")
                after = (await client.get("/deliveries/stats", headers=as_("ops"))).json()
                assert after["success_rate"] == 0.25, "one 2xx in four attempts"
                assert after["dead_deliveries"] == 0
                assert after["latency_p50_ms"] is not None
                trend = await client.get(
                    "/deliveries/stats/trend",
                    params={"minutes": 60, "bucket_seconds": 60},
                    headers=as_("ops"),
                )
                assert trend.status_code == 200, trend.text
                buckets = trend.json()["buckets"]
                assert sum(b["attempts"] for b in buckets) == 4, "every attempt, in some minute"
                assert sum(b["succeeded"] for b in buckets) == 1
                starts = [b["start"] for b in buckets]
                assert starts == sorted(starts) and len(set(starts)) == len(starts)
                assert all(datetime.fromisoformat(s).second == 0 for s in starts), "minutes"
                assert (
                    await client.get("/deliveries/stats/trend", headers=as_("partner-a"))
                ).status_code == 403
                too_fine = await client.get(
                    "/deliveries/stats/trend", params={"bucket_seconds": 1}, headers=as_("ops")
                )
                assert too_fine.status_code == 422
                assert too_fine.json()["errors"][0]["field"] == "query:bucket_seconds"
                assert (await client.get("/metrics")).status_code == 401, (
                    "webhook figures are for ops, as /deliveries/stats is"
                )
                metrics = (await client.get("/metrics", headers=SCRAPER)).text
                assert 'webhook_attempts_recent{outcome="succeeded"} 1.0' in metrics
                assert "webhook_success_rate_recent 0.25" in metrics
                assert "webhook_deliveries_dead 0.0" in metrics
            assert receiver.webhook_ids() == [row["id"]] * 4
            again = await client.post(f"/deliveries/{row['id']}/replay", headers=as_("partner-a"))
            assert again.status_code == 200
            # Another organisation can neither see nor replay it.
            other = await client.post(f"/deliveries/{row['id']}/replay", headers=as_("partner-b"))
            assert other.status_code == 404


async def test_bulk_replay_resends_the_failed_deliveries_in_the_window(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(
        notifications_db, infra.kafka_bootstrap, topic_prefix, retry_schedule_seconds="0"
    )
    healthy = False

    def answer(index: int, request: object) -> Answer:
        return Answer() if healthy else Answer(status=500)

    events = [partnership_event("partnership.adopted", new_partnership_id()) for _ in range(3)]
    with Receiver(answer) as receiver:
        async with api(settings) as client:
            mine = await subscribe(client, "partner-a", target_url=receiver.url, event_types=["*"])
            theirs = await subscribe(
                client, "partner-b", target_url=receiver.url, event_types=["*"]
            )
            async with running_consumer(settings), running_dispatcher(settings):
                await publish(infra.kafka_bootstrap, topic_prefix, *events)

                async def all_failed() -> bool:
                    rows = await delivery_rows(notifications_db)
                    return len(rows) == 6 and all(r["status"] == "failed" for r in rows)

                await eventually(all_failed, what="every delivery to fail")
                healthy = True
                now = datetime.now(UTC)
                window = {
                    "from": (now - timedelta(hours=1)).isoformat(),
                    "to": (now + timedelta(minutes=1)).isoformat(),
                }
                response = await client.post(
                    "/deliveries/replay", json=window, headers=as_("partner-a")
                )
                assert response.status_code == 200, response.text
                assert response.json()["replayed"] == 3

                async def mine_succeeded() -> bool:
                    rows = await delivery_rows(notifications_db, mine["id"])
                    return all(r["status"] == "succeeded" for r in rows)

                await eventually(mine_succeeded, what="the replayed deliveries to succeed")
            theirs_rows = await delivery_rows(notifications_db, theirs["id"])
            assert {r["status"] for r in theirs_rows} == {"failed"}, "only the caller's"
            backwards = await client.post(
                "/deliveries/replay",
                json={"from": window["to"], "to": window["from"]},
                headers=as_("partner-a"),
            )
            assert backwards.status_code == 422


async def test_during_a_rotation_both_secrets_sign(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    with Receiver() as receiver:
        async with api(settings) as client:
            created = await subscribe(
                client, "secretariat", target_url=receiver.url, event_types=["partnership.*"]
            )
            rotated = await client.post(
                f"/subscriptions/{created['id']}/rotate-secret", headers=as_("secretariat")
            )
            assert rotated.status_code == 200, rotated.text
            new_secret = rotated.json()["secret"]
            assert new_secret != created["secret"]
            read = await client.get(f"/subscriptions/{created['id']}", headers=as_("secretariat"))
            assert new_secret not in read.text
            assert read.json()["secret_rotating_until"] is not None
            async with running_consumer(settings), running_dispatcher(settings):
                await publish(
                    infra.kafka_bootstrap,
                    topic_prefix,
                    partnership_event("partnership.adopted", new_partnership_id()),
                )

                async def delivered() -> bool:
                    return len(receiver.received) == 1

                await eventually(delivered, what="the webhook to arrive")
            request = receiver.received[0]
            assert len(request.headers["webhook-signature"].split(" ")) == 2
            Webhook(created["secret"]).verify(request.body, request.headers)
            Webhook(new_secret).verify(request.body, request.headers)


async def test_410_gone_disables_the_subscription_and_tells_its_owner(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    with Receiver(lambda index, request: Answer(status=410)) as receiver:
        async with api(settings) as client:
            created = await subscribe(
                client, "partner-c", target_url=receiver.url, event_types=["*"]
            )
            async with running_consumer(settings), running_dispatcher(settings):
                await publish(
                    infra.kafka_bootstrap,
                    topic_prefix,
                    partnership_event("partnership.adopted", new_partnership_id()),
                )

                async def disabled() -> bool:
                    read = await client.get(
                        f"/subscriptions/{created['id']}", headers=as_("partner-c")
                    )
                    return read.json()["enabled"] is False

                await eventually(disabled, what="the subscription to be disabled")
            assert len(receiver.received) == 1
            inbox = (await client.get("/inbox", headers=as_("partner-c"))).json()["items"]
            assert [i["kind"] for i in inbox] == ["subscription_disabled"]
            auto_disabled = "webhook_subscriptions_auto_disabled"
            metrics = (await client.get("/metrics", headers=SCRAPER)).text
            assert f"{auto_disabled} 1.0" in metrics, "an alert pages on this one"
            enabled = await client.post(
                f"/subscriptions/{created['id']}/enable", headers=as_("partner-c")
            )
            assert enabled.json()["enabled"] is True
            # Switched off by its owner: their choice, nothing for ops to hear about.
            disabled_by_owner = await client.post(
                f"/subscriptions/{created['id']}/disable", headers=as_("partner-c")
            )
            assert disabled_by_owner.json()["enabled"] is False
            metrics = (await client.get("/metrics", headers=SCRAPER)).text
            assert f"{auto_disabled} 0.0" in metrics


async def test_retry_after_is_honoured_on_429(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(
        notifications_db, infra.kafka_bootstrap, topic_prefix, retry_schedule_seconds="0,0.05,0.05"
    )

    def busy_once(index: int, request: object) -> Answer:
        return Answer(status=429, headers={"Retry-After": "1"}) if index == 0 else Answer()

    with Receiver(busy_once) as receiver:
        async with api(settings) as client:
            await subscribe(client, "ops", target_url=receiver.url, event_types=["*"])
        async with running_consumer(settings), running_dispatcher(settings):
            await publish(
                infra.kafka_bootstrap,
                topic_prefix,
                partnership_event("partnership.adopted", new_partnership_id()),
            )

            async def delivered() -> bool:
                return len(receiver.received) == 2

            await eventually(delivered, what="the second try")
        first, second = receiver.received
        assert second.at - first.at >= 0.95, "the schedule's 0.05 s gave way to Retry-After: 1"


async def test_an_endpoint_failing_for_too_long_is_disabled_and_its_owner_told(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(
        notifications_db,
        infra.kafka_bootstrap,
        topic_prefix,
        retry_schedule_seconds="0,0.4,0.4,0.4",
        disable_after_seconds=0.3,
    )
    with Receiver(lambda index, request: Answer(status=500)) as receiver:
        async with api(settings) as client:
            created = await subscribe(
                client, "partner-b", target_url=receiver.url, event_types=["*"]
            )
            async with running_consumer(settings), running_dispatcher(settings):
                await publish(
                    infra.kafka_bootstrap,
                    topic_prefix,
                    partnership_event("partnership.adopted", new_partnership_id()),
                )

                async def disabled() -> bool:
                    read = await client.get(
                        f"/subscriptions/{created['id']}", headers=as_("partner-b")
                    )
                    return read.json()["enabled"] is False

                await eventually(disabled, what="the endpoint to be disabled")
                read = await client.get(f"/subscriptions/{created['id']}", headers=as_("partner-b"))
                assert "every attempt failed" in read.json()["disabled_reason"]
                # While disabled, nothing more is sent: the first try, the one that crossed
                # the limit, and no further ones.
                await asyncio.sleep(1.0)
            assert len(receiver.received) == 2
            (row,) = await delivery_rows(notifications_db, created["id"])
            # Paused: out of the dispatcher's claim until the subscription is enabled again.
            assert row["status"] == "paused", "the delivery waits for the endpoint to return"
            inbox = (await client.get("/inbox", headers=as_("partner-b"))).json()["items"]
            assert "subscription_disabled" in [i["kind"] for i in inbox]


async def test_after_the_rotation_overlap_only_the_new_secret_signs(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(
        notifications_db, infra.kafka_bootstrap, topic_prefix, secret_rotation_overlap_seconds=1.0
    )
    with Receiver() as receiver:
        async with api(settings) as client:
            created = await subscribe(
                client, "secretariat", target_url=receiver.url, event_types=["partnership.*"]
            )
            rotated = await client.post(
                f"/subscriptions/{created['id']}/rotate-secret", headers=as_("secretariat")
            )
            assert rotated.status_code == 200, rotated.text
            new_secret = rotated.json()["secret"]
            read = await client.get(f"/subscriptions/{created['id']}", headers=as_("secretariat"))
            until = datetime.fromisoformat(read.json()["secret_rotating_until"])
            # Past the overlap by the database's clock and ours (bounded: a second and a bit).
            wait = (until + timedelta(seconds=0.5) - datetime.now(UTC)).total_seconds()
            await asyncio.sleep(max(wait, 0))
            async with running_consumer(settings), running_dispatcher(settings):
                await publish(
                    infra.kafka_bootstrap,
                    topic_prefix,
                    partnership_event("partnership.adopted", new_partnership_id()),
                )

                async def delivered() -> bool:
                    return len(receiver.received) == 1

                await eventually(delivered, what="the webhook to arrive")
    request = receiver.received[0]
    assert len(request.headers["webhook-signature"].split(" ")) == 1
    Webhook(new_secret).verify(request.body, request.headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(created["secret"]).verify(request.body, request.headers)


async def test_an_idle_dispatcher_looks_once_per_poll_interval_not_once_per_worker(
    notifications_db: str, infra: Infra, topic_prefix: str
) -> None:
    # Eight workers that each polled made eight claims finding nothing every interval.
    settings = make_settings(
        notifications_db, infra.kafka_bootstrap, topic_prefix, dispatch_concurrency=8
    )
    claims = 0
    async with running_dispatcher(settings) as dispatcher:
        claim_once = dispatcher.dispatch_one

        async def counted(*, wake_others: bool = False) -> bool:
            nonlocal claims
            claims += 1
            return await claim_once(wake_others=wake_others)

        dispatcher.dispatch_one = counted  # type: ignore[method-assign]
        await asyncio.sleep(1.0)  # 20 poll intervals of 0.05 s
    # Each worker's first look, then one per interval (with room for a slow start); every
    # worker polling on its own came to 8 + 8 * 20.
    assert 0 < claims <= 8 + 20 + 8, claims
