"""Letters (Mẫu 04, 05) set as administrative documents, Mẫu 06's signers, the fee receipt's
legal lines: what a reader compares with the official forms."""

from __future__ import annotations

from dataclasses import replace

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from counter_app.printing import render_fee_receipt, render_form04, render_form05, render_form06
from counter_app.printing.fonts import FONTS, register_fonts
from tests.printing import samples as s
from tests.printing.pdfcheck import norm, pdf_text, text_runs

LETTERS = {"form04": lambda: render_form04(s.apology(), s.CONFIG),
           "form05": lambda: render_form05(s.stop(), s.CONFIG)}


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts(s.CONFIG.fonts_path())  # text_runs measures with the registered faces


@pytest.mark.parametrize("name", sorted(LETTERS))
def test_letters_follow_decree_30_margins_face_and_sizes(name: str) -> None:
    pdf = LETTERS[name]()
    runs = text_runs(pdf)
    # The letter itself; the dossier's codes and the footer under it are the app's marks.
    letter = [r for r in runs if "DejaVu" not in r[4]]
    assert letter, "the letter is set in the serif face"
    assert {r[4] for r in letter} <= {"LiberationSerif-Regular", "LiberationSerif-Bold",
                                      "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}
    left = min(r[0] for r in letter)
    right = max(r[0] + r[2] for r in letter)
    top = max(r[1] + r[5] for r in letter)
    assert left == pytest.approx(30 * mm, abs=0.5 * mm), "left margin 30–35 mm"
    assert A4[0] - right >= 15 * mm - 1 * mm, "right margin 15–20 mm"
    assert 19.5 * mm <= A4[1] - top <= 25 * mm, "top margin 20–25 mm (to the glyphs)"
    bottom = min(r[1] for r in runs)
    assert bottom >= 10 * mm  # the footer sits in the bottom margin, nothing below it
    body = [r for r in letter if r[4] == "LiberationSerif-Regular" and len(r[3]) > 40]
    assert body and all(13 <= r[5] <= 14 for r in body), "body 13–14 pt"
    title_runs = [r for r in letter if r[4] == "LiberationSerif-Bold" and r[5] >= 13.5]
    assert title_runs, "a 13–14 pt bold title"
    text = pdf_text(pdf)
    for part in ("UBND TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Số:", "Thanh Hóa, ngày 01 tháng 12 năm 2025",
                 "Kính gửi: Ông/Bà", "Nơi nhận:", "GIÁM ĐỐC", "Nguyễn Thành Trung"):
        assert part in text, part
    # The standard order: issuer and number, place-date, title, addressee, body, recipients.
    order = [text.index(p) for p in ("TRUNG TÂM PHỤC VỤ", "Số:", "Thanh Hóa, ngày",
                                     "Kính gửi", "Nội dung yêu cầu giải quyết", "Nơi nhận:")]
    assert order == sorted(order)


def test_the_apology_title_is_the_annex_name() -> None:
    text = pdf_text(render_form04(s.apology(), s.CONFIG))
    assert "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT" in text
    assert "GIẢI QUYẾT HỒ SƠ" not in text


def _control_with(giver: str, receiver: str) -> bytes:
    data = s.control()
    first = replace(data.handovers[0], giver=giver, receiver=receiver)
    return render_form06(replace(data, handovers=(first, *data.handovers[1:])), s.CONFIG)


@pytest.mark.parametrize("giver,receiver", [
    ("Đặng Văn Hưởng", "Vũ Thị Ngọc Ánh"),
    ("Tôn Nữ Thị Phương Khuê", "Nguyễn Phước Bảo Châu"),
])
def test_control_sheet_prints_giver_and_receiver_apart_each_on_one_line(
        giver: str, receiver: str) -> None:
    runs = text_runs(_control_with(giver, receiver))
    (g,) = [r for r in runs if r[3] == giver]  # whole, on one line
    (r,) = [r for r in runs if r[3] == receiver]
    assert g[1] == pytest.approx(r[1], abs=0.5)  # side by side
    assert r[0] - (g[0] + g[2]) >= 4 * mm, "a clear gap (and a rule) between the two names"


def test_fee_receipt_carries_tax_code_copy_and_what_it_is() -> None:
    text = pdf_text(render_fee_receipt(s.fee_receipt(), s.CONFIG))
    assert "Mã số thuế: 2800000000" in text
    assert "Liên 2: Giao cho người nộp tiền" in text
    assert "Đơn vị thu: Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa" in text
    assert norm("không phải biên lai điện tử") in text
    issued = render_fee_receipt(replace(s.fee_receipt(), e_receipt_code="TH25E-0001234-AB"),
                                s.CONFIG)
    text = pdf_text(issued)
    assert "Mã tra cứu biên lai điện tử: TH25E-0001234-AB" in text
    assert "không phải biên lai điện tử" not in text


def test_forms_keep_the_sans_face() -> None:
    runs = text_runs(render_form06(s.control(), s.CONFIG))
    assert {r[4] for r in runs} <= {FONTS.regular, FONTS.bold, FONTS.italic, FONTS.bold_italic}
