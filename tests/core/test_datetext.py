"""Dates as clerks type them; a day that does not exist is told apart from a wrong form."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.core.datetext import DateTextError, format_date, parse_date_text


@pytest.mark.parametrize("typed", ["15/03/2003", "15-3-2003", "15.03.2003", "15032003",
                                   " 15/03/2003 "])
def test_the_forms_clerks_type(typed):
    assert parse_date_text(typed) == date(2003, 3, 15)
    assert format_date(parse_date_text(typed)) == "15/03/2003"


def test_empty_is_no_date():
    assert parse_date_text("  ") is None and format_date(None) == ""


@pytest.mark.parametrize("typed", ["15/03/03", "2003-03-15", "abc", "1503200", "00/00/0000"])
def test_wrong_form(typed):
    with pytest.raises(DateTextError) as caught:
        parse_date_text(typed)
    assert caught.value.rule == "format"
    assert "ngày/tháng/năm" in caught.value.message("Ngày sinh")


@pytest.mark.parametrize(("typed", "message"), [
    ("31/02/2003", "Ngày 31/02/2003 không có thật: tháng 2/2003 chỉ có 28 ngày."),
    ("29022023", "Ngày 29/02/2023 không có thật: tháng 2/2023 chỉ có 28 ngày."),
    ("31/4/2024", "Ngày 31/04/2024 không có thật: tháng 4/2024 chỉ có 30 ngày."),
    ("15/13/2003", "Ngày 15/13/2003 không có thật: tháng chỉ từ 1 đến 12."),
])
def test_a_day_that_does_not_exist_is_named(typed, message):
    with pytest.raises(DateTextError) as caught:
        parse_date_text(typed)
    assert caught.value.rule == "no_such_date"
    assert str(caught.value) == message
    assert parse_date_text("29/02/2024") == date(2024, 2, 29)  # a leap year has it
