"""The unit's work calendar: working days, office periods and arithmetic in office time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

OfficePeriod = tuple[time, time]

DEFAULT_OFFICE_HOURS: tuple[OfficePeriod, ...] = (
    (time(7, 30), time(11, 30)),
    (time(13, 30), time(17, 0)),
)
# Python's weekday(): Monday is 0, so Saturday and Sunday are 5 and 6.
DEFAULT_WEEKEND: frozenset[int] = frozenset({5, 6})

_ONE_DAY = timedelta(days=1)
_ONE_HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class WeeklySession:
    """Office periods a unit keeps on a weekend day, e.g. Saturday 07:30–11:30 for residence
    dossiers; ``year`` limits it to one calendar year (None: every year)."""

    weekday: int  # 0 Monday … 5 Saturday, 6 Sunday
    periods: tuple[OfficePeriod, ...]
    year: int | None = None


def _split(dt: datetime) -> tuple[datetime, tzinfo | None]:
    """Separate the wall clock from the zone: the rules speak of the clock on the office wall."""
    return dt.replace(tzinfo=None), dt.tzinfo


def _join(naive: datetime, tz: tzinfo | None) -> datetime:
    return naive.replace(tzinfo=tz)


def _span(period: OfficePeriod) -> timedelta:
    start, end = period
    return datetime.combine(date.min, end) - datetime.combine(date.min, start)


def _validate_office_hours(periods: tuple[OfficePeriod, ...]) -> None:
    if not periods:
        raise ValueError("office hours need at least one period")
    previous_end: time | None = None
    for index, period in enumerate(periods):
        if len(period) != 2:
            raise ValueError(f"office period {index} must be a (start, end) pair")
        start, end = period
        if not isinstance(start, time) or not isinstance(end, time):
            raise ValueError(f"office period {index} must hold two datetime.time values")
        if start.tzinfo is not None or end.tzinfo is not None:
            # Periods are wall-clock times of the unit; a zone here would be silently ignored.
            raise ValueError(f"office period {index} must use naive times")
        if not start < end:
            raise ValueError(f"office period {index} starts at {start} but ends at {end}")
        if previous_end is not None and start < previous_end:
            raise ValueError(
                f"office period {index} starts at {start}, before the previous one ends"
                f" ({previous_end}); periods must be sorted and must not overlap"
            )
        previous_end = end


class WorkCalendar:
    """Working days (weekend, holidays, make-up days) and the office periods of each of them.

    Naive datetimes are the unit's local wall clock (Asia/Ho_Chi_Minh). Aware datetimes are
    accepted: the arithmetic runs on their wall clock and the result keeps their tzinfo.

    A weekly session (a Saturday morning) makes that weekend day a working day with its own,
    shorter periods: dossiers are received, counted and returned in it like any office time.
    It is not held on a holiday, nor on a weekend day joined to a holiday by other days off
    (the weekend of a Tết or 2/9 break, the Saturday before a Monday holiday). A make-up
    Saturday is a full working day.
    """

    def __init__(
        self,
        holidays: Iterable[date],
        makeup_workdays: Iterable[date] = (),
        office_hours: Sequence[OfficePeriod] = DEFAULT_OFFICE_HOURS,
        weekend: frozenset[int] = DEFAULT_WEEKEND,
        weekly_sessions: Iterable[WeeklySession] = (),
    ) -> None:
        periods = tuple((start, end) for start, end in office_hours)
        _validate_office_hours(periods)
        weekend = frozenset(weekend)
        if any(not 0 <= day <= 6 for day in weekend):
            raise ValueError("weekend days are weekday numbers 0 (Monday) to 6 (Sunday)")
        if len(weekend) == 7:
            # Without one regular working weekday, the search for the next working day never ends.
            raise ValueError("the weekend cannot cover the whole week")
        self._holidays = frozenset(holidays)
        self._makeup_workdays = frozenset(makeup_workdays)
        self._periods = periods
        self._weekend = weekend
        self._day_length = sum((_span(p) for p in periods), timedelta())
        self._sessions: dict[tuple[int | None, int], tuple[OfficePeriod, ...]] = {}
        for session in weekly_sessions:
            if session.weekday not in weekend:
                raise ValueError(f"a weekly session is for a weekend day, not {session.weekday}")
            _validate_office_hours(tuple(session.periods))
            self._sessions[(session.year, session.weekday)] = tuple(session.periods)

    def __repr__(self) -> str:
        return (
            f"WorkCalendar({len(self._holidays)} holidays, {len(self._makeup_workdays)}"
            f" make-up days, office_hours={self._periods!r}, weekend={sorted(self._weekend)!r})"
        )

    @property
    def holidays(self) -> frozenset[date]:
        return self._holidays

    @property
    def makeup_workdays(self) -> frozenset[date]:
        return self._makeup_workdays

    @property
    def office_hours(self) -> tuple[OfficePeriod, ...]:
        return self._periods

    @property
    def weekend(self) -> frozenset[int]:
        return self._weekend

    @property
    def weekly_sessions(self) -> tuple[WeeklySession, ...]:
        return tuple(WeeklySession(day, periods, year)
                     for (year, day), periods in sorted(self._sessions.items(),
                                                        key=lambda kv: (kv[0][0] or 0, kv[0][1])))

    @property
    def day_length_hours(self) -> float:
        """Office hours in one working day: 7.5 with the default periods."""
        return self._day_length / _ONE_HOUR

    # --- days -------------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """A make-up day always works; otherwise a weekday that is not a holiday, or a weekend
        day with a weekly session that is held."""
        if d in self._makeup_workdays:
            return True
        if d in self._holidays:
            return False
        return d.weekday() not in self._weekend or self._session(d) is not None

    def periods_of(self, d: date) -> tuple[OfficePeriod, ...]:
        """The office periods of working day d: a weekly session's, else the usual ones."""
        if d not in self._makeup_workdays and d.weekday() in self._weekend:
            return self._session(d) or ()
        return self._periods

    def _session(self, d: date) -> tuple[OfficePeriod, ...] | None:
        """The weekly session held on weekend day d, or None (none, or part of a break)."""
        periods = self._sessions.get((d.year, d.weekday())) or self._sessions.get(
            (None, d.weekday()))
        if periods is None or d in self._holidays or self._joins_a_holiday(d):
            return None
        return periods

    def _joins_a_holiday(self, d: date) -> bool:
        """d is in a run of days off (weekend, holidays) that holds a holiday."""
        for step in (-_ONE_DAY, _ONE_DAY):
            day = d + step
            while day not in self._makeup_workdays:
                if day in self._holidays:
                    return True
                if day.weekday() not in self._weekend:
                    break
                day += step
        return False

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after d."""
        d += _ONE_DAY
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def close_of_day(self, d: date) -> datetime:
        """End of the last office period of d (naive local time)."""
        return datetime.combine(d, (self.periods_of(d) or self._periods)[-1][1])

    def opening_of_day(self, d: date) -> datetime:
        """Start of the first office period of d (naive local time)."""
        return datetime.combine(d, (self.periods_of(d) or self._periods)[0][0])

    def _length_of(self, d: date) -> timedelta:
        return sum((_span(p) for p in self.periods_of(d)), timedelta())

    # --- instants -----------------------------------------------------------------------

    def is_office_time(self, dt: datetime) -> bool:
        """True inside an office period of a working day; a period is [start, end)."""
        naive, _ = _split(dt)
        if not self.is_working_day(naive.date()):
            return False
        clock = naive.time()
        return any(start <= clock < end for start, end in self.periods_of(naive.date()))

    def is_period_close(self, dt: datetime) -> bool:
        """True exactly at the end of an office period of a working day (e.g. 11:30, 17:00)."""
        naive, _ = _split(dt)
        if not self.is_working_day(naive.date()):
            return False
        clock = naive.time()
        return any(clock == end for _, end in self.periods_of(naive.date()))

    def next_office_time(self, dt: datetime) -> datetime:
        """dt itself inside an office period, else the start of the next office period."""
        naive, tz = _split(dt)
        d = naive.date()
        if self.is_working_day(d):
            clock = naive.time()
            for start, end in self.periods_of(d):
                if clock < start:
                    return _join(datetime.combine(d, start), tz)
                if clock < end:
                    return dt
        return _join(self.opening_of_day(self.next_working_day(d)), tz)

    # --- arithmetic ---------------------------------------------------------------------

    def add_working_hours(self, start: datetime, hours: float) -> datetime:
        """start plus hours of office time.

        The clock starts at the next office period when start is outside one. An end that
        falls exactly on a period's close stays there (Monday 07:30 + 7.5 h is Monday 17:00,
        not Tuesday 07:30). Zero hours returns start when it is in office time or exactly at
        a period's close, else the next office time.
        """
        if hours < 0:
            raise ValueError("cannot add a negative number of working hours")
        naive, tz = _split(start)
        if hours == 0:
            if self.is_period_close(naive):
                return start
            return self.next_office_time(start)
        remaining = timedelta(hours=hours)
        if remaining <= timedelta(0):
            # Below a microsecond the timedelta rounds to zero; nothing left to count.
            return self.next_office_time(start)
        cursor = _split(self.next_office_time(naive))[0]
        d = cursor.date()
        while True:
            for period_start, period_end in self.periods_of(d):
                begin = max(cursor, datetime.combine(d, period_start))
                end = datetime.combine(d, period_end)
                if begin >= end:
                    continue
                available = end - begin
                if remaining <= available:
                    return _join(begin + remaining, tz)
                remaining -= available
            d = self.next_working_day(d)
            # Whole days are skipped at once; "strictly more" so a remainder of exactly one
            # day ends at that day's close rather than the next morning.
            while remaining > self._length_of(d):
                remaining -= self._length_of(d)
                d = self.next_working_day(d)
            cursor = self.opening_of_day(d)

    def add_working_days(self, start: datetime, days: float) -> datetime:
        """start plus days working days, one working day being day_length_hours of office time."""
        if days < 0:
            raise ValueError("cannot add a negative number of working days")
        return self.add_working_hours(start, days * self.day_length_hours)

    def add_calendar_days(self, start: datetime, days: int) -> datetime:
        """start plus days calendar days, moved to the next working day and into office hours.

        The clock time is kept when the end date is moved; a time outside office hours moves to
        the next office period, except exactly at a period's close, which is a valid deadline.
        """
        if days < 0:
            raise ValueError("cannot add a negative number of calendar days")
        naive, tz = _split(start)
        naive += timedelta(days=days)
        if not self.is_working_day(naive.date()):
            naive = datetime.combine(self.next_working_day(naive.date()), naive.time())
        if self.is_office_time(naive) or self.is_period_close(naive):
            return _join(naive, tz)
        return _join(_split(self.next_office_time(naive))[0], tz)

    def working_hours_between(self, a: datetime, b: datetime) -> float:
        """Office hours between a and b; 0 when b is not after a."""
        naive_a, tz_a = _split(a)
        if (tz_a is None) != (b.tzinfo is None):
            raise TypeError("cannot mix naive and aware datetimes")
        naive_b = _split(b.astimezone(tz_a) if tz_a is not None else b)[0]
        if naive_b <= naive_a:
            return 0.0
        total = timedelta()
        d = naive_a.date()
        last = naive_b.date()
        while d <= last:
            if self.is_working_day(d):
                for period_start, period_end in self.periods_of(d):
                    begin = max(naive_a, datetime.combine(d, period_start))
                    end = min(naive_b, datetime.combine(d, period_end))
                    if end > begin:
                        total += end - begin
            d += _ONE_DAY
        return total / _ONE_HOUR
