"""The services' engines hand out only connections that answer."""

from __future__ import annotations

import asyncpg
from sqlalchemy import text

from shared.db import asyncpg_dsn, create_engine


async def test_a_connection_the_server_dropped_is_replaced_when_checked_out(
    registry_db: str,
) -> None:
    engine = create_engine(registry_db, pool_size=1)
    try:
        async with engine.connect() as connection:
            dropped = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()
        # The server ends the pooled connection while it is idle (as a restart or failover does).
        admin = await asyncpg.connect(asyncpg_dsn(registry_db))
        try:
            # With a timeout, it returns once the backend has exited (true) or the time is up.
            assert await admin.fetchval("SELECT pg_terminate_backend($1, 10000)", dropped)
        finally:
            await admin.close()
        async with engine.connect() as connection:
            serving = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()
        assert serving != dropped
    finally:
        await engine.dispose()
