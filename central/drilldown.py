"""Drill-down of Biểu 06: the dossiers behind one figure (row × column), keyset-paged by code."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, ColumnElement

from counter_app.core.dossier import Status
from counter_app.core.stats import FORM06_FIGURES, StatRecord, form06
from central.models import DossierRow
from central.report_scope import ReportScope
from central.reports import Period, rows, stat_record

COLUMNS: tuple[str, ...] = (*FORM06_FIGURES, "withdrawn")


def cells(record: StatRecord, period: Period) -> frozenset[str]:
    """The columns of Biểu 06 in which `record` is counted.

    Asked of core.stats.form06 itself (the report of this one dossier), so a drill-down can
    never disagree with the figure it opens.
    """
    total = form06((record,), period.date_from, period.date_to, now=period.now).total
    return frozenset(name for name in COLUMNS if getattr(total, name))


def page(conn: Connection, scope: ReportScope, period: Period, column: str, field: str | None,
         after: str | None, limit: int) -> dict[str, Any]:
    """`{items, next_after}`: up to `limit` dossiers counted in (`field` or every field) ×
    `column`, in code order after the code `after`; `next_after` is the last code when more
    may follow (send it back as `after`), else None."""
    if column not in COLUMNS:
        raise ValueError(f"unknown column {column!r}")
    extra: list[ColumnElement[bool]] = []
    if field is not None:
        extra.append(DossierRow.field == field)
    if after:
        extra.append(DossierRow.code > after)
    items: list[dict[str, Any]] = []
    more = False
    for row in rows(conn, scope, period, *extra, order_by_code=True):
        if column not in cells(stat_record(row, period), period):
            continue
        if len(items) == limit:
            more = True
            break
        items.append({
            "code": row.code, "unit_code": row.unit_code, "field": row.field,
            "procedure_code": row.procedure_code, "procedure_name": row.procedure_name,
            "channel": row.channel, "status": row.status,
            "status_label": Status(row.status).label_vi,
            "received_at": row.received_at, "appointment_at": row.appointment_at,
            "resolved_at": row.resolved_at, "withdrawn_at": row.withdrawn_at})
    return {"items": items, "next_after": items[-1]["code"] if more else None}
