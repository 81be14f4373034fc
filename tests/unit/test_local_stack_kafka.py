"""The local stack's processes: each its own Kafka principal on a secured cluster, each service
process N times with `REPLICAS=N`."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from deploy.local import stack
from deploy.local.kafka import KafkaCluster, layout
from shared.processes import shared_listener


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


def test_replicas_run_every_service_process_n_times_and_the_apis_share_their_port(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(
        stack, "local_kafka", lambda: KafkaCluster("kafka", tmp_path, layout(1, 9092, 9093))
    )
    monkeypatch.delenv("ALIANZA_KAFKA_BOOTSTRAP", raising=False)
    env = stack.external_or_local()
    single = {program.name: program for program in stack.programs(env, replicas=1)}
    tripled = {program.name: program for program in stack.programs(env, replicas=3)}
    for service in stack.SERVICES:
        for process in service.processes:
            base = f"{service.name}-{process}"
            assert base in single and base not in tripled
            copies = [tripled[f"{base}-{index}"] for index in (1, 2, 3)]
            # The same command and environment each time: replicas differ only in their name.
            assert {program.argv for program in copies} == {
                (*single[base].argv, "--shared-port") if process == "api" else single[base].argv
            }
            assert all(program.env == single[base].env for program in copies)
    for name, _ in stack.EXTRAS:  # the ops watcher and console only read: once is enough
        assert name in tripled and f"{name}-1" not in tripled


def test_scale_finds_a_process_s_replicas_and_no_other_process() -> None:
    names = ["registry-consume-2", "registry-consume-1", "registry-consume", "registry-api-1"]
    names += ["registry-consume-x", "commitments-consume-3"]
    assert stack.replica_indexes("registry-consume", names) == [1, 2]
    assert stack.replica_indexes("registry-relay", names) == []


def test_shared_listeners_bind_one_port_and_a_plain_bind_is_refused() -> None:
    first = shared_listener("127.0.0.1", 0)
    port = first.getsockname()[1]
    second = shared_listener("127.0.0.1", port)  # another replica: welcome
    try:
        with socket.socket() as intruder, pytest.raises(OSError):
            intruder.bind(("127.0.0.1", port))  # a stray process without the option: refused
    finally:
        first.close()
        second.close()
