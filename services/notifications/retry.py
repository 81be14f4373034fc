"""When to try a webhook delivery again: the backoff schedule, `Retry-After` and response outcomes."""

from __future__ import annotations

import email.utils
import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
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

# A receiver may not park a delivery for longer than this, however far off its Retry-After is.
MAX_RETRY_AFTER = timedelta(days=1)


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


def parse_retry_after(value: str | None, now: datetime) -> timedelta | None:
    """The wait a `Retry-After` header asks for, within [0, 1 day]; None when absent or unreadable.

    Both forms of RFC 9110 are read: delta-seconds (`120`) and an HTTP-date. A naive datetime,
    on either side, is taken to be UTC.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():
        # Compare digit counts first: a hostile header of thousands of digits would otherwise
        # cost a big-integer conversion (or trip Python's conversion limit) for nothing.
        digits = value.lstrip("0") or "0"
        max_seconds = int(MAX_RETRY_AFTER.total_seconds())
        if len(digits) > len(str(max_seconds)):
            return MAX_RETRY_AFTER
        return timedelta(seconds=min(int(digits), max_seconds))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):
        return None
    wait = _as_utc(when) - _as_utc(now)
    return max(timedelta(0), min(wait, MAX_RETRY_AFTER))


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


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
