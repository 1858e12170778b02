"""What waits to be sent to the provincial system: events with their age, scans, rejected events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counter_app.storage import outbox
from counter_app.storage.db import Store

SCAN_EVENT = "dossier.attachment_added"


@dataclass(frozen=True)
class WaitingEvent:
    code: str
    type: str
    occurred_at: datetime
    attempts: int
    last_error: str


@dataclass(frozen=True)
class WaitingScan:
    code: str
    component: str
    sha256: str
    size: int
    pages: int


@dataclass(frozen=True)
class RejectedEvent:
    code: str
    type: str
    reason: str


@dataclass(frozen=True)
class QueueView:
    """The oldest `limit` of each list, with the totals (a long offline day queues thousands)."""

    waiting: list[WaitingEvent]
    waiting_total: int
    scans: list[WaitingScan]
    rejected: list[RejectedEvent]
    rejected_total: int

    @property
    def oldest_at(self) -> datetime | None:
        return self.waiting[0].occurred_at if self.waiting else None


def queue_view(store: Store, limit: int = 200) -> QueueView:
    """One read: the events waiting (oldest first), the scans among them, the rejected ones."""
    with store.reading() as session:
        counts = outbox.counts(session)
        waiting = [WaitingEvent(e.dossier_code, e.type, e.occurred_at, e.attempts,
                                e.last_error or "") for e in outbox.pending(session, limit)]
        scans = [WaitingScan(e.dossier_code, str(e.payload.get("component") or ""),
                             str(e.payload.get("sha256") or ""), int(e.payload.get("size") or 0),
                             int(e.payload.get("pages") or 0))
                 for e in outbox.pending_of_type(session, SCAN_EVENT, limit)]
        rejected = [RejectedEvent(e.dossier_code, e.type, e.last_error or "")
                    for e in outbox.set_aside(session)[:limit]]
    return QueueView(waiting, counts["pending"], scans, rejected, counts["rejected"])
