"""Who may do what on Kafka: one principal per service, and one for the operations tools.

This table is the single source for the Kafka ACLs: the secured local cluster grants exactly
these, the Kubernetes `KafkaUser` resources are checked against it, and a unit test holds it to
the catalogue (every stream has one producer) and to each service's `CONSUMES`.

A consumer also writes the dead-letter topic beside each topic it reads (`<topic>.dlq`), and
commits offsets as its consumer group, which is named after the service.

`KafkaPrincipal.acl_rules` turns a row into the Kafka ACLs it needs (every one an ALLOW on a
literal name); `acl_table` prints the whole table for the README.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from shared.catalogue import Stream, dlq_name, topic_name


class AclResource(StrEnum):
    TOPIC = "topic"
    GROUP = "group"


class AclOperation(StrEnum):
    """Kafka's operation names (as Strimzi's KafkaUser and kafka-acls spell them)."""

    READ = "Read"
    WRITE = "Write"
    DESCRIBE = "Describe"
    DESCRIBE_CONFIGS = "DescribeConfigs"


@dataclass(frozen=True, order=True)
class AclRule:
    """One ALLOW for one principal on one literal resource name ("*" for every one)."""

    resource: AclResource
    name: str
    operation: AclOperation


# What a topic's producer needs (Describe for its metadata; Write also covers idempotent
# producing since Kafka 3.0), and what its consumer needs (DescribeConfigs: the consumer checks
# the topic's retention against its inbox's, see shared/consumer.py).
WRITER = (AclOperation.WRITE, AclOperation.DESCRIBE)
READER = (AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS)


@dataclass(frozen=True)
class KafkaPrincipal:
    name: str
    produces: tuple[Stream, ...]
    consumes: tuple[Stream, ...]
    # Operations tools read every topic and dead-letter topic, describe every group, and put
    # dead letters back on their topic (`alianza dlq replay`).
    operates: bool = False

    @property
    def consumer_group(self) -> str | None:
        """The group this principal commits offsets as; the ops tools read without one."""
        return None if self.operates else self.name

    def topics_written(self, prefix: str) -> list[str]:
        written = [topic_name(prefix, stream) for stream in self.produces]
        read = [topic_name(prefix, stream) for stream in self.consumes]
        if self.operates:
            written += [topic_name(prefix, stream) for stream in Stream]
        return sorted(set(written + [dlq_name(topic) for topic in read]))

    def topics_read(self, prefix: str) -> list[str]:
        if self.operates:
            topics = [topic_name(prefix, stream) for stream in Stream]
            return sorted(topics + [dlq_name(topic) for topic in topics])
        return sorted(topic_name(prefix, stream) for stream in self.consumes)

    def acl_rules(self, prefix: str) -> list[AclRule]:
        """Every ACL this principal needs on topics named with `prefix`, and nothing more."""
        rules = {
            AclRule(AclResource.TOPIC, t, op) for t in self.topics_written(prefix) for op in WRITER
        }
        rules |= {
            AclRule(AclResource.TOPIC, t, op) for t in self.topics_read(prefix) for op in READER
        }
        if self.consumer_group is not None:
            rules.add(AclRule(AclResource.GROUP, self.consumer_group, AclOperation.READ))
        if self.operates:
            # Lag is read from every group's committed offsets.
            rules.add(AclRule(AclResource.GROUP, "*", AclOperation.DESCRIBE))
        return sorted(rules)

    def acl_grants(self, prefix: str) -> dict[tuple[AclResource, str], list[AclOperation]]:
        """The same rules, the operations on each resource together (one KafkaUser ACL each)."""
        grants: dict[tuple[AclResource, str], list[AclOperation]] = {}
        for rule in self.acl_rules(prefix):
            grants.setdefault((rule.resource, rule.name), []).append(rule.operation)
        return grants


PRINCIPALS: tuple[KafkaPrincipal, ...] = (
    KafkaPrincipal(
        "registry",
        produces=(Stream.PARTNERSHIPS, Stream.IDENTITY),
        consumes=(Stream.COMMITMENTS,),
    ),
    KafkaPrincipal(
        "commitments",
        produces=(Stream.COMMITMENTS,),
        consumes=(Stream.PARTNERSHIPS, Stream.IDENTITY),
    ),
    KafkaPrincipal(
        "notifications",
        produces=(Stream.NOTIFICATIONS,),
        consumes=(Stream.PARTNERSHIPS, Stream.COMMITMENTS, Stream.IDENTITY),
    ),
    # The watcher raises lag alerts on the ops stream; the CLI and the console read everything.
    KafkaPrincipal("ops", produces=(Stream.OPS,), consumes=(), operates=True),
)


def principal(name: str) -> KafkaPrincipal:
    return next(p for p in PRINCIPALS if p.name == name)


def acl_table(prefix: str = "alianza") -> str:
    """The ACLs of every principal as a Markdown table (README, "Kafka principals and ACLs")."""
    lines = ["| principal | resource | name | operations |", "|---|---|---|---|"]
    for found in PRINCIPALS:
        for (resource, name), operations in found.acl_grants(prefix).items():
            listed = ", ".join(operation.value for operation in operations)
            lines.append(f"| `{found.name}` | {resource.value} | `{name}` | {listed} |")
    return "\n".join(lines) + "\n"
