"""Statements built with SQLAlchemy, compiled once, and sent with asyncpg itself.

On a hot path SQLAlchemy's execution (its cache key, parameter processing, result rows) costs
more CPU than the round trip: ~0.15 ms a statement here, ~1 ms for a page of 50 rows. A
`Prepared` statement keeps what SQLAlchemy compiled — the SQL with asyncpg's `$1, $2, …`, the
order of its parameters and how their values are converted — and is run on the connection a
unit of work already holds, inside its transaction (`UnitOfWork.fetch`).

What asyncpg raises comes through as it is (`asyncpg.UniqueViolationError`, not SQLAlchemy's
wrapper); `shared.faults` knows both kinds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

import asyncpg
from sqlalchemy.dialects.postgresql.asyncpg import PGDialect_asyncpg
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.sql.expression import ClauseElement

_DIALECT = PGDialect_asyncpg()  # type: ignore[no-untyped-call]


@dataclass(frozen=True)
class Prepared:
    """A statement as asyncpg takes it."""

    sql: str
    names: tuple[str, ...]  # the bind parameters' names, as $1, $2, … number them
    constants: dict[str, Any]  # the values the statement holds itself
    conversions: dict[str, Callable[[Any], Any]]  # SQLAlchemy's, for the values that have one

    @classmethod
    def of(cls, statement: ClauseElement, columns: tuple[str, ...] | None = None) -> Prepared:
        """Compile `statement` (an INSERT: with the values of `columns`) once, to keep.

        A statement SQLAlchemy would still expand at execution (an `IN` of a list, a
        "post-compile" parameter) is refused: asyncpg would get the placeholder as it is.
        """
        compiled = statement.compile(
            dialect=_DIALECT, column_keys=list(columns) if columns is not None else None
        )
        if compiled.literal_execute_params or compiled.post_compile_params:  # type: ignore[attr-defined]
            raise ValueError("a prepared statement must not expand parameters at execution")
        names = tuple(compiled.positiontup or ())  # type: ignore[attr-defined]
        binds = {name: compiled.binds[name] for name in names}  # type: ignore[attr-defined]
        return cls(
            sql=compiled.string,
            names=names,
            constants={
                name: bind.value.value if isinstance(bind.value, Enum) else bind.value
                for name, bind in binds.items()
                if not bind.required
            },
            # What SQLAlchemy would do to these values before handing them to asyncpg (JSON
            # columns to text, ARRAY values into lists); a tuple there is for an expanded
            # tuple-IN, which the check above already refused.
            conversions={
                name: convert
                for name, convert in compiled._bind_processors.items()  # type: ignore[attr-defined]
                if name in binds and callable(convert)
            },
        )

    def arguments(self, values: Mapping[str, Any]) -> list[Any]:
        """The positional arguments: the given `values` and the statement's constants."""
        given = self.constants | dict(values)
        for name, convert in self.conversions.items():
            given[name] = convert(given[name])
        return [given[name] for name in self.names]


async def in_transaction(connection: AsyncConnection) -> asyncpg.Connection:
    """The asyncpg connection under SQLAlchemy's, inside the transaction SQLAlchemy opened.

    SQLAlchemy's asyncpg adapter sends BEGIN lazily, before the first statement *it* runs; a
    statement sent with asyncpg before that would run on its own and commit at once. So the
    transaction is begun here as the adapter would (no round trip more than it takes), unless
    the connection is in autocommit (`UnitOfWork.read_only_connection`). This reaches into the
    adapter (SQLAlchemy is pinned); `tests/integration/test_unit_of_work.py` fails if it stops
    holding.
    """
    raw = await connection.get_raw_connection()
    adapted = raw.dbapi_connection
    if adapted._transaction is None:  # type: ignore[union-attr]
        await adapted._start_transaction()  # type: ignore[union-attr]
    return _driver(raw)


async def driver_connection(connection: AsyncConnection) -> asyncpg.Connection:
    """The asyncpg connection under SQLAlchemy's, in whatever transaction that one is in."""
    return _driver(await connection.get_raw_connection())


def _driver(raw: PoolProxiedConnection) -> asyncpg.Connection:
    driver: asyncpg.Connection | None = raw.driver_connection
    assert driver is not None, "the connection is open: its holder checked it out"
    return driver
