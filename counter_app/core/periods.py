"""Report periods: this month, last month, this quarter, this year, or any from–to, as dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from counter_app.core.messages import Message, msg

PresetName = Literal["this_month", "last_month", "this_quarter", "this_year"]
PRESETS: tuple[PresetName, ...] = ("this_month", "last_month", "this_quarter", "this_year")


class PeriodError(ValueError):
    """A period that cannot be reported on; `msg` says why to the clerk (any language)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.msg = message


@dataclass(frozen=True)
class Period:
    """Both ends included: [date_from, date_to], as Biểu 06 names a period."""

    date_from: date
    date_to: date

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise PeriodError(msg("period.order", end=f"{self.date_to:%d/%m/%Y}",
                                  start=f"{self.date_from:%d/%m/%Y}"))

    def label(self) -> str:
        """"Từ ngày 01/01/2026 đến ngày 31/01/2026", as reports print their period."""
        return f"Từ ngày {self.date_from:%d/%m/%Y} đến ngày {self.date_to:%d/%m/%Y}"


def preset(name: PresetName, today: date) -> Period:
    """The period a preset names, counted from ``today``.

    A period still running ends today: figures "in progress at the end" are judged now, never
    on a day that has not come (nothing is overdue yet on the 31st when it is the 15th).
    """
    if name == "this_month":
        return Period(today.replace(day=1), today)
    if name == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return Period(end.replace(day=1), end)
    if name == "this_quarter":
        return Period(date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today)
    if name == "this_year":
        return Period(date(today.year, 1, 1), today)
    raise ValueError(name)
