"""Throwaway databases on the test server, migrated the way each service migrates its own."""

from __future__ import annotations

import os
import subprocess
import sys
from urllib.parse import urlsplit, urlunsplit

import asyncpg

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
    env_key = f"{service.upper()}_DATABASE_URL"
    subprocess.run(
        [sys.executable, "-m", f"services.{service}", "migrate"],
        check=True,
        env={**os.environ, env_key: url},
        capture_output=True,
    )
