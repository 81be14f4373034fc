"""The steps the Kubernetes migrate Job and init containers run, against a real PostgreSQL set up
the way CloudNativePG sets it up: two plain login roles and a database owned by the owner role,
with no superuser anywhere near the service (deploy/kubernetes/schema.py)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from deploy.kubernetes.schema import applied_revisions, grant, migration_scripts, wait_for_schema
from shared.db import asyncpg_dsn
from tests.support.database import migrate
from tests.support.ids import random_suffix
from tests.support.infra import Infra

pytestmark = pytest.mark.integration

SERVICE = "commitments"


@dataclass(frozen=True)
class OperatorMade:
    """What the operator leaves: URLs for the owner, the app role and a stranger role."""

    owner_url: str
    app_url: str
    stranger_url: str


def _url(server_url: str, role: str, password: str, database: str) -> str:
    parts = urlsplit(server_url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{role}:{password}@{host}", path=f"/{database}"))


@pytest.fixture
async def operator_made(infra: Infra) -> AsyncIterator[OperatorMade]:
    suffix = random_suffix()
    database = f"k8s_{suffix}"
    roles = {kind: f"k8s_{suffix}_{kind}" for kind in ("owner", "app", "stranger")}
    password = f"pw-{suffix}"
    server = await asyncpg.connect(asyncpg_dsn(infra.postgres_url))
    try:
        for role in roles.values():
            await server.execute(
                f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                f"PASSWORD '{password}'"
            )
        await server.execute(f"CREATE DATABASE {database} OWNER {roles['owner']}")
        yield OperatorMade(*(_url(infra.postgres_url, roles[k], password, database) for k in roles))
    finally:
        await server.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        for role in roles.values():
            await server.execute(f"DROP ROLE IF EXISTS {role}")
        await server.close()


async def test_the_owner_alone_grants_migrates_and_the_app_role_then_sees_the_schema(
    operator_made: OperatorMade,
) -> None:
    made = operator_made
    assert await applied_revisions(made.app_url) == set()  # nothing migrated: keep waiting

    await grant(made.app_url, made.owner_url)  # as the owner, no superuser
    migrate(SERVICE, made.owner_url)

    assert await applied_revisions(made.app_url) == set(
        migration_scripts(SERVICE, made.app_url).get_heads()
    )
    # Returns at once now; bounded only so a regression fails instead of hanging the run.
    await asyncio.wait_for(wait_for_schema(SERVICE, made.app_url), timeout=60)

    app = await asyncpg.connect(asyncpg_dsn(made.app_url))
    try:
        async with app.transaction():
            row_id = await app.fetchval(
                "INSERT INTO outbox (event_id, topic, key, event_type, envelope)"
                " VALUES (gen_random_uuid()::text, 't', 'k', 'x', '{}'::jsonb) RETURNING id"
            )
            await app.execute("DELETE FROM outbox WHERE id = $1", row_id)
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await app.execute("CREATE TABLE intruder (id int)")
    finally:
        await app.close()

    with pytest.raises(asyncpg.InsufficientPrivilegeError, match="permission denied"):
        await asyncpg.connect(asyncpg_dsn(made.stranger_url))


async def test_granting_again_on_a_migrated_database_changes_nothing_it_needs(
    operator_made: OperatorMade,
) -> None:
    """Every rollout's Job grants again before migrating; that must succeed on a live schema."""
    made = operator_made
    await grant(made.app_url, made.owner_url)
    migrate(SERVICE, made.owner_url)
    await grant(made.app_url, made.owner_url)
    app = await asyncpg.connect(asyncpg_dsn(made.app_url))
    try:
        assert await app.fetchval("SELECT count(*) FROM outbox") == 0
    finally:
        await app.close()
