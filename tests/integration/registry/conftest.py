"""Fixtures of the registry integration tests: the app in-process on a fresh database and topics,
and a cast of organisations with a token for every role."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.integration.registry.support import Cast, cast, registry_client
from tests.support.infra import Infra


@pytest.fixture
async def api(
    infra: Infra, registry_db: str, topic_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[httpx.AsyncClient]:
    async with registry_client(
        registry_db, infra.kafka_bootstrap, topic_prefix, monkeypatch
    ) as client:
        yield client


@pytest.fixture
async def people(api: httpx.AsyncClient) -> Cast:
    return await cast(api)
