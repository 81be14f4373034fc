"""Builds a service's FastAPI app: lifespan-owned engine, unit of work, problems, health, metrics."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from prometheus_client import CollectorRegistry, Gauge
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from shared.auth import JwksUrl, KeySource, TokenVerifier
from shared.db import create_engine, session_factory
from shared.disabled_clients import DisabledClients, Loader, load_from_events
from shared.kafka import kafka_reachable
from shared.logs import configure_logging
from shared.relay import RELAY_LOCK_KEY
from shared.runtime import sleep_or_stop
from shared.settings import ServiceSettings
from shared.uow import UnitOfWork
from shared.web.limits import BodySizeLimit
from shared.web.nul_guard import NulGuard
from shared.web.observability import install_observability, metrics_guard
from shared.web.openapi import answers, install_openapi, operation_id, token_url_from_jwks
from shared.web.outbox_admin import router as outbox_admin
from shared.web.problems import install_problem_handlers


@dataclass
class Runtime:
    """What a request may need, built once per process in the lifespan and closed on shutdown."""

    settings: ServiceSettings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    extras: dict[str, Any] = field(default_factory=dict)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(
            self.sessions,
            source=self.settings.service_name,
            topic_prefix=self.settings.topic_prefix,
            max_event_bytes=self.settings.kafka_max_record_bytes,
        )


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


# The dependencies are coroutines, though none of them waits: FastAPI runs a plain `def`
# dependency in its thread pool, a hop every request would pay for nothing.
# A request that reaches the database may meet it away or busy: 503, nothing changed.
@answers(503)
async def get_runtime(request: Request) -> Runtime:
    return runtime_of(request)


@answers(503)
async def get_uow(request: Request) -> UnitOfWork:
    return runtime_of(request).unit_of_work()


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
UowDep = Annotated[UnitOfWork, Depends(get_uow)]

StartupHook = Callable[[Runtime], Awaitable[None]]
# Runs beside the API from startup until `stop` is set at shutdown.
BackgroundTask = Callable[[Runtime, asyncio.Event], Coroutine[Any, Any, None]]
KeySourceFactory = Callable[[Runtime], KeySource]
# Registers a service's own gauges; returns what refreshes them from its database on each scrape.
MetricsFactory = Callable[[CollectorRegistry, Callable[[], Runtime]], Callable[[], Awaitable[None]]]

# The relay's publish rate is read off the outbox over this trailing window.
PUBLISH_RATE_WINDOW_SECONDS = 60


# pg_locks splits a bigint advisory key into classid (high half) and objid (low half), objsubid 1.
_RELAY_LEADERS = (
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    " AND objsubid = 1 AND (classid::bigint << 32) + objid::bigint = :key"
)


def outbox_gauges(
    registry: CollectorRegistry, runtime_of: Callable[[], Runtime]
) -> Callable[[], Awaitable[None]]:
    backlog = Gauge("outbox_backlog", "Outbox rows not yet published", registry=registry)
    oldest = Gauge(
        "outbox_oldest_unpublished_age_seconds",
        "Age of the oldest unpublished row",
        registry=registry,
    )
    # Read from the outbox rather than counted in the relay: every relay replica's work is in the
    # table, and the relay needs no HTTP server of its own to be watched.
    quarantined = Gauge(
        "outbox_quarantined_rows",
        "Outbox rows the relay set aside because they can never become a record",
        registry=registry,
    )
    publish_rate = Gauge(
        "relay_publish_rate_per_second",
        f"Outbox rows published per second over the last {PUBLISH_RATE_WINDOW_SECONDS} s",
        registry=registry,
    )
    by_type = Gauge(
        "events_published_per_second",
        f"Events the relay published per second over the last {PUBLISH_RATE_WINDOW_SECONDS} s,"
        " by topic and event type",
        ["topic", "type"],
        registry=registry,
    )
    # The relay's advisory lock as the server sees it: 0 means no relay of this service leads,
    # and nothing this service records reaches Kafka.
    leaders = Gauge(
        "relay_leaders",
        "Relays holding this database's relay lock (1 normally, 0 when none publishes)",
        registry=registry,
    )

    async def refresh() -> None:
        async with runtime_of().engine.connect() as conn:
            row = (
                await conn.execute(
                    text(
                        "SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0),"
                        " count(*) FILTER (WHERE quarantined_at IS NOT NULL)"
                        " FROM outbox WHERE published_at IS NULL"
                    )
                )
            ).one()
            recent = (
                await conn.execute(
                    text(
                        "SELECT topic, event_type, count(*) FROM outbox"
                        " WHERE published_at > now() - make_interval(secs => :window)"
                        " GROUP BY topic, event_type"
                    ),
                    {"window": PUBLISH_RATE_WINDOW_SECONDS},
                )
            ).all()
            holding = await conn.scalar(text(_RELAY_LEADERS), {"key": RELAY_LOCK_KEY})
        backlog.set(row[0])
        oldest.set(float(row[1]))
        quarantined.set(row[2])
        published = sum(count for _, _, count in recent)
        publish_rate.set(published / PUBLISH_RATE_WINDOW_SECONDS)
        # Cleared first: a type that stopped flowing must read as gone, not as its last rate.
        by_type.clear()
        for topic, event_type, count in recent:
            by_type.labels(topic, event_type).set(count / PUBLISH_RATE_WINDOW_SECONDS)
        leaders.set(holding or 0)

    return refresh


def _reloader(runtime: Runtime, disabled: DisabledClients, load: Loader) -> BackgroundTask:
    async def reload(runtime: Runtime, stop: asyncio.Event) -> None:
        async def read() -> set[str]:
            async with runtime.sessions() as session:
                return await load(session)

        await disabled.reload(read)

    return reload


def _every(seconds: float, task: BackgroundTask) -> BackgroundTask:
    async def loop(runtime: Runtime, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await sleep_or_stop(stop, seconds)
            if not stop.is_set():
                await task(runtime, stop)

    return loop


def create_service_app(
    settings: ServiceSettings,
    *,
    title: str,
    description: str,
    routers: Sequence[APIRouter],
    on_startup: Sequence[StartupHook] = (),
    key_source: KeySourceFactory | None = None,
    metrics: Sequence[MetricsFactory] = (),
    background: Sequence[BackgroundTask] = (),
    disabled_clients: Loader = load_from_events,
    token_url: str | None = None,
) -> FastAPI:
    """The composition root every service's `app.py` calls with its own routers.

    Access tokens are verified with the JWKS at `settings.jwks_url`, unless `key_source` gives
    the keys another way (the registry, which holds them, reads its own). The OpenAPI document's
    OAuth 2.0 scheme names `token_url`, by default the registry's token endpoint beside that JWKS.
    Tokens of clients
    `disabled_clients` names are refused; the ids are reloaded every few seconds.
    """
    registry = CollectorRegistry()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.service_name, settings.log_level)
        engine = create_engine(
            settings.database_url, settings.database_pool_size, settings.database_timeouts
        )
        runtime = Runtime(settings=settings, engine=engine, sessions=session_factory(engine))
        app.state.runtime = runtime
        source = key_source(runtime) if key_source else JwksUrl(settings.jwks_url)
        disabled = DisabledClients()
        app.state.verifier = TokenVerifier(
            source, max_lifetime=settings.max_token_lifetime_seconds, disabled=disabled
        )
        stop = asyncio.Event()
        tasks: list[asyncio.Task[None]] = []
        try:
            for hook in on_startup:
                await hook(runtime)
            reload = _reloader(runtime, disabled, disabled_clients)
            await reload(runtime, stop)
            for work in (_every(settings.disabled_clients_reload_seconds, reload), *background):
                tasks.append(asyncio.create_task(work(runtime, stop)))
            yield
        finally:
            stop.set()
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await app.state.verifier.aclose()
            await engine.dispose()

    app = FastAPI(
        title=title,
        description=description,
        version="1.0.0",
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
    )

    async def database_up() -> bool:
        async with app.state.runtime.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True

    async def kafka_up() -> bool:
        return await kafka_reachable(settings.kafka_bootstrap, security=settings.kafka_security)

    install_problem_handlers(app)
    install_observability(
        app,
        checks={"database": database_up, "kafka": kafka_up},
        registry=registry,
        refresh=[
            factory(registry, lambda: app.state.runtime) for factory in (outbox_gauges, *metrics)
        ],
        metrics_access=metrics_guard(settings.metrics_scrape_token),
    )
    app.add_middleware(NulGuard)
    app.add_middleware(BodySizeLimit)  # outermost: an oversized body is never read whole
    for router in routers:
        app.include_router(router)
    app.include_router(outbox_admin)
    install_openapi(app, token_url=token_url or token_url_from_jwks(settings.jwks_url))
    return app
