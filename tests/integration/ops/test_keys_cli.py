"""`alianza keys rotate | list` and `alianza clients disable | enable` against a running registry."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from chaos.ports import free_port
from tests.integration.ops.support import alianza, json_lines
from tests.support.infra import Infra
from tests.support.processes import eventually, start, terminate

pytestmark = pytest.mark.integration

ADMIN_ID = "cli-admin"
ADMIN_SECRET = "cli-admin-secret-0123456789abcdef"


@pytest.fixture
async def registry_url(
    infra: Infra, registry_db: str, topic_prefix: str, tmp_path: Path
) -> AsyncIterator[str]:
    port = free_port()
    env = {
        "REGISTRY_DATABASE_URL": registry_db,
        "ALIANZA_KAFKA_BOOTSTRAP": infra.kafka_bootstrap,
        "ALIANZA_TOPIC_PREFIX": topic_prefix,
        "REGISTRY_BOOTSTRAP_CLIENT_ID": ADMIN_ID,
        "REGISTRY_BOOTSTRAP_CLIENT_SECRET": ADMIN_SECRET,
    }
    process = start(
        ["-m", "services.registry", "api", "--port", str(port)], env, tmp_path / "registry.log"
    )
    url = f"http://127.0.0.1:{port}"

    async def up() -> bool:
        try:
            async with httpx.AsyncClient() as http:
                return (await http.get(f"{url}/healthz", timeout=2)).status_code == 200
        except httpx.TransportError:
            return False

    try:
        await eventually(up, timeout=60, interval=0.2, what="the registry to answer")
        yield url
    finally:
        terminate(process)


async def test_keys_rotate_and_list_and_clients_disable_and_enable(
    infra: Infra, topic_prefix: str, registry_url: str
) -> None:
    options = {
        "bootstrap": infra.kafka_bootstrap,
        "prefix": topic_prefix,
        "registry_url": registry_url,
        "client_id": ADMIN_ID,
        "client_secret": ADMIN_SECRET,
    }
    rotated = await alianza("keys", "rotate", **options)
    assert rotated.exit_code == 0, rotated.output
    assert "published key" in rotated.stdout
    listed = json_lines(await alianza("keys", "list", "--json", **options))
    assert [key["state"] for key in listed] == ["published", "signing"]
    again = await alianza("keys", "rotate", **options)
    assert again.exit_code == 1
    assert "rotation is under way" in again.output

    async with httpx.AsyncClient(base_url=registry_url) as http:
        token = (
            await http.post(
                "/oauth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": ADMIN_ID,
                    "client_secret": ADMIN_SECRET,
                },
            )
        ).json()["access_token"]
        created = await http.post(
            "/clients",
            json={"name": "robot", "roles": ["ops"]},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert created.status_code == 201, created.text
        client_id = created.json()["client_id"]

        async def is_disabled() -> bool:
            listed = await http.get("/clients", headers={"Authorization": f"Bearer {token}"})
            return bool({c["client_id"]: c["disabled"] for c in listed.json()["items"]}[client_id])

        disabled = await alianza("clients", "disable", client_id, "--reason", "test", **options)
        assert disabled.exit_code == 0, disabled.output
        assert await is_disabled()
        enabled = await alianza("clients", "enable", client_id, **options)
        assert enabled.exit_code == 0, enabled.output
        assert not await is_disabled()
