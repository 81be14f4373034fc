"""Alembic, driven from code: one shared environment, each service's revisions in its own folder.

A service's revisions live in `services/<name>/migrations/`; the shared `delivery_0001`
revision (outbox and inbox) is the root every service's first revision builds on.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command, context
from alembic.config import Config
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import SQLModel

SHARED_ALEMBIC = Path(__file__).parent / "alembic"


def alembic_config(migrations_dir: Path, models_module: str, database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SHARED_ALEMBIC))
    config.set_main_option("version_locations", f"{SHARED_ALEMBIC / 'versions'} {migrations_dir}")
    config.set_main_option("path_separator", "space")
    config.attributes["database_url"] = database_url
    config.attributes["models_module"] = models_module
    return config


def upgrade(
    migrations_dir: Path, models_module: str, database_url: str, revision: str = "heads"
) -> None:
    command.upgrade(alembic_config(migrations_dir, models_module, database_url), revision)


def run_env() -> None:
    """The body of the shared `env.py` (online mode, asyncpg)."""
    url = context.config.attributes["database_url"]

    def migrate(connection: Connection) -> None:
        context.configure(connection=connection, target_metadata=SQLModel.metadata)
        with context.begin_transaction():
            context.run_migrations()

    async def run() -> None:
        engine = create_async_engine(url)
        async with engine.begin() as connection:
            await connection.run_sync(migrate)
        await engine.dispose()

    asyncio.run(run())
