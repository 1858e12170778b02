"""In English, no screen shows Vietnamese outside data: every screen and dialog is walked with the
English translation loaded (errors shown, a refused transition, sync offline, a print that failed),
and every visible text is read; only names, addresses, procedures and the like may be Vietnamese."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import datetime
from functools import partial

import pytest
from sqlalchemy import select
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QGroupBox,
    QLabel, QLineEdit, QMainWindow, QMessageBox, QPlainTextEdit, QProgressBar, QSpinBox,
    QStatusBar, QTabWidget, QTextEdit, QWidget,
)

from counter_app.core.dossier import Status
from counter_app.core.timeutil import VN_TZ
from counter_app.scanning.folder import FolderScanner
from counter_app.services import auth, returns
from counter_app.services.sync_setup import start_worker
from counter_app.storage import dossiers
from counter_app.storage.models import DossierRow
from counter_app.sync import secrets, state
from counter_app.ui.login.dialog import LoginDialog
from counter_app.ui.main_window import MainWindow
from counter_app.ui.printing import printers
from counter_app.ui.scanning.panel import ScanPanel
from tests.back_office import report_progress
from tests.ui.conftest import type_text, wait_idle
from tests.ui.intake.conftest import COUNTER_PREFS, QR, RECEIVED_CODE, Keyboard

CLERK = "Nguyễn Thị Lan"
# Official document numbers are names, not words: "Decree 118/2025/NĐ-CP".
DOCUMENT_NUMBERS = ("NĐ-CP", "TT-VPCP", "QĐ-TTg", "TT-BCA")


def is_vietnamese(text: str) -> bool:
    """A letter with a diacritic, or đ: the text (or part of it) is Vietnamese."""
    if "đ" in text.casefold():
        return True
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", text))




@pytest.fixture
def no_printers(monkeypatch):
    monkeypatch.setattr(printers, "installed_printers", lambda: [])
    monkeypatch.setattr(printers, "default_printer", lambda: "")


class Reader:
    """Collects what a clerk can read on the screens, and which of it is Vietnamese."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.seen: list[tuple[str, str, str]] = []  # (screen, widget, text)

    def data(self) -> list[str]:
        """Words that are data, Vietnamese in any language: from the store and the catalog."""
        words = {CLERK, "Tiếng Việt", self.ctx.device.unit_name, self.ctx.device.unit_address,
                 *DOCUMENT_NUMBERS}
        for p in self.ctx.catalog.procedures:
            words |= {p.name, p.field, p.resolving_agency}
            words |= {c.name for c in p.components} | {c.note for c in p.components}
            words |= {f.name for f in p.fees} | {f.per for f in p.fees}
            words |= {f.label for f in p.fields} | {d.name for d in p.duration_cases}
        with self.ctx.store.reading() as session:
            for code in session.scalars(select(DossierRow.code)):
                d = dossiers.get(session, code)
                words |= {d.applicant.full_name, d.applicant.address, d.applicant.organization,
                          d.procedure_name, d.field, d.resolving_unit, d.return_address}
                words |= {c.name for c in d.components}
        return sorted((w for w in words if w), key=len, reverse=True)

    def read(self, screen: str) -> None:
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                for widget in [window, *window.findChildren(QWidget)]:
                    if widget.isVisible():
                        for text in texts_of(widget):
                            self.seen.append((screen, _name(widget), text))

    def vietnamese(self) -> list[tuple[str, str, str]]:
        data = self.data()
        found = []
        for screen, widget, text in self.seen:
            rest = text
            for word in data:
                rest = rest.replace(word, "")
            if is_vietnamese(rest):
                found.append((screen, widget, text))
        return sorted(set(found))


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()}"


def texts_of(w: QWidget) -> list[str]:
    """Every text `w` itself shows: its title, tooltip, label, placeholder, items, headers."""
    out = [w.toolTip()]
    if w.isWindow():
        out.append(w.windowTitle())
    if isinstance(w, (QLabel, QAbstractButton)):
        out.append(w.text())
    elif isinstance(w, QGroupBox):
        out.append(w.title())
    elif isinstance(w, QLineEdit):
        out.append(w.placeholderText())  # what the clerk typed is data
    elif isinstance(w, (QPlainTextEdit, QTextEdit)):
        out.append(w.placeholderText())
        if w.isReadOnly():
            out.append(w.toPlainText())
    elif isinstance(w, QComboBox):
        out.append(w.currentText())
    elif isinstance(w, QAbstractSpinBox):
        out.append(w.specialValueText())
        if isinstance(w, QSpinBox):
            out += [w.prefix(), w.suffix()]
    elif isinstance(w, QProgressBar):
        out.append(w.text() if w.isTextVisible() else "")
    elif isinstance(w, QTabWidget):
        out += [w.tabText(i) for i in range(w.count())]
    elif isinstance(w, QStatusBar):
        out.append(w.currentMessage())
    elif isinstance(w, QMainWindow):
        for action in w.menuBar().actions():
            out.append(action.text())
            if action.menu() is not None:
                out += [a.text() for a in action.menu().actions()]
    elif isinstance(w, QAbstractItemView) and w.model() is not None:
        model, root = w.model(), w.rootIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list's model keeps columnCount to itself: one column
            columns = 1

        for col in range(columns):
            out.append(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
        for row in range(min(model.rowCount(root), 30)):
            for col in range(columns):
                out.append(str(model.index(row, col, root).data() or ""))

    return [t for t in out if t]


def test_every_screen_in_english_shows_no_vietnamese_outside_data(
        qtbot, ctx, tasks, clock, english, no_printers, tmp_path):
    reader = Reader(ctx)
    auth.add_clerk(ctx.store, "lan", CLERK, "clerk", "mật-khẩu-1", clock())

    # Login, with a wrong password.
    login = LoginDialog(ctx, tasks)
    qtbot.addWidget(login)
    login.show()
    reader.read("login")
    login.username.setText("lan")
    login.password.setText("sai-mat-khau")
    with qtbot.waitSignal(login.sig_failed, timeout=10_000):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    reader.read("login: wrong password")
    login.close()

    # The counter is enrolled, but nobody answers at the province's address: sync is offline.
    with ctx.store.transaction() as session:
        state.save_base_url(session, "http://127.0.0.1:9")
        secrets.save_device_token(session, "device-token")
    clerk = auth.Clerk("lan", CLERK, "clerk")
    window = MainWindow(ctx, tasks, replace(COUNTER_PREFS, language="en"), clerk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sync.start_worker = partial(start_worker, base_delay=3600.0, max_delay=3600.0)
    window.start_sync()
    qtbot.waitUntil(lambda: window.sync.last is not None and window.sync.last.phase == "offline",
                    timeout=20_000)
    reader.read("intake, sync offline")

    # Intake: a dossier received whose slip cannot print, then a QR that is not a card's.
    keys = Keyboard(qtbot)
    with qtbot.waitSignal(window.sig_scan_handled, timeout=5000):
        type_text(qtbot, QApplication.focusWidget(), QR)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    keys.enter()
    with qtbot.waitSignal(window.printing.sig_failed, timeout=30_000):
        keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert window.intake.result_banner.property("kind") == "warning"
    reader.read("intake: received, slip not printed")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the printer is back: Ctrl+P
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "slip.pdf"))
    window.printing.printer_override = printer
    with qtbot.waitSignal(window.printing.sig_printed, timeout=30_000):
        keys.ctrl(Qt.Key.Key_P)
    wait_idle(qtbot, tasks)
    reader.read("intake: slip printed")
    with qtbot.waitSignal(window.sig_scan_handled, timeout=5000) as scanned:
        type_text(qtbot, QApplication.focusWidget(), QR.replace("15032003", "15132003"))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert scanned.args == ["error"]
    reader.read("intake: bad QR")

    # The form is empty again: Ctrl+Enter shows what is missing, under each field.
    window.intake.applicant.phone_edit.setText("12")
    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    reader.read("intake: validation errors")

    # Scanning panel (F6's), with the files "scanner".
    panel = ScanPanel(ctx, tasks, scanners=lambda _addresses: [FolderScanner()])
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    panel.set_dossier(RECEIVED_CODE)
    qtbot.waitUntil(lambda: panel.target is not None and panel.device.count() > 0, timeout=20_000)
    wait_idle(qtbot, tasks)
    reader.read("scanning")
    panel.shutdown()
    panel.close()

    # Returns: a code that is no dossier; then a ready result that someone else handed back
    # meanwhile (the status machine refuses to return it twice).
    report_progress(ctx, RECEIVED_CODE, Status.RESULT_READY, datetime(2025, 11, 17, 14, 0, tzinfo=VN_TZ))
    clock.set(2025, 11, 17, 16, 0)
    window.show_slice(window.returns)
    for code in ("000.00.06.H56-251117-0999", "251317-0001", RECEIVED_CODE):
        window.returns.code_edit.clear()
        type_text(qtbot, window.returns.code_edit, code)
        qtbot.keyClick(window.returns.code_edit, Qt.Key.Key_Return)
        wait_idle(qtbot, tasks)
        reader.read(f"returns: {code}")
    returns.return_result(ctx, RECEIVED_CODE, returns.Recipient(kind="applicant"))
    with qtbot.waitSignal(window.returns.sig_message, timeout=10_000):
        window.returns.recipient.confirm.click()
    wait_idle(qtbot, tasks)
    reader.read("returns: refused transition")

    # Search (F4), every queue.
    window.show_slice(window.search)
    wait_idle(qtbot, tasks)
    reader.read("search")

    # Settings (F9): a favourite that is no procedure of the catalog.
    window.show_slice(window.settings)
    window.settings.favourites.setText("9.999999")
    window.settings.save_button.click()
    qtbot.waitUntil(lambda: bool(window.settings.error.text()), timeout=10_000)
    reader.read("settings: refused")

    # Sync panel (F10), offline.
    window.show_slice(window.sync_panel)
    wait_idle(qtbot, tasks)
    reader.read("sync panel")

    # F1 sheet, the About box, the lock screen with a wrong password.
    window.show_slice(window.intake)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F1)

    qtbot.waitUntil(lambda: window.shortcut_sheet is not None and window.shortcut_sheet.isVisible())
    reader.read("shortcuts")
    window.shortcut_sheet.close()

    def read_about() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        reader.read("about")
        box.accept()

    QTimer.singleShot(0, read_about)
    window._on_help_about()
    window.lock()
    reader.read("lock")
    overlay = window.lock_overlay
    overlay.password.setText("sai-mat-khau")
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(overlay.error.text()), timeout=10_000)

    reader.read("lock: wrong password")
    window.close()

    screens = {screen for screen, _w, _t in reader.seen}
    assert len(screens) >= 15, screens
    found = reader.vietnamese()
    assert not found, "Vietnamese in the English UI:\n" + "\n".join(
        f"  [{screen}] {widget}: {text!r}" for screen, widget, text in found)

