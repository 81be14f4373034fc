"""The outbox relay: publishes committed outbox rows to Kafka, in order, at least once.

One relay per database publishes at a time: it holds a PostgreSQL advisory lock, and any other
relay started beside it stands by until the lock frees (its holder died or stopped). That keeps
per-key order without partitioning keys between relays. Rows are still claimed with
`FOR UPDATE SKIP LOCKED`, so even a relay that wrongly believed it led could not publish a
row another is publishing.

Through a backlog the relay claims and sends the next batch on a second connection while the
one before is acknowledged, leaving out that batch's keys (`publish_backlog`).

A crash after publishing but before marking rows leaves them unpublished: they are sent again,
and consumers skip them by event id. LISTEN/NOTIFY wakes the relay as soon as a unit of work
commits; a safety poll picks up anything whose NOTIFY nobody heard.

A row that can never become a Kafka record — its envelope is malformed, the record would be over
the size limit, its topic is still missing after `missing_topic_grace` — is set aside
(quarantined) with its reason instead of stopping the relay; rows of other keys go on, and later
rows of the *same* key wait behind it, so per-key order holds. An operator fixes the cause and
releases it (`alianza outbox`).

A missing topic is first taken for one not created *yet* (a broker that has just come up, a topic
operator that has not caught up): its rows wait, in order, and are set aside only once the topic
has stayed missing for the whole grace — a misnamed topic never appears.

Every wait is bounded: Kafka by `kafka_timeout`, the database by the connection's timeouts. The
leader's session also carries a short idle timeout, so when its connection dies silently (a
black-holed route) the server ends the session and frees the advisory lock for a standby.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import asyncpg
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from aiokafka.producer.message_accumulator import BatchBuilder
from asyncpg.transaction import Transaction

from shared.db import DatabaseTimeouts, connect
from shared.events import STORED_RECORD_COLUMNS, KafkaHeaders, compact_value, stored_to_kafka
from shared.faultpoints import fault_point
from shared.faults import is_transient
from shared.kafka import (
    MAX_RECORD_BYTES,
    PLAINTEXT,
    KafkaSecurity,
    keyed_partition,
    make_producer,
    record_size,
    start_bounded,
    stop_quietly,
)
from shared.outbox import OUTBOX_CHANNEL
from shared.runtime import sleep_or_stop

logger = logging.getLogger(__name__)

# Any constant works: each service has its own database, so the lock is per service.
RELAY_LOCK_KEY = 0x0A11A2A

# Unpublished rows in id order, skipping those set aside and every later row of their keys, and
# every row of the keys given ($2: those of the batch still in flight).
CLAIM = f"""
    SELECT id, topic, key, {STORED_RECORD_COLUMNS} FROM outbox o
    WHERE published_at IS NULL AND quarantined_at IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM outbox q
        WHERE q.quarantined_at IS NOT NULL AND q.published_at IS NULL
          AND q.key = o.key AND q.id < o.id
      )
      AND o.key <> ALL($2::text[])
    ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
"""  # noqa: S608 - only constants are formatted in


# The claim must walk `outbox_unpublished` in id order and stop after a batch. With a row estimate
# gone stale — a backlog grown since the last ANALYZE, as after an outage, when the relay has the
# most to do — the planner bitmap-scanned every unpublished row and sorted them instead, for each
# batch: 20-50 ms a claim at a 20 000-row backlog and growing with it, against 1 ms. The relay's
# sessions run nothing that needs either plan.
CLAIM_PLAN = {"enable_bitmapscan": "off", "enable_sort": "off"}

KafkaRecord = tuple[bytes, bytes, KafkaHeaders]

# While rows wait for a missing topic the relay looks again this often, however long its poll:
# the topic's creation sends no NOTIFY, and a poll may be minutes apart.
MISSING_TOPIC_RECHECK_SECONDS = 1.0


@dataclass
class _Queued:
    """What queueing a batch's rows gave: the ids sent (their acks pending), the ids set aside
    with their reasons, and the acks to await."""

    sent: list[int] = field(default_factory=list)
    set_aside: dict[int, str] = field(default_factory=dict)
    deliveries: list[asyncio.Future[Any]] = field(default_factory=list)


@dataclass
class _Batch:
    """A claimed batch whose records are queued; its rows stay locked in `transaction` until
    `_settle` marks them and commits, or rolls back."""

    conn: asyncpg.Connection
    transaction: Transaction
    # Loop time by which everything Kafka does for the batch must be done.
    deadline: float
    full: bool
    # Claimed while another batch was in flight, its keys left out.
    held_back: bool
    keys: frozenset[str]
    queued: _Queued


class KafkaUnavailable(Exception):
    """The broker did not take a batch in time; its rows stay in the outbox for the next try."""


class OutboxRelay:
    def __init__(
        self,
        *,
        dsn: str,
        bootstrap: str,
        batch_size: int = 500,
        poll_interval: float = 1.0,
        kafka_timeout: float = 10.0,
        retention: timedelta = timedelta(hours=72),
        idempotency_retention: timedelta = timedelta(hours=24),
        standby_interval: float = 1.0,
        max_record_bytes: int = MAX_RECORD_BYTES,
        database_timeouts: DatabaseTimeouts | None = None,
        session_timeout: float = 15.0,
        missing_topic_grace: float = 120.0,
        security: KafkaSecurity = PLAINTEXT,
    ) -> None:
        self.dsn = dsn
        self.bootstrap = bootstrap
        self.security = security
        self.batch_size = batch_size
        self.poll_interval = poll_interval
        self.kafka_timeout = kafka_timeout
        self.retention = retention
        self.idempotency_retention = idempotency_retention
        self.standby_interval = standby_interval
        self.max_record_bytes = max_record_bytes
        self.database_timeouts = database_timeouts or DatabaseTimeouts()
        self.session_timeout = session_timeout
        self.missing_topic_grace = missing_topic_grace
        # When this relay first found each topic missing (loop time); gone once it appears.
        self._missing_since: dict[str, float] = {}
        # Whether the last batch left rows waiting for a missing topic.
        self._rows_wait_for_topics = False
        self.quarantined_total = 0
        self._producer: AIOKafkaProducer | None = None
        self._wake = asyncio.Event()
        self.published_total = 0

    async def run(self, stop: asyncio.Event) -> None:
        """Publish until `stop` is set; reconnects to the database and Kafka as needed."""
        while not stop.is_set():
            try:
                await self._lead(stop)
            except Exception as exc:
                # Any database error is waited out: the relay has no input of its own to set
                # aside (a row that cannot be sent is quarantined inside the batch). Anything
                # else that is not a dependency being away is a bug: say so and die, to be
                # restarted.
                if not (isinstance(exc, asyncpg.PostgresError) or is_transient(exc)):
                    logger.exception("relay stopped by an unexpected error")
                    raise
                logger.warning(
                    "relay lost the database or the broker: %s: %s; reconnecting",
                    exc.__class__.__name__,
                    exc,
                )
                await sleep_or_stop(stop, self.poll_interval)
        await self._drop_producer()

    async def _lead(self, stop: asyncio.Event) -> None:
        # A session that stops talking (its route black-holed, its process frozen) is ended by
        # the server after the session timeout, releasing the lock; a live relay talks every
        # second.
        conn = await self.connect(idle_session_timeout=self._session_timeout_ms())
        spare: asyncpg.Connection | None = None
        try:
            if not await self._become_leader(conn, stop):
                return
            # The second connection claims the next batch while one is in flight. It holds no
            # lock between batches, so only a transaction left open ends its session.
            spare = await self.connect()
            logger.info("relay leads; publishing outbox rows")
            await conn.add_listener(OUTBOX_CHANNEL, self._on_notify)
            last_prune = 0.0
            while not stop.is_set():
                # Cleared before reading, so a NOTIFY that lands mid-batch wakes the next wait.
                self._wake.clear()
                try:
                    drained = await self.publish_backlog(conn, spare)
                except KafkaUnavailable as exc:
                    await self._kafka_failed(exc.__cause__ or exc, stop)
                    continue
                loop_time = asyncio.get_running_loop().time()
                if loop_time - last_prune > 60:
                    await self.prune(conn)
                    await self.prune_idempotency_keys(conn)
                    last_prune = loop_time
                if drained:
                    await self._wait_for_work(stop, self._next_look())
        finally:
            if spare is not None:
                await spare.close(timeout=5)
            await conn.close(timeout=5)

    async def connect(self, **server_settings: str) -> asyncpg.Connection:
        """A connection as the relay uses it: a transaction left open (a silent route, a frozen
        process) is ended after the session timeout, and claims are planned as `CLAIM_PLAN`
        says."""
        return await connect(
            self.dsn,
            self.database_timeouts,
            idle_in_transaction_session_timeout=self._session_timeout_ms(),
            **CLAIM_PLAN,
            **server_settings,
        )

    def _session_timeout_ms(self) -> str:
        # It must outlast a batch's Kafka wait, which happens inside a transaction.
        return str(int(max(self.session_timeout, self.kafka_timeout + 5) * 1000))

    async def _become_leader(self, conn: asyncpg.Connection, stop: asyncio.Event) -> bool:
        while not stop.is_set():
            if await conn.fetchval("SELECT pg_try_advisory_lock($1)", RELAY_LOCK_KEY):
                return True
            await sleep_or_stop(stop, self.standby_interval)
        return False

    async def publish_batch(self, conn: asyncpg.Connection) -> int:
        """Publish up to one batch of unpublished rows, then mark them; returns how many rows
        were handled (published or set aside)."""
        self._rows_wait_for_topics = False
        batch = await self._claim(conn, frozenset())
        return 0 if batch is None else await self._settle(batch)

    async def publish_backlog(self, conn: asyncpg.Connection, spare: asyncpg.Connection) -> bool:
        """Publish what the outbox holds, a batch at a time; returns whether it is drained.

        While a batch's acks come in and its rows are marked on one connection, the next batch
        is claimed and queued on the other, leaving out every key of the batch in flight: should
        that batch fail, no later row of its keys has gone to Kafka ahead of it. A batch smaller
        than `batch_size` is the outbox's tail and is settled on its own."""
        self._rows_wait_for_topics = False
        batch = await self._claim(conn, frozenset())
        while batch is not None and batch.full:
            settling = asyncio.create_task(self._settle(batch))
            try:
                following = await self._claim(spare, batch.keys)
            except BaseException:
                # The batch in flight still commits or rolls back on its own.
                await asyncio.gather(settling, return_exceptions=True)
                raise
            try:
                await settling
            except BaseException:
                if following is not None:
                    # Its records may reach Kafka; its rows are sent again (at least once).
                    await _roll_back(following.transaction)
                raise
            if following is None:
                return False  # only rows of the keys just in flight may be left: look again
            spare, batch = batch.conn, following
        if batch is None:
            return True
        await self._settle(batch)
        return not batch.held_back

    async def _claim(
        self, conn: asyncpg.Connection, keys_in_flight: frozenset[str]
    ) -> _Batch | None:
        """Claim the next rows in id order, none of a key in `keys_in_flight`, and queue their
        records; None when there are none. The rows stay locked in a transaction that `_settle`
        ends.

        The producer is started before the transaction opens, and everything Kafka does for the
        batch shares one deadline, so the transaction stays open at most `kafka_timeout` plus the
        database's own time — within the session's idle-in-transaction limit, which ends a
        session that outstays it (the relay then meets a dead connection mid-batch)."""
        try:
            producer = await self._ensure_producer()
        except (TimeoutError, KafkaError) as exc:
            raise KafkaUnavailable(str(exc)) from exc
        transaction = conn.transaction()
        await transaction.start()
        try:
            rows = await conn.fetch(CLAIM, self.batch_size, list(keys_in_flight))
            if not rows:
                await transaction.commit()
                return None
            deadline = asyncio.get_running_loop().time() + self.kafka_timeout
            try:
                async with asyncio.timeout_at(deadline):
                    topics = {r["topic"] for r in rows}
                    missing_topics = await self._missing_topics(producer, topics)
                    queued = await self._queue(producer, rows, missing_topics)
            except (TimeoutError, KafkaError) as exc:
                raise KafkaUnavailable(str(exc)) from exc
        except BaseException:
            await _roll_back(transaction)
            raise
        return _Batch(
            conn=conn,
            transaction=transaction,
            deadline=deadline,
            full=len(rows) == self.batch_size,
            held_back=bool(keys_in_flight),
            keys=frozenset(r["key"] for r in rows),
            queued=queued,
        )

    async def _settle(self, batch: _Batch) -> int:
        """Await the batch's acks, then mark its rows and commit; returns how many rows were
        handled. Without every ack in time the transaction rolls back: every row stays for the
        next try, and nothing is marked published before its ack."""
        queued = batch.queued
        try:
            try:
                async with asyncio.timeout_at(batch.deadline):
                    await asyncio.gather(*queued.deliveries)
            except (TimeoutError, KafkaError) as exc:
                raise KafkaUnavailable(str(exc)) from exc
            # The window at-least-once covers: the broker has the records, the rows say unsent.
            await fault_point("relay.acked")
            if queued.sent:
                await batch.conn.execute(
                    "UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])",
                    queued.sent,
                )
            for row_id, reason in queued.set_aside.items():
                await batch.conn.execute(
                    "UPDATE outbox SET quarantined_at = now(), quarantine_reason = $2"
                    " WHERE id = $1",
                    row_id,
                    reason,
                )
            await batch.transaction.commit()
        except BaseException:
            await _roll_back(batch.transaction)
            raise
        for row_id, reason in queued.set_aside.items():
            logger.error("outbox row %d set aside: %s", row_id, reason)
        self.published_total += len(queued.sent)
        self.quarantined_total += len(queued.set_aside)
        return len(queued.sent) + len(queued.set_aside)

    async def _queue(
        self, producer: AIOKafkaProducer, rows: list[asyncpg.Record], missing_topics: set[str]
    ) -> _Queued:
        """Queue the records of the rows that can be records, in id order, without awaiting
        their acks. Rows after a set-aside row of the same key are left waiting, and so are the
        rows of a topic still within its grace, with the rest of their keys.

        Records are appended to one batch per partition and each batch handed to the producer
        whole (`send_batch`): one ack to await per batch instead of per record (the relay's CPU
        per 20 000 rows went from 0.66 to 0.51 s). A partition's batches go out in the order they
        fill, so each key's records keep their id order."""
        queued = _Queued()
        blocked_keys: set[str] = set()
        filling: dict[tuple[str, int], BatchBuilder] = {}
        # Each topic's partitions, asked once a batch (waiting for its metadata if need be).
        partitions: dict[str, list[int]] = {}
        for row in rows:
            if row["key"] in blocked_keys:
                continue
            if row["topic"] in missing_topics and not self._waited_long_enough(row["topic"]):
                blocked_keys.add(row["key"])
                self._rows_wait_for_topics = True
                continue
            record, reason = self._record_for(row, missing_topics)
            if record is not None:
                key, value, headers = record
                topic = row["topic"]
                if topic not in partitions:
                    partitions[topic] = sorted(await producer.partitions_for(topic))
                destination = (topic, keyed_partition(key, partitions[topic], partitions[topic]))
                batch = filling.get(destination)
                if (
                    batch is None
                    or batch.append(key=key, value=value, timestamp=None, headers=headers) is None
                ):
                    if batch is not None:
                        queued.deliveries.append(await _send_batch(producer, batch, destination))
                    # A batch takes its first record whatever its size: the record-size check
                    # above is what keeps a record within the broker's limit.
                    batch = filling[destination] = producer.create_batch()
                    batch.append(key=key, value=value, timestamp=None, headers=headers)
                queued.sent.append(row["id"])
            if reason is not None:
                queued.set_aside[row["id"]] = reason
                blocked_keys.add(row["key"])
        for destination, batch in filling.items():
            queued.deliveries.append(await _send_batch(producer, batch, destination))
        return queued

    def _record_for(
        self, row: asyncpg.Record, missing_topics: set[str]
    ) -> tuple[KafkaRecord, None] | tuple[None, str]:
        """The row's record, or why it can never be one."""
        if row["topic"] in missing_topics:
            return None, (
                f"topic {row['topic']!r} does not exist"
                f" (still missing after {self.missing_topic_grace:g} s)"
            )
        try:
            record = stored_to_kafka(row)
        except Exception as exc:
            return None, f"the stored envelope cannot be read: {exc!r}"[:1000]
        size = record_size(*record)
        if size > self.max_record_bytes:
            # The unit of work measured the compact JSON; PostgreSQL's has a space after each
            # `:` and `,`. Only a record near the limit is worth encoding again.
            key, value, headers = record
            record = key, compact_value(value), headers
            size = record_size(*record)
        if size > self.max_record_bytes:
            return None, f"the record is {size} bytes, over the limit of {self.max_record_bytes}"
        return record, None

    async def _missing_topics(self, producer: AIOKafkaProducer, topics: set[str]) -> set[str]:
        """Topics of this batch the broker does not have; asks it only about unknown names, and
        notes since when each has been missing."""
        unknown = topics - producer.client.cluster.topics()
        missing: set[str] = set()
        if unknown:
            cluster = await producer.client.fetch_all_metadata()
            missing = unknown - cluster.topics()
        now = asyncio.get_running_loop().time()
        for topic in topics:
            if topic not in missing:
                self._missing_since.pop(topic, None)
            elif topic not in self._missing_since:
                self._missing_since[topic] = now
                logger.warning(
                    "topic %r does not exist; its rows wait up to %g s for it before being set"
                    " aside",
                    topic,
                    self.missing_topic_grace,
                )
        return missing

    def _waited_long_enough(self, topic: str) -> bool:
        waited = asyncio.get_running_loop().time() - self._missing_since[topic]
        return waited >= self.missing_topic_grace

    async def prune(self, conn: asyncpg.Connection, batch: int = 5000) -> int:
        """Delete published rows past retention, a batch at a time so no lock is held long."""
        return await _delete_in_batches(
            conn,
            "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox"
            " WHERE published_at < now() - $1::interval LIMIT $2)",
            self.retention,
            batch,
        )

    async def prune_idempotency_keys(self, conn: asyncpg.Connection, batch: int = 5000) -> int:
        """Forget stored answers to `Idempotency-Key` requests past their retention.

        The relay is the one process per service database that already does housekeeping; a
        key older than this is treated as new if it comes again.
        """
        return await _delete_in_batches(
            conn,
            "DELETE FROM idempotency_keys WHERE (client_id, key) IN (SELECT client_id, key"
            " FROM idempotency_keys WHERE created_at < now() - $1::interval LIMIT $2)",
            self.idempotency_retention,
            batch,
        )

    async def _ensure_producer(self) -> AIOKafkaProducer:
        if self._producer is None:
            producer = make_producer(self.bootstrap, self.kafka_timeout, self.security)
            await start_bounded(producer, self.kafka_timeout)
            self._producer = producer
        return self._producer

    async def close(self) -> None:
        """Stop the producer; `run` does this itself when it returns."""
        await self._drop_producer()

    async def _drop_producer(self) -> None:
        if self._producer is not None:
            producer, self._producer = self._producer, None
            await stop_quietly(producer, self.kafka_timeout)

    async def _kafka_failed(self, exc: BaseException, stop: asyncio.Event) -> None:
        # The claim was rolled back with the transaction: the rows wait in the outbox.
        logger.warning("relay cannot publish (%s); recreating the producer", exc.__class__.__name__)
        await self._drop_producer()
        await sleep_or_stop(stop, self.poll_interval)

    def _on_notify(self, *_: object) -> None:
        self._wake.set()

    def _next_look(self) -> float:
        if self._rows_wait_for_topics:
            return min(self.poll_interval, MISSING_TOPIC_RECHECK_SECONDS)
        return self.poll_interval

    async def _wait_for_work(self, stop: asyncio.Event, timeout: float) -> None:
        stop_wait = asyncio.ensure_future(stop.wait())
        wake_wait = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait(
                {stop_wait, wake_wait},
                timeout=timeout,
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            stop_wait.cancel()
            wake_wait.cancel()


async def _delete_in_batches(
    conn: asyncpg.Connection, statement: str, older_than: timedelta, batch: int
) -> int:
    deleted = 0
    while True:
        status = await conn.execute(statement, older_than, batch)
        count = int(status.split()[-1])
        deleted += count
        if count < batch:
            return deleted


async def _send_batch(
    producer: AIOKafkaProducer, batch: BatchBuilder, destination: tuple[str, int]
) -> asyncio.Future[Any]:
    batch.close()  # nothing else may be appended once it is handed over
    topic, partition = destination
    delivery: asyncio.Future[Any] = await producer.send_batch(batch, topic, partition=partition)
    return delivery


async def _roll_back(transaction: Transaction) -> None:
    """Roll back, keeping the error that led here: on a lost connection the rollback fails too,
    and the server has ended the transaction anyway."""
    with contextlib.suppress(Exception):
        await transaction.rollback()
