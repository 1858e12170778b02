"""Applying the back office's changes (GET /changes) to the dossiers this counter holds."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Mapping, Sequence

from sqlalchemy.orm import Session

from counter_app.core.dossier import TERMINAL, Dossier, Status, TransitionError, transition
from counter_app.core.text import clean_text
from counter_app.core.timeutil import iso, parse_iso
from counter_app.storage import dossiers

log = logging.getLogger(__name__)


@dataclass
class ChangeOutcome:
    applied: int = 0
    skipped: int = 0  # dossiers this counter does not hold
    conflicts: int = 0  # the counter closed the dossier itself first: kept, noted


def apply_change(session: Session, change: Mapping[str, Any], now: datetime) -> str:
    """Record one change locally (no outbox event: it came from the central service).

    Returns "applied", "skipped" (dossier not held here) or "conflict". The central status
    wins for the back office's moves, except over a counter's own final move (returned,
    withdrawn …) still on its way: that one stays, and the back office's report is kept beside
    it for the clerk to see (the central service will reject the counter's event and a
    supervisor sorts it out).
    """
    dossier = dossiers.get(session, str(change["dossier_code"]))
    if dossier is None:
        return "skipped"
    status = Status(int(change["status"]))
    at = parse_iso(str(change["at"]))
    note = clean_text(str(change.get("note") or ""))
    report = {"status": int(status), "at": iso(at), "note": note,
              "change_id": change.get("change_id")}
    if change.get("extension"):
        report["extension"] = True
    fields: dict[str, Any] = {"details": {**dict(dossier.details), "back_office": report}}
    if dossier.status in TERMINAL and dossier.status is not status:
        dossiers.save(session, replace(dossier, **fields), now)
        return "conflict"
    if change.get("appointment_at"):
        fields["appointment_at"] = parse_iso(str(change["appointment_at"]))
    if change.get("extension"):
        fields["rescheduled"] = True
    if status in (Status.RESULT_READY, Status.STOPPED):
        fields["resolved_at"] = at
    dossiers.save(session, _moved(dossier, status, at, note, fields), now)
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


def apply_page(session: Session, changes: Sequence[Mapping[str, Any]], now: datetime) -> ChangeOutcome:
    outcome = ChangeOutcome()
    for change in changes:
        try:
            result = apply_change(session, change, now)
        except (KeyError, TypeError, ValueError):
            # A change this version cannot read must not hold the cursor back for ever.
            log.warning("change %r not understood; skipped", change.get("change_id"))
            result = "skipped"
        if result == "applied":
            outcome.applied += 1
        elif result == "skipped":
            outcome.skipped += 1
        else:
            outcome.conflicts += 1
    return outcome
