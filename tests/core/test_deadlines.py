"""Appointment times, suspension, rescheduling: checked on concrete days and on the real calendars."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.core.calendar import WorkCalendar
from counter_app.core.calendar_data import merge_years, parse_calendar_year
from counter_app.core.deadlines import (
    Duration,
    RescheduleError,
    appointment_at,
    reschedule,
    resume_appointment,
)

CALENDAR_DIR = Path(__file__).resolve().parents[2] / "resources" / "calendars"
CUTOFF = time(15, 0)


def real_calendar() -> WorkCalendar:
    years = [
        parse_calendar_year(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(CALENDAR_DIR.glob("20*.json"))
    ]
    return merge_years(years)


REAL = real_calendar()
PLAIN = WorkCalendar([])  # no holidays: March 2025 below has none anyway


def at(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm)


def days(n: float) -> Duration:
    return Duration(n, "working_days")


SAME_DAY = days(0)


# --- same-day rule with a cut-off --------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (at(2025, 3, 3, 10), at(2025, 3, 3, 17)),  # before the cut-off
        (at(2025, 3, 3, 7), at(2025, 3, 3, 17)),  # before opening, same day
        (at(2025, 3, 3, 15), at(2025, 3, 3, 17)),  # exactly at the cut-off
        (at(2025, 3, 3, 15, 1), at(2025, 3, 4, 17)),  # after the cut-off → next working day
        (at(2025, 3, 3, 18), at(2025, 3, 4, 17)),  # after closing
        (at(2025, 3, 7, 15, 30), at(2025, 3, 10, 17)),  # Friday after cut-off → Monday
        (at(2025, 3, 8, 9), at(2025, 3, 10, 17)),  # Saturday → Monday
        # Friday before Giỗ Tổ (Monday 7 April 2025) → Tuesday.
        (at(2025, 4, 4, 15, 30), at(2025, 4, 8, 17)),
        # Tuesday before the 30/4–2/5 break, after the cut-off → Monday 5 May.
        (at(2025, 4, 29, 16), at(2025, 5, 5, 17)),
        # Thursday 8 January 2026 after cut-off → Friday; Friday 9th → make-up Saturday 10th.
        (at(2026, 1, 9, 15, 30), at(2026, 1, 10, 17)),
    ],
)
def test_same_day_with_cutoff(received: datetime, expected: datetime) -> None:
    assert appointment_at(SAME_DAY, received, REAL, same_day_cutoff=CUTOFF) == expected


def test_same_day_without_cutoff_uses_the_whole_day() -> None:
    assert appointment_at(SAME_DAY, at(2025, 3, 3, 16, 30), PLAIN) == at(2025, 3, 3, 17)
    assert appointment_at(SAME_DAY, at(2025, 3, 3, 17), PLAIN) == at(2025, 3, 4, 17)


def test_zero_working_hours_is_immediate_without_cutoff() -> None:
    assert appointment_at(Duration(0, "working_hours"), at(2025, 3, 3, 9), PLAIN) == at(2025, 3, 3, 9)
    assert appointment_at(Duration(0, "working_hours"), at(2025, 3, 3, 12), PLAIN) == at(2025, 3, 3, 13, 30)


def test_cutoff_with_a_longer_duration_starts_next_morning() -> None:
    received = at(2025, 3, 3, 16)
    assert appointment_at(days(1), received, PLAIN) == at(2025, 3, 4, 16)
    assert appointment_at(days(1), received, PLAIN, same_day_cutoff=CUTOFF) == at(2025, 3, 4, 17)
    assert appointment_at(days(1), at(2025, 3, 3, 14), PLAIN, same_day_cutoff=CUTOFF) == at(2025, 3, 4, 14)


# --- working days, hours and calendar days ------------------------------------------------


def test_working_days_and_hours() -> None:
    assert appointment_at(days(3), at(2025, 3, 3, 9), PLAIN) == at(2025, 3, 6, 9)
    assert appointment_at(days(1), at(2025, 3, 3, 7, 30), PLAIN) == at(2025, 3, 3, 17)
    assert appointment_at(Duration(4, "working_hours"), at(2025, 3, 3, 10), PLAIN) == at(2025, 3, 3, 16)
    # Tuesday 29 April 2025 + 2 working days: 30/4, 1/5, 2/5 and the weekend are skipped.
    assert appointment_at(days(2), at(2025, 4, 29, 9), REAL) == at(2025, 5, 6, 9)
    # Friday 9 January 2026 + 1 working day lands on the make-up Saturday.
    assert appointment_at(days(1), at(2026, 1, 9, 10), REAL) == at(2026, 1, 10, 10)
    # Across Tết Bính Ngọ: Thu 12 Feb 2026 09:00 + 3 days → Fri 13, Mon 23, Tue 24 Feb 09:00.
    assert appointment_at(days(3), at(2026, 2, 12, 9), REAL) == at(2026, 2, 24, 9)


def test_calendar_days() -> None:
    ten = Duration(10, "calendar_days")
    # Ends on Sunday 9 March → Monday 10 March, same clock time.
    assert appointment_at(Duration(6, "calendar_days"), at(2025, 3, 3, 10), PLAIN) == at(2025, 3, 10, 10)
    # Across Tết 2026: Tue 10 Feb + 7 days = Tue 17 Feb (mùng 1) → Mon 23 Feb.
    assert appointment_at(Duration(7, "calendar_days"), at(2026, 2, 10, 9), REAL) == at(2026, 2, 23, 9)
    # Ends on the compensatory day for Giỗ Tổ (Mon 27 Apr 2026) → Tue 28 Apr.
    assert appointment_at(ten, at(2026, 4, 17, 9), REAL) == at(2026, 4, 28, 9)
    with pytest.raises(ValueError):
        appointment_at(Duration(1.5, "calendar_days"), at(2025, 3, 3, 9), PLAIN)


def test_aware_receipt_keeps_zone() -> None:
    ict = timezone(timedelta(hours=7))
    result = appointment_at(SAME_DAY, datetime(2025, 3, 3, 10, tzinfo=ict), PLAIN, CUTOFF)
    assert result == datetime(2025, 3, 3, 17, tzinfo=ict)
    assert result.tzinfo is ict


# --- suspension ---------------------------------------------------------------------------

RECEIVED = at(2025, 3, 3, 7, 30)  # Monday
FOUR_DAYS = days(4)
ORIGINAL = at(2025, 3, 6, 17)  # Thursday close


def test_original_appointment() -> None:
    assert appointment_at(FOUR_DAYS, RECEIVED, PLAIN) == ORIGINAL


def test_shift_moves_by_the_paused_office_time() -> None:
    # Paused Tue 10:00 → Wed 10:00: one working day (7.5 h) → Fri close.
    new = resume_appointment("shift", FOUR_DAYS, ORIGINAL, at(2025, 3, 4, 10), at(2025, 3, 5, 10), PLAIN)
    assert new == at(2025, 3, 7, 17)
    # Eight days received Monday 3 March end Wednesday 12 March at the close; paused over the
    # weekend, Fri 16:00 → Mon 08:30, is 2 h of office time → Thursday 13 March 09:30.
    eight = days(8)
    original = appointment_at(eight, RECEIVED, PLAIN)
    assert original == at(2025, 3, 12, 17)
    new = resume_appointment("shift", eight, original, at(2025, 3, 7, 16), at(2025, 3, 10, 8, 30), PLAIN)
    assert new == at(2025, 3, 13, 9, 30)
    # A pause entirely outside office hours changes nothing.
    new = resume_appointment("shift", FOUR_DAYS, ORIGINAL, at(2025, 3, 4, 18), at(2025, 3, 5, 7), PLAIN)
    assert new == ORIGINAL


def test_restart_counts_the_full_duration_again() -> None:
    new = resume_appointment("restart", FOUR_DAYS, ORIGINAL, at(2025, 3, 4, 10), at(2025, 3, 5, 10), PLAIN)
    assert new == at(2025, 3, 11, 10)  # Wed 10:00 + 4 working days


def test_suspension_with_calendar_days() -> None:
    ten = Duration(10, "calendar_days")
    original = appointment_at(ten, at(2025, 3, 3, 9), PLAIN)
    assert original == at(2025, 3, 13, 9)
    paused, resumed = at(2025, 3, 5, 9), at(2025, 3, 6, 9)
    assert resume_appointment("shift", ten, original, paused, resumed, PLAIN) == at(2025, 3, 14, 9)
    # Restart: Thu 6 + 10 = Sun 16 → Mon 17.
    assert resume_appointment("restart", ten, original, paused, resumed, PLAIN) == at(2025, 3, 17, 9)


def test_restart_applies_the_cutoff() -> None:
    new = resume_appointment(
        "restart", SAME_DAY, at(2025, 3, 3, 17), at(2025, 3, 3, 10), at(2025, 3, 4, 16), PLAIN, CUTOFF)
    assert new == at(2025, 3, 5, 17)


def test_suspension_errors() -> None:
    with pytest.raises(ValueError):
        resume_appointment("shift", FOUR_DAYS, ORIGINAL, at(2025, 3, 5, 10), at(2025, 3, 4, 10), PLAIN)
    with pytest.raises(ValueError):
        resume_appointment("pause", FOUR_DAYS, ORIGINAL, at(2025, 3, 4, 10), at(2025, 3, 5, 10), PLAIN)  # type: ignore[arg-type]


# --- rescheduling -------------------------------------------------------------------------


def test_reschedule_once_only() -> None:
    new = at(2025, 3, 12, 17)
    assert reschedule(ORIGINAL, new, already_rescheduled=False) == new
    with pytest.raises(RescheduleError, match="không quá 1 lần"):
        reschedule(new, at(2025, 3, 20, 17), already_rescheduled=True)


def test_reschedule_must_move_later() -> None:
    with pytest.raises(RescheduleError):
        reschedule(ORIGINAL, ORIGINAL, already_rescheduled=False)
    with pytest.raises(RescheduleError):
        reschedule(ORIGINAL, at(2025, 3, 5, 17), already_rescheduled=False)


# --- properties on the real 2024–2026 calendars -------------------------------------------

_received = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 11, 30))
_durations = st.one_of(
    st.integers(0, 40).map(lambda n: Duration(n / 2, "working_days")),
    st.integers(0, 80).map(lambda n: Duration(n / 4, "working_hours")),
    st.integers(0, 60).map(lambda n: Duration(n, "calendar_days")),
)
_cutoffs = st.one_of(st.none(), st.times(min_value=time(7), max_value=time(17)))


def _valid_end(moment: datetime) -> bool:
    return REAL.is_office_time(moment) or REAL.is_period_close(moment)


@settings(max_examples=200, deadline=None)
@given(received=_received, duration=_durations, cutoff=_cutoffs)
def test_appointment_is_never_early_and_always_in_office_time(
    received: datetime, duration: Duration, cutoff: time | None
) -> None:
    result = appointment_at(duration, received, REAL, cutoff)
    assert result >= received
    assert REAL.is_working_day(result.date())
    assert _valid_end(result)


@settings(max_examples=100, deadline=None)
@given(received=_received, a=st.integers(0, 60), b=st.integers(0, 60))
def test_add_working_days_is_monotonic(received: datetime, a: int, b: int) -> None:
    low, high = sorted((a / 2, b / 2))
    assert REAL.add_working_days(received, low) <= REAL.add_working_days(received, high)


@settings(max_examples=100, deadline=None)
@given(moment=_received, hours=st.integers(0, 400).map(lambda q: q / 4))
def test_between_inverts_add_on_real_calendar(moment: datetime, hours: float) -> None:
    start = REAL.next_office_time(moment)
    assert REAL.working_hours_between(start, REAL.add_working_hours(start, hours)) == pytest.approx(hours)


@settings(max_examples=100, deadline=None)
@given(
    received=_received,
    duration=_durations,
    pause_start=st.integers(0, 20 * 24 * 60),
    pause_length=st.integers(0, 20 * 24 * 60),
    policy=st.sampled_from(["shift", "restart"]),
)
def test_resumed_appointment_is_never_earlier(
    received: datetime, duration: Duration, pause_start: int, pause_length: int, policy: str
) -> None:
    original = appointment_at(duration, received, REAL)
    paused = received + timedelta(minutes=pause_start)
    resumed = paused + timedelta(minutes=pause_length)
    new = resume_appointment(policy, duration, original, paused, resumed, REAL)  # type: ignore[arg-type]
    assert new >= original or policy == "restart"
    assert _valid_end(new)
