"""When to try a webhook delivery again: the backoff schedule and response outcomes (`Retry-After`
is read by `shared.retry_after`)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from enum import StrEnum

# Delay before attempt 1..8, as Svix does: a quick second try for blips, then hours apart so
# an endpoint that is down for a day still gets every message.
DEFAULT_SCHEDULE: tuple[timedelta, ...] = (
    timedelta(0),
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
)


class Outcome(StrEnum):
    """What the dispatcher does after one attempt."""

    SUCCEEDED = "succeeded"
    DISABLE_ENDPOINT = "disable_endpoint"
    RETRY_AFTER = "retry_after"
    RETRY = "retry"


def next_attempt_delay(
    schedule: Sequence[timedelta],
    attempts_made: int,
    rng: random.Random,
    jitter: float = 0.1,
) -> timedelta | None:
    """The delay before the next attempt, or None when the schedule is spent (the delivery is dead).

    `schedule[n]` is the delay before attempt n+1, so with no attempt made yet the first entry
    applies. The delay is spread by ±`jitter` of itself so that deliveries failing together
    (one endpoint down, many messages) do not all come back at the same instant.
    """
    if attempts_made < 0:
        raise ValueError("attempts_made cannot be negative")
    if not 0 <= jitter < 1:
        raise ValueError("jitter must be a fraction in [0, 1)")
    if attempts_made >= len(schedule):
        return None
    return schedule[attempts_made] * (1 + rng.uniform(-jitter, jitter))


def classify_response(status: int | None) -> Outcome:
    """What an HTTP status (None: network error or timeout) means for the delivery."""
    if status is None:
        return Outcome.RETRY
    if 200 <= status < 300:
        return Outcome.SUCCEEDED
    # 410 Gone is the receiver saying the endpoint will never come back.
    if status == 410:
        return Outcome.DISABLE_ENDPOINT
    if status in (429, 503):
        return Outcome.RETRY_AFTER
    # 3xx and the other 4xx are retried until the schedule runs out: a receiver's misconfiguration
    # is usually fixed within the hours the schedule spans.
    return Outcome.RETRY
