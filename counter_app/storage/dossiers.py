"""Dossier rows: store and update a core Dossier, find it by code, search by name, ID or phone."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.core.dossier import OPEN, Dossier, Status, from_payload, to_payload
from counter_app.core.text import fold
from counter_app.core.timeutil import parse_iso
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


def insert(session: Session, dossier: Dossier, now: datetime) -> int:
    row = DossierRow(code=dossier.code, created_at=now)
    _fill(row, dossier, now)
    session.add(row)
    session.flush()
    return row.id


def save(session: Session, dossier: Dossier, now: datetime) -> None:
    """Write back a changed dossier (same code)."""
    row = session.scalar(select(DossierRow).where(DossierRow.code == dossier.code))
    if row is None:
        raise KeyError(dossier.code)
    _fill(row, dossier, now)


def _to_dossier(row: DossierRow) -> Dossier:
    d = from_payload(row.code, Status(row.status), json.loads(row.body), parse_iso)
    return replace(d, rescheduled=row.rescheduled, resolved_at=row.resolved_at,
                   returned_at=row.returned_at)


def get(session: Session, code: str) -> Dossier | None:
    row = session.scalar(select(DossierRow).where(DossierRow.code == code.strip()))
    return None if row is None else _to_dossier(row)


def open_for_applicant(session: Session, id_number: str, procedure_code: str) -> list[str]:
    """Codes of this person's dossiers for this procedure that are still open (duplicate warning)."""
    if not id_number:
        return []
    rows = session.scalars(select(DossierRow.code).where(
        DossierRow.applicant_id_number == id_number,
        DossierRow.procedure_code == procedure_code,
        DossierRow.status.in_([int(s) for s in OPEN])))
    return list(rows)
