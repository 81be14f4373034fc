"""The outbox relay: publishes committed outbox rows to Kafka, in order, at least once.

One relay per database publishes at a time: it holds a PostgreSQL advisory lock, and any other
relay started beside it stands by until the lock frees (its holder died or stopped). That keeps
per-key order without partitioning keys between relays. Rows are still claimed with
`FOR UPDATE SKIP LOCKED`, so even a relay that wrongly believed it led could not publish a
row another is publishing.

A crash after publishing but before marking rows leaves them unpublished: they are sent again,
and consumers skip them by event id. LISTEN/NOTIFY wakes the relay as soon as a unit of work
commits; a safety poll picks up anything whose NOTIFY nobody heard.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import asyncpg
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from shared.events import stored_to_kafka
from shared.kafka import make_producer, start_bounded, stop_quietly
from shared.outbox import OUTBOX_CHANNEL
from shared.runtime import sleep_or_stop

logger = logging.getLogger(__name__)

# Any constant works: each service has its own database, so the lock is per service.
RELAY_LOCK_KEY = 0x0A11A2A


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
    ) -> None:
        self.dsn = dsn
        self.bootstrap = bootstrap
        self.batch_size = batch_size
        self.poll_interval = poll_interval
        self.kafka_timeout = kafka_timeout
        self.retention = retention
        self.idempotency_retention = idempotency_retention
        self.standby_interval = standby_interval
        self._producer: AIOKafkaProducer | None = None
        self._wake = asyncio.Event()
        self.published_total = 0

    async def run(self, stop: asyncio.Event) -> None:
        """Publish until `stop` is set; reconnects to the database and Kafka as needed."""
        while not stop.is_set():
            try:
                await self._lead(stop)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
                logger.warning("relay lost the database: %s; reconnecting", exc)
                await sleep_or_stop(stop, self.poll_interval)
        await self._drop_producer()

    async def _lead(self, stop: asyncio.Event) -> None:
        conn: asyncpg.Connection = await asyncpg.connect(self.dsn)
        try:
            if not await self._become_leader(conn, stop):
                return
            logger.info("relay leads; publishing outbox rows")
            await conn.add_listener(OUTBOX_CHANNEL, self._on_notify)
            last_prune = 0.0
            while not stop.is_set():
                # Cleared before reading, so a NOTIFY that lands mid-batch wakes the next wait.
                self._wake.clear()
                try:
                    published = await self.publish_batch(conn)
                except (TimeoutError, KafkaError) as exc:
                    await self._kafka_failed(exc, stop)
                    continue
                loop_time = asyncio.get_running_loop().time()
                if loop_time - last_prune > 60:
                    await self.prune(conn)
                    await self.prune_idempotency_keys(conn)
                    last_prune = loop_time
                if published < self.batch_size:
                    await self._wait_for_work(stop)
        finally:
            await conn.close(timeout=5)

    async def _become_leader(self, conn: asyncpg.Connection, stop: asyncio.Event) -> bool:
        while not stop.is_set():
            if await conn.fetchval("SELECT pg_try_advisory_lock($1)", RELAY_LOCK_KEY):
                return True
            await sleep_or_stop(stop, self.standby_interval)
        return False

    async def publish_batch(self, conn: asyncpg.Connection) -> int:
        """Publish up to one batch of unpublished rows, then mark them; returns how many."""
        async with conn.transaction():
            rows = await conn.fetch(
                "SELECT id, topic, envelope FROM outbox WHERE published_at IS NULL"
                " ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED",
                self.batch_size,
            )
            if not rows:
                return 0
            producer = await self._ensure_producer()
            # One deadline for the whole batch: queueing every record and awaiting every ack.
            async with asyncio.timeout(self.kafka_timeout):
                deliveries = []
                # Sent in id order; the idempotent producer keeps that order in each partition.
                for row in rows:
                    key, value, headers = stored_to_kafka(row["envelope"])
                    deliveries.append(
                        await producer.send(row["topic"], value=value, key=key, headers=headers)
                    )
                await asyncio.gather(*deliveries)
            await conn.execute(
                "UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])",
                [row["id"] for row in rows],
            )
        self.published_total += len(rows)
        return len(rows)

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
            producer = make_producer(self.bootstrap, self.kafka_timeout)
            await start_bounded(producer, self.kafka_timeout)
            self._producer = producer
        return self._producer

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

    async def _wait_for_work(self, stop: asyncio.Event) -> None:
        stop_wait = asyncio.ensure_future(stop.wait())
        wake_wait = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait(
                {stop_wait, wake_wait},
                timeout=self.poll_interval,
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
