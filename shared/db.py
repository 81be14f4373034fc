"""Database engine and sessions: made in a service's lifespan, never at import time.

Every connection carries bounds, so no wait on PostgreSQL is open-ended: a connect that does not
finish, a statement or lock wait that runs long, a transaction left idle, and — on the client's
side — a round trip to a server that stopped answering (a black-holed connection sends no error,
only silence).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import asyncpg
from sqlalchemy import event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from shared import json_text


@dataclass(frozen=True)
class DatabaseTimeouts:
    """Seconds; server-side limits are sent as session settings on every new connection."""

    connect: float = 10.0
    statement: float = 30.0
    lock: float = 10.0
    idle_in_transaction: float = 60.0
    # Longer than `statement`, so the server's own timeout normally answers first.
    round_trip: float = 45.0

    def server_settings(self) -> dict[str, str]:
        return {
            "statement_timeout": _ms(self.statement),
            "lock_timeout": _ms(self.lock),
            "idle_in_transaction_session_timeout": _ms(self.idle_in_transaction),
            # Short queries only: compiling a plan the planner thinks costly took 15-25 ms more
            # than running it (a filtered list page over a million partnerships).
            "jit": "off",
            # Statements are prepared (asyncpg caches them), and after five runs PostgreSQL may
            # keep one generic plan that ignores the values: a list page filtered on a rare
            # partner then sorted thousands of rows (~100 ms instead of 4 ms). Planning for the
            # actual values costs well under a millisecond.
            "plan_cache_mode": "force_custom_plan",
            # The server probes a quiet connection, so a client host that vanished (no FIN, no
            # RST) frees its session and locks in about a minute instead of hours.
            "tcp_keepalives_idle": "30",
            "tcp_keepalives_interval": "10",
            "tcp_keepalives_count": "3",
        }

    def connect_args(self, **server_settings: str) -> dict[str, Any]:
        return {
            "timeout": self.connect,
            "command_timeout": self.round_trip,
            "server_settings": {**self.server_settings(), **server_settings},
        }


def _ms(seconds: float) -> str:
    return str(int(seconds * 1000))


def create_engine(
    database_url: str, pool_size: int = 10, timeouts: DatabaseTimeouts | None = None
) -> AsyncEngine:
    timeouts = timeouts or DatabaseTimeouts()
    engine = create_async_engine(
        database_url,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_timeout=timeouts.connect,
        connect_args=timeouts.connect_args(),
        json_deserializer=json_text.loads,
    )
    event.listen(engine.sync_engine.pool, "checkout", _ping)
    return engine


def _ping(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """Before the pool hands a connection out: one round trip, so a connection PostgreSQL has
    dropped (a restart, a failover) is replaced instead of failing the request. SQLAlchemy's own
    `pool_pre_ping` wraps its ping in BEGIN and ROLLBACK for PgBouncer's transaction mode, which
    we do not run: three round trips on every request instead of one."""
    try:
        dbapi_connection.run_async(lambda driver: driver.fetchrow(";"))
    except Exception as exc:
        # The pool discards the connection and checks out (or opens) another, as pre-ping does.
        raise DisconnectionError(f"the pooled connection did not answer: {exc!r}") from exc


async def connect(
    dsn: str, timeouts: DatabaseTimeouts | None = None, **server_settings: str
) -> asyncpg.Connection:
    """One plain asyncpg connection with the same bounds as the engine's."""
    timeouts = timeouts or DatabaseTimeouts()
    return await asyncpg.connect(dsn, **timeouts.connect_args(**server_settings))


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


def asyncpg_dsn(database_url: str) -> str:
    """The plain `postgresql://` DSN asyncpg wants, from SQLAlchemy's `postgresql+asyncpg://`."""
    return "postgresql://" + database_url.split("://", 1)[1]
