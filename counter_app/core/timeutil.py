"""Local time of the one-stop units: Viet Nam is UTC+7 all year (no daylight saving)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")


def to_vn(dt: datetime) -> datetime:
    """An aware datetime in +07:00; a naive one is taken to be local wall-clock time already."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=VN_TZ)
    return dt.astimezone(VN_TZ)


def iso(dt: datetime) -> str:
    """ISO 8601 with offset, seconds precision, as SYNC-API.md shows (2025-03-14T09:05:00+07:00)."""
    return to_vn(dt).replace(microsecond=0).isoformat()


def parse_iso(text: str) -> datetime:
    return to_vn(datetime.fromisoformat(text))
