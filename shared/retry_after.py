"""`Retry-After` (RFC 9110 §10.2.3), written for our own 429/503 answers and read from others'
(a webhook receiver's, the registry's token endpoint seen from the ops tools)."""

from __future__ import annotations

import email.utils
import math
from datetime import UTC, datetime, timedelta

# However far off a Retry-After is, nobody is made to wait longer than this.
MAX_RETRY_AFTER = timedelta(days=1)


def retry_after_header(seconds: float) -> dict[str, str]:
    """`Retry-After` in whole seconds (RFC 9110 §10.2.3), never 0 so clients do wait."""
    return {"Retry-After": str(max(1, math.ceil(seconds)))}


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
