"""The Reports tab wired to the report services: the clerk's counter, or the unit for a supervisor."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from counter_app.core.periods import Period
from counter_app.core.report_table import ReportTable
from counter_app.services import reports
from counter_app.services.context import ServiceContext
from counter_app.core.messages import msg
from counter_app.services.errors import ServiceError
from counter_app.ui.reports.reports_slice import ReportsSlice
from counter_app.ui.tasks import TaskRunner

UNIT_ROLES = frozenset({"supervisor", "admin"})


def scope_for(role: str) -> reports.Scope:
    """A clerk sees their counter's figures; a supervisor or an administrator the unit's."""
    return "unit" if role in UNIT_ROLES else "counter"


def build_reports_slice(context: Callable[[], ServiceContext], tasks: TaskRunner, role: str,
                        parent: QWidget | None = None) -> ReportsSlice:
    """`context` gives the current snapshot at each run (the window swaps it after a sync)."""
    scope = scope_for(role)

    def form06(period: Period, cancel: threading.Event) -> ReportTable:
        return reports.form06(context(), scope, period.date_from, period.date_to, cancel).table

    def indicators(period: Period, cancel: threading.Event) -> ReportTable:
        return reports.indicators(context(), scope, period.date_from, period.date_to,
                                  "field", cancel)

    def tracking_book(period: Period, cancel: threading.Event) -> ReportTable:
        return reports.tracking_book(context(), scope, period.date_from, period.date_to, cancel)

    def drill(report_id: str, period: Period, row_key: str, column_key: str,
              cancel: threading.Event) -> ReportTable:
        if report_id != "form06":
            raise ServiceError("report", "no_drill", msg("report.no_drill"))
        return reports.drill_table(context(), scope, period.date_from, period.date_to, row_key,
                                   column_key, cancel)

    return ReportsSlice(tasks, form06, indicators, tracking_book,
                        today=lambda: context().now().date(), drill=drill, parent=parent)
