"""The outbox: events for the central system, written in the same transaction as their change."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import delete, event as sa_event, func, select, update
from sqlalchemy.orm import Session

from counter_app.core.dossier import DossierEvent
from counter_app.core.timeutil import iso
from counter_app.storage.db import raw
from counter_app.storage.models import OutboxRow


@dataclass(frozen=True)
class OutboxEvent:
    """An event as SYNC-API.md sends it."""

    seq: int
    event_id: str
    dossier_code: str
    type: str
    occurred_at: datetime
    device_id: str
    clerk: str
    payload: dict[str, Any]
    state: str
    attempts: int = 0
    last_error: str | None = None

    def to_wire(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "dossier_code": self.dossier_code, "type": self.type,
            "occurred_at": iso(self.occurred_at), "device_id": self.device_id,
            "clerk": self.clerk, "seq": self.seq, "payload": self.payload,
        }


# Called (on the committing thread) after a transaction that queued events commits: the sync
# worker's poke, so a new event leaves at once instead of at the next idle tick.
_listeners: list[Callable[[], None]] = []


def add_listener(listener: Callable[[], None]) -> Callable[[], None]:
    """Call `listener` after each commit that queued events; returns the function removing it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def _notify(session: Session) -> None:
    session.info.pop("outbox_notify", None)
    for listener in list(_listeners):
        try:
            listener()
        except Exception:  # a listener must never turn a committed change into an error
            pass


def append(session: Session, event: DossierEvent, *, device_id: str, clerk: str) -> str:
    """Queue `event`; the caller's transaction commits it together with the change itself."""
    event_id = str(uuid.uuid4())
    raw(session).execute(_APPEND, (
        event_id, event.dossier_code, event.type, iso(event.occurred_at), device_id, clerk,
        json.dumps(event.payload, ensure_ascii=False, separators=(",", ":"))))
    if _listeners and not session.info.get("outbox_notify"):
        session.info["outbox_notify"] = True
        sa_event.listen(session, "after_commit", _notify, once=True)
    return event_id


_APPEND = ("INSERT INTO outbox (event_id, dossier_code, type, occurred_at, device_id, clerk, "
           "payload, state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0)")


def _to_event(row: OutboxRow) -> OutboxEvent:
    return OutboxEvent(row.seq, row.event_id, row.dossier_code, row.type, row.occurred_at,
                       row.device_id, row.clerk, json.loads(row.payload), row.state,
                       row.attempts, row.last_error)


def pending(session: Session, limit: int = 500) -> list[OutboxEvent]:
    """The oldest events still to send, in device order."""
    rows = session.scalars(select(OutboxRow).where(OutboxRow.state == "pending")
                           .order_by(OutboxRow.seq).limit(limit))
    return [_to_event(r) for r in rows]


def pending_of_type(session: Session, type_: str, limit: int = 500) -> list[OutboxEvent]:
    """The oldest events of one type still to send (the scans waiting for upload)."""
    rows = session.scalars(select(OutboxRow).where(OutboxRow.state == "pending",
                                                   OutboxRow.type == type_)
                           .order_by(OutboxRow.seq).limit(limit))
    return [_to_event(r) for r in rows]


def set_aside(session: Session) -> list[OutboxEvent]:
    rows = session.scalars(select(OutboxRow).where(OutboxRow.state == "rejected")
                           .order_by(OutboxRow.seq))
    return [_to_event(r) for r in rows]


def for_dossier(session: Session, dossier_code: str) -> list[OutboxEvent]:
    rows = session.scalars(select(OutboxRow).where(OutboxRow.dossier_code == dossier_code)
                           .order_by(OutboxRow.seq))
    return [_to_event(r) for r in rows]


def acknowledge(session: Session, event_ids: Iterable[str]) -> int:
    """The service answered `applied` or `duplicate` for these: they leave the outbox."""
    ids = list(event_ids)
    if not ids:
        return 0
    result = session.execute(delete(OutboxRow).where(OutboxRow.event_id.in_(ids)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def reject(session: Session, event_id: str, reason: str) -> None:
    """The service refused this one: keep it aside with its reason; it blocks nothing behind it."""
    session.execute(update(OutboxRow).where(OutboxRow.event_id == event_id)
                    .values(state="rejected", last_error=reason))


def record_failure(session: Session, event_ids: Sequence[str], error: str) -> None:
    """A send failed before any answer: the events stay pending, with the error for the panel."""
    session.execute(update(OutboxRow).where(OutboxRow.event_id.in_(list(event_ids)))
                    .values(attempts=OutboxRow.attempts + 1, last_error=error))


def requeue(session: Session, event_ids: Iterable[str]) -> int:
    """A supervisor sends events kept aside once more (after the cause was fixed)."""
    ids = list(event_ids)
    if not ids:
        return 0
    result = session.execute(update(OutboxRow).where(OutboxRow.event_id.in_(ids),
                                                     OutboxRow.state == "rejected")
                             .values(state="pending", last_error=None))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state))
    out = {"pending": 0, "rejected": 0}
    out.update({state: int(n) for state, n in rows})
    return out
