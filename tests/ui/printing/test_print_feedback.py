"""When the slip does not print, the clerk sees it: the banner says so and why and offers the keys
that print, preview or save it; the status bar message is whole; the printer state is the truth.
Preview works with no printer; "save as PDF" from the menu asks where and saves."""

from __future__ import annotations

import gc
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog

from counter_app.services import auth, prints
from counter_app.ui.main_window import MainWindow
from counter_app.ui.printing import printers
from tests.printing.pdfcheck import page_sizes
from tests.ui.conftest import type_text, wait_idle
from tests.ui.intake.conftest import COUNTER_PREFS, QR, RECEIVED_CODE, Keyboard

GONE = "Máy in tầng 1"  # configured in F9, since unplugged


@pytest.fixture
def no_printers(monkeypatch):
    """A computer with no printer installed (what the test machines are; pinned for any host)."""
    monkeypatch.setattr(printers, "installed_printers", lambda: [])
    monkeypatch.setattr(printers, "default_printer", lambda: "")


@pytest.fixture
def window(qtbot, ctx, tasks, clock):
    clerk = auth.add_clerk(ctx.store, "lan", "Nguyễn Thị Lan", "clerk", "mật-khẩu-1", clock())
    win = MainWindow(ctx, tasks, replace(COUNTER_PREFS, slip_printer=GONE), clerk)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def _receive_unprinted(qtbot, window, tasks) -> str:
    """Scan a CCCD, pick the pinned procedure, Ctrl+Enter: received, but the printer is gone."""
    with qtbot.waitSignal(window.sig_scan_handled, timeout=5000):
        type_text(qtbot, QApplication.focusWidget(), QR)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    keys = Keyboard(qtbot)
    keys.enter()
    with qtbot.waitSignal(window.printing.sig_failed, timeout=30_000) as failed:
        keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert RECEIVED_CODE in failed.args[0]
    return RECEIVED_CODE


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_banner_says_the_slip_was_not_printed_why_and_the_keys(qtbot, window, tasks, tmp_path):
    code = _receive_unprinted(qtbot, window, tasks)
    banner = window.intake.result_banner
    assert banner.isVisible() and banner.property("kind") == "warning"
    text = banner.text()
    assert f"Đã tiếp nhận hồ sơ {code}" in text
    assert "CHƯA IN được phiếu" in text and f"Không tìm thấy máy in “{GONE}”" in text
    for keys in ("Ctrl+P", "Ctrl+Shift+P", "Ctrl+Shift+S"):
        assert keys in text
    # Ctrl+P once a printer is there: the banner says it is printed now.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "retry.pdf"))
    window.printing.printer_override = printer
    with qtbot.waitSignal(window.printing.sig_outcome, timeout=30_000):
        _key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, tasks)
    assert banner.property("kind") == "success" and "Đã in phiếu" in banner.text()
    assert "CHƯA IN" not in banner.text()


def test_status_bar_failure_message_is_not_cut_off(qtbot, window, tasks):
    _receive_unprinted(qtbot, window, tasks)
    bar = window.status
    message = bar.currentMessage()
    assert RECEIVED_CODE in message and "Ctrl+P" in message
    for _ in range(3):
        QApplication.processEvents()  # the bar lays its fields out again
    fields = [w for w in (bar.connection, bar.pending, bar.printer, bar.clerk)
              if w.isVisible()]
    room = min(w.geometry().x() for w in fields)
    assert bar.fontMetrics().horizontalAdvance(message) < room
    assert bar.connection.isVisible() and bar.pending.isVisible()  # what matters stays
    bar.clearMessage()
    assert bar.clerk.isVisible() and bar.printer.isVisible()  # the fields come back


def test_printer_state_is_the_truth(qtbot, monkeypatch, no_printers):
    assert printers.printer_state("").label == "Không có máy in"
    assert not printers.printer_state("").ok
    gone = printers.printer_state(GONE)
    assert not gone.ok and "không tìm thấy" in gone.label and GONE in gone.detail
    monkeypatch.setattr(printers, "installed_printers", lambda: ["HP LaserJet"])
    monkeypatch.setattr(printers, "default_printer", lambda: "HP LaserJet")
    monkeypatch.setattr(printers, "_in_error", lambda name: False)
    assert printers.printer_state("") == printers.PrinterState(
        True, "Máy in: HP LaserJet (mặc định)", "Phiếu hẹn in ra máy in “HP LaserJet”.")
    monkeypatch.setattr(printers, "_in_error", lambda name: True)
    assert not printers.printer_state("HP LaserJet").ok


def test_status_bar_and_f9_show_no_printer(qtbot, ctx, tasks, clock, no_printers):
    clerk = auth.add_clerk(ctx.store, "lan", "Nguyễn Thị Lan", "clerk", "mật-khẩu-1", clock())
    win = MainWindow(ctx, tasks, COUNTER_PREFS, clerk)
    qtbot.addWidget(win)
    assert win.status.printer.text() == "Không có máy in"  # not "mặc định của hệ thống"
    assert "chưa cài máy in" in win.settings.printer_state.text()
    assert "(chưa có)" in win.settings.printer.itemText(0)


def test_f9_keeps_a_configured_printer_that_is_gone(qtbot, window, no_printers):
    window.settings.deleteLater()
    from counter_app.ui.settings.slice import SettingsSlice

    settings = SettingsSlice(window._ctx, window._tasks, replace(COUNTER_PREFS, slip_printer=GONE))
    qtbot.addWidget(settings)
    assert settings.printer.currentData() == GONE  # not silently the system's default
    assert "không tìm thấy" in settings.printer.currentText()
    assert GONE in settings.printer_state.text()
    assert "không tìm thấy" in window.status.printer.text()


def test_preview_works_with_no_printer(qtbot, window, tasks, no_printers):
    _receive_unprinted(qtbot, window, tasks)
    _key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
         | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.printing.preview
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    gc.collect()  # the printer it paints on must not be collected under it
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    pages = len(page_sizes(window.printing.last.pdf))
    qtbot.waitUntil(lambda: preview.pageCount() == pages)  # every page of the slip, no more
    assert dialog.printer().outputFormat() == QPrinter.OutputFormat.PdfFormat
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # A second preview replaces the first (and its printer) cleanly.
    window.printing.preview_last()
    qtbot.waitUntil(lambda: window.printing.preview.isVisible())
    window.printing.preview.reject()


def test_save_as_pdf_from_the_menu_asks_where_and_saves(qtbot, window, tasks, tmp_path,
                                                        monkeypatch):
    code = _receive_unprinted(qtbot, window, tasks)
    target = tmp_path / "phieu.pdf"
    asked: list[str] = []

    def fake_dialog(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    with qtbot.waitSignal(window.printing.sig_saved, timeout=10_000):
        _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
             | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, tasks)
    assert asked == [f"{code}-form01.pdf"]
    assert target.read_bytes().startswith(b"%PDF")
    assert prints.history(window._ctx, code)[-1].outcome == "saved"
    assert str(target) in window.status.currentMessage()
