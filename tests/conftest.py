"""Fixtures every test layer shares: the real servers, throwaway databases and topics."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from shared.catalogue import all_topics
from shared.kafka import ensure_topics
from tests.support.database import create_database, drop_database, migrate
from tests.support.ids import random_prefix
from tests.support.infra import Infra, locate


@pytest.fixture(scope="session")
def infra() -> Iterator[Infra]:
    found, containers = locate()
    yield found
    for container in containers:
        container.stop()  # type: ignore[attr-defined]


@pytest.fixture
async def topic_prefix(infra: Infra) -> str:
    """A fresh set of the system's topics (and their DLQs) under a random prefix."""
    prefix = random_prefix()
    await ensure_topics(infra.kafka_bootstrap, all_topics(prefix))
    return prefix


async def _service_database(infra: Infra, service: str) -> AsyncIterator[str]:
    url = await create_database(infra.postgres_url, prefix=f"test_{service}")
    migrate(service, url)
    yield url
    await drop_database(infra.postgres_url, url)


@pytest.fixture
async def registry_db(infra: Infra) -> AsyncIterator[str]:
    """A new database with the registry's migrations applied."""
    async for url in _service_database(infra, "registry"):
        yield url


@pytest.fixture
async def commitments_db(infra: Infra) -> AsyncIterator[str]:
    async for url in _service_database(infra, "commitments"):
        yield url


@pytest.fixture
async def notifications_db(infra: Infra) -> AsyncIterator[str]:
    async for url in _service_database(infra, "notifications"):
        yield url
