"""The back office's progress as the counter learns it (from the central system's changes)."""

from __future__ import annotations

from datetime import datetime

from counter_app.core.dossier import TERMINAL, Dossier, Status, transition
from counter_app.core.text import clean_text
from counter_app.services.context import ServiceContext
from counter_app.services.errors import DossierNotFoundError
from counter_app.storage import dossiers


def apply_progress(ctx: ServiceContext, code: str, status: Status, at: datetime,
                   new_appointment_at: datetime | None = None, note: str = "") -> Dossier:
    """Record a back-office status locally. It came from the central system: no event goes back."""
    now = ctx.now()
    with ctx.store.transaction() as session:
        dossier = dossiers.get(session, code)
        if dossier is None:
            raise DossierNotFoundError(code)
        changes: dict[str, object] = {}
        if status in (Status.RESULT_READY, Status.STOPPED) or status in TERMINAL:
            changes["resolved_at"] = at
        if new_appointment_at is not None:
            changes["appointment_at"] = new_appointment_at
        # What the back office last reported: shown to the clerk when the citizen asks.
        changes["details"] = {**dict(dossier.details), "back_office": {
            "status": int(status), "at": at.isoformat(), "note": clean_text(note)}}
        updated, _ = transition(dossier, status, "back_office", at, {"note": note}, **changes)
        dossiers.save(session, updated, now)
    return updated
