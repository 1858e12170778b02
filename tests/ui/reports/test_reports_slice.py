"""The Reports tab: periods, a report computed off the GUI thread, progress with Hủy, drill-down."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from counter_app.core.periods import Period
from counter_app.ui.reports.reports_slice import ReportsSlice
from tests.report_samples import dossier_list, form06_table, narrow
from tests.ui.conftest import screenshot, wait_idle

TODAY = date(2026, 2, 15)


class Calls:
    """Report services stand-ins: record what they were asked, on which thread."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, Period]] = []
        self.threads: list[str] = []
        self.drilled: list[tuple[str, Period, str, str]] = []
        self.release = threading.Event()  # a blocking report waits for this (or for Hủy)
        self.block = False
        self.cancels: list[threading.Event] = []

    def report(self, name: str, table):
        def compute(period: Period, cancel: threading.Event):
            self.asked.append((name, period))
            self.threads.append(threading.current_thread().name)
            self.cancels.append(cancel)
            if self.block:
                while not (cancel.is_set() or self.release.is_set()):
                    cancel.wait(0.01)
            return table
        return compute

    def drill(self, report_id, period, row_key, column_key, cancel):
        self.drilled.append((report_id, period, row_key, column_key))
        return dossier_list()


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def reports(qtbot, tasks, calls):
    w = ReportsSlice(tasks, calls.report("form06", form06_table()),
                     calls.report("indicators", narrow()),
                     calls.report("tracking_book", narrow()), lambda: TODAY, drill=calls.drill)
    qtbot.addWidget(w)
    w.resize(1366, 600)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def _dates(w: ReportsSlice) -> tuple[date, date]:
    return w.date_from.date().toPython(), w.date_to.date().toPython()


def _choose_period(w: ReportsSlice, name: str) -> None:
    w.period_box.setCurrentIndex(w.period_box.findData(name))


def test_each_preset_fills_the_dates_and_a_date_typed_makes_it_custom(reports):
    assert reports.period_box.currentData() == "this_month"
    assert _dates(reports) == (date(2026, 2, 1), TODAY)
    _choose_period(reports, "last_month")
    assert _dates(reports) == (date(2026, 1, 1), date(2026, 1, 31))
    _choose_period(reports, "this_quarter")
    assert _dates(reports) == (date(2026, 1, 1), TODAY)
    _choose_period(reports, "this_year")
    assert _dates(reports) == (date(2026, 1, 1), TODAY)
    reports.date_from.setDate(QDate(2025, 12, 1))
    assert reports.period_box.currentData() == "custom"
    assert _dates(reports) == (date(2025, 12, 1), TODAY)


def test_f5_computes_the_chosen_report_off_the_gui_thread_and_shows_it(qtbot, reports, calls):
    reports.focus_first()
    assert QApplication.focusWidget() is reports.report_box
    _choose_period(reports, "last_month")
    with qtbot.waitSignal(reports.sig_shown, timeout=10_000) as shown:
        qtbot.keyClick(reports.report_box, Qt.Key.Key_F5)
    assert shown.args == ["form06"]
    assert calls.asked == [("form06", Period(date(2026, 1, 1), date(2026, 1, 31)))]
    assert calls.threads[0] != threading.main_thread().name
    assert reports.view.model.rowCount() == 4
    assert reports.view.view.hasFocus()  # ↑↓ and Enter work at once
    reports.report_box.setFocus()
    reports.focus_first()  # back on the tab: the report shown takes the keys
    assert reports.view.view.hasFocus()
    assert not reports.progress.isVisible()
    screenshot(reports, "reports_slice_form06")
    reports.report_box.setCurrentIndex(2)
    with qtbot.waitSignal(reports.sig_shown, timeout=10_000) as shown:
        reports.compute()
    assert shown.args == ["tracking_book"]
    assert reports.view.model.index(0, 0).data() == "Chứng thực bản sao từ bản chính"


@pytest.mark.parametrize(("start", "end", "says"), [
    (date(2026, 2, 10), date(2026, 2, 1), "trước ngày bắt đầu"),
    (date(2026, 2, 1), date(2026, 2, 20), "chưa đến"),
    (date(2026, 3, 1), date(2026, 3, 5), "chưa đến"),
])
def test_a_period_that_cannot_be_reported_says_why_and_computes_nothing(
        qtbot, reports, calls, tasks, start, end, says):
    reports.date_from.setDate(QDate(start.year, start.month, start.day))
    reports.date_to.setDate(QDate(end.year, end.month, end.day))
    qtbot.keyClick(reports.report_box, Qt.Key.Key_F5)
    assert reports.error.isVisible() and says in reports.error.text()
    wait_idle(qtbot, tasks)
    assert calls.asked == [] and reports.view.table is None
    assert not reports.progress.isVisible()


def test_a_long_report_shows_progress_and_huy_drops_it(qtbot, reports, calls, tasks):
    calls.block = True
    reports.compute()
    qtbot.waitUntil(lambda: len(calls.asked) == 1)
    assert reports.progress.isVisible() and reports.progress.bar.isVisible()
    assert "Đang lập" in reports.progress.label.text()
    screenshot(reports, "reports_slice_computing")
    with qtbot.waitSignal(reports.sig_message) as message:
        qtbot.keyClick(reports.report_box, Qt.Key.Key_Escape)
    assert message.args == ["Đã hủy lập báo cáo."]
    assert calls.cancels[0].is_set()  # the service is told to stop
    assert not reports.progress.isVisible()
    wait_idle(qtbot, tasks)  # the report came back anyway: it is not shown
    assert reports.view.table is None


def test_a_new_run_replaces_one_still_running(qtbot, reports, calls, tasks):
    calls.block = True
    reports.compute()
    qtbot.waitUntil(lambda: len(calls.asked) == 1)
    reports.report_box.setCurrentIndex(1)
    calls.block = False
    with qtbot.waitSignal(reports.sig_shown, timeout=10_000) as shown:
        reports.compute()
    assert shown.args == ["indicators"]
    assert calls.cancels[0].is_set()
    wait_idle(qtbot, tasks)
    assert reports.view.table == narrow()  # Biểu 06, finishing late, never replaced it


def test_a_failing_report_says_so_and_keeps_what_was_shown(qtbot, tasks):
    def broken(period, cancel):
        raise RuntimeError("cơ sở dữ liệu đang bận")

    w = ReportsSlice(tasks, broken, broken, broken, lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    w.compute()
    qtbot.waitUntil(lambda: w.error.isVisible(), timeout=10_000)
    assert "Không lập được báo cáo: cơ sở dữ liệu đang bận" in w.error.text()
    assert not w.progress.isVisible()


def test_enter_on_a_figure_lists_its_dossiers(qtbot, reports, calls, tasks):
    _choose_period(reports, "last_month")
    with qtbot.waitSignal(reports.sig_shown, timeout=10_000):
        reports.compute()
    view = reports.view.view
    view.setCurrentIndex(reports.view.model.index(1, 2))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reports.list_dialog is not None and reports.list_dialog.isVisible(),
                    timeout=10_000)
    assert calls.drilled == [("form06", Period(date(2026, 1, 1), date(2026, 1, 31)),
                              "field:Hộ tịch", "direct")]
    assert reports.list_dialog.report.model.rowCount() == 2
    screenshot(reports.list_dialog, "reports_drill_list")
    reports.list_dialog.reject()


def test_without_a_drill_service_a_figure_says_there_is_no_list(qtbot, tasks, calls):
    w = ReportsSlice(tasks, calls.report("form06", form06_table()), calls.report("i", narrow()),
                     calls.report("t", narrow()), lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.sig_shown, timeout=10_000):
        w.compute()
    with qtbot.waitSignal(w.sig_message) as message:
        w.view.drillRequested.emit("field:Đất đai", "online")
    assert "không có danh sách" in message.args[0]
