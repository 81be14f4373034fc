"""The Kafka access table agrees with the catalogue and with what each service consumes."""

from collections import Counter

from services.commitments.consumers import CONSUMES as COMMITMENTS_CONSUMES
from services.notifications.consumers import CONSUMES as NOTIFICATIONS_CONSUMES
from services.registry.consumers import CONSUMES as REGISTRY_CONSUMES
from shared.catalogue import Stream
from shared.catalogue.access import PRINCIPALS, principal


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
