"""The backoff schedule and what each response means for a delivery."""

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.notifications.retry import (
    DEFAULT_SCHEDULE,
    Outcome,
    classify_response,
    next_attempt_delay,
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
