"""A statement compiled once for asyncpg: positional SQL, its values in order and converted as
SQLAlchemy would, and nothing left to expand at execution. (Run against PostgreSQL in
tests/integration/test_unit_of_work.py.)"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

from shared.prepared import Prepared

_METADATA = sa.MetaData()
ITEMS = sa.Table(
    "items",
    _METADATA,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("detail", JSONB),
    sa.Column("tags", ARRAY(sa.Text)),
    sa.Column("kind", sa.Text, server_default="plain"),
)


def test_an_insert_takes_the_named_columns_in_order_and_converts_their_values() -> None:
    prepared = Prepared.of(sa.insert(ITEMS), columns=("tags", "id", "detail"))

    assert prepared.sql == (
        "INSERT INTO items (id, detail, tags) VALUES ($1::VARCHAR, $2::JSONB, $3::TEXT[])"
    )
    arguments = prepared.arguments({"id": "a", "detail": {"n": [1]}, "tags": ("x", "y")})
    assert arguments[0] == "a"
    assert json.loads(arguments[1]) == {"n": [1]}  # JSON as text, as SQLAlchemy sends it
    assert list(arguments[2]) == ["x", "y"]


def test_constants_in_the_statement_are_sent_with_the_given_values() -> None:
    statement = sa.select(ITEMS.c.id).where(
        ITEMS.c.kind == "plain", ITEMS.c.id == sa.bindparam("wanted")
    )
    prepared = Prepared.of(statement)

    assert "$1" in prepared.sql and "$2" in prepared.sql
    assert sorted(prepared.arguments({"wanted": "a"}), key=str) == ["a", "plain"]


def test_a_statement_sqlalchemy_would_expand_at_execution_is_refused() -> None:
    expanding = sa.select(ITEMS.c.id).where(ITEMS.c.id.in_(sa.bindparam("ids", expanding=True)))
    with pytest.raises(ValueError, match="expand"):
        Prepared.of(expanding)


def test_a_missing_value_is_an_error_not_a_null() -> None:
    prepared = Prepared.of(sa.select(ITEMS.c.id).where(ITEMS.c.id == sa.bindparam("wanted")))
    with pytest.raises(KeyError):
        prepared.arguments({})
