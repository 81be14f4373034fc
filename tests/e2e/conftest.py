"""End-to-end session output: the schemathesis summary (tests/e2e/test_api_contracts.py), so CI's
log shows what was checked and where the reports are, pass or fail."""

from __future__ import annotations

from typing import Any

from tests.e2e.test_api_contracts import REPORTS


def pytest_terminal_summary(terminalreporter: Any) -> None:
    summary = REPORTS / "summary.txt"
    if summary.exists():
        terminalreporter.section("schemathesis (OpenAPI conformance)")
        terminalreporter.write(summary.read_text())
