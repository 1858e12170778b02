"""The back office's progress recorded on a dossier this counter holds: the one path for it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from sqlalchemy.orm import Session

from counter_app.core.dossier import TERMINAL, Dossier, Status, TransitionError, transition
from counter_app.core.text import clean_text
from counter_app.core.timeutil import iso
from counter_app.storage import dossiers

Outcome = Literal["applied", "skipped", "conflict"]


@dataclass(frozen=True)
class BackOfficeChange:
    """One move of the back office, as the central service's change feed reports it."""

    dossier_code: str
    status: Status
    at: datetime
    note: str = ""
    appointment_at: datetime | None = None  # the effective appointment after the change
    extension: bool = False  # a new appointment with an apology (Mẫu 04)
    change_id: int | None = None


def record(session: Session, change: BackOfficeChange, now: datetime) -> Outcome:
    """Record one change locally (no outbox event: it came from the central service).

    Returns "applied", "skipped" (dossier not held here) or "conflict". The central status
    wins for the back office's moves, except over a counter's own final move (returned,
    withdrawn …) still on its way: that one stays, and the back office's report is kept beside
    it for the clerk to see (the central service will reject the counter's event and a
    supervisor sorts it out).
    """
    dossier = dossiers.get(session, change.dossier_code)
    if dossier is None:
        return "skipped"
    note = clean_text(change.note)
    report: dict[str, Any] = {"status": int(change.status), "at": iso(change.at), "note": note,
                              "change_id": change.change_id}
    if change.extension:
        report["extension"] = True
    fields: dict[str, Any] = {"details": {**dict(dossier.details), "back_office": report}}
    if dossier.status in TERMINAL and dossier.status is not change.status:
        dossiers.save(session, replace(dossier, **fields), now)
        return "conflict"
    if change.appointment_at is not None:
        fields["appointment_at"] = change.appointment_at
    if change.extension:
        fields["rescheduled"] = True
    if change.status in (Status.RESULT_READY, Status.STOPPED):
        fields["resolved_at"] = change.at
    dossiers.save(session, _moved(dossier, change.status, change.at, note, fields), now)
    return "applied"


def _moved(dossier: Dossier, status: Status, at: datetime, note: str,
           fields: dict[str, Any]) -> Dossier:
    if status is dossier.status:
        # An extension alone (status == previous_status), or a move this counter already made:
        # only the appointment and the report change; `transition` would refuse a no-move.
        return replace(dossier, **fields)
    try:
        updated, _event = transition(dossier, status, "back_office", at, {"note": note}, **fields)
    except TransitionError:
        # The counter missed a step (or its own event is still on the way): the central
        # service is the authority on the back office's statuses.
        updated = replace(dossier, status=status, **fields)
    return updated
