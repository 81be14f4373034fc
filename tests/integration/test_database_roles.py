"""Least privilege in PostgreSQL: each service's app role reads and writes its own rows and nothing more."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from deploy.local.prepare import ServiceDatabase, prepare_databases
from shared.db import asyncpg_dsn
from tests.support.database import (
    app_url,
    create_database,
    drop_database,
    migrate,
    owner_url,
)
from tests.support.infra import Infra


async def connect(url: str) -> asyncpg.Connection:
    return await asyncpg.connect(asyncpg_dsn(url))


async def test_a_service_role_can_open_only_its_own_database(
    registry_db: str, commitments_db: str, notifications_db: str
) -> None:
    own = await connect(app_url("registry", registry_db))
    assert await own.fetchval("SELECT current_user") == "registry_app"
    await own.close()
    for foreign in (commitments_db, notifications_db):
        for url in (app_url("registry", foreign), owner_url("registry", foreign)):
            with pytest.raises(asyncpg.InsufficientPrivilegeError, match="permission denied"):
                await connect(url)


async def test_the_app_role_reads_and_writes_rows_but_cannot_change_the_schema(
    registry_db: str,
) -> None:
    conn = await connect(app_url("registry", registry_db))
    try:
        # What the service does: DML on its tables, sequences included (outbox ids are identity).
        async with conn.transaction():
            row_id = await conn.fetchval(
                "INSERT INTO outbox (event_id, topic, key, event_type, envelope)"
                " VALUES (gen_random_uuid()::text, 't', 'k', 'x', '{}'::jsonb) RETURNING id"
            )
            assert await conn.fetchval("SELECT count(*) FROM outbox WHERE id = $1", row_id) == 1
            await conn.execute("DELETE FROM outbox WHERE id = $1", row_id)
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await conn.execute("CREATE TABLE intruder (id int)")
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await conn.execute("CREATE TEMPORARY TABLE intruder (id int)")
        with pytest.raises(asyncpg.InsufficientPrivilegeError, match="must be owner"):
            await conn.execute("DROP TABLE partners")
        with pytest.raises(asyncpg.InsufficientPrivilegeError, match="must be owner"):
            await conn.execute("ALTER TABLE outbox ADD COLUMN intruder int")
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await conn.execute("CREATE SCHEMA intruder")
        owned = await conn.fetchval(
            "SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles"
            " WHERE rolname = current_user)"
        )
        assert owned == 0
    finally:
        await conn.close()


async def test_every_table_belongs_to_the_owner_role(registry_db: str) -> None:
    conn = await connect(registry_db)
    try:
        owners = await conn.fetch(
            "SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public' AND relkind IN ('r', 'S')"
        )
    finally:
        await conn.close()
    assert [row["owner"] for row in owners] == ["registry_owner"]


@pytest.fixture
async def legacy_database(infra: Infra) -> AsyncIterator[str]:
    """A registry database migrated the old way, by the superuser, before roles existed."""
    url = await create_database(infra.postgres_url, prefix="legacy_registry")
    migrate("registry", url)
    yield url
    await drop_database(infra.postgres_url, url)


async def test_prepare_hands_an_existing_database_to_the_owner_and_is_idempotent(
    infra: Infra, legacy_database: str
) -> None:
    database = ServiceDatabase(
        "registry", app_url("registry", legacy_database), owner_url("registry", legacy_database)
    )
    for _ in range(2):  # `make run` runs prepare at every start
        await prepare_databases([database], infra.postgres_url)
    # Migrations now run as the owner (a no-op here: the schema is current) ...
    migrate("registry", database.migration_url)
    owner = await connect(database.migration_url)
    try:
        assert (
            await owner.fetchval(
                "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'partners'"
            )
            == "registry_owner"
        )
        # ... and what a later migration adds is the app role's to use, by default privileges.
        await owner.execute("CREATE TABLE later_addition (id bigserial PRIMARY KEY, note text)")
    finally:
        await owner.close()
    app = await connect(database.url)
    try:
        await app.execute("INSERT INTO later_addition (note) VALUES ('written by the app')")
        assert await app.fetchval("SELECT count(*) FROM later_addition") == 1
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await app.execute("DROP TABLE later_addition")
    finally:
        await app.close()
