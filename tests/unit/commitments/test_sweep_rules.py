"""Which notices the sweep owes a commitment on a given day."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.commitments.domain import NoticeKind, notices_due

DUE = date(2025, 3, 31)
WINDOW = 14

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
windows = st.integers(min_value=0, max_value=365)


def notices(today: date, *, achieved: bool = False, closed: bool = False) -> list[NoticeKind]:
    return notices_due(DUE, achieved, closed, today, WINDOW)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (DUE - timedelta(days=WINDOW + 1), []),
        (DUE - timedelta(days=WINDOW), [NoticeKind.REPORT_DUE]),  # the window opens
        (DUE - timedelta(days=1), [NoticeKind.REPORT_DUE]),
        (DUE, [NoticeKind.REPORT_DUE]),  # the due date is still in time to report
        (DUE + timedelta(days=1), [NoticeKind.OVERDUE]),
        (DUE + timedelta(days=400), [NoticeKind.OVERDUE]),
    ],
)
def test_notices_around_the_due_date(today: date, expected: list[NoticeKind]) -> None:
    assert notices(today) == expected


@pytest.mark.parametrize("today", [DUE - timedelta(days=3), DUE, DUE + timedelta(days=3)])
def test_achieved_or_closed_commitments_get_no_notices(today: date) -> None:
    assert notices(today, achieved=True) == []
    assert notices(today, closed=True) == []
    assert notices(today, achieved=True, closed=True) == []


def test_a_window_of_zero_days_reminds_on_the_due_date_only() -> None:
    assert notices_due(DUE, False, False, DUE - timedelta(days=1), 0) == []
    assert notices_due(DUE, False, False, DUE, 0) == [NoticeKind.REPORT_DUE]


def test_a_negative_window_is_refused() -> None:
    with pytest.raises(ValueError, match="report_due_days"):
        notices_due(DUE, False, False, DUE, -1)


def test_a_window_reaching_before_the_calendar_does_not_overflow() -> None:
    assert notices_due(date(1, 1, 5), False, False, date(1, 1, 1), 30) == [NoticeKind.REPORT_DUE]


@given(due=dates, today=dates, window=windows, achieved=st.booleans(), closed=st.booleans())
def test_the_notices_follow_the_rule(due, today, window, achieved, closed) -> None:
    found = notices_due(due, achieved, closed, today, window)
    live = not achieved and not closed
    in_window = due - timedelta(days=window) <= today <= due
    assert (NoticeKind.REPORT_DUE in found) == (live and in_window)
    assert (NoticeKind.OVERDUE in found) == (live and today > due)
    assert len(found) <= 1  # never both: one is before the due date, the other after


@given(due=dates, window=windows)
def test_an_open_commitment_gets_each_notice_on_some_day(due, window) -> None:
    # Walking the calendar past the due date, the sweep's decisions go: nothing, report due, overdue.
    seen: list[NoticeKind] = []
    day = due - timedelta(days=window + 2)
    while day <= due + timedelta(days=2):
        for kind in notices_due(due, False, False, day, window):
            if not seen or seen[-1] is not kind:
                seen.append(kind)
        day += timedelta(days=1)
    assert seen == [NoticeKind.REPORT_DUE, NoticeKind.OVERDUE]
