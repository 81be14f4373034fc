"""The secured cluster's tests share one cluster (tests/integration/conftest.py) and one prefix,
with the access table's ACLs granted on it."""

from __future__ import annotations

import pytest

from deploy.local import acls
from deploy.local.kafka import KafkaCluster
from shared.catalogue import all_topics
from shared.kafka import ensure_topics
from tests.support.ids import random_prefix


@pytest.fixture(scope="module")
async def cluster_prefix(secured_cluster: KafkaCluster) -> str:
    """The system's topics under a fresh prefix, created by the admin as `make run` does, and
    every principal's ACLs on them."""
    prefix = random_prefix()
    admin = secured_cluster.security()
    await ensure_topics(secured_cluster.bootstrap, all_topics(prefix), security=admin)
    await acls.grant(secured_cluster.bootstrap, admin, acls.catalogue_rules(prefix))
    return prefix
