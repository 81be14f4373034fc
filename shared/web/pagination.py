"""Cursor pagination: an opaque cursor naming the last row seen, in a stable (time, id) order."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from datetime import datetime
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


def encode_cursor(at: datetime, row_id: str) -> str:
    raw = json.dumps([at.isoformat(), row_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        at, row_id = json.loads(base64.urlsafe_b64decode(padded))
        return datetime.fromisoformat(at), str(row_id)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(
            [{"field": "query:cursor", "message": "not a cursor this API issued"}]
        ) from exc


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
