"""Receivers that answer oddly (NUL bytes, gzip, binary, 50 MiB, a trickle) against the real
dispatcher: each attempt is recorded once, the delivery ends in its right state, and the next
delivery of the same subscription and partnership goes out after it."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from services.notifications.dispatcher import AttemptResult, Dispatcher
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
from tests.support.receiver import Answer, Received, Receiver

pytestmark = pytest.mark.integration

FIRST, SECOND = "partnership.adopted", "partnership.implementation_started"
MIB = 1024 * 1024


def huge_answer(sent: list[int]) -> Iterator[bytes]:
    """A 200 with a 50 MiB body, counting the MiB the receiver managed to hand over."""
    yield b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % (50 * MIB)
    for _ in range(50):
        yield b"y" * MIB
        sent.append(1)


def trickle(head: bytes, drops: int) -> Iterator[bytes]:
    yield head
    for _ in range(drops):
        yield b"."


def binary() -> bytes:
    return bytes(range(256)) * 8


@pytest.mark.parametrize(
    ("name", "answer", "status", "kept"),
    [
        ("nul bytes", Answer(body=b"ok\x00\x00 done\x00"), "succeeded", "ok done"),
        (
            "gzip",
            Answer(body=gzip.compress(b"accepted " * 50), headers={"content-encoding": "gzip"}),
            "succeeded",
            ("accepted " * 50)[:1024],
        ),
        ("binary", Answer(body=binary()), "succeeded", None),
        (
            "a gzip bomb",
            Answer(body=gzip.compress(b"\x00" * 50 * MIB), headers={"content-encoding": "gzip"}),
            "succeeded",
            "",
        ),
        (
            "a body trickling past the deadline",
            Answer(
                raw=trickle(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", 1000), raw_delay=0.1
            ),
            "succeeded",
            None,
        ),
        (
            "a status line trickling past the deadline",
            Answer(raw=trickle(b"HTTP/1.1 200 OK\r\nX-Slow: ", 1000), raw_delay=0.1),
            "failed",
            None,
        ),
    ],
)
async def test_an_odd_answer_is_recorded_once_per_attempt_and_the_stream_moves_on(
    infra: Infra,
    notifications_db: str,
    topic_prefix: str,
    name: str,
    answer: Answer,
    status: str,
    kept: str | None,
) -> None:
    # One try per delivery and a short deadline: a trickle ends the attempt (per-read timeouts
    # alone never would: a byte arrives every 0.1 s).
    settings = make_settings(
        notifications_db,
        infra.kafka_bootstrap,
        topic_prefix,
        retry_schedule_seconds="0",
        webhook_timeout_seconds=1.5,
    )
    await _odd_answer_then_a_normal_one(settings, infra, topic_prefix, lambda: answer, status, kept)


async def test_a_50_mib_answer_is_not_read_to_its_end(
    infra: Infra, notifications_db: str, topic_prefix: str
) -> None:
    settings = make_settings(
        notifications_db, infra.kafka_bootstrap, topic_prefix, retry_schedule_seconds="0"
    )
    sent: list[int] = []
    await _odd_answer_then_a_normal_one(
        settings,
        infra,
        topic_prefix,
        lambda: Answer(raw=huge_answer(sent)),
        "succeeded",
        "y" * 1024,
    )
    # The dispatcher hung up after its cap; only what the sockets' buffers held got through.
    assert len(sent) < 50


async def _odd_answer_then_a_normal_one(
    settings: Any,
    infra: Infra,
    topic_prefix: str,
    odd: Callable[[], Answer],
    status: str,
    kept: str | None,
) -> None:
    partnership = new_partnership_id()
    events = [
        partnership_event(FIRST, partnership, version=1),
        partnership_event(SECOND, partnership, version=2),
    ]

    def answer(index: int, request: Received) -> Answer:
        return odd() if json.loads(request.body)["type"] == FIRST else Answer()

    db = settings.database_url
    with Receiver(answer) as receiver:
        async with api(settings) as client:
            created = await subscribe(client, "ops", target_url=receiver.url, event_types=["*"])
        async with running_consumer(settings), running_dispatcher(settings):
            await publish(infra.kafka_bootstrap, topic_prefix, *events)

            async def both_final() -> bool:
                rows = await delivery_rows(db, created["id"])
                return len(rows) == 2 and all(r["status"] in ("succeeded", "failed") for r in rows)

            await eventually(both_final, timeout=20, what="both deliveries to finish")

    first, second = await delivery_rows(db, created["id"])
    assert (first["status"], second["status"]) == (status, "succeeded")
    attempts = await fetch(
        db, "SELECT * FROM delivery_attempts WHERE delivery_id = $1 ORDER BY id", first["id"]
    )
    ids = receiver.webhook_ids()
    # Exactly one record per request the receiver saw, and the second went out after the first.
    assert len(attempts) == ids.count(first["id"]) == first["attempt_count"] == 1
    assert ids == [first["id"], second["id"]]
    body = attempts[0]["response_body"]
    if kept is not None:
        assert body == kept
    if body is not None:
        assert len(body.encode()) <= 1024
        assert all(c.isprintable() or c in "\t\n\r" for c in body)


@pytest.mark.parametrize("fails", ["every record", "only the record with the answer"])
async def test_an_attempt_that_cannot_be_recorded_is_not_sent_again_in_a_loop(
    infra: Infra,
    notifications_db: str,
    topic_prefix: str,
    monkeypatch: pytest.MonkeyPatch,
    fails: str,
) -> None:
    # The second try is an hour away: any resend sooner than that is the loop this guards against.
    settings = make_settings(
        notifications_db, infra.kafka_bootstrap, topic_prefix, retry_schedule_seconds="0,3600"
    )
    record = Dispatcher.record

    async def failing_record(
        self: Dispatcher, uow: Any, delivery: Any, subscription: Any, result: AttemptResult
    ) -> None:
        if fails == "every record" or result.response_body is not None:
            raise RuntimeError("the database refused the record")
        await record(self, uow, delivery, subscription, result)

    monkeypatch.setattr(Dispatcher, "record", failing_record)
    event = partnership_event(FIRST, new_partnership_id())
    with Receiver(lambda index, request: Answer(status=500, body=b"busy")) as receiver:
        async with api(settings) as client:
            created = await subscribe(client, "ops", target_url=receiver.url, event_types=["*"])
        async with running_consumer(settings), running_dispatcher(settings):
            await publish(infra.kafka_bootstrap, topic_prefix, event)

            async def put_off() -> bool:
                rows = await delivery_rows(notifications_db, created["id"])
                return len(rows) == 1 and rows[0]["attempt_count"] == 1

            await eventually(put_off, timeout=20, what="the attempt to be counted")
            (row,) = await fetch(
                notifications_db,
                "SELECT *, next_attempt_at > now() + interval '30 minutes' AS later"
                " FROM deliveries WHERE subscription_id = $1",
                created["id"],
            )
            assert row["status"] == "retrying"
            assert row["later"], "the schedule decides the next try"
            attempts = await fetch(
                notifications_db,
                "SELECT * FROM delivery_attempts WHERE delivery_id = $1",
                row["id"],
            )
            if fails == "every record":
                assert attempts == []
                assert row["last_error"] == "the attempt could not be recorded"
            else:
                ((status_code, body),) = [(a["status_code"], a["response_body"]) for a in attempts]
                assert (status_code, body) == (500, None)
    assert len(receiver.received) == 1
