"""The local stack hands each process its own Kafka principal on a secured cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from deploy.local import stack
from deploy.local.kafka import KafkaCluster, layout


def test_each_process_of_a_secured_stack_logs_in_as_its_service_and_only_prepare_as_admin(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    users = {user: f"{user}-secret" for user in stack.KAFKA_USERS}
    cluster = KafkaCluster("kafka", tmp_path, layout(3, 9092, 9093, 9192), users)
    monkeypatch.setattr(stack, "local_kafka", lambda: cluster)
    monkeypatch.delenv("ALIANZA_KAFKA_BOOTSTRAP", raising=False)
    env = stack.external_or_local()
    assert env["ALIANZA_KAFKA_SASL_USERNAME"] == "admin"  # what `prepare` creates topics as
    programs = stack.programs(env)
    assert programs
    for program in programs:
        principal = program.name.split("-")[0]  # registry-api → registry, ops-watch → ops
        assert (
            program.env["ALIANZA_KAFKA_BOOTSTRAP"] == "127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096"
        )
        assert program.env["ALIANZA_KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
        assert program.env["ALIANZA_KAFKA_SASL_USERNAME"] == principal
        assert program.env["ALIANZA_KAFKA_SASL_PASSWORD"] == f"{principal}-secret"
        assert "admin-secret" not in program.env.values(), f"{program.name} got the super user"


def test_a_plain_stack_gives_its_processes_only_the_bootstrap(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cluster = KafkaCluster("kafka", tmp_path, layout(1, 9092, 9093))
    monkeypatch.setattr(stack, "local_kafka", lambda: cluster)
    monkeypatch.delenv("ALIANZA_KAFKA_BOOTSTRAP", raising=False)
    for program in stack.programs(stack.external_or_local()):
        assert program.env["ALIANZA_KAFKA_BOOTSTRAP"] == "127.0.0.1:9092"
        assert not any(key.startswith("ALIANZA_KAFKA_SASL") for key in program.env)
