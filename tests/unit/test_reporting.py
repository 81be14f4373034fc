"""The reporting calendar: periods that follow calendar quarters, half-years and years."""

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.reporting import (
    Period,
    ReportingFrequency,
    count_periods,
    latest_ended,
    period_of,
    reporting_periods,
)

Q = ReportingFrequency.QUARTERLY
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
frequencies = st.sampled_from(list(ReportingFrequency))
CALENDAR_ENDS = {
    ReportingFrequency.QUARTERLY: {(3, 31), (6, 30), (9, 30), (12, 31)},
    ReportingFrequency.SEMI_ANNUAL: {(6, 30), (12, 31)},
    ReportingFrequency.ANNUAL: {(12, 31)},
}


def test_quarters_cut_at_the_start_and_the_due_date() -> None:
    assert reporting_periods(date(2025, 2, 15), date(2026, 5, 31), Q) == [
        Period(date(2025, 2, 15), date(2025, 3, 31)),
        Period(date(2025, 4, 1), date(2025, 6, 30)),
        Period(date(2025, 7, 1), date(2025, 9, 30)),
        Period(date(2025, 10, 1), date(2025, 12, 31)),
        Period(date(2026, 1, 1), date(2026, 3, 31)),
        Period(date(2026, 4, 1), date(2026, 5, 31)),
    ]


def test_half_years_and_years() -> None:
    start, due = date(2025, 1, 1), date(2026, 12, 31)
    assert [p.end for p in reporting_periods(start, due, ReportingFrequency.SEMI_ANNUAL)] == [
        date(2025, 6, 30),
        date(2025, 12, 31),
        date(2026, 6, 30),
        date(2026, 12, 31),
    ]
    assert [p.end for p in reporting_periods(start, due, ReportingFrequency.ANNUAL)] == [
        date(2025, 12, 31),
        date(2026, 12, 31),
    ]


def test_once_is_one_period_to_the_due_date() -> None:
    start, due = date(2025, 1, 1), date(2027, 6, 30)
    assert reporting_periods(start, due, ReportingFrequency.ONCE) == [Period(start, due)]


def test_a_start_on_a_quarter_end_does_not_make_a_one_day_period() -> None:
    periods = reporting_periods(date(2025, 3, 31), date(2025, 12, 31), Q)
    assert periods[0] == Period(date(2025, 3, 31), date(2025, 6, 30))


def test_february_ends_on_its_last_day_in_a_leap_year() -> None:
    # Not a period end for quarters, but the arithmetic of month ends must hold for every month.
    periods = reporting_periods(date(2024, 1, 10), date(2024, 3, 31), Q)
    assert periods == [Period(date(2024, 1, 10), date(2024, 3, 31))]


def test_a_due_date_not_after_the_start_leaves_one_period_ending_on_it() -> None:
    assert reporting_periods(date(2025, 5, 1), date(2025, 4, 1), Q) == [
        Period(date(2025, 4, 1), date(2025, 4, 1))
    ]


def test_a_reading_belongs_to_the_period_its_day_is_in() -> None:
    periods = reporting_periods(date(2025, 1, 1), date(2025, 12, 31), Q)
    assert period_of(periods, date(2025, 3, 31)).end == date(2025, 3, 31)
    assert period_of(periods, date(2025, 4, 1)).end == date(2025, 6, 30)
    assert period_of(periods, date(2024, 12, 1)) == periods[0], "before the start: the first"
    assert period_of(periods, date(2026, 2, 1)) == periods[-1], "after the due date: the last"


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2025, 3, 31), None),  # the first period's last day: nothing has ended yet
        (date(2025, 4, 1), date(2025, 3, 31)),
        (date(2025, 9, 30), date(2025, 6, 30)),
        (date(2026, 3, 1), date(2025, 12, 31)),
    ],
)
def test_the_latest_ended_period(today: date, expected: date | None) -> None:
    periods = reporting_periods(date(2025, 1, 1), date(2025, 12, 31), Q)
    latest = latest_ended(periods, today)
    assert (latest.end if latest else None) == expected


@given(start=dates, due=dates, frequency=frequencies)
def test_periods_tile_the_start_to_the_due_date(start, due, frequency) -> None:
    periods = reporting_periods(start, due, frequency)
    assert periods[0].start == min(start, due)
    assert periods[-1].end == due
    for period in periods:
        assert period.start <= period.end
    for before, after in itertools.pairwise(periods):
        assert after.start == before.end + timedelta(days=1), "no gap, no overlap"
    if frequency is not ReportingFrequency.ONCE:
        for period in periods[:-1]:
            assert (period.end.month, period.end.day) in CALENDAR_ENDS[frequency]
            assert period.end > start, "the first period is never a single start day"
    assert count_periods(start, due, frequency) == len(periods)


@given(start=dates, due=dates, frequency=frequencies, day=dates)
def test_every_day_of_the_calendar_is_in_exactly_the_period_period_of_names(
    start, due, frequency, day
) -> None:
    periods = reporting_periods(start, due, frequency)
    found = period_of(periods, day)
    if periods[0].start <= day <= due:
        assert day in found
        assert [p for p in periods if day in p] == [found]
