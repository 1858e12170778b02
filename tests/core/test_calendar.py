"""WorkCalendar: working days, office periods and office-time arithmetic."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.core.calendar import WorkCalendar

# March 2025: Saturday 1, Monday 3 … Friday 7, Saturday 8, Monday 10.
MON = date(2025, 3, 3)
TUE = date(2025, 3, 4)
WED = date(2025, 3, 5)
FRI = date(2025, 3, 7)
SAT = date(2025, 3, 8)
SUN = date(2025, 3, 9)
NEXT_MON = date(2025, 3, 10)
HOLIDAY_WED = date(2025, 3, 12)
MAKEUP_SAT = date(2025, 3, 15)


def at(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm))


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar(holidays=[HOLIDAY_WED], makeup_workdays=[MAKEUP_SAT])


# --- days ----------------------------------------------------------------------------


def test_working_days(cal: WorkCalendar) -> None:
    assert cal.is_working_day(MON)
    assert cal.is_working_day(FRI)
    assert not cal.is_working_day(SAT)
    assert not cal.is_working_day(SUN)
    assert not cal.is_working_day(HOLIDAY_WED)
    assert cal.is_working_day(MAKEUP_SAT)


def test_makeup_day_wins_over_weekend_but_holiday_beats_weekday() -> None:
    c = WorkCalendar(holidays=[MON], makeup_workdays=[SAT])
    assert not c.is_working_day(MON)
    assert c.is_working_day(SAT)


def test_next_working_day_skips_weekend_and_holiday(cal: WorkCalendar) -> None:
    assert cal.next_working_day(MON) == TUE
    assert cal.next_working_day(FRI) == NEXT_MON
    assert cal.next_working_day(SAT) == NEXT_MON
    assert cal.next_working_day(date(2025, 3, 11)) == date(2025, 3, 13)
    assert cal.next_working_day(date(2025, 3, 14)) == MAKEUP_SAT


def test_close_of_day_and_day_length(cal: WorkCalendar) -> None:
    assert cal.close_of_day(MON) == at(MON, 17)
    assert cal.day_length_hours == 7.5
    custom = WorkCalendar([], office_hours=[(time(8), time(12)), (time(13), time(17, 30))])
    assert custom.day_length_hours == 8.5
    assert custom.close_of_day(MON) == at(MON, 17, 30)


def test_custom_weekend() -> None:
    # A unit that also works Saturdays.
    c = WorkCalendar([], weekend=frozenset({6}))
    assert c.is_working_day(SAT)
    assert not c.is_working_day(SUN)


# --- validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "periods",
    [
        [],
        [(time(11, 30), time(7, 30))],
        [(time(8), time(8))],
        [(time(13, 30), time(17)), (time(7, 30), time(11, 30))],
        [(time(7, 30), time(12)), (time(11, 30), time(17))],
    ],
    ids=["empty", "reversed", "zero-length", "unsorted", "overlapping"],
)
def test_invalid_office_hours_rejected(periods: list[tuple[time, time]]) -> None:
    with pytest.raises(ValueError):
        WorkCalendar([], office_hours=periods)


def test_invalid_weekend_rejected() -> None:
    with pytest.raises(ValueError):
        WorkCalendar([], weekend=frozenset({7}))
    with pytest.raises(ValueError):
        WorkCalendar([], weekend=frozenset(range(7)))


# --- next_office_time ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given_at", "expected"),
    [
        (at(MON, 9), at(MON, 9)),  # inside
        (at(MON, 7, 30), at(MON, 7, 30)),  # a period includes its start
        (at(MON, 6), at(MON, 7, 30)),  # before opening
        (at(MON, 11, 30), at(MON, 13, 30)),  # a period excludes its end
        (at(MON, 12, 15), at(MON, 13, 30)),  # lunch
        (at(MON, 17), at(TUE, 7, 30)),  # closing time
        (at(MON, 20), at(TUE, 7, 30)),  # evening
        (at(FRI, 18), at(NEXT_MON, 7, 30)),  # Friday evening
        (at(SAT, 10), at(NEXT_MON, 7, 30)),  # weekend
        (at(HOLIDAY_WED, 9), at(date(2025, 3, 13), 7, 30)),  # holiday
        (at(MAKEUP_SAT, 9), at(MAKEUP_SAT, 9)),  # make-up Saturday is a working day
    ],
)
def test_next_office_time(cal: WorkCalendar, given_at: datetime, expected: datetime) -> None:
    assert cal.next_office_time(given_at) == expected


# --- add_working_hours -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "hours", "expected"),
    [
        (at(MON, 7, 30), 7.5, at(MON, 17)),  # a full day ends at the close, not next morning
        (at(MON, 13, 30), 3.5, at(MON, 17)),
        (at(MON, 8), 4, at(MON, 14)),  # 3.5 h in the morning, 0.5 h after lunch
        (at(MON, 11), 0.5, at(MON, 11, 30)),  # ends exactly at the morning close
        (at(MON, 11), 1, at(MON, 14)),
        (at(MON, 16), 2, at(TUE, 8, 30)),  # skips the night
        (at(MON, 12), 1, at(MON, 14, 30)),  # lunch start: clock starts at 13:30
        (at(MON, 18), 1, at(TUE, 8, 30)),  # after hours
        (at(MON, 6), 1, at(MON, 8, 30)),  # before opening
        (at(FRI, 16), 2, at(NEXT_MON, 8, 30)),  # skips the weekend
        (at(date(2025, 3, 11), 16), 2, at(date(2025, 3, 13), 8, 30)),  # skips the holiday
        (at(date(2025, 3, 14), 16), 2, at(MAKEUP_SAT, 8, 30)),  # counts the make-up Saturday
        (at(MON, 7, 30), 15, at(TUE, 17)),
    ],
)
def test_add_working_hours(
    cal: WorkCalendar, start: datetime, hours: float, expected: datetime
) -> None:
    assert cal.add_working_hours(start, hours) == expected


def test_add_zero_hours(cal: WorkCalendar) -> None:
    assert cal.add_working_hours(at(MON, 9), 0) == at(MON, 9)
    assert cal.add_working_hours(at(MON, 17), 0) == at(MON, 17)  # a close stays
    assert cal.add_working_hours(at(MON, 12), 0) == at(MON, 13, 30)
    assert cal.add_working_hours(at(SAT, 9), 0) == at(NEXT_MON, 7, 30)


def test_negative_hours_rejected(cal: WorkCalendar) -> None:
    with pytest.raises(ValueError):
        cal.add_working_hours(at(MON, 9), -1)
    with pytest.raises(ValueError):
        cal.add_working_days(at(MON, 9), -1)


# --- add_working_days ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (at(MON, 9), 1, at(TUE, 9)),
        (at(MON, 7, 30), 1, at(MON, 17)),
        (at(FRI, 16), 1, at(NEXT_MON, 16)),
        (at(SAT, 10), 1, at(NEXT_MON, 17)),  # received on Saturday: clock starts Monday
        (at(MON, 9), 0.5, at(MON, 14, 45)),  # 3.75 h: 2.5 before lunch, 1.25 after
        (at(MON, 9), 5, at(NEXT_MON, 9)),
        (at(date(2025, 3, 11), 9), 1, at(date(2025, 3, 13), 9)),  # over the holiday
    ],
)
def test_add_working_days(
    cal: WorkCalendar, start: datetime, days: float, expected: datetime
) -> None:
    assert cal.add_working_days(start, days) == expected


def test_sixty_working_days() -> None:
    c = WorkCalendar([])
    # 60 working days from a Monday morning: 12 full weeks, ending on the 12th Friday's close.
    assert c.add_working_days(at(MON, 7, 30), 60) == at(MON + timedelta(weeks=11, days=4), 17)
    assert c.working_hours_between(at(MON, 7, 30), at(MON + timedelta(weeks=11, days=4), 17)) == 450


def test_long_duration_counts_every_holiday() -> None:
    holidays = [MON + timedelta(days=7 * k) for k in range(20)]  # every Monday off
    c = WorkCalendar(holidays)
    # Four working days a week: 40 working days take 10 weeks.
    assert c.add_working_days(at(TUE, 7, 30), 40) == at(FRI + timedelta(weeks=9), 17)


# --- add_calendar_days -----------------------------------------------------------------


def test_calendar_days(cal: WorkCalendar) -> None:
    assert cal.add_calendar_days(at(MON, 10), 3) == at(date(2025, 3, 6), 10)
    # Ends on Sunday → Monday, same clock time.
    assert cal.add_calendar_days(at(MON, 10), 6) == at(NEXT_MON, 10)
    # Ends on the holiday → next day.
    assert cal.add_calendar_days(at(WED, 10), 7) == at(date(2025, 3, 13), 10)
    # Ends on a make-up Saturday: a working day.
    assert cal.add_calendar_days(at(SAT, 10), 7) == at(MAKEUP_SAT, 10)
    # Clock time at lunch → moved into office hours.
    assert cal.add_calendar_days(at(MON, 12), 1) == at(TUE, 13, 30)
    # Received in the evening → next working morning.
    assert cal.add_calendar_days(at(MON, 19), 1) == at(WED, 7, 30)
    # Exactly at a close is a valid deadline.
    assert cal.add_calendar_days(at(MON, 17), 1) == at(TUE, 17)


# --- working_hours_between -------------------------------------------------------------


def test_working_hours_between(cal: WorkCalendar) -> None:
    assert cal.working_hours_between(at(MON, 7, 30), at(MON, 17)) == 7.5
    assert cal.working_hours_between(at(MON, 11), at(MON, 14)) == 1.0
    assert cal.working_hours_between(at(FRI, 16), at(NEXT_MON, 8, 30)) == 2.0
    assert cal.working_hours_between(at(MON, 12), at(MON, 13)) == 0.0
    assert cal.working_hours_between(at(TUE, 9), at(MON, 9)) == 0.0
    assert cal.working_hours_between(at(date(2025, 3, 11), 7, 30), at(date(2025, 3, 13), 7, 30)) == 7.5


def test_aware_datetimes_keep_their_zone(cal: WorkCalendar) -> None:
    ict = timezone(timedelta(hours=7), "ICT")
    start = datetime(2025, 3, 7, 16, tzinfo=ict)
    end = cal.add_working_days(start, 1)
    assert end == datetime(2025, 3, 10, 16, tzinfo=ict)
    assert end.tzinfo is ict
    assert cal.next_office_time(datetime(2025, 3, 8, 9, tzinfo=ict)).tzinfo is ict
    # The other end given in UTC is read on the first one's wall clock.
    utc_end = datetime(2025, 3, 10, 9, tzinfo=timezone.utc)  # 16:00 in Hanoi
    assert cal.working_hours_between(start, utc_end) == 7.5
    with pytest.raises(TypeError):
        cal.working_hours_between(start, at(MON, 9))


# --- properties ------------------------------------------------------------------------

_PROPERTY_CAL = WorkCalendar(holidays=[HOLIDAY_WED, date(2025, 4, 30)], makeup_workdays=[MAKEUP_SAT])
_moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2025, 12, 31))
_hours = st.floats(min_value=0, max_value=200, allow_nan=False).map(lambda h: round(h, 4))


@settings(max_examples=150, deadline=None)
@given(moment=_moments, hours=_hours)
def test_working_hours_between_inverts_add(moment: datetime, hours: float) -> None:
    start = _PROPERTY_CAL.next_office_time(moment)
    end = _PROPERTY_CAL.add_working_hours(start, hours)
    assert _PROPERTY_CAL.working_hours_between(start, end) == pytest.approx(hours, abs=1e-6)
    assert _PROPERTY_CAL.is_office_time(end) or _PROPERTY_CAL.is_period_close(end)


@settings(max_examples=150, deadline=None)
@given(moment=_moments, a=_hours, b=_hours)
def test_add_working_hours_is_monotonic(moment: datetime, a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert _PROPERTY_CAL.add_working_hours(moment, low) <= _PROPERTY_CAL.add_working_hours(moment, high)
