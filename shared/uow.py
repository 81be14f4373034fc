"""The unit of work: the one owner of a transaction, committing state and its events together."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, Self

import asyncpg
import pydantic_core
from pydantic import BaseModel
from sqlalchemy import Table, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from shared.catalogue import spec_for, topic_name
from shared.context import causation_id, correlation_id
from shared.events import Event, to_kafka
from shared.kafka import MAX_RECORD_BYTES, record_size
from shared.outbox import OUTBOX_CHANNEL
from shared.prepared import Prepared, in_transaction
from shared.web.problems import Problem


class EventTooLarge(Problem):
    """The change is valid but its event would be over the Kafka record size limit."""

    status, slug, title = 413, "event-too-large", "The change is too large to publish"


# The events a transaction recorded, written to the outbox at commit in order (the sequence
# numbers them as the rows come, sorted by position), with the NOTIFY that wakes the relay.
# NOTIFY is transactional: the relay wakes only once these rows are visible. Each writer holds
# its aggregate's row lock until it commits, so per key the outbox order is still commit order.
_OUTBOX_ROWS = (
    "written AS ("
    " INSERT INTO outbox (event_id, topic, key, event_type, envelope)"
    " SELECT event_id, topic, key, event_type, CAST(envelope AS jsonb)"
    " FROM unnest(CAST(:event_ids AS text[]), CAST(:topics AS text[]), CAST(:keys AS text[]),"
    " CAST(:types AS text[]), CAST(:envelopes AS text[]))"
    " WITH ORDINALITY AS recorded(event_id, topic, key, event_type, envelope, position)"
    " ORDER BY position)"
)

_quote = postgresql.dialect().identifier_preparer.quote  # type: ignore[no-untyped-call]


@functools.lru_cache(maxsize=256)
def _commit_statement(appended: tuple[tuple[str, tuple[str, ...]], ...], events: bool) -> Prepared:
    """One statement for everything written at commit: the appended rows of each (table,
    columns), given as a JSON array each (`:rows_0`, `:rows_1`, …, one shape whatever the
    count), and the outbox rows with the NOTIFY when there are events."""
    parts = []
    for index, (table, columns) in enumerate(appended):
        names = ", ".join(_quote(column) for column in columns)
        # Identifiers only, each a declared table or column (`insert_at_commit` checks),
        # quoted; the values travel as parameters.
        table_name = _quote(table)
        parts.append(
            f"appended_{index} AS (INSERT INTO {table_name} ({names}) SELECT {names}"  # noqa: S608
            f" FROM jsonb_populate_recordset(NULL::{table_name}, CAST(:rows_{index} AS jsonb))"
            " WITH ORDINALITY AS given ORDER BY given.ordinality)"
        )
    if events:
        parts.append(_OUTBOX_ROWS)
    last = "SELECT pg_notify(:channel, '')" if events else "SELECT 1"
    return Prepared.of(text(f"WITH {', '.join(parts)} {last}"))


# The claimed ids come back as one array in one row: a row each (up to a whole fetch of them)
# cost SQLAlchemy more Python than the rest of the claim.
_CLAIM_INBOX = Prepared.of(
    text(
        "WITH claimed AS ("
        " INSERT INTO inbox (consumer_group, event_id, event_type)"
        " SELECT :group, id, type FROM unnest(CAST(:ids AS text[]), CAST(:types AS text[]))"
        " AS fetched(id, type) ON CONFLICT DO NOTHING RETURNING event_id)"
        " SELECT array_agg(event_id) FROM claimed"
    )
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
        self._appended: dict[tuple[str, tuple[str, ...]], list[Mapping[str, Any]]] = {}

    @property
    def session(self) -> AsyncSession:
        if self._session is None:
            raise RuntimeError("the unit of work is used outside `async with`")
        return self._session

    async def __aenter__(self) -> Self:
        self._session = self._sessions()
        self._reads_only = False
        self.recorded = []
        self._appended = {}
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

    def insert_at_commit(self, table: Table, rows: Iterable[Mapping[str, Any]]) -> None:
        """Insert new rows that nothing in this unit of work reads back (a step of a history, a
        version kept, a new draft's invitations) at commit, in the statement that writes the
        outbox: no round trip of their own. A query before the commit does not see them, and a
        constraint they break fails the commit. Rows of one table name the same columns (the
        others take their defaults) and are inserted in the order given."""
        for row in rows:
            key = (table.name, tuple(row))
            if key not in self._appended:
                if any(name == table.name for name, _ in self._appended):
                    raise ValueError(f"rows appended to {table.name} name different columns")
                if unknown := set(row) - set(table.columns.keys()):
                    raise ValueError(f"{table.name} has no column {sorted(unknown)}")
            self._appended.setdefault(key, []).append(row)

    async def fetch(self, statement: Prepared, values: Mapping[str, Any]) -> list[asyncpg.Record]:
        """Run a statement compiled once (`shared.prepared`) in this unit of work's
        transaction, with asyncpg itself; its rows as asyncpg gives them."""
        driver = await in_transaction(await self.session.connection())
        rows: list[asyncpg.Record] = await driver.fetch(statement.sql, *statement.arguments(values))
        return rows

    async def execute_many(self, statement: Prepared, rows: Sequence[Mapping[str, Any]]) -> None:
        """`fetch` for a statement that returns nothing, once per row, in one round trip."""
        driver = await in_transaction(await self.session.connection())
        await driver.executemany(statement.sql, [statement.arguments(row) for row in rows])

    async def claim_inbox(self, consumer_group: str, events: list[Event]) -> set[str]:
        """Remember that this group applies `events`; returns the ids not applied before.

        One statement for a whole fetch. An id already in the inbox (a redelivery) is not
        returned; an id twice in `events` is claimed once.
        """
        ((claimed,),) = await self.fetch(
            _CLAIM_INBOX,
            {
                "group": consumer_group,
                "ids": [event.id for event in events],
                "types": [event.type for event in events],
            },
        )
        return set(claimed or ())

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
        if self.recorded or self._appended:
            await self._write_at_commit()
        await self.session.commit()

    async def _write_at_commit(self) -> None:
        # Pending ORM changes first: an appended row may refer to one (a foreign key).
        await self.session.flush()
        values: dict[str, Any] = {
            f"rows_{index}": pydantic_core.to_json(rows).decode()
            for index, rows in enumerate(self._appended.values())
        }
        if self.recorded:
            values |= {
                "event_ids": [event.id for event in self.recorded],
                "topics": [self._topic_of(event.type) for event in self.recorded],
                "keys": [event.subject for event in self.recorded],
                "types": [event.type for event in self.recorded],
                "envelopes": [event.model_dump_json() for event in self.recorded],
                "channel": OUTBOX_CHANNEL,
            }
        await self.fetch(_commit_statement(tuple(self._appended), bool(self.recorded)), values)

    def _topic_of(self, event_type: str) -> str:
        return topic_name(self._topic_prefix, spec_for(event_type).stream)


UnitOfWorkFactory = Callable[[], UnitOfWork]
