"""Is a failure transient (wait, retry, keep order) or permanent (set the input aside)?

Every process that applies or moves events asks this before deciding what to do with a record
that failed. Transient means a dependency is away or busy — the database refuses connections or
drops one, a serialization failure or deadlock, a lock or statement timeout, the broker is gone —
and the same record will succeed once it is back, so it must wait and keep its place. Anything
else is taken as the record's own fault (bad payload, a handler's domain refusal, a bug) and is
permanent after bounded retries.
"""

from __future__ import annotations

import asyncpg
from aiokafka.errors import KafkaError
from sqlalchemy import exc as sqlalchemy_errors

# SQLSTATE classes and codes that say "try again later", from PostgreSQL's errcodes appendix.
_TRANSIENT_SQLSTATE_CLASSES = frozenset(
    {
        "08",  # connection exception
        "53",  # insufficient resources (too many connections, out of memory, disk full)
        "57",  # operator intervention: query canceled (statement timeout), shutdown, cannot connect now
        "58",  # system error (I/O)
    }
)
_TRANSIENT_SQLSTATES = frozenset(
    {
        "40001",  # serialization_failure
        "40P01",  # deadlock_detected
        "55P03",  # lock_not_available (lock_timeout)
    }
)


def is_transient(error: BaseException) -> bool:
    """True when `error`, or anything it wraps, says a dependency is away or busy."""
    for cause in _chain(error):
        if isinstance(cause, OSError | TimeoutError | KafkaError):
            return True
        if isinstance(cause, asyncpg.PostgresConnectionError | asyncpg.InterfaceError):
            return True
        # What a query meets on a connection whose session the server has just ended ("another
        # operation is in progress" while the protocol still consumes the server's FATAL): the
        # connection is broken, not the input; a fresh one succeeds.
        if isinstance(cause, asyncpg.InternalClientError):
            return True
        if isinstance(cause, sqlalchemy_errors.DBAPIError) and cause.connection_invalidated:
            return True
        if isinstance(cause, sqlalchemy_errors.TimeoutError):  # waiting for a pooled connection
            return True
        sqlstate = getattr(cause, "sqlstate", None)
        if isinstance(sqlstate, str) and (
            sqlstate in _TRANSIENT_SQLSTATES or sqlstate[:2] in _TRANSIENT_SQLSTATE_CLASSES
        ):
            return True
    return False


def _chain(error: BaseException) -> list[BaseException]:
    """The error and everything behind it: causes, contexts and a DB-API error's original."""
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or any(current is known for known in seen) or len(seen) > 20:
            continue
        seen.append(current)
        original = getattr(current, "orig", None)
        pending += [
            current.__cause__,
            current.__context__,
            original if isinstance(original, BaseException) else None,
        ]
    return seen
