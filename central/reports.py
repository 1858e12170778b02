"""Biểu số 06 for a unit and period, computed by counter_app.core.stats.form06 (one set of rules)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, or_, select

from counter_app.core.dossier import Status
from counter_app.core.stats import Form06Report, StatRecord, form06
from counter_app.core.timeutil import VN_TZ, to_vn
from central.models import DossierRow
from central.reference import Reference


def _vn_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=VN_TZ)


def records(conn: Connection, unit_code: str, date_from: date, date_to: date,
            now: datetime) -> list[StatRecord]:
    """The unit's received dossiers that can count in the period, as core.stats sees them."""
    start = _vn_midnight(date_from)
    end = _vn_midnight(date_to + timedelta(days=1))
    judged = min(end, now)
    d = DossierRow
    rows = conn.execute(
        select(d.field, d.channel, d.status, d.received_at, d.appointment_at, d.paused_at,
               d.resolved_at, d.withdrawn_at)
        .where(d.unit_code == unit_code, d.received_at.is_not(None), d.received_at < end,
               d.status != int(Status.REFUSED),
               or_(d.resolved_at.is_(None), d.resolved_at >= start),
               or_(d.withdrawn_at.is_(None), d.withdrawn_at >= start)))
    out = []
    for row in rows:
        appointment = row.appointment_at or row.received_at
        # Waiting for a supplement at the moment of judgment (paused then, still paused now):
        # its clock is stopped, so core.dossier.is_overdue never counts it late.
        suspended = (row.status == int(Status.SUPPLEMENT_REQUIRED)
                     and (row.paused_at is None or row.paused_at <= judged))
        out.append(StatRecord(field=row.field, channel=row.channel,
                              received_at=to_vn(row.received_at), appointment_at=to_vn(appointment),
                              resolved_at=None if row.resolved_at is None else to_vn(row.resolved_at),
                              withdrawn_at=None if row.withdrawn_at is None else to_vn(row.withdrawn_at),
                              suspended=suspended))
    return out


def form06_report(conn: Connection, unit_code: str, date_from: date, date_to: date,
                  now: datetime) -> Form06Report:
    report = form06(records(conn, unit_code, date_from, date_to, now), date_from, date_to,
                    now=now, all_fields=Reference(conn).fields())
    report.check()
    return report


def form06_dict(conn: Connection, unit_code: str, date_from: date, date_to: date,
                now: datetime) -> dict[str, Any]:
    report = form06_report(conn, unit_code, date_from, date_to, now)
    return {"unit_code": unit_code, "from": date_from, "to": date_to, **report.as_dict()}
