"""The reporting calendar of a commitment: how often it reports, and the periods that cuts.

Periods follow the calendar, as public administrations report: quarters end on 31 March, 30 June,
30 September and 31 December; half-years on 30 June and 31 December; years on 31 December. The
first period runs from the commitment's start date to the first such end after it, and the last
period is cut short at the due date, so every period ends on a calendar end or on the due date,
and together they cover the start date to the due date without gap or overlap. `once` is one
period, start date to due date: a single report at the end.

Pure: the registry validates with it and the commitments service tracks with it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class ReportingFrequency(StrEnum):
    ONCE = "once"
    QUARTERLY = "quarterly"
    SEMI_ANNUAL = "semi_annual"
    ANNUAL = "annual"


# Months per period; each divides twelve, so periods line up with the calendar year.
_MONTHS: dict[ReportingFrequency, int] = {
    ReportingFrequency.QUARTERLY: 3,
    ReportingFrequency.SEMI_ANNUAL: 6,
    ReportingFrequency.ANNUAL: 12,
}

# A calendar longer than this is a typing mistake in a date (a century of quarters), and would
# make every sweep walk it.
MAX_PERIODS = 400

_DAY = timedelta(days=1)


@dataclass(frozen=True, order=True)
class Period:
    """Days `start` to `end`, both included; a report belongs to the period its `period_end` is in."""

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def calendar_end_on_or_after(day: date, months: int) -> date:
    """The last day of the first period-ending month (a multiple of `months`) on or after `day`."""
    month = -(-day.month // months) * months
    return date(day.year, month, calendar.monthrange(day.year, month)[1])


def reporting_periods(start: date, due: date, frequency: ReportingFrequency) -> list[Period]:
    """The periods from `start` to `due` (see the module docstring), oldest first.

    A due date not after the start (a window of no length) leaves one period ending on the due
    date, so there is always a period whose end is the due date.
    """
    if frequency is ReportingFrequency.ONCE or due <= start:
        return [Period(min(start, due), due)]
    months = _MONTHS[frequency]
    periods: list[Period] = []
    period_start = start
    while True:
        # A calendar end on the start date itself would make a one-day first period: the
        # first period runs to the next calendar end after the start instead.
        end = calendar_end_on_or_after(period_start + _DAY if not periods else period_start, months)
        if end >= due:
            periods.append(Period(period_start, due))
            return periods
        periods.append(Period(period_start, end))
        period_start = end + _DAY


def count_periods(start: date, due: date, frequency: ReportingFrequency) -> int:
    """How many periods `reporting_periods` cuts, without cutting them (for validation)."""
    if frequency is ReportingFrequency.ONCE or due <= start:
        return 1
    months = _MONTHS[frequency]
    first_end = calendar_end_on_or_after(start + _DAY, months)
    if first_end >= due:
        return 1
    last_end = calendar_end_on_or_after(due, months)
    # Whole periods between the first end and the due date's own calendar end, plus the first.
    span = (last_end.year - first_end.year) * 12 + (last_end.month - first_end.month)
    return 1 + span // months


def period_of(periods: list[Period], day: date) -> Period:
    """The period a reading dated `day` belongs to: before the start counts for the first period,
    after the due date (a late final figure) for the last."""
    for period in periods:
        if day <= period.end:
            return period
    return periods[-1]


def latest_ended(periods: list[Period], today: date) -> Period | None:
    """The most recent period whose last day is before `today`, if any has ended."""
    ended = [period for period in periods if period.end < today]
    return ended[-1] if ended else None
