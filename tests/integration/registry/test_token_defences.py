"""The token endpoint under attack: a flood, secret guessing, and the answers it gives them."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from services.registry.app import create_app
from services.registry.settings import RegistrySettings
from tests.support.infra import Infra
from tests.support.secret_hashing import PRODUCTION_SECRET_HASHING

pytestmark = pytest.mark.integration

ADMIN_ID = "admin-under-siege"
ADMIN_SECRET = "a-bootstrap-secret-long-enough-for-anything"
# Loopback addresses only: they are a value in the ASGI scope, no packet is ever sent.
ATTACKER = ("127.0.0.66", 40000)
HONEST = ("127.0.0.1", 40001)
FLOOD_SIZE = 200


@asynccontextmanager
async def registry(infra: Infra, database_url: str, **overrides: Any) -> AsyncIterator[FastAPI]:
    settings = RegistrySettings(
        database_url=database_url,
        kafka_bootstrap=infra.kafka_bootstrap,
        bootstrap_client_id=ADMIN_ID,
        bootstrap_client_secret=ADMIN_SECRET,
        # The defences exist because argon2 is expensive: hashed at the production cost.
        **{**PRODUCTION_SECRET_HASHING, **overrides},
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        yield app


def caller(app: FastAPI, address: tuple[str, int]) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=address)
    return httpx.AsyncClient(transport=transport, base_url="http://registry")


def credentials(client_id: str, secret: str) -> dict[str, str]:
    return {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}


def assert_retry_later(response: httpx.Response, status: int) -> int:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    wait = int(response.headers["Retry-After"])
    assert wait >= 1
    body = response.json()
    assert body["status"] == status
    assert body["type"].startswith("https://alianza.example/problems/")
    return wait


async def test_a_valid_client_gets_a_token_within_a_second_during_a_flood(
    infra: Infra, registry_db: str
) -> None:
    async with (
        registry(infra, registry_db) as app,
        caller(app, ATTACKER) as attacker,
        caller(app, HONEST) as honest,
    ):
        # Fresh client ids each time, so only the per-source limit and the pool stand in the way.
        flood = [
            asyncio.create_task(
                attacker.post(
                    "/oauth/token", data=credentials(f"cli_{uuid.uuid4().hex[:16]}", "guess")
                )
            )
            for _ in range(FLOOD_SIZE)
        ]
        # Let the flood reach the endpoint before the honest client asks.
        await asyncio.sleep(0.05)
        started = time.perf_counter()
        response = await honest.post("/oauth/token", data=credentials(ADMIN_ID, ADMIN_SECRET))
        latency = time.perf_counter() - started
        answers = await asyncio.gather(*flood)

    statuses = [answer.status_code for answer in answers]
    print(
        f"\nvalid token during a {FLOOD_SIZE}-request flood: {latency * 1000:.0f} ms; flood answers:",
        {status: statuses.count(status) for status in sorted(set(statuses))},
    )
    assert response.status_code == 200, response.text
    assert latency < 1.0
    assert set(statuses) <= {401, 429, 503}
    # Most of the flood was turned away by the per-source limit without hashing anything.
    assert statuses.count(429) >= FLOOD_SIZE - 30
    assert_retry_later(next(a for a in answers if a.status_code == 429), 429)


async def test_the_per_source_limit_answers_429_with_retry_after(
    infra: Infra, registry_db: str
) -> None:
    async with (
        registry(infra, registry_db, token_source_burst=3, token_source_rate_per_second=0.1) as app,
        caller(app, ATTACKER) as attacker,
        caller(app, HONEST) as honest,
    ):
        for _ in range(3):
            wrong = await attacker.post("/oauth/token", data=credentials(ADMIN_ID, "guess"))
            assert wrong.status_code == 401
        limited = await attacker.post("/oauth/token", data=credentials(ADMIN_ID, ADMIN_SECRET))
        wait = assert_retry_later(limited, 429)
        assert limited.json()["retry_after_seconds"] == wait
        assert limited.headers["Cache-Control"] == "no-store"
        # Another address is not held back by this one's limit.
        assert (
            await honest.post("/oauth/token", data=credentials(ADMIN_ID, ADMIN_SECRET))
        ).status_code == 200


async def test_a_client_id_is_locked_after_repeated_failures_and_unknown_ids_alike(
    infra: Infra, registry_db: str
) -> None:
    async with (
        registry(infra, registry_db, token_lockout_after_failures=4) as app,
        caller(app, HONEST) as http,
    ):
        unknown = "cli_doesnotexist0000"
        for client_id in (ADMIN_ID, unknown):
            for _ in range(4):
                wrong = await http.post("/oauth/token", data=credentials(client_id, "guess"))
                assert wrong.status_code == 401
        # The right secret no longer helps while the id is locked.
        locked = await http.post("/oauth/token", data=credentials(ADMIN_ID, ADMIN_SECRET))
        first_wait = assert_retry_later(locked, 429)
        locked_unknown = await http.post("/oauth/token", data=credentials(unknown, "guess"))
        assert_retry_later(locked_unknown, 429)

        # The same answer for a real id and an invented one: the lockout reveals no ids (only the
        # wait differs, by the time that passed between the two ids' last failures).
        def without_wait(response: httpx.Response) -> dict[str, Any]:
            return {k: v for k, v in response.json().items() if k != "retry_after_seconds"}

        assert without_wait(locked) == without_wait(locked_unknown)
        assert first_wait <= 5
