"""`Retry-After` as we write it and as we read other services' (RFC 9110 §10.2.3)."""

from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.retry_after import MAX_RETRY_AFTER, parse_retry_after, retry_after_header

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


def test_retry_after_is_whole_seconds_and_never_zero() -> None:
    assert retry_after_header(0.01) == {"Retry-After": "1"}
    assert retry_after_header(2.2) == {"Retry-After": "3"}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", timedelta(seconds=120)),
        (" 7 ", timedelta(seconds=7)),
        ("0", timedelta(0)),
        ("000030", timedelta(seconds=30)),
        ("86400", MAX_RETRY_AFTER),
        ("86401", MAX_RETRY_AFTER),
        ("9" * 5000, MAX_RETRY_AFTER),
    ],
)
def test_delta_seconds(header: str, expected: timedelta) -> None:
    assert parse_retry_after(header, NOW) == expected


def test_an_http_date_in_the_future() -> None:
    header = format_datetime(NOW + timedelta(minutes=10), usegmt=True)
    assert parse_retry_after(header, NOW) == timedelta(minutes=10)


def test_an_http_date_in_another_zone_counts_from_the_same_instant() -> None:
    paris = timezone(timedelta(hours=1))
    header = format_datetime((NOW + timedelta(seconds=90)).astimezone(paris))
    assert parse_retry_after(header, NOW) == timedelta(seconds=90)


def test_an_http_date_in_the_past_means_now() -> None:
    header = format_datetime(NOW - timedelta(hours=1), usegmt=True)
    assert parse_retry_after(header, NOW) == timedelta(0)


def test_an_http_date_far_off_is_clamped_to_a_day() -> None:
    header = format_datetime(NOW + timedelta(days=30), usegmt=True)
    assert parse_retry_after(header, NOW) == MAX_RETRY_AFTER


def test_a_naive_now_is_taken_as_utc() -> None:
    header = "Fri, 14 Mar 2025 09:31:00 GMT"
    assert parse_retry_after(header, NOW.replace(tzinfo=None)) == timedelta(minutes=1)


@pytest.mark.parametrize("header", [None, "", "   ", "-5", "1.5", "soon", "Fri, 99 Foo 2025", "١٢"])
def test_absent_or_unreadable_values_give_none(header: str | None) -> None:
    assert parse_retry_after(header, NOW) is None


@given(st.text())
def test_any_header_gives_none_or_a_wait_within_a_day(header: str) -> None:
    wait = parse_retry_after(header, NOW)
    assert wait is None or timedelta(0) <= wait <= MAX_RETRY_AFTER
