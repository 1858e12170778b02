"""The back office's progress in tests, recorded through the one path the sync engine takes."""

from __future__ import annotations

from datetime import datetime

from counter_app.core.dossier import Status
from counter_app.services.context import ServiceContext
from counter_app.storage import back_office
from counter_app.storage.back_office import BackOfficeChange, Outcome


def report_progress(ctx: ServiceContext, code: str, status: Status, at: datetime, *,
                    appointment_at: datetime | None = None, note: str = "",
                    extension: bool = False) -> Outcome:
    """What the counter records when the change feed brings this move of the back office."""
    change = BackOfficeChange(code, status, at, note, appointment_at, extension)
    with ctx.store.transaction() as session:
        return back_office.record(session, change, ctx.now())
