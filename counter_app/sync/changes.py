"""Applying the back office's changes (GET /changes) to the dossiers this counter holds."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping, Sequence

from sqlalchemy.orm import Session

from counter_app.core.dossier import Status
from counter_app.core.timeutil import parse_iso
from counter_app.storage import back_office
from counter_app.storage.back_office import BackOfficeChange, Outcome

log = logging.getLogger(__name__)


@dataclass
class ChangeOutcome:
    applied: int = 0
    skipped: int = 0  # dossiers this counter does not hold
    conflicts: int = 0  # the counter closed the dossier itself first: kept, noted


def parse_change(change: Mapping[str, Any]) -> BackOfficeChange:
    """One entry of `GET /changes` as the store records it; KeyError/TypeError/ValueError if
    this version cannot read it."""
    appointment = change.get("appointment_at")
    change_id = change.get("change_id")
    return BackOfficeChange(
        dossier_code=str(change["dossier_code"]), status=Status(int(change["status"])),
        at=parse_iso(str(change["at"])), note=str(change.get("note") or ""),
        appointment_at=parse_iso(str(appointment)) if appointment else None,
        extension=bool(change.get("extension")),
        change_id=int(change_id) if change_id is not None else None)


def apply_change(session: Session, change: Mapping[str, Any], now: datetime) -> Outcome:
    """Record one change locally (`storage.back_office.record`, the one path for it)."""
    return back_office.record(session, parse_change(change), now)


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
