"""Fixtures of the integration tests: a registry that issues real tokens to the other services'
tests, and private Kafka clusters for the tests that need several brokers."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from deploy.local.kafka import KafkaCluster
from shared.catalogue.access import PRINCIPALS
from tests.support.cluster import running_cluster
from tests.support.database import create_database, drop_database
from tests.support.ids import random_prefix
from tests.support.infra import Infra
from tests.support.issuer import Issuer, running_issuer


@pytest.fixture(scope="session")
async def issuer(infra: Infra, migrated_templates: dict[str, str]) -> AsyncIterator[Issuer]:
    """One registry for the session (its own database): API clients and tokens are made once."""
    url = await create_database(
        infra.postgres_url, prefix="issuer_registry", template=migrated_templates["registry"]
    )
    async with running_issuer(url, infra.kafka_bootstrap, random_prefix()) as found:
        yield found
    await drop_database(infra.postgres_url, url)


@pytest.fixture(scope="module")
async def kafka_cluster(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[KafkaCluster]:
    """Three plain brokers of the module's own on free ports (mark the tests `cluster`); the
    shared broker is untouched, so a test may kill and restart these (`kill_node`,
    `start_node`)."""
    async with running_cluster(tmp_path_factory.mktemp("kafka-cluster"), brokers=3) as cluster:
        yield cluster


@pytest.fixture(scope="module")
async def secured_cluster(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[KafkaCluster]:
    """Three SASL_SSL brokers as `make run KAFKA_SECURITY=SASL_SSL` makes them, with a SCRAM
    user (random password) for `admin` and each principal of shared/catalogue/access.py."""
    users = tuple(found.name for found in PRINCIPALS)
    home = tmp_path_factory.mktemp("kafka-cluster")
    async with running_cluster(home, brokers=3, users=users) as cluster:
        yield cluster
