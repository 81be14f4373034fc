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


@pytest.fixture(scope="session")
async def system(
    infra: Infra, tmp_path_factory: pytest.TempPathFactory, migrated_templates: dict[str, str]
) -> AsyncIterator[System]:
    """The three services as processes on fresh databases, topics and ports, shared by the
    end-to-end tests that only add their own partners and partnerships (eleven processes take
    most of a minute to start on two cores). A test that changes what others rely on — the
    admin's secret, every in-scope partnership — takes `isolated_system` instead."""
    running = System(
        infra=infra, logs=tmp_path_factory.mktemp("system"), templates=migrated_templates
    )
    try:
        await running.start()
        yield running
    finally:
        await running.stop()


@pytest.fixture
async def isolated_system(
    infra: Infra, tmp_path: Path, migrated_templates: dict[str, str]
) -> AsyncIterator[System]:
    """A system of the test's own, stopped after it."""
    running = System(infra=infra, logs=tmp_path, templates=migrated_templates)
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
