"""Kafka settings: how topics are laid out, how clients authenticate, and what the local
cluster's brokers are told."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from deploy.local.kafka import KafkaCluster, Node, layout, new_cluster_id
from services.commitments.settings import CommitmentsSettings
from shared.kafka import MAX_RECORD_BYTES, KafkaSecurity, SecurityProtocol, TopicPlan
from shared.settings import KafkaSettings, TopicSettings


def test_unset_replication_is_three_with_two_in_sync_or_what_a_smaller_cluster_holds() -> None:
    plan = TopicPlan()
    assert plan.replication_for(brokers=5) == (3, 2)
    assert plan.replication_for(brokers=3) == (3, 2)
    assert plan.replication_for(brokers=2) == (2, 1)
    assert plan.replication_for(brokers=1) == (1, 1)


def test_replication_set_in_settings_is_asked_for_as_it_is() -> None:
    plan = TopicSettings(replication_factor=3, min_insync_replicas=3).plan
    assert plan.replication_for(brokers=1) == (3, 3)


def test_min_insync_above_the_replication_factor_is_refused() -> None:
    with pytest.raises(ValidationError, match="MIN_INSYNC_REPLICAS"):
        TopicSettings(replication_factor=2, min_insync_replicas=3)


def test_retention_per_topic_overrides_the_event_and_dead_letter_defaults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALIANZA_KAFKA_RETENTION_MS", "86400000")
    monkeypatch.setenv("ALIANZA_KAFKA_TOPIC_RETENTION_MS", '{"ops": 3600000, "ops.dlq": 60000}')
    plan = TopicSettings().plan
    assert plan.retention_for("alianza.partnerships") == 86_400_000
    assert plan.retention_for("alianza.partnerships.dlq") == -1  # dead letters: until deleted
    assert plan.retention_for("alianza.ops") == 3_600_000
    assert plan.retention_for("alianza.ops.dlq") == 60_000
    assert plan.configs_for("alianza.ops", min_insync=2) == {
        "min.insync.replicas": "2",
        "retention.ms": "3600000",
    }


def test_unset_event_retention_leaves_the_brokers_default() -> None:
    assert TopicPlan().configs_for("p.partnerships", min_insync=1) == {"min.insync.replicas": "1"}


def test_plaintext_clients_get_no_tls_and_no_sasl() -> None:
    assert KafkaSettings().kafka_security.client_options() == {"security_protocol": "PLAINTEXT"}


def test_sasl_ssl_clients_get_credentials_and_a_context_trusting_the_given_ca(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cluster = KafkaCluster("unit", tmp_path, layout(1, 1, 2, 3), {"registry": "pw"})
    for key, value in cluster.client_env("registry").items():
        monkeypatch.setenv(key, value)
    settings = KafkaSettings()
    options = settings.kafka_security.client_options()
    # One context for every client of the process: the files are read once.
    assert settings.kafka_security.client_options()["ssl_context"] is options["ssl_context"]
    assert options["security_protocol"] == "SASL_SSL"
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (options["sasl_plain_username"], options["sasl_plain_password"]) == ("registry", "pw")
    assert options["ssl_context"].get_ca_certs()[0]["subject"] == (
        (("commonName", "Alianza local Kafka CA"),),
    )


def test_sasl_without_credentials_is_refused_and_no_password_is_ever_printed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALIANZA_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("ALIANZA_KAFKA_SASL_PASSWORD", "hunter2-secret")
    monkeypatch.setenv("ALIANZA_KAFKA_SSL_CERTFILE", "/only/a/cert.pem")
    with pytest.raises(ValidationError) as refused:
        KafkaSettings()
    assert "ALIANZA_KAFKA_SASL_USERNAME" in str(refused.value)
    assert "ALIANZA_KAFKA_SSL_KEYFILE" in str(refused.value)
    assert "hunter2" not in str(refused.value)


def test_a_username_without_a_password_is_not_enough_and_the_password_never_shows() -> None:
    assert KafkaSecurity(SecurityProtocol.SASL_SSL, sasl_username="u").problems()
    settings = KafkaSettings(
        kafka_security_protocol=SecurityProtocol.SASL_SSL,
        kafka_sasl_username="u",
        kafka_sasl_password=SecretStr("hunter2"),
    )
    assert not settings.kafka_security.problems()
    assert "hunter2" not in repr(settings) and "hunter2" not in repr(settings.kafka_security)


def test_the_single_plain_broker_is_configured_as_it_always_was(tmp_path: Path) -> None:
    [node] = layout(1, port=9092, controller_port=9093)
    properties = KafkaCluster("kafka", tmp_path, (node,)).properties(node)
    assert "listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093\n" in properties
    assert "controller.quorum.voters=1@127.0.0.1:9093\n" in properties
    assert "offsets.topic.replication.factor=1\n" in properties
    assert f"log.dirs={tmp_path / 'data'}\n" in properties
    assert "authorizer" not in properties and "min.insync.replicas" not in properties


def test_three_nodes_form_one_quorum_and_replicate_the_internal_topics(tmp_path: Path) -> None:
    nodes = layout(3, port=9092, controller_port=9093)
    assert [(n.node_id, n.port, n.controller_port) for n in nodes] == [
        (1, 9092, 9093),
        (2, 9094, 9095),
        (3, 9096, 9097),
    ]
    properties = KafkaCluster("kafka", tmp_path, nodes).properties(nodes[1])
    assert "node.id=2\n" in properties
    assert (
        "controller.quorum.voters=1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097\n"
        in properties
    )
    assert "offsets.topic.replication.factor=3\n" in properties
    assert "min.insync.replicas=2\n" in properties
    assert f"log.dirs={tmp_path / 'node-2' / 'data'}\n" in properties


def test_a_secured_node_demands_sasl_from_clients_and_certificates_from_brokers(
    tmp_path: Path,
) -> None:
    node = Node(1, port=1, controller_port=2, internal_port=3)
    properties = KafkaCluster("kafka", tmp_path, (node,), {"admin": "pw"}).properties(node)
    assert "listener.security.protocol.map=CLIENT:SASL_SSL,INTERNAL:SSL,CONTROLLER:SSL\n" in (
        properties
    )
    assert "listener.name.internal.ssl.client.auth=required\n" in properties
    assert "listener.name.controller.ssl.client.auth=required\n" in properties
    assert "allow.everyone.if.no.acl.found=false\n" in properties
    assert "super.users=User:admin;User:broker\n" in properties
    assert "pw" not in properties  # SCRAM users live in the metadata log, not in the file


def test_cluster_ids_never_look_like_an_option_to_the_storage_tool() -> None:
    ids = [new_cluster_id() for _ in range(2000)]  # one in 64 would start with "-" otherwise
    assert all(len(found) == 22 and not found.startswith("-") for found in ids)


def test_nodes_formatted_side_by_side_share_one_cluster_id(tmp_path: Path) -> None:
    cluster = KafkaCluster("kafka", tmp_path, layout(3, 9092, 9093))
    asking = threading.Barrier(16)

    def ask(_: int) -> str:
        asking.wait()  # every thread asks at the same moment, as the formatting threads do
        return cluster.cluster_id()

    with ThreadPoolExecutor(max_workers=16) as pool:
        ids = set(pool.map(ask, range(16)))
    assert len(ids) == 1
    assert cluster.cluster_id() in ids  # kept: a later start formats with the same id
    assert [path.name for path in tmp_path.iterdir()] == ["cluster.id"]  # no proposals left


def commitments_settings(monkeypatch: pytest.MonkeyPatch, record_limit: str) -> int:
    monkeypatch.setenv("COMMITMENTS_DATABASE_URL", "postgresql+asyncpg://u:p@db.invalid/c")
    monkeypatch.setenv("ALIANZA_KAFKA_MAX_RECORD_BYTES", record_limit)
    return CommitmentsSettings().kafka_max_record_bytes


@pytest.mark.parametrize("limit", ["0", str(MAX_RECORD_BYTES + 1), "2000000"])
def test_a_record_limit_the_broker_could_not_take_is_refused_at_start(
    monkeypatch: pytest.MonkeyPatch, limit: str
) -> None:
    # Above it, a record the API accepted would fail its relay batch on every try.
    with pytest.raises(ValidationError) as refused:
        commitments_settings(monkeypatch, limit)
    assert [error["loc"] for error in refused.value.errors()] == [
        ("ALIANZA_KAFKA_MAX_RECORD_BYTES",)
    ]


def test_a_lower_record_limit_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    assert commitments_settings(monkeypatch, "6000") == 6000
