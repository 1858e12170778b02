"""Putting a PDF on paper with Qt: QtPdf rasterizes each page at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSize, QSizeF,
)
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
            raise PrintError(QCoreApplication.translate(
                "QtPrint", "Không tìm thấy máy in “{name}” (chọn máy khác trong Cài đặt)."
            ).format(name=name))
    else:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrintError(QCoreApplication.translate(
                "QtPrint", "Máy tính chưa có máy in nào."))
    if info.state() == QPrinter.PrinterState.Error:
        raise PrintError(QCoreApplication.translate(
            "QtPrint", "Máy in “{name}” đang báo lỗi.").format(name=info.printerName()))
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def load_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    doc = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        raise PrintError(QCoreApplication.translate(
            "QtPrint", "Tệp PDF của phiếu bị hỏng; không in được."))
    return doc, buffer  # the buffer must outlive the document


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page on a sheet of its own, each at its size; returns the pages printed.

    The PDF decides the paper (A4 landscape with two copies, A5, an 80 mm roll). A printer that
    cannot take that paper keeps its own, turned to the page's orientation, and the page is
    scaled to fit it whole, in proportion: a slip is never stretched, its barcode still scans.
    """
    doc, _buffer = load_pdf(pdf)
    painter = QPainter()
    printer.setFullPage(True)
    _request_paper(printer, doc.pagePointSize(0))
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "QtPrint", "Máy in không nhận lệnh in (máy tắt, hết giấy hoặc đang tạm dừng)."))
    try:
        for index in range(doc.pageCount()):
            size = doc.pagePointSize(index)
            if index > 0:
                _request_paper(printer, size)
                if not printer.newPage():
                    raise PrintError(QCoreApplication.translate(
                        "QtPrint", "Máy in dừng giữa chừng; hãy in lại."))
            # 300 dpi keeps a page ~25 MB in memory and the bars whole (the narrowest Code 128
            # bar is drawn 4 dots wide at 300 dpi); the painter scales it to the device.
            dpi = min(printer.resolution(), RASTER_DPI)
            pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
            painter.drawImage(fit_page(size, QRectF(painter.viewport())), doc.render(index, pixels))
    finally:
        painter.end()
    return doc.pageCount()


def fit_page(page: QSizeF, paper: QRectF) -> QRectF:
    """Where a page of size `page` goes on `paper`: as large as fits, in proportion, top centre."""
    scale = min(paper.width() / page.width(), paper.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(paper.x() + (paper.width() - width) / 2, paper.y(), width, height)


def _request_paper(printer: QPrinter, page: QSizeF) -> None:
    """Ask for the page's own paper; a printer that refuses keeps its paper, turned to match."""
    landscape = page.width() > page.height()
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    # A standard size in the page's orientation (A4 landscape is A4 to a driver), else custom.
    portrait = QSizeF(min(page.width(), page.height()), max(page.width(), page.height()))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    if not printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))):
        printer.setPageOrientation(orientation)
