"""Reading dossiers: one by code, a filtered list, and the public lookup (no personal data)."""

from __future__ import annotations

import hmac
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, select, tuple_

from counter_app.core.dossier import Status
from counter_app.core.text import fold, mask_name
from counter_app.core.timeutil import VN_TZ, to_vn
from central.models import ChangeRow, DossierRow, EventRow


def _vn(value: datetime | None) -> datetime | None:
    return None if value is None else to_vn(value)


def summary(row: Any) -> dict[str, Any]:
    body = row["body"] or {}
    given = body.get("applicant")
    applicant = given if isinstance(given, dict) else {}
    return {
        "code": row["code"], "procedure_code": row["procedure_code"],
        "procedure_name": row["procedure_name"], "field": row["field"], "channel": row["channel"],
        "status": row["status"], "status_label": Status(row["status"]).label_vi,
        "received_at": _vn(row["received_at"]), "appointment_at": _vn(row["appointment_at"]),
        "resolved_at": _vn(row["resolved_at"]), "rescheduled": bool(row["rescheduled"]),
        "applicant_name": str(applicant.get("full_name") or ""),
    }


def get(conn: Connection, unit_code: str, code: str) -> dict[str, Any] | None:
    """The dossier with its history, if it belongs to `unit_code` (else None: no leak)."""
    row = conn.execute(select(DossierRow.__table__).where(
        DossierRow.code == code, DossierRow.unit_code == unit_code)).mappings().first()
    if row is None:
        return None
    history: list[dict[str, Any]] = [
        {"kind": "event", "what": e.type, "at": to_vn(e.occurred_at),
         "by": (e.clerk or e.device_id) + ("" if e.clerk_verified else " (chưa xác thực)")}
        for e in conn.execute(select(EventRow.type, EventRow.occurred_at, EventRow.clerk,
                                     EventRow.device_id, EventRow.clerk_verified)
                              .where(EventRow.dossier_code == code, EventRow.unit_code == unit_code)
                              .order_by(EventRow.id))]
    history += [
        {"kind": "change", "what": f"status {c.status}" + (" (gia hạn)" if c.extension else ""),
         "at": to_vn(c.at), "by": c.actor}
        for c in conn.execute(select(ChangeRow.status, ChangeRow.at, ChangeRow.actor,
                                     ChangeRow.extension)
                              .where(ChangeRow.dossier_code == code, ChangeRow.unit_code == unit_code)
                              .order_by(ChangeRow.seq))]
    history.sort(key=lambda item: item["at"])
    return {**summary(row), "body": row["body"] or {}, "history": history}


def search(conn: Connection, unit_code: str, *, status: int | None, date_from: date | None,
           date_to: date | None, q: str | None, limit: int,
           after: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """The unit's dossiers, newest code first (a code carries its issue date), and the code to
    send back as `after` for the next page (None on the last page).

    Keyset paging on the primary key: every page costs the same, however deep, and nothing is
    counted (no OFFSET, no COUNT). `q` matches code, name, ID or phone, unaccented; on
    PostgreSQL the folded key has a trigram index (migration 0007)."""
    d = DossierRow
    where = [d.unit_code == unit_code]
    if after:  # as a row value, so the scan is a range of (unit_code, code) on both sides
        where.append(tuple_(d.unit_code, d.code) < tuple_(unit_code, after))
    if status is not None:
        where.append(d.status == status)
    if date_from is not None:
        where.append(d.received_at >= datetime.combine(date_from, time.min, tzinfo=VN_TZ))
    if date_to is not None:
        where.append(d.received_at < datetime.combine(date_to + timedelta(days=1), time.min,
                                                      tzinfo=VN_TZ))
    if q:
        key = fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append(d.search.like(f"%{key}%", escape="\\"))
    # unit_code first (fixed by the filter): only (unit_code, code) gives this order, so the
    # scan stays within the unit; the primary key alone would walk other units' codes too.
    rows = conn.execute(select(d.__table__).where(*where)
                        .order_by(d.unit_code.desc(), d.code.desc())
                        .limit(limit + 1)).mappings().all()
    more = len(rows) > limit
    rows = rows[:limit]
    return [summary(row) for row in rows], (rows[-1]["code"] if more else None)


# Checked in place of a dossier the code does not name, so an unknown code takes the same path
# (one read, the same comparisons, one throttle write) as a known code with a wrong factor.
# (A match against it still answers None.)
_DECOY: dict[str, Any] = {"lookup_key": "00000000",
                          "applicant": {"phone": "0000000000", "id_number": "000000000000"}}


def public(conn: Connection, code: str, key: str | None,
           last4: str | None) -> dict[str, Any] | None:
    """Status and appointment only, and only to someone holding what the citizen holds: the
    slip's lookup key (its QR code), or the last 4 digits of the applicant's phone or ID
    number. None for an unknown code and for a wrong or missing second factor alike.

    Beside the JSON answer's keys, `applicant_masked` ("Nguyễn V** A**") for the public page."""
    row = conn.execute(select(DossierRow.code, DossierRow.status, DossierRow.appointment_at,
                              DossierRow.procedure_name, DossierRow.body)
                       .where(DossierRow.code == code)).first()
    body = (row.body or {}) if row is not None else _DECOY
    if not _holds(body, key, last4) or row is None:
        return None
    given = body.get("applicant")
    name = str(given.get("full_name") or "") if isinstance(given, dict) else ""
    return {"code": row.code, "status": row.status, "status_label": Status(row.status).label_vi,
            "appointment_at": _vn(row.appointment_at), "procedure_name": row.procedure_name,
            "applicant_masked": mask_name(name)}


def _holds(body: dict[str, Any], key: str | None, last4: str | None) -> bool:
    stored = body.get("lookup_key")
    if key and isinstance(stored, str) and stored:
        return hmac.compare_digest(key.strip().upper().encode(), stored.upper().encode())
    if last4 and len(last4) == 4 and last4.isdigit():
        given = body.get("applicant")
        applicant = given if isinstance(given, dict) else {}
        for field in ("phone", "id_number"):
            digits = "".join(ch for ch in str(applicant.get(field) or "") if ch.isdigit())
            if len(digits) >= 4 and hmac.compare_digest(digits[-4:].encode(), last4.encode()):
                return True
    return False
