"""The Qt print path puts exactly the PDF's pages on paper: one sheet per page, each of its size."""

from __future__ import annotations

import io

import pytest
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from counter_app.ui.printing.qt_print import print_pdf
from tests.printing.pdfcheck import page_sizes

THERMAL = (80 * mm, 210 * mm)  # an 80 mm roll, cut to the slip's length


def _pdf(*sizes: tuple[float, float]) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out)
    for number, size in enumerate(sizes, 1):
        c.setPageSize(size)
        c.setFont("Helvetica", 14)
        c.drawString(10 * mm, size[1] - 20 * mm, f"Trang {number}")
        c.rect(5 * mm, 5 * mm, size[0] - 10 * mm, size[1] - 10 * mm)
        c.showPage()
    c.save()
    return out.getvalue()


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.parametrize("size", [A4, landscape(A4), A5, THERMAL],
                         ids=["a4", "a4-landscape", "a5", "thermal80"])
def test_one_page_pdf_prints_one_sheet_of_its_size(qapp, tmp_path, size):
    out = tmp_path / "printed.pdf"
    assert print_pdf(_pdf(size), _pdf_printer(out)) == 1
    ((width, height),) = page_sizes(out.read_bytes())
    assert width == pytest.approx(size[0], abs=1.5) and height == pytest.approx(size[1], abs=1.5)


def test_each_page_keeps_its_own_size_and_order(qapp, tmp_path):
    sizes = [A5, landscape(A4), THERMAL]
    out = tmp_path / "printed.pdf"
    assert print_pdf(_pdf(*sizes), _pdf_printer(out)) == 3
    printed = page_sizes(out.read_bytes())
    assert len(printed) == 3
    for (width, height), size in zip(printed, sizes):
        assert (width, height) == pytest.approx(size, abs=1.5)


class FixedA4Printer(QPrinter):
    """A printer whose driver takes only its own paper (A4), as many office printers do."""

    def setPageLayout(self, layout) -> bool:  # noqa: N802 (Qt override)
        return False


def _ink_box(pdf: bytes) -> tuple[float, float, float, float]:
    """The printed page's inked area (x0, y0, x1, y1) as fractions of the sheet."""
    from counter_app.ui.printing.qt_print import load_pdf

    doc, _buffer = load_pdf(pdf)
    image = doc.render(0, (doc.pagePointSize(0) / 2).toSize())
    ink = [(x, y) for x in range(image.width()) for y in range(image.height())
           if image.pixelColor(x, y).alpha() > 128 and image.pixelColor(x, y).lightness() < 128]
    assert ink, "the sheet came out blank"
    xs, ys = [x for x, _ in ink], [y for _, y in ink]
    w, h = image.width(), image.height()
    return min(xs) / w, min(ys) / h, max(xs) / w, max(ys) / h


def test_thermal_slip_on_an_a4_only_printer_keeps_its_proportions(qapp, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = FixedA4Printer(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert print_pdf(_pdf(THERMAL), printer) == 1
    ((width, height),) = page_sizes(out.read_bytes())
    assert (width, height) == pytest.approx(A4, abs=1.5)  # the printer's own paper
    x0, y0, x1, y1 = _ink_box(out.read_bytes())
    # The frame drawn 5 mm inside the slip: its proportions survive (not stretched to A4).
    drawn = ((x1 - x0) * width) / ((y1 - y0) * height)
    assert drawn == pytest.approx((THERMAL[0] - 10 * mm) / (THERMAL[1] - 10 * mm), rel=0.03)
    assert y0 < 0.05  # from the top of the sheet


def test_landscape_slip_on_an_a4_only_printer_turns_the_paper(qapp, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = FixedA4Printer(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert print_pdf(_pdf(landscape(A4)), printer) == 1
    ((width, height),) = page_sizes(out.read_bytes())
    assert (width, height) == pytest.approx(landscape(A4), abs=1.5)
    x0, y0, x1, y1 = _ink_box(out.read_bytes())
    assert x1 - x0 > 0.93 and y1 - y0 > 0.93  # full size: the two copies are not shrunk


def test_printed_page_is_the_pdf_not_blank(qapp, tmp_path):
    """The raster of the page lands on the sheet (a blank sheet would be the classic failure)."""
    out = tmp_path / "printed.pdf"
    print_pdf(_pdf(A5), _pdf_printer(out))
    x0, y0, x1, y1 = _ink_box(out.read_bytes())
    assert x1 - x0 > 0.9 and y1 - y0 > 0.9  # the frame 5 mm inside the page edge
