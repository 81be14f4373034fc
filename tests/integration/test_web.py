"""The FastAPI plumbing every service shares: problem documents, correlation ids, health, metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import httpx
import pytest
from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, Field

from services.registry.settings import RegistrySettings
from shared.db import asyncpg_dsn
from shared.relay import RELAY_LOCK_KEY
from shared.web.problems import Conflict
from shared.web.service import create_service_app
from tests.support.infra import Infra

pytestmark = pytest.mark.integration


class Thing(BaseModel):
    name: str = Field(min_length=1)
    size: int = Field(ge=0)


def demo_router() -> APIRouter:
    router = APIRouter()

    @router.post("/things")
    async def create(thing: Thing) -> Thing:
        return thing

    @router.post("/conflict")
    async def conflict() -> None:
        raise Conflict("it is already adopted", current_state="adopted", allowed_actions=["start"])

    @router.get("/crash")
    async def crash() -> None:
        raise RuntimeError("secret internals")

    return router


SCRAPE_TOKEN = "scrape-token-for-the-test-0123456789"
SCRAPER = {"Authorization": f"Bearer {SCRAPE_TOKEN}"}


@pytest.fixture
async def client(infra: Infra, registry_db: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = RegistrySettings(
        database_url=registry_db,
        kafka_bootstrap=infra.kafka_bootstrap,
        metrics_scrape_token=SCRAPE_TOKEN,
    )
    app: FastAPI = create_service_app(settings, title="t", description="d", routers=[demo_router()])
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            yield http


async def test_validation_errors_are_problem_documents_naming_each_field(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post("/things", json={"name": "", "size": -1})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"].endswith("/validation-error")
    assert {error["field"] for error in body["errors"]} == {"name", "size"}


async def test_malformed_json_is_a_4xx_problem(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/things", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


async def test_domain_problems_keep_their_status_and_extensions(client: httpx.AsyncClient) -> None:
    response = await client.post("/conflict")
    assert response.status_code == 409
    assert response.json()["current_state"] == "adopted"
    assert response.json()["allowed_actions"] == ["start"]


async def test_an_unexpected_error_is_a_500_problem_without_internals(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/crash")
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert "secret internals" not in response.text
    text = (await client.get("/metrics", headers=SCRAPER)).text
    assert 'http_requests_total{method="GET",route="/crash",status="500"} 1.0' in text


async def test_unknown_routes_are_404_problems(client: httpx.AsyncClient) -> None:
    response = await client.get("/nowhere")
    assert response.status_code == 404
    assert response.json()["status"] == 404


async def test_correlation_id_is_echoed_or_created(client: httpx.AsyncClient) -> None:
    given = await client.get("/healthz", headers={"X-Correlation-ID": "abc-123"})
    assert given.headers["X-Correlation-ID"] == "abc-123"
    fresh = await client.get("/healthz")
    assert len(fresh.headers["X-Correlation-ID"]) == 36


async def test_ready_when_database_and_kafka_answer(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "up", "kafka": "up"}


async def test_metrics_include_http_and_outbox_figures(
    client: httpx.AsyncClient, registry_db: str
) -> None:
    await client.post("/things", json={"name": "x", "size": 1})
    text = (await client.get("/metrics", headers=SCRAPER)).text
    assert 'http_requests_total{method="POST",route="/things",status="200"} 1.0' in text
    assert "outbox_backlog 0.0" in text
    assert "relay_publish_rate_per_second 0.0" in text

    # Three rows published just now, one waiting, one published long ago (outside the window).
    conn = await asyncpg.connect(asyncpg_dsn(registry_db))
    try:
        await conn.execute(
            "INSERT INTO outbox (event_id, topic, key, event_type, envelope, created_at,"
            " published_at) SELECT 'e' || n, 't', 'k', 'x', '{}', now() - interval '5 seconds',"
            " CASE WHEN n <= 3 THEN now() WHEN n = 4 THEN NULL"
            " ELSE now() - interval '1 hour' END FROM generate_series(1, 5) AS n"
        )
    finally:
        await conn.close()
    text = (await client.get("/metrics", headers=SCRAPER)).text
    assert "outbox_backlog 1.0" in text
    assert "relay_publish_rate_per_second 0.05" in text, "3 rows in the 60 s window"
    oldest = next(
        line for line in text.splitlines() if line.startswith("outbox_oldest_unpublished_age")
    )
    assert float(oldest.split()[1]) >= 5
    # The same three by topic and type, for the dashboard's events per second.
    assert 'events_published_per_second{topic="t",type="x"} 0.05' in text


async def test_metrics_say_whether_a_relay_holds_the_lock(
    client: httpx.AsyncClient, registry_db: str
) -> None:
    assert "relay_leaders 0.0" in (await client.get("/metrics", headers=SCRAPER)).text
    # What a leading relay does (shared.relay): hold the advisory lock on its own session.
    relay = await asyncpg.connect(asyncpg_dsn(registry_db))
    try:
        assert await relay.fetchval("SELECT pg_try_advisory_lock($1)", RELAY_LOCK_KEY)
        assert "relay_leaders 1.0" in (await client.get("/metrics", headers=SCRAPER)).text
    finally:
        await relay.close()
    assert "relay_leaders 0.0" in (await client.get("/metrics", headers=SCRAPER)).text


async def test_metrics_carry_readiness_per_check_and_the_process_start_time(
    client: httpx.AsyncClient, infra: Infra, registry_db: str
) -> None:
    text = (await client.get("/metrics", headers=SCRAPER)).text
    assert 'readiness_check_up{check="database"} 1.0' in text
    assert 'readiness_check_up{check="kafka"} 1.0' in text
    assert "process_start_time_seconds " in text

    # A process that cannot reach Kafka says so on every scrape, not only when probed.
    settings = RegistrySettings(
        database_url=registry_db,
        kafka_bootstrap="127.0.0.1:1",
        metrics_scrape_token=SCRAPE_TOKEN,
    )
    app: FastAPI = create_service_app(settings, title="t", description="d", routers=[])
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            text = (await http.get("/metrics", headers=SCRAPER)).text
    assert 'readiness_check_up{check="kafka"} 0.0' in text
    assert 'readiness_check_up{check="database"} 1.0' in text


async def test_metrics_are_not_public(client: httpx.AsyncClient) -> None:
    anonymous = await client.get("/metrics")
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"] == "application/problem+json"
    assert "http_requests_total" not in anonymous.text
    wrong = await client.get("/metrics", headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 401
    assert (await client.get("/metrics", headers=SCRAPER)).status_code == 200
    # Health and readiness stay open for load balancers and supervisors.
    assert (await client.get("/healthz")).status_code == 200
