"""Fixtures of the commitments integration tests: the service around a fresh database and topics."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.db import create_engine
from tests.integration.commitments.support import Service
from tests.support.infra import Infra
from tests.support.issuer import Issuer


@pytest.fixture
def service(infra: Infra, commitments_db: str, topic_prefix: str, issuer: Issuer) -> Service:
    return Service(
        database_url=commitments_db,
        bootstrap=infra.kafka_bootstrap,
        prefix=topic_prefix,
        issuer=issuer,
    )


@pytest.fixture
async def engine(service: Service) -> AsyncIterator[AsyncEngine]:
    """An engine on the service's database, for running the sweep in-process."""
    engine = create_engine(service.database_url)
    yield engine
    await engine.dispose()
