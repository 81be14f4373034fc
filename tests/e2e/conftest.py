"""End-to-end fixtures, and the schemathesis summary (tests/e2e/test_api_contracts.py) at the end
of the session, so CI's log shows what was checked and where the reports are, pass or fail."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_api_contracts import REPORTS
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


_SESSION_STARTED = time.time()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    summary = REPORTS / "summary.txt"
    # Only a summary this session wrote: an earlier run's would mislead.
    if summary.exists() and summary.stat().st_mtime >= _SESSION_STARTED:
        terminalreporter.section("schemathesis (OpenAPI conformance)")
        terminalreporter.write(summary.read_text())
