"""Where the tests' PostgreSQL and Kafka come from: the environment, the local stack, or Docker."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass

from deploy.local import stack


@dataclass(frozen=True)
class Infra:
    kafka_bootstrap: str
    postgres_url: str  # a URL on the server where tests may create databases


def _docker_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    return subprocess.run(["docker", "info"], capture_output=True, check=False).returncode == 0


def locate() -> tuple[Infra, list[object]]:
    """The servers to test against, and any containers started for them (to stop afterwards).

    Order: `ALIANZA_KAFKA_BOOTSTRAP` / `ALIANZA_TEST_DATABASE_URL` from the environment; else the
    local stack (started here if it is not running); else, where Docker answers, testcontainers.
    """
    containers: list[object] = []
    bootstrap = os.environ.get("ALIANZA_KAFKA_BOOTSTRAP")
    database = os.environ.get("ALIANZA_TEST_DATABASE_URL")
    local_possible = shutil.which("java") is not None and stack.PG_BIN.exists()
    if bootstrap is None:
        if stack.port_open(stack.KAFKA_PORT) or local_possible or not _docker_answers():
            stack.start_kafka()
            bootstrap = f"127.0.0.1:{stack.KAFKA_PORT}"
        else:
            from testcontainers.kafka import KafkaContainer

            kafka = KafkaContainer().with_kraft()
            kafka.start()
            containers.append(kafka)
            bootstrap = kafka.get_bootstrap_server()
    if database is None:
        if stack.port_open(stack.PG_PORT) or local_possible or not _docker_answers():
            stack.start_postgres()
            database = stack.postgres_url("postgres")
        else:
            from testcontainers.postgres import PostgresContainer

            postgres = PostgresContainer("postgres:15", driver="asyncpg")
            postgres.start()
            containers.append(postgres)
            database = postgres.get_connection_url()
    return Infra(kafka_bootstrap=bootstrap, postgres_url=database), containers
