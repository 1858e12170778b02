"""Report use cases the UI calls: Biểu 06 with drill-down, indicators, Mẫu 07, by role and period.

Every call reads the counter's own store (it works offline) and returns a ``ReportTable``
(r3's exports and views take it as is). Who may see what: a clerk (or any role but supervisor
and admin) sees their counter's figures, a supervisor or an admin the unit's; a clerk asking
for the unit gets a ``ServiceError``. A long computation checks ``cancel`` (a callable or a
``threading.Event``) between chunks and stops with ``ReportCancelledError``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal, Union

from counter_app.core.messages import msg
from counter_app.core.codes import CodeLane
from counter_app.core.form06_table import COLUMNS as FORM06_COLUMNS
from counter_app.core.form06_table import FIGURE_KEYS, form06_table
from counter_app.core.indicators import (
    IndicatorInputs, WorkingTime, indicators_table, progress_inputs, rating_inputs,
)
from counter_app.core.report_table import Column, ReportTable
from counter_app.core.stats import TOTAL_LABEL, Form06Report, Form06Row, form06 as core_form06
from counter_app.core.stats import report_from_counts
from counter_app.printing.data import TrackingBookData, TrackingRow
from counter_app.printing.tracking_table import tracking_table
from counter_app.services.context import ServiceContext
from counter_app.services.errors import ServiceError
from counter_app.storage import reports as store_reports
from counter_app.storage.dossiers import DossierSummary
from counter_app.storage.models import ClerkRow
from counter_app.storage.reports import Window

Scope = Literal["counter", "unit"]
Group = Literal["counter", "unit", "field", "procedure"]
Cancel = Union[Callable[[], bool], threading.Event, None]
SCOPES: tuple[Scope, ...] = ("counter", "unit")
GROUPS: tuple[Group, ...] = ("counter", "unit", "field", "procedure")
UNIT_ROLES = frozenset({"supervisor", "admin"})
MAX_DAYS = 5 * 366  # a longer period is a mistake in the dates, not a report


class ReportCancelledError(ServiceError):
    """The clerk cancelled the report; nothing was kept."""

    def __init__(self) -> None:
        super().__init__("report", "cancelled", msg("report.cancelled"))


@dataclass(frozen=True)
class Form06Result:
    """Biểu 06 for a scope and period: the table to show or export, and the report behind it."""

    table: ReportTable
    report: Form06Report
    scope: Scope
    date_from: date
    date_to: date
    generated_at: datetime


# --------------------------------------------------------------------------- checks

def _checker(cancel: Cancel) -> Callable[[], None]:
    if cancel is None:
        return lambda: None
    is_set = cancel.is_set if isinstance(cancel, threading.Event) else cancel

    def check() -> None:
        if is_set():
            raise ReportCancelledError()
    return check


def role_of(ctx: ServiceContext) -> str:
    """The logged-in clerk's role at this counter ("clerk" when the account is not here)."""
    with ctx.store.reading() as session:
        row = session.get(ClerkRow, ctx.clerk)
    return "clerk" if row is None else row.role


def _lanes(ctx: ServiceContext, scope: str) -> tuple[CodeLane, ...] | None:
    """The code lanes the scope covers: this counter's, or None for the whole unit."""
    if scope not in SCOPES:
        raise ServiceError("scope", "choice", msg("report.scope_choice"))
    if scope == "counter":
        return ctx.device.lanes
    if role_of(ctx) not in UNIT_ROLES:
        raise ServiceError("scope", "forbidden", msg("report.unit_forbidden"))
    return None


def _window(ctx: ServiceContext, date_from: date, date_to: date) -> Window:
    if date_from > date_to:
        raise ServiceError("date_to", "order",
                           msg("report.period_order", end=f"{date_to:%d/%m/%Y}",
                               start=f"{date_from:%d/%m/%Y}"))
    if (date_to - date_from).days >= MAX_DAYS:
        raise ServiceError("date_from", "range", msg("report.period_too_long"))
    return Window(date_from, date_to, ctx.now())


def _subtitle(ctx: ServiceContext, scope: str, w: Window) -> tuple[str, ...]:
    who = (f"Quầy số {ctx.device.counter_no}" if scope == "counter" else "Toàn đơn vị")
    return (f"{ctx.device.unit_name} – {who}",
            f"Kỳ báo cáo: từ ngày {w.date_from:%d/%m/%Y} đến ngày {w.date_to:%d/%m/%Y}")


# --------------------------------------------------------------------------- Biểu 06

def form06(ctx: ServiceContext, scope: Scope, date_from: date, date_to: date,
           cancel: Cancel = None) -> Form06Result:
    """Biểu 06 by field for [date_from, date_to] (both included), every catalog field listed."""
    lanes = _lanes(ctx, scope)
    w = _window(ctx, date_from, date_to)
    check = _checker(cancel)
    with ctx.store.reading() as session:
        counts = store_reports.form06_counts(session, w, lanes=lanes, check=check)
    report = report_from_counts(counts, all_fields=ctx.catalog.fields())
    report.check()
    table = form06_table(report, subtitle=_subtitle(ctx, scope, w),
                         meta={"scope": scope, "from": w.date_from.isoformat(),
                               "to": w.date_to.isoformat()})
    return Form06Result(table, report, scope, date_from, date_to, w.now)


def form06_codes(ctx: ServiceContext, scope: Scope, date_from: date, date_to: date,
                 row_key: str, column_key: str, cancel: Cancel = None) -> tuple[str, ...]:
    """The codes one figure of Biểu 06 counts (row: a field's name or the total's label)."""
    lanes = _lanes(ctx, scope)
    w = _window(ctx, date_from, date_to)
    if column_key not in FIGURE_KEYS:
        raise ServiceError("column", "unknown", msg("report.not_a_figure"))
    check = _checker(cancel)
    field = None if row_key == TOTAL_LABEL else row_key
    with ctx.store.reading() as session:
        records = store_reports.stat_records(session, w, lanes=lanes, field=field, check=check)
    check()
    # A field no longer in the catalog still has its row while dossiers of it count.
    if field is not None and not records and field not in ctx.catalog.fields():
        raise ServiceError("row", "unknown", msg("report.no_such_row", row=row_key))
    report = core_form06(records, w.date_from, w.date_to, now=w.now, drill=True)
    return report.codes(row_key, column_key)


def drill(ctx: ServiceContext, scope: Scope, date_from: date, date_to: date, row_key: str,
          column_key: str, cancel: Cancel = None) -> list[DossierSummary]:
    """The dossiers behind one figure of Biểu 06, as result-list lines."""
    codes = form06_codes(ctx, scope, date_from, date_to, row_key, column_key, cancel)
    with ctx.store.reading() as session:
        return store_reports.summaries(session, codes, _checker(cancel))


# --------------------------------------------------------------------------- indicators

def indicators(ctx: ServiceContext, scope: Scope, date_from: date, date_to: date,
               group: Group = "field", cancel: Cancel = None) -> ReportTable:
    """The indicators of docs/reports.md per counter, unit, field or procedure."""
    if group not in GROUPS:
        raise ServiceError("group", "choice", msg("report.group_choice"))
    lanes = _lanes(ctx, scope)
    w = _window(ctx, date_from, date_to)
    check = _checker(cancel)
    acc: dict[str, IndicatorInputs] = {}

    def add(key: str, x: IndicatorInputs) -> None:
        acc[key] = acc.get(key, IndicatorInputs()).plus(x)

    with ctx.store.reading() as session:
        for key, f in store_reports.form06_counts(session, w, lanes=lanes, group=group,
                                                  check=check).items():
            add(key, progress_inputs(Form06Row.of(key, **f)))
        for key, d in store_reports.digitization_counts(session, w, group=group, lanes=lanes,
                                                        check=check).items():
            add(key, IndicatorInputs(received_new=d.received, digitized=d.digitized,
                                     reused=d.reused, resolved_new=d.resolved,
                                     result_digitized=d.result_digitized))
        for rating in store_reports.ratings(session, w, group=group, lanes=lanes, check=check):
            try:
                add(rating.group, rating_inputs(rating.criteria, rating.overall))
            except ValueError:
                continue  # a malformed rating is not counted (the rating screen checks them)
        clock = WorkingTime(ctx.calendar)
        spans = store_reports.resolution_spans(session, w, group=group, lanes=lanes, check=check)
        for i, (key, received_at, resolved_at) in enumerate(spans):
            if i % 20_000 == 0:
                check()
            add(key, IndicatorInputs(working_hours=clock.hours(received_at, resolved_at), timed=1))
        labels = store_reports.group_labels(session, group)
    if group == "counter":
        labels = {k: f"Quầy số {k}" for k in acc}
    return indicators_table(group, ((k, labels.get(k, k), x) for k, x in acc.items()),
                            subtitle=_subtitle(ctx, scope, w))


# --------------------------------------------------------------------------- Mẫu 07

def tracking_book_data(ctx: ServiceContext, scope: Scope, date_from: date, date_to: date,
                       cancel: Cancel = None) -> TrackingBookData:
    """Mẫu 07's rows: the dossiers received in the period, in order of receipt."""
    lanes = _lanes(ctx, scope)
    w = _window(ctx, date_from, date_to)
    with ctx.store.reading() as session:
        found = store_reports.received_dossiers(session, w, lanes=lanes, check=_checker(cancel))
    rows = tuple(TrackingRow.from_dossier(d, i, _returned_to(d.details.get("recipient")))
                 for i, d in enumerate(found, 1))
    return TrackingBookData(date_from=date_from, date_to=date_to, rows=rows)


def _returned_to(recipient: object) -> str:
    if isinstance(recipient, dict):
        return str(recipient.get("full_name") or recipient.get("waybill") or "")
    return ""


def tracking_book(ctx: ServiceContext, scope: Scope, date_from: date, date_to: date,
                  cancel: Cancel = None) -> ReportTable:
    """Mẫu 07 (Sổ theo dõi hồ sơ) for the period as a table (printed by printing.render_form07)."""
    data = tracking_book_data(ctx, scope, date_from, date_to, cancel)
    w = Window(date_from, date_to, ctx.now())
    table = tracking_table(data)
    return replace(table, subtitle=(*_subtitle(ctx, scope, w)[:1], *table.subtitle))


DRILL_COLUMNS = (Column("code", "Mã hồ sơ", width=26), Column("applicant", "Người nộp", width=26),
                 Column("procedure", "Thủ tục", width=40), Column("received", "Ngày nhận", "date"),
                 Column("appointment", "Hẹn trả", "date"), Column("status", "Trạng thái", width=22))


def drill_table(ctx: ServiceContext, scope: Scope, date_from: date, date_to: date, row_key: str,
                column_key: str, cancel: Cancel = None) -> ReportTable:
    """`drill` as a table the report screen shows, exports and prints like any report."""
    row_key = row_key or TOTAL_LABEL  # the screen names the total row ""
    lines = drill(ctx, scope, date_from, date_to, row_key, column_key, cancel)
    rows = tuple((s.code, s.applicant_name, s.procedure_name,
                  None if s.received_at is None else s.received_at.date(),
                  None if s.appointment_at is None else s.appointment_at.date(),
                  s.status.label_vi) for s in lines)
    w = Window(date_from, date_to, ctx.now())
    column = next((c for c in FORM06_COLUMNS if c.key == column_key), None)
    what = column_key if column is None else " – ".join(p for p in (column.group, column.header) if p)
    return ReportTable(f"Hồ sơ: {row_key} – {what} ({len(rows)})", DRILL_COLUMNS, rows,
                       row_keys=tuple(s.code for s in lines), subtitle=_subtitle(ctx, scope, w))
