"""Signing keys: sealed at rest, published before they sign, retired after their tokens expire."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from fastapi import FastAPI

from services.registry import keys
from services.registry.app import DevelopmentSecretInUse, create_app
from services.registry.settings import DEVELOPMENT_BOOTSTRAP_SECRET, RegistrySettings
from shared.db import asyncpg_dsn
from shared.settings import Environment
from shared.web.service import Runtime
from tests.support.infra import Infra
from tests.support.processes import eventually
from tests.support.secret_hashing import PRODUCTION_SECRET_HASHING

pytestmark = pytest.mark.integration

ADMIN_ID = "keys-admin"
ADMIN_SECRET = "a-bootstrap-secret-long-enough-for-anything"
HOUR = 3600


def settings_for(infra: Infra, database_url: str, **overrides: Any) -> RegistrySettings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "kafka_bootstrap": infra.kafka_bootstrap,
        "bootstrap_client_id": ADMIN_ID,
        "bootstrap_client_secret": ADMIN_SECRET,
        "signing_key_publish_seconds": HOUR,
        **overrides,
    }
    return RegistrySettings(**values)


@pytest.fixture
async def app(infra: Infra, registry_db: str) -> AsyncIterator[FastAPI]:
    app = create_app(settings_for(infra, registry_db))
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def http(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://registry") as client:
        yield client


async def sql(database_url: str, query: str, *args: Any) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        return list(await conn.fetch(query, *args))
    finally:
        await conn.close()


async def admin_headers(http: httpx.AsyncClient, client_id: str = ADMIN_ID) -> dict[str, str]:
    return {"Authorization": f"Bearer {await token(http, client_id, ADMIN_SECRET)}"}


async def token(http: httpx.AsyncClient, client_id: str, secret: str) -> str:
    response = await http.post(
        "/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def kid_of(access_token: str) -> str:
    return str(jwt.get_unverified_header(access_token)["kid"])


async def jwks_kids(http: httpx.AsyncClient) -> list[str]:
    return [key["kid"] for key in (await http.get("/.well-known/jwks.json")).json()["keys"]]


async def test_the_private_key_is_sealed_at_rest(app: FastAPI, registry_db: str) -> None:
    [row] = await sql(registry_db, "SELECT private_pem, sealed_private_key FROM signing_keys")
    assert row["private_pem"] is None
    assert row["sealed_private_key"].startswith("v1:")
    assert "PRIVATE KEY" not in row["sealed_private_key"]


async def test_a_plaintext_key_from_before_is_sealed_at_startup_and_keeps_signing(
    infra: Infra, registry_db: str
) -> None:
    signer, jwk = keys.generate_signer()
    pem = signer.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    await sql(
        registry_db,
        "INSERT INTO signing_keys (kid, private_pem, public_jwk, signs_from)"
        " VALUES ($1, $2, $3::jsonb, now() - interval '1 day')",
        signer.kid,
        pem,
        json.dumps(jwk),
    )
    app = create_app(settings_for(infra, registry_db))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://registry") as http:
            assert kid_of(await token(http, ADMIN_ID, ADMIN_SECRET)) == signer.kid
    [row] = await sql(registry_db, "SELECT private_pem, sealed_private_key FROM signing_keys")
    assert row["private_pem"] is None
    assert row["sealed_private_key"].startswith("v1:")


async def test_a_wrong_kek_stops_the_registry_at_startup(infra: Infra, registry_db: str) -> None:
    first = create_app(settings_for(infra, registry_db))
    async with first.router.lifespan_context(first):
        pass
    other_kek = base64.b64encode(os.urandom(32)).decode()
    second = create_app(settings_for(infra, registry_db, key_encryption_key=other_kek))
    with pytest.raises(keys.KeysDoNotOpen):
        async with second.router.lifespan_context(second):
            pass


async def test_a_rotation_publishes_first_signs_later_and_retires_the_old_key_last(
    app: FastAPI, http: httpx.AsyncClient, registry_db: str
) -> None:
    admin = await admin_headers(http)
    old_token = await token(http, ADMIN_ID, ADMIN_SECRET)
    old_kid = kid_of(old_token)

    rotated = await http.post("/admin/signing-keys/rotate", headers=admin)
    assert rotated.status_code == 202, rotated.text
    new_kid = rotated.json()["kid"]
    assert rotated.json()["previous_kid"] == old_kid
    # Published at once, but the old key keeps signing until every verifier has seen the new one.
    assert await jwks_kids(http) == [old_kid, new_kid]
    assert kid_of(await token(http, ADMIN_ID, ADMIN_SECRET)) == old_kid
    again = await http.post("/admin/signing-keys/rotate", headers=admin)
    assert again.status_code == 409
    assert again.json()["kid"] == new_kid
    [event] = await sql(
        registry_db, "SELECT envelope FROM outbox WHERE event_type = 'signing_key.rotated'"
    )
    data = json.loads(event["envelope"])["data"]
    assert (data["kid"], data["previous_kid"], data["reason"]) == (new_kid, old_kid, "manual")

    # The publishing time has passed: the new key signs, the old one still verifies its tokens.
    await sql(registry_db, "UPDATE signing_keys SET signs_from = now() WHERE kid = $1", new_kid)
    assert kid_of(await token(http, ADMIN_ID, ADMIN_SECRET)) == new_kid
    assert (await http.get("/clients", headers={"Authorization": f"Bearer {old_token}"})).is_success
    runtime: Runtime = app.state.runtime
    async with runtime.unit_of_work() as uow:
        assert await keys.retire_superseded(uow.session, HOUR) == []
        await uow.commit()
    assert await jwks_kids(http) == [old_kid, new_kid]

    # Every token the old key signed has expired: it leaves the JWKS and its private half goes.
    await sql(
        registry_db,
        "UPDATE signing_keys SET signs_from = now() - interval '2 hours' WHERE kid = $1",
        new_kid,
    )
    await sql(
        registry_db,
        "UPDATE signing_keys SET signs_from = now() - interval '3 hours' WHERE kid = $1",
        old_kid,
    )
    async with runtime.unit_of_work() as uow:
        assert await keys.retire_superseded(uow.session, HOUR) == [old_kid]
        await uow.commit()
    assert await jwks_kids(http) == [new_kid]
    [row] = await sql(
        registry_db, "SELECT sealed_private_key FROM signing_keys WHERE kid = $1", old_kid
    )
    assert row["sealed_private_key"] is None
    listed = (await http.get("/admin/signing-keys", headers=admin)).json()["items"]
    assert [(key["kid"], key["state"]) for key in listed] == [
        (new_kid, "signing"),
        (old_kid, "retired"),
    ]


async def test_only_an_admin_may_rotate(http: httpx.AsyncClient) -> None:
    admin = await admin_headers(http)
    created = await http.post("/clients", json={"name": "ops", "roles": ["ops"]}, headers=admin)
    ops = await token(http, created.json()["client_id"], created.json()["client_secret"])
    response = await http.post(
        "/admin/signing-keys/rotate", headers={"Authorization": f"Bearer {ops}"}
    )
    assert response.status_code == 403


async def test_the_key_rotates_by_itself_on_schedule(infra: Infra, registry_db: str) -> None:
    settings = settings_for(
        infra,
        registry_db,
        signing_key_rotation_days=2 / 86400,  # every two seconds
        signing_key_check_seconds=0.2,
        signing_key_publish_seconds=0,
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):

        async def rotated() -> bool:
            rows = await sql(
                registry_db,
                "SELECT envelope->'data'->>'reason' AS reason FROM outbox"
                " WHERE event_type = 'signing_key.rotated'",
            )
            return any(row["reason"] == "scheduled" for row in rows)

        await eventually(rotated, timeout=30, interval=0.2, what="a scheduled rotation")
    assert len(await sql(registry_db, "SELECT kid FROM signing_keys")) >= 2


async def test_production_refuses_an_admin_client_left_with_the_development_secret(
    infra: Infra, registry_db: str
) -> None:
    kek = base64.b64encode(os.urandom(32)).decode()
    development = create_app(
        settings_for(
            infra,
            registry_db,
            bootstrap_client_secret=DEVELOPMENT_BOOTSTRAP_SECRET,
            key_encryption_key=kek,
        )
    )
    async with development.router.lifespan_context(development):
        pass
    production = settings_for(
        infra,
        registry_db,
        environment=Environment.PRODUCTION,
        jwks_url="https://registry.example/.well-known/jwks.json",
        ops_console_secure_cookie=True,
        key_encryption_key=kek,
        **PRODUCTION_SECRET_HASHING,
        bootstrap_client_id=None,
        bootstrap_client_secret=None,
    )
    app = create_app(production)
    with pytest.raises(DevelopmentSecretInUse, match=ADMIN_ID):
        async with app.router.lifespan_context(app):
            pass
