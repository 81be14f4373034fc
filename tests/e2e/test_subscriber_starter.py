"""The subscriber's starter (examples/subscriber/receiver.py) against the real notifications
dispatcher: it verifies our signatures, processes an event once, answers before its work is
done, drops a redelivered `webhook-id` (also across its own restart), and refuses forgeries."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from standardwebhooks.webhooks import Webhook

from chaos.ports import free_port
from examples.subscriber.receiver import Receiver
from tests.support.callers import Caller, enrol, login, register_partners
from tests.support.processes import eventually
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System

pytestmark = pytest.mark.e2e

# The receiver's work takes this long; the dispatcher must see the answer well before.
WORK_SECONDS = 1.5


class Work:
    """What the receiver's worker processed, in order."""

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def __call__(self, event: dict[str, Any]) -> None:
        time.sleep(WORK_SECONDS)
        with self._lock:
            self.events.append(event)

    def ids(self) -> list[str]:
        with self._lock:
            return [event["id"] for event in self.events]


@contextmanager
def running(secret: str, database: Path, port: int, work: Work) -> Iterator[Receiver]:
    receiver = Receiver(secret, str(database), port=port, handle=work).start()
    try:
        yield receiver
    finally:
        receiver.stop()


async def test_the_starter_receiver_verifies_dedupes_and_answers_fast(
    system: System, tmp_path: Path
) -> None:
    async with httpx.AsyncClient(timeout=10) as http:
        admin = await login(http, system, ADMIN_ID, ADMIN_SECRET)
        orgs = await register_partners(
            admin, [("ministry", "Secretaría del Trabajo", "line_ministry", "MX")]
        )
        partner = await enrol(admin, http, system, ["partner"], orgs["ministry"])
        port, database = free_port(), tmp_path / "received.sqlite3"
        subscription = await partner.call(
            "POST",
            "notifications",
            "/subscriptions",
            201,
            json={
                "target_url": f"http://127.0.0.1:{port}/webhooks",
                "event_types": ["partnership.proposed"],
            },
        )
        secret = subscription["secret"]
        work = Work()
        with running(secret, database, port, work) as receiver:
            delivery = await first_delivery(partner, subscription["id"], work)
            # Answered before the work was done: the dispatcher timed the answer, not the work.
            (attempt,) = delivery["attempts"]
            assert attempt["status_code"] == 204
            assert attempt["latency_ms"] < WORK_SECONDS * 1000 / 2, attempt
            event = work.events[0]
            assert event["type"] == "partnership.proposed"

            # The service sends the same delivery again (same webhook-id): acknowledged, dropped.
            await redeliver(partner, subscription["id"], delivery["id"], receiver)
            assert work.ids() == [event["id"]]

            await forgeries_are_refused(receiver, delivery["id"], secret, event)
            assert work.ids() == [event["id"]]

        # A restarted receiver still knows what it received.
        with running(secret, database, port, work) as restarted:
            await redeliver(partner, subscription["id"], delivery["id"], restarted)
            assert restarted.counts["accepted"] == 0
        assert work.ids() == [event["id"]]


async def first_delivery(partner: Caller, subscription_id: str, work: Work) -> dict[str, Any]:
    """Cause a `partnership.proposed` and wait until it was delivered and processed."""
    draft = await partner.call(
        "POST",
        "registry",
        "/partnerships",
        201,
        json={
            "title": "Safe arrival information desks",
            "summary": "Information desks for newly arrived seasonal workers.",
            "level": "national",
            "themes": ["vulnerable_migrants"],
        },
    )
    await partner.call("POST", "registry", f"/partnerships/{draft['id']}/actions/propose")

    async def processed() -> bool:
        return len(work.ids()) == 1

    await eventually(processed, timeout=60, what="the receiver to process the proposal")
    page = await partner.call(
        "GET", "notifications", f"/subscriptions/{subscription_id}/deliveries"
    )
    (delivery,) = page["items"]
    assert delivery["status"] == "succeeded", delivery
    assert delivery["event_id"] == work.events[0]["id"]
    return delivery  # type: ignore[no-any-return]


async def redeliver(
    partner: Caller, subscription_id: str, delivery_id: str, receiver: Receiver
) -> None:
    """The service sends a delivered message again, same webhook-id; the receiver answers 2xx."""
    before = receiver.counts["duplicate"]
    replayed = await partner.call("POST", "notifications", f"/deliveries/{delivery_id}/replay")

    async def delivered_again() -> bool:
        page = await partner.call(
            "GET", "notifications", f"/subscriptions/{subscription_id}/deliveries"
        )
        (delivery,) = page["items"]
        return bool(delivery["cycle"] == replayed["cycle"] and delivery["status"] == "succeeded")

    await eventually(delivered_again, timeout=60, what="the redelivery to be acknowledged")
    assert receiver.counts["duplicate"] == before + 1


async def forgeries_are_refused(
    receiver: Receiver, webhook_id: str, secret: str, event: dict[str, Any]
) -> None:
    """A body altered, signed with another key, with an old timestamp or a malformed signature:
    each is refused with 401 and never reaches the work, even under a fresh webhook-id."""
    body = json.dumps(event).encode()
    now = int(time.time())

    def signed(key: str, msg_id: str, at: int, content: bytes) -> dict[str, str]:
        signature = Webhook(key).sign(msg_id, datetime.fromtimestamp(at, tz=UTC), content.decode())
        return {"webhook-id": msg_id, "webhook-timestamp": str(at), "webhook-signature": signature}

    other_key = "whsec_" + "QUxJQU5aQS1OT1QtVEhFLVNFQ1JFVC0wMTIzNDU2Nzg5"
    altered = json.dumps({**event, "type": "partnership.adopted"}).encode()
    attempts = [
        (signed(other_key, "msg_forged_1", now, body), body),
        (signed(secret, "msg_forged_2", now, body), altered),
        (signed(secret, "msg_forged_3", now - 3600, body), body),
        ({**signed(secret, "msg_forged_4", now, body), "webhook-signature": "v1"}, body),
        ({"webhook-id": webhook_id}, body),
    ]
    async with httpx.AsyncClient(timeout=5) as http:
        for headers, content in attempts:
            # Raw HTTP on purpose: no SDK sends forged webhooks.
            answer = await http.post(receiver.url, content=content, headers=headers)
            assert answer.status_code == 401, (headers, answer.status_code)
    assert receiver.counts["refused"] == len(attempts)
