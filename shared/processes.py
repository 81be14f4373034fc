"""The processes a service runs — api, relay, consume, migrate and its own extras — behind one CLI.

`python -m services.<name> <process>`; `make run` starts each as its own OS process, so one can
be killed and restarted without the others noticing.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from shared.catalogue import Stream, topic_name
from shared.consumer import EventConsumer, Handler
from shared.db import asyncpg_dsn, create_engine, session_factory
from shared.heap import freeze_startup_heap
from shared.logs import configure_logging
from shared.relay import OutboxRelay
from shared.runtime import run_worker
from shared.settings import ServiceSettings
from shared.uow import UnitOfWork

logger = logging.getLogger(__name__)

Worker = Callable[[ServiceSettings, asyncio.Event], Awaitable[None]]


@dataclass
class ServiceProcesses:
    settings: Callable[[], ServiceSettings]
    app: str  # "package.module:factory" for uvicorn
    port: int
    migrations: Path
    models: str  # the module whose import registers the service's tables
    consumes: tuple[Stream, ...] = ()
    handlers: Mapping[str, Handler] = field(default_factory=dict)
    extras: Mapping[str, Worker] = field(default_factory=dict)

    @property
    def long_running(self) -> tuple[str, ...]:
        """The processes that run until stopped, one OS process (or Deployment) each."""
        return ("api", "relay", *(["consume"] if self.consumes else []), *self.extras)

    def main(self, argv: list[str] | None = None) -> None:
        commands = [*self.long_running, "migrate"]
        parser = argparse.ArgumentParser(description="Run one of this service's processes.")
        parser.add_argument("process", choices=commands)
        parser.add_argument("--port", type=int, default=self.port)
        parser.add_argument(
            "--shared-port",
            action="store_true",
            help="let other replicas of this api listen on the same port (SO_REUSEPORT)",
        )
        args = parser.parse_args(argv)
        settings = self.settings()
        if args.process == "migrate":
            # Imported here: Alembic (and the Mako and Pygments it pulls in) is ~11 MiB and a
            # fifth of the start-up imports of a process that never migrates.
            from shared.migrations import upgrade

            upgrade(self.migrations, self.models, settings.migration_url)
            return
        if args.process == "api":
            configure_logging(settings.service_name, settings.log_level)
            serve_api(self.app, settings.http_host, args.port, shared=args.shared_port)
            return
        configure_logging(settings.service_name, settings.log_level)
        worker: Worker
        if args.process == "relay":
            worker = run_relay
        elif args.process == "consume":
            worker = self._run_consumer
        else:
            worker = self.extras[args.process]
        run_worker(lambda stop: worker(settings, stop))

    async def _run_consumer(self, settings: ServiceSettings, stop: asyncio.Event) -> None:
        engine = create_engine(
            settings.database_url, settings.database_pool_size, settings.database_timeouts
        )
        sessions = session_factory(engine)
        try:
            consumer = EventConsumer(
                group_id=settings.service_name,
                topics=[topic_name(settings.topic_prefix, stream) for stream in self.consumes],
                handlers=self.handlers,
                unit_of_work=lambda: UnitOfWork(
                    sessions,
                    source=settings.service_name,
                    topic_prefix=settings.topic_prefix,
                    max_event_bytes=settings.kafka_max_record_bytes,
                ),
                bootstrap=settings.kafka_bootstrap,
                security=settings.kafka_security,
                max_attempts=settings.consumer_max_attempts,
                retry_backoff=settings.consumer_retry_backoff_seconds,
                batch_size=settings.consumer_batch_size,
                kafka_timeout=settings.kafka_timeout_seconds,
                inbox_retention=timedelta(hours=settings.inbox_retention_hours),
                transient_backoff_max=settings.consumer_transient_backoff_max_seconds,
                shutdown_grace=settings.consumer_shutdown_grace_seconds,
            )
            await consumer.run(stop)
        finally:
            await engine.dispose()


def serve_api(app: str, host: str, port: int, *, shared: bool = False) -> None:
    """Serve the service's API with uvicorn until SIGTERM.

    `shared`: the listening socket is bound with SO_REUSEPORT, so replicas started side by side
    all listen on one port and the kernel spreads new connections among them; a replica that
    dies takes only its own connections with it. Off by default, so a second stack started by
    mistake fails on the busy port instead of quietly taking half the traffic.
    """
    import uvicorn

    config = uvicorn.Config(
        app, factory=True, host=host, port=port, log_config=None, access_log=False
    )
    # Build the app now rather than in `run`, so its routes and schemas are start-up heap too.
    config.load()
    freeze_startup_heap()
    server = uvicorn.Server(config)
    server.run(sockets=[shared_listener(host, port)] if shared else None)


def shared_listener(host: str, port: int) -> socket.socket:
    """A TCP socket bound to host:port that other processes may bind too (SO_REUSEPORT)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    listener.bind((host, port))
    return listener


async def run_relay(settings: ServiceSettings, stop: asyncio.Event) -> None:
    relay = OutboxRelay(
        dsn=asyncpg_dsn(settings.database_url),
        bootstrap=settings.kafka_bootstrap,
        security=settings.kafka_security,
        batch_size=settings.relay_batch_size,
        poll_interval=settings.relay_poll_interval_seconds,
        kafka_timeout=settings.kafka_timeout_seconds,
        retention=timedelta(hours=settings.outbox_retention_hours),
        idempotency_retention=timedelta(hours=settings.idempotency_retention_hours),
        max_record_bytes=settings.kafka_max_record_bytes,
        database_timeouts=settings.database_timeouts,
        session_timeout=settings.relay_session_timeout_seconds,
        missing_topic_grace=settings.relay_missing_topic_grace_seconds,
    )
    await relay.run(stop)
