"""The generic report view: what the clerk sees of a ReportTable, drill-down keys, exports, printout."""

from __future__ import annotations

import threading

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog

from counter_app.services import exports
from counter_app.ui.reports.dossier_list import DossierListDialog
from counter_app.ui.reports.report_view import ReportView
from tests.report_samples import COLUMNS, ROWS, form06_table, narrow
from tests.ui.conftest import screenshot, wait_idle


def _view(qtbot, tasks, table=None) -> ReportView:
    view = ReportView(tasks)
    qtbot.addWidget(view)
    view.set_table(table if table is not None else form06_table())
    view.resize(1300, 420)
    view.show()
    view.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def _text(view: ReportView, row: int, col: int) -> str:
    return view.model.index(row, col).data()


def test_figures_read_in_vietnamese_right_aligned_and_the_total_is_bold(qtbot, tasks):
    view = _view(qtbot, tasks)
    model = view.model
    assert model.rowCount() == len(ROWS) + 1
    assert _text(view, 1, 2) == "2.345.678"
    assert _text(view, 0, 9) == "98,4 %"
    assert _text(view, 0, 10) == "12,5"
    assert _text(view, 1, 11) == "05/01/2026"
    assert _text(view, 2, 10) == ""
    assert _text(view, len(ROWS), 0) == "Tổng cộng"
    right = model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    left = model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight and left & Qt.AlignmentFlag.AlignLeft
    assert model.index(len(ROWS), 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    # Every header and figure fits its column: nothing is cut to "…".
    metrics = view.view.fontMetrics()
    for col in range(len(COLUMNS)):
        widest = max(metrics.horizontalAdvance(_text(view, r, col)) for r in range(model.rowCount()))
        assert view.view.columnWidth(col) >= widest
    assert "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ" in view.title.text()
    screenshot(view, "reports_view_form06")


def test_the_group_header_spans_its_columns(qtbot, tasks):
    view = _view(qtbot, tasks)
    header = view.header
    assert [header.group_of(i) for i in range(4)] == [
        "", "Số hồ sơ nhận giải quyết", "Số hồ sơ nhận giải quyết", "Số hồ sơ nhận giải quyết"]
    band = header.group_rect(2)
    assert band.left() == header.sectionViewportPosition(1)
    assert band.width() == sum(header.sectionSize(i) for i in (1, 2, 3))
    assert header.group_rect(0).isEmpty()
    # Each group's name fits across its columns (bold, as the style may paint it).
    bold = QFont(header.font())
    bold.setBold(True)
    for section, name in ((1, "Số hồ sơ nhận giải quyết"), (4, "Số hồ sơ đã giải quyết"),
                          (7, "Số hồ sơ đang giải quyết")):
        assert header.group_rect(section).width() > QFontMetrics(bold).horizontalAdvance(name)
    assert header.height() > band.height() > 0
    # A table without groups keeps a one-tier header.
    view.set_table(narrow())
    assert header.group_of(1) == "" and header.group_rect(1).isEmpty()


def test_enter_and_double_click_on_a_figure_ask_for_its_dossiers(qtbot, tasks):
    view = _view(qtbot, tasks)
    view.view.setCurrentIndex(view.model.index(1, 2))
    with qtbot.waitSignal(view.drillRequested) as caught:
        qtbot.keyClick(view.view, Qt.Key.Key_Return)
    assert caught.args == ["field:Hộ tịch", "direct"]
    total_late = view.model.index(len(ROWS), 6)
    view.view.scrollTo(total_late)
    rect = view.view.visualRect(total_late)
    # A real double-click: a press and release, then the second press (Qt checks the first).
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.drillRequested) as caught:
        qtbot.mouseDClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert caught.args == ["", "late"]  # the total row: every row's dossiers


def test_names_percentages_and_empty_cells_are_not_drilled(qtbot, tasks):
    view = _view(qtbot, tasks)
    for row, col in ((0, 0), (0, 9), (2, 11)):
        view.view.setCurrentIndex(view.model.index(row, col))
        with qtbot.assertNotEmitted(view.drillRequested):
            qtbot.keyClick(view.view, Qt.Key.Key_Enter)


def test_ctrl_e_saves_the_xlsx_off_the_gui_thread(qtbot, tasks, tmp_path, monkeypatch):
    view = _view(qtbot, tasks)
    asked: list[str] = []

    def ask(parent, caption, directory, filters):
        asked.append(directory)
        return str(tmp_path / "bieu06-thang1"), filters  # typed without the extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    threads: list[str] = []
    real_export = exports.export

    def spy(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(exports, "export", spy)
    view.view.setFocus()
    with qtbot.waitSignal(view.sig_saved, timeout=20_000) as saved:
        qtbot.keyClick(view.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked and asked[0].endswith("bao-cao-tinh-hinh-giai-quyet-ho-so.xlsx")
    assert saved.args == [str(tmp_path / "bieu06-thang1.xlsx")]
    assert threads and threads[0] != threading.main_thread().name
    sheet = openpyxl.load_workbook(saved.args[0]).active
    assert any(row == ROWS[1][:11] for row in sheet.iter_rows(values_only=True, max_col=11))


def test_an_export_that_cannot_be_written_says_why(qtbot, tasks, tmp_path):
    view = _view(qtbot, tasks)
    with qtbot.waitSignal(view.sig_message, timeout=20_000) as message:
        view.save(str(tmp_path / "gone" / "bieu06.csv"), "csv")
    assert "Không xuất được báo cáo" in message.args[0]
    assert "thư mục không tồn tại" in message.args[0]


def test_ctrl_i_opens_the_print_preview_of_the_report(qtbot, tasks, tmp_path):
    view = _view(qtbot, tasks)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    view.printer_override = printer
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.preview is not None and view.preview.isVisible(), timeout=20_000)
    pages = view.preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() >= 1, timeout=20_000)
    assert "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ" in view.preview.windowTitle()
    view.preview.close()
    wait_idle(qtbot, tasks)


def test_without_a_table_the_buttons_are_off_and_the_keys_say_why(qtbot, tasks):
    view = ReportView(tasks)
    qtbot.addWidget(view)
    view.show()
    assert not any(b.isEnabled() for b in view.export_buttons.values())
    assert not view.print_button.isEnabled()
    with qtbot.waitSignal(view.sig_message) as message:
        view.export("pdf")
    assert "Chưa có báo cáo" in message.args[0]


def test_the_dossier_list_is_just_a_list_enter_keeps_it_esc_closes(qtbot, tasks):
    from tests.report_samples import dossier_list

    dialog = DossierListDialog(dossier_list(), tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    table = dialog.report.view
    assert QApplication.focusWidget() is table and table.currentIndex() == dialog.report.model.index(0, 0)
    assert dialog.report.model.rowCount() == 2
    assert [dialog.report.model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)] == [
        "Mã hồ sơ", "Người nộp", "Thủ tục", "Tiếp nhận", "Hẹn trả", "Trạng thái"]
    assert dialog.count.text() == "2 hồ sơ"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    with qtbot.assertNotEmitted(dialog.report.drillRequested):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert dialog.isVisible()
    screenshot(dialog, "reports_dossier_list")
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
