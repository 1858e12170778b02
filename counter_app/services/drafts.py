"""Autosaved drafts: a half-typed form survives a crash or a power cut (restored at start)."""

from __future__ import annotations

import json
from typing import Any, Mapping

from counter_app.services.context import ServiceContext
from counter_app.storage.models import DraftRow


def save_draft(ctx: ServiceContext, slot: str, body: Mapping[str, Any]) -> None:
    """Replace the draft in `slot` (one short transaction; synchronous=FULL makes it durable)."""
    text = json.dumps(body, ensure_ascii=False, sort_keys=True)
    with ctx.store.transaction() as session:
        row = session.get(DraftRow, slot)
        if row is None:
            session.add(DraftRow(slot=slot, body=text, updated_at=ctx.now()))
        elif row.body != text:
            row.body, row.updated_at = text, ctx.now()


def load_draft(ctx: ServiceContext, slot: str) -> dict[str, Any] | None:
    with ctx.store.reading() as session:
        row = session.get(DraftRow, slot)
        return None if row is None else dict(json.loads(row.body))


def clear_draft(ctx: ServiceContext, slot: str) -> None:
    with ctx.store.transaction() as session:
        row = session.get(DraftRow, slot)
        if row is not None:
            session.delete(row)
