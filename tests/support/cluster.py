"""Private Kafka clusters for the tests that need several brokers or a secured cluster.

Each starts its own nodes (the same jars and code as `make run KAFKA_BROKERS=3`) on free ports,
with its data in a temporary folder, so the shared single broker on 9092 that the other tests
use is never touched. Starting three JVMs takes a while on a small machine, so a test module
shares one cluster (the `kafka_cluster` and `secured_cluster` fixtures of
tests/integration/conftest.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import AsyncIterator
from pathlib import Path

from chaos.ports import free_port
from deploy.local.kafka import ADMIN_USER, KafkaCluster, Node
from tests.support.ids import random_suffix

# Three JVMs beside the shared broker and the other tests' processes: a smaller heap than the
# stack's is plenty for the few topics a test makes.
TEST_HEAP = "384m"


def free_nodes(brokers: int, secured: bool) -> tuple[Node, ...]:
    return tuple(
        Node(
            node_id=index + 1,
            port=free_port(),
            controller_port=free_port(),
            internal_port=free_port() if secured else None,
        )
        for index in range(brokers)
    )


@contextlib.asynccontextmanager
async def running_cluster(
    home: Path, brokers: int = 3, users: tuple[str, ...] | None = None
) -> AsyncIterator[KafkaCluster]:
    """A cluster of `brokers` nodes; with `users`, secured (SASL_SSL, SCRAM, ACLs enforced) and
    those users (plus the admin) given random passwords."""
    passwords = None
    if users is not None:
        passwords = {user: secrets.token_urlsafe(16) for user in (ADMIN_USER, *users)}
    cluster = KafkaCluster(
        f"kafka-test-{random_suffix()}",
        home,
        free_nodes(brokers, secured=users is not None),
        passwords,
        heap=TEST_HEAP,
    )
    started = time.monotonic()
    try:
        await asyncio.to_thread(cluster.start_processes)
        await cluster.wait_for_brokers()
        print(f"{cluster.name}: {brokers} brokers up in {time.monotonic() - started:.1f}s")
        yield cluster
    finally:
        await asyncio.to_thread(cluster.stop)
