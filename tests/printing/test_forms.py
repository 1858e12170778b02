"""Mẫu 02–07 and the receipts: long Vietnamese data read back, fonts, codes, reprint marks."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from reportlab.lib.pagesizes import A4, A5, landscape

from counter_app.core.codes import code_from_scan
from counter_app.printing import (
    render_fee_receipt, render_form02, render_form03, render_form04, render_form05,
    render_form06, render_form07, render_return_receipt,
)
from tests.printing import samples as s
from tests.printing.pdfcheck import (
    assert_fonts_embedded, decode, norm, page_sizes, pdf_text, rasterize, reader,
)

# name -> (render with reprint, title, the strings a reader must find, paper, has a QR code)
FORMS: dict[str, tuple[Callable[[int], bytes], str, tuple[str, ...], tuple[float, float], bool]]
FORMS = {
    "form02": (lambda r: render_form02(s.supplement(), s.CONFIG, r),
               "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
               ("Số: 125/PYCBS", "Hồ sơ của: " + s.NAME, s.ADDRESS,
                "Hợp đồng chuyển nhượng quyền sử dụng đất giữa ông Nguyễn Văn Bình",
                "Lý do: Hồ sơ thiếu giấy tờ chứng minh nguồn gốc sử dụng đất",
                "Hướng dẫn: Bổ sung tại quầy số 3.", "Mang theo thẻ Căn cước khi nộp.",
                "số điện thoại 0237 3 720 001", "hướng dẫn một lần, đầy đủ", "NGƯỜI HƯỚNG DẪN"),
               A4, True),
    "form03": (lambda r: render_form03(s.refusal(), s.CONFIG, r),
               "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
               ("Số: 17/PTC", s.NAME, s.ADDRESS, "từ chối tiếp nhận, giải quyết hồ sơ này",
                "Thửa đất thuộc khu vực đã có quyết định thu hồi đất",
                "Liên hệ Văn phòng đăng ký đất đai tỉnh", "NGƯỜI TIẾP NHẬN HỒ SƠ"),
               A4, True),
    "form04": (lambda r: render_form04(s.apology(), s.CONFIG, r),
               "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
               ("Số: 88/TTPVHCC-XL", "Kính gửi: Ông/Bà " + s.NAME, "Ngày 17/11/2025",
                "16 giờ 30 phút, ngày 01/12/2025", "Chi nhánh Đông Sơn chưa giải quyết xong",
                "Phải lấy ý kiến xác nhận nguồn gốc đất", "xin lỗi Ông/Bà",
                "10 giờ 00 phút, ngày 12/12/2025", "GIÁM ĐỐC", "Nguyễn Thành Trung", "Nơi nhận:"),
               A4, True),
    "form05": (lambda r: render_form05(s.stop(), s.CONFIG, r),
               "THÔNG BÁO Về việc dừng giải quyết hồ sơ",
               ("Số: 12/TB-TTPVHCC", s.NAME, "ngày tiếp nhận 17/11/2025",
                "Căn cứ khoản 2 Điều 21 Nghị định số 118/2025/NĐ-CP",
                "thông báo dừng giải quyết hồ sơ nêu trên", "có tranh chấp đất đai",
                "nộp lại hồ sơ mới", "GIÁM ĐỐC"),
               A4, True),
    "form06": (lambda r: render_form06(s.control(), s.CONFIG, r),
               "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
               ("Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả", s.NAME,
                "TÊN CƠ QUAN", "THỜI GIAN GIAO, NHẬN HỒ SƠ", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ",
                "1. Giao: Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa",
                "Nhận: Văn phòng đăng ký đất đai tỉnh Thanh Hóa – Chi nhánh Đông Sơn",
                "09 giờ 05 phút, ngày 17/11/2025", "14 giờ 00 phút, ngày 20/11/2025",
                "Phạm Quang Huy", "Đỗ Thị Mai", "Đúng hạn", "5. Giao:",
                "Cơ quan phối hợp giải quyết hồ sơ: Ủy ban nhân dân phường Hạc Thành"),
               A4, True),
    "receipt_fee": (lambda r: render_fee_receipt(s.fee_receipt(), s.CONFIG, r),
                    "BIÊN LAI THU PHÍ, LỆ PHÍ",
                    ("Mẫu số: 01BLP0-001", "Ký hiệu: TH-25E", "Số: 0001234", s.NAME,
                     "Lệ phí cấp Giấy chứng nhận quyền sử dụng đất", "1.150.000", "2 trang",
                     "1.254.000", "Một triệu hai trăm năm mươi bốn nghìn đồng",
                     "Hình thức thanh toán: Chuyển khoản", "NGƯỜI THU TIỀN"),
                    A5, False),
    "receipt_return": (lambda r: render_return_receipt(s.return_receipt(), s.CONFIG, r),
                       "BIÊN NHẬN TRẢ KẾT QUẢ GIẢI QUYẾT HỒ SƠ",
                       (s.NAME, "Thời gian trả kết quả: 08 giờ 00 phút, ngày 01/12/2025",
                        "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"
                        " số CS 123456", "Người nhận thay: Hoàng Ngọc Bảo Châu Nguyễn Phước",
                        "038301098765", "Giấy ủy quyền số 45/2025", "100.000 đồng",
                        "NGƯỜI NHẬN KẾT QUẢ"),
                       A5, True),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_form_reads_back_with_every_field(name: str) -> None:
    render, title, expected, paper, _ = FORMS[name]
    pdf = render(0)
    text = pdf_text(pdf)
    for item in (title, s.CODE, norm(s.PROCEDURE), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
                 "UBND TỈNH THANH HÓA", *expected):
        assert norm(item) in text, item
    assert "BẢN IN LẠI" not in text
    assert all(size == pytest.approx(paper, abs=0.5) for size in page_sizes(pdf))
    assert_fonts_embedded(pdf)


@pytest.mark.parametrize("name", sorted(FORMS))
def test_form_codes_scan_from_a_raster(name: str, tmp_path: Path) -> None:
    render, *_, has_qr = FORMS[name]
    first = rasterize(render(0), tmp_path, 300)[0]
    expected = {("CODE-128", s.CODE)} | ({("QR-Code", s.URL)} if has_qr else set())
    # An A5 sheet prints the barcode's compact form beside the QR; the counter reads both.
    found = {(kind, code_from_scan(text) if kind == "CODE-128" else text)
             for kind, text in decode(first)}
    assert found == expected


@pytest.mark.parametrize("name", sorted(FORMS) + ["form07"])
def test_reprint_is_marked_on_every_page(name: str) -> None:
    pdf = (render_form07(s.tracking_book(), s.CONFIG, 3) if name == "form07"
           else FORMS[name][0](3))
    for page in reader(pdf).pages:
        assert "BẢN IN LẠI LẦN 3" in norm(page.extract_text())


def test_supplement_lists_every_item_across_pages() -> None:
    pdf = render_form02(s.supplement(), s.CONFIG)
    text = pdf_text(pdf)
    assert len(page_sizes(pdf)) == 2
    for i in range(1, 13):
        assert f"giấy tờ số {i}:" in text
    assert "Trang 2/2" in text


def test_tracking_book_repeats_its_header_on_every_page() -> None:
    data = s.tracking_book(40)
    pdf = render_form07(data, s.CONFIG)
    sizes = page_sizes(pdf)
    assert len(sizes) > 3
    assert all(size == pytest.approx(landscape(A4), abs=0.5) for size in sizes)
    pages = [norm(p.extract_text()) for p in reader(pdf).pages]
    for number, text in enumerate(pages, 1):
        for heading in ("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)",
                        "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Nhận hồ sơ",
                        "Hẹn trả kết quả", "Nhận kết quả từ cơ quan giải quyết",
                        "Trả kết quả cho cá nhân, tổ chức", "Ghi chú", "(13)"):
            assert heading in text, (number, heading)
        assert f"Trang {number}/{len(pages)}" in text
    text = " ".join(pages)
    assert "SỔ THEO DÕI HỒ SƠ" in text and "Từ ngày 01/11/2025 đến ngày 30/11/2025" in text
    assert "Quyển số: 01/2025" in text and "Lĩnh vực: Đất đai" in text
    for row in data.rows:
        assert row.code in text  # each code on one line, never broken
    assert text.count(s.NAME) >= len(data.rows)
    assert "ĐT: 0912 345 678" in text and "16:30 01/12/2025" in text
    assert_fonts_embedded(pdf)


def test_empty_tracking_book_says_so() -> None:
    from dataclasses import replace

    pdf = render_form07(replace(s.tracking_book(0), rows=()), s.CONFIG)
    assert "Không có hồ sơ trong khoảng thời gian này" in pdf_text(pdf)
    assert len(page_sizes(pdf)) == 1


def test_a_logo_is_printed_in_the_header(tmp_path: Path) -> None:
    from dataclasses import replace

    from PIL import Image, ImageDraw

    logo = tmp_path / "logo.png"
    image = Image.new("RGB", (120, 120), "white")
    ImageDraw.Draw(image).ellipse((10, 10, 110, 110), fill="red")
    image.save(logo)
    pdf = render_form03(s.refusal(), replace(s.CONFIG, logo_path=logo))
    page = reader(pdf).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in pdf_text(pdf)
