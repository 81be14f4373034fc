"""One secured three-broker cluster shared by the tests of this folder (starting it is the slow
part), with the access table's ACLs granted for a prefix of its own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from deploy.local import acls
from deploy.local.kafka import KafkaCluster
from shared.catalogue import all_topics
from shared.catalogue.access import PRINCIPALS
from shared.kafka import ensure_topics
from tests.support.cluster import running_cluster
from tests.support.ids import random_prefix


@pytest.fixture(scope="module")
async def secured_cluster(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[KafkaCluster]:
    home: Path = tmp_path_factory.mktemp("kafka-cluster")
    users = tuple(found.name for found in PRINCIPALS)
    async with running_cluster(home, brokers=3, users=users) as cluster:
        yield cluster


@pytest.fixture(scope="module")
async def cluster_prefix(secured_cluster: KafkaCluster) -> str:
    """The system's topics under a fresh prefix, created by the admin as `make run` does, and
    every principal's ACLs on them."""
    prefix = random_prefix()
    admin = secured_cluster.security()
    await ensure_topics(secured_cluster.bootstrap, all_topics(prefix), security=admin)
    await acls.grant(secured_cluster.bootstrap, admin, acls.catalogue_rules(prefix))
    return prefix
