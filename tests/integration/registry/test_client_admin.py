"""Admins disable, enable and re-secret API clients; the registry honours it at once."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI

from services.registry.app import create_app
from services.registry.settings import RegistrySettings
from shared.db import asyncpg_dsn
from tests.support.infra import Infra
from tests.support.processes import eventually

pytestmark = pytest.mark.integration

ADMIN_ID = "clients-admin"
ADMIN_SECRET = "a-bootstrap-secret-long-enough-for-anything"


@pytest.fixture
async def http(infra: Infra, registry_db: str) -> AsyncIterator[httpx.AsyncClient]:
    app: FastAPI = create_app(
        RegistrySettings(
            database_url=registry_db,
            kafka_bootstrap=infra.kafka_bootstrap,
            bootstrap_client_id=ADMIN_ID,
            bootstrap_client_secret=ADMIN_SECRET,
        )
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://registry") as client:
            yield client


async def get_token(http: httpx.AsyncClient, client_id: str, secret: str) -> httpx.Response:
    return await http.post(
        "/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )


async def bearer(http: httpx.AsyncClient, client_id: str, secret: str) -> dict[str, str]:
    response = await get_token(http, client_id, secret)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def new_client(http: httpx.AsyncClient, admin: dict[str, str], roles: list[str]) -> Any:
    response = await http.post("/clients", json={"name": "robot", "roles": roles}, headers=admin)
    assert response.status_code == 201, response.text
    return response.json()


async def identity_events(database_url: str) -> list[tuple[str, dict[str, Any]]]:
    conn = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        rows = await conn.fetch(
            "SELECT event_type, envelope FROM outbox WHERE event_type LIKE 'client.%' ORDER BY id"
        )
    finally:
        await conn.close()
    return [(row["event_type"], json.loads(row["envelope"])) for row in rows]


async def test_a_disabled_client_gets_no_token_and_its_tokens_are_refused(
    http: httpx.AsyncClient, registry_db: str
) -> None:
    admin = await bearer(http, ADMIN_ID, ADMIN_SECRET)
    robot = await new_client(http, admin, ["admin"])
    robot_token = await bearer(http, robot["client_id"], robot["client_secret"])
    assert (await http.get("/clients", headers=robot_token)).status_code == 200

    disabled = await http.post(
        f"/clients/{robot['client_id']}/disable", json={"reason": "leaked"}, headers=admin
    )
    assert disabled.status_code == 200, disabled.text
    assert disabled.json()["disabled"] is True

    async def refused() -> bool:
        return (await http.get("/clients", headers=robot_token)).status_code == 401

    await eventually(refused, timeout=15, interval=0.1, what="the disabled client's token refused")
    assert "disabled" in (await http.get("/clients", headers=robot_token)).json()["detail"]
    assert (await get_token(http, robot["client_id"], robot["client_secret"])).status_code == 401

    # Disabling twice changes nothing and says nothing twice.
    assert (await http.post(f"/clients/{robot['client_id']}/disable", headers=admin)).is_success
    enabled = await http.post(f"/clients/{robot['client_id']}/enable", headers=admin)
    assert enabled.status_code == 200
    assert enabled.json()["disabled"] is False
    await bearer(http, robot["client_id"], robot["client_secret"])

    events = await identity_events(registry_db)
    assert [(kind, envelope["subject"]) for kind, envelope in events] == [
        ("client.disabled", robot["client_id"]),
        ("client.enabled", robot["client_id"]),
    ]
    assert events[0][1]["data"] == {"client_id": robot["client_id"], "reason": "leaked"}


async def test_clients_me_names_the_caller_and_refuses_a_disabled_one_at_once(
    http: httpx.AsyncClient,
) -> None:
    admin = await bearer(http, ADMIN_ID, ADMIN_SECRET)
    robot = await new_client(http, admin, ["ops"])
    robot_token = await bearer(http, robot["client_id"], robot["client_secret"])
    me = await http.get("/clients/me", headers=robot_token)
    assert me.status_code == 200, me.text
    assert (me.json()["client_id"], me.json()["roles"]) == (robot["client_id"], ["ops"])
    assert "client_secret" not in me.json()

    await http.post(f"/clients/{robot['client_id']}/disable", headers=admin)
    # No reload to wait for: the registry reads the client's record on this call.
    refused = await http.get("/clients/me", headers=robot_token)
    assert refused.status_code == 401, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert (await http.get("/clients/me")).status_code == 401


async def test_a_rotated_secret_is_shown_once_and_the_old_one_stops_working(
    http: httpx.AsyncClient,
) -> None:
    admin = await bearer(http, ADMIN_ID, ADMIN_SECRET)
    robot = await new_client(http, admin, ["ops"])
    rotated = await http.post(f"/clients/{robot['client_id']}/secret", headers=admin)
    assert rotated.status_code == 200, rotated.text
    assert rotated.headers["Cache-Control"] == "no-store"
    new_secret = rotated.json()["client_secret"]
    assert new_secret != robot["client_secret"]
    assert (await get_token(http, robot["client_id"], robot["client_secret"])).status_code == 401
    await bearer(http, robot["client_id"], new_secret)


async def test_an_admin_cannot_disable_itself_and_unknown_clients_are_404(
    http: httpx.AsyncClient,
) -> None:
    admin = await bearer(http, ADMIN_ID, ADMIN_SECRET)
    itself = await http.post(f"/clients/{ADMIN_ID}/disable", headers=admin)
    assert itself.status_code == 409
    for action in ("disable", "enable", "secret"):
        missing = await http.post(f"/clients/cli_nobody/{action}", headers=admin)
        assert missing.status_code == 404, action
        assert missing.headers["content-type"] == "application/problem+json"


async def test_only_admins_manage_clients(http: httpx.AsyncClient) -> None:
    admin = await bearer(http, ADMIN_ID, ADMIN_SECRET)
    robot = await new_client(http, admin, ["ops", "secretariat"])
    ops = await bearer(http, robot["client_id"], robot["client_secret"])
    for action in ("disable", "enable", "secret"):
        response = await http.post(f"/clients/{ADMIN_ID}/{action}", headers=ops)
        assert response.status_code == 403, action
