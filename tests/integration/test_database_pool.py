"""The services' engines with a real PostgreSQL: connections checked before use, reads without a
transaction that leave none behind, JSONB values read back exactly."""

from __future__ import annotations

import asyncpg
import pytest
from sqlalchemy import text

from services.registry import listing
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.uow import UnitOfWork


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


async def test_a_read_only_unit_of_work_leaves_its_pooled_connection_transactional(
    registry_db: str,
) -> None:
    engine = create_engine(registry_db, pool_size=1)
    uow = UnitOfWork(session_factory(engine), source="registry", topic_prefix="unused")
    try:
        async with uow:
            connection = await uow.read_only_connection()
            page = await listing.partnership_page(
                connection, listing.ListFilters(), reader=None, after=None, limit=5
            )
            assert page == []
            with pytest.raises(RuntimeError, match="only reads"):
                await uow.commit()
        # The same (only) connection: a write rolled back must leave nothing behind.
        async with uow:
            await uow.session.execute(
                text(
                    "INSERT INTO partners (id, name, kind, country)"
                    " VALUES ('p-rolled-back', 'Rolled back', 'civil_society', 'MX')"
                )
            )
            with pytest.raises(RuntimeError, match="first use"):
                await uow.read_only_connection()
        async with uow:
            left = await uow.session.execute(
                text("SELECT count(*) FROM partners WHERE id = 'p-rolled-back'")
            )
            assert left.scalar_one() == 0
    finally:
        await engine.dispose()


async def test_jsonb_integers_past_64_bits_are_read_back_exactly(registry_db: str) -> None:
    # The engine decodes JSON with orjson, which would read this integer as a float.
    engine = create_engine(registry_db, pool_size=1)
    try:
        async with engine.connect() as connection:
            value = await connection.execute(
                text("SELECT CAST('{\"n\": 123456789012345678901234567890}' AS jsonb)")
            )
            assert value.scalar_one() == {"n": 123456789012345678901234567890}
    finally:
        await engine.dispose()
