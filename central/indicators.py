"""Indicators of a scope and period (Decision 766/QĐ-TTg) by the counter's own rules:
Biểu 06 per group (core.stats.form06) read as core.indicators.IndicatorInputs, computed by
core.indicators.compute; central only queries the rows and names the groups."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Connection, select

from counter_app.core.indicators import IndicatorInputs, compute, progress_inputs
from counter_app.core.stats import TOTAL_LABEL, StatRecord, form06
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
    its StatRecord (as Biểu 06 sees it)."""

    group: str
    label: str
    unit_code: str
    record: StatRecord


@dataclass(frozen=True)
class Figures:
    """The indicators of one group (or of everything: key "")."""

    key: str
    label: str
    inputs: IndicatorInputs

    def as_dict(self) -> dict[str, Any]:
        x = self.inputs
        found = compute(x)
        share = None if found.in_time_share is None else round(found.in_time_share, 4)
        average = (None if found.average_working_hours is None
                   else round(found.average_working_hours, 2))
        return {"key": self.key, "label": self.label, "resolved": x.resolved,
                "resolved_early_or_on_time": x.resolved_in_time,
                "share_early_or_on_time": share, "open_now": x.in_progress,
                "overdue_now": x.overdue, "average_working_hours": average}


def figures(items: Iterable[IndicatorRow], period: Period,
            working_hours: WorkingHours) -> tuple[list[Figures], Figures]:
    """Per group (sorted by key) and in all, the inputs of core.indicators (docs/reports.md):

    - resolved (early or on time), in progress and overdue: the group's Biểu 06
      (`progress_inputs`), judged at the end of the period or now if earlier;
    - working hours: office hours from receipt to resolution of the dossiers Biểu 06 counts
      resolved, on the calendar of the dossier's unit.
    """
    labels: dict[str, str] = {}
    slots: dict[str, str] = {}  # group key → the form06 row it is counted in
    spans: dict[str, tuple[str, datetime, datetime]] = {}  # code → (unit, received, resolved)
    records: list[StatRecord] = []
    for item in items:
        slot = slots.setdefault(item.group, str(len(slots)))
        labels.setdefault(item.group, item.label)
        rec = item.record
        if rec.resolved_at is not None:
            spans[rec.code] = (item.unit_code, rec.received_at, rec.resolved_at)
        records.append(replace(rec, field=slot))
    report = form06(records, period.date_from, period.date_to, now=period.now,
                    all_fields=slots.values(), drill=True)
    by_slot = {row.field: row for row in report.rows}

    def inputs(slot: str) -> IndicatorInputs:
        row = by_slot[slot] if slot != TOTAL_LABEL else report.total
        timed = [spans[code] for code in report.codes(slot, "resolved_total")]
        return replace(progress_inputs(row), timed=len(timed),
                       working_hours=sum(working_hours(*span) for span in timed))

    groups = [Figures(key, labels[key], inputs(slots[key])) for key in sorted(slots)]
    return groups, Figures("", TOTAL_LABEL, inputs(TOTAL_LABEL))


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
        if by == "field":
            key, label = row.field, row.field
        elif by == "procedure":
            key, label = row.procedure_code, row.procedure_name
        elif by == "unit":
            key, label = row.unit_code, names.get(row.unit_code, row.unit_code)
        else:
            key = row.device_id or ""
            label = names.get(key, "")
        return IndicatorRow(key, label, row.unit_code, stat_record(row, period))

    groups, total = figures((item(row) for row in rows(conn, scope, period)), period, hours)
    return {"scope": scope.kind, "unit_code": scope.unit_code, "device_id": scope.device_id,
            "from": period.date_from, "to": period.date_to, "by": by,
            "groups": [g.as_dict() for g in groups], "total": total.as_dict()}
