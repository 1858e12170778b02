"""Documents made from what the services store: the real intake, then print and read back."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

from counter_app.core.dossier import Applicant, AuthorizedPerson
from counter_app.core.timeutil import VN_TZ
from counter_app.printing import (
    SLIP_LAYOUTS, ControlSheetData, FeeReceiptData, RefusalData, ReturnReceiptData, SlipData,
    SupplementData, TrackingBookData, TrackingRow, render_fee_receipt, render_form01,
    render_form02, render_form03, render_form06, render_form07, render_return_receipt,
)
from counter_app.services import intake
from counter_app.services.context import ServiceContext
from counter_app.services.intake import MissingItem
from tests.printing.pdfcheck import norm, pdf_text
from tests.printing.samples import CONFIG
from tests.services.helpers import CERTIFIED_COPY, draft

KHUE = Applicant(full_name="Tôn Nữ Thị Phương Khuê", id_number="038190012345",
                 address="Số 12 ngõ 34 đường Nguyễn Trãi, phường Hạc Thành, tỉnh Thanh Hóa",
                 phone="0912345678", email="khue@example.vn")


def test_slip_from_a_received_dossier(ctx: ServiceContext) -> None:
    result = intake.receive_dossier(ctx, draft(ctx, applicant=KHUE, fee_vnd=4000,
                                               fee_payment="before"))
    procedure = ctx.procedure(CERTIFIED_COPY)
    data = SlipData.from_dossier(result.dossier, procedure, "Lê Thị Hồng Nhung", "01/2025", 7)
    assert data.duration_text.startswith("Trong ngày")
    assert result.appointment_at is not None
    appointment = f"{result.appointment_at:%H} giờ {result.appointment_at:%M} phút"
    for layout in SLIP_LAYOUTS:
        text = pdf_text(render_form01(data, CONFIG, layout))
        for expected in (result.code, KHUE.full_name, norm(procedure.name), appointment,
                         "4.000 đồng (nộp khi tiếp nhận hồ sơ)", "Số thứ tự: 7",
                         norm(procedure.components[0].name)):
            assert expected in text, (layout, expected)


def test_supplement_and_refusal_from_the_intake(ctx: ServiceContext) -> None:
    asked = intake.request_supplement(
        ctx, draft(ctx, applicant=KHUE, components=()),
        [MissingItem("Bản chính giấy tờ cần chứng thực", "Mang bản chính để đối chiếu")],
        "Thiếu bản chính", "Nộp lại tại quầy số 2")
    data = SupplementData.from_dossier(asked.dossier, "Lê Thị Hồng Nhung", ctx.now())
    text = pdf_text(render_form02(data, CONFIG))
    for expected in (asked.code, KHUE.full_name, "Bản chính giấy tờ cần chứng thực",
                     "Mang bản chính để đối chiếu", "Lý do: Thiếu bản chính",
                     "Hướng dẫn: Nộp lại tại quầy số 2"):
        assert expected in text

    refused = intake.refuse_dossier(ctx, draft(ctx, applicant=KHUE), "Giấy tờ giả mạo")
    text = pdf_text(render_form03(RefusalData.from_dossier(refused.dossier, "Lê Nhung",
                                                           ctx.now()), CONFIG))
    assert refused.code in text and "Lý do: Giấy tờ giả mạo" in text


def test_sheet_book_and_receipts_from_a_dossier(ctx: ServiceContext) -> None:
    proxy = AuthorizedPerson("Hoàng Ngọc Bảo Châu", "038301098765", "Giấy ủy quyền số 45/2025")
    result = intake.receive_dossier(ctx, draft(ctx, applicant=KHUE, authorized=proxy,
                                               fee_vnd=4000, fee_payment="before"))
    dossier, procedure = result.dossier, ctx.procedure(CERTIFIED_COPY)
    sheet = ControlSheetData.from_dossier(dossier, CONFIG.desk_name, "UBND phường Hạc Thành",
                                          "Lê Thị Hồng Nhung")
    text = pdf_text(render_form06(sheet, CONFIG))
    assert "1. Giao: " + CONFIG.desk_name in text and "Nhận: UBND phường Hạc Thành" in text
    assert "Lê Thị Hồng Nhung" in text and dossier.code in text

    day = ctx.now().date()
    book = TrackingBookData(day, day, (TrackingRow.from_dossier(dossier, 1),))
    assert dossier.code in pdf_text(render_form07(book, CONFIG))

    fee = FeeReceiptData.from_dossier(dossier, procedure, "Lê Nhung", ctx.now())
    text = pdf_text(render_fee_receipt(fee, CONFIG))
    assert "4.000" in text and "Bốn nghìn đồng" in text

    back = ReturnReceiptData.from_dossier(dossier, "Lê Nhung",
                                          datetime(2025, 11, 17, 16, 0, tzinfo=VN_TZ),
                                          ("Bản sao đã chứng thực",))
    text = pdf_text(render_return_receipt(back, CONFIG))
    assert "Người nhận thay: Hoàng Ngọc Bảo Châu" in text
    assert "Giấy ủy quyền số 45/2025" in text and "Bản sao đã chứng thực" in text


def test_fee_receipt_lists_each_fee_with_its_copies_and_pages(ctx: ServiceContext) -> None:
    copies = intake.receive_dossier(ctx, draft(ctx, applicant=KHUE, copies=2, pages=3,
                                               fee_vnd=10_000, fee_payment="before")).dossier
    fee = FeeReceiptData.from_dossier(copies, ctx.procedure(CERTIFIED_COPY), "Lê Nhung", ctx.now())
    text = norm(pdf_text(render_fee_receipt(fee, CONFIG)))
    assert "Phí chứng thực bản sao" in text and "2 bản × 3 trang" in text
    assert "10.000" in text and "Mười nghìn đồng" in text

    land = "1.013831"  # lệ phí 50.000 + phí thẩm định 500.000: two lines, one total
    dossier = intake.receive_dossier(ctx, draft(ctx, code=land, applicant=KHUE, fee_vnd=550_000,
                                                fee_payment="before")).dossier
    fee = FeeReceiptData.from_dossier(dossier, ctx.procedure(land), "Lê Nhung", ctx.now())
    assert [(line.name, line.amount_vnd) for line in fee.lines] == [
        ("Lệ phí cấp Giấy chứng nhận", 50_000), ("Phí thẩm định hồ sơ cấp Giấy chứng nhận", 500_000)]
    text = norm(pdf_text(render_fee_receipt(fee, CONFIG)))
    assert "500.000" in text and "550.000" in text


def test_printing_needs_no_qt_database_or_network() -> None:
    code = ("import sys, counter_app.printing as p, counter_app.printing.form01_slip, "
            "counter_app.printing.thermal80, counter_app.printing.form07_tracking_book;"
            "bad = [m for m in ('PySide6', 'sqlalchemy', 'requests') if m in sys.modules];"
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""
