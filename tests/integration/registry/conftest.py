"""Fixtures of the registry's integration tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.integration.registry.support import registry_client
from tests.support.infra import Infra


@pytest.fixture
async def api(
    infra: Infra, registry_db: str, topic_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[httpx.AsyncClient]:
    """The registry app in-process on a fresh database and topic prefix."""
    async with registry_client(
        registry_db, infra.kafka_bootstrap, topic_prefix, monkeypatch
    ) as client:
        yield client
