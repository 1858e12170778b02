"""Statutory durations and appointment times (ngày hẹn trả) computed on a work calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Literal

from counter_app.core.calendar import WorkCalendar
from counter_app.core.messages import Message, msg

DurationUnit = Literal["working_days", "working_hours", "calendar_days"]
DURATION_UNITS: tuple[DurationUnit, ...] = ("working_days", "working_hours", "calendar_days")


@dataclass(frozen=True)
class Duration:
    """A statutory processing time: a value in working days, working hours or calendar days."""

    value: float
    unit: DurationUnit

    def __post_init__(self) -> None:
        if self.unit not in DURATION_UNITS:
            raise ValueError(f"unknown duration unit {self.unit!r}")
        if self.value < 0:
            raise ValueError("a duration cannot be negative")


SuspensionPolicy = Literal["shift", "restart"]
SUSPENSION_POLICIES: tuple[SuspensionPolicy, ...] = ("shift", "restart")

class RescheduleError(Exception):
    """An extension (gia hạn, Mẫu 04) the rules do not allow; the message is for the clerk."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.msg = message
        self.message = message.text


def _same_day_appointment(
    received_at: datetime, calendar: WorkCalendar, cutoff: time | None
) -> datetime:
    naive = received_at.replace(tzinfo=None)
    d = naive.date()
    close = calendar.close_of_day(d)
    in_time = cutoff is None or naive.time() <= cutoff
    if calendar.is_working_day(d) and in_time and naive < close:
        result = close
    else:
        result = calendar.close_of_day(calendar.next_working_day(d))
    return result.replace(tzinfo=received_at.tzinfo)


def _clock_start(received_at: datetime, calendar: WorkCalendar, cutoff: time | None) -> datetime:
    """Where counting begins: after the cut-off of a working day, the next working morning."""
    if cutoff is None:
        return received_at
    naive = received_at.replace(tzinfo=None)
    d = naive.date()
    if calendar.is_working_day(d) and naive.time() > cutoff:
        opening = calendar.opening_of_day(calendar.next_working_day(d))
        return opening.replace(tzinfo=received_at.tzinfo)
    return received_at


def appointment_at(
    duration: Duration,
    received_at: datetime,
    calendar: WorkCalendar,
    same_day_cutoff: time | None = None,
) -> datetime:
    """The appointment (ngày hẹn trả) for a dossier received at received_at.

    - Zero working days is the same-day rule: received on a working day at or before the
      cut-off and before the day's close → that day's close; otherwise the next working day's
      close. Without a cut-off the whole working day counts. Zero working hours means "at
      once" unless a cut-off is given, in which case it follows the same-day rule too.
    - A cut-off with a non-zero duration: a dossier received on a working day after the
      cut-off is treated as received at the next working day's opening (RULES.md: "received
      after 15:00 → returned the next working day"), then the duration is counted from there.
    - Working days and hours count office time only; calendar days count from the receipt
      and the end is moved to a working day, into office hours.

    The result is never before received_at and lies in office time or exactly at a period's
    close.
    """
    if duration.value == 0 and duration.unit != "calendar_days":
        if duration.unit == "working_days" or same_day_cutoff is not None:
            return _same_day_appointment(received_at, calendar, same_day_cutoff)
    start = _clock_start(received_at, calendar, same_day_cutoff)
    if duration.unit == "working_days":
        return calendar.add_working_days(start, duration.value)
    if duration.unit == "working_hours":
        return calendar.add_working_hours(start, duration.value)
    days = int(duration.value)
    if days != duration.value:
        raise ValueError("a duration in calendar days must be a whole number of days")
    return calendar.add_calendar_days(start, days)


def resume_appointment(
    policy: SuspensionPolicy,
    duration: Duration,
    original_appointment: datetime,
    paused_at: datetime,
    resumed_at: datetime,
    calendar: WorkCalendar,
    same_day_cutoff: time | None = None,
) -> datetime:
    """The appointment after a suspension (tạm dừng) from paused_at to resumed_at.

    "shift": the original appointment moves later by the time the clock was stopped: the
    office hours of the pause for working-time durations; the calendar time of the pause for
    calendar-day durations, then moved to a working day in office hours.
    "restart": the full duration counts again from resumed_at (the complete supplement's
    arrival), as for a new receipt.
    """
    if resumed_at < paused_at:
        raise ValueError("a suspension cannot end before it starts")
    if policy == "restart":
        return appointment_at(duration, resumed_at, calendar, same_day_cutoff)
    if policy != "shift":
        raise ValueError(f"unknown suspension policy {policy!r}")
    if duration.unit == "calendar_days":
        if resumed_at == paused_at:
            return original_appointment
        return calendar.add_calendar_days(original_appointment + (resumed_at - paused_at), 0)
    paused_hours = calendar.working_hours_between(paused_at, resumed_at)
    if paused_hours == 0:
        return original_appointment
    return calendar.add_working_hours(original_appointment, paused_hours)


def reschedule(
    current_appointment: datetime, new_appointment: datetime, already_rescheduled: bool
) -> datetime:
    """Accept an extension with apology (Mẫu 04): at most once per dossier, and only later."""
    if already_rescheduled:
        raise RescheduleError(msg("reschedule.once"))
    if new_appointment <= current_appointment:
        raise RescheduleError(msg("reschedule.not_later"))

    return new_appointment

