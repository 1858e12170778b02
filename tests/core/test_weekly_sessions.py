"""Saturday-morning sessions of a unit and procedures with more than one statutory time."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import pytest

from counter_app.core.calendar import WeeklySession, WorkCalendar
from counter_app.core.calendar_data import CalendarDataError, merge_years, parse_calendar_year
from counter_app.core.deadlines import Duration, appointment_at
from counter_app.core.catalog_json import parse_catalog

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
RESIDENCE_UNIT = "000.31.01.H56"  # the demo calendar's unit with a Saturday session
OTHER_UNIT = "000.00.06.H56"
SATURDAY = (WeeklySession(5, ((time(7, 30), time(11, 30)),)),)


def _years() -> list:
    return [parse_calendar_year(json.loads((RESOURCES / "calendars" / f"{y}.json").read_text()))
            for y in (2024, 2025, 2026)]


def at(d: date, h: int, m: int = 0) -> datetime:
    return datetime.combine(d, time(h, m))


FRI, SAT, MON, TUE = date(2025, 11, 21), date(2025, 11, 22), date(2025, 11, 24), date(2025, 11, 25)


def test_a_saturday_session_is_office_time_only_in_the_morning() -> None:
    cal = WorkCalendar((), weekly_sessions=SATURDAY)
    assert cal.is_working_day(SAT) and not cal.is_working_day(date(2025, 11, 23))
    assert cal.is_office_time(at(SAT, 9)) and not cal.is_office_time(at(SAT, 14))
    assert cal.close_of_day(SAT) == at(SAT, 11, 30)
    # Friday 16:00 + 4 working hours: 1 h on Friday, 3 h on Saturday morning.
    assert cal.add_working_hours(at(FRI, 16), 4) == at(SAT, 10, 30)
    # Without the session the same dossier is due on Monday.
    assert WorkCalendar(()).add_working_hours(at(FRI, 16), 4) == at(MON, 10, 30)
    # Received Saturday at noon, after the session: the clock starts on Monday morning.
    assert cal.add_working_hours(at(SAT, 12), 1) == at(MON, 8, 30)
    assert cal.working_hours_between(at(FRI, 17), at(MON, 7, 30)) == 4.0


def test_same_day_and_half_day_dossiers_received_on_saturday_morning() -> None:
    cal = WorkCalendar((), weekly_sessions=SATURDAY)
    same_day = Duration(0, "working_days")
    assert appointment_at(same_day, at(SAT, 9), cal, time(15, 0)) == at(SAT, 11, 30)
    assert appointment_at(same_day, at(SAT, 11, 45), cal, time(15, 0)) == at(MON, 17)
    # ½ working day = 3.75 h: Saturday 08:00 → 3.5 h to 11:30, the last 15 min on Monday.
    assert appointment_at(Duration(0.5, "working_days"), at(SAT, 8), cal) == at(MON, 7, 45)


def test_no_session_on_holidays_or_the_weekend_of_a_break_and_make_up_saturdays_are_full() -> None:
    cal = merge_years(_years(), unit_code=RESIDENCE_UNIT)
    assert cal.is_working_day(date(2025, 11, 22))  # an ordinary Saturday
    for off in (date(2025, 1, 25), date(2025, 2, 1),  # the Saturdays of the Tết break
                date(2025, 8, 30),  # Saturday before the 1–2 September holidays
                date(2025, 5, 3),  # Saturday after 30/4, 1/5 and the swapped 2/5
                date(2025, 4, 5)):  # Saturday before Giỗ Tổ on Monday 7/4
        assert not cal.is_working_day(off), off
    makeup = date(2025, 4, 26)
    assert cal.is_working_day(makeup) and cal.close_of_day(makeup) == at(makeup, 17)


def test_sessions_are_data_per_unit_in_the_calendar_files() -> None:
    years = _years()
    assert merge_years(years, unit_code=RESIDENCE_UNIT).weekly_sessions
    assert not merge_years(years, unit_code=OTHER_UNIT).weekly_sessions
    assert not merge_years(years).weekly_sessions
    other = merge_years(years, unit_code=OTHER_UNIT)
    assert not other.is_working_day(date(2025, 11, 22))


@pytest.mark.parametrize("bad,field", [
    ({"weekday": "monday", "office_hours": [["07:30", "11:30"]]}, "weekly_sessions[0].weekday"),
    ({"weekday": "saturday"}, "weekly_sessions[0].office_hours"),
    ({"weekday": "saturday", "office_hours": [["11:30", "07:30"]]},
     "weekly_sessions[0].office_hours"),
    ({"weekday": "saturday", "office_hours": [["07:30", "11:30"]], "units": "H56"},
     "weekly_sessions[0].units"),
    ({"weekday": "saturday", "office_hours": [["07:30", "11:30"]], "unit": ["H56"]},
     "weekly_sessions[0]"),
])
def test_bad_sessions_are_refused_naming_the_field(bad: dict, field: str) -> None:
    data = {"year": 2025, "source": "test", "holidays": [], "weekly_sessions": [bad]}
    with pytest.raises(CalendarDataError) as err:
        parse_calendar_year(data)
    assert err.value.field == field


def test_residence_confirmation_is_due_by_its_case() -> None:
    catalog = parse_catalog(json.loads((RESOURCES / "catalog" / "demo_catalog.json").read_text()))
    proc = catalog.by_code("1.010041")
    cal = merge_years(_years())
    received = at(MON, 8)
    # In the population database: ½ working day (4 working hours would have been 14:00).
    assert appointment_at(proc.duration_for(""), received, cal) == at(MON, 13, 45)
    # Must be verified: 3 working days.
    assert appointment_at(proc.duration_for("xac_minh"), received, cal) == at(date(2025, 11, 27), 8)
