"""Which printers this computer has, and the true state of the one the counter prints slips to."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo



@dataclass(frozen=True)
class PrinterState:
    ok: bool      # a slip sent now would reach a printer
    label: str    # short, for the status bar: "Máy in: …" / "Không có máy in"
    detail: str   # one sentence for F9 and the tooltip: what is wrong and what to do


def installed_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    return QPrinterInfo.defaultPrinterName()


def _in_error(name: str) -> bool:
    return QPrinterInfo.printerInfo(name).state() == QPrinter.PrinterState.Error


def printer_state(configured: str) -> PrinterState:
    """The state of the configured slip printer ("" = the system's default), as it is now."""
    translate = QCoreApplication.translate
    installed = installed_printers()
    if configured:
        if configured not in installed:
            return PrinterState(
                False,
                translate("Printers", "Máy in: không tìm thấy"),
                translate("Printers", "Máy in “{name}” đã chọn trong Cài đặt không có trên máy "
                          "tính này. Phiếu vẫn được lưu; chọn máy in khác hoặc lưu phiếu thành "
                          "PDF.").format(name=configured))
        name = configured
    elif not installed:
        return PrinterState(
            False, translate("Printers", "Không có máy in"),
            translate("Printers", "Máy tính chưa cài máy in nào. Phiếu vẫn được lưu; cài máy in "
                      "rồi bấm Ctrl+P để in lại, hoặc Ctrl+Shift+S để lưu phiếu thành PDF."))
    else:
        name = default_printer()
        if not name:
            return PrinterState(
                False, translate("Printers", "Máy in: chưa có máy in mặc định"),
                translate("Printers", "Máy tính có máy in nhưng chưa đặt máy in mặc định: chọn "
                          "máy in phiếu hẹn trong Cài đặt."))
    if _in_error(name):
        return PrinterState(
            False, translate("Printers", "Máy in: đang báo lỗi"),
            translate("Printers", "Máy in “{name}” đang báo lỗi (tắt, hết giấy hoặc kẹt "
                      "giấy).").format(name=name))
    label = name if configured else translate("Printers", "{name} (mặc định)").format(name=name)
    return PrinterState(True, translate("Printers", "Máy in: {name}").format(name=label),
                        translate("Printers", "Phiếu hẹn in ra máy in “{name}”.").format(
                            name=name))
