"""Plausible times: the clock skew allowed to a counter, bounds on what lies ahead, code dates.

A counter's clock is its own (it works offline), so the service allows it `CLOCK_SKEW` ahead
of the service's clock; what happened (receipt, return, withdrawal, an event, a back-office
step) cannot lie further in the future than that. An appointment lies ahead by nature, but
not more than `MAX_AHEAD` after what it is counted from. A dossier code carries the date it
was issued (`{unit}-{yyMMdd}-{NNNN}`): the date of its receipt, or of the refusal / written
guidance at intake when it was not received. At login a counter whose clock differs from the
service's by more than `WARN_SKEW` is told so.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from counter_app.core.timeutil import to_vn

CLOCK_SKEW = timedelta(hours=1)
MAX_AHEAD = timedelta(days=366)
WARN_SKEW = timedelta(minutes=2)


def not_ahead(value: datetime, now: datetime, name: str) -> None:
    """ValueError if `value` (something that has happened) is after now + CLOCK_SKEW."""
    if value > now + CLOCK_SKEW:
        raise ValueError(f"{name}: {to_vn(value).isoformat()} is in the future "
                         f"(more than {_minutes(CLOCK_SKEW)} min ahead of the service's clock)")


def within_reach(value: datetime, start: datetime, name: str) -> None:
    """ValueError if `value` (an appointment) is more than MAX_AHEAD after `start`."""
    if value > start + MAX_AHEAD:
        raise ValueError(f"{name}: more than {MAX_AHEAD.days} days after "
                         f"{to_vn(start).date().isoformat()}")


def code_dated(issued_at: datetime, code_day: date, name: str) -> None:
    """ValueError unless the code's date is the Viet Nam date of `issued_at`."""
    day = to_vn(issued_at).date()
    if code_day != day:
        raise ValueError(f"{name}: the dossier code is dated {code_day.isoformat()} "
                         f"but the dossier was issued its code on {day.isoformat()}")


def clock_offset(client_time: datetime, now: datetime) -> timedelta:
    """How far the counter's clock is ahead (+) or behind (−) the service's."""
    return client_time - now


def clock_warning(offset: timedelta) -> str | None:
    """The Vietnamese message for a counter whose clock is off by more than WARN_SKEW."""
    if abs(offset) <= WARN_SKEW:
        return None
    minutes = round(abs(offset).total_seconds() / 60)
    side = "nhanh" if offset > timedelta(0) else "chậm"
    return (f"Đồng hồ máy quầy {side} {minutes} phút so với hệ thống tỉnh: hãy chỉnh lại giờ "
            f"máy (thời điểm tiếp nhận, hẹn trả và mã hồ sơ lấy theo đồng hồ này).")


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)
