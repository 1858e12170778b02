"""The slip goes through Qt's print system: printed to a PDF file offscreen, its barcode scans;
a missing printer is a clear message with the PDF kept and a one-key retry."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtPrintSupport import QPrinter

from counter_app.core.codes import compact_code
from counter_app.services import intake, preferences, prints
from counter_app.ui.printing.controller import PrintController
from tests.printing.pdfcheck import decode_pdf, page_sizes
from tests.services.helpers import draft
from tests.ui.conftest import wait_idle


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_slip_printed_through_qt_scans_back(qtbot, ctx, tasks, tmp_path):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    controller = PrintController(ctx, tasks, preferences.Preferences(), "Nguyễn Thị Lan")
    controller.printer_override = _pdf_printer(tmp_path / "printed.pdf")
    with qtbot.waitSignal(controller.sig_printed, timeout=20_000) as done:
        controller.print_form(code, "form01", direct=True)
    wait_idle(qtbot, tasks)
    assert code in done.args[0]
    printed = (tmp_path / "printed.pdf").read_bytes()
    width, height = page_sizes(printed)[0]
    assert width > height  # A4 landscape: the two copies side by side
    codes = decode_pdf(printed, tmp_path / "png", 300)[0]
    assert ("CODE-128", compact_code(code)) in codes  # the code without hyphens: it fits
    assert [(r.outcome, r.copy_no) for r in prints.history(ctx, code)] == [("printed", 1)]


def test_missing_printer_keeps_the_pdf_and_retry_prints_it(qtbot, ctx, tasks, tmp_path):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    prefs = replace(preferences.Preferences(), slip_printer="Máy in không có thật")
    controller = PrintController(ctx, tasks, prefs, "Nguyễn Thị Lan")
    with qtbot.waitSignal(controller.sig_failed, timeout=20_000) as failed:
        controller.print_form(code, "form01", direct=True)
    wait_idle(qtbot, tasks)
    assert "Không tìm thấy máy in" in failed.args[0] and "Ctrl+P" in failed.args[0]
    (record,) = prints.history(ctx, code)
    assert record.outcome == "failed" and ctx.files.exists(record.sha256)
    controller.printer_override = _pdf_printer(tmp_path / "retry.pdf")
    with qtbot.waitSignal(controller.sig_printed, timeout=20_000):
        controller.retry()
    wait_idle(qtbot, tasks)
    assert [r.outcome for r in prints.history(ctx, code)] == ["failed", "printed"]
    assert (tmp_path / "retry.pdf").stat().st_size > 1000
    # A later reprint is a new, marked copy.
    with qtbot.waitSignal(controller.sig_printed, timeout=20_000):
        controller.retry()
    wait_idle(qtbot, tasks)
    assert prints.history(ctx, code)[-1].copy_no == 2


def test_save_as_pdf(qtbot, ctx, tasks, tmp_path):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    controller = PrintController(ctx, tasks, preferences.Preferences(), "Lan")
    controller.printer_override = _pdf_printer(tmp_path / "p.pdf")
    with qtbot.waitSignal(controller.sig_printed, timeout=20_000):
        controller.print_form(code, "form01", direct=True)
    with qtbot.waitSignal(controller.sig_saved, timeout=20_000):
        controller.save_last_as(str(tmp_path / "saved.pdf"))
    wait_idle(qtbot, tasks)
    assert (tmp_path / "saved.pdf").read_bytes().startswith(b"%PDF")
    assert prints.history(ctx, code)[-1].outcome == "saved"
