"""The unit of work: the one owner of a transaction, committing state and its events together."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from shared.catalogue import spec_for, topic_name
from shared.context import causation_id, correlation_id
from shared.events import Event, to_kafka
from shared.kafka import MAX_RECORD_BYTES, record_size
from shared.outbox import OUTBOX_CHANNEL
from shared.web.problems import Problem


class EventTooLarge(Problem):
    """The change is valid but its event would be over the Kafka record size limit."""

    status, slug, title = 413, "event-too-large", "The change is too large to publish"


# The events a transaction recorded, written to the outbox at commit in one statement, in the
# order they were recorded (the sequence numbers them as the rows come, sorted by position), with
# the NOTIFY that wakes the relay. NOTIFY is transactional: the relay wakes only once these rows
# are visible. Each writer holds its aggregate's row lock until it commits, so per key the
# outbox order is still commit order.
_WRITE_OUTBOX = text(
    "WITH written AS ("
    " INSERT INTO outbox (event_id, topic, key, event_type, envelope)"
    " SELECT event_id, topic, key, event_type, CAST(envelope AS jsonb)"
    " FROM unnest(CAST(:event_ids AS text[]), CAST(:topics AS text[]), CAST(:keys AS text[]),"
    " CAST(:types AS text[]), CAST(:envelopes AS text[]))"
    " WITH ORDINALITY AS recorded(event_id, topic, key, event_type, envelope, position)"
    " ORDER BY position)"
    " SELECT pg_notify(:channel, '')"
)


# The claimed ids come back as one array in one row: a row each (up to a whole fetch of them)
# cost SQLAlchemy more Python than the rest of the claim.
_CLAIM_INBOX = text(
    "WITH claimed AS ("
    " INSERT INTO inbox (consumer_group, event_id, event_type)"
    " SELECT :group, id, type FROM unnest(CAST(:ids AS text[]), CAST(:types AS text[]))"
    " AS fetched(id, type) ON CONFLICT DO NOTHING RETURNING event_id)"
    " SELECT array_agg(event_id) FROM claimed"
)


class UnitOfWork:
    """`async with uow:` opens a transaction; `commit()` makes state and recorded events durable.

    Leaving the block without `commit()` rolls everything back, events included: nothing is
    published that was not committed.
    """

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        source: str,
        topic_prefix: str,
        max_event_bytes: int = MAX_RECORD_BYTES,
    ) -> None:
        self._sessions = sessions
        self._source = source
        self._topic_prefix = topic_prefix
        self._max_event_bytes = max_event_bytes
        self._session: AsyncSession | None = None
        self._reads_only = False
        self.recorded: list[Event] = []

    @property
    def session(self) -> AsyncSession:
        if self._session is None:
            raise RuntimeError("the unit of work is used outside `async with`")
        return self._session

    async def __aenter__(self) -> Self:
        self._session = self._sessions()
        self._reads_only = False
        self.recorded = []
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            # Detach what was loaded first, so rows read in the block stay readable after it
            # (a rollback would otherwise expire them).
            session.expunge_all()
            await session.rollback()
        finally:
            await session.close()
            self._session = None

    def record(self, event_type: str, subject: str, payload: BaseModel) -> Event:
        """Write an event to the outbox in this transaction; it is published after commit."""
        spec = spec_for(event_type)
        if not isinstance(payload, spec.payload):
            raise TypeError(
                f"{event_type} carries {spec.payload.__name__}, not {type(payload).__name__}"
            )
        event = Event(
            source=f"/alianza/{self._source}",
            type=event_type,
            subject=subject,
            dataschema=spec.dataschema,
            data=payload.model_dump(mode="json"),
            correlationid=correlation_id.get(),
            causationid=causation_id.get(),
        )
        # Refused here, while the caller can still be told, rather than set aside by the relay.
        size = record_size(*to_kafka(event))
        if size > self._max_event_bytes:
            raise EventTooLarge(
                f"its {event_type} event would be {size} bytes; the limit is"
                f" {self._max_event_bytes} bytes. Shorten the longest texts.",
                limit_bytes=self._max_event_bytes,
                size_bytes=size,
            )
        self.recorded.append(event)
        return event

    async def claim_inbox(self, consumer_group: str, events: list[Event]) -> set[str]:
        """Remember that this group applies `events`; returns the ids not applied before.

        One statement for a whole fetch. An id already in the inbox (a redelivery) is not
        returned; an id twice in `events` is claimed once.
        """
        result = await self.session.execute(
            _CLAIM_INBOX,
            {
                "group": consumer_group,
                "ids": [event.id for event in events],
                "types": [event.type for event in events],
            },
        )
        return set(result.scalar_one() or ())

    async def read_only_connection(self) -> AsyncConnection:
        """The connection for a read that is one statement: it runs without BEGIN and ROLLBACK
        around it (two round trips fewer), and one statement reads a consistent snapshot by
        itself. Only as the unit of work's first use; it commits nothing afterwards, so no write
        can slip out of a transaction through it. The pool gives the connection back with its
        transactions restored."""
        if self.session.in_transaction():
            raise RuntimeError("a read-only connection is the unit of work's first use")
        self._reads_only = True
        return await self.session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})

    async def commit(self) -> None:
        if self._reads_only:
            raise RuntimeError("this unit of work only reads: it has no transaction to commit")
        if self.recorded:
            await self.session.execute(
                _WRITE_OUTBOX,
                {
                    "event_ids": [event.id for event in self.recorded],
                    "topics": [self._topic_of(event.type) for event in self.recorded],
                    "keys": [event.subject for event in self.recorded],
                    "types": [event.type for event in self.recorded],
                    "envelopes": [event.model_dump_json() for event in self.recorded],
                    "channel": OUTBOX_CHANNEL,
                },
            )
        await self.session.commit()

    def _topic_of(self, event_type: str) -> str:
        return topic_name(self._topic_prefix, spec_for(event_type).stream)


UnitOfWorkFactory = Callable[[], UnitOfWork]
