"""Rows a unit of work inserts at commit, against real PostgreSQL: written with the outbox in
one statement, in the order given, with their columns' defaults; all or nothing with the rest."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest
import sqlalchemy as sa

from shared.catalogue.partners import PartnerRegistered
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.prepared import Prepared
from shared.uow import UnitOfWork

pytestmark = pytest.mark.integration

_METADATA = sa.MetaData()
HISTORY = sa.Table(
    "scratch_history",
    _METADATA,
    sa.Column("id", sa.BigInteger, primary_key=True),
    sa.Column("subject", sa.Text, nullable=False, unique=True),
    sa.Column("note", sa.Text),
    sa.Column("detail", sa.dialects.postgresql.JSONB),
    sa.Column("tags", sa.dialects.postgresql.ARRAY(sa.Text)),
    sa.Column("kind", sa.Text, nullable=False, server_default="plain"),
)


@pytest.fixture
async def uow(registry_db: str) -> AsyncIterator[UnitOfWork]:
    conn = await asyncpg.connect(asyncpg_dsn(registry_db))
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS scratch_history (id bigserial PRIMARY KEY,"
        " subject text NOT NULL UNIQUE, note text, detail jsonb, tags text[],"
        " kind text NOT NULL DEFAULT 'plain')"
    )
    await conn.execute("TRUNCATE scratch_history, outbox")
    await conn.close()
    engine = create_engine(registry_db)
    yield UnitOfWork(session_factory(engine), source="registry", topic_prefix="uow-test")
    await engine.dispose()


async def rows(registry_db: str, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(asyncpg_dsn(registry_db))
    try:
        return list(await conn.fetch(sql))
    finally:
        await conn.close()


def registered(index: int) -> PartnerRegistered:
    return PartnerRegistered(
        partner_id=f"p-{index}", name=f"Partner {index}", kind="civil_society", country="MX"
    )


async def test_rows_inserted_at_commit_are_written_in_order_with_defaults_and_the_events(
    uow: UnitOfWork, registry_db: str
) -> None:
    async with uow:
        uow.insert_at_commit(
            HISTORY,
            [
                {"subject": "b", "note": "first", "detail": {"n": [1, 2]}, "tags": ["x", "y"]},
                {"subject": "a", "note": None, "detail": None, "tags": []},
            ],
        )
        uow.record("partner.registered", "p-1", registered(1))
        uow.insert_at_commit(
            HISTORY, [{"subject": "c", "note": 'it\'s "quoted"', "detail": "s", "tags": None}]
        )
        # Not written yet: the rows go with the outbox's statement at commit.
        before = await uow.session.execute(sa.text("SELECT count(*) FROM scratch_history"))
        assert before.scalar_one() == 0
        await uow.commit()

    written = await rows(
        registry_db, "SELECT subject, note, detail, tags, kind FROM scratch_history ORDER BY id"
    )
    assert [tuple(row) for row in written] == [
        ("b", "first", '{"n": [1, 2]}', ["x", "y"], "plain"),
        ("a", None, None, [], "plain"),
        ("c", 'it\'s "quoted"', '"s"', None, "plain"),
    ]
    assert [row["key"] for row in await rows(registry_db, "SELECT key FROM outbox")] == ["p-1"]


async def test_rows_alone_are_written_without_events(uow: UnitOfWork, registry_db: str) -> None:
    async with uow:
        uow.insert_at_commit(HISTORY, [{"subject": "alone"}])
        await uow.commit()
    assert len(await rows(registry_db, "SELECT 1 FROM scratch_history")) == 1
    assert await rows(registry_db, "SELECT 1 FROM outbox") == []


async def test_leaving_without_commit_inserts_nothing(uow: UnitOfWork, registry_db: str) -> None:
    async with uow:
        uow.insert_at_commit(HISTORY, [{"subject": "never"}])
        uow.record("partner.registered", "p-1", registered(1))
    async with uow:  # the next unit of work starts with nothing pending
        await uow.commit()
    assert await rows(registry_db, "SELECT 1 FROM scratch_history") == []
    assert await rows(registry_db, "SELECT 1 FROM outbox") == []


async def test_a_row_breaking_a_constraint_fails_the_commit_and_nothing_is_written(
    uow: UnitOfWork, registry_db: str
) -> None:
    async with uow:
        uow.insert_at_commit(HISTORY, [{"subject": "taken"}])
        await uow.commit()
    with pytest.raises(asyncpg.UniqueViolationError):
        async with uow:
            uow.insert_at_commit(HISTORY, [{"subject": "new"}, {"subject": "taken"}])
            uow.record("partner.registered", "p-2", registered(2))
            await uow.commit()
    assert [
        r["subject"] for r in await rows(registry_db, "SELECT subject FROM scratch_history")
    ] == ["taken"]
    assert await rows(registry_db, "SELECT 1 FROM outbox") == []


async def test_rows_must_name_columns_of_the_table_and_the_same_ones(uow: UnitOfWork) -> None:
    async with uow:
        with pytest.raises(ValueError, match="no column"):
            uow.insert_at_commit(HISTORY, [{"subject": "x", "colour": "red"}])
        uow.insert_at_commit(HISTORY, [{"subject": "x"}])
        with pytest.raises(ValueError, match="different columns"):
            uow.insert_at_commit(HISTORY, [{"subject": "y", "note": "n"}])


async def test_a_prepared_statement_run_first_is_inside_the_transaction(
    uow: UnitOfWork, registry_db: str
) -> None:
    # SQLAlchemy begins lazily, at the first statement it runs itself: one sent with asyncpg
    # first must not run (and commit) on its own.
    insert = Prepared.of(sa.insert(HISTORY), columns=("subject", "tags"))
    async with uow:
        await uow.fetch(insert, {"subject": "rolled back", "tags": ("a",)})
    assert await rows(registry_db, "SELECT 1 FROM scratch_history") == []

    async with uow:
        await uow.fetch(insert, {"subject": "kept", "tags": ("a", "b")})
        await uow.session.execute(sa.text("SELECT 1"))  # SQLAlchemy's own, in the same one
        await uow.commit()
    written = await rows(registry_db, "SELECT subject, tags FROM scratch_history")
    assert [tuple(row) for row in written] == [("kept", ["a", "b"])]
