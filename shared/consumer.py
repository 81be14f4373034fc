"""The idempotent consumer loop with dead-lettering, shared by every service.

For each record: parse the CloudEvent, look up its type in the catalogue, validate the payload,
then — in one transaction — record the event id in the inbox and apply the handler. Offsets are
committed only after that transaction commits, so a crash in between redelivers the record and
the inbox turns it into a no-op: at-least-once delivery, exactly-once effect.

The records of one fetch are applied in one transaction, in order (one commit, and one fsync,
for up to `batch_size` events instead of one each). If any handler in it fails, the whole
transaction rolls back and the fetch is applied again one record per transaction, where each
record gets its bounded retries — so a failure costs speed, never an effect or the order.

A record that cannot be applied (not a CloudEvent, unknown type, invalid payload, or a handler
that still fails after bounded retries) goes to `<topic>.dlq` with the reason in its headers, and
the loop moves on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import CommitFailedError, KafkaError
from aiokafka.structs import ConsumerRecord
from pydantic import ValidationError

from shared.catalogue import UnknownEventType, dlq_name, validate_payload
from shared.context import tracing
from shared.events import Event, MalformedEvent, from_kafka
from shared.kafka import make_producer, start_bounded, stop_quietly
from shared.outbox import prune_inbox
from shared.runtime import sleep_or_stop
from shared.uow import UnitOfWork, UnitOfWorkFactory

logger = logging.getLogger(__name__)

Handler = Callable[[UnitOfWork, Event], Awaitable[None]]


@dataclass
class ConsumerStats:
    applied: int = 0
    skipped_duplicates: int = 0
    ignored: int = 0
    dead_lettered: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)


class _CommitOnRevoke(ConsumerRebalanceListener):  # type: ignore[misc]
    """Commit what was applied before partitions move, so the next owner starts after it."""

    def __init__(self, loop: EventConsumer) -> None:
        self.loop = loop

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        await self.loop.commit_applied(only=set(revoked))

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        logger.info(
            "partitions assigned: %s", sorted(f"{tp.topic}:{tp.partition}" for tp in assigned)
        )


class EventConsumer:
    def __init__(
        self,
        *,
        group_id: str,
        topics: list[str],
        handlers: Mapping[str, Handler],
        unit_of_work: UnitOfWorkFactory,
        bootstrap: str,
        max_attempts: int = 3,
        retry_backoff: float = 0.5,
        batch_size: int = 200,
        kafka_timeout: float = 10.0,
        inbox_retention: timedelta = timedelta(days=7),
    ) -> None:
        self.group_id = group_id
        self.topics = topics
        self.handlers = handlers
        self.unit_of_work = unit_of_work
        self.bootstrap = bootstrap
        self.max_attempts = max_attempts
        self.retry_backoff = retry_backoff
        self.batch_size = batch_size
        self.kafka_timeout = kafka_timeout
        self.inbox_retention = inbox_retention
        self._last_prune = 0.0
        self.stats = ConsumerStats()
        self._consumer: AIOKafkaConsumer | None = None
        self._dlq_producer: AIOKafkaProducer | None = None
        self._applied: dict[TopicPartition, int] = {}

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until `stop` is set; on SIGTERM the batch in hand finishes and is committed."""
        while not stop.is_set():
            try:
                await self._consume(stop)
            except (KafkaError, TimeoutError, OSError) as exc:
                logger.warning("consumer lost Kafka (%s); restarting", exc.__class__.__name__)
                await self._close()
                await sleep_or_stop(stop, 1.0)
        await self._close()

    async def _consume(self, stop: asyncio.Event) -> None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap,
            group_id=self.group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            isolation_level="read_committed",
            request_timeout_ms=int(max(self.kafka_timeout, 5) * 4000),
        )
        self._consumer = consumer
        await asyncio.wait_for(consumer.start(), self.kafka_timeout)
        consumer.subscribe(self.topics, listener=_CommitOnRevoke(self))
        logger.info("consumer %s subscribed to %s", self.group_id, ", ".join(self.topics))
        while not stop.is_set():
            # A fetch is applied before the next one is made: a slow database slows the fetching
            # too, which is the back-pressure we want.
            batch = await consumer.getmany(timeout_ms=500, max_records=self.batch_size)
            await self.process_many([record for records in batch.values() for record in records])
            for tp, records in batch.items():
                self._applied[tp] = records[-1].offset + 1
            await self.commit_applied()
            await self._prune_now_and_then()

    async def _prune_now_and_then(self, every_seconds: float = 600.0) -> None:
        now = asyncio.get_running_loop().time()
        if now - self._last_prune < every_seconds:
            return
        self._last_prune = now
        async with self.unit_of_work() as uow:
            pruned = await prune_inbox(uow.session, self.inbox_retention)
        if pruned:
            logger.info("pruned %d inbox rows older than %s", pruned, self.inbox_retention)

    async def commit_applied(self, only: set[TopicPartition] | None = None) -> None:
        if self._consumer is None or not self._applied:
            return
        offsets = {tp: offset for tp, offset in self._applied.items() if only is None or tp in only}
        if not offsets:
            return
        try:
            await self._consumer.commit(offsets)
        except CommitFailedError:
            # Expected when a rebalance took the partition: the next owner may see these records
            # again, and the inbox makes that harmless.
            logger.info("offset commit lost to a rebalance; records will be skipped by the inbox")
        for tp in offsets:
            self._applied.pop(tp, None)

    async def process_many(self, records: list[ConsumerRecord[bytes, bytes]]) -> None:
        """Apply fetched records exactly once each, in order; dead-letter those that cannot be."""
        pending: list[tuple[ConsumerRecord[bytes, bytes], Event, Handler]] = []
        for record in records:
            prepared = await self._prepare(record)
            if prepared is not None:
                pending.append((record, *prepared))
        if len(pending) > 1:
            try:
                await self._apply_together([(event, handler) for _, event, handler in pending])
                return
            except Exception as exc:
                logger.warning(
                    "a batch of %d events failed together (%r); applying them one by one",
                    len(pending),
                    exc,
                )
        for record, event, handler in pending:
            await self._apply_with_retries(record, event, handler)

    async def _prepare(self, record: ConsumerRecord[bytes, bytes]) -> tuple[Event, Handler] | None:
        """The event and its handler; None when the record was dead-lettered or is not ours."""
        try:
            event = from_kafka(record.value, list(record.headers))
        except MalformedEvent as exc:
            await self.dead_letter(record, "malformed", str(exc))
            return None
        try:
            validate_payload(event.type, event.data)
        except UnknownEventType:
            await self.dead_letter(record, "unknown_type", f"unknown event type {event.type!r}")
            return None
        except ValidationError as exc:
            await self.dead_letter(record, "invalid_payload", _summarise(exc))
            return None
        handler = self.handlers.get(event.type)
        if handler is None:
            self.stats.ignored += 1  # a valid event this service has no interest in
            return None
        return event, handler

    async def _apply_with_retries(
        self, record: ConsumerRecord[bytes, bytes], event: Event, handler: Handler
    ) -> None:
        error: BaseException | None = None
        for attempt in range(1, self.max_attempts + 1):
            try:
                await self._apply_together([(event, handler)])
                return
            except Exception as exc:
                error = exc
                logger.warning(
                    "handler for %s failed (attempt %d of %d): %r",
                    event.type,
                    attempt,
                    self.max_attempts,
                    exc,
                    extra={"event_id": event.id},
                )
                await asyncio.sleep(self.retry_backoff * attempt)
        await self.dead_letter(
            record, "handler_failed", f"{self.max_attempts} attempts failed: {error!r}"
        )

    async def _apply_together(self, items: list[tuple[Event, Handler]]) -> None:
        """Claim each event in the inbox and apply it, all in one transaction, in order."""
        applied: list[Event] = []
        skipped: list[Event] = []
        async with self.unit_of_work() as uow:
            to_apply = await uow.claim_inbox(self.group_id, [event for event, _ in items])
            for event, handler in items:
                if event.id not in to_apply:
                    skipped.append(event)  # a redelivery, or a duplicate in this fetch
                    continue
                to_apply.discard(event.id)
                with tracing(event.correlationid, causation=event.id):
                    await handler(uow, event)
                    # What this handler wrote is visible to the next one's queries, raw SQL too.
                    await uow.session.flush()
                applied.append(event)
            await uow.commit()
        for event in skipped:
            logger.info("skipped %s %s: already applied", event.type, event.id)
        for event in applied:
            # Logged under the event's own ids: the line carries the originating request's id.
            with tracing(event.correlationid, causation=event.id):
                logger.info("applied %s %s", event.type, event.id, extra={"subject": event.subject})
        self.stats.skipped_duplicates += len(skipped)
        self.stats.applied += len(applied)

    async def dead_letter(
        self, record: ConsumerRecord[bytes, bytes], reason: str, error: str
    ) -> None:
        """Send the original record to `<topic>.dlq`, with why and where it came from."""
        producer = await self._ensure_dlq_producer()
        headers = [(name, value) for name, value in record.headers if not name.startswith("dlq_")]
        headers += [
            ("dlq_reason", reason.encode()),
            ("dlq_error", error[:2000].encode()),
            ("dlq_original_topic", record.topic.encode()),
            ("dlq_original_partition", str(record.partition).encode()),
            ("dlq_original_offset", str(record.offset).encode()),
            ("dlq_consumer_group", self.group_id.encode()),
            ("dlq_failed_at", datetime.now(UTC).isoformat().encode()),
        ]
        delivery = await producer.send(
            dlq_name(record.topic), value=record.value, key=record.key, headers=headers
        )
        await asyncio.wait_for(delivery, self.kafka_timeout)
        self.stats.dead_lettered += 1
        self.stats.by_reason[reason] = self.stats.by_reason.get(reason, 0) + 1
        logger.error(
            "dead-lettered a record from %s[%d]@%d: %s",
            record.topic,
            record.partition,
            record.offset,
            error,
            extra={"dlq_reason": reason},
        )

    async def _ensure_dlq_producer(self) -> AIOKafkaProducer:
        if self._dlq_producer is None:
            producer = make_producer(self.bootstrap, self.kafka_timeout)
            await start_bounded(producer, self.kafka_timeout)
            self._dlq_producer = producer
        return self._dlq_producer

    async def _close(self) -> None:
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            try:
                await self.commit_applied()
                # stop() leaves the group, so partitions move to the others at once.
                await asyncio.wait_for(consumer.stop(), self.kafka_timeout)
            except Exception as exc:
                logger.warning("consumer did not stop cleanly: %r", exc)
        self._applied.clear()
        if self._dlq_producer is not None:
            producer, self._dlq_producer = self._dlq_producer, None
            await stop_quietly(producer, self.kafka_timeout)


def _summarise(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in error['loc']) or '(root)'}: {error['msg']}"
        for error in exc.errors()
    )
