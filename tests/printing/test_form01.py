"""Mẫu 01, the appointment slip, in its three layouts: read back, scanned back, measured."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm

from counter_app.core.codes import code_from_scan, compact_code
from counter_app.printing import SLIP_LAYOUTS, render_form01
from counter_app.printing.codes import LASER, MIN_BAR_MM, QUIET_MODULES, THERMAL_203, barcode
from counter_app.printing.thermal80 import CONTENT_W
from tests.printing.pdfcheck import (
    assert_fonts_embedded, decode, norm, page_sizes, pdf_text, rasterize, reader, squash,
    text_positions,
)
from tests.printing.samples import (
    ADDRESS, APPOINTMENT_TEXT, CLERK, CODE, CONFIG, NAME, PROCEDURE, URL, nfd, nfd_slip,
    short_slip, slip,
)


def _page_texts(pdf: bytes) -> list[str]:
    return [norm(p.extract_text()) for p in reader(pdf).pages]


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_long_slip_reads_back_with_every_field(layout: str) -> None:
    pdf = render_form01(slip(25), CONFIG, layout)
    text = pdf_text(pdf)
    for expected in (CODE, NAME, PROCEDURE, ADDRESS, APPOINTMENT_TEXT, CLERK,
                     "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày 17 tháng 11 năm 2025",
                     "09 giờ 05 phút, ngày 17/11/2025", "10 ngày làm việc", "Quyển số: 01/2025",
                     "Số thứ tự: 361", "100.000 đồng (nộp khi nhận kết quả)",
                     "Qua dịch vụ bưu chính công ích", "giấy ủy quyền", "NGƯỜI NỘP HỒ SƠ"):
        assert norm(expected) in text, expected
    # All 25 components, none lost at a page break.
    for i in range(1, 26):
        assert re.search(rf"tờ số {i}\b", text), i
    if layout == "thermal80":  # 72 mm cannot hold the URL unbroken: the QR carries it
        assert "vào dichvucong.thanhhoa.gov.vn và nhập mã hồ sơ" in text
    else:
        assert squash(URL) in squash(text)
    assert_fonts_embedded(pdf)


def test_a4_prints_both_copies_side_by_side_page_by_page() -> None:
    pdf = render_form01(slip(25), CONFIG, "a4_two_copies")
    sizes = page_sizes(pdf)
    assert len(sizes) >= 2, "25 long components flow onto a second sheet"
    assert all(size == pytest.approx(landscape(A4), abs=0.5) for size in sizes)
    pages = _page_texts(pdf)
    for number, text in enumerate(pages, 1):
        assert "Liên 1: Giao người nộp hồ sơ" in text
        assert "Liên 2: Lưu tại Bộ phận Một cửa" in text
        assert f"Trang {number}/{len(pages)}" in text
    # The component table's header repeats on the sheets it flows onto.
    assert all(t.count("Bản chứng thực") == 2 for t in pages[1:-1])


def test_a5_prints_copy_one_then_copy_two() -> None:
    pdf = render_form01(slip(25), CONFIG, "a5")
    sizes = page_sizes(pdf)
    assert all(size == pytest.approx(A5, abs=0.5) for size in sizes)
    pages = _page_texts(pdf)
    half = len(pages) // 2
    assert len(pages) == 2 * half and half >= 2
    assert all("Liên 1" in t and "Liên 2" not in t for t in pages[:half])
    assert all("Liên 2" in t and "Liên 1" not in t for t in pages[half:])
    strip = [t.replace("Liên 1: Giao người nộp hồ sơ", "").replace(
        "Liên 2: Lưu tại Bộ phận Một cửa", "") for t in pages]
    assert strip[:half] == strip[half:], "both copies say exactly the same"


@pytest.mark.parametrize("layout", ["a4_two_copies", "a5"])
def test_a_typical_slip_fits_one_sheet_per_copy(layout: str) -> None:
    pdf = render_form01(short_slip(), CONFIG, layout)
    assert len(page_sizes(pdf)) == (1 if layout == "a4_two_copies" else 2)
    assert "Trong ngày (hồ sơ nhận sau 15 giờ 00 phút" in pdf_text(pdf)


def test_decomposed_input_prints_composed_text() -> None:
    data = nfd_slip()
    assert data.applicant.name != NAME  # the input really is decomposed
    for layout in SLIP_LAYOUTS:
        text = pdf_text(render_form01(data, CONFIG, layout))
        assert NAME in text and norm(PROCEDURE) in text and CLERK in text
        assert nfd(NAME) not in text
        assert unicodedata.normalize("NFC", text) == text


SLIP_BARS = ("CODE-128", compact_code(CODE))  # the code without its hyphens: short enough


def test_barcode_and_qr_scan_from_a_laser_raster(tmp_path: Path) -> None:
    pdf = render_form01(slip(3), CONFIG, "a4_two_copies")
    png = rasterize(pdf, tmp_path, 300)[0]
    found = decode(png)
    assert SLIP_BARS in found and code_from_scan(SLIP_BARS[1]) == CODE
    assert ("QR-Code", URL) in found
    # Both copies on the sheet scan: cut the raster in half and decode each half.
    from PIL import Image

    image = Image.open(png)
    w, h = image.size
    for box in ((0, 0, w // 2, h), (w // 2, 0, w, h)):
        half = tmp_path / f"half-{box[0]}.png"
        image.crop(box).save(half)
        assert decode(half) == {SLIP_BARS, ("QR-Code", URL)}


def test_a5_codes_scan_on_every_copy(tmp_path: Path) -> None:
    pdf = render_form01(slip(3), CONFIG, "a5")
    pngs = rasterize(pdf, tmp_path, 300)
    half = len(pngs) // 2
    for png in (pngs[0], pngs[half]):  # first page of each copy
        assert decode(png) == {SLIP_BARS, ("QR-Code", URL)}


def test_thermal_codes_scan_at_203_dpi(tmp_path: Path) -> None:
    for data in (short_slip(), slip(25)):
        pdf = render_form01(data, CONFIG, "thermal80")
        (png,) = rasterize(pdf, tmp_path, 203)
        assert decode(png) == {SLIP_BARS, ("QR-Code", URL)}


def test_thermal_page_is_80_mm_wide_and_as_long_as_its_content() -> None:
    short = render_form01(short_slip(), CONFIG, "thermal80")
    long = render_form01(slip(25), CONFIG, "thermal80")
    (short_size,), (long_size,) = page_sizes(short), page_sizes(long)
    assert short_size[0] == pytest.approx(80 * mm, abs=0.01)
    assert long_size[0] == pytest.approx(80 * mm, abs=0.01)
    assert short_size[1] < long_size[1]
    for pdf, (_, height) in ((short, short_size), (long, long_size)):
        ys = [y for y, _ in text_positions(pdf)]
        # Content starts at the top margin and ends near the bottom: no clipping, no waste.
        assert max(ys) <= height - 3 * mm
        assert 3 * mm <= min(ys) <= 15 * mm, (min(ys), height)
        assert CLERK in pdf_text(pdf)  # the last line, the clerk's name, is on the page


def test_reprint_is_marked_with_its_count() -> None:
    for layout in SLIP_LAYOUTS:
        original = pdf_text(render_form01(slip(3), CONFIG, layout))
        assert "BẢN IN LẠI" not in original
        pdf = render_form01(slip(25), CONFIG, layout, reprint=2)
        pages = _page_texts(pdf)
        assert all("BẢN IN LẠI LẦN 2" in t for t in (pages if layout != "thermal80"
                                                     else pages[:1]))
        if layout == "a4_two_copies":
            assert all(t.count("BẢN IN LẠI LẦN 2") == 2 for t in pages)


def test_bars_are_whole_dots_with_quiet_zones_and_never_turned() -> None:
    for device in (LASER, THERMAL_203):
        assert device.bar_width >= MIN_BAR_MM * mm
        # Whole printer dots per module, so no bar is rounded thinner than another.
        assert device.bar_width * device.dpi / 72 == pytest.approx(device.bar_dots)
    flat = barcode(CODE, 200 * mm, LASER)
    assert flat.value == CODE  # room enough: the code as printed
    assert flat.lquiet >= QUIET_MODULES * flat.barWidth
    assert flat.rquiet >= QUIET_MODULES * flat.barWidth
    # On the 72 mm roll the symbol lies across, quiet zones included, with the compact code.
    rolled = barcode(CODE, CONTENT_W, THERMAL_203)
    assert rolled.value == compact_code(CODE)
    assert rolled.width <= CONTENT_W and rolled.height < rolled.width
    with pytest.raises(ValueError):
        barcode(CODE, 30 * mm, THERMAL_203)  # too narrow even for the compact code


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError):
        render_form01(slip(1), CONFIG, "letter")  # type: ignore[arg-type]
