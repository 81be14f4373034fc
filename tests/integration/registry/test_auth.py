"""The registry as identity provider: client credentials, tokens, its JWKS and API clients."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import logging
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import jwt
import pytest
from fastapi import FastAPI

from chaos.ports import free_port
from services.registry import identity, keys
from services.registry.app import create_app
from services.registry.settings import RegistrySettings
from shared.auth import InProcessKeys, JwksUrl, Role, TokenVerifier
from shared.db import asyncpg_dsn
from shared.web.service import Runtime
from tests.support.ids import random_suffix
from tests.support.infra import Infra
from tests.support.processes import eventually, start, terminate

pytestmark = pytest.mark.integration

ADMIN_ID = "admin-under-test"
ADMIN_SECRET = "a-bootstrap-secret-long-enough-for-anything"


def settings_for(infra: Infra, database_url: str) -> RegistrySettings:
    return RegistrySettings(
        database_url=database_url,
        kafka_bootstrap=infra.kafka_bootstrap,
        bootstrap_client_id=ADMIN_ID,
        bootstrap_client_secret=ADMIN_SECRET,
    )


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


def credentials(client_id: str, secret: str) -> dict[str, str]:
    return {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}


async def token_for(http: httpx.AsyncClient, client_id: str, secret: str) -> str:
    response = await http.post("/oauth/token", data=credentials(client_id, secret))
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def admin(http: httpx.AsyncClient) -> dict[str, str]:
    return bearer(await token_for(http, ADMIN_ID, ADMIN_SECRET))


async def signing_key(app: FastAPI) -> keys.Signer:
    runtime: Runtime = app.state.runtime
    settings = runtime.settings
    assert isinstance(settings, RegistrySettings)
    async with runtime.unit_of_work() as uow:
        key = await keys.current_signer(uow.session, settings.kek)
    assert key is not None
    return key


async def insert_partner(database_url: str) -> str:
    partner_id = f"org-{random_suffix()}"
    conn = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        await conn.execute(
            "INSERT INTO partners (id, name, kind) VALUES ($1, 'Fair Recruitment Network', 'civil_society')",
            partner_id,
        )
    finally:
        await conn.close()
    return partner_id


async def fetch_value(database_url: str, query: str, *args: Any) -> Any:
    conn = await asyncpg.connect(asyncpg_dsn(database_url))
    try:
        return await conn.fetchval(query, *args)
    finally:
        await conn.close()


# --------------------------------------------------------------------------- the token endpoint


async def test_a_token_is_issued_for_form_credentials(http: httpx.AsyncClient) -> None:
    response = await http.post("/oauth/token", data=credentials(ADMIN_ID, ADMIN_SECRET))
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert response.headers["Cache-Control"] == "no-store"
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["sub"] == ADMIN_ID
    assert claims["roles"] == ["admin"]
    assert claims["iss"] == "alianza-registry"
    assert claims["aud"] == "alianza"
    assert claims["exp"] - claims["iat"] == 900
    assert "org" not in claims


async def test_a_token_is_issued_for_http_basic_credentials(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(ADMIN_ID, ADMIN_SECRET),
    )
    assert response.status_code == 200, response.text
    assert response.json()["token_type"] == "Bearer"


async def test_a_wrong_secret_and_an_unknown_client_get_the_same_401(
    http: httpx.AsyncClient,
) -> None:
    wrong = await http.post("/oauth/token", data=credentials(ADMIN_ID, "not-the-secret"))
    unknown = await http.post("/oauth/token", data=credentials("nobody", "not-the-secret"))
    basic = await http.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, auth=(ADMIN_ID, "nope")
    )
    for response in (wrong, unknown, basic):
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["Cache-Control"] == "no-store"
        assert response.json()["error"] == "invalid_client"
    assert wrong.json() == unknown.json()


async def test_unsupported_grants_and_incomplete_requests_are_400s(
    http: httpx.AsyncClient,
) -> None:
    unsupported = await http.post(
        "/oauth/token", data={**credentials(ADMIN_ID, ADMIN_SECRET), "grant_type": "password"}
    )
    assert unsupported.status_code == 400
    assert unsupported.json()["error"] == "unsupported_grant_type"
    assert unsupported.json()["status"] == 400

    missing = await http.post("/oauth/token", data={"client_id": ADMIN_ID})
    assert missing.status_code == 400
    assert missing.json()["error"] == "invalid_request"

    both = await http.post(
        "/oauth/token", data=credentials(ADMIN_ID, ADMIN_SECRET), auth=(ADMIN_ID, ADMIN_SECRET)
    )
    assert both.status_code == 400
    assert both.json()["error"] == "invalid_request"

    anonymous = await http.post("/oauth/token", data={"grant_type": "client_credentials"})
    assert anonymous.status_code == 401
    assert anonymous.json()["error"] == "invalid_client"


async def test_a_disabled_client_gets_no_token(http: httpx.AsyncClient, registry_db: str) -> None:
    conn = await asyncpg.connect(asyncpg_dsn(registry_db))
    try:
        await conn.execute("UPDATE api_clients SET disabled = true WHERE client_id = $1", ADMIN_ID)
    finally:
        await conn.close()
    response = await http.post("/oauth/token", data=credentials(ADMIN_ID, ADMIN_SECRET))
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


# --------------------------------------------------------------------------- verifying tokens


async def test_tokens_verify_with_the_published_jwks(http: httpx.AsyncClient) -> None:
    response = await http.get("/.well-known/jwks.json")
    assert response.status_code == 200
    jwks = response.json()
    assert [key["kty"] for key in jwks["keys"]] == ["RSA"]
    assert not {"d", "p", "q", "dp", "dq", "qi"} & set(jwks["keys"][0])  # public parts only

    verifier = TokenVerifier(InProcessKeys(lambda: jwks))
    principal = await verifier.verify(await token_for(http, ADMIN_ID, ADMIN_SECRET))
    assert principal.client_id == ADMIN_ID
    assert principal.roles == frozenset({Role.ADMIN})
    assert principal.organisation_id is None


async def test_an_expired_token_is_refused(app: FastAPI, http: httpx.AsyncClient) -> None:
    key = await signing_key(app)
    client = identity.ApiClient(
        client_id=ADMIN_ID, name="x", secret_hash="-", roles=[Role.ADMIN.value]
    )
    expired = identity.issue_token(client, key, 900, now=time.time() - 3600)
    response = await http.get("/clients", headers=bearer(expired.access_token))
    assert response.status_code == 401
    assert "expired" in response.json()["detail"]


async def test_a_token_signed_by_another_key_is_refused(
    app: FastAPI, http: httpx.AsyncClient
) -> None:
    genuine = await signing_key(app)
    impostor, _ = keys.generate_signer()
    client = identity.ApiClient(
        client_id=ADMIN_ID, name="x", secret_hash="-", roles=[Role.ADMIN.value]
    )
    # Under the genuine key's id (the signature fails) and under its own (the key is unknown).
    impostor = dataclasses.replace(impostor, kid=genuine.kid)
    same_kid = identity.issue_token(client, impostor, 900)
    refused = await http.get("/clients", headers=bearer(same_kid.access_token))
    assert refused.status_code == 401
    assert "signature" in refused.json()["detail"]

    impostor = dataclasses.replace(impostor, kid="unknown-kid")
    other_kid = identity.issue_token(client, impostor, 900)
    refused = await http.get("/clients", headers=bearer(other_kid.access_token))
    assert refused.status_code == 401
    assert "unknown key" in refused.json()["detail"]


async def test_a_token_for_another_audience_is_refused(
    app: FastAPI, http: httpx.AsyncClient
) -> None:
    key = await signing_key(app)
    now = int(time.time())
    token = jwt.encode(
        {
            "iss": "alianza-registry",
            "aud": "some-other-system",
            "sub": ADMIN_ID,
            "roles": ["admin"],
            "iat": now,
            "exp": now + 60,
            "jti": "j",
        },
        key.private_key,
        algorithm="RS256",
        headers={"kid": key.kid},
    )
    response = await http.get("/clients", headers=bearer(token))
    assert response.status_code == 401
    assert "audience" in response.json()["detail"]


async def test_a_missing_bearer_token_is_a_401_with_www_authenticate(
    http: httpx.AsyncClient,
) -> None:
    response = await http.get("/clients")
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


# --------------------------------------------------------------------------- API clients


async def test_an_admin_registers_a_partner_client_whose_tokens_carry_its_organisation(
    http: httpx.AsyncClient, registry_db: str
) -> None:
    partner_id = await insert_partner(registry_db)
    response = await http.post(
        "/clients",
        json={
            "name": "Network's reporting tool",
            "organisation_id": partner_id,
            "roles": ["partner"],
        },
        headers=await admin(http),
    )
    assert response.status_code == 201, response.text
    assert response.headers["Cache-Control"] == "no-store"
    created = response.json()
    assert created["organisation_id"] == partner_id
    assert created["roles"] == ["partner"]
    assert created["disabled"] is False
    assert "secret_hash" not in created

    token = await token_for(http, created["client_id"], created["client_secret"])
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["org"] == partner_id
    assert claims["roles"] == ["partner"]

    refused = await http.post(
        "/clients", json={"name": "x", "roles": ["admin"]}, headers=bearer(token)
    )
    assert refused.status_code == 403
    assert refused.headers["content-type"] == "application/problem+json"
    assert (await http.get("/clients", headers=bearer(token))).status_code == 403


async def test_non_admin_staff_may_not_register_clients(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/clients", json={"name": "ops desk", "roles": ["ops"]}, headers=await admin(http)
    )
    ops = response.json()
    ops_token = await token_for(http, ops["client_id"], ops["client_secret"])
    refused = await http.post(
        "/clients", json={"name": "x", "roles": ["ops"]}, headers=bearer(ops_token)
    )
    assert refused.status_code == 403


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "x", "roles": ["partner"]}, "organisation_id"),
        ({"name": "x", "roles": ["partner"], "organisation_id": "no-such-org"}, "organisation_id"),
        ({"name": "x", "roles": []}, "roles"),
        ({"name": "x", "roles": ["emperor"]}, "roles[0]"),
    ],
)
async def test_client_registration_names_the_offending_field(
    http: httpx.AsyncClient, body: dict[str, Any], field: str
) -> None:
    response = await http.post("/clients", json=body, headers=await admin(http))
    assert response.status_code == 422
    assert field in [error["field"] for error in response.json()["errors"]]


async def test_secrets_are_stored_hashed(http: httpx.AsyncClient, registry_db: str) -> None:
    response = await http.post(
        "/clients",
        json={"name": "secretariat desk", "roles": ["secretariat"]},
        headers=await admin(http),
    )
    created = response.json()
    stored = await fetch_value(
        registry_db,
        "SELECT secret_hash FROM api_clients WHERE client_id = $1",
        created["client_id"],
    )
    assert stored != created["client_secret"]
    assert created["client_secret"] not in stored
    assert stored.startswith("$argon2id$")
    bootstrap = await fetch_value(
        registry_db, "SELECT secret_hash FROM api_clients WHERE client_id = $1", ADMIN_ID
    )
    assert bootstrap != ADMIN_SECRET
    assert bootstrap.startswith("$argon2id$")


async def test_listing_clients_shows_no_secrets_and_pages(http: httpx.AsyncClient) -> None:
    headers = await admin(http)
    for name in ("a", "b", "c"):
        created = await http.post(
            "/clients", json={"name": name, "roles": ["ops"]}, headers=headers
        )
        assert created.status_code == 201

    first = await http.get("/clients", params={"limit": 2}, headers=headers)
    assert first.status_code == 200
    page = first.json()
    assert len(page["items"]) == 2
    for item in page["items"]:
        assert set(item) == {
            "client_id",
            "name",
            "organisation_id",
            "roles",
            "created_at",
            "disabled",
        }
    assert "argon2" not in first.text
    second = await http.get(
        "/clients", params={"limit": 2, "cursor": page["next_cursor"]}, headers=headers
    )
    rest = second.json()
    assert rest["next_cursor"] is None
    names = [item["name"] for item in page["items"] + rest["items"]]
    assert names == ["bootstrap admin", "a", "b", "c"]

    ops_only = await http.get("/clients", params={"role": "ops"}, headers=headers)
    assert [item["name"] for item in ops_only.json()["items"]] == ["a", "b", "c"]
    bad = await http.get("/clients", params={"cursor": "garbage"}, headers=headers)
    assert bad.status_code == 422


# --------------------------------------------------------------------------- startup


async def test_startup_twice_or_at_once_makes_one_admin_and_one_signing_key(
    infra: Infra, registry_db: str
) -> None:
    settings = settings_for(infra, registry_db)
    # Two processes starting at the same moment on a fresh database...
    async with AsyncExitStack() as stack:
        apps = [create_app(settings) for _ in range(3)]
        await asyncio.gather(
            *(stack.enter_async_context(app.router.lifespan_context(app)) for app in apps)
        )
    # ...and a restart later.
    again = create_app(settings)
    async with again.router.lifespan_context(again):
        transport = httpx.ASGITransport(app=again)
        async with httpx.AsyncClient(transport=transport, base_url="http://registry") as http:
            await token_for(http, ADMIN_ID, ADMIN_SECRET)

    assert await fetch_value(registry_db, "SELECT count(*) FROM api_clients") == 1
    assert await fetch_value(registry_db, "SELECT count(*) FROM signing_keys") == 1


async def test_no_log_line_carries_a_secret_or_a_token(
    http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    admin_token = await token_for(http, ADMIN_ID, ADMIN_SECRET)
    created = (
        await http.post(
            "/clients", json={"name": "x", "roles": ["ops"]}, headers=bearer(admin_token)
        )
    ).json()
    ops_token = await token_for(http, created["client_id"], created["client_secret"])
    await http.post("/oauth/token", data=credentials(ADMIN_ID, "wrong-" + ADMIN_SECRET))
    await http.get("/clients", headers=bearer(ops_token))

    assert any("issued an access token" in record.getMessage() for record in caplog.records)
    for record in caplog.records:
        line = record.getMessage() + repr(record.__dict__)
        for secret in (ADMIN_SECRET, created["client_secret"], admin_token, ops_token):
            assert secret not in line


# --------------------------------------------------------------------------- over the network


async def test_a_service_verifies_registry_tokens_with_the_jwks_fetched_over_http(
    infra: Infra, registry_db: str, tmp_path: Path
) -> None:
    port = free_port()
    log = tmp_path / "registry-api.log"
    env = {
        "REGISTRY_DATABASE_URL": registry_db,
        "ALIANZA_KAFKA_BOOTSTRAP": infra.kafka_bootstrap,
        "REGISTRY_BOOTSTRAP_CLIENT_ID": ADMIN_ID,
        "REGISTRY_BOOTSTRAP_CLIENT_SECRET": ADMIN_SECRET,
        "ALIANZA_LOG_LEVEL": "DEBUG",
    }
    process = start(["-m", "services.registry", "api", "--port", str(port)], env, log)
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=5) as http:

            async def up() -> bool:
                try:
                    return (await http.get("/healthz")).status_code == 200
                except httpx.TransportError:
                    assert process.poll() is None, log.read_text()
                    return False

            await eventually(up, timeout=30, what=f"the registry on {base} ({log})")
            basic = base64.b64encode(f"{ADMIN_ID}:{ADMIN_SECRET}".encode()).decode()
            response = await http.post(
                "/oauth/token",
                data={"grant_type": "client_credentials"},
                headers={"Authorization": f"Basic {basic}"},
            )
            assert response.status_code == 200, response.text
            token = response.json()["access_token"]

        verifier = TokenVerifier(JwksUrl(f"{base}/.well-known/jwks.json"))
        try:
            principal = await verifier.verify(token)
        finally:
            await verifier.aclose()
        assert principal.client_id == ADMIN_ID
        assert principal.has(Role.ADMIN)
    finally:
        terminate(process)
    written = log.read_text()
    assert "issued an access token" in written
    assert ADMIN_SECRET not in written
    assert token not in written


async def test_metrics_need_an_ops_or_admin_token(
    http: httpx.AsyncClient, registry_db: str
) -> None:
    admin_headers = await admin(http)
    assert (await http.get("/metrics")).status_code == 401
    assert (await http.get("/metrics", headers=admin_headers)).status_code == 200
    partner_id = await insert_partner(registry_db)
    tokens = {}
    for role, organisation in (("partner", partner_id), ("secretariat", None), ("ops", None)):
        body: dict[str, Any] = {"name": f"{role}-reader", "roles": [role]}
        if organisation:
            body["organisation_id"] = organisation
        created = (await http.post("/clients", json=body, headers=admin_headers)).json()
        tokens[role] = bearer(await token_for(http, created["client_id"], created["client_secret"]))
    assert (await http.get("/metrics", headers=tokens["partner"])).status_code == 403
    assert (await http.get("/metrics", headers=tokens["secretariat"])).status_code == 403
    assert (await http.get("/metrics", headers=tokens["ops"])).status_code == 200
