"""Dates as clerks type them (15/03/2003, 15-3-2003, 15032003), told apart from dates that do not exist."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Literal

from counter_app.core.messages import Message, msg

DateRule = Literal["format", "no_such_date"]

_SEPARATED = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
EXAMPLE = "15/03/2003"


class DateTextError(ValueError):
    """The text is not a date: not in the day/month/year form, or a day the calendar has not.

    ``rule`` is "format" or "no_such_date"; for the latter ``day``, ``month``, ``year`` are what
    was typed and ``days_in_month`` how many days that month has (0 when the month itself is
    not 1–12), so a form can say precisely what is wrong in its own language.
    """

    def __init__(self, text: str, rule: DateRule, day: int = 0, month: int = 0, year: int = 0,
                 days_in_month: int = 0) -> None:
        self.text = text
        self.rule: DateRule = rule
        self.day, self.month, self.year = day, month, year
        self.days_in_month = days_in_month
        self.msg = self.message_for()
        super().__init__(self.msg.text)

    def message(self, label: str | Message | None = None) -> str:
        """The Vietnamese sentence for the clerk; `label` names the field ("Ngày sinh")."""
        return self.message_for(label).text

    def message_for(self, label: str | Message | None = None) -> Message:
        """The typed message; `label` names the field (a catalog field's name, or a message)."""
        if self.rule == "format":
            return msg("date.format", label=msg("date.label") if label is None else label,
                       example=EXAMPLE)
        typed = f"{self.day:02d}/{self.month:02d}/{self.year:04d}"
        if not self.days_in_month:
            return msg("date.no_month", date=typed)
        return msg("date.no_day", date=typed, month=self.month, year=self.year,
                   days=self.days_in_month)



def parse_date_text(text: str) -> date | None:
    """"15/03/2003", "15-3-2003", "15.03.2003" or "15032003" → date; "" → None.

    Raises DateTextError with rule "format" for anything else, and "no_such_date" for a
    well-formed day that does not exist (31/02/2003, 15/13/2003).
    """
    raw = text.strip()
    if not raw:
        return None
    match = _SEPARATED.match(raw) or _DIGITS.match(raw)
    if match is None:
        raise DateTextError(raw, "format")
    day, month, year = (int(g) for g in match.groups())
    if year < 1:
        raise DateTextError(raw, "format")
    if not 1 <= month <= 12:
        raise DateTextError(raw, "no_such_date", day, month, year)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise DateTextError(raw, "no_such_date", day, month, year, days)
    return date(year, month, day)


def format_date(value: date | None) -> str:
    """date → "15/03/2003" (as the forms show it); None → ""."""
    return "" if value is None else value.strftime("%d/%m/%Y")
