"""Calendar year files: strict parsing, merging, and the shipped 2024–2026 days off."""

from __future__ import annotations

import copy
import json
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from counter_app.core.calendar_data import (
    CalendarDataError,
    CalendarYear,
    merge_years,
    parse_calendar_year,
)

CALENDAR_DIR = Path(__file__).resolve().parents[2] / "resources" / "calendars"


def load(year: int) -> CalendarYear:
    path = CALENDAR_DIR / f"{year}.json"
    return parse_calendar_year(json.loads(path.read_text(encoding="utf-8")))


VALID: dict[str, Any] = {
    "year": 2025,
    "source": "Thông báo thử",
    "office_hours": [["07:30", "11:30"], ["13:30", "17:00"]],
    "suspension_policy": "restart",
    "holidays": [
        {"date": "2025-01-01", "name": "Tết Dương lịch"},
        {"date": "2025-05-02", "name": "Hoán đổi"},
    ],
    "makeup_workdays": [{"date": "2025-04-26", "name": "Làm bù"}],
    "notes": "",
}


def variant(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(VALID)
    for key, value in changes.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    return data


# --- parsing ------------------------------------------------------------------------------


def test_parse_valid() -> None:
    year = parse_calendar_year(VALID)
    assert year.year == 2025
    assert year.holidays == {date(2025, 1, 1), date(2025, 5, 2)}
    assert year.makeup_workdays == {date(2025, 4, 26)}
    assert year.office_hours == ((time(7, 30), time(11, 30)), (time(13, 30), time(17)))
    assert year.suspension_policy == "restart"
    assert year.holiday_names[0] == (date(2025, 1, 1), "Tết Dương lịch")


def test_optional_fields_default() -> None:
    year = parse_calendar_year(
        variant(office_hours=None, suspension_policy=None, makeup_workdays=None, notes=None)
    )
    assert year.office_hours == ((time(7, 30), time(11, 30)), (time(13, 30), time(17)))
    assert year.suspension_policy == "shift"
    assert year.makeup_workdays == frozenset()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"year": None}, "year"),
        ({"year": "2025"}, "year"),
        ({"year": True}, "year"),
        ({"source": None}, "source"),
        ({"source": "  "}, "source"),
        ({"holidays": None}, "holidays"),
        ({"holidays": "2025-01-01"}, "holidays"),
        ({"holidays": [{"date": "2025/01/01", "name": "x"}]}, "holidays[0].date"),
        ({"holidays": [{"date": "20250101", "name": "x"}]}, "holidays[0].date"),
        ({"holidays": [{"date": "2025-02-30", "name": "x"}]}, "holidays[0].date"),
        ({"holidays": [{"date": "2024-12-31", "name": "x"}]}, "holidays[0].date"),
        ({"holidays": [{"name": "x"}]}, "holidays[0].date"),
        ({"holidays": [{"date": "2025-01-01", "name": ""}]}, "holidays[0].name"),
        ({"holidays": [{"date": "2025-01-01"}]}, "holidays[0].name"),
        ({"holidays": [{"date": "2025-01-01", "name": "x", "kind": "y"}]}, "holidays[0]"),
        ({"holidays": ["2025-01-01"]}, "holidays[0]"),
        (
            {"holidays": [{"date": "2025-01-01", "name": "a"}, {"date": "2025-01-01", "name": "b"}]},
            "holidays[1].date",
        ),
        ({"makeup_workdays": [{"date": "2025-05-02", "name": "x"}]}, "makeup_workdays[0].date"),
        ({"makeup_workdays": [{"date": "2026-01-10", "name": "x"}]}, "makeup_workdays[0].date"),
        ({"office_hours": [["7:30", "11:30"]]}, "office_hours[0][0]"),
        ({"office_hours": [["07:30", "25:00"]]}, "office_hours[0][1]"),
        ({"office_hours": [["07:30"]]}, "office_hours[0]"),
        ({"office_hours": []}, "office_hours"),
        ({"office_hours": [["07:30", "12:00"], ["11:30", "17:00"]]}, "office_hours"),
        ({"office_hours": [["11:30", "07:30"]]}, "office_hours"),
        ({"suspension_policy": "pause"}, "suspension_policy"),
        ({"notes": 5}, "notes"),
        ({"holiday": []}, "holiday"),
    ],
)
def test_validation_names_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(CalendarDataError) as caught:
        parse_calendar_year(variant(**changes))
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}:")


def test_calendar_data_error_is_a_value_error() -> None:
    assert issubclass(CalendarDataError, ValueError)


# --- merging ------------------------------------------------------------------------------


def test_merge_years_unions_and_takes_first_office_hours() -> None:
    y2025 = parse_calendar_year(VALID)
    y2026 = parse_calendar_year(
        variant(
            year=2026,
            office_hours=[["08:00", "12:00"], ["13:00", "17:00"]],
            holidays=[{"date": "2026-01-01", "name": "Tết Dương lịch"}],
            makeup_workdays=[{"date": "2026-01-10", "name": "Làm bù"}],
        )
    )
    cal = merge_years([y2025, y2026])
    assert cal.holidays == {date(2025, 1, 1), date(2025, 5, 2), date(2026, 1, 1)}
    assert cal.makeup_workdays == {date(2025, 4, 26), date(2026, 1, 10)}
    assert cal.office_hours == y2025.office_hours
    other = ((time(8), time(12)), (time(13), time(17)))
    assert merge_years([y2025, y2026], office_hours=other).office_hours == other
    with pytest.raises(CalendarDataError):
        merge_years([y2025, y2025])
    assert merge_years([]).day_length_hours == 7.5


# --- the shipped calendars ----------------------------------------------------------------


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_shipped_file_is_valid_and_consistent(year: int) -> None:
    data = load(year)
    assert data.year == year
    assert data.source and data.notes
    assert data.office_hours == ((time(7, 30), time(11, 30)), (time(13, 30), time(17)))
    # Make-up working days are always Saturdays.
    assert all(d.weekday() == 5 for d in data.makeup_workdays)
    # Art. 112 gives 11 days off; weekend holidays are compensated and every swapped day is
    # worked back, so for a Monday–Friday office the net closed weekdays are exactly 11.
    closed_weekdays = [d for d in data.holidays if d.weekday() < 5]
    assert len(closed_weekdays) - len(data.makeup_workdays) == 11


def test_2024_days_off() -> None:
    cal = merge_years([load(2024)])
    for d in ["2024-01-01", "2024-02-08", "2024-02-14", "2024-04-18", "2024-04-29",
              "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"]:
        assert not cal.is_working_day(date.fromisoformat(d)), d
    assert cal.is_working_day(date(2024, 5, 4))  # make-up Saturday
    assert cal.is_working_day(date(2024, 2, 15))  # back to work after Tết


def test_2025_days_off() -> None:
    cal = merge_years([load(2025)])
    for d in ["2025-01-01", "2025-01-27", "2025-01-31", "2025-04-07", "2025-04-30",
              "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"]:
        assert not cal.is_working_day(date.fromisoformat(d)), d
    assert cal.is_working_day(date(2025, 4, 26))
    assert cal.is_working_day(date(2025, 2, 3))
    assert cal.is_working_day(date(2025, 9, 3))


def test_2026_days_off() -> None:
    cal = merge_years([load(2026)])
    tet = [date(2026, 2, d) for d in range(14, 23)]
    assert not any(cal.is_working_day(d) for d in tet)  # 9 days, 14–22 February
    assert cal.is_working_day(date(2026, 2, 13)) and cal.is_working_day(date(2026, 2, 23))
    for d in ["2026-01-01", "2026-01-02", "2026-04-27", "2026-04-30", "2026-05-01",
              "2026-08-31", "2026-09-01", "2026-09-02"]:
        assert not cal.is_working_day(date.fromisoformat(d)), d
    assert cal.is_working_day(date(2026, 1, 10))
    assert cal.is_working_day(date(2026, 8, 22))
    assert cal.is_working_day(date(2026, 9, 3))
