"""Scans attached to a dossier: the file, its rows and the `dossier.attachment_added` event together."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.core.messages import msg
from counter_app.core.dossier import DossierEvent
from counter_app.core.text import clean_text
from counter_app.services.context import ServiceContext
from counter_app.services.errors import DossierNotFoundError, ServiceError
from counter_app.storage import dossiers, outbox
from counter_app.storage.models import AttachmentRow, DossierRow, StoredFileRow

_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*$")
ROLE_SCAN = "scan"


@dataclass(frozen=True)
class AttachedScan:
    code: str
    component: str
    sha256: str
    size: int
    pages: int
    media_type: str
    event_id: str | None  # None: the same scan was already attached (nothing new queued)


def attach_scan(ctx: ServiceContext, code: str, component: str, data: bytes, pages: int,
                media_type: str = "application/pdf") -> AttachedScan:
    """Keep a scan of a component and queue its event; the sync uploads the file before the event.

    The file is written (and fsynced) before the transaction, so a committed row always has
    its file; a crash in between leaves only an unreferenced file, never a dangling row.
    """
    component = clean_text(component)
    if not component:
        raise ServiceError("component", "required", msg("scan.component_required"))
    if isinstance(pages, bool) or not isinstance(pages, int) or pages < 1:
        raise ServiceError("pages", "range", msg("scan.pages"))
    media_type = media_type.strip().lower()
    if not _MEDIA_TYPE.match(media_type):
        raise ServiceError("media_type", "format", msg("scan.media_type"))
    if not data:
        raise ServiceError("data", "empty", msg("scan.empty"))

    code = code.strip()
    stored = ctx.files.put_bytes(data)
    now = ctx.now()
    with ctx.store.transaction() as session:
        dossier_id = session.scalar(select(DossierRow.id).where(DossierRow.code == code))
        if dossier_id is None:
            raise DossierNotFoundError(code)
        if session.get(StoredFileRow, stored.sha256) is None:
            session.add(StoredFileRow(sha256=stored.sha256, size=stored.size,
                                      media_type=media_type, created_at=now))
        existing = session.scalar(select(AttachmentRow.id).where(
            AttachmentRow.dossier_id == dossier_id, AttachmentRow.sha256 == stored.sha256,
            AttachmentRow.role == ROLE_SCAN))
        if existing is not None:
            return AttachedScan(code, component, stored.sha256, stored.size, pages, media_type, None)
        session.add(AttachmentRow(dossier_id=dossier_id, sha256=stored.sha256, role=ROLE_SCAN,
                                  component=component, pages=pages, created_at=now))
        _mark_digitized(session, code, component, now)
        event = DossierEvent("dossier.attachment_added", code, now, {
            "component": component, "sha256": stored.sha256, "pages": pages,
            "size": stored.size, "media_type": media_type, "digitized": True})
        event_id = outbox.append(session, event, device_id=ctx.device.device_id, clerk=ctx.clerk)
    return AttachedScan(code, component, stored.sha256, stored.size, pages, media_type, event_id)


def _mark_digitized(session: Session, code: str, component: str, now: datetime) -> None:
    """The component's digitized flag in the dossier's payload (for the digitization indicators)."""
    dossier = dossiers.get(session, code)
    if dossier is None:
        return
    changed = tuple(replace(c, digitized=True) if clean_text(c.name) == component and not c.digitized
                    else c for c in dossier.components)
    if changed != dossier.components:
        dossiers.save(session, replace(dossier, components=changed), now)
