"""Throwaway databases on the test server, migrated the way each service migrates its own.

Databases are created and dropped as the server's superuser; inside them, the schema belongs to
the service's owner role (which runs the migrations) and the app role may only read and write rows,
as in `make run` (deploy/local/roles.py). The roles are the local stack's, with its development
passwords, and are shared by every test on the server: they are created only when missing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from chaos.proxy import DatabaseProxy
from deploy.local import stack
from deploy.local.roles import Login, provision, restrict_connect
from shared.db import asyncpg_dsn
from tests.support.ids import random_suffix


def database_url(server_url: str, name: str) -> str:
    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


async def create_database(
    server_url: str, prefix: str = "test", template: str | None = None
) -> str:
    """A new empty database, or a copy of `template` (a database URL) when one is given."""
    name = f"{prefix}_{random_suffix()}"
    copy_of = f' TEMPLATE "{urlsplit(template).path.lstrip("/")}"' if template else ""
    conn = await asyncpg.connect(asyncpg_dsn(server_url))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"{copy_of}')
    finally:
        await conn.close()
    return database_url(server_url, name)


async def drop_database(server_url: str, url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    conn = await asyncpg.connect(asyncpg_dsn(server_url))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def migrate(service: str, url: str) -> None:
    """Apply a service's migrations exactly as `python -m services.<name> migrate` does."""
    prefix = service.upper()
    subprocess.run(
        [sys.executable, "-m", f"services.{service}", "migrate"],
        check=True,
        env={**os.environ, f"{prefix}_DATABASE_URL": url, f"{prefix}_MIGRATION_DATABASE_URL": url},
        capture_output=True,
    )


def app_login(service: str) -> Login:
    role = stack.app_role(service)
    return Login(role, stack.dev_password(role))


def owner_login(service: str) -> Login:
    role = stack.owner_role(service)
    return Login(role, stack.dev_password(role))


def as_role(url: str, login: Login) -> str:
    """The same database, logged in as another role."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{login.role}:{login.password}@{host}"))


def app_url(service: str, url: str) -> str:
    return as_role(url, app_login(service))


def owner_url(service: str, url: str) -> str:
    return as_role(url, owner_login(service))


async def create_service_database(
    server_url: str, service: str, prefix: str, template: str | None = None
) -> str:
    """A database for `service` that only its owner and app roles may open (besides the
    superuser whose URL this returns); migrated as the owner unless copied from a template."""
    url = await create_database(server_url, prefix=prefix, template=template)
    if template is None:
        await provision(server_url, url, owner_login(service), app_login(service))
        migrate(service, owner_url(service, url))
    else:  # the template's schema, owner and grants came with the copy; the database's did not
        server = await asyncpg.connect(asyncpg_dsn(server_url))
        try:
            name = urlsplit(url).path.lstrip("/")
            roles = (owner_login(service).role, app_login(service).role)
            await restrict_connect(server, name, *roles)
        finally:
            await server.close()
    return url


def server_port(dsn: str) -> int:
    return int(dsn.rsplit(":", 1)[1].split("/")[0])


def through(proxy: DatabaseProxy, database_url: str) -> str:
    """`database_url` reaching its server through `proxy`."""
    head, database = database_url.rsplit("/", 1)
    credentials = head.rsplit("@", 1)[0]
    return f"{credentials}@127.0.0.1:{proxy.listen_port}/{database}"
