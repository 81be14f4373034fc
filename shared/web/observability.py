"""Correlation ids, request logging, Prometheus metrics, and the /healthz, /readyz, /metrics routes."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from shared.context import correlation_id

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


class RequestContextMiddleware(BaseHTTPMiddleware):
    """Gives every request a correlation id (the caller's, or a new one) and logs its outcome."""

    def __init__(self, app: Any, metrics: HttpMetrics) -> None:
        super().__init__(app)
        self.metrics = metrics

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        incoming = request.headers.get(CORRELATION_HEADER, "")
        corr = (
            incoming if 0 < len(incoming) <= 128 and incoming.isprintable() else str(uuid.uuid4())
        )
        token = correlation_id.set(corr)
        started = time.perf_counter()
        try:
            response = await call_next(request)
            elapsed = time.perf_counter() - started
            route = getattr(request.scope.get("route"), "path", "unmatched")
            self.metrics.requests.labels(request.method, route, str(response.status_code)).inc()
            self.metrics.latency.labels(request.method, route).observe(elapsed)
            response.headers[CORRELATION_HEADER] = corr
            if route not in ("/healthz", "/readyz", "/metrics"):
                logger.info(
                    "%s %s -> %d",
                    request.method,
                    request.url.path,
                    response.status_code,
                    extra={"status": response.status_code, "duration_ms": round(elapsed * 1000, 2)},
                )
            return response
        finally:
            correlation_id.reset(token)


Refresh = Callable[[], Awaitable[None]]


def health_router(
    checks: dict[str, Check], registry: CollectorRegistry, refresh: list[Refresh]
) -> APIRouter:
    """`/healthz` (alive), `/readyz` (every dependency answers) and `/metrics`. Anyone may call them."""
    router = APIRouter(tags=["operations"])

    @router.get("/healthz", summary="The process is alive.")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz", summary="The database and Kafka both answer.", response_model=None)
    async def readyz() -> JSONResponse:
        names = list(checks)
        results = await asyncio.gather(*(_bounded(checks[name]) for name in names))
        report = {name: "up" if ok else "down" for name, ok in zip(names, results, strict=True)}
        ready = all(results)
        return JSONResponse(
            {"status": "ready" if ready else "not ready", "checks": report},
            status_code=200 if ready else 503,
        )

    @router.get("/metrics", summary="Prometheus metrics.", response_class=Response)
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
    app: FastAPI, checks: dict[str, Check], registry: CollectorRegistry, refresh: list[Refresh]
) -> None:
    app.add_middleware(RequestContextMiddleware, metrics=HttpMetrics(registry))
    app.include_router(health_router(checks, registry, refresh))
