"""Fixtures of the integration tests: a registry that issues real tokens to the other services' tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.support.database import create_database, drop_database
from tests.support.ids import random_prefix
from tests.support.infra import Infra
from tests.support.issuer import Issuer, running_issuer


@pytest.fixture(scope="session")
async def issuer(infra: Infra, migrated_templates: dict[str, str]) -> AsyncIterator[Issuer]:
    """One registry for the session (its own database): API clients and tokens are made once."""
    url = await create_database(
        infra.postgres_url, prefix="issuer_registry", template=migrated_templates["registry"]
    )
    async with running_issuer(url, infra.kafka_bootstrap, random_prefix()) as found:
        yield found
    await drop_database(infra.postgres_url, url)
