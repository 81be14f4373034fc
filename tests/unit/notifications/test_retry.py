"""The backoff schedule, `Retry-After` and what each response means for a delivery."""

import random
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.notifications.retry import (
    DEFAULT_SCHEDULE,
    MAX_RETRY_AFTER,
    Outcome,
    classify_response,
    next_attempt_delay,
    parse_retry_after,
)

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


def test_the_default_schedule_is_eight_attempts_over_about_a_day() -> None:
    assert len(DEFAULT_SCHEDULE) == 8
    assert DEFAULT_SCHEDULE[0] == timedelta(0)
    assert list(DEFAULT_SCHEDULE) == sorted(DEFAULT_SCHEDULE)
    assert sum(DEFAULT_SCHEDULE, timedelta(0)) == timedelta(hours=27, minutes=35, seconds=5)


def test_without_jitter_the_delays_are_the_schedule() -> None:
    rng = random.Random(1)
    delays = [next_attempt_delay(DEFAULT_SCHEDULE, made, rng, jitter=0) for made in range(8)]
    assert delays == list(DEFAULT_SCHEDULE)


def test_the_first_attempt_is_immediate_even_with_jitter() -> None:
    assert next_attempt_delay(DEFAULT_SCHEDULE, 0, random.Random(7)) == timedelta(0)


def test_after_the_last_attempt_the_delivery_is_dead() -> None:
    rng = random.Random(1)
    assert next_attempt_delay(DEFAULT_SCHEDULE, 8, rng) is None
    assert next_attempt_delay(DEFAULT_SCHEDULE, 9, rng) is None
    assert next_attempt_delay((), 0, rng) is None


def test_jitter_spreads_deliveries_that_failed_together() -> None:
    rng = random.Random(42)
    delays = {next_attempt_delay(DEFAULT_SCHEDULE, 3, rng) for _ in range(20)}
    assert len(delays) > 1


@given(
    made=st.integers(min_value=0, max_value=7),
    seed=st.integers(),
    jitter=st.floats(min_value=0, max_value=0.9),
)
def test_a_jittered_delay_stays_within_its_fraction(made: int, seed: int, jitter: float) -> None:
    delay = next_attempt_delay(DEFAULT_SCHEDULE, made, random.Random(seed), jitter)
    assert delay is not None
    base = DEFAULT_SCHEDULE[made]
    # A microsecond of slack: timedelta rounds the scaled value to whole microseconds.
    slack = timedelta(microseconds=1)
    assert base * (1 - jitter) - slack <= delay <= base * (1 + jitter) + slack


@pytest.mark.parametrize(("made", "jitter"), [(-1, 0.1), (0, -0.1), (0, 1.0)])
def test_nonsense_arguments_are_refused(made: int, jitter: float) -> None:
    with pytest.raises(ValueError):
        next_attempt_delay(DEFAULT_SCHEDULE, made, random.Random(0), jitter)


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


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, Outcome.SUCCEEDED),
        (201, Outcome.SUCCEEDED),
        (204, Outcome.SUCCEEDED),
        (299, Outcome.SUCCEEDED),
        (410, Outcome.DISABLE_ENDPOINT),
        (429, Outcome.RETRY_AFTER),
        (503, Outcome.RETRY_AFTER),
        (None, Outcome.RETRY),
        (100, Outcome.RETRY),
        (301, Outcome.RETRY),
        (400, Outcome.RETRY),
        (401, Outcome.RETRY),
        (404, Outcome.RETRY),
        (500, Outcome.RETRY),
        (502, Outcome.RETRY),
        (504, Outcome.RETRY),
    ],
)
def test_classify_response(status: int | None, outcome: Outcome) -> None:
    assert classify_response(status) is outcome


def test_outcomes_are_stored_as_their_names() -> None:
    assert [str(o) for o in Outcome] == ["succeeded", "disable_endpoint", "retry_after", "retry"]
