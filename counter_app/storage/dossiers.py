"""Dossier rows: store and update a core Dossier, find it by code, search by name, ID or phone."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.core.dossier import OPEN, Dossier, Status, from_payload, to_payload
from counter_app.core.text import fold
from counter_app.core.timeutil import iso, parse_iso
from counter_app.storage.db import raw
from counter_app.storage.models import DossierRow


@dataclass(frozen=True)
class DossierSummary:
    """One line of a result list: enough to show and to open the dossier."""

    id: int
    code: str
    procedure_code: str
    procedure_name: str
    applicant_name: str
    applicant_id_number: str
    applicant_phone: str
    status: Status
    received_at: datetime | None
    appointment_at: datetime | None


_SUMMARY_COLUMNS = (DossierRow.id, DossierRow.code, DossierRow.procedure_code,
                    DossierRow.procedure_name, DossierRow.applicant_name,
                    DossierRow.applicant_id_number, DossierRow.applicant_phone, DossierRow.status,
                    DossierRow.received_at, DossierRow.appointment_at)


def _summary(row: tuple) -> DossierSummary:  # type: ignore[type-arg]
    return DossierSummary(row[0], row[1], row[2], row[3], row[4], row[5], row[6], Status(row[7]),
                          row[8], row[9])


def _body(dossier: Dossier) -> str:
    return json.dumps(to_payload(dossier), ensure_ascii=False, separators=(",", ":"))


def _fill(row: DossierRow, d: Dossier, now: datetime) -> None:
    row.procedure_code, row.procedure_name, row.field = d.procedure_code, d.procedure_name, d.field
    row.receiving_unit, row.resolving_unit, row.channel = d.receiving_unit, d.resolving_unit, d.channel
    row.status = int(d.status)
    row.applicant_name = d.applicant.full_name
    row.applicant_name_folded = fold(d.applicant.full_name)
    row.applicant_id_number, row.applicant_phone = d.applicant.id_number, d.applicant.phone
    row.sets, row.received_at, row.appointment_at = d.sets, d.received_at, d.appointment_at
    row.return_method, row.fee_vnd, row.fee_payment = d.return_method, d.fee_vnd, d.fee_payment
    row.rescheduled, row.resolved_at, row.returned_at = d.rescheduled, d.resolved_at, d.returned_at
    row.updated_at = now
    row.body = _body(d)


_COLUMNS = ("code", "procedure_code", "procedure_name", "field", "receiving_unit",
            "resolving_unit", "channel", "status", "applicant_name", "applicant_name_folded",
            "applicant_id_number", "applicant_phone", "sets", "received_at", "appointment_at",
            "return_method", "fee_vnd", "fee_payment", "rescheduled", "resolved_at",
            "returned_at", "created_at", "updated_at", "body")
_INSERT = (f"INSERT INTO dossiers ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_COLUMNS))})")


def _iso(value: datetime | None) -> str | None:
    return None if value is None else iso(value)


def insert(session: Session, d: Dossier, now: datetime) -> int:
    """Insert a new dossier (the same row `_fill` makes, written directly: the hot path)."""
    a = d.applicant
    cur = raw(session).execute(_INSERT, (
        d.code, d.procedure_code, d.procedure_name, d.field, d.receiving_unit, d.resolving_unit,
        d.channel, int(d.status), a.full_name, fold(a.full_name), a.id_number, a.phone, d.sets,
        _iso(d.received_at), _iso(d.appointment_at), d.return_method, d.fee_vnd, d.fee_payment,
        int(d.rescheduled), _iso(d.resolved_at), _iso(d.returned_at), iso(now), iso(now),
        _body(d)))
    assert cur.lastrowid is not None
    return cur.lastrowid


def save(session: Session, dossier: Dossier, now: datetime) -> None:
    """Write back a changed dossier (same code)."""
    row = session.scalar(select(DossierRow).where(DossierRow.code == dossier.code))
    if row is None:
        raise KeyError(dossier.code)
    _fill(row, dossier, now)


_GET = ("SELECT code, status, body, rescheduled, resolved_at, returned_at FROM dossiers "
        "WHERE code = ?")


def get(session: Session, code: str) -> Dossier | None:
    row = raw(session).execute(_GET, (code.strip(),)).fetchone()
    if row is None:
        return None
    code, status, body, rescheduled, resolved_at, returned_at = row
    d = from_payload(code, Status(status), json.loads(body), parse_iso)
    return replace(d, rescheduled=bool(rescheduled),
                   resolved_at=None if resolved_at is None else parse_iso(resolved_at),
                   returned_at=None if returned_at is None else parse_iso(returned_at))


_OPEN_FOR = (f"SELECT code FROM dossiers WHERE applicant_id_number = ? AND procedure_code = ? "
             f"AND status IN ({', '.join(str(int(s)) for s in sorted(OPEN))}) ORDER BY id")


def open_for_applicant(session: Session, id_number: str, procedure_code: str) -> list[str]:
    """Codes of this person's dossiers for this procedure that are still open (duplicate warning)."""
    if not id_number:
        return []
    return [c for (c,) in raw(session).execute(_OPEN_FOR, (id_number, procedure_code))]
