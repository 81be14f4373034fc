"""Fixtures of the end-to-end tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.infra import Infra
from tests.support.system import System


@pytest.fixture
async def system(infra: Infra, tmp_path: Path) -> AsyncIterator[System]:
    """The three services as processes on fresh databases, topics and ports; stopped after."""
    running = System(infra=infra, logs=tmp_path)
    try:
        await running.start()
        yield running
    finally:
        await running.stop()
