"""The idempotent consumer loop with dead-lettering, shared by every service.

For each record: parse the CloudEvent, look up its type in the catalogue, validate the payload,
then — in one transaction — record the event id in the inbox and apply the handler. Offsets are
committed only after that transaction commits, so a crash in between redelivers the record and
the inbox turns it into a no-op: at-least-once delivery, exactly-once effect.

The records of one fetch are applied in one transaction, in order (one commit, and one fsync,
for up to `batch_size` events instead of one each). If any handler in it fails, the whole
transaction rolls back and the fetch is applied again one record per transaction, where each
record gets its bounded retries — so a failure costs speed, never an effect or the order.

Offsets are committed at most every `commit_interval` seconds while records keep coming, and at
once when a fetch comes back empty (the member has caught up), after a record was dead-lettered,
before partitions move and when stopping. At a steady trickle each fetch holds one event, and a
commit per fetch cost the broker and every consumer group a round trip per event; what a crash
leaves uncommitted is redelivered and skipped by the inbox, as it always was.
A handler wrapped in `Batched` is given each run of consecutive events it handles in one call,
so it can write their effects with one statement instead of one round trip per event.

The next fetch is made and its records parsed while the fetch in hand waits on the database
(one fetch ahead, no more, so a slow database still slows the fetching). It is applied only
after the one before it, and dropped — its partitions sought back to its first records — when
the fetch before it failed or partitions moved meanwhile.

Every failure is judged transient or permanent (`shared.faults`). A record that cannot be applied
(not a CloudEvent, unknown type, invalid payload, or a handler that still fails after bounded
retries) is permanent: it goes to `<topic>.dlq` with the reason in its headers, and the loop moves
on. A transient failure (the database away or busy, the broker gone) is never the record's
fault: the loop rewinds each partition to its first unhandled record, pauses them, keeps polling
so the group keeps its member, and tries again with capped backoff; nothing is dead-lettered and
no offset moves past an unapplied record, so per-key order holds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError
from aiokafka.structs import ConsumerRecord
from pydantic import ValidationError

from shared.catalogue import UnknownEventType, dlq_name, validate_payload
from shared.context import tracing
from shared.events import Event, KafkaHeaders, MalformedEvent, from_kafka
from shared.faultpoints import fault_point
from shared.faults import is_transient
from shared.kafka import (
    PLAINTEXT,
    KafkaSecurity,
    make_producer,
    start_bounded,
    stop_quietly,
    topic_retention,
)
from shared.outbox import prune_inbox
from shared.runtime import sleep_or_stop
from shared.uow import UnitOfWork, UnitOfWorkFactory

logger = logging.getLogger(__name__)

Handler = Callable[[UnitOfWork, Event], Awaitable[None]]
ManyHandler = Callable[[UnitOfWork, list[Event]], Awaitable[None]]
Records = list[ConsumerRecord[bytes, bytes]]

# Each of the last commit and leaving the group may take this long when stopping.
CLOSE_TIMEOUT_SECONDS = 2.0
METADATA_MAX_AGE_MS = 10_000
# While records keep coming, offsets are committed at most this often (see the module's account).
OFFSET_COMMIT_INTERVAL_SECONDS = 1.0
# Records parsed (~10 µs each) between two chances for the fetch in hand to read its database
# replies: each reply waits for the chunk being parsed. Measured with the consumer benchmark:
# 2-8 kept the overlap (0.87-0.94 of the raw consumer), 20 lost some (0.80), a whole fetch at
# once lost it all and more (0.75, against 0.79 with no fetch ahead).
PREPARE_CHUNK = 4
Work = tuple[Event, Handler]


def dead_letter_headers(
    headers: KafkaHeaders | tuple[tuple[str, bytes], ...],
    *,
    reason: str,
    error: str,
    topic: str,
    partition: int,
    offset: int,
    group: str,
    failed_at: datetime,
) -> KafkaHeaders:
    """The dead-lettered copy's headers: the original's (less any earlier `dlq_*`, from a replay
    that failed again) plus why, where from and by whom."""
    kept = [(name, value) for name, value in headers if not name.startswith("dlq_")]
    return [
        *kept,
        ("dlq_reason", reason.encode()),
        ("dlq_error", error[:2000].encode()),
        ("dlq_original_topic", topic.encode()),
        ("dlq_original_partition", str(partition).encode()),
        ("dlq_original_offset", str(offset).encode()),
        ("dlq_consumer_group", group.encode()),
        ("dlq_failed_at", failed_at.isoformat().encode()),
    ]


@dataclass(frozen=True)
class Batched:
    """A handler that applies a run of consecutive events in one call — for instance with one
    multi-row statement — with the same effect as applying them one by one in that order.

    The consumer hands it each run of claimed events of one fetch that map to this same handler
    (events of other types in between end a run), and single events when it applies a fetch one
    record at a time after a failure. Its effects must depend only on the events, in order: it
    runs under no one event's tracing context, so it must not record events of its own (they
    would carry no correlation id).
    """

    apply_many: ManyHandler

    async def __call__(self, uow: UnitOfWork, event: Event) -> None:
        await self.apply_many(uow, [event])


@dataclass(frozen=True)
class _Poison:
    """Why a record can never be applied, for its dead letter."""

    reason: str
    error: str


@dataclass
class ConsumerStats:
    applied: int = 0
    skipped_duplicates: int = 0
    ignored: int = 0
    dead_lettered: int = 0
    transient_waits: int = 0
    restarts: int = 0  # times the Kafka consumer was rebuilt after losing the broker
    offset_commits: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Fetch:
    """One fetch's records, each parsed and checked (`EventConsumer._prepare`), and the
    assignment they were fetched under (`EventConsumer._assignments` when the fetch began)."""

    records: Records
    prepared: list[Work | _Poison | None]
    assignment: int


class _Stopped(Exception):
    """The batch in hand was abandoned because the process is stopping."""


class _CommitOnRevoke(ConsumerRebalanceListener):  # type: ignore[misc]
    """Commit what was applied before partitions move, so the next owner starts after it."""

    def __init__(self, loop: EventConsumer) -> None:
        self.loop = loop

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        self.loop.assignment_changed()
        # Let the batch in hand finish first (bounded), so what it applies is committed now
        # and the next owner does not have to skip it through the inbox.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.loop.idle.wait(), self.loop.kafka_timeout)
        await self.loop.commit_applied(only=set(revoked))
        for tp in revoked:
            self.loop.forget(tp)

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        self.loop.assignment_changed()
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
        transient_backoff_max: float = 30.0,
        shutdown_grace: float = 5.0,
        security: KafkaSecurity = PLAINTEXT,
        commit_interval: float = OFFSET_COMMIT_INTERVAL_SECONDS,
    ) -> None:
        self.group_id = group_id
        self.security = security
        self.topics = topics
        self.handlers = handlers
        self.unit_of_work = unit_of_work
        self.bootstrap = bootstrap
        self.max_attempts = max_attempts
        self.retry_backoff = retry_backoff
        self.batch_size = batch_size
        self.kafka_timeout = kafka_timeout
        # None: keep every id (a consumed topic keeps its records for ever).
        self.inbox_retention: timedelta | None = inbox_retention
        self.transient_backoff_max = transient_backoff_max
        self.shutdown_grace = shutdown_grace
        self.commit_interval = commit_interval
        self._last_commit = 0.0
        self._commit_soon = False  # a record was dead-lettered: commit past it at once
        self._last_prune = 0.0
        self._retention_checked = False
        self._transient_delay = retry_backoff
        self.stats = ConsumerStats()
        self._consumer: AIOKafkaConsumer | None = None
        self._dlq_producer: AIOKafkaProducer | None = None
        # Next offset to commit per partition: every record before it is applied or set aside.
        self._applied: dict[TopicPartition, int] = {}
        # Set while no batch is being applied; a revocation waits for it.
        self.idle = asyncio.Event()
        self.idle.set()
        # Counts partition moves: a fetch made before one is dropped, not applied.
        self._assignments = 0

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until `stop` is set; on SIGTERM the batch in hand finishes and is committed."""
        while not stop.is_set():
            try:
                await self._consume(stop)
            except (KafkaError, TimeoutError, OSError) as exc:
                logger.warning("consumer lost Kafka (%s); restarting", exc.__class__.__name__)
                self.stats.restarts += 1
                await self._close()
                await sleep_or_stop(stop, 1.0)
            except _Stopped:
                break
        await self._close()

    async def _consume(self, stop: asyncio.Event) -> None:
        consumer = AIOKafkaConsumer(
            **self.security.client_options(),
            bootstrap_servers=self.bootstrap,
            group_id=self.group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            isolation_level="read_committed",
            request_timeout_ms=int(max(self.kafka_timeout, 5) * 4000),
            # A topic created just before (or after) the subscription, or one whose metadata the
            # broker had not spread yet, joins the assignment within this, not aiokafka's 5 min.
            metadata_max_age_ms=METADATA_MAX_AGE_MS,
        )
        self._consumer = consumer
        await asyncio.wait_for(consumer.start(), self.kafka_timeout)
        await self.check_inbox_retention()
        consumer.subscribe(self.topics, listener=_CommitOnRevoke(self))
        logger.info("consumer %s subscribed to %s", self.group_id, ", ".join(self.topics))
        ahead: asyncio.Future[_Fetch] | None = None
        try:
            while not stop.is_set():
                fetch = await ahead if ahead is not None else await self._fetch(consumer)
                ahead = None
                if fetch.assignment != self._assignments:
                    # Partitions moved since it was fetched: fetch again from where they stand.
                    self._rewind(consumer, fetch.records)
                    continue
                if fetch.records:
                    # Only one fetch ahead: a slow database still slows the fetching, which is
                    # the back-pressure we want.
                    ahead = asyncio.ensure_future(self._fetch(consumer))
                try:
                    await self._apply_or_abandon(fetch, stop)
                except Exception as exc:
                    if not is_transient(exc):
                        raise
                    if ahead is not None:
                        # Sought back first, so the failed fetch's own (earlier) offsets win.
                        self._rewind(consumer, (await ahead).records)
                        ahead = None
                    self._rewind(consumer, fetch.records)
                    await self._wait_out(consumer, stop, exc)
                    continue
                if fetch.records:
                    self._transient_delay = self.retry_backoff
                if not fetch.records or self._commit_due():
                    await self.commit_applied()
                await self._prune_now_and_then()
        finally:
            if ahead is not None:
                ahead.cancel()
                with contextlib.suppress(BaseException):
                    await ahead

    async def _fetch(self, consumer: AIOKafkaConsumer) -> _Fetch:
        """The next fetch, its records parsed and checked a chunk at a time, so that the fetch
        being applied meanwhile reads its database replies as they come."""
        assignment = self._assignments
        batch = await consumer.getmany(timeout_ms=500, max_records=self.batch_size)
        records = [record for records in batch.values() for record in records]
        prepared: list[Work | _Poison | None] = []
        for start in range(0, len(records), PREPARE_CHUNK):
            if start:
                await asyncio.sleep(0)
            prepared.extend(self._prepare(r) for r in records[start : start + PREPARE_CHUNK])
        return _Fetch(records, prepared, assignment)

    def assignment_changed(self) -> None:
        self._assignments += 1

    async def _apply_or_abandon(self, fetch: _Fetch, stop: asyncio.Event) -> None:
        """Apply the fetch; when asked to stop, give it `shutdown_grace` seconds, then drop it.

        A dropped batch rolls back whatever it had not committed; its records are fetched again
        after the restart, and those it did commit are skipped by the inbox.
        """
        if not fetch.records:
            return
        self.idle.clear()
        work = asyncio.ensure_future(self._process(fetch.records, fetch.prepared))
        stopping = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({work, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if not work.done():
                await asyncio.wait({work}, timeout=self.shutdown_grace)
            if not work.done():
                work.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await work
                logger.warning("stopping: abandoned a batch still waiting on its dependencies")
                raise _Stopped
            work.result()
        finally:
            stopping.cancel()
            self.idle.set()

    def _rewind(self, consumer: AIOKafkaConsumer, records: Records) -> None:
        """Seek each partition of a fetch that failed or was dropped back to its first record not
        yet handled."""
        assigned = consumer.assignment()
        first: dict[TopicPartition, int] = {}
        for record in records:
            tp = TopicPartition(record.topic, record.partition)
            first.setdefault(tp, record.offset)
        for tp, offset in first.items():
            if tp in assigned:
                consumer.seek(tp, max(offset, self._applied.get(tp, offset)))

    async def _wait_out(
        self, consumer: AIOKafkaConsumer, stop: asyncio.Event, error: BaseException
    ) -> None:
        """Hold every partition, paused, while a dependency is away; then try again.

        Polling goes on meanwhile, so the member keeps its partitions (no expulsion for
        exceeding `max.poll.interval.ms`) and heartbeats keep flowing. A partition assigned
        during the wait is paused too, and anything fetched for it is fetched again later.
        """
        self.stats.transient_waits += 1
        delay = self._transient_delay
        self._transient_delay = min(delay * 2, self.transient_backoff_max)
        logger.warning(
            "a dependency is unavailable (%r); holding %d partitions and retrying in %.1fs",
            error,
            len(consumer.assignment()),
            delay,
        )
        loop = asyncio.get_running_loop()
        deadline = loop.time() + delay
        consumer.pause(*consumer.assignment())
        try:
            while not stop.is_set() and (remaining := deadline - loop.time()) > 0:
                fetched = await consumer.getmany(timeout_ms=int(min(remaining, 0.5) * 1000) + 1)
                for tp, records in fetched.items():
                    consumer.seek(tp, records[0].offset)
                consumer.pause(*consumer.assignment())
        finally:
            consumer.resume(*consumer.assignment())

    async def check_inbox_retention(self) -> None:
        """Keep inbox ids at least as long as the consumed topics keep records.

        Otherwise an offset reset or a replay of a record older than the inbox would be applied a
        second time. Checked once per process, when the broker first answers.
        """
        if self._retention_checked or self.inbox_retention is None:
            return
        try:
            retention = await topic_retention(
                self.bootstrap, self.topics, self.kafka_timeout, self.security
            )
        except (KafkaError, TimeoutError, OSError) as exc:
            logger.warning("could not read the topics' retention (%r); will check again", exc)
            return
        self._retention_checked = True
        if any(kept is None for kept in retention.values()):
            logger.warning("a consumed topic keeps records for ever; inbox ids are kept for ever")
            self.inbox_retention = None
            return
        longest = max((kept for kept in retention.values() if kept is not None), default=None)
        if longest is not None and longest > self.inbox_retention:
            logger.warning(
                "inbox retention %s is shorter than the topics' %s; keeping ids for %s",
                self.inbox_retention,
                longest,
                longest,
            )
            self.inbox_retention = longest

    async def _prune_now_and_then(self, every_seconds: float = 600.0) -> None:
        now = asyncio.get_running_loop().time()
        if self.inbox_retention is None or now - self._last_prune < every_seconds:
            return
        self._last_prune = now
        try:
            async with self.unit_of_work() as uow:
                pruned = await prune_inbox(uow.session, self.inbox_retention)
        except Exception as exc:
            if not is_transient(exc):
                raise
            logger.warning("inbox pruning skipped: %r", exc)
            return
        if pruned:
            logger.info("pruned %d inbox rows older than %s", pruned, self.inbox_retention)

    def forget(self, tp: TopicPartition) -> None:
        """Drop what this member knew of a partition it no longer owns."""
        self._applied.pop(tp, None)

    def _commit_due(self) -> bool:
        return self._commit_soon or asyncio.get_running_loop().time() >= (
            self._last_commit + self.commit_interval
        )

    async def commit_applied(
        self,
        only: set[TopicPartition] | None = None,
        consumer: AIOKafkaConsumer | None = None,
        timeout: float | None = None,
    ) -> None:
        """Commit the offsets of applied records, for partitions this member still owns.

        A partition that moved away is not committed (its new owner decides; the inbox makes a
        redelivery harmless). A broker that does not answer in time keeps the offsets for the
        next commit instead of failing the loop.
        """
        consumer = consumer or self._consumer
        if consumer is None or not self._applied:
            return
        assigned = consumer.assignment()
        offsets = {
            tp: offset
            for tp, offset in self._applied.items()
            if (only is None or tp in only) and tp in assigned
        }
        for tp in [tp for tp in self._applied if tp not in assigned]:
            self.forget(tp)
        if not offsets:
            return
        self._last_commit = asyncio.get_running_loop().time()
        self._commit_soon = False
        try:
            await asyncio.wait_for(consumer.commit(offsets), timeout or self.kafka_timeout)
            self.stats.offset_commits += 1
        except (CommitFailedError, IllegalStateError) as exc:
            # Expected when a rebalance took the partition: the next owner may see these records
            # again, and the inbox makes that harmless.
            logger.info("offset commit lost to a rebalance (%s); the inbox covers it", exc)
        except (KafkaError, TimeoutError) as exc:
            logger.warning("offset commit failed (%r); will commit with the next batch", exc)
            return
        for tp, offset in offsets.items():
            if self._applied.get(tp) == offset:
                self.forget(tp)

    async def process_many(self, records: Records) -> None:
        """Apply fetched records exactly once each, in order; dead-letter those that cannot be.

        Raises on a transient failure, with every record handled before it accounted for in
        the offsets to commit; the caller waits and fetches the rest again.
        """
        await self._process(records, [self._prepare(record) for record in records])

    async def _process(self, records: Records, items: list[Work | _Poison | None]) -> None:
        """`process_many`, the records already prepared (`items[i]` is `records[i]`'s)."""
        prepared = list(zip(records, items, strict=True))
        pending = [item for item in items if isinstance(item, tuple)]
        # Counted here, not when parsed: a fetch parsed ahead may be dropped and fetched again.
        self.stats.ignored += items.count(None)
        applied_together = False
        if len(pending) > 1:
            try:
                await self._apply_together(pending)
                applied_together = True
            except Exception as exc:
                if is_transient(exc):
                    raise
                logger.warning(
                    "a batch of %d events failed together (%r); applying them one by one",
                    len(pending),
                    exc,
                )
        if applied_together and len(pending) == len(records):
            self._handled_all(records)  # nothing to set aside: the whole fetch is done
            return
        # In offset order, so a transient failure leaves everything before it accounted for.
        for record, item in prepared:
            if isinstance(item, _Poison):
                await self.dead_letter(record, item.reason, item.error)
            elif item is not None and not applied_together:
                await self._apply_with_retries(record, *item)
            self._handled(record)

    def _handled(self, record: ConsumerRecord[bytes, bytes]) -> None:
        tp = TopicPartition(record.topic, record.partition)
        self._applied[tp] = max(self._applied.get(tp, 0), record.offset + 1)

    def _handled_all(self, records: Records) -> None:
        """`_handled` for a whole fetch: each partition's last record is the one that counts."""
        last: dict[tuple[str, int], int] = {}
        for record in records:
            last[record.topic, record.partition] = record.offset
        for (topic, partition), offset in last.items():
            tp = TopicPartition(topic, partition)
            self._applied[tp] = max(self._applied.get(tp, 0), offset + 1)

    def _prepare(self, record: ConsumerRecord[bytes, bytes]) -> Work | _Poison | None:
        """The event and its handler, why the record is poison, or None when it is not ours."""
        try:
            event = from_kafka(record.value, list(record.headers))
        except MalformedEvent as exc:
            return _Poison("malformed", str(exc))
        try:
            validate_payload(event.type, event.data)
        except UnknownEventType:
            return _Poison("unknown_type", f"unknown event type {event.type!r}")
        except ValidationError as exc:
            return _Poison("invalid_payload", _summarise(exc))
        handler = self.handlers.get(event.type)
        if handler is None:
            return None  # a valid event this service has no interest in
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
                if is_transient(exc):
                    raise  # not this record's fault: the loop waits and tries it again
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
            claimed: list[tuple[Event, Handler]] = []
            for event, handler in items:
                if event.id not in to_apply:
                    skipped.append(event)  # a redelivery, or a duplicate in this fetch
                    continue
                to_apply.discard(event.id)
                claimed.append((event, handler))
            for run, handler in handler_runs(claimed):
                if isinstance(handler, Batched) and len(run) > 1:
                    await handler.apply_many(uow, run)
                else:
                    (event,) = run
                    with tracing(event.correlationid, causation=event.id):
                        await handler(uow, event)
                # What this handler wrote is visible to the next one's queries, raw SQL too.
                await uow.session.flush()
                applied.extend(run)
            await uow.commit()
        # The crash window the inbox exists for: effects committed, offsets not.
        await fault_point("consumer.effect_committed")
        self.stats.skipped_duplicates += len(skipped)
        self.stats.applied += len(applied)
        if not logger.isEnabledFor(logging.INFO):
            return  # no line to write: no event's ids to put in place for one
        for event in skipped:
            logger.info("skipped %s %s: already applied", event.type, event.id)
        for event in applied:
            # Logged under the event's own ids: the line carries the originating request's id.
            with tracing(event.correlationid, causation=event.id):
                logger.info("applied %s %s", event.type, event.id, extra={"subject": event.subject})

    async def dead_letter(
        self, record: ConsumerRecord[bytes, bytes], reason: str, error: str
    ) -> None:
        """Send the original record to `<topic>.dlq`, with why and where it came from."""
        producer = await self._ensure_dlq_producer()
        headers = dead_letter_headers(
            record.headers,
            reason=reason,
            error=error,
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            group=self.group_id,
            failed_at=datetime.now(UTC),
        )
        try:
            delivery = await producer.send(
                dlq_name(record.topic), value=record.value, key=record.key, headers=headers
            )
            await asyncio.wait_for(delivery, self.kafka_timeout)
        except BaseException:
            # The broker is away (the loop waits and comes back to this record): start the
            # next try with a fresh producer rather than one with a stale queue.
            self._dlq_producer = None
            await stop_quietly(producer, min(self.kafka_timeout, CLOSE_TIMEOUT_SECONDS))
            raise
        self.stats.dead_lettered += 1
        self._commit_soon = True  # redelivered after a crash, it would be dead-lettered twice
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
            producer = make_producer(self.bootstrap, self.kafka_timeout, self.security)
            await start_bounded(producer, self.kafka_timeout)
            self._dlq_producer = producer
        return self._dlq_producer

    async def _close(self) -> None:
        # Short bounds: a process asked to stop must be gone within seconds even with the broker
        # away; what is not committed now is redelivered and skipped by the inbox.
        bound = min(self.kafka_timeout, CLOSE_TIMEOUT_SECONDS)
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            try:
                await self.commit_applied(consumer=consumer, timeout=bound)
                # stop() leaves the group, so partitions move to the others at once.
                await asyncio.wait_for(consumer.stop(), bound)
            except Exception as exc:
                logger.warning("consumer did not stop cleanly: %r", exc)
        self._applied.clear()
        if self._dlq_producer is not None:
            producer, self._dlq_producer = self._dlq_producer, None
            await stop_quietly(producer, bound)


def handler_runs(items: list[tuple[Event, Handler]]) -> list[tuple[list[Event], Handler]]:
    """Group the events into runs for their handlers, in order: consecutive events of one
    `Batched` handler form one run; every other event is a run of its own."""
    runs: list[tuple[list[Event], Handler]] = []
    for event, handler in items:
        if runs and isinstance(handler, Batched) and runs[-1][1] is handler:
            runs[-1][0].append(event)
        else:
            runs.append(([event], handler))
    return runs


def _summarise(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in error['loc']) or '(root)'}: {error['msg']}"
        for error in exc.errors()
    )
