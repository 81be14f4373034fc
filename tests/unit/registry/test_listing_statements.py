"""A list page's statement, compiled once per request shape, is sent with asyncpg as it is: no
parameter is left for SQLAlchemy to expand at execution, and every `$n` gets its value. (The
pages themselves, against PostgreSQL, are the registry's integration tests.)"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime

import pytest

from services.registry import listing
from services.registry.listing import WINDOW_ENTRIES, ListFilters, Reader, _prepared, _Shape

VALUES: dict[str, str | int] = {
    "status": "adopted",
    "level": "national",
    "theme": "human_rights",
    "country": "MX",
    "partner": "p0042",
    "gcm_objective": 7,
    "sdg_target": "10.7",
}
FILTER_SETS = [
    (),
    *((name,) for name in VALUES),
    ("country", "gcm_objective"),
    ("partner", "status", "theme"),
    tuple(VALUES),
]


@pytest.mark.parametrize("reader", list(Reader))
@pytest.mark.parametrize("cursor", [False, True])
@pytest.mark.parametrize("text", [False, True])
def test_every_shape_compiles_to_positional_sql_with_a_value_for_each_placeholder(
    reader: Reader, cursor: bool, text: bool
) -> None:
    for names in FILTER_SETS:
        filters = ListFilters(text="remittances" if text else None)
        for name in names:
            filters.add(name, VALUES[name])
        shape = _Shape(tuple(sorted(names)), text, cursor, reader, 50, WINDOW_ENTRIES)
        prepared = _prepared(shape)

        values = filters.parameters()
        if reader is Reader.ORGANISATION:
            values |= {"reader": "p0001", "reader_ids": ["p0001"]}
        if cursor:
            values |= {"after_at": datetime(2026, 1, 1, tzinfo=UTC), "after_id": "x"}
        arguments = prepared.arguments(values)

        placeholders = {int(n) for n in re.findall(r"\$(\d+)", prepared.sql)}
        assert placeholders == set(range(1, len(arguments) + 1)), (names, prepared.sql)
        assert "POSTCOMPILE" not in prepared.sql
        assert None not in arguments, (names, dict(zip(prepared.names, arguments, strict=True)))
        given = set(values)
        assert given <= set(prepared.names), f"{given - set(prepared.names)} never sent"


def test_the_statement_is_compiled_once_per_shape() -> None:
    shape = _Shape(("status",), False, False, Reader.ANYONE_ELSE, 50, WINDOW_ENTRIES)
    assert _prepared(shape) is _prepared(shape)


def test_the_shapes_above_cover_every_filter_the_list_offers() -> None:
    # A filter added to the list must get a value here, or its statements go untested.
    assert set(VALUES) == set(listing._FILTERS)
    assert set(itertools.chain.from_iterable(FILTER_SETS)) == set(VALUES)
