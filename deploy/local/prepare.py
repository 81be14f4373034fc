"""Creates each service's database and every topic, then applies each service's migrations.

Run by `make run` / `make test` (through deploy.local.stack) against whichever PostgreSQL and
Kafka the environment names; safe to run again at any time.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from urllib.parse import urlsplit

import asyncpg

from shared.catalogue import all_topics
from shared.db import asyncpg_dsn
from shared.kafka import UNLIMITED_RETENTION_MS, ensure_topics, kafka_reachable

SERVICES = ("registry", "commitments", "notifications")


async def create_database(database_url: str) -> bool:
    """Create the database a URL names, connecting to the server's `postgres` database."""
    dsn = asyncpg_dsn(database_url)
    name = urlsplit(dsn).path.lstrip("/")
    admin = await asyncpg.connect(dsn.rsplit("/", 1)[0] + "/postgres")
    try:
        if await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            return False
        await admin.execute(f'CREATE DATABASE "{name}"')
        return True
    finally:
        await admin.close()


async def wait_for_broker(bootstrap: str, timeout_seconds: float = 180.0) -> None:
    """A restarted broker opens its port before it answers; with many partitions on disk it loads
    them first, which can take a minute or more."""
    deadline = time.monotonic() + timeout_seconds
    while not await kafka_reachable(bootstrap, timeout_seconds=5.0):
        if time.monotonic() > deadline:
            raise SystemExit(f"no Kafka broker answered at {bootstrap} in {timeout_seconds:.0f}s")
        await asyncio.sleep(1.0)


async def prepare_infrastructure(
    database_urls: list[str], bootstrap: str, topic_prefix: str
) -> None:
    for url in database_urls:
        if await create_database(url):
            print(f"[prepare] created database {urlsplit(url).path.lstrip('/')}")
    await wait_for_broker(bootstrap)
    # Dead letters wait for an operator: unlimited unless ALIANZA_DLQ_RETENTION_MS says otherwise.
    dlq_retention_ms = int(os.environ.get("ALIANZA_DLQ_RETENTION_MS", UNLIMITED_RETENTION_MS))
    created = await ensure_topics(
        bootstrap, all_topics(topic_prefix), dlq_retention_ms=dlq_retention_ms
    )
    if created:
        print(f"[prepare] created topics {', '.join(created)}")


def main() -> None:
    urls = [os.environ[f"{service.upper()}_DATABASE_URL"] for service in SERVICES]
    bootstrap = os.environ.get("ALIANZA_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
    prefix = os.environ.get("ALIANZA_TOPIC_PREFIX", "alianza")
    asyncio.run(prepare_infrastructure(urls, bootstrap, prefix))
    for service in SERVICES:
        subprocess.run([sys.executable, "-m", f"services.{service}", "migrate"], check=True)
    print("[prepare] databases, topics and migrations are in place")


if __name__ == "__main__":
    main()
