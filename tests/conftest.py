"""Fixtures every test layer shares: the real servers, throwaway databases and topics."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from shared.catalogue import all_topics
from shared.kafka import delete_topics, ensure_topics
from tests.support.database import create_service_database, drop_database
from tests.support.ids import random_prefix
from tests.support.infra import Infra, locate
from tests.support.secret_hashing import CHEAP_SECRET_HASHING_ENV

# Client secrets hashed at 1 MiB and one pass: see tests/support/secret_hashing.py.
for _name, _value in CHEAP_SECRET_HASHING_ENV.items():
    os.environ.setdefault(_name, _value)


@pytest.fixture(scope="session")
def infra() -> Iterator[Infra]:
    found, containers = locate()
    yield found
    for container in containers:
        container.stop()  # type: ignore[attr-defined]


@pytest.fixture
async def topic_prefix(infra: Infra) -> AsyncIterator[str]:
    """A fresh set of the system's topics (and their DLQs) under a random prefix, deleted after."""
    prefix = random_prefix()
    await ensure_topics(infra.kafka_bootstrap, all_topics(prefix))
    yield prefix
    await delete_topics(infra.kafka_bootstrap, all_topics(prefix))


@pytest.fixture(scope="session")
async def migrated_templates(infra: Infra) -> AsyncIterator[dict[str, str]]:
    """One database per service, migrated once; each test gets a cheap copy of it.

    The migrations themselves still run for real (once per session, as the service runs them);
    copying a template saves a Python start and an Alembic run per test. They run as the
    service's owner role, so every copy has the production split of owner and app role.
    """
    templates: dict[str, str] = {}
    for service in ("registry", "commitments", "notifications"):
        templates[service] = await create_service_database(
            infra.postgres_url, service, prefix=f"template_{service}"
        )
    yield templates
    for url in templates.values():
        await drop_database(infra.postgres_url, url)


async def _service_database(
    infra: Infra, templates: dict[str, str], service: str
) -> AsyncIterator[str]:
    url = await create_service_database(
        infra.postgres_url, service, prefix=f"test_{service}", template=templates[service]
    )
    yield url
    await drop_database(infra.postgres_url, url)


@pytest.fixture
async def registry_db(infra: Infra, migrated_templates: dict[str, str]) -> AsyncIterator[str]:
    """A new database with the registry's migrations applied."""
    async for url in _service_database(infra, migrated_templates, "registry"):
        yield url


@pytest.fixture
async def commitments_db(infra: Infra, migrated_templates: dict[str, str]) -> AsyncIterator[str]:
    async for url in _service_database(infra, migrated_templates, "commitments"):
        yield url


@pytest.fixture
async def notifications_db(infra: Infra, migrated_templates: dict[str, str]) -> AsyncIterator[str]:
    async for url in _service_database(infra, migrated_templates, "notifications"):
        yield url
