"""One page of the partnership list, newest first, found without walking the whole table.

PostgreSQL's plan for a filtered page walks the ordering index (`partnerships_order`) from the
newest row and checks each row until the page is full. That is right when matches are common,
and with one filter the planner knows when they are. With two filters or more it multiplies
their selectivities as if they were independent, and can be far off:
`status=adopted&country=MX&theme=human_rights` was estimated at 4 265 matches of 1 000 000, had
none, and the walk read every row (~1 s).

So a page with two filters or more is found in two steps, both in one statement:
1. *Windows*: each filter value's newest `WINDOW_ENTRIES` entries after the cursor, from
   `partnership_filter_entries` (one row per filter token of a partnership, in list order, kept
   by a trigger — migration r0014), merged on their place in the order: index-only walks that
   stop once the page is full. Every match newer than each full window's oldest entry is among
   them, and the merge yields those first, so if the page fills there it is the page. Each
   candidate's own row decides whether it is shown (visibility, free text, the filters again).
2. Otherwise matches are rare: one scan of the `filter_tokens` GIN index (every filterable value
   as `status:adopted`, `country:MX`, … — migration r0013) intersects the filters, and the few
   matches are sorted (a materialised CTE, which the order cannot reach into). Whether the
   windows filled the page is a condition PostgreSQL checks once, before this scan, which it
   skips when they did.

Either step returns exactly what the plain ordered query would: the same rows in the same order.
(Before the windows, step 1 walked the newest rows of the table itself, reading each row: on a
million partnerships a page matching 0.4 % of them took 15.6 ms, against 2.0 ms now.)

A page's statement depends only on the request's *shape* — which filters, whether a cursor or
free text, what kind of reader, the page size — never on its values, which are bind parameters.
Each shape's statement is built and compiled once and kept: building it (the visibility rule,
the windows' subqueries, SQLAlchemy's cache key of a statement that size) cost more CPU than
serving the page. It is then sent with asyncpg itself, on the unit of work's connection:
SQLAlchemy's execution path (parameters, result rows) cost ~1 ms of CPU a page of 50 against
asyncpg's own (the list endpoint's profile). The rows come back as asyncpg records of the
partnership's columns: a page is only read.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

import asyncpg
from sqlalchemy import (
    ColumnElement,
    and_,
    bindparam,
    column,
    func,
    not_,
    or_,
    select,
    table,
    text,
    tuple_,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql.elements import BindParameter, ColumnClause
from sqlalchemy.types import DateTime, NullType, String, Text
from sqlmodel import col

from services.registry import consent, handlers
from services.registry.domain import Classification
from services.registry.models import Partnership
from shared.prepared import Prepared, driver_connection

# The newest entries read of each filter value: with the densest filter on a third of the rows,
# a full page whenever at least ~0.3 % of rows match.
WINDOW_ENTRIES = 5000

# A column the table has but the model does not map (PostgreSQL computes it).
_FILTER_TOKENS: ColumnClause[Any] = column("filter_tokens", ARRAY(Text))
# Each filter token's partnerships in list order, kept by a trigger (migration r0014).
_FILTER_ENTRIES = table(
    "partnership_filter_entries",
    column("token", Text),
    column("created_at", DateTime(timezone=True)),
    column("partnership_id", Text),
)

# What a page returns: every column the model maps. asyncpg hands arrays over as lists already;
# read as ARRAYs, SQLAlchemy would copy every one of them item by item (~0.5 ms a page).
PAGE_COLUMNS = tuple(
    type_coerce(column, NullType()).label(column.name) if isinstance(column.type, ARRAY) else column
    for column in Partnership.__table__.columns  # type: ignore[attr-defined]
)

# Each filter's condition over its value, a bind parameter named `f_<filter>` (the array columns
# are asked whether they contain a one-element array). The names are the ones migration r0013
# prefixes the filter tokens with.
_FILTERS: dict[str, Callable[[Any], ColumnElement[bool]]] = {
    "status": lambda value: col(Partnership.status) == value,
    "level": lambda value: col(Partnership.level) == value,
    "theme": lambda value: col(Partnership.themes).contains(value),
    "country": lambda value: col(Partnership.country_codes).contains(value),
    "partner": lambda value: col(Partnership.partner_ids).contains(value),
    "gcm_objective": lambda value: col(Partnership.gcm_objectives).contains(value),
    "sdg_target": lambda value: col(Partnership.sdg_targets).contains(value),
}
_SCALAR_FILTERS = frozenset({"status", "level"})


class Reader(Enum):
    """Whose list it is, as far as what it shows: see `visible_to`."""

    SECRETARIAT = "secretariat"  # every partnership, drafts included
    ORGANISATION = "organisation"  # a partner organisation
    ANYONE_ELSE = "anyone else"  # ops, admin: public, non-private partnerships only


@dataclass
class ListFilters:
    """What a list request narrows by: each filter's value (by name, one of `_FILTERS`), and
    free text."""

    values: dict[str, str | int] = field(default_factory=dict)
    text: str | None = None

    def add(self, name: str, value: str | int) -> None:
        if name not in _FILTERS:
            raise ValueError(f"no list filter {name!r}")
        self.values[name] = value

    def count(self) -> int:
        return len(self.values) + (self.text is not None)

    def tokens(self) -> list[str]:
        """The filters as `filter_tokens` holds them: `name:value`."""
        return [f"{name}:{value}" for name, value in sorted(self.values.items())]

    def parameters(self) -> dict[str, Any]:
        """The bind parameters of the page's statement (`_statement`) these filters give."""
        values: dict[str, Any] = {
            f"f_{name}": value if name in _SCALAR_FILTERS else [value]
            for name, value in self.values.items()
        }
        if self.text is not None:
            values["q"] = self.text
        if self.count() >= 2:  # the windows' tokens, and the intersection's
            tokens = self.tokens()
            values |= {f"token_{index}": token for index, token in enumerate(tokens)}
            values["tokens"] = tokens
        return values


@dataclass(frozen=True)
class _Shape:
    """What a page's statement depends on; its values are all bind parameters."""

    filters: tuple[str, ...]
    text: bool
    cursor: bool
    reader: Reader
    limit: int
    window_entries: int


async def partnership_page(
    connection: AsyncConnection,
    filters: ListFilters,
    *,
    reader: str | None,
    after: tuple[datetime, str] | None,
    limit: int,
) -> list[PageRow]:
    """Up to `limit` + 1 partnerships `reader` may see (as `restricted_reader` names it) matching
    every filter, newest first, after the (created_at, id) of the cursor `after` (the extra row
    says whether another page follows)."""
    kind = _reader_kind(reader)
    shape = _Shape(
        filters=tuple(sorted(filters.values)),
        text=filters.text is not None,
        cursor=after is not None,
        reader=kind,
        limit=limit,
        window_entries=WINDOW_ENTRIES,
    )
    parameters = filters.parameters()
    if kind is Reader.ORGANISATION:
        parameters |= {"reader": reader, "reader_ids": [reader]}
    if after is not None:
        parameters |= {"after_at": after[0], "after_id": after[1]}
    prepared = _prepared(shape)
    driver = await driver_connection(connection)
    rows: list[PageRow] = await driver.fetch(
        prepared.sql, *prepared.arguments(parameters), record_class=PageRow
    )
    return rows


class PageRow(asyncpg.Record):
    """A page's row: its columns by name, and as attributes, as a `Partnership`'s are."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _reader_kind(reader: str | None) -> Reader:
    if reader is None:
        return Reader.SECRETARIAT
    return Reader.ORGANISATION if reader else Reader.ANYONE_ELSE


def visible_to(reader: Reader) -> ColumnElement[bool] | None:
    """Drafts (and drafts withdrawn) only for their owner, the secretariat and the organisations
    they invite (open or accepted invitation); restricted partnerships only for their members and
    the secretariat; the rest for all. An organisation's id is the bind parameter `reader`."""
    if reader is Reader.SECRETARIAT:
        return None
    not_private = not_(handlers.private_condition())
    unrestricted = col(Partnership.classification) == Classification.PUBLIC.value
    if reader is Reader.ORGANISATION:
        organisation: BindParameter[str] = bindparam("reader", type_=String)
        member = col(Partnership.partner_ids).contains(bindparam("reader_ids"))
        return or_(
            and_(not_private, or_(unrestricted, member)),
            col(Partnership.owner_organisation_id) == organisation,
            and_(member, consent.invitee_reads(organisation)),
        )
    return and_(not_private, unrestricted)


@functools.lru_cache(maxsize=2048)
def _statement(shape: _Shape) -> Any:
    visible = visible_to(shape.reader)
    visible_only = [visible] if visible is not None else []
    after_cursor = (
        [
            tuple_(col(Partnership.created_at), col(Partnership.id))
            < tuple_(bindparam("after_at"), bindparam("after_id"))
        ]
        if shape.cursor
        else []
    )
    conditions = [_FILTERS[name](bindparam(f"f_{name}")) for name in shape.filters]
    text_match: list[Any] = [text("search @@ plainto_tsquery('simple', :q)")] if shape.text else []
    if len(conditions) + len(text_match) < 2:
        query = select(*PAGE_COLUMNS).where(
            and_(True, *visible_only, *after_cursor, *conditions, *text_match)
        )
        return _newest_first(query, Partnership, shape.limit)

    # The merged windows: each filter value's newest entries after the cursor, joined on their
    # place in the order (a merge of index-only walks, in that order).
    windows = [_window(index, shape) for index in range(len(shape.filters))]
    first = windows[0]
    merged = first
    for window in windows[1:]:
        merged = merged.join(
            window,
            and_(
                window.c.created_at == first.c.created_at,
                window.c.id == first.c.id,
            ),
        )
    # Each candidate's row decides (visibility, free text and the filters on its own columns);
    # the entries only found it.
    in_window = (
        _newest_first(
            select(col(Partnership.created_at), col(Partnership.id))
            .select_from(merged)
            .join(Partnership, col(Partnership.id) == first.c.id)
            .where(*visible_only, *conditions, *text_match),
            first.c,
            shape.limit,
        )
        .cte("in_window")
        .prefix_with("MATERIALIZED")
    )
    window_filled = select(func.count()).select_from(in_window).scalar_subquery() > shape.limit
    # Only the order's columns are kept for the matches; the page's whole rows are read after.
    # The condition on the windows stands alone, so PostgreSQL checks it once, before the scan,
    # and reads no match at all when the windows filled the page.
    matching = (
        select(col(Partnership.created_at), col(Partnership.id))
        .where(
            ~window_filled,
            *visible_only,
            *after_cursor,
            _FILTER_TOKENS.contains(bindparam("tokens")),
            *text_match,
        )
        .cte("matching")
        .prefix_with("MATERIALIZED")
    )
    page_ids = union_all(
        select(in_window.c.id).where(window_filled),
        _newest_first(select(matching.c.id), matching.c, shape.limit),
    )
    query = select(*PAGE_COLUMNS).where(col(Partnership.id).in_(page_ids))
    return _newest_first(query, Partnership, shape.limit)


def _window(index: int, shape: _Shape) -> Any:
    """The newest `shape.window_entries` entries of the filter value `token_<index>` (after the
    cursor, if any): (created_at, id), newest first."""
    entries = _FILTER_ENTRIES.alias(f"entries_{index}")
    after_cursor = (
        [
            tuple_(entries.c.created_at, entries.c.partnership_id)
            < tuple_(bindparam("after_at"), bindparam("after_id"))
        ]
        if shape.cursor
        else []
    )
    query = select(entries.c.created_at, entries.c.partnership_id.label("id")).where(
        entries.c.token == bindparam(f"token_{index}"), *after_cursor
    )
    return (
        query.order_by(entries.c.created_at.desc(), entries.c.partnership_id.desc())
        .limit(shape.window_entries)
        .subquery(f"window_{index}")
    )


@functools.lru_cache(maxsize=2048)
def _prepared(shape: _Shape) -> Prepared:
    return Prepared.of(_statement(shape))


def _newest_first(query: Any, rows: Any, limit: int) -> Any:
    return query.order_by(col(rows.created_at).desc(), col(rows.id).desc()).limit(limit + 1)
