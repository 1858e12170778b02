"""The whole desk as the clerk meets it: function keys, scans from anywhere, the slip printed,
the slip's barcode opening the dossier for the return, the lock, and a screenshot of each screen."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from counter_app.core.codes import compact_code
from counter_app.core.dossier import Status
from counter_app.core.timeutil import VN_TZ
from counter_app.services import auth, intake, preferences, queries
from counter_app.ui.main_window import MainWindow
from tests.back_office import report_progress
from tests.printing.pdfcheck import decode_pdf
from tests.services.helpers import draft
from tests.ui.conftest import screenshot, type_text, wait_idle
from tests.ui.intake.conftest import COUNTER_PREFS, QR, RECEIVED_CODE, Keyboard


@pytest.fixture
def window(qtbot, ctx, tasks, clock, tmp_path):
    clerk = auth.add_clerk(ctx.store, "lan", "Nguyễn Thị Lan", "clerk", "mật-khẩu-1", clock())
    win = MainWindow(ctx, tasks, COUNTER_PREFS, clerk)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "slip.pdf"))
    win.printing.printer_override = printer
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    yield win
    win.close()


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_function_keys_switch_slices(qtbot, window):
    for key, widget in ((Qt.Key.Key_F3, window.returns), (Qt.Key.Key_F4, window.search),
                        (Qt.Key.Key_F9, window.settings), (Qt.Key.Key_F2, window.intake)):
        _key(qtbot, key)
        assert window.tabs.currentWidget() is widget


def test_scan_to_receipt_to_printed_slip_to_return(qtbot, window, ctx, tasks, clock, tmp_path):
    window.show_slice(window.search)  # the scan works from anywhere in the window
    with qtbot.waitSignal(window.sig_scan_handled, timeout=5000) as handled:
        type_text(qtbot, QApplication.focusWidget(), QR)
        _key(qtbot, Qt.Key.Key_Return)
    assert handled.args == ["cccd"]
    assert window.tabs.currentWidget() is window.intake
    assert window.search.search_box.text() == ""  # the burst left no trace where it landed
    keys = Keyboard(qtbot)
    keys.enter()   # the pinned certified copy
    keys.type("2")  # copies
    with qtbot.waitSignal(window.printing.sig_printed, timeout=30_000):
        keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert keys.count <= 8
    stored = queries.find_by_code(ctx, RECEIVED_CODE)
    assert stored is not None and stored.applicant.full_name == "Nguyễn Văn An"
    assert "Chờ gửi: 1" in window.status.pending.text()
    slip = (tmp_path / "slip.pdf").read_bytes()
    bars = compact_code(RECEIVED_CODE)  # the slip's barcode: the code without its hyphens
    assert ("CODE-128", bars) in decode_pdf(slip, tmp_path / "png", 300)[0]
    screenshot(window, "main_intake_received")

    report_progress(ctx, RECEIVED_CODE, Status.RESULT_READY,
                    datetime(2025, 11, 17, 15, 0, tzinfo=VN_TZ))
    window.show_slice(window.intake)
    with qtbot.waitSignal(window.sig_scan_handled, timeout=5000) as handled:
        type_text(qtbot, QApplication.focusWidget(), bars)  # the scanner reads the barcode
        _key(qtbot, Qt.Key.Key_Return)
    assert handled.args == ["code"]
    assert window.tabs.currentWidget() is window.returns
    wait_idle(qtbot, tasks)
    assert window.returns.code_edit.text() == RECEIVED_CODE  # the hyphens put back
    assert window.returns.dossier is not None and window.returns.dossier.code == RECEIVED_CODE
    screenshot(window, "main_returns")


def test_bad_qr_scan_says_why(qtbot, window):
    bad = QR.replace("|Nam|", "|Nữ|")  # the ID's gender digit says male
    with qtbot.waitSignal(window.sig_scan_handled, timeout=5000) as handled:
        type_text(qtbot, QApplication.focusWidget(), bad)
        _key(qtbot, Qt.Key.Key_Return)
    assert handled.args == ["error"]
    assert window.status.currentMessage()


def test_a_qr_that_landed_in_a_field_fills_the_applicant_on_enter(qtbot, window):
    """Pasted, or typed by a scanner too slowly to be a burst: Enter still reads the card."""
    window.show_slice(window.intake)
    name = window.intake.applicant.name_edit
    assert QApplication.focusWidget() is name
    QApplication.clipboard().setText(QR)
    _key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == QR  # raw text in "Họ và tên" …
    with qtbot.waitSignal(window.sig_scan_handled, timeout=5000) as handled:
        _key(qtbot, Qt.Key.Key_Return)
    assert handled.args == ["cccd"]
    assert name.text() == "Nguyễn Văn An"  # … read as the card it is
    assert window.intake.applicant.id_edit.text() == "038203012345"
    assert window.intake.applicant.gender_combo.currentData() == "Nam"


def test_a_scanner_in_com_port_mode_set_in_f9_fills_the_applicant(qtbot, window, ctx):
    master, slave = os.openpty()  # the scanner's virtual COM port
    try:
        _key(qtbot, Qt.Key.Key_F9)
        box = window.settings.scanner
        assert not box.serial.isChecked() and not box.port.isEnabled()  # off by default
        box.serial.setChecked(True)
        box.port.setCurrentText(os.ttyname(slave))
        box.baud.setCurrentIndex(box.baud.findData(115200))
        screenshot(window, "main_settings_scanner")
        with qtbot.waitSignal(window.settings.sig_saved, timeout=5000):
            window.settings.save_button.click()
        assert window.serial_scanner.is_open
        saved = preferences.load(ctx)
        assert (saved.scanner_serial, saved.scanner_port, saved.scanner_baud) == (
            True, os.ttyname(slave), 115200)
        with qtbot.waitSignal(window.sig_scan_handled, timeout=5000) as handled:
            os.write(master, QR.encode() + b"\r\n")
        assert handled.args == ["cccd"]
        assert window.tabs.currentWidget() is window.intake
        assert window.intake.applicant.name_edit.text() == "Nguyễn Văn An"
    finally:
        window.serial_scanner.close()
        os.close(master)
        os.close(slave)


def test_f9_refuses_com_port_mode_without_a_port(qtbot, window, ctx):
    _key(qtbot, Qt.Key.Key_F9)
    window.settings.scanner.serial.setChecked(True)
    window.settings.scanner.port.setCurrentText("")
    window.settings.save_button.click()
    qtbot.waitUntil(lambda: window.settings.save_button.isEnabled(), timeout=5000)
    assert "cổng COM" in window.settings.error.text()
    assert not preferences.load(ctx).scanner_serial


def test_lock_and_unlock_keep_the_form(qtbot, window, tasks):
    window.show_slice(window.intake)
    type_text(qtbot, QApplication.focusWidget(), "Trần Thị Bình")
    _key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock_overlay.isVisible() and not window.tabs.isEnabled()
    screenshot(window, "main_locked")
    window.lock_overlay.password.setText("mật-khẩu-1")
    with qtbot.waitSignal(window.lock_overlay.sig_unlocked, timeout=10_000):
        qtbot.keyClick(window.lock_overlay.password, Qt.Key.Key_Return)
    assert window.tabs.isEnabled()
    assert window.intake.form_state()["applicant"]["full_name"] == "Trần Thị Bình"


def test_each_screen_opens_with_the_keyboard_in_it_and_shows_the_desks_data(
        qtbot, window, ctx, tasks):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    first_field = {window.intake: window.intake.applicant.name_edit,
                   window.search: window.search.search_box,
                   window.settings: window.settings.language}
    for key, widget, name in ((Qt.Key.Key_F2, window.intake, "main_intake"),
                              (Qt.Key.Key_F4, window.search, "main_search"),
                              (Qt.Key.Key_F9, window.settings, "main_settings")):
        _key(qtbot, key)
        wait_idle(qtbot, tasks)
        assert window.tabs.currentWidget() is widget, name
        assert QApplication.focusWidget() is first_field[widget], name  # type at once
        screenshot(window, name)
        if widget is window.search:  # the dossier just received is found by the name
            type_text(qtbot, window.search.search_box, "nguyen van an")
            qtbot.waitUntil(lambda: window.search.model.codes() == [code], timeout=5000)
        if widget is window.settings:  # the counter's own choices, as saved
            assert window.settings.language.currentData() == COUNTER_PREFS.language
            assert window.settings.idle.value() == COUNTER_PREFS.idle_lock_minutes
            assert window.settings.favourites.text() == ", ".join(COUNTER_PREFS.favourites)
