"""Indicators of a scope and period (Decision 766/QĐ-TTg): early-or-on-time share, overdue now,
average working time; one pure function over StatRecord rows, fed by the central queries."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Connection, select

from counter_app.core.dossier import Status, is_overdue
from counter_app.core.stats import StatRecord, classify_resolution
from counter_app.core.timeutil import to_vn
from central.models import Device, Unit
from central.reference import Reference
from central.report_scope import ReportScope
from central.reports import Period, rows, stat_record

GroupBy = Literal["field", "procedure", "unit", "counter"]
# Working hours between two moments for a dossier of a unit (the unit's calendar).
WorkingHours = Callable[[str, datetime, datetime], float]


@dataclass(frozen=True)
class IndicatorRow:
    """One dossier for the indicators: its group, the unit whose calendar counts its time, and
    its StatRecord (`suspended` meaning: waiting for a supplement now)."""

    group: str
    label: str
    unit_code: str
    record: StatRecord


@dataclass
class Figures:
    """The indicators of one group (or of everything: key "")."""

    key: str
    label: str
    resolved: int = 0
    resolved_early_or_on_time: int = 0
    open_now: int = 0
    overdue_now: int = 0
    working_hours: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        share = None if not self.resolved else round(self.resolved_early_or_on_time / self.resolved, 4)
        average = None if not self.resolved else round(self.working_hours / self.resolved, 2)
        return {"key": self.key, "label": self.label, "resolved": self.resolved,
                "resolved_early_or_on_time": self.resolved_early_or_on_time,
                "share_early_or_on_time": share, "open_now": self.open_now,
                "overdue_now": self.overdue_now, "average_working_hours": average}


def compute(items: Iterable[IndicatorRow], period: Period,
            working_hours: WorkingHours) -> tuple[list[Figures], Figures]:
    """Per group (sorted by key) and in all:

    - **resolved**: result ready (or processing stopped) within the period, not withdrawn
      first (as Biểu 06 counts resolved); **share early or on time** = (early + on time) /
      resolved by core.stats.classify_resolution, None without any resolved;
    - **average working hours** of those resolved: office hours from receipt to resolution;
    - **open now** / **overdue now**: neither resolved nor withdrawn, and past the appointment
      now by core.dossier.is_overdue (a dossier waiting for a supplement is never overdue).
    """
    start, end, now = to_vn(period.start), to_vn(period.end), to_vn(period.now)
    groups: dict[str, Figures] = {}
    total = Figures("", "Tổng cộng")
    for item in items:
        rec = item.record
        figures = groups.get(item.group)
        if figures is None:
            figures = groups[item.group] = Figures(item.group, item.label)
        resolved = rec.resolved_at
        if rec.withdrawn_at is not None and (resolved is None or rec.withdrawn_at < resolved):
            continue  # withdrawn: neither resolved nor open
        if resolved is not None:
            if start <= resolved < end:
                good = classify_resolution(rec.appointment_at, resolved) != "late"
                hours = working_hours(item.unit_code, rec.received_at, resolved)
                for f in (figures, total):
                    f.resolved += 1
                    f.resolved_early_or_on_time += good
                    f.working_hours += hours
            continue
        status = Status.SUPPLEMENT_REQUIRED if rec.suspended else Status.PROCESSING
        overdue = is_overdue(status, rec.appointment_at, now)
        for f in (figures, total):
            f.open_now += 1
            f.overdue_now += overdue
    return [groups[key] for key in sorted(groups)], total


def indicators(conn: Connection, scope: ReportScope, period: Period, by: GroupBy) -> dict[str, Any]:
    """The indicators of the scope's dossiers of the period, grouped `by`."""
    ref = Reference(conn)
    calendars: dict[str, Any] = {}

    def hours(unit_code: str, a: datetime, b: datetime) -> float:
        calendar = calendars.get(unit_code)
        if calendar is None:
            calendar = calendars[unit_code] = ref.calendar(unit_code)
        return float(calendar.working_hours_between(to_vn(a), to_vn(b)))

    names: dict[str, str] = {}
    if by == "unit":
        names = {code: name for code, name in conn.execute(select(Unit.code, Unit.name))}
    elif by == "counter":
        names = {dev: f"Quầy {no}: {name}" if no is not None else name
                 for dev, name, no in conn.execute(select(Device.id, Device.name, Device.counter_no))}

    def item(row: Any) -> IndicatorRow:
        rec = replace(stat_record(row, period),
                      suspended=row.status == int(Status.SUPPLEMENT_REQUIRED))
        if by == "field":
            key, label = row.field, row.field
        elif by == "procedure":
            key, label = row.procedure_code, row.procedure_name
        elif by == "unit":
            key, label = row.unit_code, names.get(row.unit_code, row.unit_code)
        else:
            key = row.device_id or ""
            label = names.get(key, "")
        return IndicatorRow(key, label, row.unit_code, rec)

    groups, total = compute((item(row) for row in rows(conn, scope, period)), period, hours)
    return {"scope": scope.kind, "unit_code": scope.unit_code, "device_id": scope.device_id,
            "from": period.date_from, "to": period.date_to, "by": by,
            "groups": [g.as_dict() for g in groups], "total": total.as_dict()}
