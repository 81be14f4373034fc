"""Database engine and sessions: made in a service's lifespan, never at import time."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession


def create_engine(database_url: str, pool_size: int = 10) -> AsyncEngine:
    return create_async_engine(
        database_url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True
    )


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


def asyncpg_dsn(database_url: str) -> str:
    """The plain `postgresql://` DSN asyncpg wants, from SQLAlchemy's `postgresql+asyncpg://`."""
    return "postgresql://" + database_url.split("://", 1)[1]
