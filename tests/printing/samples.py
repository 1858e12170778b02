"""Long Vietnamese sample data for every printed document (the worst a counter will see)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from counter_app.core.procedures import Procedure
from counter_app.core.catalog_json import parse_catalog
from counter_app.core.timeutil import VN_TZ
from counter_app.printing import (
    DEMO_CONFIG, ApologyData, ComponentLine, ControlSheetData, FeeLine, FeeReceiptData,
    Handover, MissingLine, PersonData, RefusalData, ReturnReceiptData, SlipData, StopData,
    SupplementData, TrackingBookData, TrackingRow, render_fee_receipt, render_form01,
    render_form02, render_form03, render_form04, render_form05, render_form06, render_form07,
    render_return_receipt,
)
from counter_app.printing.fmt import duration_text

CONFIG = DEMO_CONFIG
CODE = "000.00.06.H56-251117-0361"
URL = CONFIG.lookup_url(CODE)
NAME = "Tôn Nữ Thị Phương Khuê Hoàng Ngọc Diệp"
ADDRESS = ("Số nhà 1234/56/78, ngõ 910 đường Nguyễn Thị Minh Khai kéo dài, tổ dân phố Quyết"
           " Thắng Hưng Thịnh Phát, khu đô thị mới Đông Hương Quảng Thắng, phường Hạc Thành,"
           " tỉnh Thanh Hóa (gần chợ Vườn Hoa, đối diện trường Tiểu học Điện Biên)")
PROCEDURE = ("Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần"
             " đầu cho hộ gia đình, cá nhân đang sử dụng đất ổn định mà không có giấy tờ về"
             " quyền sử dụng đất và không vi phạm pháp luật về đất đai")
CLERK = "Lê Thị Hồng Nhung"
RECEIVED = datetime(2025, 11, 17, 9, 5, tzinfo=VN_TZ)
APPOINTMENT = datetime(2025, 12, 1, 16, 30, tzinfo=VN_TZ)
APPOINTMENT_TEXT = "16 giờ 30 phút, ngày 01/12/2025"

APPLICANT = PersonData(NAME, ADDRESS, "0912 345 678", "phuongkhue.tonnu@example.vn",
                       "038190012345")


def components(n: int) -> tuple[ComponentLine, ...]:
    kinds = ("Đơn đề nghị đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản"
             " gắn liền với đất theo Mẫu số 04/ĐK", "Bản sao giấy tờ về quyền sử dụng đất,"
             " giấy tờ chứng minh việc sử dụng đất ổn định, liên tục theo Điều 137 Luật Đất"
             " đai năm 2024", "Sơ đồ nhà ở, công trình xây dựng, mảnh trích đo bản đồ địa chính"
             " thửa đất (nếu có)")
    return tuple(ComponentLine(f"{kinds[i % 3]} – tờ số {i + 1}", original=1,
                               certified=i % 2, photo=2 if i % 3 else 0,
                               note="Xuất trình bản chính để đối chiếu" if i % 4 == 0 else "")
                 for i in range(n))


def slip(n_components: int = 25, **changes: object) -> SlipData:
    base = SlipData(
        code=CODE, applicant=APPLICANT, procedure_name=PROCEDURE, received_at=RECEIVED,
        appointment_at=APPOINTMENT, duration_text="10 ngày làm việc",
        components=components(n_components), sets=1, fee_vnd=100_000, fee_payment="after",
        book_no="01/2025", book_seq=361, clerk_name=CLERK, return_method="post",
        return_address=ADDRESS, procedure_code="1.012345")
    return replace(base, **changes)  # type: ignore[arg-type]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def nfd_slip() -> SlipData:
    """What an input method that types decomposed marks produces."""
    a = APPLICANT
    return slip(3, applicant=replace(a, name=nfd(a.name), address=nfd(a.address)),
                procedure_name=nfd(PROCEDURE), clerk_name=nfd(CLERK))


def supplement() -> SupplementData:
    items = tuple(MissingLine(f"Bản sao có chứng thực giấy tờ số {i}: Hợp đồng chuyển nhượng"
                              " quyền sử dụng đất giữa ông Nguyễn Văn Bình và bà Trần Thị Cúc",
                              "Nộp bản sao có chứng thực hoặc xuất trình bản chính để đối"
                              " chiếu; thông tin phải khớp với sổ mục kê")
                  for i in range(1, 13))
    return SupplementData(applicant=APPLICANT, procedure_name=PROCEDURE, items=items,
                          reason="Hồ sơ thiếu giấy tờ chứng minh nguồn gốc sử dụng đất ổn định,"
                          " liên tục trước ngày 01/7/2004 theo quy định.",
                          issued_at=RECEIVED, code=CODE, number="125/PYCBS",
                          guidance="Bổ sung tại quầy số 3.\nMang theo thẻ Căn cước khi nộp.",
                          clerk_name=CLERK, contact_phone="0237 3 720 001")


def refusal() -> RefusalData:
    return RefusalData(applicant=APPLICANT, procedure_name=PROCEDURE,
                       reason="Thửa đất thuộc khu vực đã có quyết định thu hồi đất của Ủy ban"
                       " nhân dân tỉnh; không đủ điều kiện cấp Giấy chứng nhận lần đầu.",
                       issued_at=RECEIVED, code=CODE, number="17/PTC",
                       guidance="Liên hệ Văn phòng đăng ký đất đai tỉnh để được giải đáp.",
                       clerk_name=CLERK)


def apology() -> ApologyData:
    return ApologyData(code=CODE, applicant=APPLICANT, procedure_name=PROCEDURE,
                       received_at=RECEIVED, old_appointment=APPOINTMENT,
                       new_appointment=datetime(2025, 12, 12, 10, 0, tzinfo=VN_TZ),
                       late_unit="Văn phòng đăng ký đất đai tỉnh Thanh Hóa – Chi nhánh"
                       " Đông Sơn", reason="Phải lấy ý kiến xác nhận nguồn gốc đất của"
                       " Ủy ban nhân dân phường Hạc Thành.", issued_at=APPOINTMENT,
                       number="88/TTPVHCC-XL", signer_name="Nguyễn Thành Trung")


def stop() -> StopData:
    return StopData(code=CODE, applicant=APPLICANT, procedure_name=PROCEDURE,
                    received_at=RECEIVED, reason="Người nộp hồ sơ có văn bản đề nghị rút hồ sơ"
                    " sau khi cơ quan đã thụ lý; có tranh chấp đất đai đang được Tòa án giải"
                    " quyết.", issued_at=APPOINTMENT, number="12/TB-TTPVHCC",
                    guidance="Khi tranh chấp được giải quyết xong, Ông/Bà nộp lại hồ sơ mới.",
                    legal_basis="khoản 2 Điều 21 Nghị định số 118/2025/NĐ-CP",
                    signer_name="Nguyễn Thành Trung")


def control() -> ControlSheetData:
    desk = "Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa"
    office = "Văn phòng đăng ký đất đai tỉnh Thanh Hóa – Chi nhánh Đông Sơn"
    handovers = (
        Handover(desk, office, RECEIVED, giver=CLERK, receiver="Phạm Quang Huy"),
        Handover(office, "Phòng Kinh tế, Hạ tầng và Đô thị phường Hạc Thành",
                 datetime(2025, 11, 20, 14, 0, tzinfo=VN_TZ), "Phạm Quang Huy",
                 "Đỗ Thị Mai", "Đúng hạn"),
        Handover("Phòng Kinh tế, Hạ tầng và Đô thị phường Hạc Thành", office),
        Handover(office, desk),
        Handover(desk, "Người nộp hồ sơ"),
    )
    return ControlSheetData(code=CODE, applicant_name=NAME, procedure_name=PROCEDURE,
                            received_at=RECEIVED, appointment_at=APPOINTMENT,
                            resolving_unit=office, handovers=handovers,
                            coordinating_units="Ủy ban nhân dân phường Hạc Thành")


def tracking_rows(n: int) -> tuple[TrackingRow, ...]:
    rows = []
    for i in range(1, n + 1):
        rows.append(TrackingRow(
            seq=i, code=f"000.00.06.H56-251117-{i:04d}", procedure_name=PROCEDURE, sets=1,
            applicant_name=NAME, address=ADDRESS, phone="0912 345 678", received_at=RECEIVED,
            appointment_at=APPOINTMENT,
            resolved_at=datetime(2025, 11, 28, 15, 0, tzinfo=VN_TZ) if i % 2 else None,
            returned_at=datetime(2025, 12, 1, 8, 0, tzinfo=VN_TZ) if i % 3 == 0 else None,
            returned_to=NAME if i % 3 == 0 else "", note="Trả qua bưu điện" if i % 5 == 0 else ""))
    return tuple(rows)


def tracking_book(n: int = 40) -> TrackingBookData:
    return TrackingBookData(date_from=date(2025, 11, 1), date_to=date(2025, 11, 30),
                            rows=tracking_rows(n), book_no="01/2025", field="Đất đai")


def fee_receipt() -> FeeReceiptData:
    return FeeReceiptData(code=CODE, payer=APPLICANT, procedure_name=PROCEDURE,
                          lines=(FeeLine("Lệ phí cấp Giấy chứng nhận quyền sử dụng đất", 100_000),
                                 FeeLine("Phí thẩm định hồ sơ cấp Giấy chứng nhận", 1_150_000),
                                 FeeLine("Phí chứng thực bản sao", 4_000, 2, "trang")),
                          issued_at=RECEIVED, method="Chuyển khoản", form_symbol="01BLP0-001",
                          serial="TH-25E", number="0001234", collector_name=CLERK)


def return_receipt() -> ReturnReceiptData:
    proxy = PersonData("Hoàng Ngọc Bảo Châu Nguyễn Phước", id_number="038301098765")
    return ReturnReceiptData(code=CODE, applicant=APPLICANT, procedure_name=PROCEDURE,
                             returned_at=datetime(2025, 12, 1, 8, 0, tzinfo=VN_TZ),
                             received_at=RECEIVED, appointment_at=APPOINTMENT,
                             results=("Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản"
                                      " gắn liền với đất số CS 123456",
                                      "Bản chính giấy tờ đã nộp khi đề nghị cấp Giấy chứng nhận"),
                             receiver=proxy, authorization="Giấy ủy quyền số 45/2025 được"
                             " chứng thực ngày 25/11/2025 tại UBND phường Hạc Thành",
                             fee_collected_vnd=100_000, clerk_name=CLERK)


# name -> (pdf bytes factory, device) for every document; "thermal" rasterizes at 203 dpi.
DOCUMENTS: dict[str, tuple[Callable[[], bytes], str]] = {
    "form01_a4_typical": (lambda: render_form01(short_slip(), CONFIG, "a4_two_copies"), "laser"),
    "form01_a5_typical": (lambda: render_form01(short_slip(), CONFIG, "a5"), "laser"),
    "form01_thermal80_typical": (lambda: render_form01(short_slip(), CONFIG, "thermal80"),
                                 "thermal"),
    "form01_a4_two_copies": (lambda: render_form01(slip(3), CONFIG, "a4_two_copies"), "laser"),
    "form01_a4_two_copies_long": (lambda: render_form01(slip(25), CONFIG, "a4_two_copies",
                                                        reprint=2), "laser"),
    "form01_a5": (lambda: render_form01(slip(3), CONFIG, "a5"), "laser"),
    "form01_thermal80": (lambda: render_form01(slip(3), CONFIG, "thermal80"), "thermal"),
    "form01_thermal80_long": (lambda: render_form01(slip(25), CONFIG, "thermal80", reprint=1),
                              "thermal"),
    "form02_supplement": (lambda: render_form02(supplement(), CONFIG), "laser"),
    "form03_refusal": (lambda: render_form03(refusal(), CONFIG), "laser"),
    "form04_apology": (lambda: render_form04(apology(), CONFIG), "laser"),
    "form05_stop": (lambda: render_form05(stop(), CONFIG), "laser"),
    "form06_control": (lambda: render_form06(control(), CONFIG), "laser"),
    "form07_tracking_book": (lambda: render_form07(tracking_book(), CONFIG), "laser"),
    "receipt_fee": (lambda: render_fee_receipt(fee_receipt(), CONFIG), "laser"),
    "receipt_return": (lambda: render_return_receipt(return_receipt(), CONFIG), "laser"),
}


def all_documents() -> dict[str, tuple[bytes, str]]:
    return {name: (make(), device) for name, (make, device) in DOCUMENTS.items()}


CATALOG = parse_catalog(json.loads(
    (Path(__file__).resolve().parents[2] / "resources" / "catalog" / "demo_catalog.json")
    .read_text("utf-8")))
LONGEST = max(CATALOG, key=lambda p: len(p.name))
PROXY = PersonData("Trần Văn Bình", id_number="038301098765")


def typical_slip(procedure: Procedure, proxy: PersonData | None = None) -> SlipData:
    """What a clerk issues every day for this procedure: its real name, a short applicant with a
    one-line address, up to four of its components with the catalog's counts."""
    components = tuple(ComponentLine(c.name, max(c.original, 1 if c.required else 0),
                                     c.certified, c.photo, c.note)
                       for c in procedure.components[:4])
    return replace(short_slip(), procedure_name=procedure.name, procedure_code=procedure.code,
                   components=components,
                   duration_text=duration_text(procedure.duration, procedure.same_day_cutoff),
                   authorized=proxy,
                   authorization="Giấy ủy quyền số 45/2025" if proxy is not None else "")


def short_slip() -> SlipData:
    """A typical certified-copy slip: one short component, same-day."""
    from datetime import time

    from counter_app.core.deadlines import Duration
    return slip(1, components=(ComponentLine("Bản chính giấy tờ cần chứng thực", 1),),
                duration_text=duration_text(Duration(0, "working_days"), time(15, 0)),
                applicant=PersonData("Nguyễn Văn An", "Thôn 3, xã Quảng Phú", "0912345678"),
                procedure_name="Chứng thực bản sao từ bản chính", return_method="counter",
                fee_vnd=4000, fee_payment="before")
