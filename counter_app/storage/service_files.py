"""The local record of the scans the central service holds whole (spares a HEAD per scan per pass)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.orm import Session

from counter_app.storage.models import ServiceFileRow


def confirmed_since(session: Session, sha256: str, since: datetime) -> bool:
    """Whether the service confirmed holding the file at or after `since`."""
    row = session.get(ServiceFileRow, sha256)
    return row is not None and row.confirmed_at >= since


def remember(session: Session, sha256: str, at: datetime) -> None:
    row = session.get(ServiceFileRow, sha256)
    if row is None:
        session.add(ServiceFileRow(sha256=sha256, confirmed_at=at))
    else:
        row.confirmed_at = at


def forget(session: Session, sha256: str | None = None) -> None:
    """Forget one file, or every file (None: the service may have lost what it held)."""
    query = delete(ServiceFileRow)
    if sha256 is not None:
        query = query.where(ServiceFileRow.sha256 == sha256)
    session.execute(query)
