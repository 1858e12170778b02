"""Any ReportTable on screen: group headers, a bold total, exports, a printout, drill-down on figures."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from counter_app.core.report_headers import groups
from counter_app.core.report_table import Column, ReportTable
from counter_app.core.text import fold
from counter_app.services import exports
from counter_app.ui.messages import error_text
from counter_app.ui.printing.preview import PdfPreview, printer_or_pdf
from counter_app.ui.reports.table_model import GroupHeaderView, ReportTableModel
from counter_app.ui.shortcuts import add_shortcut
from counter_app.ui.tasks import TaskRunner

# format -> (shortcut, file filter). Ctrl+P and Ctrl+Shift+P/S belong to the window's slip.
FORMATS: dict[exports.Format, tuple[str, str]] = {
    "xlsx": ("Ctrl+E", "Excel (*.xlsx)"),
    "pdf": ("Ctrl+Shift+E", "PDF (*.pdf)"),
    "csv": ("Ctrl+Shift+C", "CSV (*.csv)"),
}
PRINT_KEY = "Ctrl+I"


class _FigureTable(QTableView):
    """Enter on a cell asks for what is behind it (a double-click does too)."""

    sig_enter = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.sig_enter.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def file_name(table: ReportTable, fmt: str) -> str:
    """A plain file name from the title: "bao-cao-tinh-hinh-giai-quyet-ho-so.xlsx"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(table.title).lower()).strip("-")[:60] or "bao-cao"
    return f"{slug}.{fmt}"


class ReportView(QWidget):
    """Shows one ReportTable; exports it (XLSX, PDF, CSV) and prints it off the GUI thread.

    ``drillRequested(row_key, column_key)``: Enter or a double-click on a figure (a count of
    dossiers); ``row_key`` is the row's key, "" for the total row.
    """

    drillRequested = Signal(str, str)  # noqa: N815 (the name the reports screen was asked for)
    sig_message = Signal(str)
    sig_saved = Signal(str)  # the path of an export written

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None,
                 drillable: bool = True) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._drillable = drillable
        self._last_dir = Path.home()
        self._preview = PdfPreview(self)
        self.printer_override: QPrinter | None = None  # tests and print-to-file deployments
        self.model = ReportTableModel(self)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setContentsMargins(0, 6, 0, 4)
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        # Room for the title and the period from the start: the table does not jump down.
        self.title.setMinimumHeight(2 * QFontMetrics(title_font).lineSpacing() + 10)
        self.view = _FigureTable()
        self.header = GroupHeaderView(self.view)
        self.view.setHorizontalHeader(self.header)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.sig_enter.connect(self._on_view_activated)
        self.view.doubleClicked.connect(self._on_view_activated)
        labels = {"xlsx": self.tr("Xuất Excel"), "pdf": self.tr("Xuất PDF"),
                  "csv": self.tr("Xuất CSV")}
        what = {"xlsx": self.tr("Xuất báo cáo ra tệp Excel (XLSX)"),
                "pdf": self.tr("Xuất báo cáo ra tệp PDF"),
                "csv": self.tr("Xuất báo cáo ra tệp CSV")}
        buttons = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, (key, _filter) in FORMATS.items():
            button = QPushButton(f"{labels[fmt]} ({key})")
            button.setAutoDefault(False)  # Enter in a dialog holding the view exports nothing
            button.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            buttons.addWidget(button)
            self.export_buttons[fmt] = button
            add_shortcut(self, key, lambda f=fmt: self.export(f), what[fmt])
        self.print_button = QPushButton(self.tr("In báo cáo ({key})").format(key=PRINT_KEY))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_preview)
        add_shortcut(self, PRINT_KEY, self.print_preview, self.tr("In báo cáo (xem trước)"))
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.set_table(None)

    # ------------------------------------------------------------------ showing
    @property
    def table(self) -> ReportTable | None:
        return self.model.table if self.model.table.columns else None

    def set_table(self, table: ReportTable | None) -> None:
        self.model.set_table(table)
        columns = table.columns if table is not None else ()
        self.header.set_columns(columns)
        self.title.setText("\n".join([table.title, *table.subtitle]) if table is not None else "")
        # Every line of the title and subtitles shown whole (the title and two lines were cut).
        lines = 1 + len(table.subtitle) if table is not None else 2
        spacing = QFontMetrics(self.title.font()).lineSpacing()
        self.title.setMinimumHeight(max(2, lines) * spacing + 12)
        self._fit_columns(columns)
        for button in (*self.export_buttons.values(), self.print_button):
            button.setEnabled(table is not None)
        if table is not None and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _fit_columns(self, columns: tuple[Column, ...]) -> None:
        """Each column as wide as its widest cell and its ``width`` hint; a group's name fits
        across its columns (any shortfall shared among them)."""
        digit = self.view.fontMetrics().horizontalAdvance("0")
        self.view.resizeColumnsToContents()
        for i, column in enumerate(columns):
            self.view.setColumnWidth(i, max(self.view.columnWidth(i), digit * column.width))
        bold = QFont(self.header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for group in groups(columns):
            span = range(group.first, group.last + 1)
            short = metrics.horizontalAdvance(group.text) + 24 - sum(
                self.view.columnWidth(i) for i in span)
            for i in span:
                if short > 0:
                    self.view.setColumnWidth(i, self.view.columnWidth(i) + -(-short // len(span)))

    def focus_table(self) -> None:
        self.view.setFocus()

    def _on_view_activated(self, index: QModelIndex) -> None:
        if self._drillable and self.model.is_figure(index):
            self.drillRequested.emit(self.model.row_key(index.row()),
                                     self.model.column(index.column()).key)

    # ------------------------------------------------------------------ exports
    def export(self, fmt: exports.Format) -> None:
        """Ask where, then write the file in the background."""
        table = self.table
        if table is None:
            self.sig_message.emit(self.tr("Chưa có báo cáo để xuất; hãy lập báo cáo trước."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu báo cáo"), str(self._last_dir / file_name(table, fmt)),
            FORMATS[fmt][1])
        if path:
            self.save(path, fmt)

    def save(self, path: str, fmt: exports.Format) -> None:
        table = self.table
        if table is None:
            return
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(f"{target.name}.{fmt}")
        self._last_dir = target.parent
        self._tasks.run(exports.export, table, target, fmt,
                        on_done=lambda written: self._on_saved(str(written)),
                        on_error=self._on_failed)

    def _on_saved(self, path: str) -> None:
        self.sig_message.emit(self.tr("Đã lưu báo cáo vào {path}.").format(path=path))
        self.sig_saved.emit(path)

    def _on_failed(self, exc: BaseException) -> None:
        why = error_text(exc)
        self.sig_message.emit(self.tr("Không xuất được báo cáo: {why}").format(why=why))

    # ------------------------------------------------------------------ printing
    def print_preview(self) -> None:
        """Render the PDF in the background, then show it as it will print."""
        table = self.table
        if table is None:
            self.sig_message.emit(self.tr("Chưa có báo cáo để in; hãy lập báo cáo trước."))
            return
        self._tasks.run(exports.render, table, "pdf",
                        on_done=lambda pdf: self._show_preview(pdf, table.title),
                        on_error=self._on_failed)

    def _show_preview(self, pdf: bytes, title: str) -> None:
        self._preview.open(pdf, self.tr("Xem trước khi in — {title}").format(title=title),
                           self.printer_override or printer_or_pdf(), self.sig_message.emit)

    @property
    def preview(self) -> QPrintPreviewDialog | None:
        """The open print preview, if any."""
        return self._preview.dialog
