"""The list's page reads run without a transaction; the connection goes back to the pool with
one again."""

from __future__ import annotations

from sqlalchemy import text

from services.registry import listing
from shared.db import create_engine, session_factory


async def test_a_list_page_leaves_its_pooled_connection_transactional(registry_db: str) -> None:
    engine = create_engine(registry_db, pool_size=1)
    sessions = session_factory(engine)
    try:
        async with sessions() as session:
            page = await listing.partnership_page(
                session, listing.ListFilters(), reader=None, after=None, limit=5
            )
            assert page == []
        # The same (only) connection: a write rolled back must leave nothing behind.
        async with sessions() as session:
            await session.execute(
                text(
                    "INSERT INTO partners (id, name, kind, country)"
                    " VALUES ('p-rolled-back', 'Rolled back', 'civil_society', 'MX')"
                )
            )
            await session.rollback()
        async with sessions() as session:
            left = await session.execute(
                text("SELECT count(*) FROM partners WHERE id = 'p-rolled-back'")
            )
            assert left.scalar_one() == 0
    finally:
        await engine.dispose()
