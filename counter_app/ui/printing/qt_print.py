"""Putting a PDF on paper with Qt: QtPdf rasterizes each page at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSize, QSizeF
from PySide6.QtGui import QPainter, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo


RASTER_DPI = 300


class PrintError(Exception):
    """The printer could not take the job; the message is for the clerk (Vietnamese)."""


def make_printer(name: str = "") -> QPrinter:
    """The named printer, or the system's default; PrintError when there is none."""
    if name:
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            raise PrintError(f"Không tìm thấy máy in “{name}”. Kiểm tra máy in hoặc chọn máy "
                             "khác trong Cài đặt.")
    else:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrintError("Máy tính chưa có máy in nào. Phiếu đã được lưu; hãy cài máy in "
                             "rồi bấm In lại, hoặc Lưu PDF.")
    if info.state() == QPrinter.PrinterState.Error:
        raise PrintError(f"Máy in “{info.printerName()}” đang báo lỗi.")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def load_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    doc = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        raise PrintError("Tệp PDF của phiếu bị hỏng; không in được.")
    return doc, buffer  # the buffer must outlive the document


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page, each page's size and orientation taken from the PDF; returns pages."""
    doc, _buffer = load_pdf(pdf)
    painter = QPainter()
    first = doc.pagePointSize(0)
    printer.setPageLayout(_layout_for(first.width(), first.height()))
    printer.setFullPage(True)
    if not painter.begin(printer):
        raise PrintError("Máy in không nhận lệnh in (máy tắt, hết giấy hoặc đang tạm dừng).")
    try:
        for index in range(doc.pageCount()):
            size = doc.pagePointSize(index)
            if index > 0:
                printer.setPageLayout(_layout_for(size.width(), size.height()))
                if not printer.newPage():
                    raise PrintError("Máy in dừng giữa chừng; hãy in lại.")
            target = painter.viewport()
            # 300 dpi keeps a page ~25 MB in memory and the bars whole (the narrowest Code 128
            # bar is drawn 4 dots wide at 300 dpi); the painter scales it to the device.
            dpi = min(printer.resolution(), RASTER_DPI)
            pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
            image = doc.render(index, pixels)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return doc.pageCount()


def _layout_for(width_pt: float, height_pt: float) -> QPageLayout:
    # The PDF decides the paper: A4 landscape (two copies), A5, or an 80 mm roll of any length.
    size = QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
