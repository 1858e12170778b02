"""A print preview of PDF bytes: the dialog and the printer it paints on, kept alive together."""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from counter_app.ui.printing.qt_print import PrintError, make_printer, print_pdf


def printer_or_pdf(name: str = "") -> QPrinter:
    """The named (or default) printer; a PDF printer when the computer has none, so a preview
    can still be shown and saved."""
    try:
        return make_printer(name)
    except PrintError:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        return printer


class PdfPreview:
    """One preview open at a time per owner; a new one replaces the old."""

    def __init__(self, parent: QWidget | None) -> None:
        self._parent = parent
        self.dialog: QPrintPreviewDialog | None = None
        # Qt does not own the printer a preview paints on: it must outlive the dialog, or the
        # dialog paints on freed memory (the crash when no printer was installed).
        self._printer: QPrinter | None = None

    def open(self, pdf: bytes, title: str, printer: QPrinter,
             on_error: Callable[[str], None] | None = None) -> QPrintPreviewDialog:
        if self.dialog is not None:  # an earlier preview goes before the printer it paints on
            old, self.dialog = self.dialog, None
            old.close()
            shiboken6.delete(old)
        self._printer = printer
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(title)

        def paint(target: QPrinter) -> None:
            try:
                print_pdf(pdf, target)
            except PrintError as exc:
                if on_error is None:
                    raise
                on_error(str(exc))

        dialog.paintRequested.connect(paint)
        dialog.open()
        self.dialog = dialog
        return dialog
