"""Who may do what on Kafka: one principal per service, and one for the operations tools.

This table is the single source for the Kafka ACLs: the secured local cluster grants exactly
these, the Kubernetes `KafkaUser` resources are checked against it, and a unit test holds it to
the catalogue (every stream has one producer) and to each service's `CONSUMES`.

A consumer also writes the dead-letter topic beside each topic it reads (`<topic>.dlq`), and
commits offsets as its consumer group, which is named after the service.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared.catalogue import Stream, dlq_name, topic_name


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
