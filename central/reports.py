"""Biểu số 06 for a scope and period, computed by counter_app.core.stats.form06 (one set of rules)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, ColumnElement, Row, or_, select

from counter_app.core.dossier import Status
from counter_app.core.stats import Form06Report, StatRecord, form06
from counter_app.core.timeutil import VN_TZ, to_vn
from central.models import DossierRow, Unit
from central.reference import Reference
from central.report_scope import ReportScope, conditions, receipts


def _vn_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=VN_TZ)


@dataclass(frozen=True)
class Period:
    """[from, to] in Vietnam dates, judged at `now` when it runs into the future."""

    date_from: date
    date_to: date
    now: datetime

    @property
    def start(self) -> datetime:
        return _vn_midnight(self.date_from)

    @property
    def end(self) -> datetime:
        return _vn_midnight(self.date_to + timedelta(days=1))


_RECEIVED = receipts().subquery()
# What a dossier row carries beside its StatRecord (drill-down lines, grouping of indicators).
COLUMNS = (DossierRow.code, DossierRow.unit_code, DossierRow.field, DossierRow.channel,
           DossierRow.status, DossierRow.procedure_code, DossierRow.procedure_name,
           DossierRow.received_at, DossierRow.appointment_at, DossierRow.paused_at,
           DossierRow.resolved_at, DossierRow.withdrawn_at, _RECEIVED.c.device_id)


def counted(scope: ReportScope, period: Period) -> list[ColumnElement[bool]]:
    """The scope's received dossiers that can count in the period (refused ones never do)."""
    d = DossierRow
    start = period.start
    return [*conditions(scope), d.received_at.is_not(None), d.received_at < period.end,
            d.status != int(Status.REFUSED),
            or_(d.resolved_at.is_(None), d.resolved_at >= start),
            or_(d.withdrawn_at.is_(None), d.withdrawn_at >= start)]


def rows(conn: Connection, scope: ReportScope, period: Period,
         *extra: ColumnElement[bool], order_by_code: bool = False) -> Iterator[Row[Any]]:
    """The dossier rows behind a report (COLUMNS), streamed."""
    query = (select(*COLUMNS).outerjoin(_RECEIVED, _RECEIVED.c.dossier_code == DossierRow.code)
             .where(*counted(scope, period), *extra))
    if order_by_code:
        query = query.order_by(DossierRow.code)
    yield from conn.execute(query.execution_options(yield_per=1000))


def stat_record(row: Row[Any], period: Period) -> StatRecord:
    """A dossier row as core.stats sees it."""
    judged = min(period.end, period.now)
    appointment = row.appointment_at or row.received_at
    # Waiting for a supplement at the moment of judgment (paused then, still paused now):
    # its clock is stopped, so core.dossier.is_overdue never counts it late.
    suspended = (row.status == int(Status.SUPPLEMENT_REQUIRED)
                 and (row.paused_at is None or row.paused_at <= judged))
    return StatRecord(field=row.field, channel=row.channel,
                      received_at=to_vn(row.received_at), appointment_at=to_vn(appointment),
                      resolved_at=None if row.resolved_at is None else to_vn(row.resolved_at),
                      withdrawn_at=None if row.withdrawn_at is None else to_vn(row.withdrawn_at),
                      suspended=suspended, code=row.code)


def _form06(recs: Sequence[StatRecord], period: Period, fields: Sequence[str]) -> Form06Report:
    report = form06(recs, period.date_from, period.date_to, now=period.now, all_fields=fields)
    report.check()
    return report


def form06_scope(conn: Connection, scope: ReportScope, period: Period) -> dict[str, Any]:
    """Biểu 06 of the scope: rows by field (a zero row for every field of the catalog) and the
    total; for the province also `units`, one Biểu 06 per unit (its fields with dossiers), in
    unit code order, every unit listed."""
    fields = Reference(conn).fields()
    by_unit: dict[str, list[StatRecord]] = defaultdict(list)
    for row in rows(conn, scope, period):
        by_unit[row.unit_code].append(stat_record(row, period))
    everything = [rec for recs in by_unit.values() for rec in recs]
    out: dict[str, Any] = {
        "scope": scope.kind, "unit_code": scope.unit_code, "device_id": scope.device_id,
        "from": period.date_from, "to": period.date_to,
        **_form06(everything, period, fields).as_dict()}
    if scope.kind == "province":
        out["units"] = [
            {"unit_code": code, "unit_name": name,
             **_form06(by_unit.get(code, []), period, ()).as_dict()}
            for code, name in conn.execute(select(Unit.code, Unit.name).order_by(Unit.code))]
    return out


def form06_dict(conn: Connection, unit_code: str, date_from: date, date_to: date,
                now: datetime) -> dict[str, Any]:
    """Biểu 06 of one unit (the admin CLI)."""
    return form06_scope(conn, ReportScope.unit(unit_code), Period(date_from, date_to, now))
