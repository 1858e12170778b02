"""The Reports tab: pick a report and a period, compute it in the background, show and drill down."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from typing import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from counter_app.core.messages import msg
from counter_app.core.periods import PRESETS, Period, PeriodError, preset
from counter_app.core.report_table import ReportTable
from counter_app.ui.messages import error_text
from counter_app.ui.reports.dossier_list import DossierListDialog
from counter_app.ui.reports.progress import RunProgress
from counter_app.ui.reports.report_view import ReportView
from counter_app.ui.shortcuts import add_shortcut
from counter_app.ui.tasks import TaskRunner

# A report: (period, cancel) -> table, run off the GUI thread; it may stop once cancel is set.
ReportFn = Callable[[Period, threading.Event], ReportTable]
# The dossiers behind a figure: (report id, period, row key, column key, cancel) -> table.
DrillFn = Callable[[str, Period, str, str, threading.Event], ReportTable]
CUSTOM = "custom"
COMPUTE_KEY = "F5"


@dataclass(frozen=True)
class ReportChoice:
    """One entry of the report picker: a stable id, its Vietnamese name, how it is computed."""

    id: str
    name: str
    compute: ReportFn


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsSlice(QWidget):
    """Biểu 06, the indicators and Sổ theo dõi (Mẫu 07) for a period, from callables the
    composition root gives (the report services), so this screen knows no storage."""

    sig_message = Signal(str)
    sig_shown = Signal(str)  # the id of the report just shown (tests wait on it)

    def __init__(self, tasks: TaskRunner, form06: ReportFn, indicators: ReportFn,
                 tracking_book: ReportFn, today: Callable[[], date],
                 drill: DrillFn | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._today = today
        self._drill = drill
        self._shown: tuple[str, Period] | None = None  # what the table holds now
        self.choices = (
            ReportChoice("form06", self.tr("Biểu 06 – Tình hình giải quyết hồ sơ"), form06),
            ReportChoice("indicators", self.tr("Chỉ số đánh giá"), indicators),
            ReportChoice("tracking_book", self.tr("Sổ theo dõi hồ sơ (Mẫu 07)"), tracking_book),
        )
        self.report_box = QComboBox()
        self.report_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for choice in self.choices:
            self.report_box.addItem(choice.name, choice.id)
        preset_names = {"this_month": self.tr("Tháng này"), "last_month": self.tr("Tháng trước"),
                        "this_quarter": self.tr("Quý này"), "this_year": self.tr("Năm nay")}
        self.period_box = QComboBox()
        for name in PRESETS:
            self.period_box.addItem(preset_names[name], name)
        self.period_box.addItem(self.tr("Tùy chọn từ ngày – đến ngày"), CUSTOM)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._on_date_edited)
        self.compute_button = QPushButton(self.tr("Lập báo cáo ({key})").format(key=COMPUTE_KEY))
        self.compute_button.clicked.connect(self.compute)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a8071a;")
        self.error.setWordWrap(True)
        self.progress = RunProgress(tasks, self)
        self.progress.sig_cancelled.connect(self._on_progress_cancelled)
        self.view = ReportView(tasks, self)
        self.view.drillRequested.connect(self._on_view_drill)
        self.view.sig_message.connect(self.sig_message)
        self.list_dialog: DossierListDialog | None = None
        self._layout()
        self._filling = False
        self.period_box.currentIndexChanged.connect(self._on_period_chosen)
        self._on_period_chosen()
        add_shortcut(self, COMPUTE_KEY, self.compute, self.tr("Lập báo cáo đã chọn"))
        add_shortcut(self, "Esc", self.progress.cancel, self.tr("Hủy báo cáo đang lập"))

    def _layout(self) -> None:
        pickers = QHBoxLayout()
        for text, widget in ((self.tr("&Báo cáo:"), self.report_box),
                             (self.tr("&Kỳ:"), self.period_box),
                             (self.tr("&Từ ngày:"), self.date_from),
                             (self.tr("Đế&n ngày:"), self.date_to)):
            label = QLabel(text)
            label.setBuddy(widget)
            pickers.addWidget(label)
            pickers.addWidget(widget)
        pickers.addWidget(self.compute_button)
        pickers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        self.error.hide()

    def focus_first(self) -> None:
        """Where the keys go when the tab opens: the report shown, else the report picker."""
        if self.view.table is not None:
            self.view.focus_table()
        else:
            self.report_box.setFocus()

    # ------------------------------------------------------------------ period
    def period(self) -> Period:
        """The period the pickers name; PeriodError (Vietnamese) when it cannot be reported."""
        period = Period(_pydate(self.date_from.date()), _pydate(self.date_to.date()))
        today = self._today()
        if period.date_from > today:
            raise PeriodError(msg("period.start_future", start=f"{period.date_from:%d/%m/%Y}"))
        if period.date_to > today:
            raise PeriodError(msg("period.end_future", end=f"{period.date_to:%d/%m/%Y}",
                                  today=f"{today:%d/%m/%Y}"))
        return period

    def _on_period_chosen(self) -> None:
        name = self.period_box.currentData()
        if name == CUSTOM:
            return
        chosen = preset(name, self._today())
        self._filling = True
        try:
            self.date_from.setDate(_qdate(chosen.date_from))
            self.date_to.setDate(_qdate(chosen.date_to))
        finally:
            self._filling = False

    def _on_date_edited(self) -> None:
        if not self._filling:  # a date typed by hand: the period is the clerk's own
            self.period_box.setCurrentIndex(self.period_box.findData(CUSTOM))

    # ------------------------------------------------------------------ computing
    def current_choice(self) -> ReportChoice:
        return self.choices[self.report_box.currentIndex()]

    def compute(self) -> None:
        """Compute the chosen report for the chosen period, with progress and "Hủy"."""
        try:
            period = self.period()
        except PeriodError as exc:
            self._show_error(error_text(exc))
            self.date_to.setFocus()
            return
        self._show_error("")
        choice = self.current_choice()
        self.progress.run_with_progress(
            self.tr("Đang lập {name}…").format(name=choice.name), choice.compute, period,
            on_done=lambda table: self._on_computed(choice.id, period, table),
            on_error=self._on_compute_failed)

    def _on_computed(self, report_id: str, period: Period, table: ReportTable) -> None:
        self._shown = (report_id, period)
        self.view.set_table(table)
        self.view.focus_table()
        self.sig_shown.emit(report_id)

    def _on_compute_failed(self, exc: BaseException) -> None:
        why = error_text(exc)
        self._show_error(self.tr("Không lập được báo cáo: {why}").format(why=why))

    def _on_progress_cancelled(self) -> None:
        self.sig_message.emit(self.tr("Đã hủy lập báo cáo."))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ------------------------------------------------------------------ drill-down
    def _on_view_drill(self, row_key: str, column_key: str) -> None:
        if self._drill is None or self._shown is None:
            self.sig_message.emit(self.tr("Báo cáo này không có danh sách hồ sơ chi tiết."))
            return
        report_id, period = self._shown
        drill = self._drill
        self.progress.run_with_progress(
            self.tr("Đang lấy danh sách hồ sơ…"), drill, report_id, period, row_key, column_key,
            on_done=self._on_list_ready, on_error=self._on_compute_failed)

    def _on_list_ready(self, table: ReportTable) -> None:
        if self.list_dialog is not None:
            self.list_dialog.close()
            self.list_dialog.deleteLater()
        self.list_dialog = DossierListDialog(table, self._tasks, self)
        self.list_dialog.finished.connect(lambda _result: self.view.focus_table())
        self.list_dialog.open()
