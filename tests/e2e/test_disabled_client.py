"""A client disabled at the registry has its tokens refused by every service, and by the ops
console, within seconds."""

from __future__ import annotations

import httpx
import pytest

from chaos.ports import free_port
from tests.support.processes import eventually
from tests.support.system import ADMIN_ID, ADMIN_SECRET, System

pytestmark = pytest.mark.e2e

# A read each service lets an ops client make.
PROBES = {
    "registry": "/partnerships",
    "commitments": "/commitments",
    "notifications": "/subscriptions",
    # The console has no database of its own: it asks the registry (`GET /clients/me`).
    "ops-console": "/api/me",
}


@pytest.fixture
async def console_system(system: System) -> System:
    """The shared system with an ops console beside it, reloading disabled clients every second."""
    if "ops-console" not in system.processes:
        system.ports["ops-console"] = free_port()
        system.launch_module(
            "ops-console",
            "ops.console",
            ALIANZA_OPS_CONSOLE_PORT=str(system.ports["ops-console"]),
            ALIANZA_REGISTRY_URL=system.url("registry"),
            ALIANZA_DISABLED_CLIENTS_RELOAD_SECONDS="1",
        )
    await system.wait_ready("ops-console")
    return system


async def _token(http: httpx.AsyncClient, system: System, client_id: str, secret: str) -> str:
    response = await http.post(
        f"{system.url('registry')}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


async def _status(http: httpx.AsyncClient, system: System, service: str, token: str) -> int:
    response = await http.get(
        system.url(service) + PROBES[service], headers={"Authorization": f"Bearer {token}"}
    )
    return response.status_code


async def test_a_disabled_clients_token_is_refused_everywhere_within_seconds(
    console_system: System,
) -> None:
    system = console_system
    async with httpx.AsyncClient(timeout=10) as http:
        admin = {"Authorization": f"Bearer {await _token(http, system, ADMIN_ID, ADMIN_SECRET)}"}
        created = await http.post(
            f"{system.url('registry')}/clients",
            json={"name": "ops robot", "roles": ["ops", "secretariat"]},
            headers=admin,
        )
        assert created.status_code == 201, created.text
        client_id, secret = created.json()["client_id"], created.json()["client_secret"]
        token = await _token(http, system, client_id, secret)
        for service in PROBES:
            assert await _status(http, system, service, token) == 200, service

        disabled = await http.post(
            f"{system.url('registry')}/clients/{client_id}/disable",
            json={"reason": "credentials leaked"},
            headers=admin,
        )
        assert disabled.status_code == 200, disabled.text
        assert disabled.json()["disabled"] is True

        for service in PROBES:

            async def refused(service: str = service) -> bool:
                return await _status(http, system, service, token) == 401

            await eventually(refused, timeout=30, interval=0.2, what=f"{service} to refuse")

        # Enabled again, the same token is honoured again everywhere.
        enabled = await http.post(
            f"{system.url('registry')}/clients/{client_id}/enable", headers=admin
        )
        assert enabled.status_code == 200, enabled.text
        for service in PROBES:

            async def honoured(service: str = service) -> bool:
                return await _status(http, system, service, token) == 200

            await eventually(honoured, timeout=30, interval=0.2, what=f"{service} to honour")
