"""The derived status of a commitment and the validation of a reported reading."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from services.commitments.domain import (
    CommitmentStatus,
    Direction,
    Indicator,
    InvalidReading,
    Reading,
    derive_status,
    expected_progress,
    latest_reading,
    validate_reading,
)

# A ten-day window makes every day a round tenth of the expected progress.
START = date(2025, 1, 1)
DUE = date(2025, 1, 11)
MIDWAY = date(2025, 1, 6)

# Worst to best: the order "moving toward the target never makes it worse" is checked against.
RANK = {
    CommitmentStatus.OVERDUE: 0,
    CommitmentStatus.OFF_TRACK: 1,
    CommitmentStatus.AT_RISK: 2,
    CommitmentStatus.ON_TRACK: 3,
    CommitmentStatus.ACHIEVED: 4,
}

values = st.decimals(min_value=-10_000, max_value=10_000, places=2)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


def status(indicator: Indicator, *readings: tuple[date, str], today: date = MIDWAY):
    return derive_status(
        indicator,
        START,
        DUE,
        [Reading(period_end, Decimal(value)) for period_end, value in readings],
        today,
    )


RISING = Indicator(baseline=Decimal(0), target=Decimal(100), unit="people")
# e.g. average recruitment fees paid by migrant workers, to be brought down
FALLING = Indicator(baseline=Decimal(40), target=Decimal(20), unit="percent")


# --- examples ---------------------------------------------------------------------------------


def test_without_readings_it_has_not_started() -> None:
    assert status(RISING) is CommitmentStatus.NOT_STARTED


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("50", CommitmentStatus.ON_TRACK),  # exactly as expected halfway
        ("45", CommitmentStatus.ON_TRACK),  # ratio 0.9, the on-track threshold
        ("44.99", CommitmentStatus.AT_RISK),
        ("30", CommitmentStatus.AT_RISK),  # ratio 0.6, the at-risk threshold
        ("29.99", CommitmentStatus.OFF_TRACK),
        ("-5", CommitmentStatus.OFF_TRACK),  # moved away from the target
        ("99.99", CommitmentStatus.ON_TRACK),
        ("100", CommitmentStatus.ACHIEVED),
        ("150", CommitmentStatus.ACHIEVED),
    ],
)
def test_an_increasing_indicator_halfway_through(value: str, expected: CommitmentStatus) -> None:
    assert status(RISING, (MIDWAY, value)) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30", CommitmentStatus.ON_TRACK),
        ("31", CommitmentStatus.ON_TRACK),  # 45 % of the way when 50 % was expected: ratio 0.9
        ("32", CommitmentStatus.AT_RISK),
        ("34", CommitmentStatus.AT_RISK),  # ratio 0.6
        ("35", CommitmentStatus.OFF_TRACK),
        ("45", CommitmentStatus.OFF_TRACK),  # went up, away from a falling target
        ("20", CommitmentStatus.ACHIEVED),
        ("15", CommitmentStatus.ACHIEVED),
    ],
)
def test_a_decreasing_indicator_halfway_through(value: str, expected: CommitmentStatus) -> None:
    assert status(FALLING, (MIDWAY, value)) is expected


def test_after_the_due_date_it_is_overdue_unless_achieved() -> None:
    late = DUE + timedelta(days=1)
    assert status(RISING, (MIDWAY, "99"), today=late) is CommitmentStatus.OVERDUE
    assert status(RISING, today=late) is CommitmentStatus.OVERDUE
    assert status(RISING, (MIDWAY, "100"), today=late) is CommitmentStatus.ACHIEVED


def test_on_the_due_date_it_is_not_yet_overdue() -> None:
    assert status(RISING, (DUE, "95"), today=DUE) is CommitmentStatus.ON_TRACK
    assert status(RISING, (DUE, "50"), today=DUE) is CommitmentStatus.OFF_TRACK


def test_expected_progress_is_measured_at_the_reading_not_today() -> None:
    # 20 at day 2 is exactly what was expected then, however late in the window it is reported.
    assert status(RISING, (date(2025, 1, 3), "20"), today=date(2025, 1, 10)) is (
        CommitmentStatus.ON_TRACK
    )


def test_a_reading_before_anything_was_expected_is_on_track() -> None:
    assert status(RISING, (START, "0")) is CommitmentStatus.ON_TRACK
    assert status(RISING, (START - timedelta(days=30), "-3")) is CommitmentStatus.ON_TRACK


def test_only_the_latest_reading_counts() -> None:
    # A target reached once and lost since is not achieved; reports may arrive out of order.
    assert status(RISING, (MIDWAY, "10"), (START, "100")) is CommitmentStatus.OFF_TRACK
    assert status(RISING, (MIDWAY, "50"), (START, "0")) is CommitmentStatus.ON_TRACK


def test_a_second_reading_for_the_same_period_corrects_the_first() -> None:
    assert status(RISING, (MIDWAY, "10"), (MIDWAY, "50")) is CommitmentStatus.ON_TRACK
    assert status(RISING, (MIDWAY, "50"), (MIDWAY, "10")) is CommitmentStatus.OFF_TRACK


def test_a_target_equal_to_the_baseline_means_holding_the_baseline() -> None:
    hold = Indicator(baseline=Decimal(70), target=Decimal(70), unit="percent")
    assert hold.direction is Direction.INCREASING
    assert status(hold, (MIDWAY, "70")) is CommitmentStatus.ACHIEVED
    assert status(hold, (MIDWAY, "75")) is CommitmentStatus.ACHIEVED
    assert status(hold, (MIDWAY, "69")) is CommitmentStatus.OFF_TRACK
    assert status(hold, (START, "69")) is CommitmentStatus.ON_TRACK


def test_a_window_of_no_length_expects_everything_at_once() -> None:
    assert expected_progress(DUE, DUE, DUE) == 1
    assert expected_progress(DUE, START, MIDWAY) == 1
    assert expected_progress(DUE, DUE, START) == 0


def test_expected_progress_is_linear_and_clamped() -> None:
    assert expected_progress(START, DUE, START - timedelta(days=1)) == 0
    assert expected_progress(START, DUE, date(2025, 1, 4)) == Decimal("0.3")
    assert expected_progress(START, DUE, DUE + timedelta(days=100)) == 1


def test_indicators_and_readings_refuse_numbers_that_are_not_finite() -> None:
    with pytest.raises(ValueError, match="finite"):
        Indicator(baseline=Decimal("NaN"), target=Decimal(1), unit="people")
    with pytest.raises(ValueError, match="finite"):
        Indicator(baseline=Decimal(0), target=Decimal("Infinity"), unit="people")
    with pytest.raises(ValueError, match="finite"):
        Reading(MIDWAY, Decimal("-Infinity"))


# --- properties -------------------------------------------------------------------------------


@st.composite
def indicators(draw: st.DrawFn) -> Indicator:
    return Indicator(baseline=draw(values), target=draw(values), unit="people")


@st.composite
def reading_lists(draw: st.DrawFn, min_size: int = 0) -> list[Reading]:
    return draw(
        st.lists(st.builds(Reading, period_end=dates, value=values), min_size=min_size, max_size=5)
    )


@given(
    indicator=indicators(),
    earlier=reading_lists(),
    overshoot=st.decimals(min_value=0, max_value=1_000, places=2),
    start=dates,
    due=dates,
    today=dates,
)
def test_a_latest_reading_at_or_beyond_the_target_is_achieved_whatever_the_dates(
    indicator, earlier, overshoot, start, due, today
) -> None:
    beyond = overshoot if indicator.direction is Direction.INCREASING else -overshoot
    period_end = max([r.period_end for r in earlier], default=start)
    latest = Reading(period_end, indicator.target + beyond)
    assert derive_status(indicator, start, due, [*earlier, latest], today) is (
        CommitmentStatus.ACHIEVED
    )


@given(indicator=indicators(), readings=reading_lists(), start=dates, due=dates, today=dates)
def test_it_is_never_overdue_on_or_before_the_due_date(
    indicator, readings, start, due, today
) -> None:
    assume(today <= due)
    assert derive_status(indicator, start, due, readings, today) is not CommitmentStatus.OVERDUE


@given(indicator=indicators(), readings=reading_lists(), start=dates, due=dates, today=dates)
def test_after_the_due_date_it_is_either_achieved_or_overdue(
    indicator, readings, start, due, today
) -> None:
    assume(today > due)
    assert derive_status(indicator, start, due, readings, today) in {
        CommitmentStatus.ACHIEVED,
        CommitmentStatus.OVERDUE,
    }


@given(indicator=indicators(), start=dates, due=dates, today=dates)
def test_without_readings_it_is_not_started_until_the_due_date_passes(
    indicator, start, due, today
) -> None:
    expected = CommitmentStatus.NOT_STARTED if today <= due else CommitmentStatus.OVERDUE
    assert derive_status(indicator, start, due, [], today) is expected


@given(
    indicator=indicators(),
    first=values,
    second=values,
    start=dates,
    due=dates,
    period_end=dates,
    today=dates,
)
def test_moving_the_latest_value_toward_the_target_never_makes_the_status_worse(
    indicator, first, second, start, due, period_end, today
) -> None:
    if indicator.direction is Direction.INCREASING:
        worse, better = sorted([first, second])
    else:
        better, worse = sorted([first, second])
    before = derive_status(indicator, start, due, [Reading(period_end, worse)], today)
    after = derive_status(indicator, start, due, [Reading(period_end, better)], today)
    assert RANK[after] >= RANK[before]


@given(
    indicator=indicators(),
    readings=reading_lists(),
    start=dates,
    due=dates,
    today=dates,
)
def test_a_decreasing_indicator_is_the_mirror_image_of_an_increasing_one(
    indicator, readings, start, due, today
) -> None:
    # Negating baseline, target and every value turns one direction into the other; a target equal
    # to the baseline has no mirror image (it always reads as "hold at least").
    assume(indicator.target != indicator.baseline)
    mirrored = Indicator(baseline=-indicator.baseline, target=-indicator.target, unit="people")
    assert mirrored.direction is not indicator.direction
    flipped = [Reading(r.period_end, -r.value) for r in readings]
    assert derive_status(mirrored, start, due, flipped, today) is derive_status(
        indicator, start, due, readings, today
    )


@given(
    indicator=indicators(),
    readings=reading_lists(min_size=1),
    start=dates,
    due=dates,
    today=dates,
    data=st.data(),
)
def test_the_order_readings_arrive_in_does_not_matter_when_their_periods_differ(
    indicator, readings, start, due, today, data
) -> None:
    assume(len({r.period_end for r in readings}) == len(readings))
    shuffled = data.draw(st.permutations(readings))
    assert latest_reading(shuffled) == latest_reading(readings)
    assert derive_status(indicator, start, due, shuffled, today) is derive_status(
        indicator, start, due, readings, today
    )


@given(start=dates, due=dates, at=dates)
def test_expected_progress_stays_between_zero_and_one(start, due, at) -> None:
    assert 0 <= expected_progress(start, due, at) <= 1


# --- validation of a reported reading ---------------------------------------------------------

TODAY = date(2025, 6, 30)


def problems(unit: str, value: str, period_end: date = TODAY, *, indicator_unit: str = "people"):
    indicator = Indicator(baseline=Decimal(0), target=Decimal(10), unit=indicator_unit)
    return validate_reading(indicator, unit, Decimal(value), period_end, TODAY)


def fields(found: list[tuple[str, str]]) -> list[str]:
    return [field for field, _ in found]


def test_a_good_reading_has_no_problems() -> None:
    assert problems("people", "12") == []
    assert problems("people", "0", TODAY - timedelta(days=90)) == []


def test_the_unit_must_be_the_indicators() -> None:
    found = problems("households", "12")
    assert fields(found) == ["unit"]
    assert "'people'" in found[0][1]


def test_the_period_must_have_ended() -> None:
    found = problems("people", "12", TODAY + timedelta(days=1))
    assert fields(found) == ["period_end"]
    assert TODAY.isoformat() in found[0][1]


def test_counts_and_amounts_are_never_negative() -> None:
    assert fields(problems("people", "-1")) == ["value"]
    assert fields(problems("USD", "-0.01", indicator_unit="USD")) == ["value"]


@pytest.mark.parametrize("unit", ["delta_people", "change in USD", "Delta %"])
def test_units_that_measure_a_change_may_go_negative(unit: str) -> None:
    assert problems(unit, "-25", indicator_unit=unit) == []


@pytest.mark.parametrize("unit", ["percent", "%", "Percentage", "pct"])
@pytest.mark.parametrize(
    ("value", "valid"), [("0", True), ("100", True), ("-1", False), ("100.01", False)]
)
def test_percentages_lie_between_0_and_100(unit: str, value: str, valid: bool) -> None:
    assert fields(problems(unit, value, indicator_unit=unit)) == ([] if valid else ["value"])


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_the_value_must_be_a_finite_number(value: str) -> None:
    assert fields(problems("people", value)) == ["value"]


def test_every_bad_field_is_named_at_once() -> None:
    found = problems("households", "-3", TODAY + timedelta(days=1))
    assert fields(found) == ["unit", "value", "period_end"]


def test_invalid_reading_carries_the_problems() -> None:
    found = problems("households", "-3")
    error = InvalidReading(found)
    assert error.problems == found
    assert "unit:" in str(error)
    assert "value:" in str(error)


def test_a_target_equal_to_its_baseline_is_all_or_nothing() -> None:
    # Found by mutation testing: nothing checked the "no way to cover" branch.
    hold = Indicator(baseline=Decimal(50), target=Decimal(50), unit="%")
    assert hold.progress(Decimal(50)) == 1
    assert hold.progress(Decimal(60)) == 1
    assert hold.progress(Decimal(49)) == 0
