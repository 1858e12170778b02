"""Prints a dossier's forms: render and keep the PDF off the GUI thread, then print, record, retry.

A printer problem never loses or blocks the intake: the PDF is already in the file store with a
`pending` record before anything reaches the printer; the clerk sees why it failed and retries
with one key, or previews or saves the PDF instead.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from counter_app.services import prints
from counter_app.services.context import ServiceContext
from counter_app.services.preferences import Preferences
from counter_app.ui.printing.preview import PdfPreview, printer_or_pdf
from counter_app.ui.printing.qt_print import PrintError, make_printer, print_pdf
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import error_text, message_text


class PrintController(QObject):
    sig_printed = Signal(str)          # message: what was printed where
    sig_failed = Signal(str)           # message: why, and that it can be retried
    sig_saved = Signal(str)            # path of a saved PDF
    sig_outcome = Signal(str, str, str)  # dossier code, form, why it was not printed ("": printed)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, prefs: Preferences,
                 clerk_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks, self._prefs, self._clerk = ctx, tasks, prefs, clerk_name
        self._window = parent
        self.last: Any = None  # services.documents.PreparedPrint
        self.last_failed = False
        # Tests and "print to file" deployments can give a printer; None = the configured one.
        self.printer_override: QPrinter | None = None
        self._preview = PdfPreview(parent)

    def set_context(self, ctx: ServiceContext) -> None:
        """A new snapshot (enrollment or a sync changed the device or reference data)."""
        self._ctx = ctx

    def set_preferences(self, prefs: Preferences) -> None:
        self._prefs = prefs

    # --- entry points ----------------------------------------------------------------------
    def print_form(self, code: str, form: str, direct: bool | None = None) -> None:
        """Render `form` of `code` and print it (without a dialog if the setting says so)."""
        # reportlab loads on the first print, not at start-up (a tenth of a second).
        from counter_app.services import documents

        direct = self._prefs.print_without_dialog if direct is None else direct
        layout = self._prefs.slip_layout if form == "form01" else "a4"
        self._tasks.run(documents.prepare, self._ctx, code, form, self._clerk, layout, write=True,
                        on_done=lambda p: self._on_prepared(p, direct),
                        on_error=lambda e: self._on_prepare_error(e, code, form))

    def retry(self) -> None:
        """Print the last document again: the same copy after a failure, a marked reprint after."""
        if self.last is None:
            self.sig_failed.emit(self.tr("Chưa có phiếu nào để in lại."))
            return
        if self.last_failed:
            # The same copy again, under a record of its own: the failure stays in the history.
            last = self.last
            r = last.record
            self._tasks.run(prints.keep_pdf, self._ctx, r.dossier_code, r.form, last.pdf,
                            r.copy_no, write=True,
                            on_done=lambda rec: self._send(replace(last, record=rec)),
                            on_error=lambda e: self._on_prepare_error(e, r.dossier_code, r.form))
        else:
            self.print_form(self.last.record.dossier_code, self.last.record.form)  # type: ignore[arg-type]

    def preview_last(self) -> None:
        """Show the last document as it will print (to PDF when the computer has no printer)."""
        if self.last is None:
            self.sig_failed.emit(self.tr("Chưa có phiếu nào để xem trước."))
            return
        self._preview.open(self.last.pdf, self.tr("Xem trước khi in — {code}").format(
            code=self.last.record.dossier_code),
            self.printer_override or printer_or_pdf(self._prefs.slip_printer))

    @property
    def preview(self) -> QPrintPreviewDialog | None:
        """The open print preview, if any."""
        return self._preview.dialog

    def save_last_as(self, path: str = "") -> None:
        """Save the last document as a PDF file; without a path, ask where."""
        if self.last is None:
            self.sig_failed.emit(self.tr("Chưa có phiếu nào để lưu."))
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self._window, self.tr("Lưu phiếu thành PDF"),
                f"{self.last.record.dossier_code}-{self.last.record.form}.pdf", "PDF (*.pdf)")
            if not path:
                return
        target = Path(path)
        pdf, record = self.last.pdf, self.last.record
        self._tasks.run(target.write_bytes, pdf, write=True,
                        on_done=lambda _: self._on_saved(record.id, str(target)),
                        on_error=lambda e: self.sig_failed.emit(
                            self.tr("Không lưu được tệp: {e}").format(e=e)))

    # --- steps -------------------------------------------------------------------------------
    def _on_prepared(self, prepared: Any, direct: bool) -> None:
        self.last = prepared
        if direct:
            self._send(prepared)
        else:
            self.preview_last()

    def _on_prepare_error(self, exc: BaseException, code: str = "", form: str = "") -> None:
        why = self.tr("Không tạo được phiếu để in: {e}").format(e=error_text(exc))
        self.sig_failed.emit(why)
        if code:
            self.sig_outcome.emit(code, form, why)

    def _send(self, prepared: Any) -> None:
        self.last = prepared
        record = prepared.record
        try:
            printer = self.printer_override or make_printer(self._prefs.slip_printer)
            print_pdf(prepared.pdf, printer)
        except PrintError as exc:
            self.last_failed = True
            self._record(record.id, "failed", "", str(exc))
            # Short enough for the status bar; the intake banner says the rest.
            self.sig_failed.emit(self.tr("Chưa in được phiếu của hồ sơ {code}: {why} "
                                         "Ctrl+P: in lại.").format(
                code=record.dossier_code, why=exc))
            self.sig_outcome.emit(record.dossier_code, record.form, str(exc))
            return
        self.last_failed = False
        name = printer.printerName() or printer.outputFileName()
        self._record(record.id, "printed", name, None)
        self.sig_printed.emit(self.tr("Đã in {title} của hồ sơ {code}.").format(
            title=message_text(prepared.name), code=record.dossier_code))
        self.sig_outcome.emit(record.dossier_code, record.form, "")

    def _record(self, record_id: int, outcome: str, printer: str, error: str | None) -> None:
        self._tasks.run(prints.finish, self._ctx, record_id, outcome, printer, error, write=True)

    def _on_saved(self, record_id: int, path: str) -> None:
        self._record(record_id, "saved", path, None)
        self.sig_saved.emit(path)
