"""A service process does not load httpx's command-line client (click's friends rich and
pygments), and httpx still works without it."""

from __future__ import annotations

import json
import subprocess
import sys

# Run apart: this test process has long since imported whatever pytest and its plugins use.
PROGRAM = """
import json, sys
import shared, httpx
client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(204)))
status = client.get("http://example.invalid/").status_code
print(json.dumps({"loaded": sorted(m for m in ("rich", "pygments") if m in sys.modules),
                  "status": status}))
"""


def test_importing_httpx_after_shared_leaves_its_cli_dependencies_unloaded() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=True, timeout=60
    )
    figures = json.loads(result.stdout)
    assert figures["loaded"] == []
    assert figures["status"] == 204


# What every long-running process of a service imports before it starts (api, relay, consume ...).
SERVICE_PROGRAM = """
import importlib, json, sys
for service in ("registry", "commitments", "notifications"):
    importlib.import_module(f"services.{service}.__main__")
print(json.dumps(sorted(m for m in ("alembic", "mako", "pygments") if m in sys.modules)))
"""


def test_a_service_process_loads_alembic_only_when_it_migrates() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SERVICE_PROGRAM],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert json.loads(result.stdout) == []
