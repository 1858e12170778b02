"""Calendar year files (resources/calendars/YYYY.json) parsed from plain data and merged."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time

from counter_app.core.calendar import (
    DEFAULT_OFFICE_HOURS, DEFAULT_WEEKEND, OfficePeriod, WeeklySession, WorkCalendar,
)
from counter_app.core.deadlines import SUSPENSION_POLICIES, SuspensionPolicy

# The file is edited by administrators and distributed by the central system: an unknown key
# is far more likely a typo ("holiday") than an extension, so it is refused, not ignored.
_TOP_LEVEL_KEYS = frozenset(
    {"year", "source", "office_hours", "suspension_policy", "holidays", "makeup_workdays", "notes",
     "weekly_sessions"}
)
_ENTRY_KEYS = frozenset({"date", "name"})
_SESSION_KEYS = frozenset({"weekday", "office_hours", "units", "name"})
_WEEKDAYS = {"saturday": 5, "sunday": 6}
# date.fromisoformat accepts "20250101" and week dates too; the file format is stricter.
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_RE = re.compile(r"(\d{2}):(\d{2})")


class CalendarDataError(ValueError):
    """A calendar year file that does not follow the format; the message names the field."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class CalendarYear:
    """One year of days off and make-up working days, as announced by the government."""

    year: int
    holidays: frozenset[date]
    makeup_workdays: frozenset[date]
    office_hours: tuple[OfficePeriod, ...]
    suspension_policy: SuspensionPolicy
    source: str
    # (date, name) pairs sorted by date, for display; the sets above are what counts.
    holiday_names: tuple[tuple[date, str], ...] = ()
    makeup_names: tuple[tuple[date, str], ...] = ()
    notes: str = ""
    sessions: tuple[UnitSession, ...] = ()

    def sessions_for(self, unit_code: str) -> tuple[WeeklySession, ...]:
        """The weekly sessions the unit keeps this year (a session naming no unit: all)."""
        return tuple(WeeklySession(s.weekday, s.office_hours, self.year) for s in self.sessions
                     if not s.units or unit_code in s.units)


@dataclass(frozen=True)
class UnitSession:
    """A weekend session some units keep, e.g. Saturday morning at the residence desks."""

    weekday: int
    office_hours: tuple[OfficePeriod, ...]
    units: frozenset[str] = frozenset()  # empty: every unit
    name: str = ""


def _text(data: Mapping[str, object], key: str, *, required: bool) -> str:
    if key not in data:
        if required:
            raise CalendarDataError(key, "is required")
        return ""
    value = data[key]
    if not isinstance(value, str):
        raise CalendarDataError(key, "must be a string")
    if required and not value.strip():
        raise CalendarDataError(key, "must not be empty")
    return value


def _year(data: Mapping[str, object]) -> int:
    if "year" not in data:
        raise CalendarDataError("year", "is required")
    value = data["year"]
    # bool is an int subclass; true must not pass as year 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise CalendarDataError("year", "must be an integer such as 2025")
    if not 1900 <= value <= 2200:
        raise CalendarDataError("year", f"{value} is not a plausible year")
    return value


def _parse_date(field: str, value: object, year: int) -> date:
    if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
        raise CalendarDataError(field, f"{value!r} is not a date in the form YYYY-MM-DD")
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise CalendarDataError(field, f"{value!r} is not a valid date") from None
    if parsed.year != year:
        raise CalendarDataError(field, f"{value} is not in the year {year}")
    return parsed


def _parse_time(field: str, value: object) -> time:
    match = _TIME_RE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise CalendarDataError(field, f"{value!r} is not a time in the form HH:MM")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise CalendarDataError(field, f"{value!r} is not a valid time")
    return time(hour, minute)


def _entries(data: Mapping[str, object], key: str, year: int) -> tuple[tuple[date, str], ...]:
    if key not in data:
        if key == "holidays":
            raise CalendarDataError(key, "is required (an empty list if there are none)")
        return ()
    raw = data[key]
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Sequence):
        raise CalendarDataError(key, "must be a list of {date, name} objects")
    seen: set[date] = set()
    result: list[tuple[date, str]] = []
    for index, entry in enumerate(raw):
        field = f"{key}[{index}]"
        if not isinstance(entry, Mapping):
            raise CalendarDataError(field, "must be an object with date and name")
        unknown = set(entry) - _ENTRY_KEYS
        if unknown:
            raise CalendarDataError(field, f"unknown key(s) {sorted(map(str, unknown))}")
        if "date" not in entry:
            raise CalendarDataError(f"{field}.date", "is required")
        d = _parse_date(f"{field}.date", entry["date"], year)
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise CalendarDataError(f"{field}.name", "must be a non-empty string")
        if d in seen:
            raise CalendarDataError(f"{field}.date", f"{d.isoformat()} is listed twice")
        seen.add(d)
        result.append((d, name))
    return tuple(sorted(result))


def _office_hours(data: Mapping[str, object], where: str = "") -> tuple[OfficePeriod, ...]:
    key = f"{where}office_hours"
    if "office_hours" not in data:
        if where:
            raise CalendarDataError(key, "is required")
        return DEFAULT_OFFICE_HOURS
    raw = data["office_hours"]
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Sequence) or not raw:
        raise CalendarDataError(key, 'must be a list like [["07:30", "11:30"], ...]')
    periods: list[OfficePeriod] = []
    for index, pair in enumerate(raw):
        field = f"{key}[{index}]"
        if isinstance(pair, (str, bytes)) or not isinstance(pair, Sequence) or len(pair) != 2:
            raise CalendarDataError(field, 'must be a pair like ["07:30", "11:30"]')
        periods.append((_parse_time(f"{field}[0]", pair[0]), _parse_time(f"{field}[1]", pair[1])))
    try:
        # The calendar's own check is the single definition of valid office periods.
        WorkCalendar((), office_hours=periods)
    except ValueError as error:
        raise CalendarDataError(key, str(error)) from None
    return tuple(periods)


def _sessions(data: Mapping[str, object]) -> tuple[UnitSession, ...]:
    """``weekly_sessions``: [{"weekday": "saturday", "office_hours": [["07:30", "11:30"]],
    "units": ["000.00.06.H56"], "name": "…"}]; no "units" means every unit."""
    raw = data.get("weekly_sessions") or []
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Sequence):
        raise CalendarDataError("weekly_sessions", "must be a list of session objects")
    out: list[UnitSession] = []
    for index, entry in enumerate(raw):
        field = f"weekly_sessions[{index}]"
        if not isinstance(entry, Mapping):
            raise CalendarDataError(field, "must be an object with weekday and office_hours")
        unknown = set(entry) - _SESSION_KEYS
        if unknown:
            raise CalendarDataError(field, f"unknown key(s) {sorted(map(str, unknown))}")
        day = entry.get("weekday")
        if day not in _WEEKDAYS:
            raise CalendarDataError(f"{field}.weekday",
                                    f"{day!r} is not one of {', '.join(_WEEKDAYS)}")
        units = entry.get("units", [])
        if (isinstance(units, (str, bytes)) or not isinstance(units, Sequence)
                or not all(isinstance(u, str) and u.strip() for u in units)):
            raise CalendarDataError(f"{field}.units", "must be a list of unit codes")
        name = entry.get("name", "")
        if not isinstance(name, str):
            raise CalendarDataError(f"{field}.name", "must be a string")
        out.append(UnitSession(_WEEKDAYS[str(day)], _office_hours(entry, f"{field}."),
                               frozenset(u.strip() for u in units), name))
    return tuple(out)


def _policy(data: Mapping[str, object]) -> SuspensionPolicy:
    value = data.get("suspension_policy", "shift")
    for policy in SUSPENSION_POLICIES:
        if value == policy:
            return policy
    raise CalendarDataError(
        "suspension_policy", f"{value!r} is not one of {', '.join(SUSPENSION_POLICIES)}"
    )


def parse_calendar_year(data: Mapping[str, object]) -> CalendarYear:
    """Validate one year's calendar data (a decoded JSON object) strictly.

    Required: year, source, holidays. Optional: office_hours (default 07:30–11:30,
    13:30–17:00), suspension_policy (default "shift"), makeup_workdays, notes,
    weekly_sessions (a weekend session of some units, e.g. Saturday morning).
    """
    if not isinstance(data, Mapping):
        raise CalendarDataError("(file)", "must be a JSON object")
    unknown = set(data) - _TOP_LEVEL_KEYS
    if unknown:
        raise CalendarDataError(sorted(map(str, unknown))[0], "is not a known field")
    year = _year(data)
    source = _text(data, "source", required=True)
    notes = _text(data, "notes", required=False)
    office_hours = _office_hours(data)
    sessions = _sessions(data)
    policy = _policy(data)
    holidays = _entries(data, "holidays", year)
    makeups = _entries(data, "makeup_workdays", year)
    holiday_dates = frozenset(d for d, _ in holidays)
    for index, (d, _) in enumerate(makeups):
        if d in holiday_dates:
            raise CalendarDataError(
                f"makeup_workdays[{index}].date", f"{d.isoformat()} is also listed as a holiday"
            )
    return CalendarYear(
        year=year,
        holidays=holiday_dates,
        makeup_workdays=frozenset(d for d, _ in makeups),
        office_hours=office_hours,
        suspension_policy=policy,
        source=source,
        holiday_names=holidays,
        makeup_names=makeups,
        notes=notes,
        sessions=sessions,
    )


def merge_years(
    years: Iterable[CalendarYear], office_hours: Sequence[OfficePeriod] | None = None,
    unit_code: str = "",
) -> WorkCalendar:
    """One calendar over several years; office hours from the first year unless given; the
    weekly sessions ``unit_code`` keeps in each year (only those for every unit without one)."""
    year_list = list(years)
    seen: set[int] = set()
    for item in year_list:
        if item.year in seen:
            raise CalendarDataError("year", f"{item.year} is given twice")
        seen.add(item.year)
    if office_hours is None:
        office_hours = year_list[0].office_hours if year_list else DEFAULT_OFFICE_HOURS
    return WorkCalendar(
        holidays=frozenset().union(*(item.holidays for item in year_list)),
        makeup_workdays=frozenset().union(*(item.makeup_workdays for item in year_list)),
        office_hours=office_hours,
        weekend=DEFAULT_WEEKEND,
        weekly_sessions=[s for item in year_list for s in item.sessions_for(unit_code)],
    )
