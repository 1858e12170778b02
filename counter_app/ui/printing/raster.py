"""Pages of a PDF as grey pixels, through QtPdf (the print path's renderer), for the smoke check."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from counter_app.ui.printing.qt_print import load_pdf


def ensure_application() -> QApplication:
    """The Qt application (offscreen when there is no display): loads the platform plugin."""
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(sys.argv[:1])


def pdf_grey_pages(pdf: bytes, dpi: int) -> list[tuple[int, int, bytes]]:
    """(width, height, grey bytes row after row) of each page rendered at `dpi`."""
    ensure_application()
    doc, _buffer = load_pdf(pdf)
    pages = []
    for index in range(doc.pageCount()):
        size = doc.pagePointSize(index)
        pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        # QtPdf leaves the paper transparent: lay the page on white, as the printer does.
        image = QImage(pixels, QImage.Format.Format_Grayscale8)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawImage(0, 0, doc.render(index, pixels))
        painter.end()
        width, height, stride = image.width(), image.height(), image.bytesPerLine()
        raw = bytes(image.constBits())
        rows = b"".join(raw[y * stride:y * stride + width] for y in range(height))
        pages.append((width, height, rows))
    return pages
