"""What a change at central owes the portal: the outbox rows, added in the change's transaction.

A dossier's creation owes a DongBoHoSoMC; each status change a CapNhatTienDoHoSoMC; a change of
the dates the portal shows (receipt after Mẫu 02, an extension, a resumed appointment) a
DongBoHoSoMC with isUpdating. Records are built now (the state at the change, not at the send),
so a late push still tells the portal what happened and when.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import Connection

from central import bulk
from central.portal import payloads
from central.portal.models import PENDING, PortalRecord

_DATES = ("received_at", "appointment_at")


def _row(after: Mapping[str, Any], service: str, record: dict[str, Any], is_updating: bool,
         now: datetime) -> dict[str, Any]:
    return {"dossier_code": after["code"], "unit_code": after["unit_code"], "service": service,
            "is_updating": is_updating, "record": record, "state": PENDING, "created_at": now,
            "attempts": 0, "business_errors": 0, "next_attempt_at": now, "probe": False,
            "last_error": "", "sent_at": None}


def records(before: Mapping[str, Any] | None, after: Mapping[str, Any], *, at: datetime,
            actor: str, note: str, now: datetime,
            maps: payloads.PortalMapping | None = None) -> list[dict[str, Any]]:
    """The outbox rows a dossier owes for going from `before` (None: new) to `after`.
    `maps`: the mapping in force, looked up once per batch by the caller (else here)."""
    maps = maps or payloads.mapping()
    if before is None:
        return [_row(after, payloads.DONG_BO, payloads.dong_bo(after, maps), False, now)]
    out = []
    if after["status"] != before["status"]:
        out.append(_row(after, payloads.CAP_NHAT, payloads.cap_nhat(
            after["code"], int(after["status"]), at, actor, note, after.get("appointment_at"),
            maps), False, now))
    # After the progress record: its arrival is recognised by the portal's status (pusher).
    if any(after.get(k) != before.get(k) for k in _DATES):
        out.append(_row(after, payloads.DONG_BO, payloads.dong_bo(after, maps), True, now))
    return out


def resync(after: Mapping[str, Any], *, exists: bool, now: datetime) -> dict[str, Any]:
    """A DongBoHoSoMC of the dossier as it is (reconciliation's repair)."""
    return _row(after, payloads.DONG_BO, payloads.dong_bo(after, payloads.mapping()), exists, now)


def add(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert the rows, in order, in the caller's transaction."""
    bulk.insert_rows(conn, PortalRecord.__table__, rows)
