"""Who manages which subscription (owner organisation AND the creator's role class), and the caps."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest

from tests.integration.notifications.support import api, as_, fetch, make_settings, subscribe
from tests.support.infra import Infra
from tests.support.receiver import Receiver

pytestmark = pytest.mark.integration


async def ids(client: httpx.AsyncClient, who: str) -> set[str]:
    response = await client.get("/subscriptions", headers=as_(who))
    assert response.status_code == 200, response.text
    return {s["id"] for s in response.json()["items"]}


async def failed_delivery(db: str, subscription_id: str) -> str:
    """A finished (failed) delivery of `subscription_id`, as the dispatcher would leave it."""
    delivery_id = f"msg_{uuid.uuid4().hex}"
    await fetch(
        db,
        "INSERT INTO deliveries (id, subscription_id, owner, event_id, event_type, partnership_id,"
        " envelope, status) SELECT $1, $2, coalesce(owner_organisation_id, 'client:' || owner_client_id), $3,"
        " 'partnership.adopted', 'p-1', $4, 'failed' FROM subscriptions WHERE id = $2",
        delivery_id,
        subscription_id,
        str(uuid.uuid4()),
        json.dumps({"type": "partnership.adopted"}),
    )
    return delivery_id


async def test_a_partner_client_cannot_manage_what_its_organisations_staff_subscribed(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    with Receiver() as receiver:
        async with api(settings) as client:
            staff = await subscribe(
                client, "secretariat-a", target_url=receiver.url, event_types=["*"]
            )
            partner = await subscribe(
                client, "partner-a", target_url=receiver.url, event_types=["*"]
            )
            assert staff["partner_scoped"] is False and partner["partner_scoped"] is True

            assert await ids(client, "partner-a") == {partner["id"]}
            # Another partner client of the same organisation shares the partner-made ones.
            assert await ids(client, "partner-a2") == {partner["id"]}
            assert await ids(client, "secretariat-a") == {staff["id"], partner["id"]}

            for path in (
                f"/subscriptions/{staff['id']}",
                f"/subscriptions/{staff['id']}/deliveries",
            ):
                assert (await client.get(path, headers=as_("partner-a"))).status_code == 404
            for action in ("rotate-secret", "disable", "enable"):
                response = await client.post(
                    f"/subscriptions/{staff['id']}/{action}", headers=as_("partner-a")
                )
                assert response.status_code == 404, action
            deleted = await client.delete(f"/subscriptions/{staff['id']}", headers=as_("partner-a"))
            assert deleted.status_code == 404

            delivery = await failed_delivery(notifications_db, staff["id"])
            replay = await client.post(f"/deliveries/{delivery}/replay", headers=as_("partner-a"))
            assert replay.status_code == 404
            assert staff["id"] not in replay.text
            (row,) = await fetch(
                notifications_db, "SELECT status, cycle FROM deliveries WHERE id = $1", delivery
            )
            assert (row["status"], row["cycle"]) == ("failed", 1), "nothing was replayed"

            # The staff may do all of it.
            assert (
                await client.post(f"/deliveries/{delivery}/replay", headers=as_("secretariat-a"))
            ).status_code == 200
            assert (
                await client.post(
                    f"/subscriptions/{partner['id']}/rotate-secret", headers=as_("partner-a2")
                )
            ).status_code == 200


async def test_replaying_another_organisations_delivery_is_a_404_naming_no_subscription(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(notifications_db, infra.kafka_bootstrap, topic_prefix)
    with Receiver() as receiver:
        async with api(settings) as client:
            theirs = await subscribe(
                client, "partner-b", target_url=receiver.url, event_types=["*"]
            )
            delivery = await failed_delivery(notifications_db, theirs["id"])
            replay = await client.post(f"/deliveries/{delivery}/replay", headers=as_("partner-a"))
            missing = await client.post("/deliveries/msg_nothing/replay", headers=as_("partner-a"))
            assert replay.status_code == missing.status_code == 404
            assert theirs["id"] not in replay.text
            assert replay.json()["detail"] == f"no delivery {delivery}"


async def test_an_organisation_holds_at_most_its_cap_of_subscriptions(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(
        notifications_db,
        infra.kafka_bootstrap,
        topic_prefix,
        max_subscriptions_per_organisation=2,
    )
    with Receiver() as receiver:
        async with api(settings) as client:
            await subscribe(client, "partner-a", target_url=receiver.url, event_types=["*"])
            await subscribe(client, "secretariat-a", target_url=receiver.url, event_types=["*"])
            refused = await client.post(
                "/subscriptions",
                json={"target_url": receiver.url, "event_types": ["*"]},
                headers=as_("partner-a2"),
            )
            assert refused.status_code == 429, refused.text
            assert refused.headers["content-type"] == "application/problem+json"
            assert int(refused.headers["Retry-After"]) >= 1
            assert refused.json()["status"] == 429
            # Another organisation is not held back by this one's cap.
            await subscribe(client, "partner-b", target_url=receiver.url, event_types=["*"])


async def test_replays_are_rate_limited_per_organisation(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(
        notifications_db,
        infra.kafka_bootstrap,
        topic_prefix,
        replays_per_minute_per_organisation=3,
    )
    window = {"from": "2026-01-01T00:00:00Z", "to": "2026-01-02T00:00:00Z"}
    async with api(settings) as client:
        for who in ("partner-a", "partner-a2", "secretariat-a"):
            response = await client.post("/deliveries/replay", json=window, headers=as_(who))
            assert response.status_code == 200, response.text
        limited = await client.post("/deliveries/replay", json=window, headers=as_("partner-a"))
        assert limited.status_code == 429, limited.text
        assert int(limited.headers["Retry-After"]) >= 1
        assert limited.json()["type"].endswith("/too-many-requests")
        single = await client.post("/deliveries/msg_x/replay", headers=as_("partner-a2"))
        assert single.status_code == 429
        other = await client.post("/deliveries/replay", json=window, headers=as_("partner-b"))
        assert other.status_code == 200
