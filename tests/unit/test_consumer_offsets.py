"""Which offsets a fetch leaves to commit: past every record applied or of no interest, per
partition, whether the fetch was applied whole or record by record. (Records set aside as
poison are covered by the integration tests, which have a broker to dead-letter them to.)"""

from __future__ import annotations

from typing import Any

from aiokafka.structs import ConsumerRecord, TopicPartition

from shared.catalogue.examples import EXAMPLES
from shared.consumer import EventConsumer
from shared.events import Event, to_kafka

TOPIC = "t.partnerships"


class _Session:
    async def flush(self) -> None:
        return None


class _ClaimsEverything:
    """A unit of work whose inbox has seen nothing: every event is claimed."""

    session = _Session()

    async def __aenter__(self) -> _ClaimsEverything:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def claim_inbox(self, group: str, events: list[Event]) -> set[str]:
        return {event.id for event in events}

    async def commit(self) -> None:
        return None


def record(partition: int, offset: int, event_type: str = "partner.registered") -> ConsumerRecord:
    event = Event(
        source="/test",
        type=event_type,
        subject=f"p-{partition}-{offset}",
        data=EXAMPLES[event_type].model_dump(mode="json"),
    )
    key, value, headers = to_kafka(event)
    return ConsumerRecord(
        topic=TOPIC,
        partition=partition,
        offset=offset,
        timestamp=0,
        timestamp_type=0,
        key=key,
        value=value,
        checksum=None,
        serialized_key_size=len(key),
        serialized_value_size=len(value),
        headers=headers,
    )


def consumer(applied: list[str]) -> EventConsumer:
    async def handler(uow: Any, event: Event) -> None:
        applied.append(event.subject)

    return EventConsumer(
        group_id="g",
        topics=[TOPIC],
        handlers={"partner.registered": handler},
        unit_of_work=_ClaimsEverything,  # type: ignore[arg-type]
        bootstrap="unused:9092",
    )


async def test_a_fetch_applied_whole_leaves_each_partition_past_its_last_record() -> None:
    applied: list[str] = []
    kit = consumer(applied)
    # Two partitions, interleaved as a fetch hands them over.
    fetch = [record(0, 5), record(0, 6), record(2, 40), record(0, 7), record(2, 41)]
    await kit.process_many(fetch)
    assert applied == ["p-0-5", "p-0-6", "p-2-40", "p-0-7", "p-2-41"]
    assert kit._applied == {TopicPartition(TOPIC, 0): 8, TopicPartition(TOPIC, 2): 42}


async def test_a_later_fetch_moves_the_offsets_on_and_an_earlier_one_never_back() -> None:
    kit = consumer([])
    await kit.process_many([record(1, 10), record(1, 11)])
    await kit.process_many([record(1, 3), record(1, 4)])  # a redelivery from before
    assert kit._applied == {TopicPartition(TOPIC, 1): 12}
    await kit.process_many([record(1, 12), record(1, 13)])
    assert kit._applied == {TopicPartition(TOPIC, 1): 14}


async def test_a_record_of_no_interest_in_the_fetch_is_still_accounted_for() -> None:
    applied: list[str] = []
    kit = consumer(applied)
    # A valid event this consumer has no handler for: not applied, yet past it is committed.
    fetch = [record(0, 1), record(0, 2, "partnership.withdrawn"), record(3, 9)]
    await kit.process_many(fetch)
    assert applied == ["p-0-1", "p-3-9"]
    assert kit.stats.ignored == 1 and kit.stats.applied == 2
    assert kit._applied == {TopicPartition(TOPIC, 0): 3, TopicPartition(TOPIC, 3): 10}
