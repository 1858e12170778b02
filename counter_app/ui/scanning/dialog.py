"""The scan panel in a window of its own, opened from intake (the dossier just received) or a dossier card."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from counter_app.services.context import ServiceContext
from counter_app.ui.scanning.panel import ScannerFactory, ScanPanel
from counter_app.ui.tasks import TaskRunner


class ScanDialog(QDialog):
    """Closing with pages not yet attached asks first: scanned pages are the clerk's work."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, code: str,
                 scanners: ScannerFactory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quét, số hóa thành phần hồ sơ %s") % code)
        kwargs = {} if scanners is None else {"scanners": scanners}
        self.panel = ScanPanel(ctx, tasks, parent=self, **kwargs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(1100, 720)
        self.panel.set_dossier(code)

    def reject(self) -> None:
        # Esc stops a running scan first (the panel's shortcut); a second Esc closes.
        if self.panel.bridge.running:
            self.panel.cancel()
            return
        if self._may_close():
            self.panel.shutdown()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._may_close():
            self.panel.shutdown()
            event.accept()
        else:
            event.ignore()

    def _may_close(self) -> bool:
        pending = self.panel.pages.count()
        if not pending:
            return True
        answer = QMessageBox.question(
            self, self.tr("Còn trang chưa đính kèm"),
            self.tr("Còn %s trang đã quét chưa đính kèm vào hồ sơ. Đóng và bỏ các trang này?")
            % pending, QMessageBox.StandardButton.No | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def open_scan_dialog(parent: QWidget, ctx: ServiceContext, tasks: TaskRunner,
                     code: str) -> ScanDialog:
    """The hook intake and the dossier card use: a window of its own, gone when closed."""
    from PySide6.QtCore import Qt

    dialog = ScanDialog(ctx, tasks, code, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
