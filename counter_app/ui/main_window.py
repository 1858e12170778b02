"""The main window: assembles the feature slices, menus, shortcuts, status bar, scanner and lock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTabWidget, QWidget

from counter_app.core.codes import CodeError, code_from_scan
from counter_app.core.identity import QrError, find_cccd_qr, parse_cccd_qr
from counter_app.services.auth import Clerk
from counter_app.services.context import ServiceContext
from counter_app.services.preferences import Preferences
from counter_app.services import updates
from counter_app.services.sync_setup import refreshed_context
from counter_app.ui.intake.background import guarded
from counter_app.ui.intake.slice import IntakeSlice
from counter_app.core.dossier import Status
from counter_app.ui.login.idle_lock import IdleWatcher, LockOverlay
from counter_app.ui.printing.controller import PrintController
from counter_app.ui.reports.dashboard import DashboardSlice
from counter_app.ui.reports.tab import build_reports_slice
from counter_app.ui.returns.slice import ReturnsSlice
from counter_app.ui.search.slice import SearchSlice
from counter_app.ui.serial_scanner import SerialScanner
from counter_app.ui.settings.slice import SettingsSlice
from counter_app.ui.shortcuts import ShortcutSheet
from counter_app.ui.statusbar import CounterStatusBar
from counter_app.ui.sync_bridge import SyncBridge
from counter_app.ui.sync_panel import SyncPanel
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.update_bridge import UpdateBridge
from counter_app.ui.wedge import ScannerWedge
from counter_app.ui.messages import error_text


def looks_like_cccd_qr(text: str) -> bool:
    return text.count("|") >= 5


def looks_like_code(text: str) -> bool:
    try:
        code_from_scan(text)  # the code, or its compact form on the thermal slip's barcode
    except CodeError:
        return False
    return True


class MainWindow(QMainWindow):
    sig_scan_handled = Signal(str)  # "cccd" | "code" | "error" (tests wait on it)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, prefs: Preferences, clerk: Clerk,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks, self._prefs, self._clerk = ctx, tasks, prefs, clerk
        self._show_title()
        self.intake = IntakeSlice(ctx, tasks, prefs)
        self.returns = ReturnsSlice(ctx, tasks)
        self.search = SearchSlice(ctx, tasks)
        self.settings = SettingsSlice(ctx, tasks, prefs)
        self.sync = SyncBridge(ctx, tasks, self)
        self.sync_panel = SyncPanel(ctx, tasks, self.sync)
        self.reports = build_reports_slice(lambda: self._ctx, tasks, clerk.role)
        self.dashboard = DashboardSlice(ctx, tasks, clerk)
        self.updates = UpdateBridge(updates.settings_for(ctx), self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for widget, label in ((self.intake, self.tr("Tiếp nhận (F2)")),
                              (self.returns, self.tr("Trả kết quả (F3)")),
                              (self.search, self.tr("Tra cứu (F4)")),
                              (self.reports, self.tr("Báo cáo (F7)")),
                              (self.dashboard, self.tr("Bảng điều hành (F8)")),
                              (self.settings, self.tr("Cài đặt (F9)")),
                              (self.sync_panel, self.tr("Đồng bộ (F10)"))):
            self.tabs.addTab(widget, label)
        # A clerk's account has no dashboard (its figures are the unit's): no tab, no F8.
        self.tabs.setTabVisible(self.tabs.indexOf(self.dashboard), self.dashboard.allowed)
        self.setCentralWidget(self.tabs)
        self.status = CounterStatusBar(ctx, tasks, self)
        self.setStatusBar(self.status)
        self.status.set_clerk(clerk.full_name)
        self.status.set_printer(prefs.slip_printer)
        self.printing = PrintController(ctx, tasks, prefs, clerk.full_name, self)
        self.lock_overlay = LockOverlay(ctx, tasks, self)
        self.lock_overlay.sig_unlocked.connect(self._on_lock_overlay_unlocked)
        self.idle = IdleWatcher(prefs.idle_lock_minutes, self)
        self.idle.sig_idle.connect(self.lock)
        self.wedge = ScannerWedge(lambda t: looks_like_cccd_qr(t) or looks_like_code(t), self,
                                  locate=find_cccd_qr)
        self.wedge.sig_scanned.connect(self._on_wedge_scanned)
        self.serial_scanner = SerialScanner(self)  # a scanner in COM port mode: the same scans
        self.serial_scanner.sig_scanned.connect(self._on_wedge_scanned)
        self.serial_scanner.sig_failed.connect(lambda text: self.status.showMessage(text))
        app = QApplication.instance()
        app.installEventFilter(self.wedge)
        app.installEventFilter(self.idle)
        self._build_actions()
        self._connect_slices()
        self.status.refresh_counts()
        self._configure_serial_scanner(prefs)
        self.shortcut_sheet: ShortcutSheet | None = None
        self.resize(1366, 768)

    # --- assembly -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(text: str, key: QKeySequence | str, slot: object, menu: object) -> QAction:
            a = QAction(text, self)
            a.setShortcut(QKeySequence(key))
            a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            # triggered(bool) would hand `checked` to the slot as its first argument.
            a.triggered.connect(lambda _checked=False, run=slot: run())  # type: ignore[operator]
            menu.addAction(a)  # type: ignore[attr-defined]
            return a

        file_menu = self.menuBar().addMenu(self.tr("Tệp (&F)"))
        go = self.menuBar().addMenu(self.tr("&Chức năng"))
        help_menu = self.menuBar().addMenu(self.tr("Trợ giúp (&U)"))
        action(self.tr("Tiếp nhận hồ sơ"), "F2", lambda: self.show_slice(self.intake), go)
        action(self.tr("Trả kết quả"), "F3", lambda: self.show_slice(self.returns), go)
        action(self.tr("Tra cứu"), "F4", lambda: self.show_slice(self.search), go)
        action(self.tr("Báo cáo"), "F7", lambda: self.show_slice(self.reports), go)
        if self.dashboard.allowed:
            action(self.tr("Bảng điều hành"), "F8", lambda: self.show_slice(self.dashboard), go)
        action(self.tr("Cài đặt"), "F9", lambda: self.show_slice(self.settings), go)
        action(self.tr("Đồng bộ"), "F10", lambda: self.show_slice(self.sync_panel), go)
        action(self.tr("Đồng bộ ngay"), "Ctrl+Shift+Y", self.sync.sync_now, go)
        action(self.tr("In lại phiếu vừa in"), "Ctrl+P", self.printing.retry, file_menu)
        action(self.tr("Xem trước khi in"), "Ctrl+Shift+P", self.printing.preview_last, file_menu)
        action(self.tr("Lưu phiếu thành PDF…"), "Ctrl+Shift+S", self.printing.save_last_as,
               file_menu)
        action(self.tr("Khóa màn hình"), "Ctrl+L", self.lock, file_menu)
        action(self.tr("Thoát"), "Ctrl+Q", self.close, file_menu)
        action(self.tr("Phím tắt"), "F1", self._on_help_shortcuts, help_menu)
        action(self.tr("Giới thiệu"), "", self._on_help_about, help_menu)

    def _connect_slices(self) -> None:
        for s in (self.intake, self.returns, self.search, self.settings, self.sync_panel,
                  self.reports, self.dashboard):
            s.sig_message.connect(lambda text: self.status.showMessage(text, 8000))
        self.intake.sig_dossier_saved.connect(self._on_dossier_saved)
        self.returns.sig_dossier_saved.connect(self._on_dossier_saved)
        self.search.sig_open_code.connect(self._open_for_return)
        self.dashboard.sig_open_code.connect(self._open_in_search)
        self.updates.sig_staged.connect(self._on_update_staged)
        self.settings.sig_saved.connect(self._on_settings_saved)
        self.sync.sig_status.connect(self._on_sync_status)
        self.sync.sig_sync_started.connect(self._on_sync_now_started)
        self.sync.sig_sync_done.connect(self._on_sync_now_done)
        self.sync_panel.sig_enrolled.connect(self._on_sync_panel_enrolled)
        self.intake.sig_slip_ready.connect(
            lambda result: self.printing.print_form(result.code, "form01"))
        self.intake.sig_notice_ready.connect(self._on_intake_notice_ready)
        self.printing.sig_printed.connect(lambda text: self.status.showMessage(text, 8000))
        self.printing.sig_failed.connect(self._on_printing_failed)
        self.printing.sig_outcome.connect(self._on_printing_outcome)
        self.printing.sig_saved.connect(lambda path: self.status.showMessage(
            self.tr("Đã lưu {path}").format(path=path), 8000))

    def show_slice(self, widget: QWidget) -> None:
        if self.lock_overlay.isVisible():
            return
        self.tabs.setCurrentWidget(widget)
        widget.focus_first()  # type: ignore[attr-defined]

    # --- scanner --------------------------------------------------------------------------
    def _on_wedge_scanned(self, text: str) -> None:
        if self.lock_overlay.isVisible():
            return
        if looks_like_code(text):
            self._open_for_return(code_from_scan(text))
            self.sig_scan_handled.emit("code")
            return
        try:
            card = parse_cccd_qr(text)
        except QrError as exc:
            self.status.showMessage(error_text(exc), 10000)
            self.sig_scan_handled.emit("error")
            return
        if self.tabs.currentWidget() is self.returns and self.returns.fill_identity(
                card.id_number, card.full_name):
            self.sig_scan_handled.emit("cccd")  # the person collecting shows their card
            return
        self.tabs.setCurrentWidget(self.intake)
        self.intake.fill_from_cccd(card)
        self.sig_scan_handled.emit("cccd")

    def _on_update_staged(self, version: str) -> None:
        self.status.showMessage(self.tr(
            "Đã tải bản cập nhật {v}: phần mềm dùng bản mới khi mở lại (không cần làm gì thêm)."
        ).format(v=version), 30_000)

    def _open_in_search(self, code: str) -> None:
        self.show_slice(self.search)
        self.search.search_box.setText(code)

    def _open_for_return(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.returns)
        self.returns.open_code(code)

    # --- reactions ------------------------------------------------------------------------
    def _on_dossier_saved(self, _code: str) -> None:
        self.status.refresh_counts()
        self.search.refresh()
        self.sync_panel.refresh()

    def _on_settings_saved(self, prefs: Preferences) -> None:
        self._prefs = prefs
        self.idle.set_minutes(prefs.idle_lock_minutes)
        self.status.set_printer(prefs.slip_printer)
        self.printing.set_preferences(prefs)
        self.intake.set_preferences(prefs)
        self._configure_serial_scanner(prefs)

    def _configure_serial_scanner(self, prefs: Preferences) -> None:
        self.serial_scanner.configure(prefs.scanner_serial, prefs.scanner_port, prefs.scanner_baud)

    def _on_intake_notice_ready(self, result: object) -> None:
        status = getattr(result, "status", None)
        form = {Status.SUPPLEMENT_REQUIRED: "form02", Status.REFUSED: "form03"}.get(status)
        if form is not None:
            self.printing.print_form(result.code, form)  # type: ignore[attr-defined]

    def _on_printing_failed(self, text: str) -> None:
        self.status.showMessage(text)  # stays until the next message: the clerk must see it

    def _on_printing_outcome(self, code: str, form: str, why: str) -> None:
        if form in ("form01", "form02", "form03"):  # the forms of an intake outcome
            self.intake.show_print_outcome(code, why)
        self.status.set_printer(self._prefs.slip_printer)  # a print attempt shows the truth

    def start_sync(self) -> None:
        """Start the sync thread (when this PC is enrolled); the composition root calls it."""
        self.sync.start()

    def _on_sync_status(self, status: object) -> None:
        self.status.set_sync_status(status)
        report = getattr(status, "report", None)
        if report is not None and report.changes_applied:
            self.search.refresh()
            self.returns.refresh()  # results may have become ready
        if report is not None and report.reference_changed:
            self._reload_reference()

    def _on_sync_now_started(self) -> None:
        self.status.showMessage(self.tr("Đang đồng bộ với hệ thống tỉnh…"))

    def _on_sync_now_done(self, _ok: bool, text: str) -> None:
        self.status.showMessage(text, 15000)

    def _on_sync_panel_enrolled(self) -> None:
        self._reload_reference()
        self.sync.start()

    def _reload_reference(self) -> None:
        """Read the new device, catalog and calendar off the GUI thread, then swap snapshots."""
        self._tasks.run(refreshed_context, self._ctx, on_done=guarded(self, self.set_context))

    def set_context(self, ctx: ServiceContext) -> None:
        """Swap in a new snapshot, whole: tasks already queued keep the one they were given."""
        self._ctx = ctx
        self._show_title()
        for part in (self.intake, self.returns, self.search, self.sync_panel, self.printing,
                     self.dashboard):
            part.set_context(ctx)

    def _show_title(self) -> None:
        self.setWindowTitle(self.tr("Bộ phận một cửa — {unit} — Quầy {n}").format(
            unit=self._ctx.device.unit_name, n=self._ctx.device.counter_no))

    def lock(self) -> None:
        if self.lock_overlay.isVisible():
            return
        self.tabs.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.lock_overlay.lock(self._clerk)

    def _on_lock_overlay_unlocked(self) -> None:
        self.tabs.setEnabled(True)
        self.menuBar().setEnabled(True)
        current = self.tabs.currentWidget()
        current.focus_first()  # type: ignore[attr-defined]

    def _on_help_shortcuts(self) -> None:
        self.shortcut_sheet = ShortcutSheet(self, self.tabs)  # read from what is registered now
        self.shortcut_sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcut_sheet.open()

    def _on_help_about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu"), self.tr(
            "Phần mềm quầy tiếp nhận và trả kết quả — Bộ phận một cửa.\n"
            "Theo Nghị định 118/2025/NĐ-CP và Thông tư 03/2025/TT-VPCP."))

    # --- Qt overrides ---------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.lock_overlay.isVisible():
            self.lock_overlay.setGeometry(self.rect())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.intake.flush_draft()
        self.sync.stop()
        self.updates.stop()
        self.serial_scanner.close()
        app = QApplication.instance()
        app.removeEventFilter(self.wedge)
        app.removeEventFilter(self.idle)
        super().closeEvent(event)
