"""Cursor pagination: an opaque cursor naming the last row seen, in a stable (time, id) order."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Annotated, Generic, Protocol, TypeVar

from fastapi import Query
from pydantic import BaseModel

from shared.web.problems import InvalidInput

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 200

# The `limit` query parameter of every list endpoint.
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


# `<microseconds since 1970 UTC>.<the row id's UTF-8 in hex>`. Opaque to callers, but every string
# the pattern admits decodes to a position, so the schema states exactly what the server accepts
# (a cursor for a row that no longer exists simply continues after where it stood).
# No byte of the id is 00: PostgreSQL text cannot hold NUL, so such an id could not even be asked for.
CURSOR_PATTERN = r"^[0-9]{1,16}\.(?:0[1-9a-f]|[1-9a-f][0-9a-f]){1,200}$"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)

# The `cursor` query parameter of every list endpoint.
Cursor = Annotated[
    str | None,
    Query(
        pattern=CURSOR_PATTERN,
        description="`next_cursor` of the previous page; absent for the first page.",
        examples=["1767225600000000.7072745f3031"],
    ),
]


def encode_cursor(at: datetime, row_id: str) -> str:
    micros = (at.astimezone(UTC) - _EPOCH) // _MICROSECOND
    return f"{micros}.{row_id.encode().hex()}"


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    if not re.fullmatch(CURSOR_PATTERN, cursor):
        raise InvalidInput([{"field": "query:cursor", "message": "not a cursor this API issued"}])
    micros, _, row_id = cursor.partition(".")
    # Hex of any bytes passes the pattern; bytes that are not UTF-8 name no row, which is harmless.
    return _EPOCH + int(micros) * _MICROSECOND, bytes.fromhex(row_id).decode(errors="replace")


class _Ordered(Protocol):
    @property
    def created_at(self) -> datetime | None: ...


R = TypeVar("R", bound=_Ordered)


def split_page(
    rows: Sequence[R],
    limit: int,
    row_id: Callable[[R], str] = lambda row: str(row.id),  # type: ignore[attr-defined]
) -> tuple[list[R], str | None]:
    """The page and the cursor of the next one, from a query that fetched `limit + 1` rows
    in (created_at, id) descending order: the extra row only tells that another page follows."""
    page = list(rows[:limit])
    last = page[-1] if len(rows) > limit and page else None
    if last is None or last.created_at is None:
        return page, None
    return page, encode_cursor(last.created_at, row_id(last))
