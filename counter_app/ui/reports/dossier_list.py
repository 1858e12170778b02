"""The dossiers behind a figure: a plain list (code, applicant, procedure, dates, status)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from counter_app.core.report_table import ReportTable
from counter_app.core.vnformat import grouped
from counter_app.ui.reports.report_view import ReportView
from counter_app.ui.tasks import TaskRunner


class DossierListDialog(QDialog):
    """A drill-down list, keyboard-first: ↑↓ move, Esc closes, Enter opens nothing more.

    The list is a ReportTable like any other (its columns: code, applicant, procedure,
    received, appointment, status), so it can be exported or printed as it is.
    """

    def __init__(self, table: ReportTable, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(table.title)
        self.report = ReportView(tasks, self, drillable=False)
        self.report.set_table(table)
        self.count = QLabel(self.tr("{n} hồ sơ").format(n=grouped(len(table.rows))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng (Esc)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.report.sig_message.connect(self.count.setText)
        self.resize(1000, 520)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.report.focus_table()  # the list, not the Close button, takes the keys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Enter on the list is not "accept": the dialog stays; it is just a list.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
