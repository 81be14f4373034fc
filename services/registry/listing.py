"""One page of the partnership list, newest first, found without walking the whole table.

PostgreSQL's plan for a filtered page walks the ordering index (`partnerships_order`) from the
newest row and checks each row until the page is full. That is right when matches are common,
and with one filter the planner knows when they are. With two filters or more it multiplies
their selectivities as if they were independent, and can be far off:
`status=adopted&country=MX&theme=human_rights` was estimated at 4 265 matches of 1 000 000, had
none, and the walk read every row (~1 s).

So a page with two filters or more is found in two steps:
1. *Probe*: the walk, but over the newest `PROBE_ROWS` rows after the cursor only (a subquery
   the filters cannot be pushed into, so the plan cannot turn into something else). If the page
   fills there, matches are common and that is the page.
2. Otherwise matches are rare: one scan of the `filter_tokens` GIN index (every filterable value
   as `status:adopted`, `country:MX`, … — migration r0013) intersects the filters, and the few
   matches are sorted (a materialised CTE, which the order cannot reach into).

Either step returns exactly what the plain ordered query would: the same rows in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, column, func, select, text, union_all
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnClause
from sqlalchemy.sql.util import ClauseAdapter
from sqlalchemy.types import Text
from sqlmodel import col

from services.registry.models import Partnership

# The newest rows the probe reads: a full page whenever at least ~1 % of rows match.
PROBE_ROWS = 5000

# Columns the table has but the model does not map (PostgreSQL computes them).
_SEARCH: ColumnClause[Any] = column("search", TSVECTOR)
_FILTER_TOKENS: ColumnClause[Any] = column("filter_tokens", ARRAY(Text))


@dataclass
class ListFilters:
    """What a list request narrows by: each value as a column condition (for walking the
    ordering index) and as a token of `filter_tokens` (for intersecting them), and free text."""

    conditions: list[ColumnElement[Any]] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    text: str | None = None

    def add(self, condition: ColumnElement[Any], name: str, value: object) -> None:
        """Narrow by `condition`, which `filter_tokens` holds as the token `name:value` (the
        names are the ones migration r0013 prefixes: status, level, theme, country, partner,
        gcm_objective, sdg_target)."""
        self.conditions.append(condition)
        self.tokens.append(f"{name}:{value}")

    def text_match(self) -> list[Any]:
        if self.text is None:
            return []
        return [text("search @@ plainto_tsquery('simple', :q)").bindparams(q=self.text)]

    def where(self) -> list[Any]:
        """Every condition, free text included."""
        return [*self.conditions, *self.text_match()]

    def count(self) -> int:
        return len(self.conditions) + (self.text is not None)


async def partnership_page(
    session: AsyncSession,
    filters: ListFilters,
    *,
    visible: ColumnElement[Any] | None,
    after: ColumnElement[Any] | None,
    limit: int,
) -> list[Partnership]:
    """Up to `limit` + 1 visible partnerships matching every filter, newest first, after the
    cursor condition `after` (the extra row says whether another page follows)."""
    visible_only = [visible] if visible is not None else []
    after_cursor = [after] if after is not None else []
    if filters.count() < 2:
        query = select(Partnership).where(
            and_(True, *visible_only, *after_cursor, *filters.where())
        )
        return list(await session.scalars(_newest_first(query, Partnership, limit)))

    newest = (
        select(Partnership, _SEARCH)
        .where(and_(True, *after_cursor))
        .order_by(col(Partnership.created_at).desc(), col(Partnership.id).desc())
        .limit(PROBE_ROWS)
        .subquery("newest")
    )
    on_newest = ClauseAdapter(newest).traverse
    probe = _newest_first(
        select(newest.c.created_at, newest.c.id).where(
            *(on_newest(c) for c in [*visible_only, *filters.where()])
        ),
        newest.c,
        limit,
    ).cte("probe")
    probe = probe.prefix_with("MATERIALIZED")
    probe_filled = select(func.count()).select_from(probe).scalar_subquery() > limit
    intersect = [_FILTER_TOKENS.contains(filters.tokens)] if filters.tokens else []
    # Only the order's columns are kept for the matches; the page's whole rows are read after.
    # The condition on the probe stands alone, so PostgreSQL checks it once, before the scan,
    # and reads no match at all when the probe filled the page.
    matching = (
        select(col(Partnership.created_at), col(Partnership.id))
        .where(~probe_filled, *visible_only, *after_cursor, *intersect, *filters.text_match())
        .cte("matching")
        .prefix_with("MATERIALIZED")
    )
    page_ids = union_all(
        select(probe.c.id).where(probe_filled),
        _newest_first(select(matching.c.id), matching.c, limit),
    )
    query = select(Partnership).where(col(Partnership.id).in_(page_ids))
    return list(await session.scalars(_newest_first(query, Partnership, limit)))


def _newest_first(query: Any, rows: Any, limit: int) -> Any:
    return query.order_by(col(rows.created_at).desc(), col(rows.id).desc()).limit(limit + 1)
