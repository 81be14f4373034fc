"""Least-privilege PostgreSQL roles: per service, an owner that migrates and an app role that only reads and writes.

Every database gets two login roles, named in the URLs the service is given:

- the **owner** (e.g. `registry_owner`, in `<SERVICE>_MIGRATION_DATABASE_URL`) owns the `public`
  schema and every table in it, so migrations run as it; it cannot create databases or roles.
- the **app** role (e.g. `registry_app`, in `<SERVICE>_DATABASE_URL`) owns nothing: it gets
  SELECT/INSERT/UPDATE/DELETE on the owner's tables and USAGE on its sequences (through default
  privileges, so tables a later migration adds are covered too), and cannot create or drop
  anything.

Only these two roles (and superusers) may connect to the database: PUBLIC's CONNECT and TEMPORARY
are revoked, so one service's roles cannot open another service's database. Everything here is
idempotent and safe while other sessions use the server: roles are created only when missing,
and nothing is ever dropped.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import asyncpg

from shared.db import asyncpg_dsn

# Concurrent GRANTs or ALTER ROLEs on one catalogue row fail with this instead of waiting.
_CONCURRENT_UPDATE = "tuple concurrently updated"
_ATTEMPTS = 5


@dataclass(frozen=True)
class Login:
    """A role and its password, as a database URL names them."""

    role: str
    password: str

    @classmethod
    def from_url(cls, url: str) -> Login:
        parts = urlsplit(asyncpg_dsn(url))
        if not parts.username:
            raise ValueError(f"the database URL names no user: {parts.hostname}{parts.path}")
        return cls(unquote(parts.username), unquote(parts.password or ""))


def database_name(url: str) -> str:
    return urlsplit(asyncpg_dsn(url)).path.lstrip("/")


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


async def _execute(conn: asyncpg.Connection, statement: str) -> None:
    """Run one statement, retrying the catalogue races concurrent provisioning can cause."""
    for attempt in range(_ATTEMPTS):
        try:
            await conn.execute(statement)
            return
        except asyncpg.InternalServerError as exc:
            if _CONCURRENT_UPDATE not in str(exc) or attempt == _ATTEMPTS - 1:
                raise
            await asyncio.sleep(0.05 * (attempt + 1))


async def ensure_login(server: asyncpg.Connection, login: Login) -> None:
    """Create the role if it is missing (PostgreSQL has no CREATE ROLE IF NOT EXISTS); keep its
    password the configured one. It gets no superuser, database or role creation rights."""
    body = (
        f"CREATE ROLE {_ident(login.role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
        f" NOREPLICATION NOBYPASSRLS PASSWORD {_literal(login.password)}"
    )
    # Two provisioners may race between the check and the CREATE; the loser's error is benign.
    await _execute(
        server,
        "DO $$ BEGIN "
        f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {_literal(login.role)}) THEN "
        f"EXECUTE {_literal(body)}; END IF; "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$",
    )
    await _execute(
        server, f"ALTER ROLE {_ident(login.role)} WITH LOGIN PASSWORD {_literal(login.password)}"
    )


async def restrict_connect(server: asyncpg.Connection, database: str, *roles: str) -> None:
    """Only `roles` (and superusers) may connect. Database privileges live in the cluster's
    catalogue, not the database, so a copy made from a template needs this again."""
    name = _ident(database)
    await _execute(server, f"REVOKE CONNECT, TEMPORARY ON DATABASE {name} FROM PUBLIC")
    for role in roles:
        await _execute(server, f"GRANT CONNECT ON DATABASE {name} TO {_ident(role)}")


async def hand_schema_to_owner(database: asyncpg.Connection, owner: str, app: str) -> None:
    """Inside one database (connected as a superuser): the owner owns `public` and whatever is
    already in it (a database migrated before these roles existed), the app role gets DML."""
    owner_id, app_id = _ident(owner), _ident(app)
    await _execute(database, f"ALTER SCHEMA public OWNER TO {owner_id}")
    await _execute(database, "REVOKE ALL ON SCHEMA public FROM PUBLIC")
    await _execute(database, f"GRANT USAGE ON SCHEMA public TO {app_id}")
    # Sequences a column owns follow their table; only free-standing ones are moved themselves.
    movable = await database.fetch(
        """
        SELECT c.relname, c.relkind::text AS relkind FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)
          AND NOT (c.relkind = 'S' AND EXISTS (
              SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
        """,
        owner,
    )
    kinds = {"r": "TABLE", "p": "TABLE", "v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}
    for row in movable:
        await _execute(
            database,
            f"ALTER {kinds[row['relkind']]} public.{_ident(row['relname'])} OWNER TO {owner_id}",
        )
    dml = "SELECT, INSERT, UPDATE, DELETE"
    await _execute(database, f"GRANT {dml} ON ALL TABLES IN SCHEMA public TO {app_id}")
    await _execute(database, f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {app_id}")
    defaults = f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner_id} IN SCHEMA public"
    await _execute(database, f"{defaults} GRANT {dml} ON TABLES TO {app_id}")
    await _execute(database, f"{defaults} GRANT USAGE ON SEQUENCES TO {app_id}")


# Extensions the migrations rely on. Creating one needs more than the owner role has (CREATE on
# the database), so the superuser step installs them and the migrations only find them there.
EXTENSIONS = ("unaccent",)


async def install_extensions(database: asyncpg.Connection) -> None:
    for extension in EXTENSIONS:
        await _execute(database, f"CREATE EXTENSION IF NOT EXISTS {_ident(extension)}")


async def provision(admin_url: str, database_url: str, owner: Login, app: Login) -> None:
    """Both roles exist, only they may connect to the database, the owner owns its schema, and
    the extensions the migrations use are installed."""
    server = await asyncpg.connect(asyncpg_dsn(admin_url))
    try:
        await ensure_login(server, owner)
        await ensure_login(server, app)
        await restrict_connect(server, database_name(database_url), owner.role, app.role)
    finally:
        await server.close()
    admin_parts = urlsplit(asyncpg_dsn(admin_url))
    inside = await asyncpg.connect(
        admin_parts._replace(path=f"/{database_name(database_url)}").geturl()
    )
    try:
        await install_extensions(inside)
        await hand_schema_to_owner(inside, owner.role, app.role)
    finally:
        await inside.close()
