"""Real access tokens for the commitments and notifications API tests, from a real registry.

The registry app runs in-process on its own database on the test server; each principal a test
names gets an API client there (its organisation registered as a partner first) and a token from
`POST /oauth/token`. The service under test verifies those tokens against the registry's JWKS,
fetched over the registry app's ASGI transport — the same code path as over the network.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import asyncpg
import httpx
from fastapi import FastAPI

from services.registry.app import create_app
from services.registry.settings import RegistrySettings
from shared.auth import JwksUrl, Principal, TokenVerifier
from shared.db import asyncpg_dsn

ADMIN_ID = "issuer-admin"
ADMIN_SECRET = "issuer-admin-secret-long-enough-0123456789"
REGISTRY_URL = "http://registry"
# Tokens live 15 minutes; one is reused for at most 10, so none expires inside a test.
TOKEN_REUSE_SECONDS = 600.0


@dataclass
class Issuer:
    app: FastAPI
    client: httpx.AsyncClient
    database_url: str
    _credentials: dict[tuple[str | None, frozenset[str], str], tuple[str, str]] = field(
        default_factory=dict
    )
    _tokens: dict[str, tuple[str, float]] = field(default_factory=dict)

    def verifier(self) -> TokenVerifier:
        """A verifier of this registry's tokens, for the app under test's `state.verifier`."""
        transport = httpx.ASGITransport(app=self.app)
        return TokenVerifier(JwksUrl(f"{REGISTRY_URL}/.well-known/jwks.json", transport=transport))

    async def headers_for(self, principal: Principal) -> dict[str, str]:
        """`Authorization` headers with a real token for an API client like `principal`.

        The token's client id is the registry's, not `principal.client_id`; the organisation and
        roles are the principal's.
        """
        client_id, secret = await self._client_like(principal)
        cached = self._tokens.get(client_id)
        if cached is None or time.monotonic() - cached[1] > TOKEN_REUSE_SECONDS:
            response = await self.client.post(
                "/oauth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": client_id,
                    "client_secret": secret,
                },
            )
            assert response.status_code == 200, response.text
            cached = (str(response.json()["access_token"]), time.monotonic())
            self._tokens[client_id] = cached
        return {"Authorization": f"Bearer {cached[0]}"}

    async def _client_like(self, principal: Principal) -> tuple[str, str]:
        roles = frozenset(role.value for role in principal.roles)
        key = (principal.organisation_id, roles, principal.client_id)
        if key not in self._credentials:
            if principal.organisation_id is not None:
                await self._register_partner(principal.organisation_id)
            admin = await self._admin_headers()
            body: dict[str, object] = {"name": principal.client_id, "roles": sorted(roles)}
            if principal.organisation_id is not None:
                body["organisation_id"] = principal.organisation_id
            response = await self.client.post("/clients", json=body, headers=admin)
            assert response.status_code == 201, response.text
            created = response.json()
            self._credentials[key] = (created["client_id"], created["client_secret"])
        return self._credentials[key]

    async def _admin_headers(self) -> dict[str, str]:
        response = await self.client.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": ADMIN_ID,
                "client_secret": ADMIN_SECRET,
            },
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    async def _register_partner(self, organisation_id: str) -> None:
        # The tests' organisations have readable ids ("org-canada"); the API would assign one.
        conn = await asyncpg.connect(asyncpg_dsn(self.database_url))
        try:
            await conn.execute(
                "INSERT INTO partners (id, name, kind, created_at) VALUES ($1, $1, 'academia', now())"
                " ON CONFLICT (id) DO NOTHING",
                organisation_id,
            )
        finally:
            await conn.close()


@asynccontextmanager
async def running_issuer(database_url: str, bootstrap: str, prefix: str) -> AsyncIterator[Issuer]:
    """The registry app on `database_url` (migrated), issuing tokens until the block ends."""
    settings = RegistrySettings(
        database_url=database_url,
        kafka_bootstrap=bootstrap,
        topic_prefix=prefix,
        bootstrap_client_id=ADMIN_ID,
        bootstrap_client_secret=ADMIN_SECRET,
        # Many tests mint tokens in a burst; the token endpoint's flood limits are not theirs.
        token_source_rate_per_second=1000.0,
        token_source_burst=1000,
        token_client_rate_per_minute=6000.0,
        token_client_burst=1000,
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url=REGISTRY_URL) as client:
            yield Issuer(app=app, client=client, database_url=database_url)
