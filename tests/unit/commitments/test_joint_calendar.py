"""Joint commitments on a reporting calendar: the parts summed, the periods missed, the notices
owed period by period and the series a dossier shows."""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from services.commitments.domain import (
    CommitmentStatus,
    Indicator,
    Notice,
    NoticeKind,
    Part,
    PeriodState,
    Reading,
    assess,
    combined_reading,
    latest_parts,
    missing_holders,
    period_notices,
    period_series,
)
from shared.reporting import Period, ReportingFrequency, reporting_periods

START = date(2025, 1, 1)
DUE = date(2025, 12, 31)
Q = ReportingFrequency.QUARTERLY
QUARTERS = reporting_periods(START, DUE, Q)
Q1, Q2, Q3, Q4 = QUARTERS
WORKERS = Indicator(baseline=Decimal(0), target=Decimal(400), unit="workers")
HOLDERS = ["org-ministry", "org-employers"]
WINDOW = 14


def part(holder: str, day: date, value: str) -> Part:
    return Part(holder, Reading(day, Decimal(value)))


def status(parts: list[Part], today: date, frequency: ReportingFrequency = Q) -> CommitmentStatus:
    return assess(WORKERS, START, DUE, frequency, HOLDERS, parts, today).status


def notices(parts: list[Part], today: date, achieved: bool = False) -> list[Notice]:
    missing = missing_holders(QUARTERS, parts, HOLDERS)
    return period_notices(QUARTERS, missing, achieved, False, today, WINDOW)


# --- the parts summed -------------------------------------------------------------------------


def test_the_value_is_each_holders_latest_part_summed() -> None:
    parts = [
        part("org-ministry", date(2025, 3, 31), "40"),
        part("org-employers", date(2025, 3, 30), "30"),
        part("org-ministry", date(2025, 6, 30), "90"),  # supersedes its 40
        part("org-ministry", date(2025, 6, 30), "95"),  # a correction of the same period
    ]
    latest = latest_parts(parts, HOLDERS)
    assert latest == {
        "org-ministry": Reading(date(2025, 6, 30), Decimal(95)),
        "org-employers": Reading(date(2025, 3, 30), Decimal(30)),
    }
    assert combined_reading(latest) == Reading(date(2025, 6, 30), Decimal(125))


def test_readings_of_an_organisation_no_longer_holding_it_do_not_count() -> None:
    parts = [part("org-ministry", START, "10"), part("org-gone", START, "99")]
    assert combined_reading(latest_parts(parts, HOLDERS)) == Reading(START, Decimal(10))


def test_nothing_reported_is_no_value() -> None:
    assert combined_reading(latest_parts([], HOLDERS)) is None


def test_together_the_holders_reach_the_target_neither_alone() -> None:
    first = [part("org-ministry", date(2025, 3, 31), "250")]
    assert status(first, date(2025, 4, 1)) is not CommitmentStatus.ACHIEVED
    both = [*first, part("org-employers", date(2025, 3, 31), "150")]
    assert status(both, date(2025, 4, 1)) is CommitmentStatus.ACHIEVED


@given(
    values=st.lists(st.decimals(min_value=0, max_value=10_000, places=2), min_size=1, max_size=6)
)
def test_one_reading_per_holder_sums_to_their_total(values) -> None:
    holders = [f"org-{i}" for i in range(len(values))]
    parts = [Part(h, Reading(START, v)) for h, v in zip(holders, values, strict=True)]
    combined = combined_reading(latest_parts(parts, holders))
    assert combined is not None
    assert combined.value == sum(values)


# --- periods missed and the status ------------------------------------------------------------


def test_a_period_is_reported_when_every_holder_reported_in_it() -> None:
    parts = [
        part("org-ministry", date(2025, 2, 1), "10"),
        part("org-employers", date(2025, 3, 31), "10"),
        part("org-ministry", date(2025, 5, 1), "20"),
    ]
    missing = missing_holders(QUARTERS, parts, HOLDERS)
    assert missing[Q1] == []
    assert missing[Q2] == ["org-employers"]
    assert missing[Q3] == HOLDERS


def test_a_missed_quarter_makes_it_overdue_until_its_report_comes() -> None:
    on_time = [part(h, date(2025, 3, 31), "50") for h in HOLDERS]
    assert status(on_time, date(2025, 6, 30)) is CommitmentStatus.ON_TRACK
    # Q2 ends with no report from the employers: overdue the day after.
    ministry_q2 = [*on_time, part("org-ministry", date(2025, 6, 30), "100")]
    assert status(ministry_q2, date(2025, 7, 1)) is CommitmentStatus.OVERDUE
    # Their late report for Q2 (dated in Q2) puts it back on its progress.
    late = [*ministry_q2, part("org-employers", date(2025, 6, 30), "100")]
    assert status(late, date(2025, 7, 5)) is CommitmentStatus.ON_TRACK


def test_status_follows_the_latest_period_not_an_older_miss() -> None:
    # Q1 was missed; Q2 is reported in full: once Q2 has ended, Q1 no longer decides.
    q2 = [part(h, date(2025, 6, 30), "100") for h in HOLDERS]
    assert status(q2, date(2025, 4, 1)) is CommitmentStatus.OVERDUE
    assert status(q2, date(2025, 7, 1)) is CommitmentStatus.ON_TRACK


def test_reporting_once_is_todays_rule() -> None:
    once = ReportingFrequency.ONCE
    assert status([], date(2025, 7, 1), once) is CommitmentStatus.NOT_STARTED
    assert status([], DUE + timedelta(days=1), once) is CommitmentStatus.OVERDUE


def test_the_target_reached_beats_a_missed_period() -> None:
    parts = [part("org-ministry", date(2025, 3, 1), "400")]
    assert status(parts, date(2025, 4, 2)) is CommitmentStatus.ACHIEVED


# --- notices ----------------------------------------------------------------------------------


def test_report_due_before_each_quarter_ends_and_overdue_after_a_missed_one() -> None:
    assert notices([], Q1.end - timedelta(days=WINDOW + 1)) == []
    assert notices([], Q1.end - timedelta(days=WINDOW)) == [Notice(NoticeKind.REPORT_DUE, Q1)]
    assert notices([], Q1.end) == [Notice(NoticeKind.REPORT_DUE, Q1)]
    assert notices([], Q1.end + timedelta(days=1)) == [Notice(NoticeKind.OVERDUE, Q1)]
    assert notices([], Q2.end - timedelta(days=3)) == [
        Notice(NoticeKind.OVERDUE, Q1),
        Notice(NoticeKind.REPORT_DUE, Q2),
    ]


def test_a_reported_quarter_owes_nothing() -> None:
    both = [part(h, date(2025, 3, 20), "50") for h in HOLDERS]
    assert notices(both, Q1.end - timedelta(days=2)) == []
    assert notices(both, Q1.end + timedelta(days=1)) == []
    one = both[:1]
    assert notices(one, Q1.end + timedelta(days=1)) == [Notice(NoticeKind.OVERDUE, Q1)]


def test_only_the_latest_ended_quarter_is_chased() -> None:
    # After an outage the sweep says nothing of Q1 once Q2 has ended too.
    assert notices([], Q2.end + timedelta(days=1)) == [Notice(NoticeKind.OVERDUE, Q2)]


def test_the_last_quarter_follows_the_due_date_rule() -> None:
    reported = [part(h, q.end, "100") for h in HOLDERS for q in (Q1, Q2, Q3)]
    reported += [part(h, date(2025, 12, 20), "150") for h in HOLDERS]
    assert notices(reported, DUE) == [Notice(NoticeKind.REPORT_DUE, Q4)]
    assert notices(reported, DUE + timedelta(days=1)) == [Notice(NoticeKind.OVERDUE, Q4)]
    assert notices(reported, DUE + timedelta(days=1), achieved=True) == []


@given(today=st.dates(min_value=date(2024, 10, 1), max_value=date(2026, 6, 30)))
def test_at_most_one_notice_of_a_kind_per_period_and_overdue_only_after_it_ended(today) -> None:
    found = notices([], today)
    keys = [(n.kind, n.period) for n in found]
    assert len(keys) == len(set(keys))
    for notice in found:
        if notice.kind is NoticeKind.OVERDUE:
            assert today > notice.period.end
        else:
            assert notice.period.end - timedelta(days=WINDOW) <= today <= notice.period.end


# --- the series -------------------------------------------------------------------------------


def test_the_series_shows_each_quarter_with_each_holders_part() -> None:
    parts = [
        part("org-ministry", date(2025, 3, 31), "40"),
        part("org-employers", date(2025, 3, 31), "30"),
        part("org-ministry", date(2025, 6, 30), "90"),
    ]
    series = period_series(QUARTERS, parts, HOLDERS, date(2025, 8, 1))
    assert [s.state for s in series] == [
        PeriodState.REPORTED,
        PeriodState.MISSING,
        PeriodState.OPEN,
        PeriodState.UPCOMING,
    ]
    assert {h: r.value for h, r in series[0].parts.items()} == {
        "org-ministry": Decimal(40),
        "org-employers": Decimal(30),
    }
    assert [s.total.value if s.total else None for s in series] == [
        Decimal(70),
        Decimal(120),  # the employers' Q1 part carried to the end of Q2
        Decimal(120),
        Decimal(120),
    ]


def test_an_empty_calendar_before_any_report() -> None:
    periods = [Period(START, DUE)]
    (only,) = period_series(periods, [], HOLDERS, START)
    assert (only.state, only.parts, only.total) == (PeriodState.OPEN, {}, None)
