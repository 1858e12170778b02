"""Dossier rows: store and update a core Dossier, find it by code, search by name, ID or phone."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

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


# Every column of a dossier row but its name and its creation time, in this order.
_STATE = ("procedure_code", "procedure_name", "field", "receiving_unit", "resolving_unit",
          "channel", "status", "applicant_id_number", "applicant_phone", "sets", "received_at",
          "appointment_at", "return_method", "fee_vnd", "fee_payment", "rescheduled",
          "resolved_at", "returned_at", "updated_at", "body")
_NAME = ("applicant_name", "applicant_name_folded")
_INSERT = (f"INSERT INTO dossiers (code, created_at, {', '.join(_NAME + _STATE)}) "
           f"VALUES ({', '.join('?' * (2 + len(_NAME) + len(_STATE)))})")
_UPDATE = f"UPDATE dossiers SET {', '.join(f'{c} = ?' for c in _STATE)} WHERE code = ?"
# Only when the name really changed, so the FTS trigger re-indexes it only then.
_RENAME = ("UPDATE dossiers SET applicant_name = ?, applicant_name_folded = ? "
           "WHERE code = ? AND applicant_name_folded <> ?")


def _iso(value: datetime | None) -> str | None:
    return None if value is None else iso(value)


def _state(d: Dossier, now: datetime) -> tuple[object, ...]:
    a = d.applicant
    return (d.procedure_code, d.procedure_name, d.field, d.receiving_unit, d.resolving_unit,
            d.channel, int(d.status), a.id_number, a.phone, d.sets, _iso(d.received_at),
            _iso(d.appointment_at), d.return_method, d.fee_vnd, d.fee_payment,
            int(d.rescheduled), _iso(d.resolved_at), _iso(d.returned_at), iso(now), _body(d))


def insert(session: Session, d: Dossier, now: datetime) -> int:
    """Insert a new dossier (written on the raw connection: this is the receiving hot path)."""
    name = d.applicant.full_name
    cur = raw(session).execute(_INSERT, (d.code, iso(now), name, fold(name), *_state(d, now)))
    assert cur.lastrowid is not None
    return cur.lastrowid


def save(session: Session, dossier: Dossier, now: datetime) -> None:
    """Write back a changed dossier (same code)."""
    conn = raw(session)
    if conn.execute(_UPDATE, (*_state(dossier, now), dossier.code)).rowcount == 0:
        raise KeyError(dossier.code)
    folded = fold(dossier.applicant.full_name)
    conn.execute(_RENAME, (dossier.applicant.full_name, folded, dossier.code, folded))


# The columns a whole dossier is read from (`from_row`), in this order.
DOSSIER_READ = "code, status, body, rescheduled, resolved_at, returned_at"
_GET = f"SELECT {DOSSIER_READ} FROM dossiers WHERE code = ?"


def get(session: Session, code: str) -> Dossier | None:
    row = raw(session).execute(_GET, (code.strip(),)).fetchone()
    return None if row is None else from_row(row)


def from_row(row: tuple) -> Dossier:  # type: ignore[type-arg]
    """The dossier of a row read as DOSSIER_READ."""
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


_FILED_BETWEEN = ("SELECT code, created_at FROM dossiers WHERE applicant_id_number = ? "
                  "AND procedure_code = ? AND receiving_unit = ? AND created_at >= ? "
                  "AND created_at < ? ORDER BY id")


def filed_between(session: Session, id_number: str, procedure_code: str, unit_code: str,
                  start: datetime, end: datetime) -> list[tuple[str, datetime]]:
    """(code, filed at) of this person's dossiers for this procedure filed at this unit in
    [start, end), whatever their status (the same-day warning)."""
    if not id_number:
        return []
    rows = raw(session).execute(_FILED_BETWEEN, (id_number, procedure_code, unit_code,
                                                 iso(start), iso(end)))
    return [(code, parse_iso(at)) for code, at in rows]
