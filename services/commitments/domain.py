"""Pure rules of commitment tracking: derived status, reading validation and sweep decisions."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from shared.reporting import (
    Period,
    ReportingFrequency,
    latest_ended,
    period_of,
    reporting_periods,
)

# Actual progress divided by the progress expected by now, at or above which a commitment is in
# that band. Named so the dossier and the API docs can quote the same numbers the rule uses.
ON_TRACK_RATIO = Decimal("0.9")
AT_RISK_RATIO = Decimal("0.6")

# Units whose values are shares of a whole; anything outside 0..100 is a typing mistake.
PERCENT_UNITS = frozenset({"percent", "percentage", "pct", "%"})
# Units that measure a change rather than a level may legitimately go below zero; every other
# unit (people, cases, USD, days, ...) is a count or an amount and may not.
SIGNED_UNIT_PREFIXES = ("delta", "change")

_ZERO = Decimal(0)
_ONE = Decimal(1)
_HUNDRED = Decimal(100)


class CommitmentStatus(StrEnum):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    ACHIEVED = "achieved"
    OVERDUE = "overdue"


class CommitmentState(StrEnum):
    """Lifecycle of a tracked commitment; a closed one takes no reports and gets no notices."""

    OPEN = "open"
    CLOSED = "closed"


class Direction(StrEnum):
    INCREASING = "increasing"
    DECREASING = "decreasing"


class NoticeKind(StrEnum):
    REPORT_DUE = "report_due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Indicator:
    """What a commitment is measured by: move `baseline` to `target`, counted in `unit`."""

    baseline: Decimal
    target: Decimal
    unit: str

    def __post_init__(self) -> None:
        # NaN compares as an error and infinity has no progress fraction: refuse them at the door
        # rather than fail inside the status rule.
        if not (self.baseline.is_finite() and self.target.is_finite()):
            raise ValueError("baseline and target must be finite numbers")

    @property
    def direction(self) -> Direction:
        # A target equal to the baseline reads as "hold at least the baseline".
        return Direction.INCREASING if self.target >= self.baseline else Direction.DECREASING

    def reached(self, value: Decimal) -> bool:
        """Whether `value` is at the target or beyond it in the indicator's direction."""
        if self.direction is Direction.INCREASING:
            return value >= self.target
        return value <= self.target

    def progress(self, value: Decimal) -> Decimal:
        """The share of the way from baseline to target that `value` has covered.

        Not clamped: below 0 means it moved away from the target, above 1 means it went past.
        With target equal to baseline there is no way to cover, so it is 1 when reached, else 0.
        """
        if self.target == self.baseline:
            return _ONE if self.reached(value) else _ZERO
        return (value - self.baseline) / (self.target - self.baseline)


@dataclass(frozen=True)
class Reading:
    """A reported value of the indicator as it stood at the end of a reporting period."""

    period_end: date
    value: Decimal

    def __post_init__(self) -> None:
        if not self.value.is_finite():
            raise ValueError("a reading's value must be a finite number")


class InvalidReading(ValueError):
    """A progress report the rules refuse; `problems` are (field, message) pairs for the caller."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.problems))


def latest_reading(readings: Sequence[Reading]) -> Reading | None:
    """The reading with the latest `period_end`; on a tie the one later in the sequence wins,
    because a second report for the same period is a correction of the first."""
    latest: Reading | None = None
    for reading in readings:
        if latest is None or reading.period_end >= latest.period_end:
            latest = reading
    return latest


@dataclass(frozen=True)
class Part:
    """A reading one holder reported of its part of a joint commitment (with one holder, the
    whole)."""

    holder_id: str
    reading: Reading


def latest_parts(parts: Sequence[Part], holder_ids: Collection[str]) -> dict[str, Reading]:
    """Each holder's latest reading (`latest_reading`'s rule); readings of organisations that
    no longer hold the commitment do not count."""
    by_holder: dict[str, list[Reading]] = {}
    for part in parts:
        if part.holder_id in holder_ids:
            by_holder.setdefault(part.holder_id, []).append(part.reading)
    latest = {holder: latest_reading(readings) for holder, readings in by_holder.items()}
    return {holder: reading for holder, reading in latest.items() if reading is not None}


def combined_reading(latest: Mapping[str, Reading]) -> Reading | None:
    """The commitment's value: every holder's latest part summed, as of the latest of their
    periods; None before any holder reported. A holder that has not reported adds nothing, so
    a joint commitment looks behind until every holder has reported."""
    if not latest:
        return None
    return Reading(
        period_end=max(reading.period_end for reading in latest.values()),
        value=sum((reading.value for reading in latest.values()), _ZERO),
    )


def missing_holders(
    periods: Sequence[Period], parts: Sequence[Part], holder_ids: Sequence[str]
) -> dict[Period, list[str]]:
    """For each period, the holders with no reading in it (in `holder_ids` order); a period
    with an empty list is reported. A reading dated before the start counts for the first
    period, one after the due date for the last."""
    reported: dict[Period, set[str]] = {period: set() for period in periods}
    for part in parts:
        reported[period_of(list(periods), part.reading.period_end)].add(part.holder_id)
    return {
        period: [holder for holder in holder_ids if holder not in reported[period]]
        for period in periods
    }


def missed_period(
    periods: Sequence[Period], missing: Mapping[Period, Sequence[str]], today: date
) -> Period | None:
    """The latest period that has ended, when it is not the last and some holder did not report
    in it: the one that makes the commitment overdue before its due date."""
    latest = latest_ended(list(periods), today)
    if latest is None or latest == periods[-1] or not missing.get(latest):
        return None
    return latest


def expected_progress(start: date, due: date, at: date) -> Decimal:
    """The share of the way the indicator should have covered by `at`, going linearly from 0 at
    `start` to 1 at `due`; 0 before `start`, 1 from `due` on (also when `due` is not after
    `start`, a window of no length)."""
    if at >= due:
        return _ONE
    if at <= start:
        return _ZERO
    return Decimal((at - start).days) / Decimal((due - start).days)


def derive_status(
    indicator: Indicator,
    start: date,
    due: date,
    readings: Sequence[Reading],
    today: date,
    missed: bool = False,
) -> CommitmentStatus:
    """The status of a commitment, from its indicator, dates and progress readings.

    Only the latest reading counts (latest `period_end`; on a tie, the later one in `readings`).
    The first rule that applies wins:

    1. `achieved` — the latest value is at or beyond the target in the indicator's direction
       (increasing when target >= baseline, else decreasing). It beats everything, dates included.
       A target equal to the baseline means "hold at least the baseline": achieved when the value
       is >= it.
    2. `overdue` — today is after the due date, or (`missed`) the latest reporting period that
       has ended went without a report from every holder (see `missed_period`): status follows
       the latest period, so a late report for it clears this.
    3. `not_started` — there are no readings.
    4. Otherwise compare actual progress, `(latest - baseline) / (target - baseline)`, with the
       progress expected at the latest reading's `period_end`, which runs linearly from 0 at
       `start` to 1 at `due` (clamped to 0..1). If nothing was expected yet it is `on_track`;
       else with `ratio = actual / expected`: `on_track` if ratio >= ON_TRACK_RATIO (0.9),
       `at_risk` if ratio >= AT_RISK_RATIO (0.6), `off_track` below that. A target equal to the
       baseline and not held counts as no progress.

    Moving the latest value toward the target never makes the status worse.
    """
    latest = latest_reading(readings)
    if latest is not None and indicator.reached(latest.value):
        return CommitmentStatus.ACHIEVED
    if today > due or missed:
        return CommitmentStatus.OVERDUE
    if latest is None:
        return CommitmentStatus.NOT_STARTED
    expected = expected_progress(start, due, latest.period_end)
    if expected == _ZERO:
        return CommitmentStatus.ON_TRACK
    actual = indicator.progress(latest.value)
    # Multiplying the threshold instead of dividing by `expected` keeps the comparison exact.
    if actual >= ON_TRACK_RATIO * expected:
        return CommitmentStatus.ON_TRACK
    if actual >= AT_RISK_RATIO * expected:
        return CommitmentStatus.AT_RISK
    return CommitmentStatus.OFF_TRACK


def validate_reading(
    indicator: Indicator,
    unit: str,
    value: Decimal,
    period_end: date,
    today: date,
) -> list[tuple[str, str]]:
    """The problems with a reported reading as (field, message) pairs; empty when it is valid.

    - `unit` must equal the indicator's unit (exactly: no conversions are made).
    - `value` must be a finite number; in a percent unit (`percent`, `percentage`, `pct`, `%`) it
      must lie in 0..100; in any other unit it must not be negative, unless the unit starts with
      `delta` or `change`, which measure a change and may go below zero. The indicator's unit
      decides, since that is how the value will be read.
    - `period_end` must not be after today: progress is reported for periods that have ended.
    """
    problems: list[tuple[str, str]] = []
    if unit != indicator.unit:
        problems.append(("unit", f"must be {indicator.unit!r}, the indicator's unit, not {unit!r}"))

    kind = indicator.unit.strip().lower()
    if not value.is_finite():
        problems.append(("value", "must be a finite number"))
    elif kind in PERCENT_UNITS:
        if not _ZERO <= value <= _HUNDRED:
            problems.append(("value", "must be between 0 and 100 for a percentage"))
    elif value < _ZERO and not kind.startswith(SIGNED_UNIT_PREFIXES):
        problems.append(("value", f"must not be negative in {indicator.unit!r}"))

    if period_end > today:
        problems.append(("period_end", f"must not be after today ({today.isoformat()})"))
    return problems


def notices_due(
    due: date,
    achieved: bool,
    closed: bool,
    today: date,
    report_due_days: int,
) -> list[NoticeKind]:
    """Which notices apply to a commitment today; the sweep sends each at most once per due date.

    - `report_due` from `report_due_days` days before the due date up to the due date itself;
    - `overdue` from the day after the due date on.

    Neither applies once the commitment is achieved or closed, and they never apply together.
    """
    if report_due_days < 0:
        raise ValueError("report_due_days must not be negative")
    if achieved or closed:
        return []
    if today > due:
        return [NoticeKind.OVERDUE]
    # Ordinals, not `due - timedelta(...)`, so a long window near the calendar's start cannot overflow.
    if today.toordinal() >= due.toordinal() - report_due_days:
        return [NoticeKind.REPORT_DUE]
    return []


@dataclass(frozen=True)
class Notice:
    """A notice the sweep owes a commitment for one reporting period."""

    kind: NoticeKind
    period: Period


def period_notices(
    periods: Sequence[Period],
    missing: Mapping[Period, Sequence[str]],
    achieved: bool,
    closed: bool,
    today: date,
    report_due_days: int,
) -> list[Notice]:
    """Which notices apply to a commitment today, period by period; the sweep sends each at most
    once per period and kind.

    - The last period (the only one of a commitment reporting once) follows `notices_due`:
      `report_due` in the window before the due date, `overdue` after it.
    - An earlier period not yet reported by every holder: `report_due` from `report_due_days`
      days before its end up to its end; `overdue` once it has ended, if it is the latest period
      that has (after an outage the sweep does not send notices for periods long past).

    None once the commitment is achieved or closed.
    """
    if report_due_days < 0:
        raise ValueError("report_due_days must not be negative")
    if achieved or closed:
        return []
    notices: list[Notice] = []
    missed = missed_period(periods, missing, today)
    for period in periods[:-1]:
        if not missing.get(period):
            continue
        if period.end.toordinal() - report_due_days <= today.toordinal() <= period.end.toordinal():
            notices.append(Notice(NoticeKind.REPORT_DUE, period))
        elif period == missed:
            notices.append(Notice(NoticeKind.OVERDUE, period))
    final = periods[-1]
    notices += [
        Notice(kind, final) for kind in notices_due(final.end, False, False, today, report_due_days)
    ]
    return notices


class PeriodState(StrEnum):
    REPORTED = "reported"  # every holder reported in it
    MISSING = "missing"  # it ended without a report from every holder
    OPEN = "open"  # today is in it
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class PeriodSummary:
    """One period of the series a dossier shows."""

    period: Period
    state: PeriodState
    parts: dict[str, Reading]  # each holder's latest reading in the period
    total: Reading | None  # the commitment's value at the period's end


def period_series(
    periods: Sequence[Period], parts: Sequence[Part], holder_ids: Sequence[str], today: date
) -> list[PeriodSummary]:
    """The reporting calendar with what was reported in each period, oldest first."""
    missing = missing_holders(periods, parts, holder_ids)
    placed = [(period_of(list(periods), part.reading.period_end), part) for part in parts]
    series = []
    for period in periods:
        in_period = [part for at, part in placed if at == period]
        up_to_end = [part for at, part in placed if at <= period]
        if not missing[period]:
            state = PeriodState.REPORTED
        elif period.end < today:
            state = PeriodState.MISSING
        elif period.start <= today:
            state = PeriodState.OPEN
        else:
            state = PeriodState.UPCOMING
        series.append(
            PeriodSummary(
                period=period,
                state=state,
                parts=latest_parts(in_period, holder_ids),
                total=combined_reading(latest_parts(up_to_end, holder_ids)),
            )
        )
    return series


@dataclass(frozen=True)
class Assessment:
    """Where a commitment stands today: its calendar, each holder's latest part, its value, and
    the status those give."""

    periods: list[Period]
    missing: dict[Period, list[str]]
    latest: dict[str, Reading]  # each holder's latest part
    value: Reading | None  # the parts summed
    status: CommitmentStatus


def assess(
    indicator: Indicator,
    start: date,
    due: date,
    frequency: ReportingFrequency,
    holder_ids: Sequence[str],
    parts: Sequence[Part],
    today: date,
) -> Assessment:
    """The status rule applied to a joint commitment on a reporting calendar: `derive_status`
    of the holders' latest parts summed, overdue also when the latest ended period was missed."""
    periods = reporting_periods(start, due, frequency)
    missing = missing_holders(periods, parts, holder_ids)
    latest = latest_parts(parts, holder_ids)
    value = combined_reading(latest)
    missed = missed_period(periods, missing, today) is not None
    status = derive_status(indicator, start, due, [value] if value else [], today, missed)
    return Assessment(periods, missing, latest, value, status)
