"""Transient or permanent: every kind of failure the design names is judged the way it says."""

from __future__ import annotations

import asyncpg
import pytest
from aiokafka.errors import KafkaConnectionError, KafkaError
from sqlalchemy import exc as sqlalchemy_errors

from shared.faults import is_transient


class _Sqlstate(Exception):
    """An asyncpg-like error carrying only a SQLSTATE."""

    def __init__(self, sqlstate: object) -> None:
        super().__init__(f"sqlstate {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    "error",
    [
        ConnectionRefusedError(),
        OSError("network unreachable"),
        TimeoutError(),
        KafkaConnectionError(),
        KafkaError(),
        asyncpg.PostgresConnectionError(),
        asyncpg.InterfaceError("connection is closed"),
        # A query on a connection whose session the server just ended (the relay died of it).
        asyncpg.InternalClientError(
            "cannot switch to state 15; another operation (2) is in progress"
        ),
        sqlalchemy_errors.TimeoutError("QueuePool limit reached"),
    ],
    ids=repr,
)
def test_a_dependency_away_is_transient(error: BaseException) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "sqlstate",
    ["40001", "40P01", "55P03", "08006", "08001", "53300", "57014", "57P01", "58030"],
)
def test_sqlstates_that_say_try_again_are_transient(sqlstate: str) -> None:
    assert is_transient(_Sqlstate(sqlstate))


@pytest.mark.parametrize(
    "sqlstate", ["23505", "23503", "22P02", "42P01", "55000", "40002", "4000", "", None, 40001]
)
def test_other_sqlstates_are_permanent(sqlstate: object) -> None:
    assert not is_transient(_Sqlstate(sqlstate))


@pytest.mark.parametrize(
    "error", [ValueError("bad payload"), KeyError("x"), RuntimeError("bug")], ids=repr
)
def test_the_inputs_own_fault_is_permanent(error: BaseException) -> None:
    assert not is_transient(error)


def test_a_cause_or_context_behind_a_wrapper_is_found() -> None:
    try:
        try:
            raise ConnectionResetError()
        except ConnectionResetError as inner:
            raise RuntimeError("while applying") from inner
    except RuntimeError as caused:
        assert is_transient(caused)
    try:
        try:
            raise _Sqlstate("40P01")
        except _Sqlstate:
            raise ValueError("while handling")  # noqa: B904 - the implicit context is the point
    except ValueError as implicit:
        assert is_transient(implicit)


def _dbapi_error(orig: BaseException, invalidated: bool) -> sqlalchemy_errors.DBAPIError:
    return sqlalchemy_errors.DBAPIError("SELECT 1", None, orig, connection_invalidated=invalidated)


def test_a_dbapi_error_is_judged_by_its_original_or_its_invalidated_connection() -> None:
    assert is_transient(_dbapi_error(_Sqlstate("40001"), invalidated=False))
    assert is_transient(_dbapi_error(Exception("gone"), invalidated=True))
    assert not is_transient(_dbapi_error(_Sqlstate("23505"), invalidated=False))


def test_a_cycle_of_causes_ends() -> None:
    first, second = ValueError("a"), ValueError("b")
    first.__cause__, second.__cause__ = second, first
    assert not is_transient(first)


def test_a_long_chain_is_cut_after_twenty_links() -> None:
    deepest: BaseException = ConnectionResetError()
    for n in range(21):
        wrapper = RuntimeError(n)
        wrapper.__cause__ = deepest
        deepest = wrapper
    assert not is_transient(deepest), (
        "the transient cause is the 22nd link, one past those looked at"
    )
    # Twenty wrappers and the cause: 21 links, exactly as many as are looked at.
    short: BaseException = ConnectionResetError()
    for n in range(20):
        wrapper = RuntimeError(n)
        wrapper.__cause__ = short
        short = wrapper
    assert is_transient(short)


def test_both_the_cause_and_the_context_are_followed() -> None:
    # Found by mutation testing: the context's branch must not drop the cause still to visit.
    error = RuntimeError("while applying")
    error.__cause__ = ConnectionResetError()
    error.__context__ = ValueError("a permanent-looking context")
    assert is_transient(error)


def test_an_orig_that_is_not_an_exception_is_ignored() -> None:
    error = RuntimeError("wrapper")
    error.orig = "a driver message, not an exception"  # type: ignore[attr-defined]
    assert not is_transient(error)
