"""Creates each service's database, its roles and every topic, then applies each service's migrations.

Run by `make run` / `make test` (through deploy.local.stack) and by compose's `prepare` against
whichever PostgreSQL and Kafka the environment names; safe to run again at any time.

With `ALIANZA_POSTGRES_ADMIN_URL` (a superuser) it also creates, on that server, the roles the
services' URLs name: `<SERVICE>_MIGRATION_DATABASE_URL`'s user owns the schema and runs the
migrations, `<SERVICE>_DATABASE_URL`'s user only reads and writes rows (deploy/local/roles.py).
Without it, databases are created with the migration URL's own credentials, as before.

Topics are laid out as `shared.settings.TopicSettings` says (partitions, replication factor,
min.insync.replicas, retention), and created as the Kafka principal `ALIANZA_KAFKA_*` names:
on a secured cluster, one allowed to create topics (the local stack's `admin`).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import asyncpg

from deploy.local.roles import Login, provision
from shared.catalogue import all_topics
from shared.db import asyncpg_dsn
from shared.kafka import PLAINTEXT, KafkaSecurity, TopicPlan, ensure_topics, kafka_reachable
from shared.settings import KafkaSettings, TopicSettings

SERVICES = ("registry", "commitments", "notifications")


@dataclass(frozen=True)
class ServiceDatabase:
    service: str
    url: str  # what the service's processes use
    migration_url: str  # what its `migrate` uses

    @classmethod
    def from_environment(cls, service: str) -> ServiceDatabase:
        url = os.environ[f"{service.upper()}_DATABASE_URL"]
        return cls(service, url, os.environ.get(f"{service.upper()}_MIGRATION_DATABASE_URL", url))


async def create_database(database_url: str, admin_url: str | None = None) -> bool:
    """Create the database a URL names, connecting to the server's `postgres` database (as the
    admin when one is given, else with the URL's own credentials)."""
    dsn = asyncpg_dsn(database_url)
    name = urlsplit(dsn).path.lstrip("/")
    server = asyncpg_dsn(admin_url) if admin_url else dsn
    admin = await asyncpg.connect(server.rsplit("/", 1)[0] + "/postgres")
    try:
        if await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            return False
        await admin.execute(f'CREATE DATABASE "{name}"')
        return True
    finally:
        await admin.close()


async def wait_for_broker(
    bootstrap: str, timeout_seconds: float = 180.0, security: KafkaSecurity = PLAINTEXT
) -> None:
    """A restarted broker opens its port before it answers; with many partitions on disk it loads
    them first, which can take a minute or more."""
    deadline = time.monotonic() + timeout_seconds
    while not await kafka_reachable(bootstrap, timeout_seconds=5.0, security=security):
        if time.monotonic() > deadline:
            raise SystemExit(f"no Kafka broker answered at {bootstrap} in {timeout_seconds:.0f}s")
        await asyncio.sleep(1.0)


def same_server(url: str, other: str) -> bool:
    first, second = urlsplit(asyncpg_dsn(url)), urlsplit(asyncpg_dsn(other))
    return (first.hostname, first.port) == (second.hostname, second.port)


async def prepare_databases(databases: list[ServiceDatabase], admin_url: str | None) -> None:
    for database in databases:
        # The admin only acts on its own server; a database elsewhere is its owner's business.
        admin = admin_url if admin_url and same_server(admin_url, database.url) else None
        if await create_database(database.migration_url, admin):
            print(f"[prepare] created database {urlsplit(database.url).path.lstrip('/')}")
        if admin is None:
            continue
        owner, app = Login.from_url(database.migration_url), Login.from_url(database.url)
        if Login.from_url(admin).role in {owner.role, app.role} or owner.role == app.role:
            # One user for everything (an old configuration): nothing to separate.
            print(f"[prepare] {database.service}: no separate owner and app roles configured")
            continue
        await provision(admin, database.url, owner, app)
        print(f"[prepare] {database.service}: roles {owner.role} (owner) and {app.role} (app)")


async def prepare_infrastructure(
    databases: list[ServiceDatabase],
    admin_url: str | None,
    kafka: KafkaSettings,
    topic_prefix: str,
    plan: TopicPlan,
) -> None:
    await prepare_databases(databases, admin_url)
    await wait_for_broker(kafka.kafka_bootstrap, security=kafka.kafka_security)
    created = await ensure_topics(
        kafka.kafka_bootstrap, all_topics(topic_prefix), plan, kafka.kafka_security
    )
    if created:
        print(f"[prepare] created topics {', '.join(created)}")


def main() -> None:
    databases = [ServiceDatabase.from_environment(service) for service in SERVICES]
    admin_url = os.environ.get("ALIANZA_POSTGRES_ADMIN_URL")
    prefix = os.environ.get("ALIANZA_TOPIC_PREFIX", "alianza")
    plan = TopicSettings().plan
    asyncio.run(prepare_infrastructure(databases, admin_url, KafkaSettings(), prefix, plan))
    # Each service's migrations touch only its own database; run side by side, the three
    # processes' imports (most of a migration's few seconds) share the machine's cores.
    migrations = [
        subprocess.Popen([sys.executable, "-m", f"services.{service}", "migrate"])
        for service in SERVICES
    ]
    failed = [
        service
        for service, migration in zip(SERVICES, migrations, strict=True)
        if migration.wait() != 0
    ]
    if failed:
        raise SystemExit(f"[prepare] migrations failed for {', '.join(failed)}")
    print("[prepare] databases, topics and migrations are in place")


if __name__ == "__main__":
    main()
