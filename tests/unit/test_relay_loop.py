"""The relay's outer loop: what it waits out (a dependency away) and what it dies of (a bug)."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest
from aiokafka.errors import KafkaConnectionError

from shared.relay import OutboxRelay


class ScriptedRelay(OutboxRelay):
    """A relay whose every attempt to lead raises the next error of a script, then stops."""

    def __init__(self, errors: list[Exception]) -> None:
        super().__init__(dsn="postgresql://unused", bootstrap="unused:9092", poll_interval=0.01)
        self.errors = errors
        self.attempts = 0

    async def _lead(self, stop: asyncio.Event) -> None:
        self.attempts += 1
        if self.errors:
            raise self.errors.pop(0)
        stop.set()


@pytest.mark.parametrize(
    "error",
    [
        ConnectionRefusedError("the database refuses connections"),
        asyncpg.AdminShutdownError("terminating connection due to administrator command"),
        asyncpg.ConnectionDoesNotExistError("connection was closed in the middle of operation"),
        # What a query meets on a connection whose session the server just ended.
        asyncpg.InternalClientError(
            "cannot switch to state 15; another operation (2) is in progress"
        ),
        KafkaConnectionError("the broker went away"),
    ],
    ids=lambda error: type(error).__name__,
)
async def test_a_dependency_away_is_waited_out(error: Exception) -> None:
    relay = ScriptedRelay([error])
    await asyncio.wait_for(relay.run(asyncio.Event()), 5)
    assert relay.attempts == 2


async def test_a_bug_is_not_waited_out() -> None:
    relay = ScriptedRelay([KeyError("a bug")])
    with pytest.raises(KeyError):
        await asyncio.wait_for(relay.run(asyncio.Event()), 5)
    assert relay.attempts == 1
