"""The three services as separate processes — as `make run` starts them — on fresh databases,
topics and ports, so an end-to-end test owns its whole system and can restart any part of it."""

from __future__ import annotations

import asyncio
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from chaos.ports import free_port
from deploy.local import acls, stack
from deploy.local.kafka import KafkaCluster
from shared.catalogue import all_topics
from shared.kafka import PLAINTEXT, KafkaSecurity, delete_topics, ensure_topics
from tests.support.database import app_url, create_service_database, drop_database
from tests.support.ids import random_prefix
from tests.support.infra import Infra
from tests.support.processes import eventually, start, terminate

ADMIN_ID = "e2e-admin"
ADMIN_SECRET = "e2e-admin-secret-0123456789abcdef"
# What a test's Prometheus presents to read the services' /metrics.
SCRAPE_TOKEN = "e2e-scrape-token-0123456789abcdef"


@dataclass
class System:
    infra: Infra
    logs: Path
    env: dict[str, str] = field(default_factory=dict)
    ports: dict[str, int] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    databases: list[str] = field(default_factory=list)
    # How many API processes each service runs on its one port (SO_REUSEPORT), as
    # `make run REPLICAS=N` runs them; the benchmarks compare 1 with more.
    api_replicas: int = 1
    # A private cluster (tests/support/cluster.py) instead of the shared broker; when secured,
    # topics and ACLs are made as its admin and each process logs in as its own principal.
    cluster: KafkaCluster | None = None
    # Settings a test gives every process on top of the ones below.
    extra_env: dict[str, str] = field(default_factory=dict)
    # Databases migrated once (the session's `migrated_templates`), copied instead of migrating
    # each service's database again: three Python starts and Alembic runs, ~12 s on two cores.
    templates: dict[str, str] | None = None

    @property
    def bootstrap(self) -> str:
        return self.cluster.bootstrap if self.cluster else self.infra.kafka_bootstrap

    @property
    def admin_security(self) -> KafkaSecurity:
        return self.cluster.security() if self.cluster else PLAINTEXT

    def kafka_identity(self, principal: str) -> dict[str, str]:
        return self.cluster.client_env(principal) if self.cluster else {}

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    def log_text(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")

    async def start(self) -> None:
        prefix = random_prefix()
        await ensure_topics(self.bootstrap, all_topics(prefix), security=self.admin_security)
        if self.cluster and self.cluster.secured:
            await acls.grant(self.bootstrap, self.admin_security, acls.catalogue_rules(prefix))
        self.ports = {service.name: free_port() for service in stack.SERVICES}
        self.env = {
            "ALIANZA_KAFKA_BOOTSTRAP": self.bootstrap,
            "ALIANZA_TOPIC_PREFIX": prefix,
            "ALIANZA_JWKS_URL": f"http://127.0.0.1:{self.ports['registry']}/.well-known/jwks.json",
            "REGISTRY_BOOTSTRAP_CLIENT_ID": ADMIN_ID,
            "REGISTRY_BOOTSTRAP_CLIENT_SECRET": ADMIN_SECRET,
            "ALIANZA_METRICS_SCRAPE_TOKEN": SCRAPE_TOKEN,
            "NOTIFICATIONS_ALLOW_HOSTS": "127.0.0.1",
            "NOTIFICATIONS_RETRY_SCHEDULE_SECONDS": "0,0.5,1,2",
            "NOTIFICATIONS_DISPATCH_POLL_INTERVAL_SECONDS": "0.2",
            "COMMITMENTS_SWEEP_INTERVAL_SECONDS": "0.5",
        }
        for service in stack.SERVICES:
            url = await create_service_database(
                self.infra.postgres_url,
                service.name,
                prefix=f"e2e_{service.name}",
                template=(self.templates or {}).get(service.name),
            )
            self.databases.append(url)
            # As in `make run`: the processes log in as the service's app role, which owns
            # nothing and can open no other service's database.
            self.env[f"{service.env_prefix}DATABASE_URL"] = app_url(service.name, url)
            self.env[f"{service.env_prefix}RELAY_POLL_INTERVAL_SECONDS"] = "0.3"
        self.env.update(self.extra_env)
        for service in stack.SERVICES:
            for process in service.processes:
                if process == "api" and self.api_replicas > 1:
                    for replica in range(1, self.api_replicas + 1):
                        self.launch_api_replica(service.name, replica)
                else:
                    self.launch(service.name, process)
        for service in stack.SERVICES:
            await self.wait_ready(service.name)

    def launch(self, service: str, process: str, **extra_env: str) -> None:
        self._launch(service, process, f"{service}-{process}", [], extra_env)

    def launch_api_replica(self, service: str, replica: int) -> None:
        """One of several API processes of a service, all listening on its port."""
        self._launch(service, "api", f"{service}-api-{replica}", ["--shared-port"], {})

    def _launch(
        self, service: str, process: str, name: str, flags: list[str], extra_env: dict[str, str]
    ) -> None:
        argv = ["-m", f"services.{service}", process, *flags]
        if process == "api":
            argv += ["--port", str(self.ports[service])]
        env = {**self.env, **self.kafka_identity(service), **extra_env}
        self.processes[name] = start(argv, env, self.logs / f"{name}.log")

    def launch_module(self, name: str, module: str, **extra_env: str) -> None:
        """A process beside the services (the ops watcher, the console) on the same servers."""
        env = {**self.env, **self.kafka_identity("ops"), **extra_env}
        self.processes[name] = start(["-m", module], env, self.logs / f"{name}.log")

    def restart(self, service: str, process: str, **extra_env: str) -> None:
        assert terminate(self.processes[f"{service}-{process}"]) == 0
        self.launch(service, process, **extra_env)

    async def wait_ready(self, service: str) -> None:
        """Until the service (or console) answers /readyz. A failure carries the end of its log,
        and comes at once when every process that would answer has ended."""
        names = [
            name
            for name in self.processes
            if name in (service, f"{service}-api") or name.startswith(f"{service}-api-")
        ]
        ended = False

        async def ready_or_ended() -> bool:
            nonlocal ended
            ended = bool(names) and all(self.processes[name].poll() is not None for name in names)
            if ended:
                return True
            try:
                async with httpx.AsyncClient() as client:
                    return (
                        await client.get(f"{self.url(service)}/readyz", timeout=2)
                    ).status_code == 200
            except httpx.TransportError:
                return False

        try:
            # Eleven Python processes start at once; on a busy two-core machine that takes a while.
            await eventually(
                ready_or_ended, timeout=180, interval=0.2, what=f"{service} to be ready"
            )
        except AssertionError as failure:
            raise AssertionError(f"{failure}{self._tails(names)}") from None
        if ended:
            raise AssertionError(f"{service} ended before it was ready{self._tails(names)}")

    def _tails(self, names: list[str], lines: int = 40) -> str:
        tails = []
        for name in names:
            log = self.log_text(name).splitlines()[-lines:]
            tails.append(f"\n--- the last {len(log)} lines of {name}.log ---\n" + "\n".join(log))
        return "".join(tails)

    async def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                terminate(process)
        await asyncio.gather(
            *(drop_database(self.infra.postgres_url, url) for url in self.databases)
        )
        if "ALIANZA_TOPIC_PREFIX" in self.env:
            await delete_topics(
                self.bootstrap,
                all_topics(self.env["ALIANZA_TOPIC_PREFIX"]),
                security=self.admin_security,
            )
