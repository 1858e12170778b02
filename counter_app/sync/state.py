"""What the sync keeps between runs in the store's settings: address, change cursor, last success."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from counter_app.core.timeutil import iso, parse_iso
from counter_app.storage import settings

BASE_URL = "sync.base_url"
CURSOR = "sync.changes_cursor"
LAST_SUCCESS = "sync.last_success"


def base_url(session: Session) -> str | None:
    return settings.get(session, BASE_URL) or None


def save_base_url(session: Session, url: str) -> None:
    settings.put(session, BASE_URL, url.rstrip("/"))


def cursor(session: Session) -> str:
    """The last change the counter applied ("0": none yet)."""
    return settings.get(session, CURSOR) or "0"


def save_cursor(session: Session, value: str) -> None:
    settings.put(session, CURSOR, value)


def last_success(session: Session) -> datetime | None:
    value = settings.get(session, LAST_SUCCESS)
    return None if not value else parse_iso(value)


def save_last_success(session: Session, at: datetime) -> None:
    settings.put(session, LAST_SUCCESS, iso(at))
