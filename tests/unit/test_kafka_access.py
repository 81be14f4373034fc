"""The Kafka access table agrees with the catalogue and with what each service consumes."""

from collections import Counter
from pathlib import Path

from services.commitments.consumers import CONSUMES as COMMITMENTS_CONSUMES
from services.notifications.consumers import CONSUMES as NOTIFICATIONS_CONSUMES
from services.registry.consumers import CONSUMES as REGISTRY_CONSUMES
from shared.catalogue import Stream
from shared.catalogue.access import (
    PRINCIPALS,
    AclOperation,
    AclResource,
    acl_table,
    principal,
)


def test_every_stream_has_exactly_one_producer() -> None:
    producers = Counter(stream for p in PRINCIPALS for stream in p.produces)
    assert producers == Counter(set(Stream))


def test_each_service_reads_exactly_what_its_consumer_subscribes_to() -> None:
    assert set(principal("registry").consumes) == set(REGISTRY_CONSUMES)
    assert set(principal("commitments").consumes) == set(COMMITMENTS_CONSUMES)
    assert set(principal("notifications").consumes) == set(NOTIFICATIONS_CONSUMES)


def test_a_service_writes_its_own_streams_and_the_dead_letters_of_what_it_reads() -> None:
    assert principal("commitments").topics_written("p") == [
        "p.commitments",
        "p.identity.dlq",
        "p.partnerships.dlq",
    ]
    assert principal("commitments").consumer_group == "commitments"


def test_the_ops_principal_reads_everything_and_has_no_group() -> None:
    ops = principal("ops")
    assert len(ops.topics_read("p")) == 2 * len(Stream)
    assert ops.consumer_group is None


def test_a_service_may_write_only_its_own_streams_and_its_dead_letters() -> None:
    written = {
        rule.name
        for rule in principal("registry").acl_rules("p")
        if rule.operation is AclOperation.WRITE
    }
    assert written == {"p.partnerships", "p.identity", "p.commitments.dlq"}


def test_a_consumer_reads_its_topics_as_its_own_group_and_nothing_else() -> None:
    rules = principal("notifications").acl_rules("p")
    groups = {(r.name, r.operation) for r in rules if r.resource is AclResource.GROUP}
    assert groups == {("notifications", AclOperation.READ)}
    read = {
        r.name
        for r in rules
        if r.resource is AclResource.TOPIC and r.operation is AclOperation.READ
    }
    assert read == {"p.partnerships", "p.commitments", "p.identity"}


def test_the_readme_shows_the_acl_table_the_access_module_makes() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert acl_table("alianza") in readme, "regenerate the README's ACL table from acl_table()"
