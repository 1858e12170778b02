"""The change feed down to the counters: per-unit sequence numbers that never skip.

Why a per-unit counter row and not a database sequence: with a sequence (or an autoincrement
id), two PostgreSQL transactions can take ids 7 and 8 and commit 8 first; a counter reading
in between sees 8, moves its cursor past 7 and never sees 7. Here the number comes from
`UPDATE units SET last_change_seq = last_change_seq + 1 … RETURNING`, which holds that row's
lock until the transaction ends. The next writer of the same unit waits for the commit
before it gets a number, so numbers become visible in the order they are assigned, with no
gaps (a rolled-back transaction gives its number back). The price is that one unit's progress
writes are serialised: back-office progress is a few writes a minute per unit, so that is
free. On SQLite every write is serialised anyway (BEGIN IMMEDIATE).

The cursor is the last `seq` the counter has seen, as a decimal string ("0" to start). A
cursor above the unit's `last_change_seq` was never issued by this database: the service was
restored from a backup (or the counter talks to another service). It is answered 409
`cursor_ahead` rather than "nothing new", which would make the counter skip every change
numbered up to its cursor for ever; the counter re-reads the feed from "0" (details.restart_from).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from counter_app.core.dossier import Status
from counter_app.core.timeutil import to_vn
from central.errors import ApiError
from central.models import ChangeRow, Unit


def parse_cursor(cursor: str | None) -> int:
    if cursor is None or cursor == "":
        return 0
    if not cursor.isascii() or not cursor.isdigit() or len(cursor) > 18:
        raise ApiError(422, "invalid_cursor", "Con trỏ (cursor) không hợp lệ.",
                       {"cursor": "a next_cursor value returned by this endpoint"})
    return int(cursor)


def record(conn: Connection, *, unit_code: str, dossier_code: str, status: int,
           previous_status: int, at: datetime, appointment_at: datetime | None,
           extension: bool, note: str, actor: str, now: datetime) -> int:
    """Append a change; returns its per-unit sequence number (see the module docstring)."""
    seq = conn.execute(update(Unit.__table__).where(Unit.code == unit_code)
                       .values(last_change_seq=Unit.last_change_seq + 1)
                       .returning(Unit.last_change_seq)).scalar_one()
    conn.execute(insert(ChangeRow.__table__), {
        "unit_code": unit_code, "seq": seq, "dossier_code": dossier_code, "status": status,
        "previous_status": previous_status, "at": at, "appointment_at": appointment_at,
        "extension": extension, "note": note, "actor": actor, "recorded_at": now})
    return int(seq)


def page(conn: Connection, unit_code: str, cursor: int, limit: int) -> tuple[list[dict[str, Any]], str]:
    """Changes after `cursor`, oldest first, and the cursor to send next time (409 for a
    cursor this service cannot have issued)."""
    latest = int(conn.execute(select(Unit.last_change_seq)
                              .where(Unit.code == unit_code)).scalar() or 0)
    if cursor > latest:
        raise ApiError(409, "cursor_ahead",
                       "Con trỏ thay đổi vượt quá dữ liệu của hệ thống tỉnh (hệ thống có thể vừa "
                       "được khôi phục từ bản sao lưu); hãy đọc lại từ đầu.",
                       {"latest": str(latest), "restart_from": "0"})
    rows = conn.execute(select(ChangeRow.__table__)
                        .where(ChangeRow.unit_code == unit_code, ChangeRow.seq > cursor)
                        .order_by(ChangeRow.seq).limit(limit)).mappings().all()
    out = [{
        "change_id": row["seq"], "dossier_code": row["dossier_code"], "status": row["status"],
        "status_label": Status(row["status"]).label_vi, "previous_status": row["previous_status"],
        "at": to_vn(row["at"]),
        "appointment_at": None if row["appointment_at"] is None else to_vn(row["appointment_at"]),
        "extension": row["extension"], "note": row["note"],
    } for row in rows]
    next_cursor = str(rows[-1]["seq"]) if rows else str(cursor)
    return out, next_cursor
