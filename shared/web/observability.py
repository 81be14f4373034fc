"""Correlation ids, request logging, Prometheus metrics, and the /healthz, /readyz, /metrics routes."""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, FastAPI, Request, Response, Security
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    generate_latest,
)
from pydantic import BaseModel, SecretStr
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.auth import Role, bearer_scheme, ensure_roles, get_principal
from shared.context import correlation_id
from shared.web.openapi import answers

logger = logging.getLogger("alianza.http")

CORRELATION_HEADER = "X-Correlation-ID"

Check = Callable[[], Awaitable[bool]]


class HttpMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.requests = Counter(
            "http_requests_total",
            "HTTP requests answered",
            ["method", "route", "status"],
            registry=registry,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "HTTP request latency",
            ["method", "route"],
            registry=registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
        )


class RequestContextMiddleware:
    """Gives every request a correlation id (the caller's, or a new one) and logs its outcome.

    Plain ASGI rather than Starlette's `BaseHTTPMiddleware`, which runs the rest of the app in a
    task of its own and copies the response through a stream: ~1 ms a request (py-spy, list
    pages of the registry API)."""

    def __init__(self, app: ASGIApp, metrics: HttpMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = Headers(scope=scope).get(CORRELATION_HEADER, "")
        corr = (
            incoming if 0 < len(incoming) <= 128 and incoming.isprintable() else str(uuid.uuid4())
        )
        token = correlation_id.set(corr)
        started = time.perf_counter()
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[CORRELATION_HEADER] = corr
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            # The problem handler outside this middleware answers it with a 500: counted and
            # logged here as that, so ops see crashes in the request metrics too.
            status = status or 500
            raise
        finally:
            if status:  # not a request cancelled (its client gone) before any answer
                self._record(scope, status, time.perf_counter() - started)
            correlation_id.reset(token)  # after the log line, which carries it

    def _record(self, scope: Scope, status: int, elapsed: float) -> None:
        # The router has put the matched route into this same scope.
        route = getattr(scope.get("route"), "path", "unmatched")
        self.metrics.requests.labels(scope["method"], route, str(status)).inc()
        self.metrics.latency.labels(scope["method"], route).observe(elapsed)
        if route not in ("/healthz", "/readyz", "/metrics"):
            logger.info(
                "%s %s -> %d",
                scope["method"],
                scope["path"],
                status,
                extra={"status": status, "duration_ms": round(elapsed * 1000, 2)},
            )


Refresh = Callable[[], Awaitable[None]]


class Readiness(BaseModel):
    status: Literal["ready", "not ready"]
    checks: dict[str, Literal["up", "down"]]


METRICS_READERS = frozenset({Role.OPS, Role.ADMIN})


def metrics_guard(scrape_token: SecretStr | None) -> Callable[..., Awaitable[None]]:
    """A dependency admitting an ops/admin access token, or the configured scrape token.

    /metrics is not public: it carries what `GET /deliveries/stats` shows only to ops (webhook
    success rates and outcomes), and traffic per route. Dropping labels would not hide an
    overall success rate, so the whole page is behind the same roles; Prometheus sends the scrape
    token as `bearer_token` (or an ops client's token).
    """

    @answers(401, 403)
    async def dependency(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
    ) -> None:
        if scrape_token is not None and credentials is not None:
            expected = scrape_token.get_secret_value().encode()
            if hmac.compare_digest(credentials.credentials.encode(), expected):
                return
        ensure_roles(await get_principal(request, credentials), METRICS_READERS)

    return dependency


def readiness_gauges(checks: dict[str, Check], registry: CollectorRegistry) -> Refresh:
    """`readiness_check_up{check=...}`: what `/readyz` would answer, as of the last scrape.

    Nothing else calls `/readyz` where no orchestrator probes it (`make run`, compose), so the
    scrape runs the same checks, and an alert can page on a dependency a process cannot reach.
    """
    up = Gauge(
        "readiness_check_up",
        "1 when the readiness check answered at the last scrape, 0 when it failed",
        ["check"],
        registry=registry,
    )

    async def refresh() -> None:
        names = list(checks)
        results = await asyncio.gather(*(_bounded(checks[name]) for name in names))
        for name, ok in zip(names, results, strict=True):
            up.labels(name).set(1 if ok else 0)

    return refresh


def health_router(
    checks: dict[str, Check],
    registry: CollectorRegistry,
    refresh: list[Refresh],
    metrics_access: Callable[..., Awaitable[None]] | None,
) -> APIRouter:
    """`/healthz` (alive) and `/readyz` (every dependency answers), open to anyone; `/metrics`,
    behind `metrics_access` when one is given."""
    router = APIRouter(tags=["operations"])
    metrics_dependencies = [Depends(metrics_access)] if metrics_access is not None else []
    refresh = [*refresh, readiness_gauges(checks, registry)]

    @router.get("/healthz", summary="The process is alive.")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get(
        "/readyz",
        summary="The database and Kafka both answer.",
        response_model=None,
        responses={
            200: {"model": Readiness},
            503: {"model": Readiness, "description": "A dependency does not answer."},
        },
    )
    async def readyz() -> JSONResponse:
        names = list(checks)
        results = await asyncio.gather(*(_bounded(checks[name]) for name in names))
        report = {name: "up" if ok else "down" for name, ok in zip(names, results, strict=True)}
        ready = all(results)
        return JSONResponse(
            {"status": "ready" if ready else "not ready", "checks": report},
            status_code=200 if ready else 503,
        )

    @router.get(
        "/metrics",
        summary="Prometheus metrics (an ops/admin token or the scrape token).",
        response_class=Response,
        dependencies=metrics_dependencies,
    )
    async def metrics() -> Response:
        # Gauges read from the database (e.g. outbox backlog) are brought up to date per scrape.
        await asyncio.gather(*(_bounded_refresh(hook) for hook in refresh))
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    return router


async def _bounded(check: Check, timeout: float = 3.0) -> bool:
    try:
        return await asyncio.wait_for(check(), timeout)
    except Exception:
        return False


async def _bounded_refresh(hook: Refresh, timeout: float = 3.0) -> None:
    try:
        await asyncio.wait_for(hook(), timeout)
    except Exception:
        logger.warning("a metrics refresh failed", exc_info=True)


def install_observability(
    app: FastAPI,
    checks: dict[str, Check],
    registry: CollectorRegistry,
    refresh: list[Refresh],
    metrics_access: Callable[..., Awaitable[None]] | None = None,
) -> None:
    """`metrics_access=None` leaves /metrics open: only for apps whose figures are harmless."""
    # process_start_time_seconds among them: a restart shows wherever the process runs, whatever
    # restarts it (the local supervisor, compose, Kubernetes).
    ProcessCollector(registry=registry)
    # Kept for the test that holds alert rules and dashboards to the metrics really exported.
    app.state.metrics_registry = registry
    app.add_middleware(RequestContextMiddleware, metrics=HttpMetrics(registry))
    app.include_router(health_router(checks, registry, refresh, metrics_access))
